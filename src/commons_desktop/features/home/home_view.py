"""The Home screen: today's check-in, the plan at a glance, supporters, recent contributions and sync status.

Everything on it comes from one read on the store's worker thread (`_summary`), so opening Home costs one
round trip and the Qt thread never waits on SQLite. Each card has a button that opens the screen it sums up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from commons_desktop.labels import duration, long_date, money, plain_date, section_title
from commons_desktop.screen import ScreenContext
from commons_desktop.support_words import at, delivery_line, request_line
from commons_desktop.widgets.screen_layout import lay_out_screen, styled_label
from store import CheckIn, Contribution, ContributionKind, PlanSection, ProfileSession

from .demo_card import DemoCard

RECENT_CONTRIBUTIONS = 5
GLANCE_ITEMS = 3
GENTLE_NOTE_AFTER_DAYS = 3  # a few days without a check-in: a kind word on Home, never a count of days missed


@dataclass(frozen=True)
class HomeSummary:
    today: dt.date
    checkin: CheckIn | None
    last_checkin_day: dt.date | None
    section_counts: dict[PlanSection, int]
    glance: list[str]  # the first items of the daily plan, else of the toolbox
    supporters: list[tuple[str, int]]  # name, how many sections they see
    recent: list[Contribution]
    minutes_this_month: int


def _summary(session: ProfileSession, today: dt.date) -> HomeSummary:
    plan = session.plan.by_section()
    glance_from = plan.get(PlanSection.DAILY_PLAN) or plan.get(PlanSection.TOOLBOX) or []
    month_start = today.replace(day=1)
    totals = session.contributions.totals(month_start, today)
    return HomeSummary(
        today=today,
        checkin=session.checkins.on(today),
        last_checkin_day=session.checkins.latest_day(),
        section_counts={section: len(items) for section, items in plan.items()},
        glance=[item.text for item in glance_from[:GLANCE_ITEMS]],
        supporters=[(s.name, len(s.sections)) for s in session.supporters.list()],
        recent=session.contributions.list()[:RECENT_CONTRIBUTIONS],
        minutes_this_month=sum(v for (kind, _), v in totals.items() if kind is ContributionKind.HOURS),
    )


class _Card(QFrame):
    """A titled card with a body label and one button that opens the screen behind it."""

    def __init__(
        self, title: str, button: str | None = None, button_tip: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = styled_label(title, "subheading")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAccessibleName(title)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        self.button: QPushButton | None = None
        if button is not None:
            self.button = QPushButton(button)
            self.button.setAccessibleName(button.replace("&", ""))
            self.button.setToolTip(button_tip)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_note(self, note: QLabel) -> None:
        """A line under the body (before the button)."""
        self._layout.insertWidget(2, note)

    def add_button(self, button: QPushButton) -> None:
        """Another button under the card's own."""
        self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

    def on_click(self, slot: Callable[[], None]) -> None:
        assert self.button is not None
        self.button.clicked.connect(slot)

    def show_text(self, text: str) -> None:
        self.body.setText(text)
        self.body.setAccessibleDescription(text)


