"""The values the sync service answers with and tells the window about: plain frozen dataclasses, which screens
may read (they never see the protocol's commands or frames)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sync.community import Choice, CommunityView, Conflict, Frequency, Role
from sync.community.finances import RepaymentDue
from sync.community.funder_period import PeriodReport
from sync.community.news import News
from sync.community.signed import LedgerEntry, Vote
from sync.community.votes import VoteStatus

__all__ = [
    "CommunityReview",
    "CommunitySummary",
    "CommunityUpdate",
    "InviteIssued",
    "NewsReport",
    "PersonInfo",
    "ProjectBooks",
    "ProjectLedger",
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
    older_key_devices: int = (
        0  # of *devices*, how many have published no hybrid key yet (older key protection)
    )
    circles_completed: int | None = (
        None  # lending circles completed, if they chose to show it (ledger-counted)
    )


@dataclass(frozen=True)
class CommunityUpdate:
    """A community's records for the window's `CommunityState`.

    complete: *records* is the whole community (the reply to `OpenCommunity`, or after a change whose
    records could not be told apart); else it holds only the records added or changed since the last update,
    *removed* lists the records gone; the votes are whole when their flag says they changed (empty otherwise),
    and when the ledger's flag says so, *records.ledger* replaces the ledger's entries from *ledger_from* on
    (a change that appends entries sends only those; a big ledger comes in frames of 500). *conflicts* and
    *records.problems* are always whole."""

    space: str
    complete: bool
    records: CommunityView
    removed: tuple[tuple[str, str], ...] = ()  # (collection, key)
    ledger_changed: bool = False
    votes_changed: bool = False
    conflicts: tuple[Conflict, ...] = ()
    more: bool = False  # more frames of this update follow (a big one is sent in frames of 500 records)
    ledger_from: int = (
        0  # with ledger_changed: where records.ledger goes in the ledger (what is before stays)
    )


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
    # Changes a peer sent dated ahead of this device's clock: not applied yet (the reason says when they are
    # looked at again, or that one too far ahead was not kept)
    ahead: tuple[RefusedChange, ...] = ()

    @property
    def count(self) -> int:
        """How many things need review."""
        listed = len(self.conflicts) + len(self.set_aside) + len(self.refused) + len(self.ahead)
        return listed + (1 if self.load_problem else 0)


@dataclass(frozen=True)
class ProjectBooks:
    """A project's money as the ledger's rules count it (every peer counts the same): stakes sold, money in,
    repaid, and what each stakeholder is owed (principal, and the bonus once the target is met)."""

    space: str
    project: str
    stakes_sold: int
    money_in_minor: int  # the accepted stakes, at their price
    repaid_minor: int
    repayments: tuple[RepaymentDue, ...]  # by member id
    history_total: int  # the accepted entries naming the project (its page asks for them: `ProjectHistory`)
    set_aside: int  # how many of its entries the rules do not count (Needs review says why)
    confirmed_by: tuple[str, ...] = ()  # the named verifiers whose confirmation of the target counts
    target_confirmed: bool = False  # met: by enough verifiers, or (with none named) by its latest report


@dataclass(frozen=True)
class ProjectLedger:
    """One project's history as the ledger's rules count it: its newest accepted entries (stakes bought,
    repayments, target confirmations), newest first, at most HISTORY_SHOWN of them, and how many there are."""

    space: str
    project: str
    entries: tuple[LedgerEntry, ...]  # newest first
    total: int  # every accepted entry naming the project (entries may hold fewer)


# --- the common purse and votes -----------------------------------------------------------------------------


class MyVote(enum.Enum):
    """Where my own vote on a proposal stands, as the vote rules judge it (`sync.community.votes`)."""

    NONE = "none"  # I have not voted (or may not: see ProposalState.may_vote)
    COUNTED = "counted"  # another member's device received it in time: it counts
    WAITING = "waiting"  # voting is open and no neighbour has received it yet
    LATE = "late"  # no neighbour received it before voting closed: it does not count
    SET_ASIDE = "set_aside"  # another rule sets it aside (see ProposalState.my_reason)


@dataclass(frozen=True)
class ProposalState:
    """One proposal's tally as of the service's clock, and my part in it."""

    proposal: str
    status: VoteStatus
    yes: int
    no: int
    abstain: int
    turnout: int  # members whose vote counts, abstentions included
    voters: int  # members who may vote (0: a proposal made outside a log, every member may)
    quorum_met: bool
    threshold_met: bool
    paid_out: bool  # an accepted withdrawal names it
    may_vote: bool  # I am one of its voters
    my_choice: Choice | None = None  # my latest vote, counted or not (a sealed one: what my store kept)
    my_vote: MyVote = MyVote.NONE
    my_reason: str = ""  # why my vote does not count (SET_ASIDE, LATE)
    # Results hidden until the deadline (`sync.community.sealed`): the counts stay at zero until reveals come.
    sealed: bool = False
    awaiting_reveal: int = 0  # closed, and these counted sealed votes are not opened yet
    unopened: int = 0  # sealed votes never opened in time: turnout only
    unreceipted: int = 0  # of those not opened, revealed but not received by a neighbour in the window (yet)
    reveal_until: dt.datetime | None = None  # reveals count until then
    reasons: tuple[
        tuple[str, str], ...
    ] = ()  # (member id, reason) of each counted vote against with a reason


HISTORY_SHOWN = 500
"""The most entries a report's history carries (newest first): a screen lists a history as a table, and a
community with years of deposits or time credits has tens of thousands, which no one scrolls through but every
report would carry over the pipe and every screen would lay out again."""


@dataclass(frozen=True)
class PurseReport:
    """A community's common purse as the ledger rules count it, and every proposal to spend from it."""

    space: str
    balance: dict[str, int]  # currency → minor units
    deposited: dict[str, int]
    withdrawn: dict[str, int]
    entries: tuple[
        LedgerEntry, ...
    ]  # the newest HISTORY_SHOWN accepted deposits and withdrawals, newest first
    proposals: tuple[ProposalState, ...]  # open ones first (soonest deadline first), then the closed ones
    entries_total: int = 0  # how many deposits and withdrawals the ledger counts (entries may hold fewer)

    @property
    def needs_my_vote(self) -> tuple[str, ...]:
        """Open proposals I may vote on and have not."""
        return tuple(
            p.proposal
            for p in self.proposals
            if p.status is VoteStatus.OPEN and p.may_vote and p.my_choice is None and not p.paid_out
        )


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
    history: tuple[CreditMove, ...]  # the newest HISTORY_SHOWN confirmed transfers
    history_total: int = 0  # how many confirmed transfers there are in all


