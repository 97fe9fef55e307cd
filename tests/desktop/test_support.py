"""The Support network screen: supporters, what each may see (exactly what is sent), invites and revoking; and,
across two apps and a real relay, a supporter reading the shared sections until the person stops sharing."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from commons_desktop.features.support.support_view import SupportView
from commons_desktop.shell.controller import Controller
from store import PlanSection, ProfileManager, ProfileSession
from sync.invites import parse_qr
from sync.relay import RelayServer
from sync.relay.address import RelayAddress
from tests.desktop.helpers import WAIT_MS, texts_on_screen, unlock_via_ui
from tests.service.test_relay_service import relay
from tests.support import PASSPHRASE, address_of

__all__ = ["relay"]  # the relay fixture, shared with the service tests

CANARY = "CANARY-support-view-7d21"
SYNC_WAIT_MS = 60_000

# What a supporter who may see the toolbox and the warning signs sees of the seeded plan, as the screen shows it.
TWO_SECTIONS = (
    "Wellness toolbox\n  • Walk by the canal\n\n"
    "Early warning signs\n  • Staying in bed past ten — Open the curtains"
)


def seed(manager: ProfileManager, name: str, *, plan: bool = True) -> str:
    """A profile made through the store, with a plan in three sections (one never chosen: the canary)."""
    with manager.create(name, PASSPHRASE) as session:
        if plan:
            session.plan.add(PlanSection.TOOLBOX, "Walk by the canal")
            session.plan.add(PlanSection.WARNING_SIGNS, "Staying in bed past ten", "Open the curtains")
            session.plan.add(PlanSection.TRIGGERS, CANARY)
        return session.profile_id


def open_support(qtbot, controller: Controller, profile_id: str | None = None) -> SupportView:
    if profile_id is not None:  # several profiles: pick this one on the unlock screen
        unlock = controller.window.unlock_view
        controller.show_profiles(select=profile_id)
        qtbot.waitUntil(
            lambda: controller.window.current_page() is unlock and unlock.selected_profile_id() == profile_id,
            timeout=WAIT_MS,
        )
    unlock_via_ui(qtbot, controller)
    workspace = controller.window.workspace_view
    view = workspace.screen_named("support")
    qtbot.waitUntil(lambda: view.status_label.text() != "", timeout=WAIT_MS)
    button = workspace.screen_named("home").supporters_card.button
    assert button is not None
    assert button.text() == "Open &support network"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert workspace.pages.currentWidget() is view
    return view


def read_store(qtbot, controller: Controller, work: Callable[[ProfileSession], Any]) -> Any:
    got: list[Any] = []
    controller.runner.with_session(work, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    return got[0]


def add_supporter(qtbot, view: SupportView, name: str, relationship: str = "", contact: str = "") -> None:
    rows = view.model.rowCount()
    qtbot.keyClicks(view.form.name_edit, name)
    qtbot.keyClicks(view.form.relationship_edit, relationship)
    qtbot.keyClicks(view.form.contact_edit, contact)
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == rows + 1, timeout=WAIT_MS)


def choose_sections(qtbot, view: SupportView, *sections: PlanSection) -> None:
    for section, box in view.sections.boxes.items():
        box.setChecked(section in sections)
    with qtbot.waitSignal(view.sig_support_loaded, timeout=WAIT_MS):
        qtbot.mouseClick(view.sections.save_button, Qt.MouseButton.LeftButton)


def press_invite(qtbot, view: SupportView) -> None:
    shown: list[bool] = []
    view.sig_invite_shown.connect(lambda: shown.append(True))
    view.error_label.clear()
    qtbot.mouseClick(view.invites.invite_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown or view.error_label.text()), timeout=SYNC_WAIT_MS)
    assert view.error_label.text() == ""
    assert view.invites.card.isVisibleTo(view)


def test_supporters_their_sections_and_exactly_what_they_see(
    qtbot, make_app, manager: ProfileManager
) -> None:
    seed(manager, "Sam")
    controller = make_app()
    view = open_support(qtbot, controller)
    assert view.model.rowCount() == 0
    assert "No supporter chosen" in view.detail_title.text()

    add_supporter(qtbot, view, "Ana", "sister", "07700 900123")
    assert view.selected() is not None
    assert view.selected().name == "Ana"
    assert view.status_label.text() == "Not invited yet."
    assert view.preview_title.text() == "What Ana sees"
    assert "Ana sees nothing of your plan" in view.preview.toPlainText()

    # Edit: the form takes the supporter, and saving changes them in place.
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert view.form.name_edit.text() == "Ana"
    assert view.form.contact_edit.text() == "07700 900123"
    view.form.name_edit.clear()
    qtbot.keyClicks(view.form.name_edit, "Ana Lopez")
    qtbot.keyClick(view.form.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.index(0).data() == "Ana Lopez (sister)", timeout=WAIT_MS)
    assert view.form.name_edit.text() == ""
    assert view.form.cancel_button.isHidden()

    # Sections: stored, and the preview is exactly the share the service would send.
    choose_sections(qtbot, view, PlanSection.TOOLBOX, PlanSection.WARNING_SIGNS)
    [stored] = read_store(qtbot, controller, lambda s: s.supporters.list())
    assert stored.sections == {PlanSection.TOOLBOX, PlanSection.WARNING_SIGNS}
    assert view.preview.toPlainText() == TWO_SECTIONS
    assert CANARY not in view.preview.toPlainText()
    assert view.preview_title.text() == "What Ana Lopez sees"

    # Without a sync service, inviting and revoking are off, and the screen says why.
    assert not view.invites.invite_button.isEnabled()
    assert not view.invites.revoke_button.isEnabled()
    assert not view.supported.join_button.isEnabled()
    assert view.invites.sync_note.isVisibleTo(view)
    assert "guest sessions don't have" in view.invites.sync_note.text()

    # Remove, then undo: the same supporter (fields and sections) is back.
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=WAIT_MS)
    assert view.undo_bar.pending
    assert "Ana Lopez removed" in view.undo_bar.message_label.text()
    qtbot.mouseClick(view.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT_MS)
    [back] = read_store(qtbot, controller, lambda s: s.supporters.list())
    assert (back.name, back.relationship, back.contact, back.sections) == (
        "Ana Lopez",
        "sister",
        "07700 900123",
        stored.sections,
    )
    assert view.preview.toPlainText() == TWO_SECTIONS

    # Home counts the supporter (it reloads when the network changes).
    home = controller.window.workspace_view.screen_named("home")
    qtbot.waitUntil(
        lambda: "Ana Lopez can see 2 of the 19" in home.supporters_card.body.text(), timeout=WAIT_MS
    )

    controller.lock()
    shown = "\n".join(texts_on_screen(controller.window.workspace_view))
    for personal in ("Ana", "sister", "07700", "Walk by the canal", "Staying in bed", CANARY):
        assert personal not in shown
    assert view.model.rowCount() == 0


def test_the_plan_changing_updates_the_preview(qtbot, make_app, manager: ProfileManager) -> None:
    seed(manager, "Sam")
    controller = make_app()
    view = open_support(qtbot, controller)
    add_supporter(qtbot, view, "Ben")
    choose_sections(qtbot, view, PlanSection.TOOLBOX)
    assert view.preview.toPlainText() == "Wellness toolbox\n  • Walk by the canal"
    read_store(qtbot, controller, lambda s: s.plan.add(PlanSection.TOOLBOX, "Call Jo"))
    with qtbot.waitSignal(view.sig_support_loaded, timeout=WAIT_MS):
        controller.events.sig_plan_changed.emit()  # what the Plan screen emits after a change
    assert view.preview.toPlainText() == "Wellness toolbox\n  • Walk by the canal\n  • Call Jo"


def test_two_apps_share_through_a_real_relay_until_the_person_stops(
    qtbot, make_app, manager: ProfileManager, relay: RelayServer
) -> None:
    """The real thing, end to end: two windows (Robin and Ana), each with its real sync service process, and a
    real relay (nats-server on 127.0.0.1); nothing is faked. Robin adds Ana with two sections and invites her;
    the test then sets the circle's relay (SetRelay, through the screen's one-at-a-time queue to the service)
    and Robin asks for a second invite, whose QR names the relay (the window has no relay field yet). Ana joins
    with that QR text, stripped of Robin's LAN hints so it goes through the relay, and reads exactly Robin's
    preview; when Robin stops sharing, Ana's view empties. Every wait is bounded (SYNC_WAIT_MS)."""
    robin_id = seed(manager, "Robin")
    ana_id = seed(manager, "Ana", plan=False)
    robin_app = make_app(sync_service=True)
    ana_app = make_app(sync_service=True)
    robin = open_support(qtbot, robin_app, robin_id)
    ana = open_support(qtbot, ana_app, ana_id)

    add_supporter(qtbot, robin, "Ana", "friend")
    choose_sections(qtbot, robin, PlanSection.TOOLBOX, PlanSection.WARNING_SIGNS)
    assert robin.preview.toPlainText() == TWO_SECTIONS
    qtbot.waitUntil(lambda: robin.invites.invite_button.isEnabled(), timeout=SYNC_WAIT_MS)
    assert not robin.invites.sync_note.isVisibleTo(robin)

    press_invite(qtbot, robin)
    supporter = robin.selected()
    assert supporter is not None
    space = robin.circle_of(supporter.id)
    assert space is not None
    assert robin.invites.code_label.text().startswith("Short code: ")
    assert "join with an invite" in robin.invites.invite_help.text()
    qtbot.waitUntil(lambda: robin.status_label.text().startswith("Invited, sharing 2"), timeout=SYNC_WAIT_MS)

    relay_set: list[object] = []
    # Through the window's client, so the relay is set before the invite is made (commands keep their order).
    robin_app.sync.set_relay(space, address_of(relay), relay_set.append)
    qtbot.waitUntil(lambda: bool(relay_set), timeout=SYNC_WAIT_MS)
    press_invite(qtbot, robin)
    invite = parse_qr(robin.invites.qr_text.text())
    assert RelayAddress.from_text(invite.relay).servers == (("127.0.0.1", relay.port),)
    far = dataclasses.replace(invite, hints=()).qr_payload()  # Ana lives across town

    ana.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: ana.supported.join_button.isEnabled(), timeout=SYNC_WAIT_MS)
    ana.supported.join_edit.setText(far)
    qtbot.mouseClick(ana.supported.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ana.supported.share_view.toPlainText() == TWO_SECTIONS, timeout=SYNC_WAIT_MS)
    assert ana.supported.people_list.count() == 1
    assert ana.supported.join_status.text().startswith("Joined")
    assert CANARY not in "\n".join(texts_on_screen(ana))
    # "I need support": Robin's few words reach Ana's window.
    dialog = robin_app.ask_for_support()
    dialog.message_edit.setText("Could you call me tonight?")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ana.supported.request_label.isVisibleTo(ana), timeout=SYNC_WAIT_MS)
    assert "Could you call me tonight?" in ana.supported.request_label.text()
    qtbot.waitUntil(
        # The two apps never meet on a network here: it went through the relay, and the window says so.
        lambda: "Going through the relay to 1 supporter" in robin_app.window.statusBar().currentMessage(),
        timeout=SYNC_WAIT_MS,
    )
    # Ana's device keeps the request: after locking and unlocking it is still there, until she marks it seen.
    ana_app.lock()
    assert not ana.supported.request_label.isVisibleTo(ana)
    ana = open_support(qtbot, ana_app, ana_id)
    ana.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: ana.supported.request_label.isVisibleTo(ana), timeout=SYNC_WAIT_MS)
    assert "Could you call me tonight?" in ana.supported.request_label.text()
    with qtbot.waitSignal(ana.supported.sig_request_seen, timeout=SYNC_WAIT_MS):
        qtbot.mouseClick(ana.supported.seen_button, Qt.MouseButton.LeftButton)
        assert not ana.supported.request_label.isVisibleTo(ana)
    ana_app.lock()
    ana = open_support(qtbot, ana_app, ana_id)
    ana.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: ana.supported.people_list.count() == 1, timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: ana.supported.share_view.toPlainText() == TWO_SECTIONS, timeout=SYNC_WAIT_MS)
    assert not ana.supported.request_label.isVisibleTo(ana)
    # Ana names the person whose plan it is (kept on her device only).
    ana.supported.name_edit.setText("Robin")
    qtbot.keyClick(ana.supported.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            ana.supported.people_list.item(0) is not None
            and ana.supported.people_list.item(0).text() == "Robin"
        ),
        timeout=SYNC_WAIT_MS,
    )

    robin.invites.confirm_revoke()
    box = robin.invites.confirm_box
    assert box is not None
    assert "Stop sharing with Ana?" in box.text()
    button = box.button(QMessageBox.StandardButton.Yes)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: robin.status_label.text() == "Not invited yet.", timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(
        lambda: ana.supported.share_view.toPlainText().startswith("Nothing is shared with you here"),
        timeout=SYNC_WAIT_MS,
    )


def test_a_shared_section_is_titled_in_this_apps_language_when_it_is_one_of_the_plans() -> None:
    from commons_desktop.features.support.supported_view import shown_title
    from commons_desktop.labels import section_title

    assert shown_title("warning_signs", "sent title") == section_title(PlanSection.WARNING_SIGNS)
    assert shown_title("a-section-of-a-newer-version", "As sent") == "As sent"
