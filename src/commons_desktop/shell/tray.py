"""The app's one system-tray icon: notifications (`notify`), and a menu to open the window or quit.

One object for the whole app (built in app.py), so every part that wants to tell the person something while
the window is closed goes through the same icon: the check-in reminder (`reminder_flow`) and a supporter's
"someone asked for support" (`sync_status`). The icon shows while it is *pinned* (Commons kept in the tray, or
a reminder armed: `show`/`hide`) or while a notification waits to be opened (`notify`, until `clear`). Where the
desktop has no tray (and offscreen, in tests) there is no icon; `notify` still emits sig_notified, which is
also how tests read what would have been shown. Notification texts must say nothing personal: they can appear
over a locked screen or to someone passing by. Each notification carries a *key* ("checkin", "support") so the
part that gave it, and only that part, answers a click on it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

__all__ = ["AppTray"]

NOTIFY_MS = 15_000  # how long the desktop shows a notification (the desktop may choose otherwise)


class AppTray(QObject):
    sig_notified = Signal(str, str)  # title, text: every notification, shown or not
    sig_open_requested = Signal()  # the icon or its "Open Commons" was chosen
    sig_message_clicked = Signal(str)  # the key of the notification that was clicked
    sig_quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon: QSystemTrayIcon | None = None
        self._menu: QMenu | None = None
        self._pinned = False
        self.last: tuple[str, str, str] | None = None  # (key, title, text) waiting to be opened

    @staticmethod
    def available() -> bool:
        """Whether this desktop shows tray icons (False offscreen and on some Wayland desktops)."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    @property
    def visible(self) -> bool:
        return self._icon is not None and self._icon.isVisible()

    def show(self) -> None:
        """Keep the icon (where there is a tray): Commons is kept in the tray, or a reminder is armed."""
        self._pinned = True
        self._update()

    def hide(self) -> None:
        """Nothing needs the icon any more (quitting, or the reminder and keep-in-tray are off)."""
        self._pinned = False
        self.last = None
        self._update()

    def clear(self, key: str | None = None) -> None:
        """The waiting notification (with *key*, or any) was seen, or the profile locked."""
        if self.last is not None and key in (None, self.last[0]):
            self.last = None
            self._update()

    def notify(self, title: str, text: str, *, key: str = "") -> None:
        """Show a notification from the tray icon (if there is one); nothing personal in *title* or *text*."""
        self.last = (key, title, text)
        self._update()
        self.sig_notified.emit(title, text)
        if self._icon is not None and self._icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self._icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, NOTIFY_MS)

    def _update(self) -> None:
        wanted = self._pinned or self.last is not None
        if wanted and self.available():
            if self._icon is None:
                self._icon = self._make_icon()
            self._icon.show()
        elif self._icon is not None:
            self._icon.hide()

    def _make_icon(self) -> QSystemTrayIcon:
        app = QApplication.instance()
        icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
        tray = QSystemTrayIcon(icon, self)
        tray.setToolTip(self.tr("Commons"))
        menu = self._menu = QMenu()
        open_action = menu.addAction(self.tr("&Open Commons"))
        open_action.setToolTip(self.tr("Show the Commons window"))
        open_action.triggered.connect(self.sig_open_requested)
        quit_action = menu.addAction(self.tr("&Quit Commons"))
        quit_action.setToolTip(self.tr("Lock and close Commons; no more reminders until you open it again"))
        quit_action.triggered.connect(self.sig_quit_requested)
        tray.setContextMenu(menu)
        tray.activated.connect(self._activated)
        tray.messageClicked.connect(self._message_clicked)
        return tray

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason not in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            return
        if self.last is not None:  # a click on the icon while a notification waits opens that notification
            self._message_clicked()
        else:
            self.sig_open_requested.emit()

    def _message_clicked(self) -> None:
        key = self.last[0] if self.last is not None else ""
        self.clear()
        self.sig_message_clicked.emit(key)
