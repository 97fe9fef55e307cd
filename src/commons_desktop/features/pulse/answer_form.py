"""Answering a pulse round: one slider a question (0–10, or 0–5 for WHO-5), the scale's ends named, and a
reminder that the answers stay on this computer and only a masked form leaves it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.widgets.screen_layout import named, styled_label
from sync.community import PulseInstrument, PulseRound

from .pulse_text import instrument_title, questions, scale_ends

__all__ = ["AnswerForm"]


class AnswerForm(QFrame):
    """Shown for one round at a time; kept apart from the rounds list, so a peer's update never resets it."""

    sig_send = Signal(str, tuple)  # round id, answers
    sig_cancel = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.round_id = ""
        self.sliders: list[QSlider] = []
        self.title = styled_label("", "subheading", wrap=True)
        self.note = styled_label(
            self.tr(
                "Your answers stay on this computer, in your locked profile. Only a masked form goes to the "
                "community, which means nothing on its own: once everyone has answered, only the averages "
                "can be worked out."
            ),
            "muted",
            wrap=True,
        )
        self._grid = QGridLayout()
        self.send_button = QPushButton(self.tr("Send privately"))
        named(
            self.send_button,
            self.tr("Send my answers privately"),
            self.tr("Keep your answers here and send them masked"),
        )
        self.cancel_button = QPushButton(self.tr("Not now"))
        named(
            self.cancel_button,
            self.tr("Close without answering"),
            self.tr("You can answer later while the round is open"),
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(self._grid)
        layout.addLayout(buttons)
        self.send_button.clicked.connect(lambda: self.sig_send.emit(self.round_id, self.answers()))
        self.cancel_button.clicked.connect(self.sig_cancel.emit)
        self.hide()

    def ask(self, record: PulseRound, prefill: tuple[int, ...] = ()) -> None:
        """Show the questions of *record*, starting from *prefill* (an earlier round's answers) if given."""
        self.round_id = record.id
        self.title.setText(instrument_title(record.instrument))
        self._clear()
        texts = questions(record.instrument)
        start = prefill if len(prefill) == len(texts) else (record.instrument.max_score // 2,) * len(texts)
        for row, (text, value) in enumerate(zip(texts, start, strict=True)):
            self._add_question(row, record.instrument, text, value)
        self.send_button.setEnabled(True)
        self.show()

    def answers(self) -> tuple[int, ...]:
        return tuple(s.value() for s in self.sliders)

    def _clear(self) -> None:
        while (item := self._grid.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.sliders = []

    def _add_question(self, row: int, instrument: PulseInstrument, text: str, value: int) -> None:
        low, high = scale_ends(instrument, row)
        question = QLabel(text)
        question.setWordWrap(True)
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(0, instrument.max_score)
        slider.setValue(value)
        slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        slider.setTickInterval(1)
        slider.setPageStep(1)
        named(
            slider,
            text,
            self.tr("0 is “{low}”, {top} is “{high}”").format(low=low, top=instrument.max_score, high=high),
        )
        shown = QLabel(str(value))
        shown.setMinimumWidth(24)
        shown.setAccessibleName(self.tr("Your answer"))
        slider.valueChanged.connect(lambda v, label=shown: label.setText(str(v)))
        question.setBuddy(slider)
        self._grid.addWidget(question, 2 * row, 0, 1, 4)
        self._grid.addWidget(styled_label(low, "muted"), 2 * row + 1, 0)
        self._grid.addWidget(slider, 2 * row + 1, 1)
        self._grid.addWidget(styled_label(high, "muted"), 2 * row + 1, 2)
        self._grid.addWidget(shown, 2 * row + 1, 3)
        self._grid.setColumnStretch(1, 1)
        self.sliders.append(slider)
