"""Millbrook, a small demo town: every kind of entity, with clear gaps and overlaps and a validly signed ledger.

`demo_view(today)` is deterministic: the same date gives the same view, down to the signatures (Ed25519 is
deterministic and the demo's device keys are derived from fixed seeds). `demo_keys()` verifies them. Every
time in it is placed relative to *today*, so the app's demo always looks current.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import random
import zoneinfo
from dataclasses import dataclass, field
from typing import Final

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync.identity import DeviceSigner
from sync.pulse import public_key_bytes

from ..model import (
    Area,
    Asset,
    Choice,
    EntryKind,
    Event,
    Frequency,
    LendingCircle,
    Location,
    Member,
    NeedOrOffer,
    ProgressReport,
    Project,
    ProjectStatus,
    Proposal,
    PulseRound,
    Recurrence,
    Role,
    Side,
    Urgency,
)
from ..pulse_rounds import mask_answers
from ..signed import CREDIT_UNIT, KeyringVerifier, LedgerEntry, Vote
from ..verified import KeyedVerifier
from ..view import CommunityView
from ._town import ASSETS, MEMBERS, NEEDS_AND_OFFERS

NAME: Final = "Millbrook Neighbours"
TIME_ZONE: Final = "Europe/London"
CURRENCY: Final = "GBP"
_TZ: Final = zoneinfo.ZoneInfo(TIME_ZONE)
_CENTRE: Final = (53.4270, -2.1640)  # a made-up town; the map pins sit around here


def _seed(*parts: str) -> bytes:
    return hashlib.sha256("/".join(("commons-demo", *parts)).encode()).digest()


def _id(kind: str, key: str) -> str:
    """A random-looking but fixed id, like the document's own random ids."""
    return _seed(kind, key).hex()[:20]


def member_id(key: str) -> str:
    return _id("member", key)


def _signer(key: str, device: int = 0) -> DeviceSigner:
    return DeviceSigner.from_private_bytes(_seed("device", key, str(device)))


def demo_signers() -> dict[str, DeviceSigner]:
    """Each member id → the device the demo signs with (the first one)."""
    return {member_id(key): _signer(key) for key, _, _ in MEMBERS}


def demo_keys() -> KeyringVerifier:
    """A verifier that knows every demo device, the second devices included."""
    verifier = KeyringVerifier()
    for key, _, _ in MEMBERS:
        for device in _devices(key):
            verifier.add(_signer(key, device).public_key)
    return verifier


class DemoVerifier:
    """The demo town's residents are made up: their devices are in no membership log, only in this module.
    For the demo town (a local space, never synced) this verifier knows them as well as the devices the
    space's log knows (the person exploring it): each resident's devices speak for that resident only."""

    def __init__(self, log: KeyedVerifier) -> None:
        self._log = log
        self._residents = {
            member_id(key): frozenset(_signer(key, d).device_id.hex for d in _devices(key))
            for key, _, _ in MEMBERS
        }
        self._keys = demo_keys()

    def verify(self, device_id: str, message: bytes, signature: bytes) -> bool:
        return self._log.verify(device_id, message, signature) or self._keys.verify(
            device_id, message, signature
        )

    def devices_of(self, member_id: str) -> frozenset[str]:
        return self._log.devices_of(member_id) | self._residents.get(member_id, frozenset())

    def key_of(self, device_id: str) -> bytes | None:
        return self._log.key_of(device_id) or self._keys.key_of(device_id)


def _devices(key: str) -> range:
    return range(2 if key == "ada" else 1)


