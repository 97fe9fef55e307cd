"""Builders and raw-Automerge tools shared by the community document tests (this module holds no tests).

The raw tools write with automerge.core directly, as a buggy or hostile peer could: they are the only test
code that touches Automerge itself.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from automerge import core

from sync.community.document import CommunityDocument
from sync.community.model import (
    Area,
    Asset,
    AssetKind,
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
from sync.community.signed import CREDIT_UNIT, LedgerEntry, Vote
from sync.community.view import CommunityView

T = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)
DEVICE = "ab" * 32
SIGNATURE = bytes(range(64))


def at(minutes: int) -> dt.datetime:
    return T + dt.timedelta(minutes=minutes)


def member(id: str = "alice", role: Role = Role.MEMBER, **kw: Any) -> Member:
    return Member(id=id, name=kw.pop("name", id.title()), role=role, device_ids=(DEVICE,), joined_at=T, **kw)


def asset(id: str = "a1", **kw: Any) -> Asset:
    base: dict[str, Any] = {
        "kind": AssetKind.BUILT,
        "title": "Community hall",
        "author": "alice",
        "category": "space",
        "area": "north",
        "description": "Big room\nwith a kitchen",
        "steward": "Parish council",
        "support_offered": "Meetings",
        "how_used": "Weekly",
        "location": Location(51.5, -0.125),
        "created_at": T,
        "ratings": {"bob": 4},
    }
    return Asset(id=id, **(base | kw))


def need(id: str = "n1", **kw: Any) -> NeedOrOffer:
    base: dict[str, Any] = {
        "side": Side.NEED,
        "category": "food",
        "area": "north",
        "description": "Hot meals on Sundays",
        "author": "bob",
        "urgency": Urgency.HIGH,
        "asset_ids": ("a1",),
        "created_at": T,
    }
    return NeedOrOffer(id=id, **(base | kw))


def event(id: str = "e1", **kw: Any) -> Event:
    base: dict[str, Any] = {
        "title": "Repair café",
        "starts_at": at(60),
        "ends_at": at(180),
        "time_zone": "Europe/London",
        "author": "alice",
        "place": "Hall",
        "organiser": "Alice",
        "description": "Bring things",
        "recurrence": Recurrence(Frequency.MONTHLY, interval=1, until=dt.date(2027, 6, 1)),
        "created_at": T,
    }
    return Event(id=id, **(base | kw))


def report(id: str = "r1", value: int = 10, minutes: int = 0) -> ProgressReport:
    return ProgressReport(id=id, value=value, reported_at=at(minutes), author="alice", note="good week")


def project(id: str = "p1", **kw: Any) -> Project:
    base: dict[str, Any] = {
        "title": "Community kitchen",
        "goal": "Serve meals",
        "author": "alice",
        "metric": "meals served",
        "unit": "meals",
        "target_value": 1000,
        "stake_price_minor": 2500,
        "currency": "EUR",
        "stakes_offered": 40,
        "bonus_percent": 5,
        "repay_by": dt.date(2027, 12, 31),
        "status": ProjectStatus.FUNDING,
        "reports": (report("r1", 10, 0), report("r2", 25, 60)),
        "created_at": T,
    }
    return Project(id=id, **(base | kw))


def lending_circle(id: str = "c1", **kw: Any) -> LendingCircle:
    base: dict[str, Any] = {
        "name": "Savings circle",
        "author": "alice",
        "member_ids": ("alice", "bob", "carol"),
        "contribution_minor": 5000,
        "currency": "EUR",
        "period_days": 30,
        "starts_on": dt.date(2026, 12, 1),
        "created_at": T,
    }
    return LendingCircle(id=id, **(base | kw))


def proposal(id: str = "q1", **kw: Any) -> Proposal:
    base: dict[str, Any] = {
        "title": "New oven",
        "purpose": "The old one broke",
        "author": "bob",
        "amount_minor": 45000,
        "currency": "EUR",
        "deadline": at(60 * 24 * 7),
        "quorum": 2,
        "threshold_percent": 60,
        "created_at": T,
    }
    return Proposal(id=id, **(base | kw))


def pulse(id: str = "u1", **kw: Any) -> PulseRound:
    base: dict[str, Any] = {
        "roster": ("alice", "bob", "carol", "dave", "erin"),
        "opens_at": T,
        "closes_at": at(60 * 24),
        "author": "alice",
        "submissions": {"bob": "0123456789abcdef" * 4},  # four masked values (ONS4)
    }
    return PulseRound(id=id, **(base | kw))


def area(id: str = "ar1", **kw: Any) -> Area:
    base: dict[str, Any] = {
        "name": "North End",
        "outline": (Location(51.5, -0.13), Location(51.51, -0.12), Location(51.5, -0.11)),
        "author": "bob",
        "created_at": T,
    }
    return Area(id=id, **(base | kw))


def entry(id: str = "l1", **kw: Any) -> LedgerEntry:
    base: dict[str, Any] = {
        "kind": EntryKind.STAKE_BOUGHT,
        "author": "bob",
        "device_id": DEVICE,
        "amount_minor": 2500,
        "unit": "EUR",
        "at": at(5),
        "ref": "p1",
        "memo": "one stake",
        "signature": SIGNATURE,
    }
    return LedgerEntry(id=id, **(base | kw))


def credit(id: str = "l2", **kw: Any) -> LedgerEntry:
    return entry(
        id, kind=EntryKind.CREDIT_TRANSFER, unit=CREDIT_UNIT, amount_minor=30, counterparty="carol", **kw
    )


def vote(id: str = "v1", **kw: Any) -> Vote:
    base: dict[str, Any] = {
        "proposal_id": "q1",
        "member_id": "bob",
        "device_id": DEVICE,
        "choice": Choice.YES,
        "cast_at": at(10),
        "signature": SIGNATURE,
    }
    return Vote(id=id, **(base | kw))


def full_view() -> CommunityView:
    """One of everything, with every optional field used."""
    members = [member("alice", Role.ADMIN), member("bob"), member("carol")]
    return CommunityView(
        name="Elm Street",
        members={m.id: m for m in members},
        assets={"a1": asset(), "a2": asset("a2", location=None, ratings={}, kind=AssetKind.HUMAN)},
        needs_offers={"n1": need(), "n2": need("n2", side=Side.OFFER, open=False, asset_ids=())},
        events={"e1": event(), "e2": event("e2", recurrence=None), "e3": event("e3", recurrence=weekly())},
        projects={"p1": project(), "p2": project("p2", reports=(), status=ProjectStatus.PROPOSED)},
        circles={"c1": lending_circle()},
        proposals={"q1": proposal()},
        credit_limits={"bob": 600, "carol": 0},
        pulse_rounds={"u1": pulse()},
        areas={"ar1": area(), "ar2": area("ar2", name="The estate", author="alice", removed=True)},
        ledger=(entry(), credit(), entry("l3", kind=EntryKind.LENDING_CIRCLE_PAYOUT, round=2, signature=b"")),
        votes=(vote(), vote("v2", member_id="carol", choice=Choice.NO)),
    )


def weekly() -> Recurrence:
    return Recurrence(Frequency.WEEKLY, interval=2, count=10)


def community(name: str = "Elm Street") -> CommunityDocument:
    """A document with alice (admin), bob and carol."""
    doc = CommunityDocument.create(name)
    doc.add_member(member("alice", Role.ADMIN))
    doc.add_member(member("bob"))
    doc.add_member(member("carol"))
    return doc


def later(value: Any, **changes: Any) -> Any:
    return replace(value, **changes)


# ---- raw Automerge, as a peer with another implementation (or a hostile one) could write ----------------


def obj_at(raw: core.Document, *keys: str) -> bytes:
    obj = core.ROOT
    for key in keys:
        got = raw.get(obj, int(key) if raw.object_type(obj) == core.ObjType.List else key)
        assert got is not None, key
        assert got[0] in (core.ObjType.Map, core.ObjType.List), key
        obj = got[1]
    return obj


def raw_edit(data: bytes, edit: Callable[[core.Document, core.Transaction], None]) -> bytes:
    """*data* with one raw Automerge transaction applied, saved again."""
    raw = core.Document.load(data)
    with raw.transaction() as tx:
        edit(raw, tx)
    return raw.save()


INT_300 = b"\x7f\x24"  # value-metadata column of a one-op change: a literal run of one 2-byte signed int


def with_forged_scalar(data: bytes, keys: tuple[str, ...], key: str, type_code: int) -> bytes:
    """*data* plus one change that puts a scalar of raw *type_code* (8 = Counter, 10–15 unknown) at
    keys/key. automerge.core refuses to write such values (it panics), so the change is forged: an Int 300
    is written, then its type nibble in the change bytes is rewritten and the checksum recomputed."""
    for _ in range(50):  # the two bytes can also turn up by chance in the random actor id: draw another
        raw = core.Document.load(data)
        raw.set_actor(core.random_actor_id())
        before = raw.get_heads()
        with raw.transaction() as tx:
            tx.put(obj_at(raw, *keys), key, core.ScalarType.Int, 300)
        change = bytearray(raw.get_changes(before)[0].raw_bytes)
        if change.count(INT_300) == 1:
            break
    assert change.count(INT_300) == 1
    change[change.index(INT_300) + 1] = (2 << 4) | type_code
    change[4:8] = hashlib.sha256(bytes(change[8:])).digest()[:4]
    return data + bytes(change)


def panic_in_transaction(doc: CommunityDocument) -> None:
    """Make the binding panic inside one of the document's own transactions (a Counter put panics)."""

    def body(w: Any) -> None:
        w.put(core.ROOT, "name", "half-written")
        w._tx.put(core.ROOT, "boom", core.ScalarType.Counter, 1)

    doc._safe.change(body)


