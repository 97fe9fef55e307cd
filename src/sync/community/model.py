"""The community's entities as frozen, validated values: what the typed document reads and writes.

Every constructor validates (raising InvalidValueError with a path), so an entity that exists is well-formed.
Money is integer minor units plus a currency; durations of time credits are minutes; instants are
timezone-aware UTC datetimes.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import zoneinfo
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from . import _checks as c
from .errors import InvalidValueError


def _set(obj: object, name: str, value: Any) -> None:
    object.__setattr__(obj, name, value)


class Role(enum.Enum):
    ADMIN = "admin"
    MEMBER = "member"


class AssetKind(enum.Enum):
    NATURAL = "natural"
    HUMAN = "human"  # skills and the shared knowledge inventory ("who knows how")
    BUILT = "built"
    INDUSTRIAL = "industrial"


class Side(enum.Enum):
    NEED = "need"
    OFFER = "offer"


class Urgency(enum.Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    URGENT = "urgent"


class Resolution(enum.Enum):
    """Why a need or offer was closed: it was met, or its author withdrew it."""

    MET = "met"
    WITHDRAWN = "withdrawn"


class Frequency(enum.Enum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class ProjectStatus(enum.Enum):
    PROPOSED = "proposed"
    FUNDING = "funding"
    ACTIVE = "active"
    TARGET_MET = "target_met"
    REPAID = "repaid"
    CLOSED = "closed"


class Choice(enum.Enum):
    YES = "yes"
    NO = "no"
    ABSTAIN = "abstain"


class EntryKind(enum.Enum):
    STAKE_BOUGHT = "stake_bought"
    REPAYMENT = "repayment"
    LENDING_CIRCLE_CONTRIBUTION = "circle_contribution"
    LENDING_CIRCLE_PAYOUT = "circle_payout"
    PURSE_DEPOSIT = "purse_deposit"
    PURSE_WITHDRAWAL = "purse_withdrawal"
    CREDIT_TRANSFER = "credit_transfer"
    TARGET_CONFIRMED = "target_confirmed"  # a named verifier signs that a project met its target
    CREDIT_CONFIRMED = "credit_confirmed"  # the receiver's signed yes to a transfer (ref = the transfer's id)
    CIRCLE_JOINED = "circle_joined"  # a listed member agrees to a lending circle (ref = the circle's id)
    CIRCLE_RECEIVED = "circle_received"  # a round's recipient's signed yes to a contribution (ref = its id)


@dataclass(frozen=True)
class Member:
    id: str
    name: str
    role: Role
    device_ids: tuple[str, ...] = ()  # hex SHA-256 of each device's Ed25519 public key
    joined_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    # The member's own choice to show on their card how many lending circles they completed (the count is
    # read from the signed ledger by whoever shows it; only the member writes this, see _rules.py).
    shows_circles: bool = False

    def __post_init__(self) -> None:
        p = f"members/{self.id}"
        if not isinstance(self.shows_circles, bool):
            raise InvalidValueError(f"{p}/shows_circles", "must be true or false")
        c.ident(f"{p}/id", self.id)
        _set(self, "name", c.text(f"{p}/name", self.name, max_len=120, one_line=True))
        _set(self, "role", c.choice(f"{p}/role", self.role, Role))
        _set(
            self,
            "device_ids",
            tuple(_device_id(f"{p}/device_ids/{i}", d) for i, d in enumerate(self.device_ids)),
        )
        _set(self, "joined_at", c.moment(f"{p}/joined_at", self.joined_at))


def _device_id(path: str, value: object) -> str:
    if not isinstance(value, str) or len(value) != 64 or any(ch not in "0123456789abcdef" for ch in value):
        raise InvalidValueError(path, "must be 64 lowercase hex digits (a device id)")
    return value


@dataclass(frozen=True)
class Location:
    lat: float
    lon: float

    def __post_init__(self) -> None:
        _set(self, "lat", c.number("location/lat", self.lat, low=-90, high=90))
        _set(self, "lon", c.number("location/lon", self.lon, low=-180, high=180))

    @property
    def coarse(self) -> bool:
        """True when both coordinates have at most `COARSE_DECIMALS` decimal places (a ~1 km grid cell)."""
        return is_coarse(self.lat, self.lon)

    def blurred(self) -> Location:
        """This point snapped to its ~1 km grid cell: what a person's skill may show instead of a home."""
        return Location(round(self.lat, COARSE_DECIMALS), round(self.lon, COARSE_DECIMALS))


