"""Fuzz authority on receipt: the gate a guarded `CommunityDocument` sends every peer's change through.

The community is fixed: a membership log (admin, Alice and Bob, each device carded with one actor id) and a
receiver's guarded copy of a document they wrote (members, credit limits, two deposits, a proposal and a
vote). Each input goes to one entry point, picked by its first byte:

- `apply_changes(changes, proofs)` of the receiver;
- `receive_sync_message(PeerSync(), message, proofs)` of the receiver;
- `CommunityDocument.load_checked(snapshot, ...)` (first contact);
- `ChangeProof.decode_all(bytes)`.

The contract under test:

- Only `CommunityError` subclasses come out. Anything else (the binding's PanicException, a BaseException;
  IndexError, struct.error, UnicodeDecodeError, RecursionError, …) is a finding.
- After every input the receiver still reads (`view()`, `conflicts()`), and whatever it accepted keeps the
  rules: ledger and vote ids present before are still there; members' roles, credit limits and the name are
  unchanged unless the admin's actor wrote an accepted change (a member whose own edit made their own record
  unreadable aside); every accepted change's actor is bound by a card, and a valid proof of that actor at
  that sequence number or later was offered with it; none of the known forbidden changes is ever accepted;
  the document holds exactly as many new changes as the gate said it accepted. Every quarantined change and
  every waiting one has a reason. Each accepted change that is not one of the known honest ones is also
  replayed alone on top of its own history and must keep the same rules by itself.
- A snapshot that load_checked takes holds only changes that were proven, no forbidden one, and reads; its
  unknown changes are replayed one by one as above.
- decode_all returns proofs that encode back to the bytes they took, or raises CorruptDocumentError; a proof
  that verifies carries exactly the signature its device's key makes (Ed25519 signatures are deterministic:
  any other verifying signature is malleable).

Inputs are, for the changes and messages: real changes — honest ones (deposits, a proposal, a vote, own-record
edits, the admin's role, limit and name changes, a chain of two) and forbidden ones (Bob deleting a ledger
entry or Alice's member record, making himself or Alice admin, editing Alice's record, setting his own credit
limit, renaming the community, changing Alice's proposal's terms, writing under Alice's or the admin's actor
id) — and real sync messages carrying them, mutated: byte-level edits of a change chunk (its checksum then
mostly wrong), or edits behind the checksum, re-wrapped with a correct one: ops columns (fuzz_ops's mutator),
header fields (actor set to another member's or an unknown one, sequence numbers around the real ones,
dependencies dropped, added, repeated or random, other actors), random raw Automerge edits by one of the
three actors on any object of the document; changes added, dropped, repeated, reordered; the fields of a sync
message around its changes, several chunks in one entry. The proofs are the real ones, mutated proof lists, or
most often fresh proofs of the mutated changes signed by the device each change's actor is bound to: a member
signs whatever her modified client wrote, so the write rules are reached. Snapshots are real saves mutated
byte-wise (first checksum fixed half the time) or concatenations of the history's change chunks with one of
them mutated. Everything is deterministic (fixed keys, space id, write ids and clocks while the community is
built), so a finding is reproduced from its bytes alone:

    python fuzz/fuzz_gate.py --runs 1000000 [--seed 1]   # seeded mutation loop (no extra packages)
    python fuzz/fuzz_gate.py --atheris -runs=1000000      # coverage-guided, if atheris is installed
    python fuzz/fuzz_gate.py --replay fuzz/crash-gate-1   # one input again, with its traceback

The loop writes the shortest input of each kind of finding to fuzz/crash-gate-<n> (libFuzzer writes its own).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import random
import re
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any
from unittest import mock

try:  # run as a script: this folder is on sys.path
    import _driver
    import fuzz_community_load
    import fuzz_ops
except ModuleNotFoundError:  # imported by a test, with the repository root on sys.path
    from fuzz import _driver, fuzz_community_load, fuzz_ops

if TYPE_CHECKING:
    from sync.community import ChangeProof, CommunityDocument, CommunityView, Writer, Writers
    from sync.identity import DeviceKeys

expect = _driver.expect

MAX_SIZE = 1 << 14
MAX_ITEMS = 16
MAX_CORPUS = 600
RAW_EDIT_SHARE = 0.12  # share of change mutants made by raw Automerge edits (slower) rather than byte edits
SPACE_ID = bytes(range(16))
T0 = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)
NAMES = ("admin", "alice", "bob")
ACTORS = {"admin": b"\x01" * 16, "alice": b"\x02" * 16, "bob": b"\x03" * 16}
RECEIVER = b"\x09" * 16  # the receiver never writes: its actor is bound to nobody
CHANGES, SYNC, SNAPSHOT, PROOFS = range(4)
ENTRY = ("apply_changes", "receive_sync_message", "load_checked", "decode_all")
SEQS = (0, 1, 2, 3, 2**31, 2**32 - 1, 2**32, 2**53, 2**63 - 1, 2**64 - 1)
PROOF_SIZE = 1 + 16 + 8 + 32 + 64  # one proof of a 16-byte actor
Edit = Callable[["CommunityDocument"], None]


# --- the community --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One corpus entry of changes: what it is, its chunks (the last one proved) and its proof."""

    what: str
    chunks: tuple[bytes, ...]
    proof: ChangeProof
    honest: bool


@dataclass
class World:
    keys: dict[str, DeviceKeys]
    members: dict[str, str]  # name → member id
    writers: Writers
    base: bytes  # the receiver's saved document
    base_chunks: tuple[bytes, ...]  # its changes, in causal order
    base_heads: list[bytes]
    base_proofs: tuple[ChangeProof, ...]  # each actor's newest change in the base
    before: CommunityView
    items: tuple[Item, ...]
    honest: frozenset[bytes]  # hashes of the base's changes and of the honest corpus changes
    forbidden: frozenset[bytes]
    messages: tuple[tuple[bytes, bytes], ...]  # (sync message, its encoded proofs)
    snapshots: tuple[tuple[bytes, bytes], ...]  # (snapshot, its encoded proofs)
    objects: tuple[tuple[bytes, bool, str], ...]  # (object id, is a list, path) of every object of the base
    receiver: CommunityDocument | None = None
    receiver_proofs: dict[bytes, ChangeProof] = field(default_factory=dict)

    @property
    def change_chunks(self) -> list[bytes]:
        return [c for item in self.items for c in item.chunks]

    @property
    def all_proofs(self) -> list[ChangeProof]:
        return [*self.base_proofs, *(item.proof for item in self.items)]

    def fresh_receiver(self) -> CommunityDocument:
        """The receiver as built, unless an input changed it (or failed): then a new one from the base."""
        from sync.community import CommunityDocument

        doc = self.receiver
        if doc is None or not _untouched(doc, self):
            doc = CommunityDocument.load(self.base, actor_id=RECEIVER)
            doc.guard(SPACE_ID, self.writers)
            doc.apply_changes(
                [], list(self.base_proofs)
            )  # it holds its peers' newest proofs, as a copy would
            self.receiver = doc
            self.receiver_proofs = {p.actor: p for p in doc.proofs()}
        return doc

    def forget_receiver(self) -> None:
        self.receiver = None


