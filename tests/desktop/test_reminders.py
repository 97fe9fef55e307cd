"""Gentle reminders: the daily check-in reminder under a test clock, what its text may say (nothing personal),
per profile and across restarts, and keeping Commons in the tray when the window closes.

Offscreen there is no system tray (QSystemTrayIcon.isSystemTrayAvailable() is False), so these tests read
notifications through the tray object's own signal, sig_notified, which `notify` emits whether or not an icon
can show them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTime

from commons_desktop.shell.controller import Controller
from commons_desktop.shell.reminders import CheckInReminder, next_due
from store import CHECKIN_REMINDER_MINUTE, KEEP_IN_TRAY, MachineSettings, PlanSection, ProfileManager
from tests.desktop.helpers import WAIT_MS
from tests.support import PASSPHRASE

CANARY = "CANARY-reminder-51c3"
NINE = 9 * 60
REMINDER = ("Commons", "Time for your check-in")


class FakeClock:
    """Local time that moves only when the test says so."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


def at(hour: int, minute: int = 0, *, days: int = 0) -> dt.datetime:
    return dt.datetime.combine(dt.date.today() + dt.timedelta(days=days), dt.time(hour, minute))


def seed(manager: ProfileManager, name: str, reminder_minute: int = -1) -> str:
    """A profile with a plan, yesterday's check-in (both canaries) and its reminder setting, via the store."""
    with manager.create(name, PASSPHRASE) as session:
        session.plan.add(PlanSection.CRISIS_HELPS, CANARY)
        session.checkins.record(dt.date.today() - dt.timedelta(days=1), 3, CANARY, {}, ("canary",))
        session.settings.set(CHECKIN_REMINDER_MINUTE, reminder_minute)
        return session.profile_id


def notifications(controller: Controller) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    controller.reminders.tray.sig_notified.connect(lambda title, text: shown.append((title, text)))
    return shown


def lock(qtbot, controller: Controller) -> None:
    controller.lock()
    qtbot.waitUntil(
        lambda: controller.window.current_page() is controller.window.unlock_view, timeout=WAIT_MS
    )


def unlock(qtbot, controller: Controller, profile_id: str) -> None:
    """Pick *profile_id* on the unlock page and unlock it, as a person would (drop-in mode picks nobody)."""
    page = controller.window.unlock_view
    qtbot.waitUntil(lambda: controller.window.current_page() is page, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.profile_list.count() > 0, timeout=WAIT_MS)
    rows = [
        page.profile_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.profile_list.count())
    ]
    page.profile_list.setCurrentRow(rows.index(profile_id))
    with qtbot.waitSignal(controller.sig_unlocked, timeout=WAIT_MS):
        qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    # The reminder is armed once the profile's settings are read on the worker.
    qtbot.waitUntil(lambda: controller.reminders._unlocked, timeout=WAIT_MS)


def test_next_due_is_the_next_time_of_day_after_now() -> None:
    assert next_due(at(8, 59), NINE) == at(9)
    assert next_due(at(9), NINE) == at(9, days=1)  # exactly at the time: it just came, the next is tomorrow
    assert next_due(at(23, 30), 0) == at(0, days=1)
    with pytest.raises(ValueError, match="1439"):
        next_due(at(9), 24 * 60)


def test_a_reminder_fires_at_its_time_once_a_day(qtbot) -> None:
    clock = FakeClock(at(8, 59))
    reminder = CheckInReminder(clock, check_every_ms=10)
    fired: list[dt.datetime] = []
    reminder.sig_due.connect(lambda: fired.append(clock.now))
    reminder.arm(NINE)
    qtbot.wait(50)  # its timer checked several times before 9:00
    assert fired == []
    clock.now = at(9, 0)
    qtbot.waitUntil(lambda: fired == [at(9)], timeout=WAIT_MS)
    qtbot.wait(50)
    assert fired == [at(9)]  # once, not on every check
    assert reminder.due == at(9, days=1)
    clock.now = at(12, days=3)  # the computer slept for days: one reminder, not three
    qtbot.waitUntil(lambda: len(fired) == 2, timeout=WAIT_MS)
    qtbot.wait(50)
    assert len(fired) == 2
    reminder.disarm()
    clock.now = at(9, days=4)
    qtbot.wait(50)
    assert len(fired) == 2


def test_the_reminder_says_only_that_it_is_time(qtbot, make_app, manager: ProfileManager) -> None:
    sam = seed(manager, "Sam Canarysson", NINE)  # stored before this app started: it survives a restart
    clock = FakeClock(at(8, 59))
    controller = make_app(clock=clock)
    shown = notifications(controller)
    unlock(qtbot, controller, sam)
    assert controller.reminders.reminder.due == at(9)

    clock.now = at(9, 1)
    controller.reminders.reminder.check()
    qtbot.waitUntil(lambda: shown == [REMINDER], timeout=WAIT_MS)

    # Locked on a personal computer: the time is kept in memory, the text still names no one.
    controller.lock()
    assert controller.reminders.reminder.due == at(9, days=1)
    clock.now = at(9, 1, days=1)
    controller.reminders.reminder.check()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=WAIT_MS)
    assert shown[1] == REMINDER
    for title, text in shown:
        for secret in (CANARY, "canary", "Sam", "Canarysson", "mood"):
            assert secret not in title
            assert secret not in text