@dataclass
class _Town:
    """The demo under construction: times relative to *today*, and the signed records made so far."""

    today: dt.date
    rng: random.Random = field(default_factory=lambda: random.Random("millbrook"))
    ledger: list[LedgerEntry] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    signers: dict[str, DeviceSigner] = field(default_factory=demo_signers)

    def at(self, days: int, hour: int = 12, minute: int = 0) -> dt.datetime:
        """Local time on the day *days* from today (negative = past), as UTC."""
        day = self.today + dt.timedelta(days=days)
        return dt.datetime.combine(day, dt.time(hour, minute), _TZ).astimezone(dt.UTC)

    def entry(
        self,
        kind: EntryKind,
        author: str,
        amount: int,
        at: dt.datetime,
        *,
        counterparty: str = "",
        ref: str = "",
        round: int | None = None,
        memo: str = "",
    ) -> str:
        signer = self.signers[member_id(author)]
        entry = LedgerEntry(
            id=_id("entry", str(len(self.ledger))),
            kind=kind,
            author=member_id(author),
            device_id=signer.device_id.hex,
            amount_minor=amount,
            unit=CREDIT_UNIT if kind in (EntryKind.CREDIT_TRANSFER, EntryKind.CREDIT_CONFIRMED) else CURRENCY,
            at=at,
            counterparty=member_id(counterparty) if counterparty else "",
            ref=ref,
            round=round,
            memo=memo,
        )
        self.ledger.append(entry.signed_by(signer))
        return entry.id

    def vote(self, proposal: Proposal, voter: str, choice: Choice, at: dt.datetime) -> None:
        signer = self.signers[member_id(voter)]
        vote = Vote(
            id=_id("vote", str(len(self.votes))),
            proposal_id=proposal.id,
            member_id=member_id(voter),
            device_id=signer.device_id.hex,
            choice=choice,
            cast_at=at,
        )
        self.votes.append(vote.signed_by(signer))


def demo_view(today: dt.date) -> CommunityView:
    """The Millbrook demo community as it stands on *today*."""
    town = _Town(today)
    projects = _projects(town)
    circle = _lending_circle(town)
    proposals = _purse(town)
    limits = _time_credits(town)
    pulse = _pulse(town)
    assets = _assets(town)
    return CommunityView(
        name=NAME,
        members={m.id: m for m in _members(town)},
        assets={a.id: a for a in assets},
        needs_offers={n.id: n for n in _needs_and_offers(town)},
        events={e.id: e for e in _events(town)},
        projects={p.id: p for p in projects},
        circles={circle.id: circle},
        proposals={p.id: p for p in proposals},
        credit_limits=limits,
        pulse_rounds={p.id: p for p in pulse},
        ledger=tuple(town.ledger),
        votes=tuple(town.votes),
        areas={a.id: a for a in _areas(town, assets)},
    )


def _areas(town: _Town, assets: list[Asset]) -> list[Area]:
    """Each neighbourhood with pins, outlined around them (a margin of about 60 m), drawn by Ada."""
    out = []
    for name in sorted({a.area for a in assets if a.location is not None}):
        places = [a.location for a in assets if a.area == name and a.location is not None]
        south, north = min(p.lat for p in places) - 0.0006, max(p.lat for p in places) + 0.0006
        west, east = min(p.lon for p in places) - 0.0009, max(p.lon for p in places) + 0.0009
        corners = ((south, west), (north, west), (north, east), (south, east))
        outline = tuple(Location(round(lat, 6), round(lon, 6)) for lat, lon in corners)
        out.append(Area(_id("area", name), name, outline, member_id("ada"), created_at=town.at(-400, 10)))
    return out


def _members(town: _Town) -> list[Member]:
    return [
        Member(
            id=member_id(key),
            name=name,
            role=Role.ADMIN if admin else Role.MEMBER,
            device_ids=tuple(_signer(key, d).device_id.hex for d in _devices(key)),
            joined_at=town.at(-400 + 25 * i, 19),
        )
        for i, (key, name, admin) in enumerate(MEMBERS)
    ]


_BY_NAME: Final = {name: key for key, name, _ in MEMBERS}
_NAMES: Final = {key: name for key, name, _ in MEMBERS}


def asset_id(title: str) -> str:
    return _id("asset", title)


