"""The Common purse screen: the purse's balance with its deposits and withdrawals, the proposals to spend from it
with their tallies, voting yes / no / abstain, and paying out a proposal that passed.

What counts is judged by the sync service with the community's keys (`ServiceClient.purse_overview`): the
screen asks again whenever the community's document changes, and just after the next open proposal closes (a
vote closes with the clock, not with a change), at least every half minute. The sidebar entry counts the open
proposals waiting for my vote.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.community_state import CommunityState
from commons_desktop.features.purse.purse_forms import (
    DepositDraft,
    DepositForm,
    Done,
    Failed,
    NoReasonForm,
    ProposalDraft,
    ProposalForm,
    WithdrawForm,
)
from commons_desktop.features.purse.purse_text import (
    moment,
    my_vote_short,
    my_vote_text,
    outcome_text,
    short_result,
    terms_text,
)
from commons_desktop.labels import money
from commons_desktop.screen import ScreenContext
from commons_desktop.service.values import ProposalState, PurseReport
from commons_desktop.widgets.community_picker import CommunityPicker, not_showing
from commons_desktop.widgets.keyed_rows import MEASURED_ROWS, KeyedRow, KeyedTable
from commons_desktop.widgets.screen_layout import lay_out_screen, named, styled_label
from commons_desktop.widgets.table_fill import filling
from commons_desktop.widgets.when_shown import WhenShown
from sync.community import Choice, EntryKind
from sync.community.signed import LedgerEntry
from sync.community.votes import VoteStatus
from sync.engine import DocumentChanged

__all__ = ["SCREEN", "PurseView"]

SCREEN = "purse"
DEFAULT_CURRENCY = "EUR"  # when the community has neither a deposit nor a proposal to take it from
REFRESH_MS = 30_000


class PurseView(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._events = context.sync, context.events
        self._state: CommunityState | None = None
        self.report: PurseReport | None = None  # the answer shown (one just arrived waits in _incoming)
        self._incoming: PurseReport | None = None
        self.community_choice = CommunityPicker(self._service, self.tr("Which community's purse to show"))
        self.balance = styled_label("", "subheading", wrap=True)
        self._build_proposals()
        self._build_detail()
        self._build_history()
        self.status = styled_label("", "muted", wrap=True)
        named(self.status, self.tr("Result"), self.tr("What happened to what you last did"))
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(50)
        self._refresh_timer.timeout.connect(self.refresh)
        self._clock = QTimer(self)  # a vote closes with the clock: look again at the next deadline
        self._clock.setSingleShot(True)
        self._clock.timeout.connect(self._schedule)
        self._render = WhenShown(self, self._show_report)  # drawn once per turn, and only while shown
        self._rows: dict[str, tuple[tuple[LedgerEntry, tuple[str | None, str | None]], KeyedRow]] = {}
        lay_out_screen(
            self,
            self.tr("Common purse and votes"),
            self.tr(
                "Money the community holds together. Anyone may deposit; it is spent only on a proposal the"
                " members voted for."
            ),
            self._body(),
        )
        self.community_choice.sig_chosen.connect(self.show_community)
        self.table.itemSelectionChanged.connect(self._show_chosen)
        if self._service is not None:
            self._service.sig_event.connect(self._sync_event)

    # --- building -------------------------------------------------------------------------------------------

    def _build_proposals(self) -> None:
        self.table = _table(
            (
                self.tr("Proposal"),
                self.tr("Amount"),
                self.tr("Deadline"),
                self.tr("Result"),
                self.tr("Your vote"),
            ),
            self.tr("Proposals"),
            self.tr("Proposals to spend from the purse, open ones first"),
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.deposit_button = QPushButton(self.tr("Deposit…"))
        named(self.deposit_button, self.tr("Deposit"), self.tr("Pay into the common purse"))
        self.propose_button = QPushButton(self.tr("New proposal…"))
        named(self.propose_button, self.tr("New proposal"), self.tr("Propose spending from the purse"))
        self.deposit_button.clicked.connect(self.open_deposit)
        self.propose_button.clicked.connect(self.open_proposal)

    def _build_detail(self) -> None:
        self.title = styled_label("", "subheading", wrap=True)
        self.terms = QLabel()
        self.terms.setWordWrap(True)
        self.terms.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        named(self.terms, self.tr("Terms"), self.tr("Amount, purpose, deadline, quorum and threshold"))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        named(self.outcome, self.tr("Outcome"), self.tr("The votes counted and the turnout"))
        self.mine = QLabel()
        self.mine.setWordWrap(True)
        named(self.mine, self.tr("Your vote"), self.tr("Where your vote stands"))
        self.vote_buttons: dict[Choice, QPushButton] = {}
        for choice, text, tip in (
            (Choice.YES, self.tr("Vote yes"), self.tr("Vote for this proposal")),
            (Choice.NO, self.tr("Vote no"), self.tr("Vote against this proposal")),
            (Choice.ABSTAIN, self.tr("Abstain"), self.tr("Count towards the quorum without taking a side")),
        ):
            button = QPushButton(text)
            named(button, text, tip)
            button.clicked.connect(lambda _c=False, ch=choice: self.vote(ch))
            self.vote_buttons[choice] = button
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        named(self.withdraw_button, self.tr("Withdraw"), self.tr("Pay out this proposal from the purse"))
        self.withdraw_button.clicked.connect(self.open_withdraw)

    def _build_history(self) -> None:
        self.history_heading = styled_label(self.tr("Deposits and withdrawals"), "subheading")
        self.history = KeyedTable(
            (self.tr("When"), self.tr("What"), self.tr("Amount"), self.tr("By"), self.tr("Note"))
        )
        self.history.setAlternatingRowColors(True)
        named(
            self.history,
            self.tr("Purse history"),
            self.tr("Deposits and withdrawals the ledger counts, newest first"),
        )

    def _body(self) -> QVBoxLayout:
        top = QHBoxLayout()
        top.addWidget(self.community_choice)
        top.addStretch(1)
        top.addWidget(self.deposit_button)
        top.addWidget(self.propose_button)
        detail = QWidget()
        side = QVBoxLayout(detail)
        for widget in (self.title, self.terms, self.outcome, self.mine):
            side.addWidget(widget)
        votes = QHBoxLayout()
        for button in (*self.vote_buttons.values(), self.withdraw_button):
            votes.addWidget(button)
        votes.addStretch(1)
        side.addLayout(votes)
        side.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setSizes([620, 380])
        body = QVBoxLayout()
        body.addLayout(top)
        body.addWidget(self.balance)
        body.addWidget(split, 3)
        body.addWidget(self.history_heading)
        body.addWidget(self.history, 2)
        body.addWidget(self.status)
        return body

    # --- screen -----------------------------------------------------------------------------------------------

    def load(self) -> None:
        self.community_choice.reload()

    def clear(self) -> None:
        self.community_choice.forget()
        self.report = self._incoming = None
        self.status.clear()
        self._clock.stop()
        self._show_report()
        self._events.sig_screen_count_changed.emit(SCREEN, 0)

    def show_community(self, state: CommunityState | None) -> None:
        if state is not self._state:
            self.report = self._incoming = None
            if self._state is not None:
                self._state.sig_loaded.disconnect(self._schedule)
            self._state = state
            if state is not None:
                state.sig_loaded.connect(self._schedule)
        self._render.request()
        self._schedule()

    def _sync_event(self, event: object) -> None:
        space = self.community_choice.space
        if isinstance(event, DocumentChanged) and space is not None and event.space_id.hex() == space:
            self._schedule()

    def _schedule(self) -> None:
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Ask the service for the purse and the tallies as of now."""
        space = self.community_choice.space
        if self._service is None or space is None or not self._service.running:
            return
        self._service.purse_overview(space, on_done=self._take, on_failed=self.status.setText, owner=self)

    def _take(self, report: PurseReport) -> None:
        if report.space != self.community_choice.space:
            return  # an answer for the community shown before
        self._incoming = (
            report  # shown, and then `report`, when drawn: what the screen says and `report` agree
        )
        self._render.request()
        self._clock.start(self._until_next_deadline(report))
        self._events.sig_screen_count_changed.emit(SCREEN, len(report.needs_my_vote))

    def _until_next_deadline(self, report: PurseReport) -> int:
        """Milliseconds until just after the soonest open proposal closes, at most REFRESH_MS."""
        now = dt.datetime.now(dt.UTC)
        state = self._state
        waits = [
            (state.proposals[p.proposal].deadline - now).total_seconds() * 1000 + 500
            for p in report.proposals
            if p.status is VoteStatus.OPEN and state is not None and p.proposal in state.proposals
        ]
        return int(max(100, min([REFRESH_MS, *waits])))

    # --- showing ----------------------------------------------------------------------------------------------

    def _show_report(self) -> None:
        if self._incoming is not None:
            self.report, self._incoming = self._incoming, None
        chosen = self.chosen_id()
        report, state = self.report, self._state
        absent = not_showing(self._service, state)
        if absent or report is None or state is None:
            self.balance.setText(absent or self.tr("Loading the purse…"))
            _fill(self.table, [])
            self.history.set_rows([])
        else:
            self.balance.setText(self._balance_text(report))
            self._fill_proposals(report, state)
            self.history.set_rows([self._history_row(e, state) for e in report.entries])
            self._forget_rows_beyond(report)
        self.history_heading.setText(self._history_heading(report))
        self._reselect(chosen)
        loaded = state is not None and state.loaded and report is not None
        self.deposit_button.setEnabled(loaded)
        self.propose_button.setEnabled(loaded)
        self._show_chosen()

    def _history_heading(self, report: PurseReport | None) -> str:
        if report is None or report.entries_total <= len(report.entries):
            return self.tr("Deposits and withdrawals")
        return self.tr("Deposits and withdrawals: the newest {shown} of {total}").format(
            shown=len(report.entries), total=report.entries_total
        )

    def _balance_text(self, report: PurseReport) -> str:
        if report.balance:
            held = ", ".join(money(amount, unit) for unit, amount in sorted(report.balance.items()))
            text = self.tr("The purse holds {held}.").format(held=held)
        else:
            text = self.tr("The purse is empty: nothing has been deposited yet.")
        if report.needs_my_vote:
            # No verb marked "(s)": the English plurals are made by dropping or keeping the "s", which turned
            # "need(s)" into "1 proposal need your vote".
            text += " " + self.tr("Your vote is wanted on %n proposal(s).", "", len(report.needs_my_vote))
        return text

    def _fill_proposals(self, report: PurseReport, state: CommunityState) -> None:
        rows: list[tuple[str, tuple[str, ...]]] = []
        for p in report.proposals:
            proposal = state.proposals.get(p.proposal)
            if proposal is None:
                continue
            rows.append(
                (
                    p.proposal,
                    (
                        proposal.title,
                        money(proposal.amount_minor, proposal.currency),
                        moment(proposal.deadline),
                        short_result(p),
                        my_vote_short(p),
                    ),
                )
            )
        _fill(self.table, rows)

    def _history_row(self, entry: LedgerEntry, state: CommunityState) -> KeyedRow:
        """The row for *entry*, worded once: every answer carries the same 500 entries but one, and wording
        them all again took the Qt thread about 5 ms of CPU each time (kept while the author's name and the
        proposal's title are the same)."""
        member = state.members.get(entry.author)
        proposal = state.proposals.get(entry.ref) if entry.kind is not EntryKind.PURSE_DEPOSIT else None
        names = (
            member.name if member is not None else None,
            proposal.title if proposal is not None else None,
        )
        found = self._rows.get(entry.id)
        if found is not None and found[0] == (entry, names):
            return found[1]
        row = self._word_row(entry, *names)
        self._rows[entry.id] = ((entry, names), row)
        return row

    def _word_row(self, entry: LedgerEntry, by: str | None, title: str | None) -> KeyedRow:
        deposit = entry.kind is EntryKind.PURSE_DEPOSIT
        what = self.tr("Deposit") if deposit else self.tr("Withdrawal")
        if title is not None:
            what = self.tr("Withdrawal for “{title}”").format(title=title)
        amount = money(entry.amount_minor if deposit else -entry.amount_minor, entry.unit)
        by_name = by if by is not None else self.tr("someone")
        return KeyedRow(entry.id, (moment(entry.at), what, amount, by_name, entry.memo))

    def _forget_rows_beyond(self, report: PurseReport) -> None:
        if len(self._rows) > 2 * len(report.entries) + 100:  # entries fallen off the history
            shown = {e.id for e in report.entries}
            self._rows = {key: row for key, row in self._rows.items() if key in shown}

    def chosen_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def chosen(self) -> ProposalState | None:
        key = self.chosen_id()
        if key is None or self.report is None:
            return None
        return next((p for p in self.report.proposals if p.proposal == key), None)

    def _reselect(self, key: str | None) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
                self.table.selectRow(row)
                return
        if self.table.rowCount():
            self.table.selectRow(0)

    def _show_chosen(self) -> None:
        state, chosen = self._state, self.chosen()
        proposal = state.proposals.get(chosen.proposal) if state is not None and chosen is not None else None
        if state is None or chosen is None or proposal is None:
            self.title.setText(self.tr("No proposal yet. Propose what the purse should pay for."))
            for label in (self.terms, self.outcome, self.mine):
                label.clear()
            for button in (*self.vote_buttons.values(), self.withdraw_button):
                button.setEnabled(False)
            return
        members = len(state.members)
        self.title.setText(proposal.title)
        self.terms.setText(terms_text(proposal, chosen, members))
        self.outcome.setText(outcome_text(proposal, chosen, members))
        summary = self.community_choice.summary
        named_here = summary is not None and summary.member_id in state.members
        may_vote = chosen.status is VoteStatus.OPEN and chosen.may_vote and named_here
        if chosen.status is VoteStatus.OPEN and chosen.may_vote and not named_here:
            self.mine.setText(
                self.tr("Give your name on the Community screen to vote: a vote names its member.")
            )
        else:
            self.mine.setText(my_vote_text(chosen, proposal.deadline))
        for button in self.vote_buttons.values():
            button.setEnabled(may_vote)
        self.withdraw_button.setEnabled(chosen.status is VoteStatus.PASSED and not chosen.paid_out)

    # --- acting -----------------------------------------------------------------------------------------------

    def _currency(self) -> str:
        if self.report is not None and self.report.balance:
            return sorted(self.report.balance)[0]
        proposals = self._state.proposals.values() if self._state is not None else ()
        return next((p.currency for p in proposals), DEFAULT_CURRENCY)

    def vote(self, choice: Choice) -> NoReasonForm | None:
        """Cast *choice* on the chosen proposal; "no" first opens a form for an optional reason."""
        chosen, space = self.chosen(), self.community_choice.space
        if chosen is None or space is None or self._service is None:
            return None
        if choice is Choice.NO:
            return self.open_no_reason(chosen)
        self._cast(chosen, choice, "", lambda _vote: None, self.status.setText)
        return None

    def open_no_reason(self, chosen: ProposalState) -> NoReasonForm | None:
        proposal = self._state.proposals.get(chosen.proposal) if self._state is not None else None
        if proposal is None:
            return None
        form = NoReasonForm(
            proposal.title,
            proposal.sealed,
            lambda reason, done, failed: self._cast(chosen, Choice.NO, reason, done, failed),
            self,
        )
        form.setModal(True)
        form.show()
        return form

    def _cast(
        self, chosen: ProposalState, choice: Choice, reason: str, on_done: Done, on_failed: Failed
    ) -> None:
        space = self.community_choice.space
        if space is None or self._service is None:
            return

        def done(vote: object) -> None:
            self.status.setText(
                self.tr("Your vote is sealed, signed and shared: it stays hidden until voting closes.")
                if chosen.sealed
                else self.tr("Your vote is signed and shared.")
            )
            on_done(vote)

        def failed(reason: str) -> None:
            self.status.setText(reason)
            on_failed(reason)

        self._service.cast_vote(
            space, chosen.proposal, choice, on_done=done, on_failed=failed, reason=reason, owner=self
        )

    def open_deposit(self) -> DepositForm:
        form = DepositForm(self._currency(), self._deposit, self)
        form.accepted.connect(lambda: self.status.setText(self.tr("Deposit recorded and signed.")))
        form.setModal(True)
        form.show()
        return form

    def _deposit(self, draft: DepositDraft, on_done: Done, on_failed: Failed) -> None:
        space = self.community_choice.space
        if self._service is None or space is None:
            return
        self._service.record_entry(
            space,
            EntryKind.PURSE_DEPOSIT,
            draft.amount_minor,
            draft.currency,
            memo=draft.memo,
            on_done=on_done,
            on_failed=on_failed,
            owner=self,
        )

    def open_proposal(self) -> ProposalForm:
        members = len(self._state.members) if self._state is not None else 1
        form = ProposalForm(self._currency(), max(1, members), self._propose, self)
        form.accepted.connect(lambda: self.status.setText(self.tr("Proposal shared: voting is open.")))
        form.setModal(True)
        form.show()
        return form

    def _propose(self, draft: ProposalDraft, on_done: Done, on_failed: Failed) -> None:
        space = self.community_choice.space
        if self._service is None or space is None:
            return
        self._service.add_proposal(
            space,
            draft.title,
            draft.purpose,
            draft.amount_minor,
            draft.currency,
            draft.deadline,
            draft.quorum,
            draft.threshold_percent,
            sealed=draft.sealed,
            on_done=on_done,
            on_failed=on_failed,
            owner=self,
        )

    def open_withdraw(self) -> WithdrawForm | None:
        chosen = self.chosen()
        proposal = self._state.proposals.get(chosen.proposal) if self._state and chosen else None
        if proposal is None:
            return None
        form = WithdrawForm(
            proposal, lambda memo, done, failed: self._withdraw(proposal.id, memo, done, failed), self
        )
        form.accepted.connect(lambda: self.status.setText(self.tr("Paid out and recorded.")))
        form.setModal(True)
        form.show()
        return form

    def _withdraw(self, proposal: str, memo: str, on_done: Done, on_failed: Failed) -> None:
        space = self.community_choice.space
        if self._service is None or space is None:
            return
        self._service.withdraw_from_purse(
            space, proposal, memo, on_done=on_done, on_failed=on_failed, owner=self
        )


def _table(headers: tuple[str, ...], name: str, tip: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
    table.horizontalHeader().setStretchLastSection(True)
    named(table, name, tip)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, tuple[str, ...]]]) -> None:
    with filling(table):
        table.setRowCount(len(rows))
        for r, (key, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                table.setItem(r, c, item)
