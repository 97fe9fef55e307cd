"""The values the sync service answers with and tells the window about: plain frozen dataclasses, which screens
may read (they never see the protocol's commands or frames)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sync.community import CommunityView, Conflict, Frequency, Role
from sync.community.news import News
from sync.community.signed import LedgerEntry, Vote

__all__ = [
    "CommunityReview",
    "CommunitySummary",
    "CommunityUpdate",
    "InviteIssued",
    "NewsReport",
    "PersonInfo",
    "RefusedChange",
    "RelayState",
    "Repeat",
    "Review",
    "ServiceStatus",
    "SetAside",
    "SupportCircleInfo",
    "SupportDelivery",
    "SupportRequest",
    "SupportSent",
]


@dataclass(frozen=True)
class RelayState:
    connected: bool
    problem: str = ""  # what to do when it is not


@dataclass(frozen=True)
class Review:
    """A community's changes refused on receipt ("member: reason") and those waiting for a proof (why)."""

    refused: tuple[str, ...] = ()
    waiting: tuple[str, ...] = ()


@dataclass(frozen=True)
class ServiceStatus:
    device: str  # this device's id, as shown
    spaces: tuple[str, ...]  # hex ids of every space this device holds
    connected: tuple[str, ...]  # devices connected now
    relay_tags: dict[str, str]  # space → the tag its relay knows it by (for `commons relay add-space`)
    relays: dict[str, RelayState]  # space → its relay, for spaces that use one
    review: dict[str, Review]  # space → what needs review (only spaces with something)


@dataclass(frozen=True)
class InviteIssued:
    qr: str  # the QR payload (also what a person pastes)
    code: str  # the short code, for someone on the same network
    expires: dt.datetime


@dataclass(frozen=True)
class SupportRequest:
    at: int  # Unix milliseconds
    message: str
    seen: bool


@dataclass(frozen=True)
class SupportSent:
    """How "I need support" went, in circles: *now*, to a supporter's device connected at that moment;
    *relay*, only through the circle's relay (supporters get it when their Commons next connects); *waiting*,
    to nobody yet (no supporter device connected and no relay: it goes to the first that connects while the
    sync service runs)."""

    now: int
    relay: int
    waiting: int

    @property
    def circles(self) -> int:
        return self.now + self.relay + self.waiting


@dataclass(frozen=True)
class SupportDelivery:
    """Where my latest "I need support" stands with one supporter (one circle of mine). Times are Unix ms.

    *delivered_at*: the first of the supporter's devices acknowledged it then (None: none has); *waiting*: how
    many of their devices have not; *left_at_relay*: the circle's relay stored it then (their device fetches
    it from there when their Commons next connects; the relay cannot tell us when); *relay*: the circle has a
    relay at all."""

    space: str
    supporter: str  # the name I gave the supporter ("" if they were deleted since)
    asked_at: int
    delivered_at: int | None
    waiting: int
    left_at_relay: int | None
    relay: bool


@dataclass(frozen=True)
class SupportCircleInfo:
    space: str
    side: str  # "person": mine, shared with a supporter; "supporter": someone I support
    supporter: str  # on my side: the store's supporter id
    label: str  # on a supporter's side: the name they gave the person
    shared: bool  # whether a share has been published or received
    request: SupportRequest | None = None  # the latest "I need support" received


@dataclass(frozen=True)
class CommunitySummary:
    space: str
    name: str
    member_id: str  # who this device speaks for in it
    admin: bool
    demo: bool = False  # the demo town: kept on this device only, never synced
    removed: bool = False  # an admin removed this device: its copy stays, nothing new arrives


@dataclass(frozen=True)
class PersonInfo:
    """A member of a community: their name (from the document), role and devices (from the membership
    log). *role* is None once every device of theirs was removed."""

    member_id: str
    name: str  # "" until they give one
    role: Role | None
    devices: tuple[str, ...]  # device ids as shown, of the devices still in the community
    removed_devices: int  # how many of their devices were removed
    me: bool


