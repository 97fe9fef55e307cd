"""Which records changed: `take_changed`, and the view read again record by record after peers' changes.

Guarded copies (an admin, Alice, Bob, and a fourth device that only takes what others send) exchange random
local and peer edits over every path changes take into a document: Automerge's sync messages, changes applied
as the relay hands them over (`apply_changes`), `merge` of a whole copy, a raw delete of a record merged from a
fork, and an unguarded copy syncing with the admin. After every step, on every copy:

(a) `view()` and `conflicts()` equal those of a fresh full read of the saved bytes;
(b) `take_changed()` names every record whose value (or problems, or conflicts) differs from the previous
    step's view. A superset is fine; `everything=True` only where documented: the unguarded copy after a peer's
    changes (a guarded copy always knows).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.community import (
    Choice,
    CommunityDocument,
    CommunityView,
    Conflict,
    PeerSync,
    Project,
    ProjectStatus,
    Proposal,
    RecordChanges,
    Vote,
)
from sync.community._automerge import ROOT, Obj
from sync.community._codec import LIST_COLLECTIONS, MAP_COLLECTIONS
from sync.community.model import Asset, AssetKind
from sync.spaces import voters_now
from tests.sync.community.test_authority import T0, Device, community, deposit, sync

HONEST = ("admin", "alice", "bob")
Key = tuple[str, str]


def _record_of(path: str) -> Key:
    parts = path.split("/")
    if parts[0] in LIST_COLLECTIONS:
        return (parts[0], "")
    if parts[0] in MAP_COLLECTIONS and len(parts) > 1:
        return (parts[0], parts[1])
    return ("", parts[0])  # the name ("name"), or the root


def differences(
    before: CommunityView, after: CommunityView, was: Iterable[Conflict], now: Iterable[Conflict]
) -> set[Key]:
    """The records whose entity, problems or conflicts differ between two views."""
    out: set[Key] = set()
    for coll in MAP_COLLECTIONS:
        old, new = getattr(before, coll), getattr(after, coll)
        out |= {(coll, k) for k in old.keys() | new.keys() if old.get(k) != new.get(k)}
    out |= {(coll, "") for coll in LIST_COLLECTIONS if getattr(before, coll) != getattr(after, coll)}
    if before.name != after.name:
        out.add(("", "name"))
    out |= {_record_of(p.path) for p in set(before.problems) ^ set(after.problems)}
    out |= {_record_of(c.path) for c in set(was) ^ set(now)}
    return out


def fresh(doc: CommunityDocument) -> tuple[CommunityView, list[Conflict]]:
    copy = CommunityDocument.load(doc.save())
    return copy.view(), copy.conflicts()


class World:
    def __init__(self) -> None:
        log, self.devices = community()
        self.admin, self.alice = self.devices["admin"], self.devices["alice"]
        self.taker = self.devices["mallory"]  # only takes: relayed changes, merges and raw deletes
        project = Project(
            "p1", "Oven", "bread", self.alice.member, "loaves", "loaves", 100, 10_00, "EUR", 10, 5,
            (T0 + dt.timedelta(days=60)).date(),
        )  # fmt: skip
        proposal = Proposal(
            "q1", "Roof", "repair", self.alice.member, 50_00, "EUR", T0 + dt.timedelta(days=9), 2, 50,
            voters=voters_now(log),
        )  # fmt: skip
        self.alice.edit(lambda doc: doc.add_project(project))
        self.alice.edit(lambda doc: doc.add_proposal(proposal))
        for a, b in (("admin", "alice"), ("alice", "bob"), ("admin", "bob")):
            sync(self.devices[a], self.devices[b])
        self.relay(self.admin, self.taker)
        self.plain = CommunityDocument.load(self.admin.doc.save())  # unguarded
        self.plain_peers = (PeerSync(), PeerSync())
        self.docs: dict[str, CommunityDocument] = {n: self.devices[n].doc for n in (*HONEST, "mallory")}
        self.docs["plain"] = self.plain
        self.seen: dict[str, tuple[CommunityView, list[Conflict]]] = {}
        for name, doc in self.docs.items():
            doc.take_changed()
            self.seen[name] = (doc.view(), doc.conflicts())

    def relay(self, source: Device, target: Device) -> None:
        target.doc.apply_changes(source.doc.changes_since([]), source.doc.proofs())

    def sync_plain(self) -> None:
        ours, theirs = self.plain_peers
        for _ in range(20):
            quiet = True
            message = self.admin.doc.generate_sync_message(ours)
            if message is not None:
                quiet = False
                self.plain.receive_sync_message(theirs, message)
            message = self.plain.generate_sync_message(theirs)
            if message is not None:
                quiet = False
                self.admin.doc.receive_sync_message(ours, message, self.plain.proofs())
            if quiet:
                return

    def step(self, n: int, kind: str, who: str, slot: int) -> None:
        d = self.devices[who]
        view = d.doc.view()
        asset_id = f"a{slot}"
        if kind == "asset":
            current = view.assets.get(asset_id)
            if current is None:
                d.edit(lambda doc: doc.add_asset(Asset(asset_id, AssetKind.HUMAN, f"Skill {n}", d.member)))
            else:
                d.edit(lambda doc: doc.add_asset(dataclasses.replace(current, title=f"Title {n}")))
        elif kind == "rate" and asset_id in view.assets:
            d.edit(lambda doc: doc.rate_asset(asset_id, d.member, 1 + n % 5))
        elif kind == "status" and who in ("admin", "alice"):  # concurrent writes to a register: conflicts
            status = list(ProjectStatus)[n % len(ProjectStatus)]
            d.edit(lambda doc: doc.set_project_status("p1", status))
        elif kind == "limit":
            self.admin.edit(lambda doc: doc.set_credit_limit(d.member, 60 * (n + 1)))
        elif kind == "name":
            self.admin.edit(lambda doc: doc.set_name(f"Mill Road {n}"))
        elif kind == "deposit":
            d.edit(lambda doc: doc.append_entry(deposit(d, f"d{n}", 100 + n)))
        elif kind == "vote":
            vote = Vote(f"v{n}", "q1", d.member, d.keys.device_id.hex, Choice.YES, T0 + dt.timedelta(hours=n))
            d.edit(lambda doc: doc.cast_vote(vote.signed_by(d.keys.signer)))
        elif kind == "sync":
            other = HONEST[(HONEST.index(who) + 1 + slot % 2) % 3]
            sync(d, self.devices[other])
        elif kind == "relay":
            self.relay(d, self.taker)
        elif kind == "merge":
            self.taker.doc.merge(CommunityDocument.load(d.doc.save()))
        elif kind == "delete":  # a raw delete on a fork, merged (the gate would refuse it from a peer)
            fork = self.taker.doc.fork()
            reader = fork._safe.reader()
            assets = reader.get(ROOT, "assets", "assets")
            assert isinstance(assets, Obj)
            if asset_id in reader.keys(assets.id, "assets"):
                fork._safe.change(lambda w: w.delete(assets.id, asset_id))
                self.taker.doc.merge(fork)
        elif kind == "plain":
            self.sync_plain()

    def check(self) -> None:
        for name, doc in self.docs.items():
            view, conflicts = doc.view(), doc.conflicts()
            assert (view, conflicts) == fresh(doc), name
            changed = doc.take_changed()
            assert isinstance(changed, RecordChanges)
            if name != "plain":
                assert not changed.everything, name
            if not changed.everything:
                before, was = self.seen[name]
                missing = differences(before, view, was, conflicts) - changed.records
                assert not missing, (name, missing)
            self.seen[name] = (view, conflicts)


KINDS = ("asset", "rate", "status", "limit", "name", "deposit", "vote")  # edits
KINDS += ("sync", "relay", "merge", "delete", "plain")  # changes reaching other copies
# Appends, concurrent register writes and syncs weigh more: interleaved appends and conflicts need several.
WEIGHTED = (*KINDS, "asset", "rate", "status", "deposit", "deposit", "vote", "sync", "sync", "sync")
steps = st.lists(
    st.tuples(st.sampled_from(WEIGHTED), st.sampled_from(HONEST), st.integers(0, 2)), min_size=1, max_size=16
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_views_read_again_by_record_equal_full_reads_and_every_changed_record_is_named(
    schedule: list[tuple[str, str, int]],
) -> None:
    world = World()
    for n, (kind, who, slot) in enumerate(schedule):
        world.step(n, kind, who, slot)
        world.check()


def test_a_peers_change_to_one_asset_names_only_that_asset() -> None:
    world = World()
    alice, bob = world.alice, world.devices["bob"]
    alice.edit(lambda doc: doc.add_asset(Asset("a1", AssetKind.HUMAN, "Bread", alice.member)))
    assert alice.doc.take_changed() == RecordChanges(frozenset({("assets", "a1")}), everything=False)
    sync(alice, bob)
    assert bob.doc.take_changed() == RecordChanges(frozenset({("assets", "a1")}), everything=False)
    assert bob.doc.records([("assets", "a1")])[("assets", "a1")].entity == alice.doc.view().assets["a1"]
    world.relay(alice, world.taker)
    assert world.taker.doc.take_changed().records == {("assets", "a1")}
    assert world.taker.doc.take_changed() == RecordChanges(frozenset(), everything=False)  # reset by the take


def test_the_first_take_and_an_unguarded_copy_s_peer_changes_say_everything() -> None:
    world = World()
    loaded = CommunityDocument.load(world.admin.doc.save())
    assert loaded.take_changed().everything
    assert not loaded.take_changed().everything
    world.admin.edit(lambda doc: doc.set_name("Elsewhere"))
    world.sync_plain()
    assert world.plain.take_changed().everything


def test_records_reads_single_records_and_lists_whole() -> None:
    world = World()
    alice = world.alice
    alice.edit(lambda doc: doc.append_entry(deposit(alice, "d1", 5_00)))
    got: dict[Key, Any] = alice.doc.records(
        [("projects", "p1"), ("assets", "nope"), ("ledger", ""), ("", "name")]
    )
    view = alice.doc.view()
    assert got[("projects", "p1")].entity == view.projects["p1"]
    assert got[("assets", "nope")].entity is None
    assert got[("ledger", "")].entity == view.ledger
    assert got[("", "name")].entity == view.name


def test_appends_from_two_peers_interleave_and_the_list_is_read_again_whole() -> None:
    world = World()
    alice, bob = world.alice, world.devices["bob"]
    for i in range(3):
        alice.edit(lambda doc, i=i: doc.append_entry(deposit(alice, f"a{i}", 100)))
        bob.edit(lambda doc, i=i: doc.append_entry(deposit(bob, f"b{i}", 100)))
        for d in (alice, bob):
            d.doc.view()
        sync(alice, bob)
        for d in (alice, bob):
            assert d.doc.take_changed().records >= {("ledger", "")}
            assert d.doc.view() == fresh(d.doc)[0], d.name
    assert [e.id for e in alice.doc.view().ledger] == [e.id for e in bob.doc.view().ledger]


def test_concurrent_register_writes_show_as_conflicts_after_an_incremental_read() -> None:
    world = World()
    admin, alice = world.admin, world.alice
    admin.edit(lambda doc: doc.set_project_status("p1", ProjectStatus.ACTIVE))
    alice.edit(lambda doc: doc.set_project_status("p1", ProjectStatus.CLOSED))
    for d in (admin, alice):
        d.doc.view()
        d.doc.take_changed()
    sync(admin, alice)
    for d in (admin, alice):
        assert d.doc.take_changed() == RecordChanges(frozenset({("projects", "p1")}))
        view, conflicts = fresh(d.doc)
        assert [c.path for c in d.doc.conflicts()] == ["projects/p1/status"]
        assert (d.doc.view(), d.doc.conflicts()) == (view, conflicts)


def test_a_record_deleted_in_a_merged_copy_is_named_and_gone() -> None:
    world = World()
    alice, taker = world.alice, world.taker
    alice.edit(lambda doc: doc.add_asset(Asset("a1", AssetKind.HUMAN, "Bread", alice.member)))
    world.relay(alice, taker)
    assert "a1" in taker.doc.view().assets
    taker.doc.take_changed()
    world.step(1, "delete", "alice", 1)
    assert taker.doc.take_changed() == RecordChanges(frozenset({("assets", "a1")}))
    assert "a1" not in taker.doc.view().assets
    assert taker.doc.records([("assets", "a1")])[("assets", "a1")].entity is None


def test_each_kind_of_peer_edit_names_exactly_its_record() -> None:
    world = World()
    admin, alice, bob = world.admin, world.alice, world.devices["bob"]
    alice.edit(lambda doc: doc.add_asset(Asset("a1", AssetKind.HUMAN, "Bread", alice.member)))
    alice.edit(lambda doc: doc.rate_asset("a1", alice.member, 4))  # makes the ratings map
    sync(alice, bob)
    bob.doc.take_changed()
    rye = Asset("a1", AssetKind.HUMAN, "Rye", alice.member)
    edits: list[tuple[Device, Any, set[Key]]] = [
        (alice, lambda doc: doc.rate_asset("a1", alice.member, 2), {("assets", "a1")}),  # in the ratings map
        (alice, lambda doc: doc.add_asset(rye), {("assets", "a1")}),
        (admin, lambda doc: doc.set_credit_limit(alice.member, 120), {("credit_limits", alice.member)}),
        (admin, lambda doc: doc.set_name("Mill Lane"), {("", "name")}),
        (alice, lambda doc: doc.set_project_status("p1", ProjectStatus.FUNDING), {("projects", "p1")}),
        (alice, lambda doc: doc.append_entry(deposit(alice, "d1", 100)), {("ledger", "")}),
    ]
    for author, edit, expected in edits:
        author.edit(edit)
        sync(author, bob)
        assert bob.doc.take_changed() == RecordChanges(frozenset(expected))
        assert (bob.doc.view(), bob.doc.conflicts()) == fresh(bob.doc)


def test_the_change_count_is_the_length_of_the_whole_history_after_local_and_peer_changes() -> None:
    world = World()
    alice, bob = world.alice, world.devices["bob"]
    for d in (alice, bob):
        assert d.doc.change_count() == len(d.doc.changes_since([]))
    alice.edit(lambda doc: doc.append_entry(deposit(alice, "d1", 100)))
    bob.edit(lambda doc: doc.add_asset(Asset("a1", AssetKind.HUMAN, "Bread", bob.member)))
    sync(alice, bob)
    world.relay(alice, world.taker)
    for d in (alice, bob, world.taker):
        assert d.doc.change_count() == len(d.doc.changes_since([])) > 0