def _assets(town: _Town) -> list[Asset]:
    keys = [key for key, _, _ in MEMBERS]
    out = []
    for i, (kind, title, category, area, steward, offset, support, used) in enumerate(ASSETS):
        raters = town.rng.sample(keys, town.rng.choice((0, 0, 1, 2, 3, 5)))
        out.append(
            Asset(
                id=asset_id(title),
                kind=kind,
                title=title,
                # A person's skill is listed by that person; everything else by one of the two admins.
                author=member_id(_BY_NAME.get(steward, "ada" if i % 2 else "bartek")),
                category=category,
                area=area,
                description=f"{title} ({area}), looked after by {steward}.",
                steward=steward,
                support_offered=support,
                how_used=used,
                location=None
                if offset is None
                else Location(
                    round(_CENTRE[0] + offset[0] / 1000, 6), round(_CENTRE[1] + offset[1] / 1000, 6)
                ),
                created_at=town.at(-380 + 5 * i, 20),
                ratings={member_id(k): town.rng.choice((3, 4, 4, 5, 5, 2)) for k in raters},
            )
        )
    return out


# Needs and offers that name the assets meeting them.
_LINKS: Final = {
    "tap": ("Plumbing know-how",),
    "room": ("Library meeting room",),
    "bike-femi": ("Bike repair", "Repair café corner"),
    "mending": ("Sewing and mending", "Sewing machines (3)"),
    "digital": ("Smartphone help", "Loan laptops (6)"),
}


def need_or_offer_id(key: str) -> str:
    return _id("need-or-offer", key)


def _needs_and_offers(town: _Town) -> list[NeedOrOffer]:
    return [
        NeedOrOffer(
            id=need_or_offer_id(key),
            side=Side(side),
            category=category,
            area=area,
            description=description,
            author=member_id(author),
            urgency=Urgency(urgency),
            asset_ids=tuple(asset_id(t) for t in _LINKS.get(key, ())),
            created_at=town.at(-40 + 2 * i, 10),
        )
        for i, (side, key, author, category, area, urgency, description) in enumerate(NEEDS_AND_OFFERS)
    ]


# (weekday 0=Monday, start, minutes, title, place, organiser key, time zone, description)
_WEEK: Final = (
    (0, "18:00", 120, "Repair café", "Community hall", "femi", TIME_ZONE,
        "Bring anything broken: bikes, lamps, clothes."),
    (1, "14:00", 120, "Knit and natter", "Library meeting room", "kasia", TIME_ZONE,
        "All levels; needles to borrow."),
    (2, "10:00", 180, "Allotment work party", "Station Road allotments", "ada", TIME_ZONE,
        "Weeding the newcomers' plots."),
    (3, "10:00", 120, "Digital drop-in", "Library meeting room", "iris", TIME_ZONE,
        "Phones, laptops, online forms."),
    (3, "19:00", 60, "Video call with our twin town", "Online", "bartek", "Europe/Warsaw",
        "Planning the summer exchange with Wieliczka."),
    (4, "18:30", 120, "Community meal", "St Anne's church kitchen", "grace", TIME_ZONE,
        "Pay what you can."),
    (5, "10:00", 120, "Park clean-up", "Millbrook Park", "leon", TIME_ZONE,
        "Gloves and pickers provided."),
    (6, "11:00", 90, "River path walk", "River path", "esther", TIME_ZONE,
        "Step-free, about 3 km, dogs welcome."),
)  # fmt: skip


def _events(town: _Town) -> list[Event]:
    out = []
    for weekday, start, minutes, title, place, organiser, zone, description in _WEEK:
        day = town.today + dt.timedelta(days=(weekday - town.today.weekday()) % 7)
        hour, minute = (int(x) for x in start.split(":"))
        starts = dt.datetime.combine(day, dt.time(hour, minute), zoneinfo.ZoneInfo(zone))
        weekly = title == "Repair café"
        out.append(
            Event(
                id=_id("event", title),
                title=title,
                starts_at=starts.astimezone(dt.UTC),
                ends_at=(starts + dt.timedelta(minutes=minutes)).astimezone(dt.UTC),
                time_zone=zone,
                author=member_id(organiser),
                place=place,
                organiser=_NAMES[organiser],
                description=description,
                recurrence=Recurrence(Frequency.WEEKLY, until=day + dt.timedelta(weeks=12))
                if weekly
                else None,
                created_at=town.at(-10, 9),
            )
        )
    return out


def project_id(key: str) -> str:
    return _id("project", key)


