"""The Contributions screen: record what you gave, beside the signed lines the sync service keeps from each
community's ledger (marked, never editable here, only hidden); see them by kind, source and period with
totals; CSV and PDF."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.features.contributions.contributions_csv import write_csv
from commons_desktop.features.contributions.contributions_filters import (
    ContributionFilter,
    ContributionFilters,
)
from commons_desktop.features.contributions.contributions_form import ContributionDraft, ContributionForm
from commons_desktop.features.contributions.contributions_model import (
    ContributionsModel,
    Totals,
    format_amount,
    sorted_totals,
    total_phrase,
)
from commons_desktop.features.contributions.contributions_pdf import write_statement
from commons_desktop.labels import plain_date
from commons_desktop.ops import describe_error
from commons_desktop.screen import ScreenContext
from commons_desktop.widgets.screen_layout import lay_out_screen, named, styled_label
from commons_desktop.widgets.undo_bar import UndoBar
from store import MINUTES, Contribution, ContributionKind, ProfileSession


@dataclass(frozen=True)
class _Shown:
    rows: list[Contribution]
    totals: dict[tuple[ContributionKind, str], int]
    holds: frozenset[str] = frozenset()  # the signed lines whose signature checks, checked on the worker


def _shown(session: ProfileSession, f: ContributionFilter) -> _Shown:
    rows = session.contributions.list(f.first, f.last, f.kind, f.source)
    totals = session.contributions.totals(f.first, f.last, f.source)
    holds = frozenset(c.id for c in rows if c.receipt is not None and c.receipt.holds())
    return _Shown(rows, {key: n for key, n in totals.items() if f.kind in (None, key[0])}, holds)


def _write(session: ProfileSession, d: ContributionDraft) -> Contribution:
    """Add the draft as a new contribution, or update the one the form was changing."""
    if d.editing is None:
        return session.contributions.add(d.kind, d.amount_minor, d.unit, d.day, d.counterparty, d.note)
    changed = replace(d.editing, kind=d.kind, amount_minor=d.amount_minor, unit=d.unit, day=d.day)
    return session.contributions.update(replace(changed, counterparty=d.counterparty, note=d.note))


class ContributionsView(QWidget):
    sig_contributions_loaded = Signal()  # the list and totals show the store's state for the filter

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = context.runner
        # emits sig_contributions_changed after any add, edit, delete or undo reached the store
        self._events = context.events
        self._sync = context.sync
        self._loaded = False  # unlocked and loaded at least once: the service's news may be read
        self._totals: Totals = {}
        self.form = ContributionForm()
        self.form_card = QFrame()
        self.form_card.setObjectName("card")
        self.form_card.setFixedWidth(380)  # the title changes when editing; the form must not jump
        card = QVBoxLayout(self.form_card)
        card.setContentsMargins(20, 16, 20, 16)
        card.addWidget(self.form)
        self.filters = ContributionFilters()
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
        self._loaded = True
        f = self.current_filter()
        self._runner.with_session(lambda s: _shown(s, f), self._show, self._failed, owner=self)

    def clear(self) -> None:
        """Forget every contribution and everything typed (on lock); filters go back to this month."""
        self._loaded = False
        self._totals = {}
        self.model.clear()
        self.form.clear()
        self.filters.clear()
        self.undo_bar.forget()
        for label in (self.error_label, self.status_label):
            label.clear()
            label.hide()
        self._show_totals()
        self._update_buttons()

    def current_filter(self) -> ContributionFilter:
        return self.filters.current_filter()

    def period_label(self) -> str:
        """The period in words, for the totals heading and the statement."""
        return self.filters.period_label()

    def edit_selected(self) -> None:
        c = self._selected()
        if c is None:
            return
        if c.signed:
            self._failed_text(
                self.tr("A signed line from a community's ledger cannot be changed; you can hide it.")
            )
            return
        self.form.load(c)
        self.form.amount_edit.setFocus()
        self.form.amount_edit.selectAll()

    def cancel_edit(self) -> None:
        self.form.cancel_edit()

    def delete_selected(self) -> None:
        """Delete the chosen line (undo offered); a signed line is hidden instead."""
        c = self._selected()
        if c is None:
            return
        if c.signed:
            self.hide_selected()
            return
        f = self.current_filter()

        def work(session: ProfileSession) -> _Shown:
            session.contributions.remove(c.id)
            return _shown(session, f)

        def done(shown: _Shown) -> None:
            if self.form.editing is not None and self.form.editing.id == c.id:
                self.cancel_edit()
            self._show(shown)
            message = self.tr("{amount} on {day} deleted.").format(
                amount=format_amount(c.amount_minor, c.unit), day=plain_date(c.day)
            )
            self.undo_bar.offer(message, lambda: self._restore(c))
            self._events.sig_contributions_changed.emit()

        self.error_label.hide()
        self._runner.with_session(work, done, self._failed, owner=self)

    def hide_selected(self) -> None:
        """Hide the chosen signed line from the list, the totals and the statement, or show a hidden one again."""
        c = self._selected()
        if c is None or c.receipt is None:
            return
        hide = not c.receipt.hidden
        self._set_hidden(c, hide)

    def _set_hidden(self, c: Contribution, hide: bool, *, offer_undo: bool = True) -> None:
        f = self.current_filter()

        def work(session: ProfileSession) -> _Shown:
            session.contributions.set_hidden(c.id, hide)
            return _shown(session, f)

        def done(shown: _Shown) -> None:
            self._show(shown)
            if offer_undo:
                what = (
                    self.tr("{amount} on {day} hidden.")
                    if hide
                    else self.tr("{amount} on {day} shown again.")
                )
                message = what.format(amount=format_amount(c.amount_minor, c.unit), day=plain_date(c.day))
                self.undo_bar.offer(message, lambda: self._set_hidden(c, not hide, offer_undo=False))
            self._events.sig_contributions_changed.emit()

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
        header += [self.tr("Who with"), self.tr("Note"), self.tr("Signed")]

        def work(session: ProfileSession) -> int:
            rows = session.contributions.list(f.first, f.last, f.kind, f.source)
            write_csv(path, header, rows)
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
                write_statement(path, period, shown.totals, shown.rows, shown.holds)  # Qt thread: fonts
            except OSError as exc:
                self._export_failed(exc, path)
                return
            self._show_status(self.tr("Statement saved to {file}.").format(file=path.name))

        self.error_label.hide()
        self._runner.with_session(lambda s: _shown(s, f), done, self._failed, owner=self)

    # -- ops ------------------------------------------------------------------------------------

    def _save(self, draft: ContributionDraft) -> None:
        f = self.current_filter()

        def work(session: ProfileSession) -> tuple[Contribution, _Shown]:
            return _write(session, draft), _shown(session, f)

        def done(result: tuple[Contribution, _Shown]) -> None:
            saved, shown = result
            self.form.set_busy(False)
            self.form.cancel_edit()
            self._show(shown, select=saved.id)
            if self.model.row_of(saved.id) < 0:
                text = self.tr("Saved. It is outside the kind or period shown, so it is not in the list.")
            else:
                text = self.tr("Saved.") if draft.editing is not None else self.tr("Added.")
            self.form.show_status(text)
            self.form.amount_edit.setFocus()
            self._events.sig_contributions_changed.emit()

        def failed(error: BaseException) -> None:
            self.form.set_busy(False)
            self.form.show_status(describe_error(error), error=True)

        self.form.set_busy(True)
        self._runner.with_session(work, done, failed, owner=self)

    def _restore(self, c: Contribution) -> None:
        f = self.current_filter()

        def work(session: ProfileSession) -> _Shown:
            session.contributions.add_many([c])  # the id is kept, so it comes back as it was
            return _shown(session, f)

        def done(shown: _Shown) -> None:
            self._show(shown, select=c.id)
            self._events.sig_contributions_changed.emit()

        self._runner.with_session(work, done, self._failed, owner=self)

    def _signed_lines_kept(self, _space: str) -> None:
        if self._loaded:
            self.load()
            self._events.sig_contributions_changed.emit()

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
        self.model.set_contributions(shown.rows, shown.holds)
        self._totals = shown.totals
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
        money = next((c for c in shown.rows if c.unit != MINUTES), None)
        self.form.offer_currency(money.unit if money else None)
        self._show_totals()
        self._update_buttons()
        self.sig_contributions_loaded.emit()

    def _show_totals(self) -> None:
        self.totals_title.setText(self.tr("Totals for {period}").format(period=self.period_label()))
        lines = [total_phrase(kind, unit, n) for kind, unit, n in sorted_totals(self._totals)]
        self.totals_label.setText("\n".join(lines) or self.tr("Nothing recorded for this period yet."))

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()

    def _filter_changed(self) -> None:
        self.status_label.hide()
        self._show_totals()
        self.load()

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

    def _selected(self) -> Contribution | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.contribution_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        c = self._selected()
        self.edit_button.setEnabled(c is not None and not c.signed)
        self.delete_button.setEnabled(c is not None and not c.signed)
        self.hide_button.setEnabled(c is not None and c.signed)
        hidden = c is not None and c.receipt is not None and c.receipt.hidden
        self.hide_button.setText(self.tr("S&how again") if hidden else self.tr("&Hide"))
        self.empty_label.setVisible(self.model.rowCount() == 0)

    # -- building -------------------------------------------------------------------------------

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        named(button, name, tip)
        return button

    def _build_list(self) -> None:
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
        named(
            self.table,
            self.tr("Contributions"),
            self.tr(
                "Newest first. Enter or double-click changes one you recorded; Delete removes it. "
                "Signed lines from a community's ledger can only be hidden"
            ),
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
        self.hide_button = self._button(
            self.tr("&Hide"),
            self.tr("Hide or show signed line"),
            self.tr(
                "Hide the chosen signed line from the list, the totals and the statement, or show it again"
            ),
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
        for button in (self.edit_button, self.delete_button, self.hide_button):
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
        self._list_layout.addWidget(self.filters)
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
        QShortcut(QKeySequence.StandardKey.New, self, self.form.start_new)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.form.sig_save_requested.connect(self._save)
        self.filters.sig_filter_changed.connect(self._filter_changed)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.hide_button.clicked.connect(self.hide_selected)
        if self._sync is not None:  # the service kept new signed lines in the store: read them
            self._sync.sig_signed_lines_kept.connect(self._signed_lines_kept)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.save_statement)