def _untouched(doc: CommunityDocument, world: World) -> bool:
    return (
        doc.heads() == world.base_heads
        and not doc.quarantined
        and not doc.waiting
        and not doc.pending_changes
        and {p.actor: p for p in doc.proofs()} == world.receiver_proofs
    )


class Clock:
    """A clock that moves on a minute each time it is read, from T0: what the community is written with."""

    ticks = 0

    @classmethod
    def now(cls, tz: dt.tzinfo | None = dt.UTC) -> dt.datetime:
        cls.ticks += 1
        return (T0 + dt.timedelta(minutes=cls.ticks)).astimezone(tz)


@contextlib.contextmanager
def _deterministic() -> Iterator[None]:
    """Fixed register write ids and a fixed moving clock while the community is written (the binding writes
    time 0 into changes): the same document, changes and proofs in every run."""
    from sync.community import _write

    rng = random.Random(0)
    Clock.ticks = 0
    with (
        mock.patch.object(_write, "secrets", SimpleNamespace(token_hex=lambda n: rng.randbytes(n).hex())),
        mock.patch.object(_write, "dt", SimpleNamespace(datetime=Clock, UTC=dt.UTC)),
    ):
        yield


@functools.cache
def world() -> World:
    with _deterministic():
        return _build()


def _build() -> World:
    from automerge import core

    from sync.community import (
        ChangeProof,
        Choice,
        CommunityDocument,
        EntryKind,
        LedgerEntry,
        Member,
        Proposal,
        Role,
        Vote,
    )
    from sync.community._automerge import ROOT, Obj
    from sync.identity import DeviceKeys
    from sync.membership import ActorClaim, MembershipLog, SpaceKind, member_id_of
    from sync.membership import Role as LogRole
    from sync.spaces import voters_now, writers_of

    keys = {
        n: DeviceKeys.from_private_bytes(bytes([i + 1]) * 32, bytes([i + 0x41]) * 32)
        for i, n in enumerate(NAMES)
    }
    members = {n: member_id_of(keys[n].device_id) for n in NAMES}
    log = MembershipLog.create(SpaceKind.COMMUNITY, keys["admin"], at_ms=1, space_id=SPACE_ID)
    for n in NAMES[1:]:
        log.add(keys[n].card, LogRole.MEMBER, at_ms=2)
    for n in NAMES:
        log.write_card(keys[n].device_id, members[n], (ActorClaim(ACTORS[n]),), at_ms=3)
    writers = writers_of(log)

    first: dict[str, dt.datetime] = {}  # when each member joined and each proposal was made (kept on edits)

    def deposit(n: str, entry_id: str, amount: int) -> LedgerEntry:
        device = keys[n].device_id.hex
        entry = LedgerEntry(entry_id, EntryKind.PURSE_DEPOSIT, members[n], device, amount, "EUR", Clock.now())
        return entry.signed_by(keys[n].signer)

    def vote(n: str, vote_id: str, proposal: str) -> Vote:
        device = keys[n].device_id.hex
        cast = Vote(vote_id, proposal, members[n], device, Choice.YES, Clock.now())
        return cast.signed_by(keys[n].signer)

    def proposal(pid: str, n: str, quorum: int) -> Proposal:
        made = first.setdefault(pid, Clock.now())
        deadline = made + dt.timedelta(days=2)
        return Proposal(
            pid, "Repair", "the roof", members[n], 500_00, "EUR", deadline, quorum, 50, created_at=made,
            voters=voters_now(log),
        )  # fmt: skip

    def member(n: str, role: Role, name: str | None = None) -> Member:
        return Member(members[n], name or n.title(), role, joined_at=first.setdefault(n, Clock.now()))

    # The history: the admin makes the community; each member writes their own record; the admin sets the
    # credit limits; Alice deposits and proposes; Bob deposits and votes.
    doc = CommunityDocument.create("Mill Road", actor_id=ACTORS["admin"])
    doc.guard(SPACE_ID, writers)  # guarded copies name the log's heads in every change, as the engine's do
    doc.add_member(member("admin", Role.ADMIN))

    def as_(n: str, source: CommunityDocument) -> CommunityDocument:
        copy = CommunityDocument.load(source.save(), actor_id=ACTORS[n])
        copy.guard(SPACE_ID, writers)
        return copy

    for n in NAMES[1:]:
        copy = as_(n, doc)
        copy.add_member(member(n, Role.MEMBER))
        doc.merge(copy)
    doc.set_credit_limit(members["alice"], 600)
    doc.set_credit_limit(members["bob"], 600)
    alice = as_("alice", doc)
    alice.append_entry(deposit("alice", "d1", 500_00))
    alice.add_proposal(proposal("p1", "alice", 3))
    doc.merge(alice)
    bob = as_("bob", doc)
    bob.append_entry(deposit("bob", "d2", 20_00))
    bob.cast_vote(vote("bob", "v1", "p1"))
    doc.merge(bob)
    base = doc.save()
    base_heads = doc.heads()
    base_chunks = tuple(doc.changes_since([]))

    def sign(n: str, actor: bytes, chunk: bytes) -> ChangeProof:
        digest, seq = _hash_and_seq(chunk)
        return ChangeProof.sign(keys[n].signer, SPACE_ID, actor, seq, digest)

    latest: dict[bytes, bytes] = {}
    for chunk in base_chunks:
        latest[_actor(chunk)] = chunk
    base_proofs = tuple(sign(n, ACTORS[n], latest[ACTORS[n]]) for n in NAMES)

    def raw_delete(coll: str, key: Any) -> Edit:
        def edit(d: CommunityDocument) -> None:
            node = d._safe.reader().get(ROOT, coll, coll)
            assert isinstance(node, Obj)
            d._safe.change(lambda w: w._tx.delete(node.id, key))

        return edit

    def role(who: str, to: Role, by: str) -> Edit:
        return lambda d: d.set_role(members[who], to, by=members[by])

    def limit(who: str, minutes: int) -> Edit:
        return lambda d: d.set_credit_limit(members[who], minutes)

    def rename(name: str) -> Edit:
        return lambda d: d.set_name(name)

    def record(who: str, name: str) -> Edit:
        return lambda d: d.add_member(member(who, Role.MEMBER, name))

    def pay(who: str, entry_id: str, payer: str | None = None) -> Edit:
        return lambda d: d.append_entry(deposit(payer or who, entry_id, 1_00))

    def propose(pid: str, who: str, quorum: int) -> Edit:
        return lambda d: d.add_proposal(proposal(pid, who, quorum))

    # (what, actor, signing device, honest, edits): each edit on top of the base is one change.
    plans: list[tuple[str, str, str, bool, list[Edit]]] = [
        ("alice deposits", "alice", "alice", True, [pay("alice", "d3")]),
        ("alice edits her record", "alice", "alice", True, [record("alice", "Al")]),
        ("bob proposes", "bob", "bob", True, [propose("p2", "bob", 2)]),
        ("alice votes", "alice", "alice", True, [lambda d: d.cast_vote(vote("alice", "v2", "p1"))]),
        ("admin promotes alice", "admin", "admin", True, [role("alice", Role.ADMIN, "admin")]),
        ("admin sets bob's limit", "admin", "admin", True, [limit("bob", 900)]),
        ("admin renames", "admin", "admin", True, [rename("Mill Lane")]),
        (
            "alice deposits then proposes",
            "alice",
            "alice",
            True,
            [pay("alice", "d4"), propose("p3", "alice", 2)],
        ),
        ("bob deletes a ledger entry", "bob", "bob", False, [raw_delete("ledger", 0)]),
        ("bob deletes alice's record", "bob", "bob", False, [raw_delete("members", members["alice"])]),
        ("bob makes himself admin", "bob", "bob", False, [role("bob", Role.ADMIN, "admin")]),
        ("bob makes alice admin", "bob", "bob", False, [role("alice", Role.ADMIN, "bob")]),
        ("bob edits alice's record", "bob", "bob", False, [record("alice", "Mal")]),
        ("bob sets his limit", "bob", "bob", False, [limit("bob", 100_000)]),
        ("bob renames", "bob", "bob", False, [rename("Bob Road")]),
        ("bob rewrites p1", "bob", "bob", False, [propose("p1", "alice", 1)]),
        ("bob as alice", "alice", "bob", False, [pay("alice", "d5", payer="bob")]),
        ("bob as admin", "admin", "bob", False, [role("bob", Role.ADMIN, "admin")]),
    ]
    items = []
    for what, n, signer, fair, edits in plans:
        copy = CommunityDocument.load(base, actor_id=ACTORS[n])
        copy.guard(SPACE_ID, writers)
        for edit in edits:
            edit(copy)
        made = tuple(copy.changes_since(base_heads))
        assert len(made) == len(edits), what
        items.append(Item(what, made, sign(signer, ACTORS[n], made[-1]), fair))
    honest = frozenset(
        _hash_and_seq(c)[0] for c in (*base_chunks, *(c for i in items if i.honest for c in i.chunks))
    )
    # Bob's changes under his own actor break a rule: never accepted, whatever the proofs. Those he wrote under
    # Alice's or the admin's actor are forgeries only as long as their device did not sign them (a fresh proof
    # makes them theirs), so they are not in this set: the proof check covers them.
    forbidden = frozenset(
        _hash_and_seq(c)[0]
        for i in items
        if not i.honest and _actor(i.chunks[0]) == ACTORS["bob"]
        for c in i.chunks
    )

    by_what = {i.what: i for i in items}
    groups = [  # changes that may sit in one document together (one branch per actor)
        ("alice deposits", "bob proposes", "admin promotes alice"),
        ("alice deposits then proposes", "admin renames"),
        ("alice votes", "bob makes himself admin", "admin sets bob's limit"),
        ("alice edits her record", "bob deletes a ledger entry"),
        ("bob edits alice's record",),
        ("bob as alice", "bob sets his limit"),
    ]
    messages: list[tuple[bytes, bytes]] = []
    snapshots: list[tuple[bytes, bytes]] = [(base, ChangeProof.encode_all(base_proofs))]
    for group in groups:
        chosen = [by_what[w] for w in group]
        chunks = [c for i in chosen for c in i.chunks]
        proofs = ChangeProof.encode_all([*base_proofs, *(i.proof for i in chosen)])
        full = core.Document.load(base + b"".join(chunks))
        messages += [(m, proofs) for m in _sync_messages(full, core.Document.load(base))]
        from sync.community._chunks import sync_message

        messages.append((sync_message(chunks), proofs))
        snapshots.append((bytes(full.save()), proofs))
        snapshots.append((b"".join(base_chunks) + b"".join(chunks), proofs))
    objects = tuple(_objects(core.Document.load(base)))
    receiver = CommunityDocument.load(base, actor_id=RECEIVER)
    return World(
        keys=keys,
        members=members,
        writers=writers,
        base=base,
        base_chunks=base_chunks,
        base_heads=base_heads,
        base_proofs=base_proofs,
        before=receiver.view(),
        items=tuple(items),
        honest=honest,
        forbidden=forbidden,
        messages=tuple(messages),
        snapshots=tuple(snapshots),
        objects=objects,
    )


