"""A community's "What's new": what neighbours added or changed since I last looked, and what is coming up.

"New" is read by the sync service from the community's history since the heads this person last marked seen
(never from anyone's clock); the panel names records from the window's own copy (`CommunityState`). When the
person leaves the panel after it showed a report, exactly the heads of that report are marked seen, so what
arrived while they were reading stays new.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from commons_desktop.community_state import CommunityState
from commons_desktop.labels import plain_date
from commons_desktop.service.values import NewsReport
from commons_desktop.service_client import ServiceClient
from commons_desktop.widgets.screen_layout import named
from sync.community import CommunityView
from sync.community.news import News

__all__ = ["NewsPanel"]

REFRESH_MS = 400  # after a change arrives: one request for a burst of changes
MAX_LISTED = 8  # per section; the rest is counted


class NewsPanel(QWidget):
    sig_shown = Signal()  # a report is on screen (tests wait for it)

    def __init__(self, sync: ServiceClient | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self._state: CommunityState | None = None
        self._report: NewsReport | None = None
        self._unseen_shown = False  # a report was on screen since the last mark
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        named(
            self.text,
            self.tr("What's new"),
            self.tr("What neighbours added or changed since you last looked"),
        )
        self.seen_button = QPushButton(self.tr("Mark all as seen"))
        named(
            self.seen_button,
            self.tr("Mark all as seen"),
            self.tr("Start counting what is new from now (this also happens when you leave this tab)"),
        )
        self.seen_button.clicked.connect(self.mark_seen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.seen_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        self._show(None)

    # -- what the screen calls --

    def set_state(self, state: CommunityState | None) -> None:
        if state is self._state:
            return
        self.leave()
        if self._state is not None:
            for signal in _signals(self._state):
                signal.disconnect(self._soon)
        self._state = state
        self._report = None
        if state is not None:
            for signal in _signals(state):
                signal.connect(self._soon)
        self._show(None)
        self._soon()

    def leave(self) -> None:
        """The person moved away from the panel: what it showed is now seen."""
        if self._unseen_shown:
            self.mark_seen()

    def mark_seen(self) -> None:
        report = self._report
        if report is None or self._sync is None:
            return
        self._unseen_shown = False
        self._sync.mark_seen(report.space, report.heads, lambda _: self.refresh(), owner=self)

    def refresh(self) -> None:
        state = self._state
        if state is None or self._sync is None or not self._sync.running:
            return
        space = state.space
        self._sync.community_news(space, lambda report: self._got(space, report), self._failed, owner=self)

    # -- showing --

    def _soon(self, *_args: object) -> None:
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()

    def hideEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        self.leave()
        super().hideEvent(event)  # type: ignore[arg-type]

    def _got(self, space: str, report: NewsReport) -> None:
        if self._state is None or self._state.space != space:
            return  # another community was chosen meanwhile
        self._report = report
        self._show(report.news)
        if self.isVisible():
            self._unseen_shown = True
        self.sig_shown.emit()

    def _failed(self, reason: str) -> None:
        self.text.setPlainText(reason)

    def _show(self, news: News | None) -> None:
        self.seen_button.setEnabled(news is not None and not news.first_look and news.new_count > 0)
        if news is None or self._state is None:
            self.text.setHtml(_paragraph(self.tr("Nothing to show yet.")))
            return
        self.text.setHtml(self._html(news, self._state.view()))

    def _html(self, news: News, view: CommunityView) -> str:
        parts = [_heading(self.tr("Since you last looked"))]
        if news.first_look:
            parts.append(
                _paragraph(
                    self.tr(
                        "This is your first look. From now on, what your neighbours add or change shows up here."
                    )
                )
            )
        elif news.new_count == 0:
            parts.append(_paragraph(self.tr("Nothing new since you last looked.")))
        else:
            parts += self._new_sections(news, view)
        if needing := [_title(view.proposals, k) for k in news.needs_my_vote if k in view.proposals]:
            parts.append(_heading(self.tr("Needs my vote")))
            parts.append(
                self._section(self.tr("%n open proposal(s) you have not voted on", "", len(needing)), needing)
            )
        parts.append(_heading(self.tr("Coming up this week")))
        coming = self._coming_sections(news, view)
        parts += coming or [_paragraph(self.tr("Nothing in the next seven days."))]
        if news.review:
            parts.append(_heading(self.tr("Needs review")))
            parts.append(
                _paragraph(
                    self.tr("%n thing(s) in this community need(s) a person to decide.", "", news.review)
                )
            )
        return "".join(parts)

    def _new_sections(self, news: News, view: CommunityView) -> list[str]:
        def name(member_id: str) -> str:
            member = view.members.get(member_id)
            return member.name if member is not None else self.tr("someone")

        sections = [
            (self.tr("%n new neighbour(s)", "", len(news.members)), [name(m) for m in news.members]),
            (
                self.tr("%n new need(s)", "", len(news.needs)),
                [_need_line(view, key) for key in news.needs],
            ),
            (
                self.tr("%n new offer(s)", "", len(news.offers)),
                [_need_line(view, key) for key in news.offers],
            ),
            (
                self.tr("%n need(s) or offer(s) closed", "", len(news.met)),
                [_need_line(view, key) for key in news.met],
            ),
            (self.tr("%n new asset(s)", "", len(news.assets)), [_title(view.assets, k) for k in news.assets]),
            (self.tr("%n new event(s)", "", len(news.events)), [_title(view.events, k) for k in news.events]),
            (
                self.tr("%n project(s) started or moved on", "", len(news.projects)),
                [self._project_line(view, key) for key in news.projects],
            ),
            (
                self.tr("%n new proposal(s)", "", len(news.proposals)),
                [_title(view.proposals, k) for k in news.proposals],
            ),
        ]
        return [self._section(title, lines) for title, lines in sections if lines]

    def _coming_sections(self, news: News, view: CommunityView) -> list[str]:
        locale = QLocale()
        events = [
            self.tr("{title}, {when}").format(title=_title(view.events, key), when=_moment(start))
            for key, start in news.events_this_week
        ]
        closing = [
            self.tr("Vote on “{title}” — closes {when}").format(
                title=_title(view.proposals, key), when=_moment(view.proposals[key].deadline)
            )
            for key in news.proposals_closing
            if key in view.proposals
        ]
        contributions = [
            self.tr("Your contribution to “{circle}”, due {day}").format(
                circle=view.circles[due.circle_id].name if due.circle_id in view.circles else "",
                day=plain_date(due.due_on),
            )
            for due in news.contributions_due
        ]
        repayments = [
            self.tr("Repay stakeholders of “{project}”: {amount} {currency} by {day}").format(
                project=_title(view.projects, due.project_id),
                amount=locale.toString(due.outstanding_minor / 100, "f", 2),
                currency=due.currency,
                day=plain_date(due.due_by),
            )
            for due in news.repayments_due
        ]
        sections = [
            (self.tr("Events"), events),
            (self.tr("Proposals closing without your vote"), closing),
            (self.tr("Payments due"), contributions + repayments),
        ]
        return [self._section(title, lines) for title, lines in sections if lines]

    def _project_line(self, view: CommunityView, key: str) -> str:
        project = view.projects.get(key)
        if project is None:
            return ""
        return self.tr("{title} — now {status}").format(
            title=project.title, status=project.status.value.replace("_", " ")
        )

    def _section(self, title: str, lines: list[str]) -> str:
        shown = [line for line in lines if line][:MAX_LISTED]
        more = len(lines) - len(shown)
        items = "".join(f"<li>{html.escape(line)}</li>" for line in shown)
        if more > 0:
            and_more = self.tr("and %n more", "", more)
            items += f"<li>{html.escape(and_more)}</li>"
        return f"<p><b>{html.escape(title)}</b></p><ul>{items}</ul>"


def _signals(state: CommunityState) -> list[SignalInstance]:
    """What changes "what's new": records of every kind, the ledger and votes, conflicts and problems."""
    return [
        state.sig_loaded,
        state.sig_members_changed,
        state.sig_needs_offers_changed,
        state.sig_assets_changed,
        state.sig_events_changed,
        state.sig_projects_changed,
        state.sig_proposals_changed,
        state.sig_circles_changed,
        state.sig_ledger_changed,
        state.sig_votes_changed,
        state.sig_conflicts_changed,
        state.sig_problems_changed,
    ]


def _heading(text: str) -> str:
    return f"<h3>{html.escape(text)}</h3>"


def _paragraph(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def _title(records: Mapping[str, object], key: str) -> str:
    record = records.get(key)
    return str(getattr(record, "title", "")) if record is not None else ""


def _need_line(view: CommunityView, key: str) -> str:
    item = view.needs_offers.get(key)
    if item is None:
        return ""
    first_line = item.description.splitlines()[0] if item.description else ""
    place = ", ".join(part for part in (item.category, item.area) if part)
    return f"{first_line} ({place})" if place else first_line


def _moment(when: dt.datetime) -> str:
    """ "Today 18:00", "Tomorrow 14:00", else "Wed 9 Dec, 10:00" (in this computer's time zone and language)."""
    local = when.astimezone()
    days = (local.date() - dt.date.today()).days
    time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    translate = QCoreApplication.translate
    if days == 0:
        return translate("NewsPanel", "Today {time}").format(time=time)
    if days == 1:
        return translate("NewsPanel", "Tomorrow {time}").format(time=time)
    day = QLocale().toString(QDate(local.year, local.month, local.day), "ddd d MMM")
    return translate("NewsPanel", "{day}, {time}").format(day=day, time=time)