def test_no_reminder_once_i_checked_in_today(qtbot, make_app, manager: ProfileManager) -> None:
    sam = seed(manager, "Sam", NINE)
    clock = FakeClock(at(8, 59))
    controller = make_app(clock=clock)
    shown = notifications(controller)
    unlock(qtbot, controller, sam)
    saved: list[object] = []
    controller.runner.with_session(
        lambda s: s.checkins.record(dt.date.today(), 6, "", {}, ()), saved.append, owner=controller
    )
    qtbot.waitUntil(lambda: bool(saved), timeout=WAIT_MS)
    clock.now = at(9, 5)
    controller.reminders.reminder.check()
    done: list[bool] = []
    controller.runner.with_session(lambda s: True, done.append, owner=controller)  # after the reminder's read
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    assert shown == []


def test_reminders_are_per_profile_and_stop_on_a_drop_in_laptop(
    qtbot, make_app, manager: ProfileManager, data_dir
) -> None:
    sam = seed(manager, "Sam", NINE)
    kim = seed(manager, "Kim")  # reminders off (the default)
    controller = make_app(clock=FakeClock(at(8)))
    unlock(qtbot, controller, sam)
    assert controller.reminders.reminder.due == at(9)
    lock(qtbot, controller)
    unlock(qtbot, controller, kim)
    assert controller.reminders.reminder.due is None  # Kim's setting, not Sam's
    lock(qtbot, controller)

    MachineSettings(data_dir).drop_in = True
    controller.show_profiles()
    qtbot.waitUntil(lambda: controller.drop_in, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: controller.window.unlock_view.selected_profile_id() is None, timeout=WAIT_MS)
    unlock(qtbot, controller, sam)
    assert controller.reminders.reminder.due == at(9)
    controller.lock()
    assert controller.reminders.reminder.due is None  # the next visitor is never reminded of Sam's check-in


def test_the_reminder_time_is_chosen_in_settings_and_kept_encrypted(
    qtbot, make_app, manager: ProfileManager
) -> None:
    sam = seed(manager, "Sam")
    controller = make_app(clock=FakeClock(at(6)))
    unlock(qtbot, controller, sam)
    assert controller.reminders.reminder.due is None  # off by default
    dialog = controller.open_settings()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    assert not dialog.remind_check.isChecked()
    assert not dialog.remind_time.isEnabled()
    assert not dialog.tray_check.isChecked()
    assert not dialog.tray_check.isEnabled()  # no tray offscreen: said so, and closing still quits
    assert dialog.no_tray_note.isVisibleTo(dialog)
    dialog.remind_check.setChecked(True)
    dialog.remind_time.setTime(QTime(7, 30))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: controller.reminders.reminder.due == at(7, 30), timeout=WAIT_MS)
    controller.shutdown()

    with manager.unlock(sam, PASSPHRASE) as session:  # stored in the profile's encrypted settings
        assert session.settings.get(CHECKIN_REMINDER_MINUTE) == 7 * 60 + 30
        assert session.settings.get(KEEP_IN_TRAY) is False
    again = make_app(clock=FakeClock(at(6)))  # a restart: the reminder comes back with the profile
    unlock(qtbot, again, sam)
    assert again.reminders.reminder.due == at(7, 30)


def test_closing_keeps_commons_in_the_tray_only_when_asked(qtbot, make_app, manager: ProfileManager) -> None:
    sam = seed(manager, "Sam")
    controller = make_app()
    shown = notifications(controller)
    unlock(qtbot, controller, sam)
    window = controller.window
    assert not window.keep_in_tray  # off by default: closing quits and locks, as before

    # Where the desktop has a tray the controller sets this from KEEP_IN_TRAY; offscreen there is none, so the
    # test sets it on the window to check what closing then does.
    window.keep_in_tray = True
    with qtbot.waitSignal(window.sig_hidden_to_tray, timeout=WAIT_MS):
        window.close()
    assert window.isHidden()
    assert controller.unlocked  # still running, still unlocked (auto-lock still applies)
    assert shown == [
        (
            "Commons is still running",
            "Commons stays in the tray to remind you. Choose Quit in its menu to close it.",
        )
    ]
    controller.reminders.show_window()
    assert window.isVisible()
    window.quit()  # Quit always quits, tray or not
    assert not controller.unlocked