def _projects(town: _Town) -> list[Project]:
    repaid = _project(
        town, "toolkit", "Repair café tool kit", "femi", ProjectStatus.REPAID,
        goal="Buy a full set of bike and electrical repair tools so the repair café can fix 100 things.",
        metric="items repaired", unit="repairs", target=100, price=2500, offered=12, bonus=5, repay_in=-14,
        stakes={"ada": 4, "dev": 3, "grace": 2, "leon": 1}, bought=-175, reports=((-150, 40), (-90, 85), (-45, 132)),
        verifiers=("bartek", "iris"), needed=2,
    )  # fmt: skip
    for hour, (key, note) in enumerate(
        (("bartek", "Counted the repair café's log book"), ("iris", "Saw the tally at the last three cafés")),
        10,
    ):
        town.entry(EntryKind.TARGET_CONFIRMED, key, 132, town.at(-40, hour), ref=repaid.id, memo=note)
    for key, stakes in (("ada", 4), ("dev", 3), ("grace", 2), ("leon", 1)):
        principal = stakes * repaid.stake_price_minor
        town.entry(
            EntryKind.REPAYMENT, "femi", principal + principal * repaid.bonus_percent // 100, town.at(-30, 18),
            counterparty=key, ref=repaid.id, memo="Principal plus 5% bonus: target met",
        )  # fmt: skip
    funding = _project(
        town, "kitchen", "Riverside community kitchen", "grace", ProjectStatus.FUNDING,
        goal="Hot food for older neighbours in Riverside: two community meals a week cooked at the youth club.",
        metric="meals served", unit="meals", target=2000, price=5000, offered=40, bonus=3, repay_in=365,
        stakes={"bartek": 5, "chloe": 2, "iris": 3, "hamid": 1}, bought=-12, reports=(),
        need_ids=(need_or_offer_id("meals"),), verifiers=("dev", "esther", "leon"), needed=2,
    )  # fmt: skip
    active = _project(
        town, "bikes", "Youth bike workshop", "jonah", ProjectStatus.ACTIVE,
        goal="Young people refurbish donated bikes and keep one in five; the rest go to families who need one.",
        metric="bikes refurbished", unit="bikes", target=60, price=2000, offered=15, bonus=4, repay_in=180,
        stakes={"kasia": 5, "esther": 4, "ada": 3, "leon": 3}, bought=-70, reports=((-40, 12), (-10, 27)),
        verifiers=("hamid",), needed=1,
    )  # fmt: skip
    return [repaid, funding, active]


def _project(
    town: _Town,
    key: str,
    title: str,
    steward: str,
    status: ProjectStatus,
    *,
    goal: str,
    metric: str,
    unit: str,
    target: int,
    price: int,
    offered: int,
    bonus: int,
    repay_in: int,
    stakes: dict[str, int],
    bought: int,
    reports: tuple[tuple[int, int], ...],
    need_ids: tuple[str, ...] = (),
    verifiers: tuple[str, ...] = (),
    needed: int = 0,
) -> Project:
    """A project whose stakes were bought *bought* days from today (signed entries added to the ledger)."""
    project = Project(
        id=project_id(key),
        title=title,
        goal=goal,
        author=member_id(steward),
        metric=metric,
        unit=unit,
        target_value=target,
        stake_price_minor=price,
        currency=CURRENCY,
        stakes_offered=offered,
        bonus_percent=bonus,
        repay_by=town.today + dt.timedelta(days=repay_in),
        status=status,
        reports=tuple(
            ProgressReport(_id("report", f"{key}-{days}"), value, town.at(days, 17), member_id(steward))
            for days, value in reports
        ),
        created_at=town.at(bought - 10, 11),
        need_ids=need_ids,
        verifiers=tuple(member_id(k) for k in verifiers),
        verifiers_needed=needed,
    )
    for hour, (buyer, count) in enumerate(stakes.items(), start=9):
        town.entry(
            EntryKind.STAKE_BOUGHT, buyer, count * price, town.at(bought, hour),
            counterparty=steward, ref=project.id, memo=f"{count} stake{'s' if count > 1 else ''}",
        )  # fmt: skip
    return project


LENDING_CIRCLE_MEMBERS: Final = ("bartek", "chloe", "hamid", "kasia", "leon", "iris")


