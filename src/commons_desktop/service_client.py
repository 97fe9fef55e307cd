"""The window's side of the sync service: start it when a profile is unlocked, stop it on lock, ask it things,
hear its news. The only module of the window that knows the service protocol.

Every command is a typed method: `client.cast_vote(space, proposal, Choice.YES, on_done=…)`. The reply
arrives on the Qt thread, in the order the commands were sent, through *on_done(result)* or
*on_failed(reason)* — and not at all once the profile was locked meanwhile or the *owner* widget is gone (the
contract of the store's ops too). Nothing here blocks the Qt thread: the service process's one pipe thread
writes and reads, and hands replies and events over as queued signals.

Events are dispatched as they come (`sig_event`), never kept. A community's records go to its
`CommunityState` (`community(space)`), which the service keeps current record by record.
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from commons_desktop.community_state import KEYED_COLLECTIONS, CommunityState
from commons_desktop.service import protocol as p
from commons_desktop.service.process import ServiceError, SyncServiceProcess
from commons_desktop.service.values import (
    CircleInfo,
    CommunityReview,
    CommunitySummary,
    CommunityUpdate,
    FunderReportData,
    InviteIssued,
    NewsReport,
    PersonInfo,
    ProjectBooks,
    ProjectLedger,
    PurseReport,
    Repeat,
    ServiceStatus,
    SupportCircleInfo,
    SupportDelivery,
    SupportSent,
    TimeCredits,
)
from commons_desktop.support_state import SupportState
from sync.community import (
    AssetKind,
    Choice,
    EntryKind,
    Event,
    Location,
    ProjectStatus,
    PulseInstrument,
    Resolution,
    Role,
    Side,
    Urgency,
)
from sync.community.signed import LedgerEntry, Vote
from sync.engine import MembershipChanged, PeerConnected, PeerDisconnected, SupportRequested, SyncReport
from sync.support_circle import SupportShare

__all__ = ["Failed", "ServiceClient"]

R = TypeVar("R")
Done = Callable[[R], None] | None
Failed = Callable[[str], None] | None


class ServiceClient(QObject):
    sig_ready = Signal(str)  # this device's id, as shown
    sig_failed = Signal(str)  # the service did not start or stopped: a sentence for the status bar
    sig_command_failed = Signal(str)  # a command without its own failure handler failed
    sig_event = Signal(object)  # an event (sync.engine's PeerConnected, InSync, SupportRequested, …)
    sig_peers_changed = Signal(int)  # how many devices are connected
    sig_stopped = Signal()  # the service was stopped (the profile locked): what it was told no longer holds
    sig_communities_changed = Signal()  # `communities` changed (the service started, a community was made…)
    sig_membership_changed = Signal(str)  # a community's people changed (roles, devices, removals): its space
    # `sync_reports[space]` changed (a space's hex id; "" when all went)
    sig_sync_report_changed = Signal(str)
    sig_reviews_changed = Signal()  # `reviews` changed: what needs review in a community
    sig_signed_lines_kept = Signal(
        str
    )  # the service kept new or changed signed contribution lines: the space
    _sig_reply = Signal(int, object, object)  # generation, (on_done, on_failed, owner), reply
    _sig_event = Signal(int, object)  # generation, event
    _sig_ended = Signal(int)  # generation

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: SyncServiceProcess | None = None
        self._generation = 0  # bumped on stop: replies and events of an older service are dropped
        self._peers: set[str] = set()
        self._communities: dict[str, CommunityState] = {}
        # the communities this device holds: member of, or removed from but still keeping its copy
        self.communities: tuple[CommunitySummary, ...] = ()
        self.sync_reports: dict[str, SyncReport] = {}  # space (hex) -> its sync status, pushed by the service
        self._renamed: set[str] = set()  # communities listed again once their first copy arrived
        self.reviews: dict[
            str, CommunityReview
        ] = {}  # by space: what needs review (only where something does)
        self.port = 0  # where the running service listens for peers (0: not listening, or not running)
        self.support = SupportState(self)  # my requests' delivery, and requests of people I support
        self._sig_reply.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._sig_event.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)
        self._sig_ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)

    # -- life ------------------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._process is not None

    @property
    def process(self) -> SyncServiceProcess | None:
        return self._process

    def start(self, data_dir: Path, profile_id: str, key: bytes, *, local_only: bool = False) -> None:
        """Start the service for an unlocked profile; `sig_ready` or `sig_failed` follows. A *local_only*
        service (a guest's) refuses everything that would reach another device."""
        self.stop()
        generation = self._generation
        process = SyncServiceProcess(data_dir, profile_id, key, local_only=local_only)
        process.listeners.append(lambda event: self._sig_event.emit(generation, event))
        process.on_ended = lambda: self._sig_ended.emit(generation)
        try:
            process.launch()
        except OSError as exc:
            self.sig_failed.emit(self.tr("Sync is not running: %1").replace("%1", str(exc)))
            return
        self._process = process

    def stop(self, *, wait: bool = False) -> None:
        """Stop the service (in the background unless *wait*); forget what it told and what waits."""
        self._generation += 1
        process, self._process = self._process, None
        self._peers.clear()
        self._forget_reports()
        for state in self._communities.values():
            state.clear()
            state.deleteLater()
        self._communities.clear()
        if self.communities:
            self.communities = ()
            self.sig_communities_changed.emit()
        self.port = 0
        self.support.clear()
        if self.reviews:
            self.reviews = {}
            self.sig_reviews_changed.emit()
        if process is None:
            return
        self.sig_stopped.emit()
        if wait:
            process.stop()
        else:
            threading.Thread(target=process.stop, name="sync-service-stop", daemon=True).start()

    # -- asking ----------------------------------------------------------------------------------------------

    def _ask(self, command: p.Command[R], on_done: Done[R], on_failed: Failed, owner: QObject | None) -> None:
        process, generation = self._process, self._generation
        delivery = (on_done, on_failed, owner)
        if process is None:
            self._deliver(
                generation,
                delivery,
                p.Reply(0, False, error=self.tr("Sync is not running, so this cannot be done now.")),
            )
            return
        try:
            process.send(command, lambda reply: self._sig_reply.emit(generation, delivery, reply))
        except ServiceError as exc:
            self._deliver(generation, delivery, p.Reply(0, False, error=str(exc)))

    def _deliver(self, generation: int, delivery: object, reply: object) -> None:
        if generation != self._generation:
            return  # locked (or restarted) since it was asked
        assert isinstance(delivery, tuple)
        assert isinstance(reply, p.Reply)
        on_done, on_failed, owner = delivery
        if owner is not None and not shiboken6.isValid(owner):
            return  # the widget that asked is gone
        if reply.ok:
            if on_done is not None:
                on_done(reply.result)
        elif on_failed is not None:
            on_failed(reply.error)
        else:
            self.sig_command_failed.emit(reply.error)

    # -- hearing ---------------------------------------------------------------------------------------------

    def _dispatch(self, generation: int, event: object) -> None:
        if generation != self._generation:
            return
        if isinstance(event, p.Ready):
            self.port = event.port
            self.sig_ready.emit(event.device)
            self.refresh_communities()
            self._ask(p.ListSyncReports(), self._reports_listed, lambda _reason: None, None)
            self._ask(p.ListReviews(), self._reviews_listed, lambda _reason: None, None)
            self._ask(p.ListSupportCircles(), self.support.take_circles, lambda _reason: None, None)
            return
        if isinstance(event, p.SupportDeliveries):
            self.support.take_deliveries(event.deliveries)
            return
        if isinstance(event, p.SignedLinesKept):
            self.sig_signed_lines_kept.emit(event.space)
            return
        if isinstance(event, SupportRequested):
            self.support.request_arrived(event.space_id.hex(), event.at_ms, event.message)
        if isinstance(event, SyncReport):
            self._take_report(event)
            return
        if isinstance(event, CommunityReview):
            self._take_review(event)
            return
        if isinstance(event, CommunityUpdate):
            state = self._communities.get(event.space)
            if state is not None and state.loaded:
                state.apply(event)
                _settle(event)
            return
        if isinstance(event, MembershipChanged):
            self.refresh_communities()  # this device may have been removed, or made an admin
            self.sig_membership_changed.emit(event.space_id.hex())
        before = len(self._peers)
        if isinstance(event, PeerConnected):
            self._peers.add(str(event.peer))
        elif isinstance(event, PeerDisconnected):
            self._peers.discard(str(event.peer))
        if len(self._peers) != before:
            self.sig_peers_changed.emit(len(self._peers))
        self.sig_event.emit(event)

    def _ended(self, generation: int) -> None:
        if generation != self._generation:
            return  # stopped on purpose
        self._generation += 1
        self._process = None
        self._peers.clear()
        self._forget_reports()
        self.sig_failed.emit(self.tr("Sync is not running: the sync service stopped."))

    # -- sync status ----------------------------------------------------------------------------------------

    def sync_report(self, space: str) -> SyncReport | None:
        """What the service last said about syncing *space* (None: nothing yet)."""
        return self.sync_reports.get(space)

    def _reports_listed(self, reports: tuple[SyncReport, ...]) -> None:
        for report in reports:
            self._take_report(report)

    def _take_report(self, report: SyncReport) -> None:
        space = report.space_id.hex()
        before = self.sync_reports.get(space)
        if before != report:
            self.sync_reports[space] = report
            self.sig_sync_report_changed.emit(space)
        self._name_arrived()

    def _name_arrived(self) -> None:
        """A community listed before its first copy arrived has no name yet; once its report says the copy is
        here, list the communities again (once per community), so Home and the pickers show its name."""
        due = {
            c.space
            for c in self.communities
            if not c.name and (r := self.sync_reports.get(c.space)) is not None and r.has_document
        } - self._renamed
        if due:
            self._renamed |= due
            self.refresh_communities()

    def _forget_reports(self) -> None:
        self._renamed.clear()
        if self.sync_reports:
            self.sync_reports.clear()
            self.sig_sync_report_changed.emit("")

    # -- communities -----------------------------------------------------------------------------------------

    def community(self, space: str) -> CommunityState:
        """The state of a community, loaded once from the service and kept current from then on."""
        state = self._communities.get(space)
        if state is None:
            state = CommunityState(space, self)
            self._communities[space] = state

            def opened(first: CommunityUpdate) -> None:
                state.apply(first)
                _settle(first)

            self._ask(p.OpenCommunity(space), opened, None, state)
        return state

    def forget_community(self, space: str, *, tell_service: bool = True) -> None:
        """Stop following a community: the service sends no more of its updates and its state goes (a screen
        that asks for it again gets it whole)."""
        state = self._communities.pop(space, None)
        if state is None:
            return
        state.clear()
        state.deleteLater()
        if tell_service:
            self._ask(p.CloseCommunity(space), None, lambda _reason: None, None)

    def total_to_review(self) -> int:
        """How many things need review in all communities."""
        return sum(review.count for review in self.reviews.values())

    def _reviews_listed(self, found: tuple[CommunityReview, ...]) -> None:
        self.reviews = {review.space: review for review in found if review.count}
        self.sig_reviews_changed.emit()

    def _take_review(self, review: CommunityReview) -> None:
        if review.count:
            self.reviews[review.space] = review
        elif self.reviews.pop(review.space, None) is None:
            return
        self.sig_reviews_changed.emit()

    def refresh_communities(self) -> None:
        """Ask the service which communities this device is in; `sig_communities_changed` follows."""

        def listed(found: tuple[CommunitySummary, ...]) -> None:
            if found != self.communities:
                self.communities = found
                self.sig_communities_changed.emit()
            self._name_arrived()

        self._ask(p.ListCommunities(), listed, lambda _reason: None, None)

    def list_communities(
        self,
        on_done: Done[tuple[CommunitySummary, ...]],
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.ListCommunities(), on_done, on_failed, owner)

    def create_community(
        self,
        name: str,
        my_name: str,
        on_done: Done[str] = None,
        on_failed: Failed = None,
        *,
        relay: str = "",
        owner: QObject | None = None,
    ) -> None:
        """With a *relay* address the service first checks that the relay takes it; if not, nothing is made."""

        def created(space: str) -> None:
            self.refresh_communities()
            if on_done is not None:
                on_done(space)

        self._ask(p.CreateCommunity(name, my_name, relay), created, on_failed, owner)

    def set_my_name(
        self,
        space: str,
        name: str,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.SetMyName(space, name), on_done, on_failed, owner)

    def export_community(
        self, space: str, on_done: Done[str], on_failed: Failed = None, *, owner: QObject | None = None
    ) -> None:
        self._ask(p.ExportCommunity(space), on_done, on_failed, owner)

    def community_news(
        self, space: str, on_done: Done[NewsReport], on_failed: Failed = None, *, owner: QObject | None = None
    ) -> None:
        self._ask(p.CommunityNews(space), on_done, on_failed, owner)

    def mark_seen(
        self,
        space: str,
        heads: tuple[str, ...],
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.MarkSeen(space, heads), on_done, on_failed, owner)

    def add_asset(
        self,
        space: str,
        kind: AssetKind,
        title: str,
        *,
        category: str = "",
        area: str = "",
        description: str = "",
        steward: str = "",
        support_offered: str = "",
        how_used: str = "",
        location: Location | None = None,
        on_done: Done[str] = None,
        on_failed: Failed = None,
        owner: QObject | None = None,
    ) -> None:
        command = p.AddAsset(
            space, kind, title, category, area, description, steward, support_offered, how_used, location
        )
        self._ask(command, on_done, on_failed, owner)

    def edit_asset(
        self,
        space: str,
        asset: str,
        kind: AssetKind,
        title: str,
        *,
        category: str = "",
        area: str = "",
        description: str = "",
        steward: str = "",
        support_offered: str = "",
        how_used: str = "",
        location: Location | None = None,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        owner: QObject | None = None,
    ) -> None:
        command = p.EditAsset(
            space,
            asset,
            kind,
            title,
            category,
            area,
            description,
            steward,
            support_offered,
            how_used,
            location,
        )
        self._ask(command, on_done, on_failed, owner)

    def add_area(
        self,
        space: str,
        name: str,
        outline: tuple[Location, ...],
        on_done: Done[str] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Outline a new area on the community's map; *on_done* gets its id."""
        self._ask(p.AddArea(space, name, outline), on_done, on_failed, owner)

    def remove_area(
        self,
        space: str,
        area: str,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.RemoveArea(space, area), on_done, on_failed, owner)

    def rate_asset(
        self,
        space: str,
        asset: str,
        stars: int,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.RateAsset(space, asset, stars), on_done, on_failed, owner)

    def add_need_or_offer(
        self,
        space: str,
        side: Side,
        category: str,
        area: str,
        description: str,
        *,
        urgency: Urgency = Urgency.MEDIUM,
        asset_ids: tuple[str, ...] = (),
        expires_on: dt.date | None = None,
        on_done: Done[str] = None,
        on_failed: Failed = None,
        owner: QObject | None = None,
    ) -> None:
        command = p.AddNeedOrOffer(space, side, category, area, description, urgency, asset_ids, expires_on)
        self._ask(command, on_done, on_failed, owner)

    def close_need_or_offer(
        self,
        space: str,
        item: str,
        resolution: Resolution,
        *,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        owner: QObject | None = None,
    ) -> None:
        """Mark a need or offer met, or withdraw it (its author or an admin)."""
        self._ask(p.CloseNeedOrOffer(space, item, resolution), on_done, on_failed, owner)

    def start_gap_project(
        self,
        space: str,
        need_ids: tuple[str, ...],
        title: str,
        goal: str,
        metric: str,
        unit: str,
        target_value: int,
        stake_price_minor: int,
        currency: str,
        stakes_offered: int,
        bonus_percent: int,
        repay_by: dt.date,
        verifiers: tuple[str, ...] = (),
        verifiers_needed: int = 0,
        *,
        on_done: Done[str] = None,
        on_failed: Failed = None,
        owner: QObject | None = None,
    ) -> None:
        """Propose a project linked to a gap's needs; *on_done* gets the new project's id."""
        command = p.StartGapProject(
            space, need_ids, title, goal, metric, unit, target_value, stake_price_minor, currency,
            stakes_offered, bonus_percent, repay_by, verifiers, verifiers_needed,
        )  # fmt: skip
        self._ask(command, on_done, on_failed, owner)

    def set_open(
        self,
        space: str,
        item: str,
        is_open: bool,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.SetOpen(space, item, is_open), on_done, on_failed, owner)

    def add_event(
        self,
        space: str,
        title: str,
        starts_at: dt.datetime,
        ends_at: dt.datetime,
        time_zone: str,
        *,
        place: str = "",
        organiser: str = "",
        description: str = "",
        repeat: Repeat | None = None,
        on_done: Done[str] = None,
        on_failed: Failed = None,
        owner: QObject | None = None,
    ) -> None:
        command = p.AddEvent(
            space, title, starts_at, ends_at, time_zone, place, organiser, description, repeat
        )
        self._ask(command, on_done, on_failed, owner)

    def edit_event(
        self,
        space: str,
        event: Event,
        *,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        owner: QObject | None = None,
    ) -> None:
        """Change *event* (same id) to its fields as given; its author and creation time stay as they were."""
        rule = event.recurrence
        repeat = None if rule is None else Repeat(rule.frequency, rule.interval, rule.count, rule.until)
        command = p.EditEvent(
            space,
            event.id,
            event.title,
            event.starts_at,
            event.ends_at,
            event.time_zone,
            event.place,
            event.organiser,
            event.description,
            repeat,
            event.cancelled,
            event.moved,
        )
        self._ask(command, on_done, on_failed, owner)

    def import_events(
        self,
        space: str,
        ics: str,
        *,
        on_done: Done[int] = None,
        on_failed: Failed = None,
        owner: QObject | None = None,
    ) -> None:
        """Add the events of an .ics file's text; on_done gets how many (nothing is added if a line is bad)."""
        self._ask(p.ImportEvents(space, ics), on_done, on_failed, owner)

    def add_project(
        self,
        space: str,
        title: str,
        goal: str,
        metric: str,
        unit: str,
        target_value: int,
        stake_price_minor: int,
        currency: str,
        stakes_offered: int,
        bonus_percent: int,
        repay_by: dt.date,
        verifiers: tuple[str, ...] = (),
        verifiers_needed: int = 0,
        *,
        on_done: Done[str] = None,
        on_failed: Failed = None,
        owner: QObject | None = None,
    ) -> None:
        command = p.AddProject(
            space,
            title,
            goal,
            metric,
            unit,
            target_value,
            stake_price_minor,
            currency,
            stakes_offered,
            bonus_percent,
            repay_by,
            verifiers,
            verifiers_needed,
        )
        self._ask(command, on_done, on_failed, owner)

    def add_progress_report(
        self,
        space: str,
        project: str,
        value: int,
        note: str = "",
        on_done: Done[str] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.AddProgressReport(space, project, value, note), on_done, on_failed, owner)

    def set_project_status(
        self,
        space: str,
        project: str,
        status: ProjectStatus,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.SetProjectStatus(space, project, status), on_done, on_failed, owner)

    def add_lending_circle(
        self,
        space: str,
        name: str,
        member_ids: tuple[str, ...],
        contribution_minor: int,
        currency: str,
        period_days: int,
        starts_on: dt.date,
        *,
        on_done: Done[str] = None,
        on_failed: Failed = None,
        owner: QObject | None = None,
    ) -> None:
        command = p.AddLendingCircle(
            space, name, member_ids, contribution_minor, currency, period_days, starts_on
        )
        self._ask(command, on_done, on_failed, owner)

    def add_proposal(
        self,
        space: str,
        title: str,
        purpose: str,
        amount_minor: int,
        currency: str,
        deadline: dt.datetime,
        quorum: int,
        threshold_percent: int,
        *,
        sealed: bool = False,
        on_done: Done[str] = None,
        on_failed: Failed = None,
        owner: QObject | None = None,
    ) -> None:
        command = p.AddProposal(
            space, title, purpose, amount_minor, currency, deadline, quorum, threshold_percent, sealed
        )
        self._ask(command, on_done, on_failed, owner)

    def cast_vote(
        self,
        space: str,
        proposal: str,
        choice: Choice,
        on_done: Done[Vote] = None,
        on_failed: Failed = None,
        *,
        reason: str = "",
        owner: QObject | None = None,
    ) -> None:
        """My vote; *reason* only with "no". On a proposal whose results stay hidden the service seals it."""
        self._ask(p.CastVote(space, proposal, choice, reason), on_done, on_failed, owner)

    # --- wellbeing pulse ---

    def open_pulse_round(
        self,
        space: str,
        instrument: PulseInstrument,
        roster: tuple[str, ...],
        closes_at: dt.datetime,
        on_done: Done[str] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.OpenPulseRound(space, instrument, roster, closes_at), on_done, on_failed, owner)

    def answer_pulse(
        self,
        space: str,
        round_id: str,
        answers: tuple[int, ...],
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.AnswerPulse(space, round_id, answers), on_done, on_failed, owner)

    def send_pulse_answers(
        self,
        space: str,
        round_id: str,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.SendPulseAnswers(space, round_id), on_done, on_failed, owner)

    def rerun_pulse_round(
        self,
        space: str,
        round_id: str,
        on_done: Done[str] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.RerunPulseRound(space, round_id), on_done, on_failed, owner)

    def my_pulse_answers(
        self,
        space: str,
        round_id: str,
        on_done: Done[tuple[int, ...]] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.MyPulseAnswers(space, round_id), on_done, on_failed, owner)

    def record_entry(
        self,
        space: str,
        kind: EntryKind,
        amount_minor: int,
        unit: str,
        *,
        counterparty: str = "",
        ref: str = "",
        round: int | None = None,
        memo: str = "",
        on_done: Done[LedgerEntry] = None,
        on_failed: Failed = None,
        owner: QObject | None = None,
    ) -> None:
        command = p.RecordEntry(space, kind, amount_minor, unit, counterparty, ref, round, memo)
        self._ask(command, on_done, on_failed, owner)

    def set_role(
        self,
        space: str,
        member: str,
        role: Role,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.SetRole(space, member, role), on_done, on_failed, owner)

    def list_people(
        self,
        space: str,
        on_done: Done[tuple[PersonInfo, ...]],
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.ListPeople(space), on_done, on_failed, owner)

    def remove_from_community(
        self,
        space: str,
        member: str,
        on_done: Done[int] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.RemoveFromCommunity(space, member), on_done, on_failed, owner)

    def leave_community(
        self,
        space: str,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Delete this device's copy of a community (the demo town too); the screens stop following it."""

        def left(_: None) -> None:
            # Screens let go of its state first (they follow `communities`), then the state goes.
            self.communities = tuple(c for c in self.communities if c.space != space)
            self.sig_communities_changed.emit()
            if self.sync_reports.pop(space, None) is not None:
                self.sig_sync_report_changed.emit(space)
            if self.reviews.pop(space, None) is not None:
                self.sig_reviews_changed.emit()
            self.forget_community(space, tell_service=False)
            self.refresh_communities()
            if on_done is not None:
                on_done(None)

        self._ask(p.LeaveCommunity(space), left, on_failed, owner)

    def open_demo(
        self, on_done: Done[str] = None, on_failed: Failed = None, *, owner: QObject | None = None
    ) -> None:
        """The demo town (made on first use, kept on this computer only); *on_done* gets its space."""

        def opened(space: str) -> None:
            self.refresh_communities()
            if on_done is not None:
                on_done(space)

        self._ask(p.OpenDemo(), opened, on_failed, owner)

    def set_credit_limit(
        self,
        space: str,
        member: str,
        minutes: int,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.SetCreditLimit(space, member, minutes), on_done, on_failed, owner)

    # -- the network and invites ----------------------------------------------------------------------------

    def status(
        self, on_done: Done[ServiceStatus], on_failed: Failed = None, *, owner: QObject | None = None
    ) -> None:
        self._ask(p.Status(), on_done, on_failed, owner)

    def add_peer(
        self,
        host: str,
        port: int,
        on_done: Done[str] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.AddPeer(host, port), on_done, on_failed, owner)

    def set_discovery(
        self,
        interfaces: tuple[str, ...],
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.SetDiscovery(interfaces), on_done, on_failed, owner)

    def invite(
        self,
        space: str,
        on_done: Done[InviteIssued],
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.Invite(space), on_done, on_failed, owner)

    def join(
        self,
        code: str,
        via: str = "",
        on_done: Done[str] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        def joined(space: str) -> None:
            self.refresh_communities()
            if on_done is not None:
                on_done(space)

        self._ask(p.Join(code, via), joined, on_failed, owner)

    def remove_member(
        self,
        space: str,
        device: str,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.RemoveMember(space, device), on_done, on_failed, owner)

    def set_relay(
        self,
        space: str,
        address: str,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.SetRelay(space, address), on_done, on_failed, owner)

    # -- support circles -------------------------------------------------------------------------------------

    def list_support_circles(
        self,
        on_done: Done[tuple[SupportCircleInfo, ...]],
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.ListSupportCircles(), on_done, on_failed, owner)

    def create_support_circle(
        self,
        supporter: str,
        on_done: Done[str] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.CreateSupportCircle(supporter), on_done, on_failed, owner)

    def publish_shares(
        self, on_done: Done[int] = None, on_failed: Failed = None, *, owner: QObject | None = None
    ) -> None:
        self._ask(p.PublishShares(), on_done, on_failed, owner)

    def revoke_support_circle(
        self,
        space: str,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.RevokeSupportCircle(space), on_done, on_failed, owner)

    def request_support(
        self,
        message: str,
        on_done: Done[SupportSent] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.RequestSupport(message), on_done, on_failed, owner)

    def set_support_circle_label(
        self,
        space: str,
        label: str,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.SetSupportCircleLabel(space, label), on_done, on_failed, owner)

    def mark_request_seen(
        self,
        space: str,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        def marked(result: None) -> None:
            self.support.seen(space)
            if on_done is not None:
                on_done(result)

        self._ask(p.MarkRequestSeen(space), marked, on_failed, owner)

    def list_support_deliveries(
        self,
        on_done: Done[tuple[SupportDelivery, ...]],
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.ListSupportDeliveries(), on_done, on_failed, owner)

    def view_share(
        self,
        space: str,
        on_done: Done[SupportShare | None],
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.ViewShare(space), on_done, on_failed, owner)

    def set_support_relay(
        self,
        address: str,
        on_done: Done[int] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.SetSupportRelay(address), on_done, on_failed, owner)

    def resolve_conflict(
        self,
        space: str,
        path: str,
        keep: str,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Settle a conflict by keeping one of its values (a `ConflictWrite.write_id`)."""
        self._ask(p.ResolveConflict(space, path, keep), on_done, on_failed, owner)

    def set_stake_price(
        self,
        space: str,
        project: str,
        stake_price_minor: int,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self._ask(p.SetStakePrice(space, project, stake_price_minor), on_done, on_failed, owner)

    # --- projects and stakes ---

    def project_accounts(
        self,
        space: str,
        *,
        on_done: Done[tuple[ProjectBooks, ...]] = None,
        on_failed: Failed = None,
        owner: QObject | None = None,
    ) -> None:
        """Each project's money as the ledger's rules count it (stakes sold, money in, repayments due)."""
        self._ask(p.ProjectAccounts(space), on_done, on_failed, owner)

    def project_history(
        self,
        space: str,
        project: str,
        *,
        on_done: Done[ProjectLedger] = None,
        on_failed: Failed = None,
        owner: QObject | None = None,
    ) -> None:
        """One project's newest accepted ledger entries (newest first, capped) and how many there are."""
        self._ask(p.ProjectHistory(space, project), on_done, on_failed, owner)

    def buy_stakes(
        self,
        space: str,
        project: str,
        stakes: int,
        *,
        on_done: Done[LedgerEntry] = None,
        on_failed: Failed = None,
        owner: QObject | None = None,
    ) -> None:
        """Buy stakes at the project's price and terms (a signed entry; refused with the reason if it would not
        count)."""
        self._ask(p.BuyStakes(space, project, stakes), on_done, on_failed, owner)

    def record_repayment(
        self,
        space: str,
        project: str,
        stakeholder: str,
        amount_minor: int,
        memo: str = "",
        *,
        on_done: Done[LedgerEntry] = None,
        on_failed: Failed = None,
        owner: QObject | None = None,
    ) -> None:
        """As the project's steward, repay a stakeholder (refused beyond principal plus any bonus due)."""
        self._ask(
            p.RecordRepayment(space, project, stakeholder, amount_minor, memo), on_done, on_failed, owner
        )

    def confirm_target(
        self,
        space: str,
        project: str,
        value: int,
        note: str = "",
        *,
        on_done: Done[LedgerEntry] = None,
        on_failed: Failed = None,
        owner: QObject | None = None,
    ) -> None:
        """As one of the project's named verifiers, sign that it met its target (at *value*, with a note)."""
        self._ask(p.ConfirmTarget(space, project, value, note), on_done, on_failed, owner)

    # --- the common purse and votes ---

    def purse_overview(
        self,
        space: str,
        on_done: Done[PurseReport] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """The purse and every proposal's tally with my vote's state, as the service judges them."""
        self._ask(p.PurseOverview(space), on_done, on_failed, owner)

    def build_report(
        self,
        space: str,
        start: dt.date,
        end: dt.date,
        project: str = "",
        on_done: Done[FunderReportData] = None,
        on_failed: Failed = None,
        *,
        payments: bool = False,
        owner: QObject | None = None,
    ) -> None:
        """A funder report for *start*…*end* (inclusive), for the whole community or one *project*; each money
        entry with who paid it only with *payments*."""
        self._ask(p.BuildReport(space, start, end, project, payments), on_done, on_failed, owner)

    def withdraw_from_purse(
        self,
        space: str,
        proposal: str,
        memo: str = "",
        on_done: Done[LedgerEntry] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Pay out a proposal that passed (refused, storing nothing, when the ledger rules would not count it)."""
        self._ask(p.WithdrawFromPurse(space, proposal, memo), on_done, on_failed, owner)

    # -- time credits ---------------------------------------------------------------------------------------

    def list_time_credits(
        self,
        space: str,
        on_done: Done[TimeCredits] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Balances, the transfers waiting for their receiver and the confirmed ones, as the rules count them."""
        self._ask(p.ListTimeCredits(space), on_done, on_failed, owner)

    def give_time_credits(
        self,
        space: str,
        to: str,
        minutes: int,
        memo: str = "",
        on_done: Done[LedgerEntry] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """A signed transfer of *minutes* to *to*; it counts once *to* confirms it."""
        self._ask(p.GiveTimeCredits(space, to, minutes, memo), on_done, on_failed, owner)

    def confirm_time_credits(
        self,
        space: str,
        transfer: str,
        on_done: Done[LedgerEntry] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Confirm, as its receiver, a transfer waiting for me (a signed confirmation)."""
        self._ask(p.ConfirmTimeCredits(space, transfer), on_done, on_failed, owner)

    # -- lending circles ------------------------------------------------------------------------------------

    def list_lending_circles(
        self,
        space: str,
        on_done: Done[tuple[CircleInfo, ...]] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Every lending circle with its schedule, as the ledger's rules count it."""
        self._ask(p.ListLendingCircles(space), on_done, on_failed, owner)

    def record_contribution(
        self,
        space: str,
        circle: str,
        round: int,
        on_done: Done[LedgerEntry] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """My contribution to a round of a circle, paid to its recipient (a signed ledger entry of the circle's
        amount)."""
        self._ask(p.RecordContribution(space, circle, round), on_done, on_failed, owner)

    def join_circle(
        self,
        space: str,
        circle: str,
        on_done: Done[LedgerEntry] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Agree to a circle that lists me (a signed entry of its contribution)."""
        self._ask(p.JoinCircle(space, circle), on_done, on_failed, owner)

    def confirm_circle_received(
        self,
        space: str,
        contribution: str,
        on_done: Done[LedgerEntry] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Confirm, as its round's recipient, that a contribution reached me (a signed confirmation)."""
        self._ask(p.ConfirmCircleReceived(space, contribution), on_done, on_failed, owner)

    def show_circles_on_card(
        self,
        space: str,
        show: bool,
        on_done: Done[None] = None,
        on_failed: Failed = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Whether my card in the community shows how many lending circles I completed."""
        self._ask(p.ShowCirclesOnCard(space, show), on_done, on_failed, owner)


def _settle(update: CommunityUpdate) -> None:
    """After a frame of many records: leave what is alive now out of the garbage collector's full passes.

    A community's records live as long as the window follows it, and each full pass of Python's cyclic
    collector walks every object: with a 10,000-asset community one pass stalled the window for about 50 ms.
    The records hold no cycles, so the ones replaced later are still freed at once by reference counting."""
    records = update.records
    if sum(len(getattr(records, c)) for c in KEYED_COLLECTIONS) + len(records.ledger) >= 100:
        gc.freeze()