COARSE_DECIMALS = 2  # 0.01° ≈ 1.1 km north–south: a neighbourhood, not a house (docs/security.md)


def is_coarse(*coordinates: object) -> bool:
    """True when every coordinate that is a number has at most `COARSE_DECIMALS` decimal places."""
    return all(
        not isinstance(x, (int, float)) or isinstance(x, bool) or round(x, COARSE_DECIMALS) == x
        for x in coordinates
    )


@dataclass(frozen=True)
class Asset:
    id: str
    kind: AssetKind
    title: str
    author: str  # member id
    category: str = ""
    area: str = ""
    description: str = ""
    steward: str = ""  # who owns or looks after it (free text: a person, a group, the council)
    support_offered: str = ""
    how_used: str = ""
    location: Location | None = None
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    ratings: dict[str, int] = field(default_factory=dict)  # member id → 1..5 effectiveness

    def __post_init__(self) -> None:
        p = f"assets/{self.id}"
        c.ident(f"{p}/id", self.id)
        _set(self, "kind", c.choice(f"{p}/kind", self.kind, AssetKind))
        _set(self, "title", c.text(f"{p}/title", self.title, max_len=200, one_line=True))
        c.ident(f"{p}/author", self.author)
        for name, limit in (("category", 80), ("area", 120), ("steward", 200)):
            _set(
                self,
                name,
                c.text(f"{p}/{name}", getattr(self, name), max_len=limit, required=False, one_line=True),
            )
        for name in ("description", "support_offered", "how_used"):
            _set(self, name, c.text(f"{p}/{name}", getattr(self, name), max_len=4000, required=False))
        if self.location is not None and not isinstance(self.location, Location):
            raise InvalidValueError(f"{p}/location", "must be a latitude and longitude")
        if self.kind is AssetKind.HUMAN and self.location is not None and not self.location.coarse:
            raise InvalidValueError(
                f"{p}/location",
                f"a person's skill shows an area, never a home: at most {COARSE_DECIMALS} decimal places",
            )
        _set(self, "created_at", c.moment(f"{p}/created_at", self.created_at))
        if not isinstance(self.ratings, dict):
            raise InvalidValueError(f"{p}/ratings", "must map member ids to 1–5")
        for member, stars in self.ratings.items():
            c.ident(f"{p}/ratings/{member}", member)
            c.integer(f"{p}/ratings/{member}", stars, low=1, high=5)

    @property
    def effectiveness(self) -> float | None:
        """Average rating, or None when nobody has rated it."""
        return sum(self.ratings.values()) / len(self.ratings) if self.ratings else None


@dataclass(frozen=True)
class NeedOrOffer:
    id: str
    side: Side
    category: str
    area: str
    description: str
    author: str
    urgency: Urgency = Urgency.MEDIUM
    asset_ids: tuple[str, ...] = ()  # assets that meet this need, or that this offer uses
    open: bool = True
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    expires_on: dt.date | None = None  # the last day it stands; after it, every view shows it closed
    resolution: Resolution | None = None  # why it closed; None while open (or closed by an older version)

    def __post_init__(self) -> None:
        p = f"needs_offers/{self.id}"
        c.ident(f"{p}/id", self.id)
        _set(self, "side", c.choice(f"{p}/side", self.side, Side))
        _set(self, "category", c.text(f"{p}/category", self.category, max_len=80, one_line=True).casefold())
        _set(self, "area", c.text(f"{p}/area", self.area, max_len=120, one_line=True).casefold())
        _set(self, "description", c.text(f"{p}/description", self.description, max_len=4000))
        c.ident(f"{p}/author", self.author)
        _set(self, "urgency", c.choice(f"{p}/urgency", self.urgency, Urgency))
        _set(self, "asset_ids", c.ids(f"{p}/asset_ids", self.asset_ids))
        if not isinstance(self.open, bool):
            raise InvalidValueError(f"{p}/open", "must be true or false")
        _set(self, "created_at", c.moment(f"{p}/created_at", self.created_at))
        if self.expires_on is not None:
            c.day(f"{p}/expires_on", self.expires_on)
        if self.resolution is not None:
            _set(self, "resolution", c.choice(f"{p}/resolution", self.resolution, Resolution))

    def is_open_on(self, today: dt.date) -> bool:
        """Open and not past its expiry day: computed from the date, so no device has to write "expired"."""
        return self.open and (self.expires_on is None or today <= self.expires_on)


