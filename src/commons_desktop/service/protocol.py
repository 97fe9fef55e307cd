"""The typed protocol between the window and its sync service: one JSON object per frame over the service's
stdin (the start frame, then commands) and stdout (replies and events).

    window → service   {"type": "start", "args": {…}} once, then {"type": <command>, "id": n, "args": {…}}
    service → window   {"type": "reply", "id": n, "ok": true, "result": …} (or "ok": false, "error": "…"),
                       and {"type": <event>, "event": {…}} whenever something happens

Each command says what the person wants (`CastVote(space, proposal, choice)`), never how the document is
written, and names the type of its result (`Command[Vote]`): the service fills in who, when and the
signature. A command or event is declared once, here; its name on the wire is its class name in snake case,
and `codec` encodes every field from its annotation. Replies come in the order the commands were sent (the
service answers one at a time). Nothing personal goes into events: they name devices and spaces by id.

Only `commons_desktop.service` and the window's `ServiceClient` import this module (an import contract).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import typing
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sync.community import (
    AssetKind,
    Choice,
    EntryKind,
    Location,
    MovedOccurrence,
    ProjectStatus,
    PulseInstrument,
    Resolution,
    Role,
    Side,
    Urgency,
)
from sync.community.signed import LedgerEntry, Vote
from sync.engine import (
    AlertDeliveryChanged,
    ChangesRefused,
    DocumentChanged,
    InSync,
    MembershipChanged,
    PeerConnected,
    PeerDisconnected,
    RelayActivity,
    RelayRefused,
    RelayStatus,
    SessionFailed,
    SupportRequested,
    Syncing,
    SyncReport,
)
from sync.support_circle import SupportShare

from .codec import CodecError, dump, load
from .values import (
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

__all__ = [
    "COMMANDS",
    "EVENTS",
    "Command",
    "ProtocolError",
    "Reply",
    "decode_command",
    "decode_from_service",
    "encode_command",
    "encode_event",
    "encode_failure",
    "encode_reply",
]

R = TypeVar("R")


class ProtocolError(ValueError):
    """A frame that is not a message of this protocol, or a value that does not fit its field. *command_id* is
    the id of a command frame whose id could be read (so the sender can still be answered), else None."""

    def __init__(self, message: str, command_id: int | None = None) -> None:
        super().__init__(message)
        self.command_id = command_id


def _wire_name(cls: type) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()


COMMANDS: dict[str, type[Command[Any]]] = {}
EVENTS: dict[str, type] = {}


@dataclass(frozen=True)
class Command(Generic[R]):
    """A request from the window; `R` is the type of its reply's result."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        COMMANDS[_wire_name(cls)] = cls

    @classmethod
    def result_type(cls) -> Any:
        for base in getattr(cls, "__orig_bases__", ()):
            if typing.get_origin(base) is Command:
                return typing.get_args(base)[0]
        raise TypeError(f"{cls.__name__} does not name its result type")


def _event(cls: type) -> type:
    EVENTS[_wire_name(cls)] = cls
    return cls


# --- the start frame ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Start(Command[None]):
    """The first frame: open this profile with this raw database key (it crosses the pipe, never a file)."""

    data_dir: str
    profile_id: str
    key: str = field(repr=False)  # hex
    local_only: bool = False  # a guest's service: nothing leaves this computer (no joining, inviting, relay)


# --- network: the service, peers on this network, invites -----------------------------------------------


@dataclass(frozen=True)
class Status(Command[ServiceStatus]):
    pass


@dataclass(frozen=True)
class AddPeer(Command[str]):
    """Connect to a peer at a typed address (when discovery is off or cannot see it); the result is its
    device id, and the service dials it again whenever the connection is lost."""

    host: str
    port: int


@dataclass(frozen=True)
class SetDiscovery(Command[None]):
    """Announce and browse on these IPv4 interface addresses; an empty list turns discovery off."""

    interfaces: tuple[str, ...] = ()


@dataclass(frozen=True)
class Invite(Command[InviteIssued]):
    """A one-time invite to a space."""

    space: str


@dataclass(frozen=True)
class Join(Command[str]):
    """Join a space with an invite's QR payload or short code (optionally at a typed "host:port"); the result
    is the space joined."""

    code: str
    via: str = ""


@dataclass(frozen=True)
class RemoveMember(Command[None]):
    """Remove a device from a space (admins only); the others get a new key at once."""

    space: str
    device: str  # as shown (base32 groups) or hex


