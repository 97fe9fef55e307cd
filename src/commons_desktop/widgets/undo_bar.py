"""A slim bar that says what was just removed and offers Undo (Ctrl+Z) for a while."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

UNDO_VISIBLE_MS = 20_000


class UndoBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self._undo: Callable[[], None] | None = None
        self.message_label = QLabel()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Put back what was just removed (Ctrl+Z)"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Hide this message; the removal stays"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.message_label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.dismiss_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.forget)
        self.undo_button.clicked.connect(self.trigger)
        self.dismiss_button.clicked.connect(self.forget)
        shortcut_owner = parent if parent is not None else self
        self._shortcut = QShortcut(QKeySequence.StandardKey.Undo, shortcut_owner, self.trigger)
        self.hide()

    @property
    def pending(self) -> bool:
        return self._undo is not None

    def offer(self, message: str, undo: Callable[[], None]) -> None:
        """Show *message* with an Undo button that calls *undo* once."""
        self._undo = undo
        self.message_label.setText(message)
        self.show()
        self._timer.start(UNDO_VISIBLE_MS)

    def trigger(self) -> None:
        undo, self._undo = self._undo, None
        self.forget()
        if undo is not None:
            undo()

    def forget(self) -> None:
        """Hide and drop the undo (which holds the removed item: personal data)."""
        self._undo = None
        self._timer.stop()
        self.message_label.clear()
        self.hide()