@dataclass(frozen=True)
class Recurrence:
    frequency: Frequency
    interval: int = 1
    count: int | None = None  # number of occurrences, or None for no end
    until: dt.date | None = None

    def __post_init__(self) -> None:
        _set(self, "frequency", c.choice("recurrence/frequency", self.frequency, Frequency))
        c.integer("recurrence/interval", self.interval, low=1, high=365)
        if self.count is not None:
            c.integer("recurrence/count", self.count, low=1, high=1000)
        if self.until is not None:
            c.day("recurrence/until", self.until)
        if self.count is not None and self.until is not None:
            raise InvalidValueError("recurrence", "give a number of occurrences or an end date, not both")


@dataclass(frozen=True)
class MovedOccurrence:
    """One occurrence of a repeating event held at another time: *original* is its start as the rule gives it."""

    original: dt.datetime
    starts_at: dt.datetime
    ends_at: dt.datetime

    def __post_init__(self) -> None:
        _set(self, "original", c.moment("moved/original", self.original))
        _set(self, "starts_at", c.moment("moved/starts_at", self.starts_at))
        _set(self, "ends_at", c.moment("moved/ends_at", self.ends_at))
        if self.ends_at < self.starts_at:
            raise InvalidValueError("moved/ends_at", "is before the start")


MAX_EXCEPTIONS = 500  # cancelled plus moved occurrences of one event