def _sync_messages(sender: Any, receiver: Any) -> list[bytes]:
    """Every message *sender* writes while Automerge's protocol brings *receiver* up to date."""
    from automerge import core

    out: list[bytes] = []
    mine, theirs = core.SyncState(), core.SyncState()
    for _ in range(10):
        quiet = True
        message = sender.generate_sync_message(mine)
        if message is not None:
            quiet = False
            out.append(bytes(message.encode()))
            receiver.receive_sync_message(theirs, message)
        reply = receiver.generate_sync_message(theirs)
        if reply is not None:
            quiet = False
            sender.receive_sync_message(mine, reply)
        if quiet:
            break
    return out


def _objects(raw: Any) -> list[tuple[bytes, bool, str]]:
    """(object id, is a list, path) of every map and list of a document."""
    from automerge import core

    found: list[tuple[bytes, bool, str]] = []
    stack: list[tuple[Any, str]] = [(core.ROOT, "")]
    while stack:
        obj, path = stack.pop()
        is_list = raw.object_type(obj) == core.ObjType.List
        found.append((obj, is_list, path))
        keys = range(raw.length(obj)) if is_list else raw.keys(obj)
        for key in keys:
            got = raw.get(obj, key)
            if got is not None and got[0] in (core.ObjType.Map, core.ObjType.List):
                stack.append((got[1], f"{path}/{key}"))
    return found