def _lending_circle(town: _Town) -> LendingCircle:
    """Six members, £50 a month each: each round's recipient gets £250 from the other five. All six joined when
    Bartek made it; three of the six rounds are complete, each payment confirmed by its recipient."""
    circle = LendingCircle(
        id=_id("circle", "station-road"),
        name="Station Road savings circle",
        author=member_id("bartek"),
        member_ids=tuple(member_id(k) for k in LENDING_CIRCLE_MEMBERS),
        contribution_minor=5000,
        currency=CURRENCY,
        period_days=30,
        starts_on=town.today - dt.timedelta(days=75),
        created_at=town.at(-90, 20),
    )
    for hour, key in enumerate(LENDING_CIRCLE_MEMBERS, start=9):
        town.entry(EntryKind.CIRCLE_JOINED, key, 5000, town.at(-89, hour), ref=circle.id)
    for k in range(circle.rounds // 2):
        days = (circle.round_date(k) - town.today).days
        recipient = LENDING_CIRCLE_MEMBERS[k]
        for minute, key in enumerate(m for m in LENDING_CIRCLE_MEMBERS if m != recipient):
            paid = town.entry(
                EntryKind.LENDING_CIRCLE_CONTRIBUTION, key, 5000, town.at(days - 2, 9, minute),
                counterparty=recipient, ref=circle.id, round=k,
            )  # fmt: skip
            town.entry(
                EntryKind.CIRCLE_RECEIVED, recipient, 5000, town.at(days - 1, 19, minute),
                counterparty=key, ref=paid, round=k,
            )  # fmt: skip
    return circle


def proposal_id(key: str) -> str:
    return _id("proposal", key)


def _voters(town: _Town, opened: dt.datetime) -> tuple[str, ...]:
    """A proposal's voters: the residents who had joined when it opened (a community's log says so for real)."""
    return tuple(sorted(m.id for m in _members(town) if m.joined_at <= opened))


def _purse(town: _Town) -> list[Proposal]:
    for days, (key, amount) in zip(
        range(-120, 0, 7),
        (
            ("ada", 10000),
            ("bartek", 10000),
            ("esther", 5000),
            ("jonah", 2500),
            ("grace", 2500),
            ("dev", 5000),
        ),
        strict=False,
    ):
        town.entry(EntryKind.PURSE_DEPOSIT, key, amount, town.at(days, 15), memo="Into the common purse")
    passed = Proposal(
        id=proposal_id("urn"),
        title="Tea urn and kettle for the hall",
        purpose="The old urn failed its safety test; the community meal needs hot water for 80.",
        author=member_id("grace"),
        amount_minor=12000,
        currency=CURRENCY,
        deadline=town.at(-20, 21),
        quorum=5,
        threshold_percent=60,
        created_at=town.at(-34, 10),
        voters=_voters(town, town.at(-34, 10)),
    )
    choices = {"ada": "yes", "bartek": "yes", "chloe": "yes", "dev": "no", "esther": "yes", "femi": "abstain"}
    for days, (voter, choice) in enumerate(choices.items(), start=-31):
        town.vote(passed, voter, Choice(choice), town.at(days, 20))
    town.vote(passed, "hamid", Choice.YES, town.at(-20, 20, 59))
    town.entry(
        EntryKind.PURSE_WITHDRAWAL, "ada", passed.amount_minor, town.at(-18, 11),
        counterparty="grace", ref=passed.id, memo="Urn and kettle from the catering supplier",
    )  # fmt: skip
    open_ = Proposal(
        id=proposal_id("meadow"),
        title="Wildflower seeds and bulbs for the meadow",
        purpose="Native seed mix and 500 bulbs, planted with the primary school in the autumn.",
        author=member_id("iris"),
        amount_minor=8000,
        currency=CURRENCY,
        deadline=town.at(6, 20),
        quorum=6,
        threshold_percent=60,
        created_at=town.at(-3, 9),
        voters=_voters(town, town.at(-3, 9)),
    )
    town.vote(open_, "iris", Choice.YES, town.at(-3, 9, 30))
    town.vote(open_, "chloe", Choice.NO, town.at(-2, 18))
    town.vote(open_, "jonah", Choice.YES, town.at(-2, 19))
    town.vote(open_, "leon", Choice.NO, town.at(-2, 21))
    town.vote(open_, "kasia", Choice.YES, town.at(-1, 8))
    town.vote(open_, "chloe", Choice.YES, town.at(-1, 12))  # changed her mind: her latest vote counts
    return [passed, open_]


# (payer, payee, minutes, memo, days ago): time credits for help given, an hour of anyone's time the same.
_TRANSFERS: Final = (
    ("ada", "bartek", 60, "Translating a letter from the council"),
    ("grace", "dev", 90, "Help with my tax return"),
    ("hamid", "esther", 120, "Benefit appeal letter"),
    ("chloe", "femi", 45, "Bike wheel trued"),
    ("leon", "jonah", 60, "Carried my shopping for a fortnight"),
    ("esther", "leon", 30, "Fixed the kitchen tap"),
    ("iris", "kasia", 60, "Hemmed the curtains"),
    ("dev", "iris", 90, "CV review and interview practice"),
    ("kasia", "chloe", 120, "English conversation, four sessions"),
    ("jonah", "ada", 60, "Bookkeeping for the workshop"),
    ("bartek", "grace", 180, "Batch cooking lesson"),
    ("femi", "hamid", 90, "Interpreting at a school meeting"),
    ("leon", "iris", 60, "Phone set-up"),
    ("chloe", "esther", 30, "First aid refresher"),
)


def _time_credits(town: _Town) -> dict[str, int]:
    for i, (payer, payee, minutes, memo) in enumerate(_TRANSFERS):
        at = town.at(-60 + 4 * i, 16)
        transfer = town.entry(EntryKind.CREDIT_TRANSFER, payer, minutes, at, counterparty=payee, memo=memo)
        if i < len(_TRANSFERS) - 1:  # the newest still waits for Esther to confirm it
            town.entry(
                EntryKind.CREDIT_CONFIRMED,
                payee,
                minutes,
                town.at(-59 + 4 * i, 10),
                counterparty=payer,
                ref=transfer,
            )
    # Everyone may go ten hours below zero; the three newest members five hours.
    return {member_id(key): 300 if i >= len(MEMBERS) - 3 else 600 for i, (key, _, _) in enumerate(MEMBERS)}


_PULSE_RESIDENTS = ("ada", "bartek", "chloe", "dev", "esther", "femi", "grace", "hamid")


def _pulse(town: _Town) -> list[PulseRound]:
    """Last month's round, which everyone answered (its means show), and this week's, five of eight so far.
    Real masked posts: each resident has a pulse key for the round and masks made-up answers with it."""
    roster = tuple(member_id(k) for k in _PULSE_RESIDENTS)
    last = _pulse_round(town, "last-month", roster, town.at(-35, 9), town.at(-28, 21), len(roster))
    this = _pulse_round(town, "this-week", roster, town.at(-2, 9), town.at(5, 21), 5)
    return [last, this]


def _pulse_round(
    town: _Town, key: str, roster: tuple[str, ...], opens: dt.datetime, closes: dt.datetime, posting: int
) -> PulseRound:
    private = {m: X25519PrivateKey.from_private_bytes(town.rng.randbytes(32)) for m in roster}
    keys = {m: public_key_bytes(k).hex() for m, k in private.items()}
    record = PulseRound(_id("pulse", key), roster, opens, closes, member_id("ada"), keys=keys)
    posts = {}
    for m in roster[:posting]:
        answers = tuple(
            town.rng.randint(low, 10) for low in (5, 6, 5, 0)
        )  # satisfied, worthwhile, happy, anxious
        posts[m] = mask_answers(record, m, private[m], answers)
    return dataclasses.replace(record, submissions=posts)


__all__ = [
    "CURRENCY",
    "NAME",
    "TIME_ZONE",
    "DemoVerifier",
    "asset_id",
    "demo_keys",
    "demo_signers",
    "demo_view",
    "member_id",
    "need_or_offer_id",
    "project_id",
    "proposal_id",
]
