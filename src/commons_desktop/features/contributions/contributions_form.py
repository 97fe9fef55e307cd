"""The contribution form: kind, amount (time or money), who with, a note and the day; for adding or changing one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
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

from commons_desktop.features.contributions.contributions_model import (
    kind_label,
    minutes_text,
    money_text,
    parse_minutes,
    parse_money,
)
from commons_desktop.labels import short_date
from commons_desktop.ops import describe_error
from commons_desktop.widgets.screen_layout import named, styled_label
from store import MINUTES, Contribution, ContributionKind, ValidationError


@dataclass(frozen=True)
class ContributionDraft:
    """What the form holds, checked and ready for ContributionRepository.add() or update()."""

    kind: ContributionKind
    amount_minor: int
    unit: str
    day: dt.date
    counterparty: str
    note: str
    editing: Contribution | None  # the contribution being changed; None when adding a new one


class ContributionForm(QWidget):
    sig_save_requested = Signal(object)  # ContributionDraft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editing: Contribution | None = None
        self.form_title = styled_label("", "subheading", wrap=True)
        self.kind_combo = QComboBox()
        for kind in ContributionKind:
            self.kind_combo.addItem(kind_label(kind), kind)
        named(self.kind_combo, self.tr("Kind"), self.tr("What you gave: time, money, a stake, …"))
        self.amount_edit = QLineEdit()
        self.amount_edit.setAccessibleName(self.tr("Amount"))
        self.currency_edit = QLineEdit()
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setFixedWidth(64)
        self.currency_edit.setPlaceholderText("EUR")
        named(self.currency_edit, self.tr("Currency"), self.tr("Three-letter currency code, e.g. EUR or GBP"))
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(self.currency_edit)
        self.counterparty_edit = QLineEdit()
        self.counterparty_edit.setPlaceholderText(self.tr("a person, group or project (optional)"))
        named(self.counterparty_edit, self.tr("Who with"), self.tr("Who you gave it to or with (optional)"))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("what it was for (optional)"))
        named(self.note_edit, self.tr("Note"), self.tr("A private note; only you can read it"))
        # Last, so Tab goes from the amount to who it was with: a date edit takes a Tab per day, month, year.
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31))
        named(self.date_edit, self.tr("Date"), self.tr("The day you gave it; today unless you change it"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("&Kind"), self.kind_combo),
            (self.tr("A&mount"), self.amount_edit),
            (self.tr("&Who with"), self.counterparty_edit),
            (self.tr("N&ote"), self.note_edit),
            (self.tr("&Date"), self.date_edit),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, amount_row if field is self.amount_edit else field)
        self.add_button = QPushButton()
        self.add_button.setObjectName("primary")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        named(self.cancel_button, self.tr("Cancel editing"), self.tr("Stop changing this contribution (Esc)"))
        self.form_status = QLabel()
        self.form_status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.form_title)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.form_status)

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            submit = QShortcut(QKeySequence(key), self, self._request_save)
            submit.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel_edit)
        cancel.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_button.clicked.connect(self._request_save)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.clear()

    @property
    def editing(self) -> Contribution | None:
        """The contribution the form is changing, or None when it adds a new one."""
        return self._editing

    def clear(self) -> None:
        """An empty form for adding, dated today; also used on lock to drop everything typed."""
        self._editing = None
        self.set_busy(False)  # a save in flight when the profile locked never answers
        for edit in (self.amount_edit, self.currency_edit, self.counterparty_edit, self.note_edit):
            edit.clear()
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(0)
        self.kind_combo.blockSignals(False)
        today = dt.date.today()
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.blockSignals(False)
        self.form_status.clear()
        self.form_status.hide()
        self._kind_chosen()
        self._show_mode()

    def load(self, c: Contribution) -> None:
        """Show *c* for changing; the next save updates it instead of adding a new one."""
        self._editing = c
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(c.kind))
        self.amount_edit.setText(
            minutes_text(c.amount_minor) if c.unit == MINUTES else money_text(c.amount_minor)
        )
        self.currency_edit.setText("" if c.unit == MINUTES else c.unit)
        self.date_edit.setDate(QDate(c.day.year, c.day.month, c.day.day))
        self.counterparty_edit.setText(c.counterparty)
        self.note_edit.setText(c.note)
        self.form_status.hide()
        self._show_mode()

    def cancel_edit(self) -> None:
        """Back to adding; the kind, currency and day stay for the next one."""
        self._editing = None
        for edit in (self.amount_edit, self.counterparty_edit, self.note_edit):
            edit.clear()
        self.form_status.hide()
        self._show_mode()

    def start_new(self) -> None:
        if self._editing is not None:
            self.cancel_edit()
        self.amount_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        """While a save is in flight, Enter and the button do nothing, so one contribution is not added twice."""
        self.add_button.setEnabled(not busy)

    def offer_currency(self, code: str | None) -> None:
        """Fill in the currency when none is typed: *code*, or the locale's currency when it is None."""
        if not self.currency_edit.text():
            self.currency_edit.setText(code if code is not None else self._locale_currency())

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.form_status.setObjectName("error" if error else "ok")
        self.form_status.style().unpolish(self.form_status)  # so the object name's colour applies
        self.form_status.style().polish(self.form_status)
        self.form_status.setText(text)
        self.form_status.show()

    def draft(self) -> ContributionDraft:
        """What is typed, checked; raises ValidationError when the amount or currency is not right."""
        kind: ContributionKind = self.kind_combo.currentData()
        if kind.measured_in_time:
            amount, unit = parse_minutes(self.amount_edit.text()), MINUTES
        else:
            amount, unit = parse_money(self.amount_edit.text()), self.currency_edit.text().strip().upper()
        date = self.date_edit.date()
        day = dt.date(date.year(), date.month(), date.day())
        who, note = self.counterparty_edit.text(), self.note_edit.text()
        return ContributionDraft(kind, amount, unit, day, who, note, self._editing)

    def _request_save(self) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton) and focus is not self.add_button:
            focus.click()  # Enter on a focused button means that button
            return
        if not self.add_button.isEnabled():
            return  # the last Enter is still being saved: a second one must not add it twice
        try:
            draft = self.draft()
        except ValidationError as exc:
            self.show_status(describe_error(exc), error=True)
            return
        self.form_status.hide()
        self.sig_save_requested.emit(draft)

    def _show_mode(self) -> None:
        if self._editing is None:
            self.form_title.setText(self.tr("Add a contribution"))
            self.add_button.setText(self.tr("&Add"))
            self.add_button.setAccessibleName(self.tr("Add contribution"))
            self.add_button.setToolTip(self.tr("Add this contribution (Enter)"))
        else:
            day = short_date(self._editing.day)
            self.form_title.setText(self.tr("Change the contribution of {day}").format(day=day))
            self.add_button.setText(self.tr("&Save changes"))
            self.add_button.setAccessibleName(self.tr("Save changes"))
            self.add_button.setToolTip(self.tr("Save the changes to this contribution (Enter)"))
        self.cancel_button.setVisible(self._editing is not None)

    def _kind_chosen(self) -> None:
        kind = self.kind_combo.currentData()
        in_time = kind is not None and kind.measured_in_time
        self.currency_edit.setVisible(not in_time)
        if in_time:
            self.amount_edit.setPlaceholderText(self.tr("hours:minutes, e.g. 1:30"))
            self.amount_edit.setToolTip(self.tr("How long: hours and minutes such as 1:30, or 45 min"))
        else:
            self.amount_edit.setPlaceholderText(self.tr("e.g. 12.50"))
            self.amount_edit.setToolTip(self.tr("How much, with up to two decimals, such as 12.50"))

    @staticmethod
    def _locale_currency() -> str:
        code = QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        return code if len(code) == 3 else ""