# --- change chunks --------------------------------------------------------------------------------------------


def _hash_and_seq(chunk: bytes) -> tuple[bytes, int]:
    from sync.community._ops import decode_change

    change = decode_change(chunk)
    return change.hash, change.seq


def _actor(chunk: bytes) -> bytes:
    from sync.community._chunks import change_actor

    return change_actor(chunk)


@dataclass
class Header:
    """A change body's header (dependencies to other actors) and the rest (columns and extra bytes)."""

    deps: list[bytes]
    actor: bytes
    seq: int
    start_op: int
    time: bytes  # signed LEB, kept as read
    message: bytes
    others: list[bytes]
    rest: bytes

    @classmethod
    def read(cls, body: bytes) -> Header | None:
        pos = 0

        def number() -> int:
            nonlocal pos
            value, pos = fuzz_ops._read(body, pos)
            if value is None:
                raise ValueError
            return value

        def take(size: int) -> bytes:
            nonlocal pos
            if pos + size > len(body):
                raise ValueError
            pos += size
            return body[pos - size : pos]

        try:
            deps = [take(32) for _ in range(min(number(), len(body)))]
            actor = take(number())
            seq, start_op = number(), number()
            start = pos
            number()
            time = body[start:pos]
            message = take(number())
            others = [take(number()) for _ in range(min(number(), len(body)))]
        except ValueError:
            return None
        return cls(deps, actor, seq, start_op, time, message, others, body[pos:])

    def encode(self) -> bytes:
        uleb = fuzz_ops.uleb
        return b"".join(
            (
                uleb(len(self.deps)),
                *self.deps,
                uleb(len(self.actor)),
                self.actor,
                uleb(self.seq % 2**64),
                uleb(self.start_op % 2**64),
                self.time,
                uleb(len(self.message)),
                self.message,
                uleb(len(self.others)),
                *(uleb(len(a)) + a for a in self.others),
                self.rest,
            )
        )


def mutate_header(body: bytes, rng: random.Random, w: World) -> bytes:
    """One or two edits of a body's header: actor, sequence number, start op, dependencies, other actors,
    message."""
    head = Header.read(body)
    if head is None:
        return body
    actors = [*ACTORS.values(), RECEIVER, rng.randbytes(16), b"", rng.randbytes(33)]
    hashes = [*w.base_heads, *w.honest, *w.forbidden, rng.randbytes(32)]
    for _ in range(rng.choice((1, 1, 2))):
        roll = rng.randrange(7)
        if roll == 0:
            head.actor = rng.choice(actors)
        elif roll == 1:
            head.seq = rng.choice((head.seq - 1, head.seq + 1, head.seq + 2, *SEQS))
        elif roll == 2:
            head.start_op = rng.choice((head.start_op - 1, head.start_op + 1, 0, 1, *SEQS))
        elif roll == 3:
            deps = head.deps
            edit = rng.randrange(5)
            if edit == 0 and deps:
                del deps[rng.randrange(len(deps))]
            elif edit == 1:
                deps.insert(rng.randint(0, len(deps)), rng.choice(hashes))
            elif edit == 2 and deps:
                deps.append(rng.choice(deps))
            elif edit == 3:
                rng.shuffle(deps)
            else:
                head.deps = [rng.choice(hashes)]
        elif roll == 4:
            others = head.others
            if others and rng.random() < 0.4:
                del others[rng.randrange(len(others))]
            else:
                others.insert(rng.randint(0, len(others)), rng.choice([head.actor, *actors]))
        elif roll == 5:
            head.message = rng.choice((b"", "é".encode() * 3, b"\xff\xfe", rng.randbytes(8)))
        else:
            head.time = rng.choice((b"\x00", b"\x7f", b"\x80\x80\x80\x80\x80\x80\x80\x80\x80\x01"))
    return head.encode()


def raw_edit(rng: random.Random, w: World) -> bytes:
    """A change of one to three raw Automerge edits of the base, by one of the three actors: puts of odd or
    pointed values (roles, member ids, huge numbers), new objects, deletes, list inserts, on any object."""
    from automerge import core

    raw = core.Document.load(w.base)
    raw.set_actor(ACTORS[rng.choice(NAMES)])
    kinds = core.ScalarType
    values: list[tuple[Any, Any]] = [
        (kinds.Str, "admin"),
        (kinds.Str, "member"),
        (kinds.Str, ""),
        (kinds.Str, rng.choice(list(w.members.values()))),
        (kinds.Str, rng.choice(("2020-01-01T00:00:00.000000Z", "2099-12-31T23:59:59.999999Z"))),  # instants
        (kinds.Int, rng.choice((0, -1, 1, 600, 100_000, 2**53))),
        (kinds.F64, 1e308),
        (kinds.Boolean, True),
        (kinds.Null, None),
        (kinds.Uint, 2**64 - 1),
    ]
    with raw.transaction() as tx:
        for _ in range(rng.randint(1, 3)):
            obj, is_list, _path = rng.choice(w.objects)
            size = raw.length(obj) if is_list else 0
            keys: list[Any] = list(range(size)) if is_list else list(raw.keys(obj))
            roll = rng.randrange(6)
            if is_list:
                if roll == 0 and keys:
                    tx.delete(obj, rng.choice(keys))
                elif roll == 1:
                    at = rng.randint(0, size)
                    tx.insert_object(obj, at, rng.choice((core.ObjType.Map, core.ObjType.List)))
                elif roll == 2 or not keys:
                    tx.insert(obj, rng.randint(0, size), *rng.choice(values))
                else:
                    tx.put(obj, rng.choice(keys), *rng.choice(values))
            else:
                key = (
                    rng.choice(keys)
                    if keys and rng.random() < 0.85
                    else rng.choice(("role", "id", "x", "by"))
                )
                if roll == 0 and keys:
                    tx.delete(obj, key)
                elif roll == 1:
                    tx.put_object(obj, key, rng.choice((core.ObjType.Map, core.ObjType.List)))
                else:
                    tx.put(obj, key, *rng.choice(values))
    changes = raw.get_changes(w.base_heads)
    return bytes(changes[0].bytes) if changes else rng.choice(w.change_chunks)


