"""A list read after a peer's change: only the elements it inserted, placed where Automerge's order put them.

`Snapshot.refresh` reads just the elements the changes since the last read inserted into a list (their ids come
from the changes' ops, `_rules.ListGrowth`) and falls back to a whole read when a change did anything else to
the list or the elements are not where they should be. Proven here against a fresh full read of the saved
bytes: concurrent appends from several copies (which interleave by op id, not at the end), elements that fail
to read (whose problems name their position, which moves when a concurrent insert lands before them), repeated
ids, and a refused change beside an accepted one in the same sync. The deterministic tests also check that the
fast path was the one taken: the snapshot object and the list's memo of readings are kept (a whole read
replaces both).
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.community import CommunityDocument, CommunityView
from sync.community._automerge import ROOT, Obj
from sync.community._snapshot import Snapshot
from tests.sync.community.test_authority import Device, community, deposit, sync

NAMES = ("admin", "alice", "bob", "mallory")


def fresh(doc: CommunityDocument) -> CommunityView:
    return CommunityDocument.load(doc.save()).view()


def ledger_id(doc: CommunityDocument) -> bytes:
    node = doc._safe.reader().get(ROOT, "ledger", "ledger")
    assert isinstance(node, Obj)
    return node.id


def raw_append(d: Device, value: dict[str, Any]) -> None:
    """Insert a plain map at the end of the ledger, past the typed API (a peer's own software could)."""
    lid = ledger_id(d.doc)
    length = d.doc._safe.reader().length(lid, "ledger")
    d.doc._safe.change(lambda w: w.insert(lid, length, value))
    d.doc.prove(d.keys.signer)


def unreadable(d: Device, entry_id: str) -> None:
    """An element the gate lets in (a new map, whole) that the view cannot read: a problem at its position."""
    raw_append(d, {"id": entry_id, "author": d.member, "kind": "not a kind"})


def repeat(d: Device) -> None:
    """A copy of an entry already there: the view keeps the first and names the repeat at its position."""
    view = d.doc.view()
    if view.ledger:
        first = view.ledger[0]
        raw_append(d, {"id": first.id, "author": d.member, "kind": "not a kind either"})


def rewrite_first(d: Device) -> None:
    """Change a field of an entry already written: refused by every other copy's gate (append-only)."""
    reader = d.doc._safe.reader()
    lid = ledger_id(d.doc)
    if reader.length(lid, "ledger"):
        first = reader.get(lid, 0, "ledger/0")
        assert isinstance(first, Obj)
        d.doc._safe.change(lambda w: w.put(first.id, "amount_minor", 1))
        d.doc.prove(d.keys.signer)


class World:
    def __init__(self) -> None:
        _log, self.devices = community()
        self.count = 0

    def step(self, kind: str, who: str, other: str) -> None:
        d = self.devices[who]
        self.count += 1
        n = self.count
        if kind == "deposit":
            d.edit(lambda doc: doc.append_entry(deposit(d, f"{who}{n}", 100 + n)))
        elif kind == "unreadable":
            unreadable(d, f"bad{n}")
        elif kind == "repeat":
            repeat(d)
        elif kind == "refused" and who == "mallory":
            rewrite_first(d)  # her later changes build on it: refused with it
            d.edit(lambda doc: doc.append_entry(deposit(d, f"after{n}", 1)))
        elif kind == "read":
            d.doc.view()  # a read between changes: the next read starts from here
        elif kind == "sync" and who != other:
            sync(d, self.devices[other])

    def check(self) -> None:
        for name, d in self.devices.items():
            assert d.doc.view() == fresh(d.doc), name


KINDS = ("deposit", "deposit", "deposit", "unreadable", "repeat", "refused", "read", "sync", "sync", "sync")
steps = st.lists(
    st.tuples(st.sampled_from(KINDS), st.sampled_from(NAMES), st.sampled_from(NAMES)), min_size=1, max_size=18
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_reading_only_the_inserted_elements_equals_a_full_read_over_concurrent_copies(
    schedule: list[tuple[str, str, str]],
) -> None:
    world = World()
    for kind, who, other in schedule:
        world.step(kind, who, other)
        world.check()
    honest = ("admin", "alice", "bob")
    # The honest copies agree once they have met each other and Mallory: her entries accepted beside a refused
    # change travel only from her (tests/sync/community/test_authority.py, the known gap "an accepted change
    # beside a refused one").
    for a, b in [*pairwise(honest), *((h, "mallory") for h in honest), *pairwise(honest)]:
        sync(world.devices[a], world.devices[b])
        world.check()
    views = [world.devices[n].doc.view() for n in ("admin", "alice", "bob")]
    assert views[0] == views[1] == views[2]


def kept(doc: CommunityDocument) -> tuple[Snapshot | None, object]:
    snap = doc._snap
    return snap, None if snap is None else snap.memo["ledger"]


def read_incrementally(doc: CommunityDocument) -> CommunityView:
    """The view, asserting it was read without a whole read of the document or of the ledger."""
    before = kept(doc)
    view = doc.view()
    after = kept(doc)
    assert after[0] is before[0], "the document was read whole"
    assert after[1] is before[1], "the ledger was read whole"
    return view


def test_concurrent_appends_land_by_op_id_and_only_they_are_read() -> None:
    _log, devices = community()
    alice, bob = devices["alice"], devices["bob"]
    alice.edit(lambda doc: doc.append_entry(deposit(alice, "a0", 100)))
    sync(alice, bob)
    for d in (alice, bob):
        d.doc.view()
    alice.edit(lambda doc: doc.append_entry(deposit(alice, "a1", 100)))
    bob.edit(lambda doc: doc.append_entry(deposit(bob, "b1", 100)))
    bob.edit(lambda doc: doc.append_entry(deposit(bob, "b2", 100)))
    for d in (alice, bob):
        d.doc.view()
    sync(alice, bob)
    for d in (alice, bob):
        view = read_incrementally(d.doc)
        assert view == fresh(d.doc)
    ids = [e.id for e in alice.doc.view().ledger]
    assert ids == [e.id for e in bob.doc.view().ledger]
    # Each copy's own appends were read before the sync; either way the other's landed before one of them.
    assert ids in (["a0", "a1", "b1", "b2"], ["a0", "b1", "b2", "a1"])


def test_a_problem_moved_by_a_concurrent_insert_names_its_new_position() -> None:
    _log, devices = community()
    alice, bob = devices["alice"], devices["bob"]
    alice.edit(lambda doc: doc.append_entry(deposit(alice, "a0", 100)))
    sync(alice, bob)
    unreadable(alice, "bad")  # alice's element and bob's deposit are concurrent, after the same one
    bob.edit(lambda doc: doc.append_entry(deposit(bob, "b1", 100)))
    for d in (alice, bob):
        d.doc.view()
    sync(alice, bob)
    paths = set()
    for d in (alice, bob):
        view = read_incrementally(d.doc)
        assert view == fresh(d.doc)
        paths |= {p.path for p in view.problems if p.path.startswith("ledger/")}
    # Bob's insert has the greater op id (same counter, greater actor): it lands first, and the problem alice's
    # copy had read at ledger/1 moves to ledger/2 on her copy too.
    assert paths == {"ledger/2"}
    assert [e.id for e in alice.doc.view().ledger] == ["a0", "b1"]


def test_a_refused_change_beside_an_accepted_one_reads_only_the_accepted_element() -> None:
    _log, devices = community()
    alice, bob, mallory = devices["alice"], devices["bob"], devices["mallory"]
    alice.edit(lambda doc: doc.append_entry(deposit(alice, "a0", 100)))
    sync(alice, mallory)
    sync(alice, bob)
    bob.doc.view()
    mallory.edit(lambda doc: doc.append_entry(deposit(mallory, "m1", 100)))
    rewrite_first(mallory)
    alice.edit(lambda doc: doc.append_entry(deposit(alice, "a1", 100)))
    sync(alice, mallory)
    sync(mallory, bob)  # m1, her refused rewrite and alice's a1 reach bob in one sync
    assert [q.reason for q in bob.doc.quarantined] == [
        "'ledger' is append-only: a record is never changed after it was written"
    ]
    view = read_incrementally(bob.doc)
    assert view == fresh(bob.doc)
    assert {(e.id, e.amount_minor) for e in view.ledger} == {("a0", 100), ("m1", 100), ("a1", 100)}


def test_a_change_that_rewrites_an_element_is_read_whole() -> None:
    _log, devices = community()
    mallory = devices["mallory"]
    mallory.edit(lambda doc: doc.append_entry(deposit(mallory, "m0", 100)))
    mallory.doc.view()
    snap = mallory.doc._snap
    memo = snap.memo["ledger"] if snap is not None else None
    rewrite_first(mallory)  # her own copy is not gated: the read must see the edit
    view = mallory.doc.view()
    assert mallory.doc._snap is snap
    assert snap is not None
    assert snap.memo["ledger"] is not memo  # the list was read whole
    assert view == fresh(mallory.doc)
    assert view.ledger[0].amount_minor == 1