@dataclass(frozen=True)
class CommunityUpdate:
    """A community's records for the window's `CommunityState`.

    complete: *records* is the whole community (the reply to `OpenCommunity`, or after a change whose
    records could not be told apart); else it holds only the records added or changed since the last update,
    *removed* lists the records gone, and the ledger and votes are whole when their flag says they changed
    (empty otherwise). *conflicts* and *records.problems* are always whole."""

    space: str
    complete: bool
    records: CommunityView
    removed: tuple[tuple[str, str], ...] = ()  # (collection, key)
    ledger_changed: bool = False
    votes_changed: bool = False
    conflicts: tuple[Conflict, ...] = ()
    more: bool = False  # more frames of this update follow (a big one is sent in frames of 500 records)


@dataclass(frozen=True)
class NewsReport:
    """What is new in a community for this device's member (sync.community.news), and the document's heads it
    was read at: what to mark as seen once the person has seen it (never later heads, which may hold more)."""

    space: str
    news: News
    heads: tuple[str, ...]  # hex change hashes


@dataclass(frozen=True)
class Repeat:
    frequency: Frequency
    interval: int = 1
    count: int | None = None
    until: dt.date | None = None


@dataclass(frozen=True)
class SetAside:
    """Something in a community's document that the rules do not count, and why: a ledger entry, a vote, or
    (*path*) a record that is not readable as what it should be."""

    reason: str
    entry: LedgerEntry | None = None
    vote: Vote | None = None
    path: str = ""


@dataclass(frozen=True)
class RefusedChange:
    """A change a peer sent that the authority checks refused (never applied), whose it is and why."""

    member_id: str  # "" when its writer belongs to no member of the community
    reason: str


@dataclass(frozen=True)
class CommunityReview:
    """What needs a person's review in one community (also the event sent whenever it changes).

    *load_problem* says the stored document did not load as it was: with *opened*, the last good copy was used
    instead; without, no stored copy loaded and the community is not open on this device (nothing else is then
    known of it, not even its name)."""

    space: str
    conflicts: tuple[Conflict, ...] = ()
    set_aside: tuple[SetAside, ...] = ()
    refused: tuple[RefusedChange, ...] = ()
    load_problem: str = ""
    opened: bool = True

    @property
    def count(self) -> int:
        """How many things need review."""
        return len(self.conflicts) + len(self.set_aside) + len(self.refused) + (1 if self.load_problem else 0)


# --- time credits -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CreditBalance:
    """One member's time credits, in minutes: the balance (negative = owes time), their limit and what they
    may still give (balance + limit, less what already waits for a receiver to confirm)."""

    member_id: str
    name: str
    balance: int
    limit: int
    can_give: int


@dataclass(frozen=True)
class CreditMove:
    """A time-credit transfer: *confirmed_at* is None while it waits for its receiver to confirm it."""

    id: str
    payer: str
    payer_name: str
    receiver: str
    receiver_name: str
    minutes: int
    memo: str
    at: dt.datetime
    confirmed_at: dt.datetime | None = None


@dataclass(frozen=True)
class TimeCredits:
    """A community's time credits as every peer's ledger rules count them: balances by name, the transfers
    waiting for their receiver, and the confirmed ones, newest first (signed entries no later edit rewrites)."""

    space: str
    me: str
    balances: tuple[CreditBalance, ...]
    waiting: tuple[CreditMove, ...]
    history: tuple[CreditMove, ...]


# --- lending circles ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CircleRound:
    """One round of a lending circle: who takes the pot, who has paid in (names) and who not yet."""

    index: int  # 0-based; shown as index + 1
    date: dt.date
    recipient: str
    recipient_name: str
    paid_in: tuple[str, ...]  # names, sorted
    not_yet: tuple[str, ...]  # names, in the circle's order
    paid_out: bool
    late: bool  # its date has passed and not everyone has paid in


@dataclass(frozen=True)
class CircleInfo:
    """A lending circle and its schedule as the ledger's rules count it."""

    id: str
    name: str
    currency: str
    contribution_minor: int
    pot_minor: int
    period_days: int
    members: tuple[str, ...]  # member ids, in the payout order
    member_names: tuple[str, ...]
    rounds: tuple[CircleRound, ...]
    next_round: int | None  # the first round not yet paid out, None once all were
    mine: bool  # I am one of its members
    my_round: int | None = None  # the earliest round I have not paid into (None: not in it, or all paid)
