"""The check-in form: mood 1–10, the four short questions, a note and tags, for one day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.labels import answer_scale, long_date, question_text
from commons_desktop.widgets.screen_layout import default_button, named, styled_label
from store import CheckIn, Question

DEFAULT_MOOD = 5


@dataclass(frozen=True)
class CheckInDraft:
    """What the form holds, ready for CheckInRepository.record()."""

    day: dt.date
    mood: int
    note: str
    answers: dict[Question, int] = field(default_factory=dict)
    tags: tuple[str, ...] = ()


class CheckInForm(QWidget):
    sig_save_requested = Signal(object)  # CheckInDraft
    sig_today_requested = Signal()
    sig_day_chosen = Signal(object)  # dt.date: check in for (or look at) another day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day = dt.date.today()
        self.title_label = styled_label("", "subheading")

        self.mood_slider = QSlider(Qt.Orientation.Horizontal)
        self.mood_slider.setRange(1, 10)
        self.mood_slider.setPageStep(1)
        self.mood_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.mood_slider.setTickInterval(1)
        self.mood_slider.setAccessibleName(self.tr("Mood, 1 to 10"))
        self.mood_slider.setToolTip(
            self.tr("How are you today? 1 is very low, 10 is very good. Arrow keys work.")
        )
        self.mood_value = styled_label("", "subheading")
        self.mood_value.setMinimumWidth(28)
        self.mood_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        mood_row = QHBoxLayout()
        mood_row.addWidget(self.mood_slider, 1)
        mood_row.addWidget(self.mood_value)
        scale = QHBoxLayout()
        low, high = QLabel(self.tr("very low")), QLabel(self.tr("very good"))
        for label in (low, high):
            label.setObjectName("muted")
        scale.addWidget(low)
        scale.addStretch(1)
        scale.addWidget(high)
        scale.addSpacing(36)
        mood_box = QVBoxLayout()
        mood_box.setSpacing(0)
        mood_box.addLayout(mood_row)
        mood_box.addLayout(scale)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        mood_label = QLabel(self.tr("&Mood"))
        mood_label.setBuddy(self.mood_slider)
        form.addRow(mood_label, mood_box)
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("d MMMM yyyy")
        named(
            self.day_edit,
            self.tr("Day"),
            self.tr("The day this check-in is for: change it to fill in a day you missed"),
        )
        form.insertRow(0, self.tr("Da&y"), self.day_edit)
        self.question_boxes: dict[Question, QComboBox] = {}
        for question in Question:
            box = QComboBox()
            box.addItem(self.tr("Not answered"), None)
            for value, name in enumerate(answer_scale()):
                box.addItem(name, value)
            box.setAccessibleName(question_text(question))
            box.setToolTip(
                self.tr("“{q}”: 0 means not at all, 4 means very much. Optional.").format(
                    q=question_text(question)
                )
            )
            self.question_boxes[question] = box
            form.addRow(question_text(question), box)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("Anything you want to remember about today (optional)"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setToolTip(self.tr("A private note for this day. Only you can read it."))
        self.note_edit.setFixedHeight(96)
        form.addRow(self.tr("&Note"), self.note_edit)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("e.g. work, family, walk"))
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setToolTip(self.tr("Words to find this day again later, separated by commas"))
        form.addRow(self.tr("&Tags"), self.tags_edit)

        self.save_button = default_button(
            self.tr("&Save check-in"),
            self.tr("Save check-in"),
            self.tr("Save this day's check-in (Ctrl+S). Saving again replaces it."),
        )
        self.today_button = QPushButton(self.tr("Back to &today"))
        self.today_button.setAccessibleName(self.tr("Back to today"))
        self.today_button.setToolTip(self.tr("Stop editing this earlier day and go back to today's check-in"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.today_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.mood_slider.valueChanged.connect(lambda v: self.mood_value.setText(str(v)))
        self.save_button.clicked.connect(self._request_save)
        self.tags_edit.returnPressed.connect(self._request_save)
        self.today_button.clicked.connect(self.sig_today_requested)
        self.day_edit.userDateChanged.connect(lambda date: self.sig_day_chosen.emit(date.toPython()))
        self.setTabOrder(self.day_edit, self.mood_slider)  # top to bottom, as on screen
        QShortcut(QKeySequence.StandardKey.Save, self, self._request_save)
        self.clear()

    @property
    def day(self) -> dt.date:
        return self._day

    def clear(self, day: dt.date | None = None) -> None:
        """An empty form for *day* (today by default); also used on lock to drop what was shown."""
        self._day = day or dt.date.today()
        self.mood_slider.setValue(DEFAULT_MOOD)
        self.mood_value.setText(str(DEFAULT_MOOD))
        for box in self.question_boxes.values():
            box.setCurrentIndex(0)
        self.note_edit.clear()
        self.tags_edit.clear()
        self.status_label.clear()
        self._show_day(saved=False)

    def load(self, checkin: CheckIn) -> None:
        self.clear(checkin.day)
        self._show_day()
        self.mood_slider.setValue(checkin.mood)
        for question, box in self.question_boxes.items():
            value = checkin.answers.get(question)
            box.setCurrentIndex(0 if value is None else value + 1)
        self.note_edit.setPlainText(checkin.note)
        self.tags_edit.setText(", ".join(checkin.tags))

    def draft(self) -> CheckInDraft:
        answers = {
            q: int(box.currentData())
            for q, box in self.question_boxes.items()
            if box.currentData() is not None
        }
        tags = tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip())
        return CheckInDraft(self._day, self.mood_slider.value(), self.note_edit.toPlainText(), answers, tags)

    def show_status(self, message: str, *, error: bool = False) -> None:
        self.status_label.setObjectName("error" if error else "ok")
        self.status_label.style().unpolish(self.status_label)  # so the object name's colour applies
        self.status_label.style().polish(self.status_label)
        self.status_label.setText(message)

    def _show_day(self, *, saved: bool = True) -> None:
        today = dt.date.today()
        when = long_date(self._day)
        if self._day == today:
            self.title_label.setText(self.tr("Today, {day}").format(day=when))
        elif not saved:
            self.title_label.setText(self.tr("Checking in for {day}").format(day=when))
        else:
            self.title_label.setText(self.tr("Editing {day}").format(day=when))
        self.today_button.setVisible(self._day != today)
        self.day_edit.blockSignals(True)  # showing a day is not choosing one
        self.day_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day_edit.setDate(QDate(self._day.year, self._day.month, self._day.day))
        self.day_edit.blockSignals(False)

    def _request_save(self) -> None:
        self.status_label.clear()
        self.sig_save_requested.emit(self.draft())
