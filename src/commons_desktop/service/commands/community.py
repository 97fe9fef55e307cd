"""Community commands: create and list communities, follow one's records, and what a member does in one.

Every write is an intent: the service fills in who (this device's member, from the membership log), when
(its clock), new ids, and for ledger entries and votes the device's signature. Peers check each of these on
receipt (sync.community.authority), so a write the rules refuse fails here first with the same reason.

`CommunityWatch` keeps, per community the window has opened, the view it last sent; after every change it
sends only the records that differ (`CommunityUpdate`), coalesced to one update per community per turn of
the loop, so a peer's change to one asset of 10,000 crosses the pipe as one record.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import secrets
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sync.community import (
    KEYED_COLLECTIONS,
    Asset,
    CommunityDocument,
    CommunityView,
    EntryKind,
    Event,
    Member,
    NeedOrOffer,
    ProgressReport,
    Project,
    Proposal,
    Recurrence,
    Role,
)
from sync.community.formats import export_json
from sync.community.signed import LedgerEntry, project_terms
from sync.membership import SpaceKind
from sync.spaces import voters_now

from ..protocol import (
    AddAsset,
    AddEvent,
    AddNeedOrOffer,
    AddProgressReport,
    AddProject,
    AddProposal,
    CloseCommunity,
    CreateCommunity,
    ExportCommunity,
    ListCommunities,
    OpenCommunity,
    RateAsset,
    RecordEntry,
    SetCreditLimit,
    SetMyName,
    SetOpen,
    SetProjectStatus,
    SetStakePrice,
    StartGapProject,
)
from ..values import CommunitySummary, CommunityUpdate
from . import handles
from .relay import reach_relay

if TYPE_CHECKING:
    from sync.engine import SyncEngine

    from ..core import Emit, Service

__all__ = ["CommunityWatch", "community_id", "diff", "new_project"]

# Collections keyed by id, in the view's order; the ledger and votes are lists (the votes are sent whole when
# they change, the ledger from its first changed entry on).
_ABSENT = object()


def diff(
    space: str, before: CommunityView, after: CommunityView, conflicts: tuple[Any, ...]
) -> CommunityUpdate:
    """The records of *after* that are new or differ from *before*, and those gone. Records the document did
    not re-read are the very objects of the last view, so most comparisons are one identity check."""
    changed: dict[str, Any] = {}  # collection → {key: record}
    removed: list[tuple[str, str]] = []
    for coll in KEYED_COLLECTIONS:
        old: dict[str, Any] = getattr(before, coll)
        new: dict[str, Any] = getattr(after, coll)
        if old is new:
            continue
        changed[coll] = {
            key: value
            for key, value in new.items()
            if (was := old.get(key, _ABSENT)) is not value and was != value
        }
        removed.extend((coll, key) for key in old.keys() - new.keys())
    ledger_from = _kept(before.ledger, after.ledger)
    ledger_changed = ledger_from != len(before.ledger) or len(after.ledger) != ledger_from
    # Receipts decide which votes count (sync.community.votes), so they travel with the votes.
    votes_changed = before.votes != after.votes or before.receipts != after.receipts
    records = CommunityView(
        name=after.name,
        **changed,
        ledger=after.ledger[ledger_from:] if ledger_changed else (),
        votes=after.votes if votes_changed else (),
        receipts=after.receipts if votes_changed else None,
        problems=after.problems,
    )
    return CommunityUpdate(
        space,
        False,
        records,
        tuple(sorted(removed)),
        ledger_changed,
        votes_changed,
        conflicts,
        ledger_from=ledger_from if ledger_changed else 0,
    )


def _kept(before: tuple[Any, ...], after: tuple[Any, ...]) -> int:
    """How many entries at the start of the ledger stay as they were: all of *before* when the change only
    appended (the usual case: entries are never edited), else those before the first that differs (a peer's
    entry made concurrently with ours lands before it, by Automerge's order). The document hands back the very
    entries it did not re-read, so the comparison is mostly identity checks."""
    if after[: len(before)] == before:
        return len(before)
    return next(
        (n for n, (was, now) in enumerate(zip(before, after, strict=False)) if was is not now and was != now),
        min(len(before), len(after)),
    )


def is_empty(update: CommunityUpdate) -> bool:
    records = update.records
    return not (
        update.removed
        or update.ledger_changed
        or update.votes_changed
        or any(getattr(records, coll) for coll in KEYED_COLLECTIONS)
    )


PAGE_RECORDS = (
    500  # records per update frame: a frame decodes in a few ms, so the window's loop never waits long
)


def pages(update: CommunityUpdate) -> list[CommunityUpdate]:
    """*update* cut into frames of at most `PAGE_RECORDS` records, to be applied in order: the first keeps
    `complete`, what was removed and the conflicts; then the ledger's entries (those that changed), in frames
    of their own; the votes (whole when they changed) with the last frame. Each ledger frame says where its
    entries go (`ledger_from`); the last frame of an update that changed the ledger always says it changed, so
    the window tells its screens once, when the ledger is whole again."""
    records = update.records
    chunks: list[dict[str, Any]] = [{}]  # collection → {key: record}
    size = 0
    for coll in PAGE_ORDER:
        for key, value in getattr(records, coll).items():
            if size == PAGE_RECORDS:
                chunks.append({})
                size = 0
            chunks[-1].setdefault(coll, {})[key] = value
            size += 1
    ledger = update.ledger_changed or (update.complete and bool(records.ledger))
    # (An empty receipts list differs from none: a community from before receipts judges votes by their date.)
    votes = update.votes_changed or (
        update.complete and (bool(records.votes) or records.receipts is not None)
    )
    slices = _ledger_slices(len(records.ledger), len(chunks), size) if ledger else {}
    for _ in range(len(chunks), max(slices, default=0) + 1):
        chunks.append({})
    out = []
    for n, chunk in enumerate(chunks):
        first, last = n == 0, n == len(chunks) - 1
        start, end = slices.get(n, (0, 0))
        view = CommunityView(
            name=records.name,
            **chunk,
            ledger=records.ledger[start:end],
            votes=records.votes if last and votes else (),
            receipts=records.receipts if last and votes else None,
            problems=records.problems,
        )
        out.append(
            CommunityUpdate(
                update.space,
                update.complete and first,
                view,
                update.removed if first else (),
                ledger and (n in slices or last) and not (first and update.complete),
                votes and last and not (first and update.complete),
                update.conflicts,
                more=not last,
                ledger_from=update.ledger_from + start if n in slices else update.ledger_from + end,
            )
        )
    return out


def _ledger_slices(entries: int, chunks: int, size: int) -> dict[int, tuple[int, int]]:
    """Frame index → the (start, end) of the ledger's entries it carries: after the records, in frames of at
    most PAGE_RECORDS, the first in the records' last frame when they leave room."""
    slices: dict[int, tuple[int, int]] = {}
    frame, room, start = chunks - 1, PAGE_RECORDS - size, 0
    if room <= 0 and entries:
        frame, room = frame + 1, PAGE_RECORDS
    while True:
        end = min(entries, start + room)
        slices[frame] = (start, end)
        if end >= entries:
            return slices
        frame, room, start = frame + 1, PAGE_RECORDS, end


PAGE_ORDER = ("assets", *(c for c in KEYED_COLLECTIONS if c != "assets"))  # the biggest screen's first


class CommunityWatch:
    """The communities the window follows, the view each was last sent, and the update frames still to send
    (one per turn of the loop, in order: a later change's update never overtakes an earlier one's)."""

    def __init__(self, engine: SyncEngine, emit: Emit) -> None:
        self._engine = engine
        self._emit = emit
        self._sent: dict[bytes, tuple[CommunityView, tuple[Any, ...]]] = {}
        self._due: set[bytes] = set()
        self._flush_handle: asyncio.Handle | None = None
        self._outbox: deque[tuple[bytes, CommunityUpdate]] = deque()
        self._send_handle: asyncio.Handle | None = None

    def open(self, space_id: bytes) -> CommunityUpdate:
        """The first frame of everything the community holds now; the others follow as events, right after the
        reply (nothing yet, just after a join: the document follows, and then all of it comes as updates)."""
        doc = self._engine.document(space_id)
        view = doc.view() if doc is not None else CommunityView(name="")
        conflicts = tuple(doc.conflicts()) if doc is not None else ()
        self._forget(space_id)
        self._sent[space_id] = (view, conflicts)
        first, *rest = pages(CommunityUpdate(space_id.hex(), True, view, conflicts=conflicts))
        self._post(space_id, rest)
        return first

    def close(self, space_id: bytes) -> None:
        self._forget(space_id)

    def _forget(self, space_id: bytes) -> None:
        self._sent.pop(space_id, None)
        self._due.discard(space_id)
        self._outbox = deque(item for item in self._outbox if item[0] != space_id)

    def changed(self, space_id: bytes) -> None:
        """A community's document changed: send what differs, once this turn of the loop is done."""
        if space_id not in self._sent:
            return
        self._due.add(space_id)
        if self._flush_handle is None:
            self._flush_handle = self._soon(self.flush)

    def flush(self) -> None:
        self._flush_handle = None
        due, self._due = self._due, set()
        for space_id in sorted(due):
            sent = self._sent.get(space_id)
            doc = self._engine.document(space_id)
            if sent is None or doc is None:
                continue
            view, conflicts = doc.view(), tuple(doc.conflicts())
            update = diff(space_id.hex(), sent[0], view, conflicts)
            self._sent[space_id] = (view, conflicts)
            if not is_empty(update) or conflicts != sent[1] or view.name != sent[0].name:
                self._post(space_id, pages(update))

    def _post(self, space_id: bytes, updates: list[CommunityUpdate]) -> None:
        self._outbox.extend((space_id, update) for update in updates)
        if self._outbox and self._send_handle is None:
            self._send_handle = self._soon(self._send_one)

    def _send_one(self) -> None:
        self._send_handle = None
        if self._outbox:
            self._emit(self._outbox.popleft()[1])
        if self._outbox:
            self._send_handle = self._soon(self._send_one)

    @staticmethod
    def _soon(call: Callable[[], None]) -> asyncio.Handle | None:
        try:
            return asyncio.get_running_loop().call_soon(call)
        except RuntimeError:  # no loop (a test driving the engine by hand): now
            call()
            return None

    def stop(self) -> None:
        for handle in (self._flush_handle, self._send_handle):
            if handle is not None:
                handle.cancel()
        self._flush_handle = self._send_handle = None
        self._sent.clear()
        self._due.clear()
        self._outbox.clear()


# --- helpers ------------------------------------------------------------------------------------------------


def _new_id() -> str:
    return secrets.token_hex(8)


def community_id(service: Service, text: str) -> bytes:
    space_id = service.space_id(text)
    space = service.engine.space(space_id)
    if space is None or space.kind is not SpaceKind.COMMUNITY:
        raise LookupError("that space is not a community")
    return space_id


def _write(service: Service, space_id: bytes, edit: Callable[[CommunityDocument], None]) -> None:
    space = service.engine.space(space_id)
    if space is not None and not space.is_member:
        raise PermissionError(
            "An admin removed you from this community: you keep what you had, but nothing you write here "
            "would reach anyone."
        )
    service.engine.change(space_id, edit)


def write_community(service: Service, space_id: bytes, edit: Callable[[CommunityDocument], None]) -> None:
    """Write to a community's document as this device's member (refused when removed from it)."""
    _write(service, space_id, edit)


def _me(service: Service, space_id: bytes) -> str:
    return service.engine.member_id(space_id)


def _require_member_record(service: Service, space_id: bytes) -> str:
    """My member id, once my member record is in the document (ratings and votes name a member)."""
    me = _me(service, space_id)
    doc = service.engine.document(space_id)
    if doc is None or me not in doc.view().members:
        raise LookupError("Add your name to this community first.")
    return me


def _require_admin(service: Service, space_id: bytes) -> None:
    space = service.engine.space(space_id)
    if space is None or not space.state.is_admin(service.engine.me.device_id):
        raise PermissionError("Only an admin of this community can do that.")


def _now(service: Service) -> dt.datetime:
    return service.engine.now()


# --- communities --------------------------------------------------------------------------------------------


@handles(CreateCommunity)
async def create_community(service: Service, command: CreateCommunity) -> str:
    relay = await reach_relay(service, command.relay) if command.relay.strip() else None
    space = service.engine.create_community(command.name)
    if relay is not None:
        service.engine.set_relay(space.id, relay)
    if command.my_name.strip():
        _put_member(service, space.id, command.my_name)
    return space.id.hex()


@handles(ListCommunities)
def list_communities(service: Service, _: ListCommunities) -> tuple[CommunitySummary, ...]:
    engine = service.engine
    out = []
    for space_id in engine.space_ids():
        space = engine.space(space_id)
        if space is None or space.kind is not SpaceKind.COMMUNITY:
            continue
        doc = engine.document(space_id)
        if not space.is_member and doc is None:
            continue  # removed before its document arrived: nothing to show
        out.append(
            CommunitySummary(
                space=space_id.hex(),
                name=doc.view().name if doc is not None else "",
                member_id=engine.member_id(space_id),
                admin=space.state.is_admin(engine.me.device_id),
                demo=service.demo.is_demo(space_id),
                removed=not space.is_member,
            )
        )
    return tuple(out)


@handles(OpenCommunity)
def open_community(service: Service, command: OpenCommunity) -> CommunityUpdate:
    return service.communities.open(community_id(service, command.space))


@handles(CloseCommunity)
def close_community(service: Service, command: CloseCommunity) -> None:
    service.communities.close(service.space_id(command.space))


@handles(ExportCommunity)
def export_community(service: Service, command: ExportCommunity) -> str:
    doc = service.engine.document(community_id(service, command.space))
    if doc is None:
        raise LookupError("this community's document has not arrived yet")
    return export_json(doc.view())


def _put_member(service: Service, space_id: bytes, name: str) -> None:
    me = _me(service, space_id)
    doc = service.engine.document(space_id)
    existing = doc.view().members.get(me) if doc is not None else None
    space = service.engine.space(space_id)
    admin = space is not None and space.state.is_admin(service.engine.me.device_id)
    member = (
        dataclasses.replace(existing, name=name)
        if existing is not None
        else Member(me, name, Role.ADMIN if admin else Role.MEMBER, joined_at=_now(service))
    )
    _write(service, space_id, lambda d: d.add_member(member))


@handles(SetMyName)
def set_my_name(service: Service, command: SetMyName) -> None:
    _put_member(service, community_id(service, command.space), command.name)


@handles(SetCreditLimit)
def set_credit_limit(service: Service, command: SetCreditLimit) -> None:
    space_id = community_id(service, command.space)
    _require_admin(service, space_id)
    _write(service, space_id, lambda d: d.set_credit_limit(command.member, command.minutes))


# --- assets, needs and offers, events -----------------------------------------------------------------------


@handles(AddAsset)
def add_asset(service: Service, command: AddAsset) -> str:
    space_id = community_id(service, command.space)
    asset = Asset(
        _new_id(),
        command.kind,
        command.title,
        _me(service, space_id),
        category=command.category,
        area=command.area,
        description=command.description,
        steward=command.steward,
        support_offered=command.support_offered,
        how_used=command.how_used,
        location=command.location,
        created_at=_now(service),
    )
    _write(service, space_id, lambda d: d.add_asset(asset))
    return asset.id


@handles(RateAsset)
def rate_asset(service: Service, command: RateAsset) -> None:
    space_id = community_id(service, command.space)
    me = _require_member_record(service, space_id)
    _write(service, space_id, lambda d: d.rate_asset(command.asset, me, command.stars))


@handles(AddNeedOrOffer)
def add_need_or_offer(service: Service, command: AddNeedOrOffer) -> str:
    space_id = community_id(service, command.space)
    item = NeedOrOffer(
        _new_id(),
        command.side,
        command.category,
        command.area,
        command.description,
        _me(service, space_id),
        urgency=command.urgency,
        asset_ids=command.asset_ids,
        created_at=_now(service),
        expires_on=command.expires_on,
    )
    if item.expires_on is not None and item.expires_on < item.created_at.date():
        raise ValueError("Expires: that day has already passed; choose today or a later day.")
    _write(service, space_id, lambda d: d.add_need_or_offer(item))
    return item.id


@handles(SetOpen)
def set_open(service: Service, command: SetOpen) -> None:
    space_id = community_id(service, command.space)
    _write(service, space_id, lambda d: d.set_open(command.item, command.open))


@handles(AddEvent)
def add_event(service: Service, command: AddEvent) -> str:
    space_id = community_id(service, command.space)
    repeat = command.repeat
    event = Event(
        _new_id(),
        command.title,
        command.starts_at,
        command.ends_at,
        command.time_zone,
        _me(service, space_id),
        place=command.place,
        organiser=command.organiser,
        description=command.description,
        recurrence=None
        if repeat is None
        else Recurrence(repeat.frequency, repeat.interval, repeat.count, repeat.until),
        created_at=_now(service),
    )
    _write(service, space_id, lambda d: d.add_event(event))
    return event.id


# --- projects, lending circles, the purse -------------------------------------------------------------------


def new_project(
    service: Service, space_id: bytes, terms: AddProject | StartGapProject, need_ids: tuple[str, ...] = ()
) -> Project:
    """A new project with *terms*, started now by this device's member (and meeting *need_ids*)."""
    return Project(
        _new_id(),
        terms.title,
        terms.goal,
        _me(service, space_id),
        terms.metric,
        terms.unit,
        terms.target_value,
        terms.stake_price_minor,
        terms.currency,
        terms.stakes_offered,
        terms.bonus_percent,
        terms.repay_by,
        created_at=_now(service),
        need_ids=need_ids,
        verifiers=_verifiers(service, space_id, terms.verifiers),
        verifiers_needed=terms.verifiers_needed,
    )


def _verifiers(service: Service, space_id: bytes, verifiers: tuple[str, ...]) -> tuple[str, ...]:
    """*verifiers*, each a member of the community (else a reason to give the person)."""
    doc = service.engine.document(space_id)
    members = doc.view().members if doc is not None else {}
    if any(v not in members for v in verifiers):
        raise LookupError("Verifiers: one of them is not a member of this community (any more).")
    return verifiers


@handles(AddProject)
def add_project(service: Service, command: AddProject) -> str:
    space_id = community_id(service, command.space)
    project = new_project(service, space_id, command)
    _write(service, space_id, lambda d: d.add_project(project))
    return project.id


@handles(AddProgressReport)
def add_progress_report(service: Service, command: AddProgressReport) -> str:
    space_id = community_id(service, command.space)
    report = ProgressReport(_new_id(), command.value, _now(service), _me(service, space_id), command.note)
    _write(service, space_id, lambda d: d.add_progress_report(command.project, report))
    return report.id


@handles(SetProjectStatus)
def set_project_status(service: Service, command: SetProjectStatus) -> None:
    space_id = community_id(service, command.space)
    _write(service, space_id, lambda d: d.set_project_status(command.project, command.status))


@handles(SetStakePrice)
def set_stake_price(service: Service, command: SetStakePrice) -> None:
    space_id = community_id(service, command.space)
    me = _me(service, space_id)
    _write(service, space_id, lambda d: d.set_stake_price(command.project, command.stake_price_minor, by=me))


@handles(AddProposal)
def add_proposal(service: Service, command: AddProposal) -> str:
    space_id = community_id(service, command.space)
    proposal = Proposal(
        _new_id(),
        command.title,
        command.purpose,
        _me(service, space_id),
        command.amount_minor,
        command.currency,
        command.deadline,
        command.quorum,
        command.threshold_percent,
        created_at=_now(service),
        voters=_voters(service, space_id),
        sealed=command.sealed,
    )
    _write(service, space_id, lambda d: d.add_proposal(proposal))
    return proposal.id


def _voters(service: Service, space_id: bytes) -> tuple[str, ...]:
    """A new proposal's voters: the members of the community's log as this device holds it now, the heads its
    change names (peers check the list against the log at those heads)."""
    space = service.engine.space(space_id)
    if space is None:
        raise LookupError("this device is not in that community")
    return voters_now(space.log)


def _project_terms(service: Service, space_id: bytes, kind: EntryKind, project_id: str) -> str:
    """For a stake: the digest of the project's money terms as this copy shows them (else "")."""
    if kind is not EntryKind.STAKE_BOUGHT:
        return ""
    doc = service.engine.document(space_id)
    project = doc.view().projects.get(project_id) if doc is not None else None
    return project_terms(project) if project is not None else ""


@handles(RecordEntry)
def record_entry(service: Service, command: RecordEntry) -> LedgerEntry:
    space_id = community_id(service, command.space)
    signer = service.engine.me.signer
    entry = LedgerEntry(
        _new_id(),
        command.kind,
        _me(service, space_id),
        signer.device_id.hex,
        command.amount_minor,
        command.unit,
        _now(service),
        counterparty=command.counterparty,
        ref=command.ref,
        round=command.round,
        memo=command.memo,
        terms=_project_terms(service, space_id, command.kind, command.ref),
    ).signed_by(signer)
    _write(service, space_id, lambda d: d.append_entry(entry))
    return entry
