"""The Lending circles screen: the community's circles, each with its schedule of contributions and payouts,
who takes the next pot, and a late round said plainly and without blame ("Ana's contribution for round 3 has
not been recorded yet"); **New circle…** and **Record my contribution**.

The service counts the signed ledger and answers with `CircleInfo` values (the window holds no keys to check
it with); the screen asks again whenever the community's ledger, circles or members change.
"""

from __future__ import annotations

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
from commons_desktop.screen import ScreenContext
from commons_desktop.service.values import CircleInfo, CircleRound
from commons_desktop.widgets.community_picker import CommunityPicker, not_showing
from commons_desktop.widgets.screen_layout import lay_out_screen, named, styled_label
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
        named(self.summary, self.tr("Circle"), self.tr("How much, how often, and who takes the next pot"))
        self.late = QLabel()
        self.late.setWordWrap(True)
        named(self.late, self.tr("Not recorded yet"), self.tr("Contributions whose round has passed"))
        self.schedule = QTableWidget(0, 6)
        self.schedule.setHorizontalHeaderLabels(
            [
                self.tr("Round"),
                self.tr("Date"),
                self.tr("Takes the pot"),
                self.tr("Paid in"),
                self.tr("Pot paid out"),
                self.tr("Not recorded yet"),
            ]
        )
        self.schedule.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.schedule.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.schedule.verticalHeader().hide()
        self.schedule.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.schedule.horizontalHeader().setStretchLastSection(True)
        named(
            self.schedule,
            self.tr("Schedule"),
            self.tr("Every round: its date, who takes the pot, who paid in"),
        )
        self.contribute_button = QPushButton(self.tr("Record my contribution"))
        named(
            self.contribute_button,
            self.tr("Record my contribution"),
            self.tr("Record that you paid in for the earliest round you have not paid yet"),
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        named(self.status, self.tr("Status"), self.tr("What happened last"))
        self._lay_out()
        self.community_choice.sig_chosen.connect(self._set_state)
        self.circle_list.currentRowChanged.connect(lambda _row: self._show_circle())
        self.new_button.clicked.connect(self._new_circle)
        self.contribute_button.clicked.connect(self.contribute)
        self._show()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.community_choice)
        top.addStretch(1)
        top.addWidget(self.new_button)
        detail = QVBoxLayout()
        detail.addWidget(self.summary)
        detail.addWidget(self.late)
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
        body.addWidget(self.status)
        lay_out_screen(
            self,
            self.tr("Lending circles"),
            self.tr(
                "Save together: each round everyone pays in the same amount and one member takes the pot."
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
            every = self.tr("every %n day(s)", "", circle.period_days)
            item = QListWidgetItem(
                f"{circle.name}\n{format_amount(circle.contribution_minor, circle.currency)}, {every}"
            )
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
        self._show_circle()

    def selected(self) -> CircleInfo | None:
        item = self.circle_list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((c for c in self.circles or () if c.id == key), None)

    def _show_circle(self) -> None:
        circle = self.selected()
        if circle is None:
            self.late.clear()
            self.schedule.setRowCount(0)
            self.contribute_button.setEnabled(False)
            return
        self.summary.setText(self._summary(circle))
        self.late.setText("\n".join(self._late_lines(circle)))
        self.schedule.setRowCount(len(circle.rounds))
        for r, row in enumerate(circle.rounds):
            for c, text in enumerate(self._cells(row, circle)):
                item = QTableWidgetItem(text)
                if c == 3:  # who paid in, by name, for whoever wants to look
                    item.setToolTip(", ".join(row.paid_in))
                self.schedule.setItem(r, c, item)
        self.contribute_button.setEnabled(self.my_next_round(circle) is not None)

    def _summary(self, circle: CircleInfo) -> str:
        pot = format_amount(circle.pot_minor, circle.currency)
        if circle.next_round is None:
            return self.tr(
                "Every round is paid out: each of the %n member(s) took a pot of %1.", "", len(circle.members)
            ).replace("%1", pot)
        nxt = circle.rounds[circle.next_round]
        return (
            self.tr("Next: round %1 on %2, %3 takes the pot of %4.")
            .replace("%1", str(nxt.index + 1))
            .replace("%2", nxt.date.isoformat())
            .replace("%3", nxt.recipient_name)
            .replace("%4", pot)
        )

    def _late_lines(self, circle: CircleInfo) -> list[str]:
        lines = []
        for row in circle.rounds:
            if row.late:
                for name in row.not_yet:
                    lines.append(
                        self.tr("%1's contribution for round %2 has not been recorded yet.")
                        .replace("%1", name)
                        .replace("%2", str(row.index + 1))
                    )
        return lines

    def _cells(self, row: CircleRound, circle: CircleInfo) -> list[str]:
        paid_in = (
            self.tr("%1 of %2").replace("%1", str(len(row.paid_in))).replace("%2", str(len(circle.members)))
        )
        return [
            str(row.index + 1),
            row.date.isoformat(),
            row.recipient_name,
            paid_in,
            self.tr("Yes") if row.paid_out else "",
            ", ".join(row.not_yet),
        ]

    def my_next_round(self, circle: CircleInfo) -> int | None:
        """The earliest round I have not paid into (None if I am not in the circle or paid them all)."""
        return circle.my_round

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
            on_done=lambda _id: self._done(self.tr("Circle made.")),
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
                self.tr("Your contribution for round %1 is recorded.").replace("%1", str(k + 1))
            ),
            on_failed=self._failed,
            owner=self,
        )

    def _done(self, message: str) -> None:
        self.status.setText(message)
        self._ask()
