"""The Contributions screen: record what you gave; see it by kind and period with totals; CSV and PDF."""

from __future__ import annotations

import csv
import datetime as dt
import enum
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.labels import plain_date, short_date
from commons_desktop.models.contributions_model import (
    ContributionsModel,
    Totals,
    format_amount,
    kind_label,
    minutes_text,
    money_text,
    parse_minutes,
    parse_money,
    sorted_totals,
    total_phrase,
)
from commons_desktop.ops import StoreRunner, describe_error
from commons_desktop.views.contributions_pdf import write_statement
from commons_desktop.views.screen_layout import lay_out_screen, styled_label
from commons_desktop.views.undo_bar import UndoBar
from store import MINUTES, Contribution, ContributionKind, ProfileSession, ValidationError


class Period(enum.Enum):
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_YEAR = "this_year"
    ALL_TIME = "all_time"
    CUSTOM = "custom"


@dataclass(frozen=True)
class ContributionFilter:
    first: dt.date | None
    last: dt.date | None
    kind: ContributionKind | None


@dataclass(frozen=True)
class _Shown:
    rows: list[Contribution]
    totals: dict[tuple[ContributionKind, str], int]


def period_bounds(
    period: Period, today: dt.date, first: dt.date, last: dt.date
) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of *period*; *first* and *last* are the custom dates (in either order)."""
    month = today.replace(day=1)
    if period is Period.THIS_MONTH:
        return month, today
    if period is Period.LAST_MONTH:
        end = month - dt.timedelta(days=1)
        return end.replace(day=1), end
    if period is Period.THIS_YEAR:
        return today.replace(month=1, day=1), today
    if period is Period.CUSTOM:
        return min(first, last), max(first, last)
    return None, None


def _shown(session: ProfileSession, f: ContributionFilter) -> _Shown:
    rows = session.contributions.list(f.first, f.last, f.kind)
    totals = session.contributions.totals(f.first, f.last)
    return _Shown(rows, {key: n for key, n in totals.items() if f.kind in (None, key[0])})


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


def _spreadsheet_safe(text: str) -> str:
    """Spreadsheets run cells starting with = + - @ as formulas; a leading apostrophe keeps them text."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class ContributionsView(QWidget):
    sig_contributions_loaded = Signal()  # the list and totals show the store's state for the filter
    sig_contributions_changed = Signal()  # after any add, edit, delete or undo reached the store

    def __init__(self, runner: StoreRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._editing: Contribution | None = None
        self._totals: Totals = {}
        self._build_form()
        self._build_list()
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(self.form_card, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(self._list_layout, 7)
        lay_out_screen(
            self,
            self.tr("Contributions"),
            self.tr("A record of what you gave: time, money, stakes, circle payments and time credits."),
            body,
        )
        self._connect()
        self.clear()

    # -- what the workspace calls ---------------------------------------------------------------

    def load(self) -> None:
        f = self.current_filter()
        self._runner.with_session(lambda s: _shown(s, f), self._show, self._failed, owner=self)

    def clear(self) -> None:
        """Forget every contribution and everything typed (on lock); filters go back to this month."""
        self._editing = None
        self._totals = {}
        self.add_button.setEnabled(True)  # a save in flight when the profile locked never answers
        self.model.clear()
        for edit in (self.amount_edit, self.currency_edit, self.counterparty_edit, self.note_edit):
            edit.clear()
        for widget in (self.kind_combo, self.filter_kind_combo, self.period_combo):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        today = _qdate(dt.date.today())
        for date_edit, value in ((self.date_edit, today), (self.to_edit, today)):
            date_edit.blockSignals(True)
            date_edit.setDate(value)
            date_edit.blockSignals(False)
        self.from_edit.blockSignals(True)
        self.from_edit.setDate(QDate(today.year(), today.month(), 1))
        self.from_edit.blockSignals(False)
        self._show_custom_dates()
        self.undo_bar.forget()
        for label in (self.form_status, self.error_label, self.status_label):
            label.clear()
            label.hide()
        self._kind_chosen()
        self._show_totals()
        self._show_form_mode()
        self._update_buttons()

    def current_filter(self) -> ContributionFilter:
        period = self.period_combo.currentData()
        first, last = period_bounds(
            period, dt.date.today(), _day(self.from_edit.date()), _day(self.to_edit.date())
        )
        return ContributionFilter(first, last, self.filter_kind_combo.currentData())

    def period_label(self) -> str:
        """The period in words, for the totals heading and the statement."""
        f = self.current_filter()
        period = self.period_combo.currentData()
        if f.first is None or f.last is None:
            return self.tr("all time")
        if period in (Period.THIS_MONTH, Period.LAST_MONTH):
            return QLocale().toString(_qdate(f.first), "MMMM yyyy")
        if period is Period.THIS_YEAR:
            return str(f.first.year)
        return self.tr("{first} to {last}").format(first=plain_date(f.first), last=plain_date(f.last))

    def edit_selected(self) -> None:
        c = self._selected()
        if c is None:
            return
        self._editing = c
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(c.kind))
        self.amount_edit.setText(
            minutes_text(c.amount_minor) if c.unit == MINUTES else money_text(c.amount_minor)
        )
        self.currency_edit.setText("" if c.unit == MINUTES else c.unit)
        self.date_edit.setDate(_qdate(c.day))
        self.counterparty_edit.setText(c.counterparty)
        self.note_edit.setText(c.note)
        self.form_status.hide()
        self._show_form_mode()
        self.amount_edit.setFocus()
        self.amount_edit.selectAll()

    def cancel_edit(self) -> None:
        self._editing = None
        for edit in (self.amount_edit, self.counterparty_edit, self.note_edit):
            edit.clear()
        self.form_status.hide()
        self._show_form_mode()

    def delete_selected(self) -> None:
        c = self._selected()
        if c is None:
            return
        f = self.current_filter()

        def work(session: ProfileSession) -> _Shown:
            session.contributions.remove(c.id)
            return _shown(session, f)

        def done(shown: _Shown) -> None:
            if self._editing is not None and self._editing.id == c.id:
                self.cancel_edit()
            self._show(shown)
            message = self.tr("{amount} on {day} deleted.").format(
                amount=format_amount(c.amount_minor, c.unit), day=plain_date(c.day)
            )
            self.undo_bar.offer(message, lambda: self._restore(c))
            self.sig_contributions_changed.emit()

        self.error_label.hide()
        self._runner.with_session(work, done, self._failed, owner=self)

    def export_csv(self) -> None:
        path = self._ask_path(
            self.tr("Export contributions as CSV — the file is not encrypted"),
            "csv",
            self.tr("CSV files (*.csv)"),
        )
        if path is None:
            return
        f = self.current_filter()
        header = [self.tr("Date"), self.tr("Kind"), self.tr("Amount"), self.tr("Unit")]
        header += [self.tr("Who with"), self.tr("Note")]
        kinds = {kind: kind_label(kind) for kind in ContributionKind}

        def work(session: ProfileSession) -> int:
            rows = session.contributions.list(f.first, f.last, f.kind)
            with path.open("w", newline="", encoding="utf-8-sig") as out:  # the BOM tells Excel it is UTF-8
                writer = csv.writer(out)
                writer.writerow(header)
                for c in rows:
                    amount = str(c.amount_minor) if c.unit == MINUTES else money_text(c.amount_minor)
                    texts = (_spreadsheet_safe(c.counterparty), _spreadsheet_safe(c.note))
                    writer.writerow([c.day.isoformat(), kinds[c.kind], amount, c.unit, *texts])
            return len(rows)

        def done(count: int) -> None:
            message = self.tr("%n contribution(s) saved to {file}.", "", count).format(file=path.name)
            self._show_status(message)

        self.error_label.hide()
        self._runner.with_session(work, done, lambda e: self._export_failed(e, path), owner=self)

    def save_statement(self) -> None:
        path = self._ask_path(
            self.tr("Save a PDF statement — the file is not encrypted"), "pdf", self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return
        f, period = self.current_filter(), self.period_label()

        def done(shown: _Shown) -> None:  # fresh from the store, so it matches the period even mid-load
            try:
                path.open("wb").close()  # QPdfWriter fails silently: find out now if the place is writable
                write_statement(path, period, shown.totals, shown.rows)  # Qt thread: fonts and layout
            except OSError as exc:
                self._export_failed(exc, path)
                return
            self._show_status(self.tr("Statement saved to {file}.").format(file=path.name))

        self.error_label.hide()
        self._runner.with_session(lambda s: _shown(s, f), done, self._failed, owner=self)

    # -- ops ------------------------------------------------------------------------------------

    def _submit(self) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton) and focus is not self.add_button:
            focus.click()  # Enter on a focused button means that button
            return
        if not self.add_button.isEnabled():
            return  # the last Enter is still being saved: a second one must not add it twice
        try:
            kind, amount, unit = self._amount()
        except ValidationError as exc:
            self._show_form_status(describe_error(exc), error=True)
            return
        day = _day(self.date_edit.date())
        who, note, editing, f = (
            self.counterparty_edit.text(),
            self.note_edit.text(),
            self._editing,
            self.current_filter(),
        )

        def work(session: ProfileSession) -> tuple[Contribution, _Shown]:
            if editing is None:
                saved = session.contributions.add(kind, amount, unit, day, who, note)
            else:
                changed = replace(editing, kind=kind, amount_minor=amount, unit=unit, day=day)
                saved = session.contributions.update(replace(changed, counterparty=who, note=note))
            return saved, _shown(session, f)

        def done(result: tuple[Contribution, _Shown]) -> None:
            saved, shown = result
            self.add_button.setEnabled(True)
            self.cancel_edit()
            self._show(shown, select=saved.id)
            if self.model.row_of(saved.id) < 0:
                text = self.tr("Saved. It is outside the kind or period shown, so it is not in the list.")
            else:
                text = self.tr("Saved.") if editing is not None else self.tr("Added.")
            self._show_form_status(text)
            self.amount_edit.setFocus()
            self.sig_contributions_changed.emit()

        def failed(error: BaseException) -> None:
            self.add_button.setEnabled(True)
            self._show_form_status(describe_error(error), error=True)

        self.form_status.hide()
        self.add_button.setEnabled(False)
        self._runner.with_session(work, done, failed, owner=self)

    def _restore(self, c: Contribution) -> None:
        f = self.current_filter()

        def work(session: ProfileSession) -> _Shown:
            session.contributions.add_many([c])  # the id is kept, so it comes back as it was
            return _shown(session, f)

        def done(shown: _Shown) -> None:
            self._show(shown, select=c.id)
            self.sig_contributions_changed.emit()

        self._runner.with_session(work, done, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.error_label.setText(describe_error(error))
        self.error_label.show()

    def _export_failed(self, error: BaseException, path: Path) -> None:
        if isinstance(error, OSError):
            reason = error.strerror or type(error).__name__
            self._failed_text(
                self.tr("Could not write {file} ({reason}). Choose another folder and try again.").format(
                    file=path.name, reason=reason
                )
            )
        else:
            self._failed(error)

    def _failed_text(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # -- rendering ------------------------------------------------------------------------------

    def _show(self, shown: _Shown, select: str | None = None) -> None:
        keep = select or (c.id if (c := self._selected()) else None)
        self.model.set_contributions(shown.rows)
        self._totals = shown.totals
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
        if not self.currency_edit.text():
            money = next((c for c in shown.rows if c.unit != MINUTES), None)
            self.currency_edit.setText(money.unit if money else self._locale_currency())
        self._show_totals()
        self._update_buttons()
        self.sig_contributions_loaded.emit()

    def _show_totals(self) -> None:
        self.totals_title.setText(self.tr("Totals for {period}").format(period=self.period_label()))
        lines = [total_phrase(kind, unit, n) for kind, unit, n in sorted_totals(self._totals)]
        self.totals_label.setText("\n".join(lines) or self.tr("Nothing recorded for this period yet."))

    def _show_form_mode(self) -> None:
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

    def _show_form_status(self, text: str, *, error: bool = False) -> None:
        self.form_status.setObjectName("error" if error else "ok")
        self.form_status.style().unpolish(self.form_status)  # so the object name's colour applies
        self.form_status.style().polish(self.form_status)
        self.form_status.setText(text)
        self.form_status.show()

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()

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

    def _show_custom_dates(self) -> None:
        custom = self.period_combo.currentData() is Period.CUSTOM
        for widget in (self.from_edit, self._dash, self.to_edit):
            widget.setVisible(custom)

    def _filter_changed(self) -> None:
        self._show_custom_dates()
        self.status_label.hide()
        self._show_totals()
        self.load()

    def _amount(self) -> tuple[ContributionKind, int, str]:
        kind: ContributionKind = self.kind_combo.currentData()
        if kind.measured_in_time:
            return kind, parse_minutes(self.amount_edit.text()), MINUTES
        return kind, parse_money(self.amount_edit.text()), self.currency_edit.text().strip().upper()

    def _ask_path(self, title: str, suffix: str, file_filter: str) -> Path | None:
        f = self.current_filter()
        stem = "contributions" + (f"-{f.first.isoformat()}" if f.first else "")
        chosen, _ = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / f"{stem}.{suffix}"), file_filter
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == f".{suffix}" else path.with_name(f"{path.name}.{suffix}")

    @staticmethod
    def _locale_currency() -> str:
        code = QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        return code if len(code) == 3 else ""

    def _selected(self) -> Contribution | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.contribution_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.empty_label.setVisible(self.model.rowCount() == 0)

    # -- building -------------------------------------------------------------------------------

    @staticmethod
    def _named(widget: QWidget, name: str, tip: str) -> None:
        widget.setAccessibleName(name)
        widget.setToolTip(tip)

    def _date_edit(self, name: str, tip: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31))
        self._named(edit, name, tip)
        return edit

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        self._named(button, name, tip)
        return button

    def _build_form(self) -> None:
        self.form_title = styled_label("", "subheading", wrap=True)
        self.kind_combo = QComboBox()
        for kind in ContributionKind:
            self.kind_combo.addItem(kind_label(kind), kind)
        self._named(self.kind_combo, self.tr("Kind"), self.tr("What you gave: time, money, a stake, …"))
        self.amount_edit = QLineEdit()
        self.amount_edit.setAccessibleName(self.tr("Amount"))
        self.currency_edit = QLineEdit()
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setFixedWidth(64)
        self.currency_edit.setPlaceholderText("EUR")
        self._named(
            self.currency_edit, self.tr("Currency"), self.tr("Three-letter currency code, e.g. EUR or GBP")
        )
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(self.currency_edit)
        self.counterparty_edit = QLineEdit()
        self.counterparty_edit.setPlaceholderText(self.tr("a person, group or project (optional)"))
        self._named(
            self.counterparty_edit, self.tr("Who with"), self.tr("Who you gave it to or with (optional)")
        )
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("what it was for (optional)"))
        self._named(self.note_edit, self.tr("Note"), self.tr("A private note; only you can read it"))
        # Last, so Tab goes from the amount to who it was with: a date edit takes a Tab per day, month, year.
        self.date_edit = self._date_edit(
            self.tr("Date"), self.tr("The day you gave it; today unless you change it")
        )
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
        self.add_button = self._button("", "", "")
        self.add_button.setObjectName("primary")
        self.cancel_button = self._button(
            self.tr("Cancel"), self.tr("Cancel editing"), self.tr("Stop changing this contribution (Esc)")
        )
        self.form_status = QLabel()
        self.form_status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        self.form_card = QFrame()
        self.form_card.setObjectName("card")
        self.form_card.setFixedWidth(380)  # the title changes when editing; the form must not jump
        card = QVBoxLayout(self.form_card)
        card.setContentsMargins(20, 16, 20, 16)
        card.setSpacing(10)
        card.addWidget(self.form_title)
        card.addLayout(form)
        card.addLayout(buttons)
        card.addWidget(self.form_status)

    def _build_list(self) -> None:
        self.filter_kind_combo = QComboBox()
        self.filter_kind_combo.addItem(self.tr("All kinds"), None)
        for kind in ContributionKind:
            self.filter_kind_combo.addItem(kind_label(kind), kind)
        self._named(self.filter_kind_combo, self.tr("Show kind"), self.tr("Show every kind, or only one"))
        self.period_combo = QComboBox()
        for text, period in (
            (self.tr("This month"), Period.THIS_MONTH),
            (self.tr("Last month"), Period.LAST_MONTH),
            (self.tr("This year"), Period.THIS_YEAR),
            (self.tr("All time"), Period.ALL_TIME),
            (self.tr("Custom dates"), Period.CUSTOM),
        ):
            self.period_combo.addItem(text, period)
        self._named(self.period_combo, self.tr("Period"), self.tr("Which days the list and totals cover"))
        self.from_edit = self._date_edit(self.tr("From"), self.tr("First day of the custom period"))
        self.to_edit = self._date_edit(self.tr("To"), self.tr("Last day of the custom period"))
        self._dash = QLabel("–")
        filters = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Show")), self.filter_kind_combo, QLabel(self.tr("for")), self.period_combo,
            self.from_edit, self._dash, self.to_edit,
        ):  # fmt: skip
            filters.addWidget(widget)
        filters.addStretch(1)
        self.totals_title = styled_label("", "subheading")
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = ContributionsModel(self)
        self.table = QTableView()
        self.table.setObjectName("contributions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ContributionsModel.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self._named(
            self.table,
            self.tr("Contributions"),
            self.tr("Newest first. Enter or double-click changes one; Delete removes it"),
        )
        self.empty_label = styled_label(self.tr("Nothing recorded for this kind and period."), "muted")
        self.edit_button = self._button(
            self.tr("&Edit"), self.tr("Edit contribution"), self.tr("Change the chosen contribution (Enter)")
        )
        self.delete_button = self._button(
            self.tr("De&lete"),
            self.tr("Delete contribution"),
            self.tr("Delete the chosen contribution (Delete); you can undo it"),
        )
        self.csv_button = self._button(
            self.tr("Export &CSV…"),
            self.tr("Export CSV"),
            self.tr("Save the contributions shown as a spreadsheet file. The file is not encrypted."),
        )
        self.pdf_button = self._button(
            self.tr("Statement (&PDF)…"),
            self.tr("Statement as PDF"),
            self.tr("Save a printable statement of this period with totals. The file is not encrypted."),
        )
        actions = QHBoxLayout()
        for button in (self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.csv_button, self.pdf_button):
            actions.addWidget(button)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("ok")
        self.status_label.setWordWrap(True)
        self.undo_bar = UndoBar(self)
        self._list_layout = QVBoxLayout()
        self._list_layout.setSpacing(8)
        self._list_layout.addLayout(filters)
        self._list_layout.addWidget(self.totals_title)
        self._list_layout.addWidget(self.totals_label)
        self._list_layout.addSpacing(4)
        self._list_layout.addWidget(self.table, 1)
        self._list_layout.addWidget(self.empty_label)
        self._list_layout.addLayout(actions)
        self._list_layout.addWidget(self.error_label)
        self._list_layout.addWidget(self.status_label)
        self._list_layout.addWidget(self.undo_bar)

    def _connect(self) -> None:
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            submit = QShortcut(QKeySequence(key), self.form_card, self._submit)
            submit.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.form_card, self.cancel_edit)
        cancel.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.New, self, self._start_new)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.add_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.filter_kind_combo.currentIndexChanged.connect(self._filter_changed)
        self.period_combo.currentIndexChanged.connect(self._filter_changed)
        self.from_edit.dateChanged.connect(self._filter_changed)
        self.to_edit.dateChanged.connect(self._filter_changed)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.save_statement)

    def _start_new(self) -> None:
        if self._editing is not None:
            self.cancel_edit()
        self.amount_edit.setFocus()