def mutate_chunk(chunk: bytes, rng: random.Random, w: World) -> bytes:
    """Half the time bytes of the chunk (checksum and all); otherwise edits behind the checksum, re-wrapped."""
    if rng.random() < RAW_EDIT_SHARE:
        return raw_edit(rng, w)
    if rng.random() < 0.5:
        return _driver.mutate_bytes(chunk, rng, w.change_chunks, MAX_SIZE, prefix=fuzz_ops.MAGIC)
    body = fuzz_ops.body_of(chunk)
    if body is None:
        return fuzz_ops.mutate(chunk, rng, w.change_chunks, MAX_SIZE)
    roll = rng.random()
    if roll < 0.4:
        body = mutate_header(body, rng, w)
    elif roll < 0.7:
        for _ in range(rng.choice((1, 1, 2))):
            body = fuzz_ops.mutate_columns(body, rng)
    elif roll < 0.9:
        body = _driver.mutate_bytes(body, rng, [fuzz_ops.body_of(c) or c for c in w.change_chunks], MAX_SIZE)
    else:
        body = fuzz_ops.mutate_columns(mutate_header(body, rng, w), rng)
    return fuzz_ops.chunk(body[:MAX_SIZE], compressed=rng.random() < 0.1)


def mutate_chunks(chunks: list[bytes], rng: random.Random, w: World) -> list[bytes]:
    """Mutate one chunk, or add, drop, repeat or reorder whole ones (at least one edit)."""
    out = list(chunks)
    for _ in range(rng.choice((1, 1, 2))):
        roll = rng.random()
        if roll < 0.6 and out:
            at = rng.randrange(len(out))
            out[at] = mutate_chunk(out[at], rng, w)
        elif roll < 0.75 or not out:
            item = rng.choice(w.items)
            out.insert(rng.randint(0, len(out)), rng.choice(item.chunks))
        elif roll < 0.85:
            del out[rng.randrange(len(out))]
        elif roll < 0.93:
            out.append(rng.choice(out))
        else:
            rng.shuffle(out)
    return out[:MAX_ITEMS]


# --- proofs ---------------------------------------------------------------------------------------------------


def fresh_proofs(chunks: list[bytes], w: World) -> list[ChangeProof]:
    """Proofs of every readable change, signed by the device its actor is bound to (or by Bob's, for an actor
    bound to nobody): what a member's modified client signs."""
    from sync.community import ChangeProof, CorruptDocumentError
    from sync.community._chunks import change_body

    out = []
    by_actor = {a: n for n, a in ACTORS.items()}
    for chunk in chunks:
        try:
            digest, body = change_body(chunk)
        except CorruptDocumentError:  # not a change: nothing to sign
            continue
        head = Header.read(body)
        if head is None or not 1 <= len(head.actor) <= 255:
            continue
        signer = w.keys[by_actor.get(head.actor, "bob")].signer
        out.append(ChangeProof.sign(signer, SPACE_ID, head.actor, head.seq % 2**64, digest))
    return out


