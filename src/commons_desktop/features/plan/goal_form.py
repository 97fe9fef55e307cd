"""The goal form under the goals list: a title, why it matters, a target date and, when editing, the status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.features.plan.goals_model import status_name
from commons_desktop.widgets.screen_layout import styled_label
from store import Goal, GoalStatus


@dataclass(frozen=True)
class GoalDraft:
    """What the form holds, ready for GoalRepository.add() or, when *goal_id* is set, update()."""

    title: str
    why: str
    target: dt.date | None
    status: GoalStatus
    goal_id: str | None  # the goal being changed; None when adding a new one


class GoalForm(QWidget):
    sig_save_requested = Signal(object)  # GoalDraft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editing: str | None = None  # id of the goal the form is changing, None when adding
        self.form_title = styled_label("", "subheading")
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Walk to the park three times a week"))
        self.title_edit.setAccessibleName(self.tr("Goal"))
        self.title_edit.setToolTip(self.tr("What you want to work towards; press Enter to save"))
        self.why_edit = QLineEdit()
        self.why_edit.setPlaceholderText(self.tr("Why it matters to you (optional)"))
        self.why_edit.setAccessibleName(self.tr("Why it matters"))
        self.why_edit.setToolTip(self.tr("Optional: why this goal matters to you; press Enter to save"))
        self.target_check = QCheckBox(self.tr("&Target date"))
        self.target_check.setAccessibleName(self.tr("Has a target date"))
        self.target_check.setToolTip(self.tr("Tick to give the goal a date to aim for"))
        self.target_edit = QDateEdit()
        self.target_edit.setCalendarPopup(True)
        self.target_edit.setDisplayFormat("d MMM yyyy")
        self.target_edit.setAccessibleName(self.tr("Target date"))
        self.target_edit.setToolTip(self.tr("The date you aim to reach this goal by"))
        self.status_box = QComboBox()
        for status in GoalStatus:
            self.status_box.addItem(status_name(status), status)
        self.status_box.setAccessibleName(self.tr("Status"))
        self.status_box.setToolTip(self.tr("Whether you are working on this goal, resting it, or finished"))
        self.status_label = QLabel(self.tr("St&atus"))
        self.status_label.setBuddy(self.status_box)
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel editing"))
        self.cancel_button.setToolTip(self.tr("Stop editing; the goal stays as it was"))
        self._lay_out()

        self.save_button.clicked.connect(self._request_save)
        self.title_edit.returnPressed.connect(self._request_save)
        self.why_edit.returnPressed.connect(self._request_save)
        self.title_edit.textChanged.connect(self._update_buttons)
        self.target_check.toggled.connect(self._update_buttons)
        self.cancel_button.clicked.connect(self.clear)
        self.clear()

    @property
    def editing(self) -> str | None:
        """The id of the goal the form is changing, or None when it adds a new one."""
        return self._editing

    def clear(self) -> None:
        """An empty form for a new goal; also used on lock and by Cancel."""
        self._editing = None
        self.title_edit.clear()
        self.why_edit.clear()
        self.target_check.setChecked(False)
        today = dt.date.today()
        self.target_edit.setDate(QDate(today.year, today.month, today.day))
        self.status_box.setCurrentIndex(0)
        self._show_mode()

    def load(self, goal: Goal) -> None:
        """Show *goal* for changing; the next save updates it instead of adding a new one."""
        self._editing = goal.id
        self.title_edit.setText(goal.title)
        self.why_edit.setText(goal.why)
        self.target_check.setChecked(goal.target is not None)
        day = goal.target or dt.date.today()
        self.target_edit.setDate(QDate(day.year, day.month, day.day))
        self.status_box.setCurrentIndex(self.status_box.findData(goal.status))
        self._show_mode()

    def draft(self) -> GoalDraft:
        day = self.target_edit.date()
        target = dt.date(day.year(), day.month(), day.day()) if self.target_check.isChecked() else None
        title, why = self.title_edit.text(), self.why_edit.text()
        return GoalDraft(title, why, target, self.status_box.currentData(), self._editing)

    def _request_save(self) -> None:
        if self.title_edit.text().strip():
            self.sig_save_requested.emit(self.draft())

    def _show_mode(self) -> None:
        editing = self._editing is not None
        self.form_title.setText(self.tr("Edit goal") if editing else self.tr("New goal"))
        self.save_button.setText(self.tr("&Save goal") if editing else self.tr("Add &goal"))
        self.save_button.setAccessibleName(self.tr("Save goal") if editing else self.tr("Add goal"))
        self.save_button.setToolTip(
            self.tr("Save the changes to this goal (Enter)")
            if editing
            else self.tr("Add the new goal (Enter)")
        )
        for widget in (self.status_label, self.status_box, self.cancel_button):
            widget.setVisible(editing)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(bool(self.title_edit.text().strip()))
        self.target_edit.setEnabled(self.target_check.isChecked())

    def _lay_out(self) -> None:
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_check)
        target_row.addWidget(self.target_edit)
        target_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("G&oal"), self.title_edit)
        form.addRow(self.tr("&Why"), self.why_edit)
        form.addRow("", target_row)
        form.addRow(self.status_label, self.status_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)  # as in the goals panel around it, so the form lines up with the list above
        layout.addWidget(self.form_title)
        layout.addLayout(form)
        layout.addLayout(buttons)