@dataclass(frozen=True)
class Shutdown(Command[None]):
    pass


@dataclass(frozen=True)
class ListSyncReports(Command[tuple[SyncReport, ...]]):
    """Every community's sync status now; from then on a `SyncReport` event follows each change (coalesced)."""


# --- relays -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SetRelay(Command[None]):
    """Use the relay at *address* (the text `commons relay` prints) for a space; empty stops using one."""

    space: str
    address: str = field(default="", repr=False)  # holds the relay credential


@dataclass(frozen=True)
class SetSupportRelay(Command[int]):
    """Use the relay at *address* for every support circle of mine (empty: none, never a community's); the
    result is how many circles now use it. The window keeps the address (store setting
    `support_relay`); the service only applies it."""

    address: str = field(default="", repr=False)


# --- support circles ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListSupportCircles(Command[tuple[SupportCircleInfo, ...]]):
    pass


@dataclass(frozen=True)
class CreateSupportCircle(Command[str]):
    """Start a support circle for one of my supporters (by the store's supporter id); then `Invite` to it."""

    supporter: str


@dataclass(frozen=True)
class PublishShares(Command[int]):
    """The plan or a supporter's choice of sections changed: send every circle what it should see now; the
    result is how many shares changed."""


@dataclass(frozen=True)
class RevokeSupportCircle(Command[None]):
    """Stop sharing with a supporter: their devices are removed and their copy is deleted when they learn it."""

    space: str


@dataclass(frozen=True)
class RequestSupport(Command[SupportSent]):
    """ "I need support": tell every supporter I share with; the result says, per circle, whether it went to a
    connected device, only to the relay, or to nobody yet."""

    message: str = ""


@dataclass(frozen=True)
class SetSupportCircleLabel(Command[None]):
    """On a supporter's device: the name to show for the person whose circle this is."""

    space: str
    label: str


@dataclass(frozen=True)
class ListSupportDeliveries(Command[tuple[SupportDelivery, ...]]):
    """Where my latest "I need support" stands with each supporter (also sent as `support_deliveries`)."""


@dataclass(frozen=True)
class MarkRequestSeen(Command[None]):
    """On a supporter's device: I have seen the latest "I need support" of this circle; stop showing it."""

    space: str


@dataclass(frozen=True)
class ViewShare(Command[SupportShare | None]):
    """What a circle shows: mine (what my supporter sees) or someone's I support (read-only)."""

    space: str


# --- communities --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CreateCommunity(Command[str]):
    """A new community with this device as its first admin; *my_name* is how the others will see me. With a
    *relay* address, the relay is reached and logged into first: one that refuses or does not answer fails the
    command and nothing is created."""

    name: str
    my_name: str = ""
    relay: str = field(default="", repr=False)  # holds the relay credential


@dataclass(frozen=True)
class SetMyName(Command[None]):
    """How the other members see me in a community (my member record; made on first use)."""

    space: str
    name: str


@dataclass(frozen=True)
class ListCommunities(Command[tuple[CommunitySummary, ...]]):
    pass


@dataclass(frozen=True)
class OpenCommunity(Command[CommunityUpdate]):
    """Everything a community holds, once; from then on the service sends a `CommunityUpdate` event with
    just the records each change touched, until `CloseCommunity` (or the window goes)."""

    space: str


@dataclass(frozen=True)
class CloseCommunity(Command[None]):
    space: str


@dataclass(frozen=True)
class ExportCommunity(Command[str]):
    """The community as a file in the community JSON format (docs/community-format.md)."""

    space: str


@dataclass(frozen=True)
class CommunityNews(Command[NewsReport]):
    """What is new in a community since this device's member last marked it seen, and what is coming up."""

    space: str


@dataclass(frozen=True)
class MarkSeen(Command[None]):
    """Remember the community as read at these heads (a `NewsReport`'s) as what the member last saw."""

    space: str
    heads: tuple[str, ...]


@dataclass(frozen=True)
class AddAsset(Command[str]):
    """A new asset, written by this device's member; the result is its id."""

    space: str
    kind: AssetKind
    title: str
    category: str = ""
    area: str = ""
    description: str = ""
    steward: str = ""
    support_offered: str = ""
    how_used: str = ""
    location: Location | None = None


@dataclass(frozen=True)
class RateAsset(Command[None]):
    """My rating of how well an asset serves the community (1–5 stars)."""

    space: str
    asset: str
    stars: int