def mutate_proof_bytes(data: bytes, rng: random.Random, w: World) -> bytes:
    """Byte edits, or an edit of one field of one proof (count, actor length, actor, seq, hash, signature)."""
    from sync.community import ChangeProof

    if rng.random() < 0.4 or len(data) < 5:
        corpus = [ChangeProof.encode_all(w.all_proofs), ChangeProof.encode_all(w.base_proofs)]
        return _driver.mutate_bytes(data, rng, corpus, MAX_SIZE)
    out = bytearray(data)
    roll = rng.randrange(6)
    if roll == 0:  # the count
        count = rng.choice(
            (0, 1, len(data) // PROOF_SIZE, len(data) // PROOF_SIZE + 1, 65_536, 65_537, 2**32 - 1)
        )
        out[:4] = (count % 2**32).to_bytes(4, "big")
        return bytes(out)
    at = rng.choice(range(4, len(out), PROOF_SIZE))
    if roll == 1:  # the actor's length
        out[at] = rng.choice((0, 1, 15, 17, 32, 33, 255))
    elif roll == 2:  # the actor
        out[at + 1 : at + 17] = rng.choice([*ACTORS.values(), RECEIVER])
    elif roll == 3:  # the sequence number
        out[at + 17 : at + 25] = rng.choice((*SEQS[:-2], 2**64 - 1)).to_bytes(8, "big")
    elif roll == 4:  # the hash
        out[at + 25 : at + 57] = rng.choice([*w.honest, *w.forbidden])
    else:  # the signature: a bit, or S + L (the malleation Ed25519 must refuse)
        sig = at + 57
        if rng.random() < 0.5 and sig + 64 <= len(out):
            s = (
                int.from_bytes(out[sig + 32 : sig + 64], "little")
                + 2**252
                + 27742317777372353535851937790883648493
            )
            out[sig + 32 : sig + 64] = (s % 2**256).to_bytes(32, "little")
        elif sig < len(out):
            out[rng.randrange(sig, min(len(out), sig + 64))] ^= 1 << rng.randrange(8)
    return bytes(out)


def choose_proofs(chunks: list[bytes], old: bytes, rng: random.Random, w: World) -> bytes:
    from sync.community import ChangeProof

    roll = rng.random()
    if roll < 0.5:
        return ChangeProof.encode_all([*w.base_proofs, *fresh_proofs(chunks, w)])
    if roll < 0.7:
        real = w.all_proofs
        return ChangeProof.encode_all(rng.sample(real, rng.randint(0, len(real))))
    if roll < 0.9:
        return mutate_proof_bytes(old, rng, w)
    return old if rng.random() < 0.5 else b""


# --- inputs ---------------------------------------------------------------------------------------------------


def pack(mode: int, items: list[bytes], proofs: bytes) -> bytes:
    uleb = fuzz_ops.uleb
    if mode == PROOFS:
        return bytes([mode]) + proofs
    return bytes([mode]) + uleb(len(items)) + b"".join(uleb(len(i)) + i for i in items) + proofs


def unpack(data: bytes) -> tuple[int, list[bytes], bytes]:
    """(entry point, items, proof bytes) of an input; any bytes read as something."""
    if not data:
        return CHANGES, [], b""
    mode = data[0] % 4
    if mode == PROOFS:
        return mode, [], data[1:]
    count, pos = fuzz_ops._read(data, 1)
    items: list[bytes] = []
    for _ in range(min(count or 0, MAX_ITEMS)):
        size, pos = fuzz_ops._read(data, pos)
        if size is None:
            break
        items.append(data[pos : pos + size])
        pos += size
    return mode, items, data[pos:]


def seeds() -> list[bytes]:
    from sync.community import ChangeProof

    w = world()
    out = []
    for item in w.items:
        out.append(pack(CHANGES, list(item.chunks), ChangeProof.encode_all([*w.base_proofs, item.proof])))
    out.append(
        pack(CHANGES, [w.items[0].chunks[0], w.items[-2].chunks[0]], ChangeProof.encode_all(w.all_proofs))
    )
    out += [pack(SYNC, [m], p) for m, p in w.messages]
    out += [pack(SNAPSHOT, [s], p) for s, p in w.snapshots]
    out += [pack(PROOFS, [], ChangeProof.encode_all(w.all_proofs)), pack(PROOFS, [], b"\x00\x00\x00\x00")]
    return out


def _message_entries(message: bytes) -> tuple[bytes, list[bytes], bytes] | None:
    """(before, raw change entries, after) of a sync message, or None."""
    from sync.community._chunks import read_uleb, split_sync_message

    try:
        parts = split_sync_message(message)
        count, pos = read_uleb(message, len(parts.before))
        entries = []
        for _ in range(count):
            size, pos = read_uleb(message, pos)
            entries.append(message[pos : pos + size])
            pos += size
    except Exception:
        return None
    return parts.before, entries, message[pos:]


def _message(before: bytes, entries: list[bytes], after: bytes) -> bytes:
    uleb = fuzz_ops.uleb
    return before + uleb(len(entries)) + b"".join(uleb(len(e)) + e for e in entries) + after


def mutate_message(message: bytes, rng: random.Random, w: World) -> tuple[bytes, list[bytes]]:
    """(mutant, the change chunks it carries): byte edits of the whole message, or edits of its changes, of
    what comes before or after them, several chunks in one entry, the other version's type byte."""
    messages = [m for m, _ in w.messages]
    parts = _message_entries(message)
    if parts is None or rng.random() < 0.25:
        return _driver.mutate_bytes(message, rng, messages, MAX_SIZE), []
    before, entries, after = parts
    roll = rng.random()
    if roll < 0.55:
        entries = mutate_chunks(entries, rng, w)
    elif roll < 0.65 and entries:  # several chunks in one entry (version 2)
        at = rng.randrange(len(entries))
        entries[at] = entries[at] + rng.choice(w.change_chunks)
    elif roll < 0.75:
        before = _driver.mutate_bytes(before, rng, messages, MAX_SIZE) or before[:1]
    elif roll < 0.85:
        after = _driver.mutate_bytes(after, rng, messages, 256) if after else rng.randbytes(rng.randint(1, 8))
    elif roll < 0.92:
        before = bytes([before[0] ^ 0x43 ^ 0x42]) + before[1:]
    else:
        entries = [*entries, rng.choice(w.change_chunks)]
    out = _message(before, entries, after)[:MAX_SIZE]
    from sync.community._chunks import split_chunks

    carried: list[bytes] = []
    for entry in entries:
        with contextlib.suppress(Exception):
            carried += split_chunks(entry)
    return out, carried


def mutate_snapshot(snapshot: bytes, rng: random.Random, w: World) -> tuple[bytes, list[bytes]]:
    """Byte edits of a save (first checksum fixed half the time), or the history's chunks with one mutated."""
    if rng.random() < 0.4:
        corpus = [s for s, _ in w.snapshots]
        return fuzz_community_load.mutate(snapshot, rng, corpus, MAX_SIZE), []
    chunks = list(w.base_chunks)
    chunks += rng.choice(w.items).chunks if rng.random() < 0.8 else (raw_edit(rng, w),)
    # A mutated change of the base's own history leaves those after it without their dependencies (the
    # binding refuses the whole): mostly mutate what comes after it.
    at = rng.randrange(len(w.base_chunks), len(chunks)) if rng.random() < 0.75 else rng.randrange(len(chunks))
    chunks[at] = mutate_chunk(chunks[at], rng, w)
    if rng.random() < 0.2:
        del chunks[rng.randrange(len(chunks))]
    return b"".join(chunks)[:MAX_SIZE], chunks


def mutate(data: bytes, rng: random.Random, corpus: list[bytes], max_size: int = MAX_SIZE) -> bytes:
    if rng.random() < 0.03:  # the container itself
        return _driver.mutate_bytes(data, rng, corpus, max_size)
    w = world()
    mode, items, proofs = unpack(data)
    if mode == PROOFS:
        return pack(PROOFS, [], mutate_proof_bytes(proofs, rng, w))[:max_size]
    if rng.random() < 0.1:  # the same changes, other proofs
        return pack(mode, items, mutate_proof_bytes(proofs, rng, w))[:max_size]
    if mode == CHANGES:
        items = mutate_chunks(items, rng, w)
        carried = items
    elif mode == SYNC:
        message, carried = mutate_message(items[0] if items else b"\x42", rng, w)
        items = [message]
    else:
        snapshot, carried = mutate_snapshot(items[0] if items else w.base, rng, w)
        items = [snapshot]
    return pack(mode, items, choose_proofs(carried, proofs, rng, w))[:max_size]


# --- the check ------------------------------------------------------------------------------------------------


def _escaped(entry: str, exc: BaseException) -> _driver.ContractError:
    kind = type(exc).__name__
    what = "the binding panicked" if kind == "PanicException" else f"{type(exc).__module__}.{kind}"
    return _driver.ContractError(f"{entry}: {what} escaped: {str(exc)[:300]}")


def _call(entry: str, call: Callable[[], Any]) -> tuple[Any, str | None]:
    """(result, None) or (None, the name of the CommunityError it raised); anything else is a finding."""
    from sync.community import CommunityError

    try:
        return call(), None
    except (KeyboardInterrupt, SystemExit):
        raise
    except CommunityError as exc:
        return None, type(exc).__name__
    except BaseException as exc:
        raise _escaped(entry, exc) from exc


def read_proofs(data: bytes) -> list[ChangeProof]:
    from sync.community import ChangeProof

    proofs, _ = _call("ChangeProof.decode_all", lambda: ChangeProof.decode_all(data))
    return list(proofs[0]) if proofs is not None else []


def check_proofs(data: bytes) -> str:
    from sync.community import ChangeProof
    from sync.community.authority import best_proofs

    w = world()
    got, refused = _call("ChangeProof.decode_all", lambda: ChangeProof.decode_all(data))
    if refused:
        return "decode_all: refused"
    proofs, used = got
    expect(0 <= used <= len(data), f"decode_all took {used} of {len(data)} bytes")
    expect(
        ChangeProof.encode_all(proofs) == data[:used], "the decoded proofs do not encode back to their bytes"
    )
    valid, _ = _call("best_proofs", lambda: best_proofs(proofs, w.writers, SPACE_ID, {}))
    names = {a: n for n, a in ACTORS.items()}
    for listed in valid.values():
        for proof in listed:
            again = ChangeProof.sign(
                w.keys[names[proof.actor]].signer, SPACE_ID, proof.actor, proof.seq, proof.change_hash
            )
            expect(again.signature == proof.signature, f"a proof verifies with another signature: {proof}")
    verified = sum(len(v) for v in valid.values())
    count = "no proofs" if not proofs else "one proof" if len(proofs) == 1 else "proofs"
    return f"decode_all: {count}, {'some' if verified else 'none'} valid"


def _reason(text: str) -> str:
    """A reason without the ids in it, to count outcomes by."""
    return re.sub(r"'[^'\s]+'|\b[0-9a-f]{6,}\b|\d+", "…", text)[:60]


def _proven(change: Any, writer: Writer, proofs: list[ChangeProof]) -> bool:
    return any(p.actor == change.actor and p.seq >= change.seq and p.valid(SPACE_ID, writer) for p in proofs)


def _view(doc: CommunityDocument, after: str) -> CommunityView:
    try:
        view = doc.view()
        doc.conflicts()
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:
        raise _driver.ContractError(f"view() failed {after}: {type(exc).__name__}: {exc}") from exc
    return view


def same_rules(before: CommunityView, after: CommunityView, writers: list[Writer], what: str) -> None:
    """What changes from *before* to *after* (written by *writers*) keeps the rules."""
    ledger = {e.id for e in before.ledger} - {e.id for e in after.ledger}
    expect(not ledger, f"{what}: ledger entries {sorted(ledger)} are gone")
    votes = {v.id for v in before.votes} - {v.id for v in after.votes}
    expect(not votes, f"{what}: votes {sorted(votes)} are gone")
    if any(wr.admin for wr in writers):
        return
    own = {wr.member_id for wr in writers}
    expect(after.name == before.name, f"{what}: the name became {after.name!r} without the admin")
    for member_id, member in before.members.items():
        now = after.members.get(member_id)
        if now is None:
            expect(member_id in own, f"{what}: member {member_id}'s record became unreadable")
        else:
            expect(now.role == member.role, f"{what}: member {member_id}'s role became {now.role}")
    for member_id in set(after.members) - set(before.members):
        expect(member_id in own, f"{what}: a member record {member_id} appeared")
        expect(after.members[member_id].role.value == "member", f"{what}: {member_id} made themselves admin")
    for member_id in set(before.credit_limits) | set(after.credit_limits):
        if member_id in own and member_id not in after.members:
            continue
        old, new = before.credit_limits.get(member_id), after.credit_limits.get(member_id)
        expect(old == new, f"{what}: {member_id}'s credit limit went from {old} to {new} without the admin")


def judged_alone(chunks: dict[bytes, bytes], digest: bytes, w: World) -> str:
    """Replay one accepted change on top of its own history alone: it must keep the rules by itself."""
    from sync.community import CommunityDocument

    decoded = {h: _decoded(c) for h, c in chunks.items()}
    history: set[bytes] = set()
    stack = list(decoded[digest].deps)
    while stack:
        dep = stack.pop()
        if dep not in history and dep in decoded:
            history.add(dep)
            stack.extend(decoded[dep].deps)
    ordered = [c for h, c in chunks.items() if h in history]  # get_changes lists them in causal order
    if not ordered:
        return "first change"
    try:
        before = CommunityDocument.load(b"".join(ordered)).view()
        after = CommunityDocument.load(b"".join(ordered) + chunks[digest]).view()
    except Exception as exc:  # a replay that cannot be read judges nothing
        return f"replay unreadable ({type(exc).__name__})"
    writer = w.writers.of_actor(decoded[digest].actor)
    assert writer is not None
    same_rules(before, after, [writer], f"change {digest.hex()[:12]} replayed alone")
    return "replayed"


@functools.lru_cache(maxsize=4096)
def _decoded(chunk: bytes) -> Any:
    """A change the document holds, decoded (most are the base's and the corpus's: decoded once)."""
    from sync.community._ops import decode_change

    return decode_change(chunk)


def check_doc(doc: CommunityDocument, new: list[bytes], proofs: list[ChangeProof], what: str) -> list[Writer]:
    """The authority invariants over the changes *new* in *doc*; returns their writers."""
    w = world()
    for item in doc.quarantined:
        expect(
            isinstance(item.reason, str) and item.reason.strip() != "",
            f"{what}: a quarantined change has no reason",
        )
    for _digest, why in doc.waiting:
        expect(isinstance(why, str) and why.strip() != "", f"{what}: a waiting change has no reason")
    writers = []
    every: dict[bytes, bytes] = {}
    for data in new:
        change = _decoded(data)
        tag = f"{what}: accepted change {change.hash.hex()[:12]} (actor {change.actor.hex()[:8]}, seq {change.seq})"
        expect(change.hash not in w.forbidden, f"{tag} is a forbidden one")
        writer = w.writers.of_actor(change.actor)
        expect(writer is not None, f"{tag} has an actor bound to nobody")
        assert writer is not None
        expect(_proven(change, writer, proofs), f"{tag} came with no valid proof of its author")
        writers.append(writer)
        if change.hash not in w.honest:
            every = every or {_decoded(c).hash: c for c in doc.changes_since([])}
            judged_alone(every, change.hash, w)
    return writers


def check_receiver(mode: int, items: list[bytes], proofs: list[ChangeProof]) -> str:
    from sync.community import PeerSync

    w = world()
    doc = w.fresh_receiver()
    entry = ENTRY[mode]
    if mode == CHANGES:
        intake, refused = _call(entry, lambda: doc.apply_changes(items, proofs))
    else:
        message = items[0] if items else b""
        intake, refused = _call(entry, lambda: doc.receive_sync_message(PeerSync(), message, proofs))
    after = f"after {entry}" + (f" raised {refused}" if refused else "")
    view = _view(doc, after)
    new = doc.changes_since(w.base_heads)
    if intake is not None:
        expect(
            len(new) == intake.accepted,
            f"{after}: the gate accepted {intake.accepted}, the document took {len(new)}",
        )
    writers = check_doc(doc, new, proofs, after)
    same_rules(w.before, view, writers, after)
    if refused:
        return f"{entry}: refused ({refused})"
    if doc.quarantined:
        return f"{entry}: quarantined ({_reason(doc.quarantined[0].reason)})"
    if new:
        return f"{entry}: accepted"
    if doc.waiting:
        return f"{entry}: waiting ({_reason(doc.waiting[0][1])})"
    return f"{entry}: nothing new"


def check_snapshot(snapshot: bytes, proofs: list[ChangeProof]) -> str:
    from sync.community import CommunityDocument

    w = world()
    got, refused = _call(
        "load_checked",
        lambda: CommunityDocument.load_checked(
            snapshot, space_id=SPACE_ID, writers=w.writers, proofs=proofs, actor_id=RECEIVER
        ),
    )
    if refused:
        return f"load_checked: refused ({refused})"
    doc, intake = got
    _view(doc, "after load_checked")
    check_doc(doc, doc.changes_since([]), proofs, "load_checked")
    expect(
        intake.accepted == len(doc.changes_since([])),
        "load_checked: the intake's count is not the document's",
    )
    if intake.quarantined:
        return f"load_checked: quarantined ({_reason(intake.quarantined[0].reason)})"
    return "load_checked: taken" + (" (some waiting)" if intake.waiting else "")


def check(data: bytes) -> str:
    """The entry point and what became of the input; raises only if the contract is broken."""
    w = world()
    mode, items, proof_bytes = unpack(data)
    if mode == PROOFS:
        return check_proofs(proof_bytes)
    proofs = read_proofs(proof_bytes)
    if mode == SNAPSHOT:
        return check_snapshot(items[0] if items else b"", proofs)
    try:
        return check_receiver(mode, items, proofs)
    except BaseException:
        w.forget_receiver()
        raise


# --- drivers --------------------------------------------------------------------------------------------------


def _keep(corpus: list[bytes]) -> Callable[[bytes, str], bool]:
    def keep(data: bytes, outcome: str) -> bool:
        """Mutants that reached the rules reach further when mutated again."""
        reached = "accepted" in outcome or "quarantined" in outcome or "taken" in outcome
        return reached and len(corpus) < MAX_CORPUS and len(data) < 8192

    return keep


MODE_SHARES = (0.4, 0.3, 0.15, 0.15)  # changes, sync messages, snapshots, proofs


def pick(rng: random.Random, corpus: list[bytes]) -> bytes:
    """An input of the corpus for an entry point drawn by MODE_SHARES (kept mutants would crowd out the rest)."""
    mode = rng.choices(range(4), MODE_SHARES)[0]
    chosen = [data for data in corpus if data and data[0] % 4 == mode]
    return rng.choice(chosen or corpus)


def run_loop(
    runs: int, seed: int, report: Callable[[str], None] | None = print
) -> tuple[Counter[str], _driver.Findings]:
    """(how many inputs had each outcome, findings); the shortest input of each kind of finding is written to
    fuzz/crash-gate-<n>."""
    corpus = seeds()
    outcomes, findings = _driver.run_loop(
        runs,
        seed,
        corpus=corpus,
        make=lambda rng, corpus: mutate(pick(rng, corpus), rng, corpus),
        check=check,
        keep=_keep(corpus),
        report=report,
    )
    folder = Path(__file__).resolve().parent
    kinds: dict[str, bytes] = {}
    for data, what in findings:  # the shortest input of each kind of finding (ids and numbers aside)
        kind = re.sub(r"\b[0-9a-f]{8,}\b|\d+", "…", what)
        if kind not in kinds or len(data) < len(kinds[kind]):
            kinds[kind] = data
    for n, (kind, data) in enumerate(kinds.items(), 1):
        (folder / f"crash-gate-{n}").write_bytes(data)
        if report is not None:
            report(f"crash-gate-{n}: {kind[:200]}")
    return outcomes, findings


def run_atheris(argv: list[str]) -> None:
    def mutator(libfuzzer: Callable[[bytes, int], bytes]) -> _driver.Mutator:
        return _driver.mixed_mutator(seeds(), mutate, libfuzzer, libfuzzer_share=0.15)

    _driver.run_atheris(
        argv,
        modules=(
            "sync.community._gate",
            "sync.community._intake",
            "sync.community._rules",
            "sync.community._chunks",
            "sync.community._ops",
            "sync.community.authority",
            "sync.community.document",
        ),
        mutator=mutator,
        check=check,
    )


def replay(path: str) -> int:
    """Run one saved input again and print what it does, with the traceback of a finding."""
    data = Path(path).read_bytes()
    mode, items, proofs = unpack(data)
    print(f"{path}: {len(data)} bytes, {ENTRY[mode]}, {len(items)} items, {len(proofs)} proof bytes")
    print(f"  input: {data.hex()}")
    try:
        print(f"  outcome: {check(data)}")
    except BaseException:
        traceback.print_exc()
        return 1
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--replay":
        sys.exit(replay(sys.argv[2]))
    sys.exit(_driver.main(__doc__, loop=run_loop, atheris=run_atheris, check=check))
