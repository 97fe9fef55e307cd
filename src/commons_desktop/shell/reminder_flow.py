"""Gentle reminders while Commons runs: the daily check-in reminder through the tray, and keeping the app in the
tray when the window closes (a profile setting, off by default).

Per profile: the reminder time and "keep running in the tray" live in the profile's encrypted settings, so they
apply from the moment that profile is unlocked. When it locks, the reminder keeps its time (in memory only) on
a personal computer — the text names no one and shows nothing written — but stops on a drop-in laptop and for a
guest, where the next person at the screen must not be reminded of someone else's check-in.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from commons_desktop.events import AppEvents
from commons_desktop.ops import StoreRunner
from commons_desktop.shell.main_window import MainWindow
from commons_desktop.shell.reminders import CheckInReminder, Clock
from commons_desktop.shell.tray import AppTray
from store import CHECKIN_REMINDER_MINUTE, KEEP_IN_TRAY, ProfileSession

CHECKIN_KEY = "checkin"  # the tray notification that it is time for a check-in
HIDDEN_KEY = "hidden"  # the one that says Commons is still running in the tray


class ReminderFlow(QObject):
    def __init__(
        self,
        app: QApplication,
        runner: StoreRunner,
        window: MainWindow,
        events: AppEvents,
        tray: AppTray,
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._runner = runner
        self._window = window
        self._events = events
        self.tray = tray
        self._clock: Clock = clock or dt.datetime.now
        self.reminder = CheckInReminder(self._clock, parent=self)
        self._unlocked = False
        self._told_about_tray = False
        self.reminder.sig_due.connect(self._due)
        tray.sig_open_requested.connect(self.show_window)
        tray.sig_message_clicked.connect(self._clicked)
        tray.sig_quit_requested.connect(self.quit)
        window.sig_hidden_to_tray.connect(self._hidden)

    # -- what the controller calls --------------------------------------------------------------

    def unlocked(self, reminder_minute: int, keep_in_tray: bool, *, guest: bool) -> None:
        """Apply the unlocked profile's settings (a guest gets no reminders and never stays in the tray)."""
        self._unlocked = True
        self.reminder.arm(None if guest else reminder_minute)
        self.set_keep_in_tray(keep_in_tray and not guest)

    def save(self, reminder_minute: int, keep_in_tray: bool, *, guest: bool) -> None:
        """Store the unlocked profile's reminder settings (encrypted), then apply them."""

        def work(session: ProfileSession) -> tuple[int, bool]:
            session.settings.set(CHECKIN_REMINDER_MINUTE, reminder_minute)
            session.settings.set(KEEP_IN_TRAY, keep_in_tray)
            return session.settings.get(CHECKIN_REMINDER_MINUTE), session.settings.get(KEEP_IN_TRAY)

        def done(saved: tuple[int, bool]) -> None:
            if self._unlocked:
                self.unlocked(*saved, guest=guest)

        self._runner.with_session(work, done, owner=self)

    def set_keep_in_tray(self, keep: bool) -> None:
        """Closing hides the window only where the desktop shows a tray icon to bring it back."""
        self._window.keep_in_tray = keep and self.tray.available()
        if self._window.keep_in_tray or self.reminder.due is not None:
            self.tray.show()
        else:
            self.tray.hide()

    def locked(self, *, forget: bool) -> None:
        """The profile locked: *forget* (drop-in or guest) stops its reminder; closing quits again."""
        self._unlocked = False
        if forget:
            self.reminder.disarm()
        self._window.keep_in_tray = False
        if self._window.isHidden():
            # Locked while in the tray (auto-lock): stay there, so a kept reminder can still come.
            self._window.keep_in_tray = self.tray.available()

    def show_window(self) -> None:
        self._app.setQuitOnLastWindowClosed(True)
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def quit(self) -> None:
        """Quit for good (the tray's Quit): lock, then leave the event loop even if the window is hidden."""
        hidden = self._window.isHidden()
        self._window.quit()
        if hidden:
            self._app.quit()

    # -- inside ---------------------------------------------------------------------------------

    def _due(self) -> None:
        if not self._unlocked:
            self._remind()
            return
        today = self._clock().date()

        def checked_in(session: ProfileSession) -> bool:
            return session.checkins.on(today) is not None

        self._runner.with_session(checked_in, lambda done: None if done else self._remind(), owner=self)

    def _remind(self) -> None:
        # Never anything the person wrote, nor the profile's name: only that it is time.
        self.tray.notify(self.tr("Commons"), self.tr("Time for your check-in"), key=CHECKIN_KEY)

    def _clicked(self, key: str) -> None:
        if key == CHECKIN_KEY:
            self._open_checkin()
        elif key == HIDDEN_KEY:
            self.show_window()

    def _open_checkin(self) -> None:
        self.show_window()
        if self._unlocked:
            self._events.sig_screen_requested.emit("checkin")

    def _hidden(self) -> None:
        # While only the tray is left, closing a message box must not end the app.
        self._app.setQuitOnLastWindowClosed(False)
        if not self._told_about_tray:
            self._told_about_tray = True
            self.tray.notify(
                self.tr("Commons is still running"),
                self.tr("Commons stays in the tray to remind you. Choose Quit in its menu to close it."),
                key=HIDDEN_KEY,
            )