# --- lending circles ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CircleRound:
    """One round of a lending circle: who receives, who has paid them (names) and who not yet, and whose
    payment the recipient has yet to confirm."""

    index: int  # 0-based; shown as index + 1
    date: dt.date
    recipient: str
    recipient_name: str
    paid_in: tuple[str, ...]  # names of the payers who recorded their payment, sorted
    not_yet: tuple[str, ...]  # names of the payers who have not, in the circle's order
    paid_out: bool  # complete: the recipient confirmed every payment
    late: bool  # its date has passed and it is not complete
    unconfirmed: tuple[str, ...] = ()  # names of payers recorded but not yet confirmed, in order


@dataclass(frozen=True)
class CirclePayment:
    """A contribution to me, waiting for my confirmation that it reached me."""

    id: str  # the contribution's ledger entry
    round: int
    payer: str
    payer_name: str
    amount_minor: int
    currency: str


@dataclass(frozen=True)
class CircleInfo:
    """A lending circle and its schedule as the ledger's rules count it."""

    id: str
    name: str
    currency: str
    contribution_minor: int
    pot_minor: int  # what each round's recipient receives: one contribution from each of the others
    period_days: int
    members: tuple[str, ...]  # member ids, in the payout order
    member_names: tuple[str, ...]
    rounds: tuple[CircleRound, ...]
    next_round: int | None  # the first round not yet complete, None once all are
    mine: bool  # I am one of its members
    my_round: int | None = None  # the earliest round I pay into and have not (None: not in it, or all paid)
    not_joined: tuple[str, ...] = ()  # names of listed members who have not joined yet (empty: formed)
    may_join: bool = False  # it lists me and I have not joined
    to_confirm: tuple[CirclePayment, ...] = ()  # payments to me waiting for my confirmation, in order

    @property
    def formed(self) -> bool:
        return not self.not_joined

    @property
    def complete(self) -> bool:
        """Every round is received and confirmed."""
        return self.next_round is None


# --- reports ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FunderReportData:
    """A funder report for a date range, counted by the service with the community's keys (the same rules the
    purse, projects, credits and circles screens read); the window redacts and formats it."""

    space: str
    report: PeriodReport
    prepared_at: dt.datetime
