"""Large made-up communities for benchmarks: `generate_view(assets=10_000, members=2_000, events=5_000)`.

Seeded and fast (about a second for the default size). Every value passes the model's checks; the optional
time-credit transfers are really signed, each confirmed by its receiver, and stay within their credit limits, so
check_ledger accepts them all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from typing import Final

from sync.identity import DeviceSigner

from .model import (
    Asset,
    AssetKind,
    EntryKind,
    Event,
    Frequency,
    Location,
    Member,
    NeedOrOffer,
    Recurrence,
    Role,
    Side,
    Urgency,
)
from .signed import CREDIT_UNIT, KeyringVerifier, LedgerEntry
from .view import CommunityView

START: Final = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)  # everything happens in the three years after this
SPAN_SECONDS: Final = 3 * 365 * 24 * 3600
CREDIT_LIMIT: Final = 600

_FIRST = (
    "Ada", "Bartek", "Chloe", "Dev", "Esther", "Femi", "Grace", "Hamid", "Iris", "Jonah", "Kasia", "Leon",
    "Maya", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Viktor", "Wen", "Yusuf", "Zofia",
)  # fmt: skip
_LAST = (
    "Okafor", "Nowak", "Martin", "Patel", "Cohen", "Adeyemi", "O'Neill", "Rahimi", "Lindqvist", "Price",
    "Wójcik", "Brooks", "Singh", "Jones", "Khan", "Murphy", "Silva", "Novak", "Evans", "Ali",
)  # fmt: skip
_THINGS: Final = {
    AssetKind.NATURAL: ("park", "allotment", "river path", "orchard", "meadow", "pond", "woods", "garden"),
    AssetKind.HUMAN: (
        "bike repair",
        "tax forms",
        "first aid",
        "Polish translation",
        "sewing",
        "plumbing",
        "cooking",
        "smartphone help",
        "carpentry",
        "guitar",
        "benefits advice",
        "CV writing",
        "knitting",
        "electrics",
    ),
    AssetKind.BUILT: ("community hall", "library room", "kitchen", "sports hall", "youth club", "scout hut"),
    AssetKind.INDUSTRIAL: (
        "power tools",
        "van",
        "trailer",
        "sewing machines",
        "laptops",
        "projector",
        "oven",
    ),
}
_AREAS: Final = tuple(f"Ward {n}" for n in range(1, 41))
_CATEGORIES: Final = (
    "green space", "growing", "paperwork", "health", "translation", "sewing", "plumbing", "cooking", "space",
    "digital skills", "diy", "transport", "events", "storage", "childcare", "pets", "food", "music",
)  # fmt: skip
_ZONES: Final = ("Europe/London", "Europe/Warsaw", "Europe/Berlin", "America/New_York", "UTC")
_TEXT: Final = (
    "Looked after by volunteers and open to every member. Ask at the hall, or message the steward; "
    "bring a friend if you like. Used every week by several groups."
)


def _member_id(n: int) -> str:
    return f"m{n:06d}"


def _signer(seed: int, n: int) -> DeviceSigner:
    secret = hashlib.sha256(f"commons-generator/{seed}/{n}".encode()).digest()
    return DeviceSigner.from_private_bytes(secret)


def generator_keys(members: int, seed: int = 0) -> KeyringVerifier:
    """The verifier for a generated view's signed transfers (it knows every member's device)."""
    verifier = KeyringVerifier()
    for n in range(members):
        verifier.add(_signer(seed, n).public_key)
    return verifier


def generate_view(
    assets: int = 10_000,
    members: int = 2_000,
    events: int = 5_000,
    seed: int = 0,
    *,
    needs_offers: int = 0,
    credit_transfers: int = 0,
) -> CommunityView:
    """A community of the given size, the same for the same arguments. Members' device ids are real
    Ed25519 device ids only when *credit_transfers* asks for signed entries (keys cost time)."""
    if members < 2:
        raise ValueError("a generated community needs at least two members")
    rng = random.Random(seed)
    signers = [_signer(seed, n) for n in range(members)] if credit_transfers else []
    people = [_member(rng, n, signers[n].device_id.hex if signers else None) for n in range(members)]
    return CommunityView(
        name=f"Generated community {seed}",
        members={m.id: m for m in people},
        assets={a.id: a for a in (_asset(rng, n, members) for n in range(assets))},
        needs_offers={x.id: x for x in (_need_or_offer(rng, n, members) for n in range(needs_offers))},
        events={e.id: e for e in (_event(rng, n, members) for n in range(events))},
        credit_limits={m.id: CREDIT_LIMIT for m in people} if credit_transfers else {},
        ledger=_transfers(rng, signers, credit_transfers),
    )


def _moment(rng: random.Random) -> dt.datetime:
    return START + dt.timedelta(seconds=rng.randrange(SPAN_SECONDS))


def _member(rng: random.Random, n: int, device: str | None) -> Member:
    return Member(
        id=_member_id(n),
        name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        role=Role.ADMIN if n < 3 else Role.MEMBER,
        device_ids=(device or rng.randbytes(32).hex(),),
        joined_at=_moment(rng),
    )


def _asset(rng: random.Random, n: int, members: int) -> Asset:
    kind = rng.choice(tuple(AssetKind))
    thing = rng.choice(_THINGS[kind])
    area = rng.choice(_AREAS)
    located = kind in (AssetKind.NATURAL, AssetKind.BUILT)
    raters = rng.sample(range(members), rng.choice((0, 0, 0, 1, 2, 4))) if members else []
    return Asset(
        id=f"a{n:07d}",
        kind=kind,
        title=f"{thing.capitalize()} {n}",
        author=_member_id(rng.randrange(members)),
        category=rng.choice(_CATEGORIES),
        area=area,
        description=_TEXT,
        steward=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        support_offered=f"{thing.capitalize()} for anyone in {area}",
        how_used="Weekly sessions",
        location=Location(round(rng.uniform(50, 56), 6), round(rng.uniform(-5, 1), 6)) if located else None,
        created_at=_moment(rng),
        ratings={_member_id(m): rng.randint(1, 5) for m in raters},
    )


def _need_or_offer(rng: random.Random, n: int, members: int) -> NeedOrOffer:
    return NeedOrOffer(
        id=f"n{n:07d}",
        side=rng.choice(tuple(Side)),
        category=rng.choice(_CATEGORIES),
        area=rng.choice(_AREAS),
        description="Could someone help with this for a few weeks?",
        author=_member_id(rng.randrange(members)),
        urgency=rng.choice(tuple(Urgency)),
        created_at=_moment(rng),
    )


def _event(rng: random.Random, n: int, members: int) -> Event:
    starts = _moment(rng).replace(minute=0, second=0)
    weekly = rng.random() < 0.1
    return Event(
        id=f"e{n:07d}",
        title=f"{rng.choice(_THINGS[AssetKind.HUMAN]).capitalize()} session {n}",
        starts_at=starts,
        ends_at=starts + dt.timedelta(minutes=rng.choice((60, 90, 120, 180))),
        time_zone=rng.choice(_ZONES),
        author=_member_id(rng.randrange(members)),
        place=f"Community hall, {rng.choice(_AREAS)}",
        organiser=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        description=_TEXT,
        recurrence=Recurrence(Frequency.WEEKLY, count=rng.randint(2, 20)) if weekly else None,
        created_at=starts - dt.timedelta(days=rng.randint(1, 60)),
    )


def _transfers(rng: random.Random, signers: list[DeviceSigner], count: int) -> tuple[LedgerEntry, ...]:
    """Signed time-credit transfers in time order, each within the payer's credit limit."""
    balances = [0] * len(signers)
    moments = sorted(_moment(rng) for _ in range(count))
    out = []
    for n, at in enumerate(moments):
        minutes = rng.choice((15, 30, 60, 90, 120))
        payer = rng.randrange(len(signers))
        while balances[payer] - minutes < -CREDIT_LIMIT:
            payer = (payer + 1) % len(signers)
        payee = (payer + 1 + rng.randrange(len(signers) - 1)) % len(signers)
        balances[payer] -= minutes
        balances[payee] += minutes
        entry = LedgerEntry(
            id=f"t{n:07d}",
            kind=EntryKind.CREDIT_TRANSFER,
            author=_member_id(payer),
            device_id=signers[payer].device_id.hex,
            amount_minor=minutes,
            unit=CREDIT_UNIT,
            at=at,
            counterparty=_member_id(payee),
            memo="Help given",
        )
        out.append(entry.signed_by(signers[payer]))
        out.append(_confirmation(entry, signers[payee]))
    return tuple(out)


__all__ = ["generate_view", "generator_keys"]


def _confirmation(transfer: LedgerEntry, receiver: DeviceSigner) -> LedgerEntry:
    """The receiver's signed confirmation of *transfer*, a second after it: only then does it count."""
    return LedgerEntry(
        id=f"c{transfer.id[1:]}",
        kind=EntryKind.CREDIT_CONFIRMED,
        author=transfer.counterparty,
        device_id=receiver.device_id.hex,
        amount_minor=transfer.amount_minor,
        unit=CREDIT_UNIT,
        at=transfer.at + dt.timedelta(seconds=1),
        counterparty=transfer.author,
        ref=transfer.id,
    ).signed_by(receiver)
