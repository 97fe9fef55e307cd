"""A secret put on the clipboard for a short while: a handoff code, an invite.

Whatever is on the clipboard can be pasted by any program and is often kept by clipboard managers, so a secret
goes there only when the person asks (a *Copy* button), and comes off again when it is no longer needed (the offer
ended, the card closed, the profile locked) or after `SECONDS` at most — but only if the clipboard still holds
it: something the person copied since is never touched.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

__all__ = ["SECONDS", "SecretClipboard"]

SECONDS = 120.0
"""How long a copied secret stays on the clipboard at most."""


class SecretClipboard(QObject):
    def __init__(self, parent: QObject | None = None, *, seconds: float = SECONDS) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._copied = ""  # what this object put on the clipboard, until it takes it off again
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    @property
    def holding(self) -> bool:
        """Whether the clipboard may still hold the secret this object copied."""
        return bool(self._copied)

    def copy(self, secret: str) -> None:
        self._copied = secret
        QGuiApplication.clipboard().setText(secret)
        self._timer.start(round(self.seconds * 1000))

    def clear(self) -> None:
        """Take the secret off the clipboard, unless the person has copied something else since."""
        self._timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self._copied and clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = ""