@dataclass(frozen=True)
class Event:
    id: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    time_zone: str  # IANA name, e.g. "Europe/London": how the organiser sees the time
    author: str
    place: str = ""
    organiser: str = ""
    description: str = ""
    recurrence: Recurrence | None = None
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    cancelled: tuple[dt.datetime, ...] = ()  # original starts (UTC) of occurrences that do not take place
    moved: tuple[MovedOccurrence, ...] = ()  # occurrences held at another time

    def __post_init__(self) -> None:
        p = f"events/{self.id}"
        c.ident(f"{p}/id", self.id)
        _set(self, "title", c.text(f"{p}/title", self.title, max_len=200, one_line=True))
        _set(self, "starts_at", c.moment(f"{p}/starts_at", self.starts_at))
        _set(self, "ends_at", c.moment(f"{p}/ends_at", self.ends_at))
        if self.ends_at < self.starts_at:
            raise InvalidValueError(f"{p}/ends_at", "is before the start")
        try:
            zoneinfo.ZoneInfo(c.text(f"{p}/time_zone", self.time_zone, max_len=64, one_line=True))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError, OSError):
            raise InvalidValueError(
                f"{p}/time_zone", "must be a time zone name such as Europe/London"
            ) from None
        c.ident(f"{p}/author", self.author)
        _set(self, "place", c.text(f"{p}/place", self.place, max_len=200, required=False, one_line=True))
        _set(
            self,
            "organiser",
            c.text(f"{p}/organiser", self.organiser, max_len=200, required=False, one_line=True),
        )
        _set(self, "description", c.text(f"{p}/description", self.description, max_len=4000, required=False))
        if self.recurrence is not None and not isinstance(self.recurrence, Recurrence):
            raise InvalidValueError(f"{p}/recurrence", "must be a recurrence rule")
        _set(self, "created_at", c.moment(f"{p}/created_at", self.created_at))
        self._check_exceptions(p)

    def _check_exceptions(self, p: str) -> None:
        if len(self.cancelled) + len(self.moved) > MAX_EXCEPTIONS:
            raise InvalidValueError(f"{p}/cancelled", f"holds more than {MAX_EXCEPTIONS} exceptions")
        cancelled = tuple(sorted({c.moment(f"{p}/cancelled", t) for t in self.cancelled}))
        _set(self, "cancelled", cancelled)
        for moved in self.moved:
            if not isinstance(moved, MovedOccurrence):
                raise InvalidValueError(f"{p}/moved", "must be moved occurrences")
        originals = [m.original for m in self.moved]
        if len(set(originals)) != len(originals):
            raise InvalidValueError(f"{p}/moved", "moves one occurrence twice")
        _set(self, "moved", tuple(sorted(self.moved, key=lambda m: m.original)))

    def occurrences(self, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
        """The start of each occurrence that overlaps [*start*, *end*), in order (UTC), leaving out cancelled
        ones and showing moved ones at their new time."""
        return [s for s, _ in self.occurrence_times(start, end)]

    def occurrence_times(self, start: dt.datetime, end: dt.datetime) -> list[tuple[dt.datetime, dt.datetime]]:
        """(start, end) of each occurrence that overlaps [*start*, *end*), in order, with the exceptions applied."""
        length = self.ends_at - self.starts_at
        skip = set(self.cancelled) | {m.original for m in self.moved}
        out = [(s, s + length) for s in self.scheduled(start, end) if s not in skip]
        for m in self.moved:
            tick = dt.timedelta(microseconds=1)
            real = m.original in self.scheduled(m.original - tick, m.original + tick)
            if real and m.original not in self.cancelled and m.starts_at < end and m.ends_at > start:
                out.append((m.starts_at, m.ends_at))
        return sorted(out)

    def scheduled(self, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
        """The start of each occurrence the rule gives that overlaps [*start*, *end*), in order (UTC).

        A repeating event keeps its wall-clock time in its own time zone (a 7 pm meeting stays at 7 pm across
        a clock change); a monthly one skips months without its day (no 31 February)."""
        zone = zoneinfo.ZoneInfo(self.time_zone)
        first = self.starts_at.astimezone(zone)
        length = self.ends_at - self.starts_at
        rule = self.recurrence
        if rule is None:
            return [self.starts_at] if self.starts_at < end and self.starts_at + length > start else []
        out: list[dt.datetime] = []
        index = _first_index(rule, first, start - length)
        while rule.count is None or index < rule.count:
            local = _nth(rule, first, index)
            index += 1
            if local is None:
                continue  # a month without this day
            if rule.until is not None and local.date() > rule.until:
                break
            moment = local.astimezone(dt.UTC)  # the zone's offset on that day
            if moment >= end:
                break
            if moment + length > start:
                out.append(moment)
        return out


def _nth(rule: Recurrence, first: dt.datetime, index: int) -> dt.datetime | None:
    """The *index*-th occurrence's local wall time (None when that month has no such day)."""
    step = index * rule.interval
    if rule.frequency is Frequency.DAILY:
        return first + dt.timedelta(days=step)  # naive arithmetic on the wall clock
    if rule.frequency is Frequency.WEEKLY:
        return first + dt.timedelta(weeks=step)
    months = first.month - 1 + step
    try:
        return first.replace(year=first.year + months // 12, month=months % 12 + 1)
    except ValueError:
        return None


def _first_index(rule: Recurrence, first: dt.datetime, since: dt.datetime) -> int:
    """An occurrence index at or before the first occurrence starting after *since* (never negative), so a
    long-running series is not walked from its beginning."""
    since_local = since.astimezone(first.tzinfo)
    if since_local <= first:
        return 0
    if rule.frequency is Frequency.MONTHLY:
        months = (since_local.year - first.year) * 12 + since_local.month - first.month
        return max(0, months // rule.interval - 1)
    days = 1 if rule.frequency is Frequency.DAILY else 7
    elapsed = since_local.replace(tzinfo=None) - first.replace(tzinfo=None)
    return max(0, elapsed.days // (days * rule.interval) - 1)


@dataclass(frozen=True)
class ProgressReport:
    id: str
    value: int  # progress towards the target, in the target's unit
    reported_at: dt.datetime
    author: str
    note: str = ""

    def __post_init__(self) -> None:
        p = f"reports/{self.id}"
        c.ident(f"{p}/id", self.id)
        c.integer(f"{p}/value", self.value, low=0, high=c.MAX_MINOR)
        _set(self, "reported_at", c.moment(f"{p}/reported_at", self.reported_at))
        c.ident(f"{p}/author", self.author)
        _set(self, "note", c.text(f"{p}/note", self.note, max_len=2000, required=False))


@dataclass(frozen=True)
class Project:
    id: str
    title: str
    goal: str
    author: str
    metric: str  # the social-benefit target, e.g. "meals served"
    unit: str  # e.g. "meals"
    target_value: int
    stake_price_minor: int
    currency: str
    stakes_offered: int
    bonus_percent: int  # paid on top of the principal when the target is met
    repay_by: dt.date
    status: ProjectStatus = ProjectStatus.PROPOSED
    reports: tuple[ProgressReport, ...] = ()
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    need_ids: tuple[str, ...] = ()  # the needs this project sets out to meet (an explicit link)
    # The members who confirm that the target is met, and how many of them must (m of n), chosen when the
    # project is created. With none named (projects from before), the latest report meeting the target counts.
    verifiers: tuple[str, ...] = ()
    verifiers_needed: int = 0

    def __post_init__(self) -> None:
        p = f"projects/{self.id}"
        c.ident(f"{p}/id", self.id)
        _set(self, "title", c.text(f"{p}/title", self.title, max_len=200, one_line=True))
        _set(self, "goal", c.text(f"{p}/goal", self.goal, max_len=4000))
        c.ident(f"{p}/author", self.author)
        _set(self, "metric", c.text(f"{p}/metric", self.metric, max_len=120, one_line=True))
        _set(self, "unit", c.text(f"{p}/unit", self.unit, max_len=40, one_line=True))
        c.integer(f"{p}/target_value", self.target_value, low=1, high=c.MAX_MINOR)
        c.money(f"{p}/stake_price_minor", self.stake_price_minor)
        c.currency(f"{p}/currency", self.currency)
        c.integer(f"{p}/stakes_offered", self.stakes_offered, low=1, high=100_000)
        c.integer(f"{p}/bonus_percent", self.bonus_percent, low=0, high=100)
        c.day(f"{p}/repay_by", self.repay_by)
        _set(self, "status", c.choice(f"{p}/status", self.status, ProjectStatus))
        if not all(isinstance(r, ProgressReport) for r in self.reports):
            raise InvalidValueError(f"{p}/reports", "must be progress reports")
        _set(self, "created_at", c.moment(f"{p}/created_at", self.created_at))
        _set(self, "need_ids", c.ids(f"{p}/need_ids", self.need_ids))
        _set(self, "verifiers", c.ids(f"{p}/verifiers", self.verifiers))
        low = 1 if self.verifiers else 0
        c.integer(f"{p}/verifiers_needed", self.verifiers_needed, low=low, high=len(self.verifiers))

    @property
    def progress(self) -> int:
        """The latest reported value (reports are cumulative)."""
        return (
            max((r for r in self.reports), key=lambda r: (r.reported_at, r.id)).value if self.reports else 0
        )

    @property
    def target_met(self) -> bool:
        return self.progress >= self.target_value


@dataclass(frozen=True)
class LendingCircle:
    """A lending circle (rotating savings): each period every member pays the round's recipient; in turn each
    member receives once. Nobody is in a circle without agreeing: it is *formed* once every listed member has
    signed a `circle_joined` entry, and the ledger counts contributions only then. Fixed once made."""

    id: str
    name: str
    author: str
    member_ids: tuple[str, ...]  # also the payout order: member_ids[k] is paid in round k
    contribution_minor: int
    currency: str
    period_days: int
    starts_on: dt.date
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def __post_init__(self) -> None:
        p = f"circles/{self.id}"
        c.ident(f"{p}/id", self.id)
        _set(self, "name", c.text(f"{p}/name", self.name, max_len=120, one_line=True))
        c.ident(f"{p}/author", self.author)
        _set(self, "member_ids", c.ids(f"{p}/member_ids", self.member_ids))
        if len(self.member_ids) < 2:
            raise InvalidValueError(f"{p}/member_ids", "a circle needs at least two members")
        c.money(f"{p}/contribution_minor", self.contribution_minor)
        c.currency(f"{p}/currency", self.currency)
        c.integer(f"{p}/period_days", self.period_days, low=1, high=366)
        c.day(f"{p}/starts_on", self.starts_on)
        _set(self, "created_at", c.moment(f"{p}/created_at", self.created_at))

    @property
    def rounds(self) -> int:
        return len(self.member_ids)

    @property
    def pot_minor(self) -> int:
        """What a round's recipient receives: one contribution from each of the others (their own share is
        theirs already, so they pay nothing in their own round)."""
        return self.contribution_minor * (len(self.member_ids) - 1)

    def payers(self, round_index: int) -> tuple[str, ...]:
        """Who pays in round *round_index*: every member but its recipient, in the circle's order."""
        recipient = self.member_ids[round_index]
        return tuple(m for m in self.member_ids if m != recipient)

    def round_date(self, round_index: int) -> dt.date:
        return self.starts_on + dt.timedelta(days=self.period_days * round_index)


# The least share of a proposal's voters that must vote (abstaining counts) for it to pass: a quarter, so a
# handful of friends cannot move the common purse in a community of forty while most are away, yet a busy
# month with many absent still reaches it. At least one vote, however few the voters.
QUORUM_SHARE = Fraction(1, 4)


def quorum_minimum(voters: int) -> int:
    """The smallest quorum a proposal with *voters* voters may set: ceil(QUORUM_SHARE × voters), at least 1."""
    return max(1, math.ceil(voters * QUORUM_SHARE))


@dataclass(frozen=True)
class Proposal:
    """A proposal to spend from the common purse. Its voters are the members when it opened (the membership
    log at the heads its change names), frozen; its quorum is at least `quorum_minimum` of them. A proposal
    made outside a community's log (an import, the demo town) may list none: then every member's vote counts."""

    id: str
    title: str
    purpose: str
    author: str
    amount_minor: int
    currency: str
    deadline: dt.datetime
    quorum: int  # at least this many members must vote
    threshold_percent: int  # share of yes among yes+no needed to pass
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    voters: tuple[str, ...] = ()  # sorted member ids: who may vote (filled in by whoever opens it)
    # Results hidden until the deadline: votes are sealed (a commitment each) and revealed after it
    # (`sync.community.votes`). Chosen when the proposal opens; it never changes.
    sealed: bool = False

    def __post_init__(self) -> None:
        p = f"proposals/{self.id}"
        if not isinstance(self.sealed, bool):
            raise InvalidValueError(f"{p}/sealed", "must be true or false")
        _set(self, "voters", tuple(sorted(c.ids(f"{p}/voters", self.voters))))
        if self.voters and c.integer(f"{p}/quorum", self.quorum, low=1, high=100_000) < quorum_minimum(
            len(self.voters)
        ):
            raise InvalidValueError(
                f"{p}/quorum",
                f"must be at least {quorum_minimum(len(self.voters))} for {len(self.voters)} voters",
            )
        c.ident(f"{p}/id", self.id)
        _set(self, "title", c.text(f"{p}/title", self.title, max_len=200, one_line=True))
        _set(self, "purpose", c.text(f"{p}/purpose", self.purpose, max_len=4000))
        c.ident(f"{p}/author", self.author)
        c.money(f"{p}/amount_minor", self.amount_minor)
        c.currency(f"{p}/currency", self.currency)
        _set(self, "deadline", c.moment(f"{p}/deadline", self.deadline))
        c.integer(f"{p}/quorum", self.quorum, low=1, high=100_000)
        c.integer(f"{p}/threshold_percent", self.threshold_percent, low=1, high=100)
        _set(self, "created_at", c.moment(f"{p}/created_at", self.created_at))


MIN_PULSE_ROSTER = 5
PULSE_KEY_HEX = 64  # a raw X25519 public key, as lowercase hex


class PulseInstrument(enum.Enum):
    """The questions a pulse round asks: the ONS four personal well-being questions (each 0–10) or the WHO-5
    Well-Being Index (five items, each 0–5)."""

    ONS4 = "ons4"
    WHO5 = "who5"

    @property
    def questions(self) -> int:
        return 4 if self is PulseInstrument.ONS4 else 5

    @property
    def max_score(self) -> int:
        return 10 if self is PulseInstrument.ONS4 else 5


@dataclass(frozen=True)
class PulseRound:
    """A wellbeing pulse round: its questions, fixed roster and window, each participant's pulse key for this
    round and each masked post (see docs/protocol.md, "Wellbeing pulse")."""

    id: str
    roster: tuple[str, ...]
    opens_at: dt.datetime
    closes_at: dt.datetime
    author: str
    submissions: dict[str, str] = field(
        default_factory=dict
    )  # member id → masked post (16 hex digits a value)
    instrument: PulseInstrument = PulseInstrument.ONS4
    keys: dict[str, str] = field(default_factory=dict)  # member id → X25519 public key for this round (hex)
    rerun_of: str = ""  # the round this one reruns without those who did not post

    def __post_init__(self) -> None:
        p = f"pulse/{self.id}"
        c.ident(f"{p}/id", self.id)
        _set(self, "roster", c.ids(f"{p}/roster", self.roster))
        if len(self.roster) < MIN_PULSE_ROSTER:
            raise InvalidValueError(
                f"{p}/roster",
                f"a pulse round needs at least {MIN_PULSE_ROSTER} people, so no answer can be traced to one",
            )
        _set(self, "opens_at", c.moment(f"{p}/opens_at", self.opens_at))
        _set(self, "closes_at", c.moment(f"{p}/closes_at", self.closes_at))
        if self.closes_at <= self.opens_at:
            raise InvalidValueError(f"{p}/closes_at", "must be after the opening")
        c.ident(f"{p}/author", self.author)
        _set(self, "instrument", c.choice(f"{p}/instrument", self.instrument, PulseInstrument))
        if self.rerun_of:
            c.ident(f"{p}/rerun_of", self.rerun_of)
        for name in ("keys", "submissions"):
            if not isinstance(getattr(self, name), dict):
                raise InvalidValueError(f"{p}/{name}", "must map member ids to hex text")
        for member, key in self.keys.items():
            pulse_key(self.roster, f"{p}/keys/{member}", member, key)
        for member, masked in self.submissions.items():
            masked_post(self.roster, self.instrument, f"{p}/submissions/{member}", member, masked)


def _roster_hex(roster: tuple[str, ...], path: str, member: object, value: object, length: int) -> str:
    if member not in roster:
        raise InvalidValueError(path, "is not on the round's roster")
    if not isinstance(value, str) or len(value) != length or not c.HEX_TEXT.match(value):
        raise InvalidValueError(path, f"must be {length} lowercase hex digits")
    return value


def pulse_key(roster: tuple[str, ...], path: str, member: object, value: object) -> str:
    """A participant's pulse key for one round: a raw X25519 public key as 64 lowercase hex digits."""
    return _roster_hex(roster, path, member, value, PULSE_KEY_HEX)


def masked_post(
    roster: tuple[str, ...], instrument: PulseInstrument, path: str, member: object, value: object
) -> str:
    """A masked post: one unsigned 64-bit value per question, each 16 lowercase hex digits, concatenated."""
    return _roster_hex(roster, path, member, value, 16 * instrument.questions)


MIN_AREA_POINTS = 3
MAX_AREA_POINTS = 500


@dataclass(frozen=True)
class Area:
    """A part of the neighbourhood the community outlines on its map ("North End", "the estate"): a name and
    a closed outline of 3–500 points. Any member draws one; only its author or an admin changes it. Records
    are never deleted from the document, so removing an area marks it `removed`."""

    id: str
    name: str
    outline: tuple[Location, ...]
    author: str
    removed: bool = False
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def __post_init__(self) -> None:
        p = f"areas/{self.id}"
        c.ident(f"{p}/id", self.id)
        _set(self, "name", c.text(f"{p}/name", self.name, max_len=120, one_line=True))
        if not isinstance(self.outline, (tuple, list)) or not all(
            isinstance(v, Location) for v in self.outline
        ):
            raise InvalidValueError(f"{p}/outline", "must be a list of latitudes and longitudes")
        if not MIN_AREA_POINTS <= len(self.outline) <= MAX_AREA_POINTS:
            raise InvalidValueError(
                f"{p}/outline",
                f"needs {MIN_AREA_POINTS} to {MAX_AREA_POINTS} points, not {len(self.outline)}",
            )
        _set(self, "outline", tuple(self.outline))
        c.ident(f"{p}/author", self.author)
        if not isinstance(self.removed, bool):
            raise InvalidValueError(f"{p}/removed", "must be true or false")
        _set(self, "created_at", c.moment(f"{p}/created_at", self.created_at))