class HomeView(QWidget):
    sig_loaded = Signal()

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = context.runner
        events = context.events
        self.date_label = styled_label("", "muted")
        self.checkin_card = _Card(
            self.tr("Today"), self.tr("&Check in"), self.tr("Open today's check-in (Ctrl+3)")
        )
        self.gentle_note = styled_label("", "muted", wrap=True)
        self.gentle_note.setAccessibleName(self.tr("A note about checking in"))
        self.gentle_note.hide()
        self.checkin_card.add_note(self.gentle_note)
        self.plan_card = _Card(
            self.tr("Your plan"), self.tr("Open the &plan"), self.tr("Open your plan (Ctrl+2)")
        )
        self.supporters_card = _Card(
            self.tr("Supporters"),
            self.tr("Open &support network"),
            self.tr("Choose what your supporters see, and invite them (Ctrl+5)"),
        )
        self.need_support_button = QPushButton(self.tr("I &need support…"))
        self.need_support_button.setAccessibleName(self.tr("I need support"))
        self.need_support_button.setToolTip(
            self.tr("Tell everyone you share your plan with that you need support")
        )
        self.need_support_button.clicked.connect(lambda: events.sig_need_support_requested.emit())
        self.supporters_card.add_button(self.need_support_button)
        self.contributions_card = _Card(
            self.tr("What you gave"),
            self.tr("Open &contributions"),
            self.tr("Open the list of your contributions (Ctrl+4)"),
        )
        self.demo_card = DemoCard(context.sync, events)
        self.sync_card = _Card(
            self.tr("Sync"),
            self.tr("&About syncing"),
            self.tr("What is synced, with whom, and what leaves this computer"),
        )
        # Each card opens the screen it sums up (by its name in commons_desktop.screens); Sync opens About.
        self.checkin_card.on_click(lambda: events.sig_screen_requested.emit("checkin"))
        self.plan_card.on_click(lambda: events.sig_screen_requested.emit("plan"))
        self.contributions_card.on_click(lambda: events.sig_screen_requested.emit("contributions"))
        self.supporters_card.on_click(lambda: events.sig_screen_requested.emit("support"))
        self.sync_card.on_click(lambda: events.sig_about_requested.emit())
        self._sync = context.sync
        self._events = events
        self.review_card = _Card(
            self.tr("Needs review"),
            self.tr("&Review"),
            self.tr("Open what needs review in your community"),
        )
        self.review_card.on_click(self._open_review)
        self.review_card.hide()  # only when something needs review
        self.support_card = _Card(
            self.tr("Support"),
            self.tr("Open suppor&t"),
            self.tr("Where your request for support stands, and who asked you for support"),
        )
        self.support_card.on_click(lambda: events.sig_screen_requested.emit("support"))
        self.support_card.hide()  # only while a request is on its way, or someone asked me

        grid = QGridLayout()
        grid.setSpacing(14)
        grid.addWidget(self.checkin_card, 0, 0)
        grid.addWidget(self.plan_card, 0, 1)
        grid.addWidget(self.contributions_card, 1, 0)
        grid.addWidget(self.supporters_card, 1, 1)
        grid.addWidget(self.sync_card, 2, 0, 1, 2)
        grid.addWidget(self.review_card, 3, 0, 1, 2)
        grid.addWidget(self.demo_card, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        cards = QWidget()
        column = QVBoxLayout(cards)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.date_label)
        column.addWidget(self.support_card)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea()  # cards keep their full text; the page scrolls when they do not fit
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(cards)
        body = QVBoxLayout()
        body.addWidget(scroll)
        lay_out_screen(
            self,
            self.tr("Home"),
            self.tr("Your day at a glance. Only what you choose to share leaves this computer, encrypted."),
            body,
        )
        self.set_sync_status(self.tr("Not syncing: nothing leaves this computer."))
        # Home sums up the other screens: it reads again whenever one of them changed the store.
        for changed in (
            events.sig_checkin_saved,
            events.sig_plan_changed,
            events.sig_contributions_changed,
            events.sig_supporters_changed,
        ):
            changed.connect(self.load)
        events.sig_sync_status_changed.connect(self.set_sync_status)
        if self._sync is not None:
            self._sync.sig_reviews_changed.connect(self.show_reviews)
            self._sync.sig_communities_changed.connect(self.show_reviews)
            self._sync.support.sig_deliveries_changed.connect(self.show_support)
            self._sync.support.sig_requests_changed.connect(self.show_support)

    # -- loading --

    def load(self, today: dt.date | None = None) -> None:
        day = today or dt.date.today()
        self._runner.with_session(lambda session: _summary(session, day), self._show, owner=self)

    def clear(self) -> None:
        """Drop everything personal (on lock)."""
        self.date_label.clear()
        self.gentle_note.clear()
        self.gentle_note.hide()
        for card in self._cards():
            card.show_text("")
        self.demo_card.clear()
        self.support_card.show_text("")
        self.support_card.hide()
        self.set_sync_status(self.tr("Not syncing: nothing leaves this computer."))

    def set_sync_status(self, text: str) -> None:
        self.sync_card.show_text(text)

    def show_support(self) -> None:
        """My latest request for support, supporter by supporter, and the requests of people I support that I
        have not marked seen (both from the sync service, live); no card when there is neither."""
        support = self._sync.support if self._sync is not None else None
        lines = []
        if support is not None and support.deliveries:
            asked = max(d.asked_at for d in support.deliveries)
            lines.append(self.tr("You asked for support {time}:").format(time=at(asked)))
            lines += ["  " + delivery_line(d) for d in support.deliveries]
        if support is not None:
            for space, request in support.requests.items():
                lines.append(request_line(support.labels.get(space, ""), request))
                lines.append("  " + self.tr("Open Support → People I support to see it and mark it seen."))
        self.support_card.show_text("\n".join(lines))
        self.support_card.setVisible(bool(lines))

    def show_reviews(self) -> None:
        """A line per community with something to review (from the sync service), or no card at all."""
        reviews = self._review_spaces()
        names = {c.space: c.name for c in self._sync.communities} if self._sync is not None else {}
        lines = [
            self.tr("%n thing(s) need review in {community}.", "", review.count).format(
                community=names.get(space) or self.tr("a community that did not open")
            )
            for space, review in reviews
        ]
        self.review_card.show_text("\n".join(lines))
        self.review_card.setVisible(bool(lines))

    def _review_spaces(self) -> list[tuple[str, Any]]:
        if self._sync is None:
            return []
        return [(space, review) for space, review in self._sync.reviews.items() if review.count]

    def _open_review(self) -> None:
        reviews = self._review_spaces()
        if reviews:
            self._events.sig_review_requested.emit(reviews[0][0])
        else:
            self._events.sig_screen_requested.emit("review")

    def _cards(self) -> tuple[_Card, ...]:
        return (self.checkin_card, self.plan_card, self.supporters_card, self.contributions_card)

    def _show(self, summary: HomeSummary) -> None:
        self.date_label.setText(long_date(summary.today))
        self.checkin_card.show_text(self._checkin_text(summary))
        note = self._gentle_note(summary)
        self.gentle_note.setText(note)
        self.gentle_note.setVisible(bool(note))
        button = self.checkin_card.button
        assert button is not None
        button.setText(self.tr("&Change today's check-in") if summary.checkin else self.tr("&Check in"))
        button.setAccessibleName(button.text().replace("&", ""))
        self.plan_card.show_text(self._plan_text(summary))
        self.supporters_card.show_text(self._supporters_text(summary))
        self.contributions_card.show_text(self._contributions_text(summary))
        self.sig_loaded.emit()

    def _checkin_text(self, summary: HomeSummary) -> str:
        checkin = summary.checkin
        if checkin is None:
            return self.tr("How are you today? A check-in takes a minute.")
        text = self.tr("You checked in today: mood {mood} of 10.").format(mood=checkin.mood)
        if checkin.tags:
            text += " " + self.tr("Tags: {tags}.").format(tags=", ".join(checkin.tags))
        return text

    def _gentle_note(self, summary: HomeSummary) -> str:
        """After a few quiet days, a kind word: no count, no catching up, no blame."""
        last = summary.last_checkin_day
        if (
            summary.checkin is not None
            or last is None
            or (summary.today - last).days < GENTLE_NOTE_AFTER_DAYS
        ):
            return ""
        return self.tr(
            "It has been a few days since your last check-in. That is all right. "
            "Whenever you like, a minute about today is enough; there is nothing to catch up on."
        )

    def _plan_text(self, summary: HomeSummary) -> str:
        filled = [(s, n) for s, n in summary.section_counts.items() if n]
        if not filled:
            return self.tr("Your plan is empty. Start with a few things that help you stay well.")
        lines = [
            self.tr("{count} of {total} sections filled in.").format(
                count=len(filled), total=len(PlanSection)
            )
        ]
        if summary.glance:
            lines.append(self.tr("Today: {items}").format(items="; ".join(summary.glance)))
        missing = [section_title(s) for s in PlanSection if not summary.section_counts.get(s)]
        if missing and len(missing) <= 3:
            lines.append(self.tr("Still empty: {sections}").format(sections=", ".join(missing)))
        return "\n".join(lines)

    def _supporters_text(self, summary: HomeSummary) -> str:
        if not summary.supporters:
            return self.tr("No supporters yet. People you trust can see the parts of your plan you choose.")
        return "\n".join(
            self.tr("{name} can see {count} of the {total} sections of your plan").format(
                name=name, count=count, total=len(PlanSection)
            )
            for name, count in summary.supporters
        )

    def _contributions_text(self, summary: HomeSummary) -> str:
        if not summary.recent:
            return self.tr("Nothing recorded yet. Hours you give, stakes and circle payments show here.")
        lines = []
        if summary.minutes_this_month:
            lines.append(
                self.tr("This month: {time} of your time.").format(time=duration(summary.minutes_this_month))
            )
        for c in summary.recent:
            amount = duration(c.amount_minor) if c.kind.measured_in_time else money(c.amount_minor, c.unit)
            what = c.counterparty or c.note or ""
            lines.append(f"{plain_date(c.day)} · {amount}" + (f" · {what}" if what else ""))
        return "\n".join(lines)