@dataclass(frozen=True)
class EditAsset(Command[None]):
    """New values for every field of an asset (its author or an admin); its author, date and ratings stay."""

    space: str
    asset: str
    kind: AssetKind
    title: str
    category: str = ""
    area: str = ""
    description: str = ""
    steward: str = ""
    support_offered: str = ""
    how_used: str = ""
    location: Location | None = None


@dataclass(frozen=True)
class AddNeedOrOffer(Command[str]):
    space: str
    side: Side
    category: str
    area: str
    description: str
    urgency: Urgency = Urgency.MEDIUM
    asset_ids: tuple[str, ...] = ()
    expires_on: dt.date | None = None  # the last day it stands (not before today)


@dataclass(frozen=True)
class CloseNeedOrOffer(Command[None]):
    """Close a need or offer, saying why: met (any member), or withdrawn (its author or an admin)."""

    space: str
    item: str
    resolution: Resolution


@dataclass(frozen=True)
class StartGapProject(Command[str]):
    """Propose a project that sets out to meet these open needs (linked by id: `Project.need_ids`)."""

    space: str
    need_ids: tuple[str, ...]
    title: str
    goal: str
    metric: str
    unit: str
    target_value: int
    stake_price_minor: int
    currency: str
    stakes_offered: int
    bonus_percent: int
    repay_by: dt.date
    verifiers: tuple[str, ...] = ()  # members who confirm the target is met (m of n)
    verifiers_needed: int = 0


@dataclass(frozen=True)
class SetOpen(Command[None]):
    """Mark a need or offer met / withdrawn (False) or open again (True)."""

    space: str
    item: str
    open: bool


@dataclass(frozen=True)
class AddEvent(Command[str]):
    space: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    time_zone: str
    place: str = ""
    organiser: str = ""
    description: str = ""
    repeat: Repeat | None = None


@dataclass(frozen=True)
class EditEvent(Command[None]):
    """Change an event (only its author or an admin may): every field as it should be from now on, with the
    occurrences cancelled (their starts as the rule gives them) and those moved to another time."""

    space: str
    event: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    time_zone: str
    place: str = ""
    organiser: str = ""
    description: str = ""
    repeat: Repeat | None = None
    cancelled: tuple[dt.datetime, ...] = ()
    moved: tuple[MovedOccurrence, ...] = ()


@dataclass(frozen=True)
class ImportEvents(Command[int]):
    """Add every event of an iCalendar file (its text) as mine; how many. Refused whole, adding nothing, when
    any line cannot be read (the message names each line)."""

    space: str
    ics: str


@dataclass(frozen=True)
class AddProject(Command[str]):
    space: str
    title: str
    goal: str
    metric: str
    unit: str
    target_value: int
    stake_price_minor: int
    currency: str
    stakes_offered: int
    bonus_percent: int
    repay_by: dt.date
    verifiers: tuple[str, ...] = ()  # members who confirm the target is met (m of n)
    verifiers_needed: int = 0


@dataclass(frozen=True)
class AddProgressReport(Command[str]):
    space: str
    project: str
    value: int
    note: str = ""


@dataclass(frozen=True)
class SetProjectStatus(Command[None]):
    space: str
    project: str
    status: ProjectStatus


@dataclass(frozen=True)
class AddLendingCircle(Command[str]):
    space: str
    name: str
    member_ids: tuple[str, ...]  # also the payout order
    contribution_minor: int
    currency: str
    period_days: int
    starts_on: dt.date


@dataclass(frozen=True)
class AddProposal(Command[str]):
    space: str
    title: str
    purpose: str
    amount_minor: int
    currency: str
    deadline: dt.datetime
    quorum: int
    threshold_percent: int
    sealed: bool = False  # results hidden until the deadline: votes are sealed, then revealed


@dataclass(frozen=True)
class CastVote(Command[Vote]):
    """My vote, signed by this device; the result is the vote as written. *reason* goes only with "no". On a
    proposal whose results stay hidden, the vote written is sealed (its choice and reason are kept in this
    person's store until the service reveals them after the deadline)."""

    space: str
    proposal: str
    choice: Choice
    reason: str = ""


@dataclass(frozen=True)
class RecordEntry(Command[LedgerEntry]):
    """A ledger entry by me (a stake bought, a deposit, a contribution…), signed by this device."""

    space: str
    kind: EntryKind
    amount_minor: int
    unit: str
    counterparty: str = ""
    ref: str = ""
    round: int | None = None
    memo: str = ""


