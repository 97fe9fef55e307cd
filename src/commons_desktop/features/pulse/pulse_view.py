"""The Wellbeing pulse screen: in one community, the rounds (newest first) with how many answered and, once
everyone on a round did, the averages; answering privately; an admin opens a round or reruns one that not
everyone finished.

Rounds come from the community's `CommunityState`; every write is one typed command on the `ServiceClient`
(the service keeps the answers in the encrypted store and publishes only a key and a masked post)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from commons_desktop.community_state import CommunityState
from commons_desktop.labels import plain_date
from commons_desktop.screen import ScreenContext
from commons_desktop.widgets.community_picker import CommunityPicker
from commons_desktop.widgets.screen_layout import lay_out_screen, named, styled_label
from sync.community import PulseInstrument, PulseRound
from sync.community.pulse_rounds import Outcome, PulseStatus, pulse_statuses

from .answer_form import AnswerForm
from .open_form import OpenRoundForm
from .pulse_text import instrument_title, result_lines, standing

__all__ = ["PulseView"]

_LIVE = (Outcome.JOINING, Outcome.POSTING)
_FOLLOWED = ("sig_loaded", "sig_pulse_rounds_changed", "sig_pulse_rounds_removed", "sig_members_changed")


class PulseView(QWidget):
    sig_shown = Signal()  # the rounds were drawn again

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = context.sync
        self._state: CommunityState | None = None
        self.round_buttons: dict[tuple[str, str], QPushButton] = {}  # (round id, what) → its button
        self.community_choice = CommunityPicker(
            self._sync, self.tr("Which community's well-being rounds to show")
        )
        self.summary = styled_label("", "subheading", wrap=True)
        self.status = styled_label("", "muted", wrap=True)
        self.status.setAccessibleName(self.tr("What happened"))
        self.answer_form = AnswerForm()
        self.open_form = OpenRoundForm()
        self.open_form.hide()
        self.new_round_button = QPushButton(self.tr("Open a new round…"))
        named(
            self.new_round_button,
            self.tr("Open a new round"),
            self.tr("Ask people who agreed to take part how they are doing"),
        )
        self.new_round_button.setCheckable(True)
        self.new_round_button.hide()
        self._closing = QTimer(self)  # draws again when an open round closes
        self._closing.setSingleShot(True)
        self._closing.timeout.connect(self._render)
        self._rounds = QWidget()
        self._rounds_layout = QVBoxLayout(self._rounds)
        self._rounds_layout.setContentsMargins(0, 0, 8, 0)
        self._rounds_layout.setSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._rounds)
        named(scroll, self.tr("Well-being rounds"), self.tr("Every round in this community, newest first"))
        body = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.community_choice)
        top.addStretch(1)
        top.addWidget(self.new_round_button)
        body.addLayout(top)
        body.addWidget(self.summary)
        body.addWidget(self.status)
        body.addWidget(self.answer_form)
        body.addWidget(scroll, 1)
        lay_out_screen(
            self,
            self.tr("Wellbeing pulse"),
            self.tr(
                "How the neighbourhood is doing, without anyone's own answers ever leaving their computer: "
                "only averages, and only when at least five people answered."
            ),
            body,
        )
        self.community_choice.sig_chosen.connect(self._chosen)
        self.answer_form.sig_send.connect(self._send_answers)
        self.answer_form.sig_cancel.connect(self.answer_form.hide)
        self.open_form.sig_open.connect(self._open_round)
        self.new_round_button.toggled.connect(self._render)
        self._render()

    # -- the screen's life --

    def load(self) -> None:
        self.community_choice.reload()

    def clear(self) -> None:
        self.community_choice.forget()
        self.status.clear()
        self.answer_form.hide()
        self._render()
        self._closing.stop()

    def _chosen(self, state: CommunityState | None) -> None:
        for sig in _FOLLOWED if self._state is not None else ():
            getattr(self._state, sig).disconnect(self._render)
        self._state = state
        for sig in _FOLLOWED if state is not None else ():
            getattr(state, sig).connect(self._render)
        self.status.clear()
        self.answer_form.hide()
        self._render()

    def _me(self) -> tuple[str, bool]:
        """My member id in the community shown and whether I am one of its admins."""
        summary = self.community_choice.summary
        return (summary.member_id, summary.admin) if summary is not None else ("", False)

    # -- drawing --

    def _render(self, *_args: object) -> None:
        while (item := self._rounds_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None and widget is not self.open_form:
                widget.hide()  # at once: the deletion waits for the event loop
                widget.deleteLater()
        self.round_buttons = {}
        state = self._state
        rounds = state.pulse_rounds if state is not None else {}
        me, admin = self._me()
        self.new_round_button.setVisible(state is not None and admin)
        opening = state is not None and admin and self.new_round_button.isChecked()
        if state is not None and opening:
            self.open_form.set_members(state.members)
            self._rounds_layout.addWidget(self.open_form)
        self.open_form.setVisible(opening)  # after it is in the layout: a parentless shown widget is a window
        now = dt.datetime.now(dt.UTC)
        statuses = pulse_statuses(rounds, now)
        self._wake_at_next_closing(statuses, now)
        for status in sorted(statuses.values(), key=lambda s: (s.round.opens_at, s.round.id), reverse=True):
            self._rounds_layout.addWidget(self._card(status, me))
        self._rounds_layout.addStretch(1)
        self.summary.setText(self._summary_text(statuses))
        self.sig_shown.emit()

    def _wake_at_next_closing(self, statuses: dict[str, PulseStatus], now: dt.datetime) -> None:
        closing = [s.round.closes_at for s in statuses.values() if s.outcome in _LIVE]
        self._closing.stop()
        if closing:
            wait = min(closing) - now
            self._closing.start(int(min(max(wait.total_seconds(), 1.0), 6 * 3600.0) * 1000))

    def _summary_text(self, statuses: dict[str, PulseStatus]) -> str:
        if self._sync is None:
            return self.tr("Sync is not running, so there are no well-being rounds to show.")
        if self._state is None:
            return self.tr("You are not part of a community yet.")
        if not statuses:
            return self.tr("No well-being rounds in this community yet.")
        live = sum(1 for s in statuses.values() if s.outcome in _LIVE)
        return (
            self.tr("%n round(s) open for answers.", "", live)
            if live
            else self.tr("No round is open just now.")
        )

    def _card(self, status: PulseStatus, me: str) -> QFrame:
        record = status.round
        box = QFrame()
        box.setObjectName("card")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(styled_label(instrument_title(record.instrument), "subheading"))
        self._line(layout, self._when(record), "muted")
        self._line(layout, standing(status, me in record.roster), "")
        for line in result_lines(status) if status.outcome is Outcome.SHOWN else []:
            self._line(layout, line, "")
        self._my_part(layout, status, me)
        return box

    def _when(self, record: PulseRound) -> str:
        author = self._state.members.get(record.author) if self._state is not None else None
        return self.tr("Opened {opened} by {who} · closes {closes}").format(
            opened=plain_date(record.opens_at.astimezone().date()),
            who=author.name if author is not None else self.tr("someone"),
            closes=plain_date(record.closes_at.astimezone().date()),
        )

    def _line(self, layout: QVBoxLayout, text: str, style: str) -> None:
        label = QLabel(text) if not style else styled_label(text, "muted")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(text)
        layout.addWidget(label)

    def _my_part(self, layout: QVBoxLayout, status: PulseStatus, me: str) -> None:
        record = status.round
        _, admin = self._me()
        if admin and status.outcome is Outcome.INCOMPLETE:
            self._button(layout, record.id, "rerun", self.tr("Run it again without those who did not answer"))
        if me not in record.roster or status.outcome not in _LIVE:
            return
        if me in record.submissions:
            self._line(layout, self.tr("Your masked answers are in."), "muted")
        elif me not in record.keys:
            self._button(layout, record.id, "answer", self.tr("Answer privately…"))
        elif status.outcome is Outcome.POSTING:
            self._button(layout, record.id, "send", self.tr("Send my masked answers"))
        else:
            self._line(
                layout, self.tr("You answered. Your answers go out, masked, once everyone has."), "muted"
            )

    def _button(self, layout: QVBoxLayout, round_id: str, what: str, text: str) -> None:
        button = QPushButton(text)
        named(button, text, text)
        button.clicked.connect(lambda: self._act(round_id, what))
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.round_buttons[(round_id, what)] = button

    # -- acting --

    def _act(self, round_id: str, what: str) -> None:
        space, state = self.community_choice.space, self._state
        if self._sync is None or space is None or state is None or round_id not in state.pulse_rounds:
            return
        record = state.pulse_rounds[round_id]
        if what == "answer":
            self._ask(space, record)
            return
        self.round_buttons[(round_id, what)].setEnabled(False)
        if what == "send":
            self._sync.send_pulse_answers(
                space, round_id, self._done(self.tr("Sent.")), self._failed, owner=self
            )
        else:
            self._sync.rerun_pulse_round(
                space,
                round_id,
                self._done(self.tr("A new round is open for those who answered.")),
                self._failed,
                owner=self,
            )

    def _ask(self, space: str, record: PulseRound) -> None:
        """The answer form, filled with what I answered in the round this one reruns (if on this computer)."""
        if not record.rerun_of or self._sync is None:
            self.answer_form.ask(record)
            return
        self._sync.my_pulse_answers(
            space,
            record.rerun_of,
            lambda earlier: self.answer_form.ask(record, earlier),
            lambda _reason: self.answer_form.ask(record),
            owner=self,
        )

    def _send_answers(self, round_id: str, answers: tuple[int, ...]) -> None:
        space = self.community_choice.space
        if self._sync is None or space is None:
            return
        self.answer_form.send_button.setEnabled(False)
        self.status.setText(self.tr("Keeping your answers and sending them masked…"))

        def done(_none: None) -> None:
            self.answer_form.hide()
            self.status.setText(
                self.tr("Your answers are kept on this computer; only a masked form was shared.")
            )

        self._sync.answer_pulse(space, round_id, answers, done, self._answer_failed, owner=self)

    def _answer_failed(self, reason: str) -> None:
        self.answer_form.send_button.setEnabled(True)
        self._failed(reason)

    def _open_round(self, instrument: PulseInstrument, roster: tuple[str, ...], closes: dt.datetime) -> None:
        space = self.community_choice.space
        if self._sync is None or space is None:
            return
        self.new_round_button.setChecked(False)
        self._sync.open_pulse_round(
            space,
            instrument,
            roster,
            closes,
            self._done(self.tr("The round is open. The people on it see it once their computers sync.")),
            self._failed,
            owner=self,
        )

    def _done(self, text: str) -> Callable[[Any], None]:
        def done(_result: Any) -> None:
            self.status.setText(text)
            self._render()

        return done

    def _failed(self, reason: str) -> None:
        self.status.setText(self.tr("That did not work: {reason}").format(reason=reason))
        self._render()
