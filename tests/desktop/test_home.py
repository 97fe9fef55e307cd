"""The Home screen: what a person sees first after unlocking, and where its cards lead; About Commons."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from commons_desktop.features.support.need_support import NeedSupportDialog
from commons_desktop.shell.dialogs.about_dialog import AboutDialog, component_versions
from commons_desktop.shell.sync_status import SyncState
from store import MINUTES, ContributionKind, PlanSection, ProfileManager
from tests.desktop.helpers import WAIT_MS, seed_profile, texts_on_screen, unlock_via_ui
from tests.support import PASSPHRASE


def open_home(qtbot, make_app, manager: ProfileManager):
    controller = make_app()
    home = controller.window.workspace_view.screen_named("home")
    with qtbot.waitSignal(home.sig_loaded, timeout=WAIT_MS):
        unlock_via_ui(qtbot, controller)
    assert controller.window.workspace_view.pages.currentWidget() is home  # Home comes first
    return controller, home


def test_a_new_profile_is_greeted_with_what_to_do_first(qtbot, make_app, manager: ProfileManager) -> None:
    seed_profile(manager, "Sam")
    _, home = open_home(qtbot, make_app, manager)
    assert "How are you today?" in home.checkin_card.body.text()
    assert "Your plan is empty" in home.plan_card.body.text()
    assert "No supporters yet" in home.supporters_card.body.text()
    assert "Nothing recorded yet" in home.contributions_card.body.text()
    assert "Not syncing" in home.sync_card.body.text()


def test_home_sums_up_the_plan_checkin_supporters_and_contributions(
    qtbot, make_app, manager: ProfileManager
) -> None:
    today = dt.date.today()
    profile_id = seed_profile(manager, "Sam", ("Walk by the canal",))
    with manager.unlock(profile_id, PASSPHRASE) as session:
        session.plan.add(PlanSection.DAILY_PLAN, "Breakfast before the phone")
        session.checkins.record(today, 7, "", {}, ("walk",))
        session.supporters.add("Ana", sections=frozenset({PlanSection.TOOLBOX, PlanSection.CRISIS_CONTACTS}))
        session.contributions.add(ContributionKind.HOURS, 150, MINUTES, today, "Repair café")
        session.contributions.add(ContributionKind.MONEY, 1250, "EUR", today, "Lending circle")
    _, home = open_home(qtbot, make_app, manager)
    assert "mood 7 of 10" in home.checkin_card.body.text()
    assert "walk" in home.checkin_card.body.text()
    plan = home.plan_card.body.text()
    assert "2 of 19 sections" in plan
    assert "Breakfast before the phone" in plan  # the daily plan first, not the toolbox
    assert "Ana can see 2 of the 19 sections" in home.supporters_card.body.text()
    given = home.contributions_card.body.text()
    assert "This month: 2 h 30 min" in given
    assert "Repair café" in given
    assert "12.50 EUR" in given


def test_the_cards_lead_to_their_screens_and_a_checkin_updates_home(
    qtbot, make_app, manager: ProfileManager
) -> None:
    seed_profile(manager, "Sam")
    controller, home = open_home(qtbot, make_app, manager)
    workspace = controller.window.workspace_view
    assert home.checkin_card.button is not None
    qtbot.mouseClick(home.checkin_card.button, Qt.MouseButton.LeftButton)
    assert workspace.pages.currentWidget() is workspace.screen_named("checkin")
    form = workspace.screen_named("checkin").form
    form.mood_slider.setValue(8)
    with qtbot.waitSignal(home.sig_loaded, timeout=WAIT_MS):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "mood 8 of 10" in home.checkin_card.body.text()
    assert "Change today's check-in" in home.checkin_card.button.text()
    workspace.open_screen("home")
    assert home.plan_card.button is not None
    qtbot.mouseClick(home.plan_card.button, Qt.MouseButton.LeftButton)
    assert workspace.pages.currentWidget() is workspace.screen_named("plan")
    qtbot.keyClick(workspace.sidebar, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert workspace.pages.currentWidget() is home


def test_locking_leaves_nothing_personal_on_home(qtbot, make_app, manager: ProfileManager) -> None:
    profile_id = seed_profile(manager, "Sam", ("CANARY-toolbox-item",))
    with manager.unlock(profile_id, PASSPHRASE) as session:
        session.plan.add(PlanSection.DAILY_PLAN, "CANARY-daily")
        session.supporters.add("CANARY-supporter")
    controller, home = open_home(qtbot, make_app, manager)
    assert any("CANARY-daily" in t for t in texts_on_screen(home))
    controller.lock()
    assert not any("CANARY" in t for t in texts_on_screen(home))


def test_the_sync_card_says_what_the_service_reports() -> None:
    state = SyncState()
    assert "Not syncing" in state.describe()
    state.running = True
    assert "no other device is connected" in state.describe()
    state.peers = 2
    assert "Devices connected: 2." in state.describe()
    state.relays["ab"] = ""
    assert "Relay connected" in state.describe()
    state.relays["cd"] = "relay unreachable — changes are kept and will be sent"
    assert "Relay: relay unreachable — changes are kept" in state.describe()
    state.running, state.problem = False, "Sync is not running: the sync service stopped"
    assert state.describe() == "Sync is not running: the sync service stopped"


def test_about_names_versions_where_data_lives_and_what_leaves(
    qtbot, make_app, manager: ProfileManager
) -> None:
    seed_profile(manager, "Sam")
    controller, home = open_home(qtbot, make_app, manager)
    names = dict(component_versions())
    assert {"Commons", "Python", "Qt", "PySide6", "sqlcipher3", "automerge", "nats-py"} <= set(names)
    assert all(names.values())
    assert home.sync_card.button is not None
    qtbot.mouseClick(home.sync_card.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window.findChild(AboutDialog) is not None, timeout=WAIT_MS)
    dialog = controller.window.findChild(AboutDialog)
    assert dialog is not None
    text = dialog.text.toPlainText()
    assert str(manager.data_dir / "profiles") in text
    assert "never leave" in text
    assert names["PySide6"] in text
    dialog.close()


def test_i_need_support_says_what_to_do_without_supporters_or_sync(
    qtbot, make_app, manager: ProfileManager
) -> None:
    from PySide6.QtWidgets import QMessageBox

    seed_profile(manager, "Sam")
    controller, home = open_home(qtbot, make_app, manager)  # built without a sync service
    qtbot.mouseClick(home.need_support_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window.findChild(NeedSupportDialog) is not None, timeout=WAIT_MS)
    dialog = controller.window.findChild(NeedSupportDialog)
    assert dialog is not None
    assert "not an emergency service" in dialog.findChild(QLabel).text()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Sync is not running" in controller.window.statusBar().currentMessage(), timeout=WAIT_MS
    )
    box = controller.window.findChild(QMessageBox)
    assert box is not None
    box.close()


def test_a_gentle_note_after_a_few_days_without_a_check_in(qtbot, make_app, manager: ProfileManager) -> None:
    today = dt.date.today()
    profile_id = seed_profile(manager, "Sam")
    with manager.unlock(profile_id, PASSPHRASE) as session:
        session.checkins.record(today - dt.timedelta(days=4), 4, "", {}, ())
    _, home = open_home(qtbot, make_app, manager)
    note = home.gentle_note.text()
    assert home.gentle_note.isVisibleTo(home)
    assert "a few days since your last check-in" in note
    for shaming in ("missed", "forgot", "failed", "should", "4 days", "streak"):
        assert shaming not in note.lower()

    for days_ago, shown in ((2, False), (3, True)):  # "a few days" is three
        with qtbot.waitSignal(home.sig_loaded, timeout=WAIT_MS):
            home.load(today=today - dt.timedelta(days=4 - days_ago))
        assert home.gentle_note.isVisibleTo(home) is shown

    with qtbot.waitSignal(home.sig_loaded, timeout=WAIT_MS):  # checked in that day: no note
        home.load(today=today - dt.timedelta(days=4))
    assert not home.gentle_note.isVisibleTo(home)


def test_no_note_for_a_new_profile_that_never_checked_in(qtbot, make_app, manager: ProfileManager) -> None:
    seed_profile(manager, "Sam")
    _, home = open_home(qtbot, make_app, manager)
    assert not home.gentle_note.isVisibleTo(home)