@dataclass(frozen=True)
class OpenPulseRound(Command[str]):
    """Open a wellbeing pulse round (an admin): its questions, the members who agreed to take part (at least
    five) and when it closes. The result is the new round's id."""

    space: str
    instrument: PulseInstrument
    roster: tuple[str, ...]
    closes_at: dt.datetime


@dataclass(frozen=True)
class AnswerPulse(Command[None]):
    """My answers to a round: kept in my encrypted store with a fresh pulse key, whose public half is published;
    my masked post follows at once if everyone's key is already in (otherwise `SendPulseAnswers`)."""

    space: str
    round: str
    answers: tuple[int, ...]


@dataclass(frozen=True)
class SendPulseAnswers(Command[None]):
    """Post my masked answers to a round, once everyone on its roster has published a pulse key."""

    space: str
    round: str


@dataclass(frozen=True)
class RerunPulseRound(Command[str]):
    """Rerun a round that not everyone finished (usually once it closed), without those who did not: at least
    five must remain. The old round is superseded (no one posts to it any more). The result is the new id."""

    space: str
    round: str


@dataclass(frozen=True)
class MyPulseAnswers(Command[tuple[int, ...]]):
    """What I answered in a round, from my encrypted store (empty if I did not answer on this device)."""

    space: str
    round: str


@dataclass(frozen=True)
class SetRole(Command[None]):
    """Make a member an admin or a member again (admins only): in the membership log, for each of their
    devices, and on their member record."""

    space: str
    member: str
    role: Role


@dataclass(frozen=True)
class ListPeople(Command[tuple[PersonInfo, ...]]):
    """Everyone in a community, present or removed, with their role and devices."""

    space: str


@dataclass(frozen=True)
class RemoveFromCommunity(Command[int]):
    """Remove a member and every device of theirs (admins only): the others get a new key; the result is
    how many devices were removed. They keep what they had and see nothing new."""

    space: str
    member: str


@dataclass(frozen=True)
class LeaveCommunity(Command[None]):
    """Stop syncing a community and delete this device's copy and keys of it (the demo town too). Nobody is
    told; the others keep everything."""

    space: str


@dataclass(frozen=True)
class OpenDemo(Command[str]):
    """The demo town, made on first use and kept on this device only (never synced); the result is its space."""


@dataclass(frozen=True)
class SetCreditLimit(Command[None]):
    """How many minutes of time credit a member may owe (admins only)."""

    space: str
    member: str
    minutes: int


@dataclass(frozen=True)
class SetStakePrice(Command[None]):
    """A project's stake price (its steward or an admin, before its first stake)."""

    space: str
    project: str
    stake_price_minor: int


# --- the map -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AddArea(Command[str]):
    """A new area outlined on the community's map (3–500 points, in order), by this device's member; the
    result is its id. Refused in a community started before areas existed."""

    space: str
    name: str
    outline: tuple[Location, ...]


@dataclass(frozen=True)
class RemoveArea(Command[None]):
    """Take an area off the map (its author or an admin): it is marked removed, as records are never deleted."""

    space: str
    area: str


# --- needs review -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListReviews(Command[tuple[CommunityReview, ...]]):
    """What needs review in every community that has something (and every one whose stored document did
    not load); from then on a `CommunityReview` event follows each change of one."""


@dataclass(frozen=True)
class ResolveConflict(Command[None]):
    """Settle a conflict: keep the value of the write *keep* (a `ConflictWrite.write_id`) of the field at
    *path* (a `Conflict.path`), as a new write by me. Refused, changing nothing, when the field is no longer in
    conflict, that value is no longer one of its values, or the community's rules do not let me write it."""

    space: str
    path: str
    keep: str


# --- projects and stakes -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectAccounts(Command[tuple[ProjectBooks, ...]]):
    """Each project's money as the ledger's rules count it (stakes sold, money in, repayments due, how many
    entries), by project id: a summary per project, without the entries (`ProjectHistory` has them)."""

    space: str


@dataclass(frozen=True)
class ProjectHistory(Command[ProjectLedger]):
    """One project's newest accepted ledger entries (newest first, at most HISTORY_SHOWN) and their total, as
    the ledger's rules count them: what its page lists, asked for when the page shows."""

    space: str
    project: str


