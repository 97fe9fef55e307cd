"""The Time credits screen: my balance and how much I may still give (with a warning near my limit), the
transfers waiting for their receiver (who sees **Confirm**), everyone's balances, and the confirmed history.

The service checks the signed ledger and answers with `TimeCredits` (the window holds no keys to check it
with); the screen asks again whenever the community's ledger or members change, and writes through the
`ServiceClient`'s intent commands (give_time_credits, confirm_time_credits, set_credit_limit).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.community_state import CommunityState
from commons_desktop.features.credits.give_form import WARN_WITHIN, GiveForm
from commons_desktop.screen import ScreenContext
from commons_desktop.service.values import CreditBalance, CreditMove, TimeCredits
from commons_desktop.widgets.community_picker import CommunityPicker, not_showing
from commons_desktop.widgets.keyed_rows import KeyedRow, KeyedTable
from commons_desktop.widgets.screen_layout import lay_out_screen, named, styled_label

__all__ = ["SCREEN", "CreditsView"]

SCREEN = "credits"


class CreditsView(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync, self._events = context.sync, context.events
        self._state: CommunityState | None = None
        self.credits: TimeCredits | None = None
        self._stale = False  # a change came while the screen was hidden: ask when it shows
        self.community_choice = CommunityPicker(self._sync, self.tr("Which community's time credits to show"))
        self.mine = styled_label("", "subheading", wrap=True)
        named(
            self.mine, self.tr("Your time credits"), self.tr("Your balance and how much you can still give")
        )
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        named(self.warning, self.tr("Limit"), self.tr("Whether you are close to your limit"))
        self.give_button = QPushButton(self.tr("Give time credits…"))
        named(self.give_button, self.tr("Give time credits"), self.tr("Thank someone for their time"))
        self.waiting = KeyedTable(
            [self.tr("From"), self.tr("To"), self.tr("Minutes"), self.tr("What for"), self.tr("State")]
        )
        named(
            self.waiting,
            self.tr("Waiting"),
            self.tr("Transfers that count once their receiver confirms them"),
        )
        self.confirm_button = QPushButton(self.tr("Confirm"))
        named(self.confirm_button, self.tr("Confirm"), self.tr("Confirm the time credits you received"))
        self.balances = KeyedTable(
            [self.tr("Member"), self.tr("Balance"), self.tr("Limit"), self.tr("Can give")]
        )
        named(self.balances, self.tr("Balances"), self.tr("Everyone's time credits, in minutes"))
        self.limit_button = QPushButton(self.tr("Set limit…"))
        named(
            self.limit_button,
            self.tr("Set limit"),
            self.tr("How far below zero the selected member may go (admins)"),
        )
        self.history_heading = styled_label(self.tr("History"), "subheading")
        self.history = KeyedTable(
            [self.tr("Confirmed"), self.tr("From"), self.tr("To"), self.tr("Minutes"), self.tr("What for")]
        )
        named(
            self.history,
            self.tr("History"),
            self.tr("Every confirmed transfer, newest first; signed, never rewritten"),
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        named(self.status, self.tr("Status"), self.tr("What happened last"))
        self._lay_out()
        self.community_choice.sig_chosen.connect(self._set_state)
        self.give_button.clicked.connect(self._give)
        self.confirm_button.clicked.connect(self._confirm)
        self.limit_button.clicked.connect(self._set_limit)
        self.waiting.sig_selection_changed.connect(self._enable)
        self.balances.sig_selection_changed.connect(self._enable)
        self._show()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.community_choice)
        top.addStretch(1)
        top.addWidget(self.give_button)
        waiting_row = QHBoxLayout()
        waiting_row.addWidget(styled_label(self.tr("Waiting to be confirmed"), "subheading"), 1)
        waiting_row.addWidget(self.confirm_button)
        balances_row = QHBoxLayout()
        balances_row.addWidget(styled_label(self.tr("Everyone's balance"), "subheading"), 1)
        balances_row.addWidget(self.limit_button)
        body = QVBoxLayout()
        body.addLayout(top)
        body.addWidget(self.mine)
        body.addWidget(self.warning)
        body.addLayout(waiting_row)
        body.addWidget(self.waiting, 1)
        body.addLayout(balances_row)
        body.addWidget(self.balances, 2)
        body.addWidget(self.history_heading)
        body.addWidget(self.history, 2)
        body.addWidget(self.status)
        lay_out_screen(
            self,
            self.tr("Time credits"),
            self.tr(
                "An hour of anyone's time is worth the same. Give credits to thank someone; they count once "
                "they confirm."
            ),
            body,
        )

    # -- the screen protocol --

    def load(self) -> None:
        self.community_choice.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self._ask()

    def clear(self) -> None:
        self.community_choice.forget()
        self.credits = None
        self.status.clear()
        self._show()
        self._events.sig_screen_count_changed.emit(SCREEN, 0)

    # -- reading --

    def _set_state(self, state: CommunityState | None) -> None:
        if state is self._state:
            return
        if self._state is not None:
            for signal in (
                self._state.sig_loaded,
                self._state.sig_ledger_changed,
                self._state.sig_members_changed,
            ):
                signal.disconnect(self._ask)
        self._state = state
        self.credits = None
        if state is not None:
            for signal in (
                state.sig_loaded,
                state.sig_ledger_changed,
                state.sig_members_changed,
                state.sig_credit_limits_changed,
            ):
                signal.connect(self._ask)
        self._ask()

    def _ask(self, *_args: object) -> None:
        """Ask the service for the time credits, only while the screen shows (see ProjectsView._count_books);
        a change while hidden is asked about when the screen shows again."""
        state = self._state
        if self._sync is None or state is None or not state.loaded:
            self._show()
            return
        self._stale = not self.isVisible()
        if self._stale:
            return
        self._sync.list_time_credits(state.space, on_done=self._got, on_failed=self._failed, owner=self)

    def _got(self, credits: TimeCredits) -> None:
        if self._state is not None and credits.space == self._state.space:
            self.credits = credits
            self._show()
            mine = sum(1 for m in credits.waiting if m.receiver == credits.me)
            self._events.sig_screen_count_changed.emit(SCREEN, mine)  # what waits for me, in the sidebar

    def _failed(self, error: str) -> None:
        self.status.setText(error)

    # -- showing --

    def _show(self) -> None:
        why = not_showing(self._sync, self._state)
        credits = self.credits
        if why or credits is None:
            self.mine.setText(why or self.tr("Counting the time credits…"))
            self.warning.clear()
            for table in (self.waiting, self.balances, self.history):
                table.set_rows([])
            self._enable()
            return
        me = next((b for b in credits.balances if b.member_id == credits.me), None)
        self._show_mine(me)
        self.waiting.set_rows([self._waiting_row(m, credits.me) for m in credits.waiting])
        if self.waiting.selected_key() is None:  # Confirm is ready for the first transfer waiting for me
            first = next((m.id for m in credits.waiting if m.receiver == credits.me), None)
            if first is not None:
                self.waiting.select_key(first)
        self.balances.set_rows([_balance_row(b) for b in credits.balances])
        self.history.set_rows([_history_row(m) for m in credits.history])
        self.history_heading.setText(
            self.tr("History: the newest {shown} of {total}").format(
                shown=len(credits.history), total=credits.history_total
            )
            if credits.history_total > len(credits.history)
            else self.tr("History")
        )
        self._enable()

    def _show_mine(self, me: CreditBalance | None) -> None:
        if me is None:
            self.mine.setText(self.tr("Add your name to this community to give and receive time credits."))
            self.warning.clear()
            return
        self.mine.setText(
            (
                self.tr("Your balance: %n minute(s).", "", me.balance)
                if me.balance >= 0  # Qt's %n does not show a negative count
                else self.tr("Your balance: %n minute(s) below zero.", "", -me.balance)
            )
            + " "
            + self.tr("You can give up to %n minute(s).", "", max(0, me.can_give))
        )
        if me.can_give <= 0:
            self.warning.setText(
                self.tr("You have reached your limit: you can give again once someone gives you their time.")
            )
        elif me.can_give < WARN_WITHIN:
            self.warning.setText(
                self.tr("You are close to your limit of %n minute(s) below zero.", "", me.limit)
            )
        else:
            self.warning.clear()

    def _waiting_row(self, move: CreditMove, me: str) -> KeyedRow:
        if move.receiver == me:
            state = self.tr("Waiting for you to confirm")
        else:
            state = self.tr("Waiting for %1 to confirm").replace("%1", move.receiver_name)
        return KeyedRow(move.id, (move.payer_name, move.receiver_name, str(move.minutes), move.memo, state))

    def _enable(self) -> None:
        credits = self.credits
        summary = self.community_choice.summary
        self.give_button.setEnabled(
            credits is not None and any(b.member_id == credits.me for b in credits.balances)
        )
        self.confirm_button.setEnabled(self.selected_waiting() is not None)
        self.limit_button.setEnabled(
            summary is not None and summary.admin and self.balances.selected_key() is not None
        )

    def selected_waiting(self) -> CreditMove | None:
        """The selected waiting transfer, if it is mine to confirm."""
        key = self.waiting.selected_key()
        credits = self.credits
        if credits is None or key is None:
            return None
        return next((m for m in credits.waiting if m.id == key and m.receiver == credits.me), None)

    # -- acting --

    def _give(self) -> None:
        credits = self.credits
        state = self._state
        if credits is None or state is None or self._sync is None:
            return
        me = next(b for b in credits.balances if b.member_id == credits.me)
        people = [(b.member_id, b.name) for b in credits.balances if b.member_id != credits.me]
        form = GiveForm(people, me.can_give, self)
        if form.exec() != GiveForm.DialogCode.Accepted:
            return
        to, minutes, memo = form.choice()
        self.give(to, minutes, memo)

    def give(self, to: str, minutes: int, memo: str) -> None:
        """Send a transfer (what the dialog's Give does)."""
        if self._sync is None or self._state is None:
            return
        self.status.setText(self.tr("Sending…"))
        self._sync.give_time_credits(
            self._state.space,
            to,
            minutes,
            memo,
            on_done=lambda _e: self._done(self.tr("Sent: it counts once they confirm.")),
            on_failed=self._failed,
            owner=self,
        )

    def _confirm(self) -> None:
        move = self.selected_waiting()
        if move is None or self._sync is None or self._state is None:
            return
        self._sync.confirm_time_credits(
            self._state.space,
            move.id,
            on_done=lambda _e: self._done(self.tr("Confirmed: thank you.")),
            on_failed=self._failed,
            owner=self,
        )

    def _set_limit(self) -> None:
        key = self.balances.selected_key()
        credits = self.credits
        if key is None or credits is None or self._sync is None or self._state is None:
            return
        balance = next(b for b in credits.balances if b.member_id == key)
        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Set limit"),
            self.tr("How many minutes below zero may %1 go?").replace("%1", balance.name),
            balance.limit,
            0,
            1_000_000,
            30,
        )
        if ok:
            self._sync.set_credit_limit(
                self._state.space,
                key,
                minutes,
                on_done=lambda _r: self._done(self.tr("Limit set.")),
                on_failed=self._failed,
                owner=self,
            )

    def _done(self, message: str) -> None:
        self.status.setText(message)
        self._ask()


def _balance_row(b: CreditBalance) -> KeyedRow:
    return KeyedRow(b.member_id, (b.name, str(b.balance), str(b.limit), str(max(0, b.can_give))))


def _history_row(m: CreditMove) -> KeyedRow:
    when = m.confirmed_at.date().isoformat() if m.confirmed_at is not None else ""
    return KeyedRow(m.id, (when, m.payer_name, m.receiver_name, str(m.minutes), m.memo))
