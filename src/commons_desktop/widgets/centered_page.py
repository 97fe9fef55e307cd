"""Base for the screens shown before unlock: one readable column in the middle, scrolling if needed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from commons_desktop.widgets.language_combo import LanguageCombo

COLUMN_WIDTH = 560


class CenteredPage(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.card = QFrame()
        self.card.setObjectName("card")
        self.card.setMaximumWidth(COLUMN_WIDTH)
        self.card.setMinimumWidth(min(COLUMN_WIDTH, 420))
        self.content_layout = QVBoxLayout(self.card)
        self.content_layout.setContentsMargins(32, 28, 32, 28)
        self.content_layout.setSpacing(10)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 4)
        row.addStretch(1)
        outer = QVBoxLayout(inner)
        outer.setContentsMargins(24, 24, 24, 24)
        self._top_row = QHBoxLayout()  # the language choice, when the page offers one
        outer.addLayout(self._top_row)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setWidget(inner)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def add_language_choice(self) -> LanguageCombo:
        """A language box in the top corner (before unlock: a visitor who cannot read this one finds theirs)."""
        combo = LanguageCombo()
        label = QLabel(self.tr("&Language"))
        label.setBuddy(combo)
        self._top_row.addStretch(1)
        self._top_row.addWidget(label)
        self._top_row.addWidget(combo)
        return combo