# --- the common purse and votes -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PurseOverview(Command[PurseReport]):
    """The community's purse (balance, deposits and withdrawals the ledger rules accept) and every proposal's
    tally with my vote's state, as of the service's clock (signatures and receipts checked there)."""

    space: str


@dataclass(frozen=True)
class BuildReport(Command[FunderReportData]):
    """A funder report from *start* to *end* (days, inclusive, in this computer's time zone) for the whole
    community, or for one *project* (its id; "" for all): counted as the money screens count, cut to the range.
    Each money entry with who paid it only with *payments* (the window asks only when the person chose to
    itemise them). Refused with a sentence for an end before the start or a project the community lacks."""

    space: str
    start: dt.date
    end: dt.date
    project: str = ""
    payments: bool = False


@dataclass(frozen=True)
class BuyStakes(Command[LedgerEntry]):
    """Buy *stakes* stakes in a project at its price and terms: a `stake_bought` entry signed by this device.
    Refused with the reason, writing nothing, when the ledger's rules would not count it (e.g. sold out)."""

    space: str
    project: str
    stakes: int


@dataclass(frozen=True)
class RecordRepayment(Command[LedgerEntry]):
    """The project's steward repays a stakeholder: a `repayment` entry signed by this device. Refused with the
    reason, writing nothing, beyond the principal plus (once the target is met) the bonus."""

    space: str
    project: str
    stakeholder: str
    amount_minor: int
    memo: str = ""


@dataclass(frozen=True)
class ConfirmTarget(Command[LedgerEntry]):
    """As one of a project's named verifiers, confirm that it met its target: a `target_confirmed` entry signed
    by this device, with *value* (in the target's unit) and a note. Refused with the reason, writing nothing,
    when I am not one of its verifiers, confirmed already, or *value* falls short of the target."""

    space: str
    project: str
    value: int
    note: str = ""


@dataclass(frozen=True)
class WithdrawFromPurse(Command[LedgerEntry]):
    """Pay out a proposal that passed: a signed withdrawal of its amount, by me. Checked by the ledger rules
    first; refused, storing nothing, when the proposal has not passed, was paid out already, or the purse
    holds less than it takes."""

    space: str
    proposal: str
    memo: str = ""


# --- time credits -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListTimeCredits(Command[TimeCredits]):
    """A community's time-credit balances, the transfers waiting to be confirmed and the confirmed ones."""

    space: str


@dataclass(frozen=True)
class GiveTimeCredits(Command[LedgerEntry]):
    """Give *minutes* of time credit to *to* (a signed transfer by me); it counts once *to* confirms it.
    Refused, writing nothing, beyond what I may still give."""

    space: str
    to: str
    minutes: int
    memo: str = ""


@dataclass(frozen=True)
class ConfirmTimeCredits(Command[LedgerEntry]):
    """Confirm, as its receiver, the time-credit transfer *transfer* (a signed confirmation by me)."""

    space: str
    transfer: str


# --- lending circles ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListLendingCircles(Command[tuple[CircleInfo, ...]]):
    """Every lending circle of a community with its schedule, by name."""

    space: str


@dataclass(frozen=True)
class RecordContribution(Command[LedgerEntry]):
    """My contribution to round *round* (0-based) of circle *circle*: the circle's amount in its currency, paid
    to the round's recipient (the entry's counterparty), as a signed ledger entry. Refused, writing nothing, if
    I am not in the circle, it is not formed yet, I receive that round, or I already paid into it."""

    space: str
    circle: str
    round: int


@dataclass(frozen=True)
class JoinCircle(Command[LedgerEntry]):
    """I agree to circle *circle*, which lists me: a signed `circle_joined` entry of its contribution. Refused,
    writing nothing, if it does not list me or I joined already."""

    space: str
    circle: str


@dataclass(frozen=True)
class ConfirmCircleReceived(Command[LedgerEntry]):
    """I confirm, as its round's recipient, that contribution *contribution* reached me: a signed
    `circle_received` entry. Refused unless it is waiting for my confirmation."""

    space: str
    contribution: str


@dataclass(frozen=True)
class ShowCirclesOnCard(Command[None]):
    """Whether my card in the community shows how many lending circles I completed (my own member record)."""

    space: str
    show: bool


# --- events (service → window) ------------------------------------------------------------------------------


@_event
@dataclass(frozen=True)
class Ready:
    """The profile is open and the service runs."""

    device: str  # as shown (base32 groups)
    spaces: tuple[str, ...]
    port: int  # where the service listens for peers (0: not listening)


