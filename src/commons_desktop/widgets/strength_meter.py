"""A passphrase strength meter: four coloured segments, the verdict, and what would make it stronger."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from commons_desktop.labels import strength_label
from commons_desktop.widgets.screen_layout import styled_label
from store import Strength

_SEGMENT_COLORS = ("#b3261e", "#b3261e", "#c77700", "#2e7d32", "#1b6e3a")


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._score = -1
        self._filled = 0
        self._verdict = QLabel()
        self._verdict.setObjectName("verdict")
        self._advice = styled_label("", "muted", wrap=True)
        self._advice.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(_Segments(self), 1)
        top.addWidget(self._verdict)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self._advice)
        self.setAccessibleName(self.tr("Passphrase strength"))
        self.setToolTip(
            self.tr("How hard your passphrase would be to guess. It needs to be at least Strong.")
        )
        self.show_strength(None)

    @property
    def score(self) -> int:
        return self._score

    @property
    def filled(self) -> int:
        return self._filled

    def verdict(self) -> str:
        return self._verdict.text()

    def advice(self) -> str:
        return self._advice.text()

    def show_strength(self, strength: Strength | None) -> None:
        """Show *strength*, or an empty meter when nothing has been typed yet."""
        if strength is None:
            self._score, self._filled = -1, 0
            self._verdict.setText(self.tr("Not set"))
            self._advice.setText(
                self.tr("A few unrelated words make a passphrase that is long and memorable.")
            )
        else:
            self._score = strength.score
            self._filled = max(1, strength.score)
            verdict = strength_label(strength.score)
            if strength.acceptable:
                self._advice.setText(self.tr("Good: this passphrase would be hard to guess."))
            else:
                self._advice.setText(" ".join((strength.reason, *strength.suggestions)))
            self._verdict.setText(verdict)
        self.setAccessibleDescription(f"{self._verdict.text()}. {self._advice.text()}")
        self.update()


class _Segments(QWidget):
    """The painted bar; it reads the score from its StrengthMeter parent."""

    def __init__(self, meter: StrengthMeter) -> None:
        super().__init__(meter)
        self._meter = meter
        self.setMinimumHeight(8)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(200, 8)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = 6.0
        width = (self.width() - 3 * gap) / 4
        top = (self.height() - 8) / 2
        empty = self.palette().color(QPalette.ColorRole.Mid)
        filled = QColor(_SEGMENT_COLORS[max(0, self._meter.score)])
        for i in range(4):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(filled if i < self._meter.filled else empty)
            painter.drawRoundedRect(QRectF(i * (width + gap), top, width, 8), 4, 4)
        painter.end()