def put_text(tx: core.Transaction, obj: bytes, key: str | int, value: str) -> bytes:
    """A Text object at obj/key holding *value*, written one character at a time (the binding has no splice),
    as JavaScript Automerge writes a string assigned the natural way (`d.title = "Hall"`)."""
    text = tx.put_object(obj, key, core.ObjType.Text)
    for index, char in enumerate(value):
        tx.insert(text, index, core.ScalarType.Str, char)
    return text


def with_text_objects(data: bytes, *keys: str) -> bytes:
    """*data* with every Str under *keys* (map values and list elements alike; the whole document when no keys
    are given) replaced by a Text object holding the same characters."""

    def walk(tx: core.Transaction, obj: bytes) -> None:
        is_list = tx.object_type(obj) == core.ObjType.List
        for key in range(tx.length(obj)) if is_list else tx.keys(obj):
            got = tx.get(obj, key)
            assert got is not None, key
            value, child = got
            if isinstance(value, tuple):
                if value[0] == core.ScalarType.Str:
                    assert isinstance(value[1], str)
                    put_text(tx, obj, key, value[1])
            elif value != core.ObjType.Text:
                walk(tx, child)

    return raw_edit(data, lambda raw, tx: walk(tx, obj_at(raw, *keys)))


def stored_kind(data: bytes, *keys: str) -> str:
    """The kind stored at *keys*: "text" for a Text object, "str" for a Str scalar, else the type's name."""
    raw = core.Document.load(data)
    parent = obj_at(raw, *keys[:-1])
    got = raw.get(parent, int(keys[-1]) if raw.object_type(parent) == core.ObjType.List else keys[-1])
    assert got is not None
    value = got[0]
    if value == core.ObjType.Text:
        return "text"
    if isinstance(value, tuple) and value[0] == core.ScalarType.Str:
        return "str"
    return str(value)