@_event
@dataclass(frozen=True)
class PeerFound:
    """Discovery heard a device announcing a space this one holds (it is dialed next)."""

    addresses: tuple[str, ...]
    port: int


@_event
@dataclass(frozen=True)
class SupportDeliveries:
    """Where my latest "I need support" stands with each supporter, whole: at start, and whenever it moved
    (asked, acknowledged by a supporter's device, stored by the relay)."""

    deliveries: tuple[SupportDelivery, ...]


@_event
@dataclass(frozen=True)
class ConflictFound:
    """Fields of a space's document were edited concurrently and need a person's review (`count` in all)."""

    space: str
    count: int


@_event
@dataclass(frozen=True)
class SignedLinesKept:
    """My signed ledger entries in a community were copied into my personal store as signed contribution lines
    (`count` added or changed): the Contributions screen reads them again."""

    space: str
    count: int


_event(CommunityUpdate)
_event(SyncReport)  # the engine's report crosses as it is, like its events
_event(CommunityReview)  # what needs review in a community, whole, whenever it changed
for _engine_event in (
    PeerConnected,
    PeerDisconnected,
    SessionFailed,
    Syncing,
    InSync,
    DocumentChanged,
    MembershipChanged,
    ChangesRefused,
    SupportRequested,
    AlertDeliveryChanged,
    RelayStatus,
    RelayActivity,
    RelayRefused,
):
    _event(_engine_event)  # the engine's own events cross as they are: no copies to keep in step


@dataclass(frozen=True)
class Reply:
    id: int
    ok: bool
    result: Any = None
    error: str = ""  # a sentence a person can act on


# --- frames -------------------------------------------------------------------------------------------------


def _frame(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _parse(data: bytes) -> dict[str, Any]:
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ProtocolError("not a JSON message") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("type"), str):
        raise ProtocolError("a message is an object with a type")
    return raw


def _values(cls: type, raw: object, what: str) -> Any:
    try:
        return load(cls, raw, what)
    except CodecError as exc:
        raise ProtocolError(str(exc)) from None


def encode_command(command_id: int, command: Command[Any]) -> bytes:
    return _frame({"type": _wire_name(type(command)), "id": command_id, "args": dump(command)})


def decode_command(data: bytes) -> tuple[int, Command[Any]]:
    """The service's side: (id, command) of a frame from the window."""
    raw = _parse(data)
    command_id = raw.get("id", 0)
    known_id = command_id if isinstance(command_id, int) and not isinstance(command_id, bool) else None
    cls = COMMANDS.get(raw["type"])
    if cls is None:
        raise ProtocolError(f"unknown command {raw['type']!r}", known_id)
    if known_id is None or set(raw) - {"type", "id", "args"}:
        raise ProtocolError(f"a malformed {raw['type']} frame", known_id)
    try:
        return known_id, _values(cls, raw.get("args", {}), raw["type"])
    except ProtocolError as exc:
        raise ProtocolError(str(exc), known_id) from None


def encode_reply(command_id: int, result: object) -> bytes:
    """A command's result (its handler is typed to return what the command names; a test checks each)."""
    return _frame({"type": "reply", "id": command_id, "ok": True, "result": dump(result)})


def encode_failure(command_id: int, error: str) -> bytes:
    return _frame({"type": "reply", "id": command_id, "ok": False, "error": error})


def encode_event(event: object) -> bytes:
    name = _wire_name(type(event))
    if EVENTS.get(name) is not type(event):
        raise ProtocolError(f"{type(event).__name__} is not an event of the protocol")
    return _frame({"type": name, "event": dump(event)})


def decode_from_service(data: bytes, result_type: typing.Callable[[int], Any]) -> Reply | object:
    """The window's side: a `Reply` (its result of the type *result_type(id)* says) or an event."""
    raw = _parse(data)
    if raw["type"] == "reply":
        command_id, ok = raw.get("id"), raw.get("ok")
        if not isinstance(command_id, int) or not isinstance(ok, bool):
            raise ProtocolError("a malformed reply")
        if not ok:
            error = raw.get("error")
            return Reply(command_id, False, error=error if isinstance(error, str) else "")
        return Reply(command_id, True, _values(result_type(command_id), raw.get("result"), "result"))
    cls = EVENTS.get(raw["type"])
    if cls is None:
        raise ProtocolError(f"unknown event {raw['type']!r}")
    event: object = _values(cls, raw.get("event", {}), raw["type"])
    return event
