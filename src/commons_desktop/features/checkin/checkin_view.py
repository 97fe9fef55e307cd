"""The Check-in screen: today's check-in on the left; the mood chart and past check-ins on the right."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.features.checkin.checkin_form import CheckInDraft, CheckInForm
from commons_desktop.features.checkin.checkin_history_model import CheckInHistoryModel
from commons_desktop.features.checkin.mood_chart import MoodChart
from commons_desktop.labels import day_month
from commons_desktop.ops import describe_error
from commons_desktop.screen import ScreenContext
from commons_desktop.widgets.screen_layout import lay_out_screen, styled_label
from commons_desktop.widgets.undo_bar import UndoBar
from store import CheckIn, ProfileSession


def _history(session: ProfileSession) -> list[CheckIn]:
    return session.checkins.between()


def _record(session: ProfileSession, draft: CheckInDraft) -> CheckIn:
    return session.checkins.record(draft.day, draft.mood, draft.note, dict(draft.answers), draft.tags)


class CheckInView(QWidget):
    sig_history_loaded = Signal()

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = context.runner
        self._events = context.events  # emits sig_checkin_saved once a check-in reached the store
        self.form = CheckInForm()
        form_card = QFrame()
        form_card.setObjectName("card")
        card_layout = QVBoxLayout(form_card)
        card_layout.setContentsMargins(20, 16, 20, 16)
        card_layout.addWidget(self.form)

        self.chart = MoodChart()
        chart_title = styled_label(self.tr("Mood"), "subheading")
        self.period_box = QComboBox()
        periods = (
            (self.tr("Last 4 weeks"), 28),
            (self.tr("Last 3 months"), 91),
            (self.tr("Last 12 months"), 365),
            (self.tr("All time"), 0),  # from the first check-in
        )
        for label, days in periods:
            self.period_box.addItem(label, days)
        self.period_box.setAccessibleName(self.tr("Period"))
        self.period_box.setToolTip(self.tr("Which check-ins the chart and the list show"))
        self.tag_box = QComboBox()
        self.tag_box.setAccessibleName(self.tr("Tag"))
        self.tag_box.setToolTip(self.tr("Show only check-ins with this tag"))
        self.tag_box.addItem(self.tr("All tags"), "")
        filters = QHBoxLayout()
        filters.addWidget(chart_title)
        filters.addStretch(1)
        filters.addWidget(self.period_box)
        filters.addWidget(self.tag_box)
        self._all: list[CheckIn] = []  # every check-in; the list and the chart show the filtered ones
        history_title = styled_label(self.tr("Earlier check-ins"), "subheading")
        self.model = CheckInHistoryModel(self)
        self.history = QListView()
        self.history.setObjectName("history")
        self.history.setModel(self.model)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setAlternatingRowColors(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.history.setUniformItemSizes(True)
        self.history.setAccessibleName(self.tr("Earlier check-ins"))
        self.history.setToolTip(self.tr("Choose a day to see or change its check-in; Delete removes it"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete check-in"))
        self.delete_button.setToolTip(self.tr("Delete the chosen day's check-in (Delete); you can undo it"))
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.undo_bar = UndoBar(self)
        history_actions = QHBoxLayout()
        history_actions.addStretch(1)
        history_actions.addWidget(self.delete_button)

        right = QVBoxLayout()
        right.setSpacing(8)
        right.addLayout(filters)
        right.addWidget(self.chart)
        right.addSpacing(8)
        right.addWidget(history_title)
        right.addWidget(self.history, 1)
        right.addWidget(self.error_label)
        right.addLayout(history_actions)
        right.addWidget(self.undo_bar)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(form_card, 5, Qt.AlignmentFlag.AlignTop)
        body.addLayout(right, 6)
        lay_out_screen(
            self,
            self.tr("Check-in"),
            self.tr("A minute a day: how you are, in your own words. One check-in per day."),
            body,
        )

        self.period_box.currentIndexChanged.connect(lambda _i: self._show_history(self._all))
        self.tag_box.currentIndexChanged.connect(lambda _i: self._show_history(self._all))
        self.form.sig_save_requested.connect(self._save)
        self.form.sig_today_requested.connect(self._back_to_today)
        self.form.sig_day_chosen.connect(self._day_chosen)
        self.history.selectionModel().selectionChanged.connect(self._history_chosen)
        self.delete_button.clicked.connect(self.delete_selected)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.history, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.setTabOrder(self.form.save_button, self.period_box)
        self.setTabOrder(self.period_box, self.tag_box)
        self.setTabOrder(self.tag_box, self.history)
        self.setTabOrder(self.history, self.delete_button)
        self._update_buttons()

    # -- what the workspace calls ---------------------------------------------------------------

    def load(self) -> None:
        self._runner.with_session(_history, self._show_history_and_today, self._failed, owner=self)

    def clear(self) -> None:
        """Forget every check-in (on lock)."""
        self._all = []
        self.model.clear()
        self.chart.set_series([])
        self._set_tags([])
        self.form.clear()
        self.undo_bar.forget()
        self.error_label.clear()
        self.error_label.hide()
        self._update_buttons()

    def select_day(self, day: dt.date) -> None:
        row = self.model.row_of_day(day)
        if row >= 0:
            self.history.setCurrentIndex(self.model.index(row))

    def delete_selected(self) -> None:
        checkin = self._selected()
        if checkin is None:
            return

        def work(session: ProfileSession) -> tuple[CheckIn, list[CheckIn]]:
            return session.checkins.remove(checkin.id), session.checkins.between()

        def done(result: tuple[CheckIn, list[CheckIn]]) -> None:
            removed, history = result
            if self.form.day == removed.day:
                self.form.clear()
            self._show_history(history)
            day = day_month(removed.day)
            self.undo_bar.offer(
                self.tr("Check-in for {day} deleted.").format(day=day), lambda: self._restore(removed)
            )

        self.error_label.hide()
        self._runner.with_session(work, done, self._failed, owner=self)

    # -- ops ------------------------------------------------------------------------------------

    def _save(self, draft: CheckInDraft) -> None:
        def work(session: ProfileSession) -> tuple[CheckIn, list[CheckIn]]:
            return _record(session, draft), session.checkins.between()

        def done(result: tuple[CheckIn, list[CheckIn]]) -> None:
            saved, history = result
            self._show_history(history, select=saved.day)
            self.form.load(saved)
            self.form.show_status(self.tr("Saved."))
            self._events.sig_checkin_saved.emit()

        def failed(error: BaseException) -> None:
            self.form.show_status(describe_error(error), error=True)

        self._runner.with_session(work, done, failed, owner=self)

    def _restore(self, checkin: CheckIn) -> None:
        def work(session: ProfileSession) -> list[CheckIn]:
            session.checkins.restore(checkin)
            return session.checkins.between()

        self._runner.with_session(
            work, lambda h: self._show_history(h, select=checkin.day), self._failed, owner=self
        )

    def _failed(self, error: BaseException) -> None:
        self.error_label.setText(describe_error(error))
        self.error_label.show()

    # -- rendering ------------------------------------------------------------------------------

    def _show_history_and_today(self, history: list[CheckIn]) -> None:
        self._show_history(history)
        today = next((c for c in history if c.day == dt.date.today()), None)
        if today is not None:
            self.select_day(today.day)
        else:
            self.form.clear()
        self.sig_history_loaded.emit()

    def _show_history(self, history: list[CheckIn], select: dt.date | None = None) -> None:
        self._all = history
        self._set_tags(sorted({tag for c in history for tag in c.tags}))
        today = dt.date.today()
        days = self.period_box.currentData()
        if not days:  # all time: from the first check-in
            days = (today - min((c.day for c in history), default=today)).days + 1
        first = today - dt.timedelta(days=days - 1)
        tag = self.tag_box.currentData()
        shown = [c for c in history if c.day >= first and (not tag or tag in c.tags)]
        self.model.set_checkins(shown)
        self.chart.set_series([(c.day, c.mood) for c in shown], today, days)
        if select is not None:
            self.select_day(select)
        self._update_buttons()

    def _set_tags(self, tags: list[str]) -> None:
        """Offer the tags in use; keep the chosen one if it still is."""
        chosen = self.tag_box.currentData()
        current = [self.tag_box.itemData(i) for i in range(1, self.tag_box.count())]
        if current == tags:
            return
        self.tag_box.blockSignals(True)
        while self.tag_box.count() > 1:
            self.tag_box.removeItem(1)
        for tag in tags:
            self.tag_box.addItem(tag, tag)
        self.tag_box.setCurrentIndex(max(0, self.tag_box.findData(chosen)) if chosen in tags else 0)
        self.tag_box.blockSignals(False)

    def _history_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        checkin = self._selected()
        if checkin is not None:
            self.form.load(checkin)
        self._update_buttons()

    def _back_to_today(self) -> None:
        self.history.clearSelection()
        today = self.model.row_of_day(dt.date.today())
        if today >= 0:
            self.select_day(dt.date.today())
        else:
            self.form.clear()

    def _day_chosen(self, day: dt.date) -> None:
        """Another day in the form: its check-in if there is one (even outside the period shown), else a new one."""
        self.history.clearSelection()
        existing = next((c for c in self._all if c.day == day), None)
        if existing is None:
            self.form.clear(day)
        elif self.model.row_of_day(day) >= 0:
            self.select_day(day)
        else:
            self.form.load(existing)

    def _selected(self) -> CheckIn | None:
        rows = self.history.selectionModel().selectedRows()
        return self.model.checkin_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self._selected() is not None)
