"""The Needs review screen: in one community, values two people changed at the same time (choose one to keep),
ledger entries, votes and records the rules set aside, changes refused on receipt, and stored copies that did
not load (which community, and what to do).

What needs review comes from the sync service (`ServiceClient.reviews`, kept current by its events); names of
members and records come from the community's `CommunityState`. Keeping a value is one command
(`resolve_conflict`); the service checks it is still a choice and that the community's rules allow it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.community_state import CommunityState
from commons_desktop.screen import ScreenContext
from commons_desktop.service.values import CommunityReview
from commons_desktop.widgets.community_picker import CommunityPicker
from commons_desktop.widgets.screen_layout import lay_out_screen, named, styled_label
from sync.community import Conflict, ConflictWrite

from .review_text import (
    ahead_text,
    conflict_title,
    load_problem_details,
    load_problem_text,
    refused_text,
    set_aside_text,
    write_text,
)

__all__ = ["ReviewView"]

SCREEN = "review"  # this screen's name in commons_desktop.screens
SENTENCES_SHOWN = 50
"""The most set-aside items listed as sentences: a label each, and a community with thousands of them (issue
18's benchmark) spent seconds of the Qt loop laying them out again after every frame of members."""


class ReviewView(QWidget):
    sig_shown = Signal()  # the lists were drawn again

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = context.sync
        self._events = context.events
        self._state: CommunityState | None = None
        self.keep_buttons: list[tuple[Conflict, ConflictWrite, QPushButton]] = []
        self.community_choice = CommunityPicker(self._sync, self.tr("Which community's review to show"))
        self.summary = styled_label("", "subheading", wrap=True)
        self.status = styled_label("", "muted", wrap=True)
        self.status.setAccessibleName(self.tr("What happened"))
        self._lists = QWidget()
        self._lists_layout = QVBoxLayout(self._lists)
        self._lists_layout.setContentsMargins(0, 0, 8, 0)
        self._lists_layout.setSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._lists)
        named(scroll, self.tr("Things to review"), self.tr("Everything in this community that needs a look"))
        body = QVBoxLayout()
        body.addWidget(self.community_choice, 0, Qt.AlignmentFlag.AlignLeft)
        body.addWidget(self.summary)
        body.addWidget(self.status)
        body.addWidget(scroll, 1)
        lay_out_screen(
            self,
            self.tr("Needs review"),
            self.tr(
                "What in your community needs a person to look at it: values changed by two people at once, "
                "payments and votes the rules did not count, changes that were refused or are dated in the "
                "future, and copies that did not load."
            ),
            body,
        )
        # Drawn once per turn of the loop: a join brings members and reviews in many frames, each a change. Not
        # held back while hidden: the sidebar, Home's card and other windows' tests read what it lists.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._render)
        self.community_choice.sig_chosen.connect(self._chosen)
        self._events.sig_review_requested.connect(self.show_community)
        if self._sync is not None:
            self._sync.sig_reviews_changed.connect(self._reviews_changed)
        self._render()

    # -- the screen's life --

    def load(self) -> None:
        self.community_choice.reload()

    def clear(self) -> None:
        self.community_choice.forget()
        self.status.clear()
        self._render()

    def show_community(self, space: str) -> None:
        """Open this screen on *space* (Home's "N things need review in …")."""
        self.community_choice.choose(space)
        self._events.sig_screen_requested.emit(SCREEN)

    # -- following the service --

    def _reviews_changed(self) -> None:
        total = self._sync.total_to_review() if self._sync is not None else 0
        self._events.sig_screen_count_changed.emit(SCREEN, total)
        self._render_soon()

    def _render_soon(self, *_args: object) -> None:
        self._soon.start()

    def _chosen(self, state: CommunityState | None) -> None:
        if self._state is not None:
            self._state.sig_loaded.disconnect(self._render_soon)
            self._state.sig_members_changed.disconnect(self._render_soon)
        self._state = state
        if state is not None:
            state.sig_loaded.connect(self._render_soon)
            state.sig_members_changed.connect(self._render_soon)
        self.status.clear()
        self._render()

    def _review(self) -> CommunityReview | None:
        space = self.community_choice.space
        if self._sync is None or space is None:
            return None
        return self._sync.reviews.get(space, CommunityReview(space))

    def _me(self) -> str:
        """My member id in the community shown ("" when unknown)."""
        space = self.community_choice.space
        found = [c.member_id for c in (self._sync.communities if self._sync else ()) if c.space == space]
        return found[0] if found else ""

    def _name(self) -> str:
        return (self._state.name if self._state is not None else "") or self.tr("this community")

    # -- drawing --

    def _render(self, *_args: object) -> None:
        while (item := self._lists_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.keep_buttons = []
        review = self._review()
        unopened = [r for r in (self._sync.reviews.values() if self._sync else ()) if not r.opened]
        if review is not None:
            self._add_conflicts(review)
            self._add_set_aside(review)
            self._add_refused(review)
            self._add_ahead(review)
        self._add_load_problems(review, unopened)
        self._lists_layout.addStretch(1)
        self.summary.setText(self._summary_text(review, unopened))
        self.sig_shown.emit()

    def _summary_text(self, review: CommunityReview | None, unopened: list[CommunityReview]) -> str:
        if self._sync is None:
            return self.tr("Sync is not running, so there is nothing to review.")
        if review is None:
            if unopened:
                return self.tr("A community stored on this computer could not be opened.")
            return self.tr("You are not part of a community yet, so there is nothing to review.")
        if not review.count:
            return self.tr("Nothing needs review in {name}.").format(name=self._name())
        return self.tr("%n thing(s) need review in {name}.", "", review.count).format(name=self._name())

    def _section(self, title: str, intro: str) -> QVBoxLayout:
        box = QFrame()
        box.setObjectName("card")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(styled_label(title, "subheading"))
        layout.addWidget(styled_label(intro, "muted", wrap=True))
        self._lists_layout.addWidget(box)
        return layout

    def _sentence(self, layout: QVBoxLayout, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(text)
        layout.addWidget(label)
        return label

    def _add_conflicts(self, review: CommunityReview) -> None:
        if not review.conflicts:
            return
        layout = self._section(
            self.tr("Changed by two people at once"),
            self.tr(
                "These were changed on two computers before they synced, so each copy holds both values. "
                "Choose the one to keep: everyone's copy then shows it."
            ),
        )
        for conflict in review.conflicts:
            title = conflict_title(self._state, conflict)
            heading = QLabel(title)
            heading.setWordWrap(True)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setAccessibleName(title)
            layout.addSpacing(4)
            layout.addWidget(heading)
            for write in conflict.writes:
                layout.addLayout(self._keep_row(review.space, conflict, write, title))

    def _keep_row(self, space: str, conflict: Conflict, write: ConflictWrite, title: str) -> QHBoxLayout:
        row = QHBoxLayout()
        text = write_text(self._state, conflict, write, self._me())
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAccessibleName(text)
        button = QPushButton(self.tr("Keep this one"))
        named(
            button,
            self.tr("Keep this one: {value}").format(value=text),
            self.tr("Keep this value of {field} and replace the other").format(field=title),
        )
        button.clicked.connect(lambda: self._keep(space, conflict, write))
        row.addWidget(label, 1)
        row.addWidget(button)
        self.keep_buttons.append((conflict, write, button))
        return row

    def _keep(self, space: str, conflict: Conflict, write: ConflictWrite) -> None:
        if self._sync is None:
            return
        for shown, _write, button in self.keep_buttons:
            if shown.path == conflict.path:
                button.setEnabled(False)
        self.status.setText(self.tr("Keeping the value you chose…"))
        self._sync.resolve_conflict(
            space,
            conflict.path,
            write.write_id,
            on_done=lambda _none: self.status.setText(
                self.tr("Kept. The other members see it once they sync.")
            ),
            on_failed=self._keep_failed,
            owner=self,
        )

    def _keep_failed(self, reason: str) -> None:
        self.status.setText(self.tr("Could not keep it: {reason}").format(reason=reason))
        self._render()

    def _add_set_aside(self, review: CommunityReview) -> None:
        if not review.set_aside:
            return
        layout = self._section(
            self.tr("Not counted by the community's rules"),
            self.tr(
                "These payments, votes or records are kept in the community, but the rules leave them out of "
                "balances and results. Talk to the person named if something looks wrong."
            ),
        )
        me = self._me()
        for item in review.set_aside[:SENTENCES_SHOWN]:
            self._sentence(layout, set_aside_text(self._state, item, me))
        if (more := len(review.set_aside) - SENTENCES_SHOWN) > 0:
            self._sentence(layout, self.tr("…and %n more not listed here.", "", more))

    def _add_refused(self, review: CommunityReview) -> None:
        if not review.refused:
            return
        layout = self._section(
            self.tr("Changes that were refused"),
            self.tr(
                "Someone's computer sent changes they are not allowed to make. They were not applied on "
                "this computer."
            ),
        )
        for item in review.refused:
            self._sentence(layout, refused_text(self._state, item.member_id, item.reason, self._me()))

    def _add_ahead(self, review: CommunityReview) -> None:
        if not review.ahead:
            return
        layout = self._section(
            self.tr("Changes dated in the future"),
            self.tr(
                "Someone's computer sent changes dated later than now: its clock may be wrong. They are not "
                "applied until then, so they cannot hold back what everyone else writes meanwhile."
            ),
        )
        for item in review.ahead:
            self._sentence(layout, ahead_text(self._state, item.member_id, item.reason, self._me()))

    def _add_load_problems(self, review: CommunityReview | None, unopened: list[CommunityReview]) -> None:
        damaged = [review] if review is not None and review.load_problem else []
        if not damaged and not unopened:
            return
        layout = self._section(
            self.tr("Stored copies that did not load"),
            self.tr("What is stored on this computer could not be read as it was."),
        )
        for item, name in [(r, self._name()) for r in damaged] + [(r, "") for r in unopened]:
            self._sentence(layout, load_problem_text(item, name))
            details = styled_label(load_problem_details(item), "muted", wrap=True)
            details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details.setAccessibleName(details.text())
            layout.addWidget(details)
