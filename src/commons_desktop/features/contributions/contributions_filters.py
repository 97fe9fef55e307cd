"""The Contributions filter row: which kind, which period (a month, a year, all time or custom dates), and
which lines: every one, the signed ones from a community's ledger, the ones recorded by me, or hidden ones."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from commons_desktop.features.contributions.contributions_model import kind_label
from commons_desktop.labels import plain_date
from store import ContributionKind, ContributionSource


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
    source: ContributionSource | None = None  # None: every line but hidden ones


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


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class ContributionFilters(QWidget):
    sig_filter_changed = Signal()  # the kind, the period or a custom date was changed by the person

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in ContributionKind:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.setAccessibleName(self.tr("Show kind"))
        self.kind_combo.setToolTip(self.tr("Show every kind, or only one"))
        self.period_combo = QComboBox()
        for text, period in (
            (self.tr("This month"), Period.THIS_MONTH),
            (self.tr("Last month"), Period.LAST_MONTH),
            (self.tr("This year"), Period.THIS_YEAR),
            (self.tr("All time"), Period.ALL_TIME),
            (self.tr("Custom dates"), Period.CUSTOM),
        ):
            self.period_combo.addItem(text, period)
        self.source_combo = QComboBox()
        for text, source in (
            (self.tr("signed and recorded by me"), None),
            (self.tr("signed only"), ContributionSource.SIGNED),
            (self.tr("recorded by me only"), ContributionSource.MANUAL),
            (self.tr("hidden signed lines"), ContributionSource.HIDDEN),
        ):
            self.source_combo.addItem(text, source)
        self.source_combo.setAccessibleName(self.tr("Signed or recorded by me"))
        self.source_combo.setToolTip(
            self.tr("Signed lines come from a community's ledger by themselves; the others you recorded")
        )
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.period_combo.setToolTip(self.tr("Which days the list and totals cover"))
        self.from_edit = self._date_edit(self.tr("From"), self.tr("First day of the custom period"))
        self.to_edit = self._date_edit(self.tr("To"), self.tr("Last day of the custom period"))
        self._dash = QLabel("–")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)  # as in the list column below, which it sits at the top of
        for widget in (
            QLabel(self.tr("Show")), self.kind_combo, self.source_combo, QLabel(self.tr("for")),
            self.period_combo, self.from_edit, self._dash, self.to_edit,
        ):  # fmt: skip
            row.addWidget(widget)
        row.addStretch(1)
        self.kind_combo.currentIndexChanged.connect(self._changed)
        self.period_combo.currentIndexChanged.connect(self._changed)
        self.source_combo.currentIndexChanged.connect(self._changed)
        self.from_edit.dateChanged.connect(self._changed)
        self.to_edit.dateChanged.connect(self._changed)

    def clear(self) -> None:
        """All kinds for this month, custom dates from the first of the month to today; no signal."""
        for widget in (self.kind_combo, self.source_combo, self.period_combo):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        today = _qdate(dt.date.today())
        for date_edit, value in (
            (self.from_edit, QDate(today.year(), today.month(), 1)),
            (self.to_edit, today),
        ):
            date_edit.blockSignals(True)
            date_edit.setDate(value)
            date_edit.blockSignals(False)
        self._show_custom_dates()

    def current_filter(self) -> ContributionFilter:
        period = self.period_combo.currentData()
        first, last = period_bounds(
            period, dt.date.today(), _day(self.from_edit.date()), _day(self.to_edit.date())
        )
        return ContributionFilter(first, last, self.kind_combo.currentData(), self.source_combo.currentData())

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

    def _changed(self) -> None:
        self._show_custom_dates()
        self.sig_filter_changed.emit()

    def _show_custom_dates(self) -> None:
        custom = self.period_combo.currentData() is Period.CUSTOM
        for widget in (self.from_edit, self._dash, self.to_edit):
            widget.setVisible(custom)

    @staticmethod
    def _date_edit(name: str, tip: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31))
        edit.setAccessibleName(name)
        edit.setToolTip(tip)
        return edit
