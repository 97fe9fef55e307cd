"""The app's one system-tray icon: notifications (`notify`), and a menu to open the window or quit.

One object for the whole app (built in app.py), so every part that wants to tell the person something while
the window is closed goes through the same icon. Where the desktop has no tray (and offscreen, in tests) there
is no icon; `notify` still emits sig_notified, which is also how tests read what would have been shown.
Notification texts must say nothing personal: they can appear over a locked screen or to someone passing by.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

NOTIFY_MS = 10_000


class AppTray(QObject):
    sig_notified = Signal(str, str)  # title, text: every notification, shown or not
    sig_open_requested = Signal()  # the icon or its "Open Commons" was chosen
    sig_message_clicked = Signal()  # the last notification was clicked
    sig_quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon: QSystemTrayIcon | None = None
        self._menu: QMenu | None = None

    @staticmethod
    def available() -> bool:
        """Whether this desktop shows tray icons (False offscreen and on some Wayland desktops)."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    @property
    def visible(self) -> bool:
        return self._icon is not None and self._icon.isVisible()

    def show(self) -> None:
        """Show the icon (where there is a tray)."""
        if not self.available():
            return
        if self._icon is None:
            self._icon = self._make_icon()
        self._icon.show()

    def hide(self) -> None:
        if self._icon is not None:
            self._icon.hide()

    def notify(self, title: str, text: str) -> None:
        """Show a notification from the tray icon (if there is one); nothing personal in *title* or *text*."""
        self.sig_notified.emit(title, text)
        if self._icon is not None and self._icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self._icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, NOTIFY_MS)

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
        tray.messageClicked.connect(self.sig_message_clicked)
        return tray

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.sig_open_requested.emit()
