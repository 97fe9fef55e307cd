"""The app's one system-tray icon, for desktop notifications (`Tray.notify`).

The icon is shown only while there is something to announce, and hidden on lock. What it says must hold
nothing personal: a screen may be shared, or seen by someone else in the room. Where the desktop has no system
tray (`available` is False: some desktops, and Qt's offscreen platform), nothing is shown, and `sig_notified`
still says what would have been, so the window can show it another way and tests can check it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

__all__ = ["Tray"]

MESSAGE_MS = 15_000  # how long the desktop shows a notification (the desktop may choose otherwise)


class Tray(QObject):
    sig_notified = Signal(
        str, str
    )  # title, text: a notification was given (shown, if the desktop has a tray)
    sig_activated = Signal()  # the person clicked the icon or the notification

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon = QSystemTrayIcon(icon, self)
        self._icon.setToolTip(self.tr("Commons"))
        self._icon.activated.connect(lambda _reason: self._activated())
        self._icon.messageClicked.connect(self._activated)
        self.last: tuple[str, str] | None = None  # the notification given last, until the person opens it

    @property
    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    @property
    def showing(self) -> bool:
        return self._icon.isVisible()

    def notify(self, title: str, text: str) -> None:
        """Announce *title* and *text* on the desktop (nothing personal in either)."""
        self.last = (title, text)
        if self.available:
            self._icon.show()
            self._icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        self.sig_notified.emit(title, text)

    def hide(self) -> None:
        """Nothing to announce any more (opened, or the profile locked)."""
        self.last = None
        self._icon.hide()

    def _activated(self) -> None:
        self.hide()
        self.sig_activated.emit()
