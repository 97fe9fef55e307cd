"""The Lending circles screen: the community's circles, each with who has yet to join, its schedule (per round
"Due on 3 Mar", "Waiting for Ben's payment", "Received, confirmed by Cat"), who receives next, the payments
waiting for my confirmation ("Confirm you received 20.00 EUR from Ana"), and my own record of completed circles
with the choice to show it on my card; **New circle…**, **Join this circle** and **Record my payment**.

The service counts the signed ledger and answers with `CircleInfo` values (the window holds no keys to check
it with); the screen asks again whenever the community's ledger, circles or members change.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.community_state import CommunityState
from commons_desktop.features.circles.circle_form import CircleForm, NewCircle
from commons_desktop.features.circles.circle_words import round_status, summary, waiting_lines
from commons_desktop.features.circles.confirm_panel import ConfirmPanel
from commons_desktop.features.circles.my_record import MyRecord
from commons_desktop.labels import plain_date
from commons_desktop.screen import ScreenContext
from commons_desktop.service.values import CircleInfo, CircleRound
from commons_desktop.widgets.community_picker import CommunityPicker, not_showing
from commons_desktop.widgets.screen_layout import lay_out_screen, named, styled_label
from commons_desktop.widgets.when_shown import WhenShown
from sync.community.ledger import format_amount

__all__ = ["CirclesView"]


class CirclesView(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = context.sync
        self._state: CommunityState | None = None
        self.circles: tuple[CircleInfo, ...] | None = None
        self.community_choice = CommunityPicker(
            self._sync, self.tr("Which community's lending circles to show")
        )
        self.new_button = QPushButton(self.tr("New circle…"))
        named(self.new_button, self.tr("New circle"), self.tr("Start a lending circle with neighbours"))
        self.circle_list = QListWidget()
        named(self.circle_list, self.tr("Circles"), self.tr("The community's lending circles"))
        self.summary = styled_label("", "subheading", wrap=True)
        named(self.summary, self.tr("Circle"), self.tr("Who receives next and when, or who has yet to join"))
        self.join_note = QLabel()
        self.join_note.setWordWrap(True)
        named(self.join_note, self.tr("Joining"), self.tr("What joining this circle means for you"))
        self.join_button = QPushButton(self.tr("Join this circle"))
        named(
            self.join_button,
            self.tr("Join this circle"),
            self.tr("Agree to pay in every round; nobody is in a circle without agreeing"),
        )
        self.to_confirm = ConfirmPanel()
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        named(
            self.waiting, self.tr("Waiting for"), self.tr("Rounds whose date has come that are not complete")
        )
        self.schedule = self._schedule_table()
        self.contribute_button = QPushButton(self.tr("Record my payment"))
        named(
            self.contribute_button,
            self.tr("Record my payment"),
            self.tr("Record that you paid the recipient of the earliest round you have not paid yet"),
        )
        self.record = MyRecord()
        self.status = QLabel()
        self.status.setWordWrap(True)
        named(self.status, self.tr("Status"), self.tr("What happened last"))
        self._lay_out()
        # Every ledger change (a busy community's join brings hundreds) would ask for every circle's schedule:
        # ask once per turn, and only while the screen shows.
        self._asker = WhenShown(self, self._ask_now)
        self.community_choice.sig_chosen.connect(self._set_state)
        self.circle_list.currentRowChanged.connect(lambda _row: self._show_circle())
        self.new_button.clicked.connect(self._new_circle)
        self.join_button.clicked.connect(self.join)
        self.to_confirm.sig_confirm.connect(self.confirm)
        self.contribute_button.clicked.connect(self.contribute)
        self.record.sig_show_changed.connect(self._show_on_card)
        self._show()

    def _schedule_table(self) -> QTableWidget:
        table = QTableWidget(0, 5)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Round"),
                self.tr("Date"),
                self.tr("Receives"),
                self.tr("Paid in"),
                self.tr("Where it stands"),
            ]
        )
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        named(
            table,
            self.tr("Schedule"),
            self.tr("Every round: its date, who receives, who paid in, where it stands"),
        )
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.community_choice)
        top.addStretch(1)
        top.addWidget(self.new_button)
        joining = QHBoxLayout()
        joining.addWidget(self.join_note, 1)
        joining.addWidget(self.join_button)
        detail = QVBoxLayout()
        detail.addWidget(self.summary)
        detail.addLayout(joining)
        detail.addWidget(self.to_confirm)
        detail.addWidget(self.waiting)
        detail.addWidget(self.schedule, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.contribute_button)
        detail.addLayout(actions)
        middle = QHBoxLayout()
        middle.addWidget(self.circle_list, 1)
        middle.addLayout(detail, 3)
        body = QVBoxLayout()
        body.addLayout(top)
        body.addLayout(middle, 1)
        body.addWidget(self.record)
        body.addWidget(self.status)
        lay_out_screen(
            self,
            self.tr("Lending circles"),
            self.tr(
                "Save together: each round everyone pays the same amount to one member, who confirms it;"
                " in turn each member receives once."
            ),
            body,
        )

    # -- the screen protocol --

    def load(self) -> None:
        self.community_choice.reload()

    def clear(self) -> None:
        self.community_choice.forget()
        self.circles = None
        self.status.clear()
        self._show()

    # -- reading --

    def _signals(self, state: CommunityState) -> tuple[object, ...]:
        return (
            state.sig_loaded,
            state.sig_ledger_changed,
            state.sig_circles_changed,
            state.sig_members_changed,
        )

    def _set_state(self, state: CommunityState | None) -> None:
        if state is self._state:
            return
        if self._state is not None:
            for signal in self._signals(self._state):
                signal.disconnect(self._ask)  # type: ignore[attr-defined]
        self._state = state
        self.circles = None
        if state is not None:
            for signal in self._signals(state):
                signal.connect(self._ask)  # type: ignore[attr-defined]
        self._ask()

    def _ask(self, *_args: object) -> None:
        state = self._state
        if self._sync is None or state is None or not state.loaded:
            self._show()
            return
        self._asker.request()

    def _ask_now(self) -> None:
        state = self._state
        if self._sync is None or state is None or not state.loaded:
            return
        self._sync.list_lending_circles(state.space, on_done=self._got, on_failed=self._failed, owner=self)

    def _got(self, circles: tuple[CircleInfo, ...]) -> None:
        self.circles = circles
        self._show()

    def _failed(self, error: str) -> None:
        self.status.setText(error)

    # -- showing --

    def _show(self) -> None:
        why = not_showing(self._sync, self._state)
        chosen = self.selected()
        self.circle_list.blockSignals(True)
        self.circle_list.clear()
        for circle in self.circles or ():
            item = QListWidgetItem(self._list_text(circle))
            item.setData(Qt.ItemDataRole.UserRole, circle.id)
            self.circle_list.addItem(item)
            if chosen is not None and circle.id == chosen.id:
                self.circle_list.setCurrentItem(item)
        if self.circle_list.currentRow() < 0 and self.circle_list.count():
            self.circle_list.setCurrentRow(0)
        self.circle_list.blockSignals(False)
        self.new_button.setEnabled(not why)
        if why or self.circles is None:
            self.summary.setText(why or self.tr("Counting the circles…"))
        elif not self.circles:
            self.summary.setText(self.tr("No lending circles yet. Start one with New circle…"))
        self._show_record()
        self._show_circle()

    def _list_text(self, circle: CircleInfo) -> str:
        every = self.tr("every %n day(s)", "", circle.period_days)
        line = f"{circle.name}\n{format_amount(circle.contribution_minor, circle.currency)}, {every}"
        if circle.may_join:
            return line + "\n" + self.tr("Waiting for you to join")
        if circle.to_confirm:
            return line + "\n" + self.tr("A payment to confirm")
        return line

    def selected(self) -> CircleInfo | None:
        item = self.circle_list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((c for c in self.circles or () if c.id == key), None)

    def _show_circle(self) -> None:
        circle = self.selected()
        if circle is None:
            for label in (self.join_note, self.waiting):
                label.clear()
                label.hide()
            self.join_button.hide()
            self.to_confirm.show_payments(())
            self.schedule.setRowCount(0)
            self.contribute_button.setEnabled(False)
            return
        today = dt.date.today()
        self.summary.setText(summary(circle, self._me()))
        self._show_joining(circle)
        self.to_confirm.show_payments(circle.to_confirm)
        self.waiting.setText("\n".join(waiting_lines(circle, today, self._me())))
        self.waiting.setVisible(bool(self.waiting.text()))
        self.schedule.setRowCount(len(circle.rounds))
        for r, row in enumerate(circle.rounds):
            for c, text in enumerate(self._cells(row, circle, today)):
                item = QTableWidgetItem(text)
                if c == 3:  # who paid in, by name, for whoever wants to look
                    item.setToolTip(", ".join(row.paid_in))
                self.schedule.setItem(r, c, item)
        self._show_contribute(circle)

    def _show_joining(self, circle: CircleInfo) -> None:
        self.join_button.setVisible(circle.may_join)
        self.join_note.setVisible(circle.may_join)
        if not circle.may_join:
            self.join_note.clear()
            return
        mine = next(r for r in circle.rounds if r.recipient == self._me())
        self.join_note.setText(
            self.tr("You are listed: you would pay %1 every %2 days and receive %3 in round %4 (%5).")
            .replace("%1", format_amount(circle.contribution_minor, circle.currency))
            .replace("%2", str(circle.period_days))
            .replace("%3", format_amount(circle.pot_minor, circle.currency))
            .replace("%4", str(mine.index + 1))
            .replace("%5", plain_date(mine.date))
        )

    def _show_contribute(self, circle: CircleInfo) -> None:
        k = self.my_next_round(circle)
        if k is None:
            self.contribute_button.setText(self.tr("Record my payment"))
            self.contribute_button.setEnabled(False)
            return
        self.contribute_button.setText(
            self.tr("Record my payment to %1 (round %2)")
            .replace("%1", circle.rounds[k].recipient_name)
            .replace("%2", str(k + 1))
        )
        self.contribute_button.setEnabled(True)

    def _cells(self, row: CircleRound, circle: CircleInfo, today: dt.date) -> list[str]:
        payers = len(circle.members) - 1
        paid_in = self.tr("%1 of %2").replace("%1", str(len(row.paid_in))).replace("%2", str(payers))
        return [
            str(row.index + 1),
            plain_date(row.date),
            self.tr("You") if row.recipient == self._me() else row.recipient_name,
            paid_in,
            round_status(row, circle, today, self._me()),
        ]

    def _show_record(self) -> None:
        me = self._state.members.get(self._me()) if self._state is not None else None
        self.record.show_record(self.circles or (), me.shows_circles if me is not None else None)

    def my_next_round(self, circle: CircleInfo) -> int | None:
        """The earliest round I pay into and have not (None if the circle is forming, I am not in it, or paid
        them all)."""
        return circle.my_round if circle.formed else None

    def _me(self) -> str:
        summary = self.community_choice.summary
        return summary.member_id if summary is not None else ""

    # -- acting --

    def _new_circle(self) -> None:
        state = self._state
        if state is None:
            return
        people = sorted(((m.id, m.name) for m in state.members.values()), key=lambda p: p[1].casefold())
        form = CircleForm(people, self._me(), self)
        if form.exec() == CircleForm.DialogCode.Accepted and form.made is not None:
            self.make(form.made)

    def make(self, circle: NewCircle) -> None:
        """Send a new circle (what the dialog's Make circle does)."""
        if self._sync is None or self._state is None:
            return
        self._sync.add_lending_circle(
            self._state.space,
            circle.name,
            circle.member_ids,
            circle.contribution_minor,
            circle.currency,
            circle.period_days,
            circle.starts_on,
            on_done=lambda _id: self._done(self.tr("Circle made. Everyone listed is asked to join.")),
            on_failed=self._failed,
            owner=self,
        )

    def join(self) -> None:
        circle = self.selected()
        if circle is None or not circle.may_join or self._sync is None or self._state is None:
            return
        self._sync.join_circle(
            self._state.space,
            circle.id,
            on_done=lambda _e: self._done(self.tr("You joined “%1”.").replace("%1", circle.name)),
            on_failed=self._failed,
            owner=self,
        )

    def contribute(self) -> None:
        circle = self.selected()
        k = self.my_next_round(circle) if circle is not None else None
        if circle is None or k is None or self._sync is None or self._state is None:
            return
        self._sync.record_contribution(
            self._state.space,
            circle.id,
            k,
            on_done=lambda _e: self._done(
                self.tr("Your payment for round %1 is recorded. %2 confirms it when it reaches them.")
                .replace("%1", str(k + 1))
                .replace("%2", circle.rounds[k].recipient_name)
            ),
            on_failed=self._failed,
            owner=self,
        )

    def confirm(self, payment: str) -> None:
        """Confirm, as the round's recipient, that *payment* reached me."""
        if self._sync is None or self._state is None:
            return
        self._sync.confirm_circle_received(
            self._state.space,
            payment,
            on_done=lambda _e: self._done(self.tr("Confirmed. Thank you.")),
            on_failed=self._failed,
            owner=self,
        )

    def _show_on_card(self, show: bool) -> None:
        if self._sync is None or self._state is None:
            return
        said = (
            self.tr("Your card shows your completed circles.")
            if show
            else self.tr("Your card does not show them.")
        )
        self._sync.show_circles_on_card(
            self._state.space,
            show,
            on_done=lambda _none: self._done(said),
            on_failed=self._failed,
            owner=self,
        )

    def _done(self, message: str) -> None:
        self.status.setText(message)
        self._ask()
