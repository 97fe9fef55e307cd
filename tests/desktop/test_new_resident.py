"""Issue 8's "done when", as a new resident would do it, through the windows only: Robin creates a profile, fills
a plan, checks in over several days and sees the chart, and invites Ana (a second profile, on her own computer)
who sees exactly the chosen sections; then a community worker runs a guest session that leaves nothing behind.
Real apps, real sync service processes, a real relay (nats-server on 127.0.0.1); every wait is bounded."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from commons_desktop.shell.controller import Controller
from store import PlanSection
from sync.invites import parse_qr
from sync.relay import RelayServer
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui, texts_on_screen, wait_for_page
from tests.desktop.test_support import (
    SYNC_WAIT_MS,
    TWO_SECTIONS,
    add_supporter,
    choose_sections,
    press_invite,
)
from tests.desktop.test_support_relay import panel_of, press, type_address
from tests.service.test_relay_service import relay
from tests.support import address_of, files_containing

__all__ = ["relay"]

TRIGGER = "CANARY-resident-trigger-41"  # a section Ana is never given
GUEST_NOTE = "CANARY-guest-visit-note-88"


def add_plan_item(qtbot, controller: Controller, section: PlanSection, text: str, response: str = "") -> None:
    plan = controller.window.workspace_view.screen_named("plan")
    plan.select_section(section)
    qtbot.keyClicks(plan.panel.new_text_edit, text)
    if response:
        qtbot.keyClicks(plan.panel.new_response_edit, response)
    qtbot.keyClick(plan.panel.new_text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text in [i.text for i in plan.items(section)], timeout=WAIT_MS)


def check_in(qtbot, controller: Controller, day: dt.date, mood: int) -> None:
    view = controller.window.workspace_view.screen_named("checkin")
    form = view.form
    form.day_edit.setDate(day)
    form.mood_slider.setValue(mood)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.row_of_day(day) >= 0, timeout=WAIT_MS)


def test_a_new_resident_their_supporter_and_a_drop_in_guest(qtbot, make_computer, relay: RelayServer) -> None:
    # Robin, on her laptop: a new profile and a plan.
    robin, _ = make_computer("robin-laptop", sync_service=True)
    create_profile_via_ui(qtbot, robin, "Robin")
    workspace = robin.window.workspace_view
    workspace.open_screen("plan")
    add_plan_item(qtbot, robin, PlanSection.TOOLBOX, "Walk by the canal")
    add_plan_item(qtbot, robin, PlanSection.WARNING_SIGNS, "Staying in bed past ten", "Open the curtains")
    add_plan_item(qtbot, robin, PlanSection.TRIGGERS, TRIGGER)

    # Several days of check-ins (the ones she missed filled in), and the chart draws them.
    workspace.open_screen("checkin")
    today = dt.date.today()
    for days_ago, mood in ((4, 3), (3, 5), (1, 6), (0, 7)):
        check_in(qtbot, robin, today - dt.timedelta(days=days_ago), mood)
    checkins = workspace.screen_named("checkin")
    assert checkins.chart.points == 4
    # (3 + 5 + 6 + 7) / 4 = 5.25, rounded half up as people read it (the language's own number format).
    assert checkins.chart.accessibleDescription() == "4 check-ins, average mood 5.3"

    # Her support network: a relay (the drop-in centre runs one), Ana with two sections, an invite.
    workspace.open_screen("support")
    support = workspace.screen_named("support")
    panel = panel_of(qtbot, support)
    type_address(qtbot, panel, address_of(relay))
    press(qtbot, panel, "save_button")
    add_supporter(qtbot, support, "Ana", "sister")
    choose_sections(qtbot, support, PlanSection.TOOLBOX, PlanSection.WARNING_SIGNS)
    assert support.preview.toPlainText() == TWO_SECTIONS
    press_invite(qtbot, support)
    invite = parse_qr(support.invites.qr_text.text())
    assert invite.relay, "the invite carries the support network's relay"
    across_town = dataclasses.replace(invite, hints=()).qr_payload()  # Ana is not on Robin's network

    # Ana, on her own computer: her own new profile, then the invite.
    ana, _ = make_computer("ana-laptop", sync_service=True)
    create_profile_via_ui(qtbot, ana, "Ana")
    ana.window.workspace_view.open_screen("support")
    supported = ana.window.workspace_view.screen_named("support")
    supported.tabs.setCurrentIndex(1)
    people = supported.supported
    qtbot.waitUntil(people.join_button.isEnabled, timeout=SYNC_WAIT_MS)
    people.join_edit.setText(across_town)
    qtbot.mouseClick(people.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: people.share_view.toPlainText() == TWO_SECTIONS, timeout=SYNC_WAIT_MS)
    assert TRIGGER not in "\n".join(texts_on_screen(ana.window))

    # A change to a shared section reaches Ana; one to the other sections does not.
    workspace.open_screen("plan")
    add_plan_item(qtbot, robin, PlanSection.TOOLBOX, "Tea with Mo")
    qtbot.waitUntil(lambda: "Tea with Mo" in people.share_view.toPlainText(), timeout=SYNC_WAIT_MS)
    assert TRIGGER not in people.share_view.toPlainText()

    # The drop-in centre's shared laptop: a guest visit, then "End session".
    centre, centre_manager = make_computer("centre-laptop")
    wait_for_page(qtbot, centre, centre.window.welcome_view)
    qtbot.mouseClick(centre.window.welcome_view.guest_button, Qt.MouseButton.LeftButton)
    wait_for_page(qtbot, centre, centre.window.workspace_view)
    info = centre.session_info
    assert info is not None
    assert info.guest
    centre.window.workspace_view.open_screen("plan")
    add_plan_item(qtbot, centre, PlanSection.CRISIS_CONTACTS, GUEST_NOTE)
    centre.window.workspace_view.open_screen("checkin")
    guest_form = centre.window.workspace_view.screen_named("checkin").form
    qtbot.keyClicks(guest_form.note_edit, GUEST_NOTE)
    qtbot.mouseClick(guest_form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: centre.window.workspace_view.screen_named("checkin").model.rowCount() == 1, timeout=WAIT_MS
    )

    box_answers: list[str] = []

    def answer_yes(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        box_answers.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    original = QMessageBox.question
    QMessageBox.question = answer_yes  # type: ignore[method-assign]
    try:
        with qtbot.waitSignal(centre.sig_locked, timeout=WAIT_MS):
            centre.window.end_session_action.trigger()
    finally:
        QMessageBox.question = original  # type: ignore[method-assign]
    assert box_answers, "ending a guest session asks first"
    wait_for_page(qtbot, centre, centre.window.welcome_view)
    assert not (centre_manager.root / info.profile_id).exists()
    assert centre_manager.list_profiles() == []
    assert files_containing(centre_manager.data_dir, [GUEST_NOTE.encode()]) == []
    assert GUEST_NOTE not in "\n".join(texts_on_screen(centre.window))
