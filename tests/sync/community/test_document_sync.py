"""Peers' changes (in order, out of order, with missing dependencies) and contained binding panics."""

from __future__ import annotations

import gc
import hashlib
import random
import sys
from typing import Any

import pytest
from automerge import core

from sync.community import _safedoc
from sync.community.document import CommunityDocument, PeerSync
from sync.community.errors import BindingPanicError, CorruptDocumentError, InvalidValueError
from sync.community.model import Role
from tests.sync.community.document_support import (
    asset,
    community,
    entry,
    member,
    panic_in_transaction,
    with_forged_scalar,
)


def _peer_with_changes(n: int) -> tuple[CommunityDocument, CommunityDocument, list[bytes]]:
    """A document, a fork that made *n* changes one after another, and those changes."""
    doc = community()
    peer = doc.fork()
    for i in range(n):
        peer.add_asset(asset(f"a{i}", title=f"Thing {i}"))
    return doc, peer, peer.changes_since(doc.heads())


def test_changes_since_and_apply_changes_bring_a_peer_up_to_date() -> None:
    doc, peer, changes = _peer_with_changes(3)
    assert len(changes) == 3
    doc.apply_changes(changes)
    assert doc.heads() == peer.heads()
    assert doc.view() == peer.view()
    assert doc.pending_changes == ()
    assert doc.changes_since(doc.heads()) == []


def test_changes_in_any_order_are_all_applied() -> None:
    doc, peer, changes = _peer_with_changes(6)
    random.Random(3).shuffle(changes)
    doc.apply_changes(changes)
    assert doc.view() == peer.view()
    assert doc.pending_changes == ()


def test_changes_with_missing_dependencies_wait_until_they_arrive() -> None:
    doc, peer, changes = _peer_with_changes(5)
    heads, view = doc.heads(), doc.view()
    doc.apply_changes(changes[2:])  # the first two are still on their way
    assert doc.heads() == heads
    assert doc.view() == view
    assert set(doc.pending_changes) == set(changes[2:])
    doc.apply_changes(changes[1:2])  # still missing the first
    assert doc.heads() == heads
    assert len(doc.pending_changes) == 4
    doc.apply_changes(changes[:1])
    assert doc.pending_changes == ()
    assert doc.heads() == peer.heads()
    assert sorted(doc.view().assets) == ["a0", "a1", "a2", "a3", "a4"]


def test_applying_changes_twice_changes_nothing() -> None:
    doc, _, changes = _peer_with_changes(2)
    doc.apply_changes(changes)
    heads = doc.heads()
    doc.apply_changes(changes + changes)
    assert doc.heads() == heads
    assert doc.pending_changes == ()


def test_large_changes_travel_compressed() -> None:
    doc = community()
    peer = doc.fork()
    peer.add_asset(asset(description="x" * 3000))
    [change] = peer.changes_since(doc.heads())
    assert change[8] == 2  # a compressed change chunk
    doc.apply_changes([change])
    assert doc.view() == peer.view()


def test_concurrent_changes_from_two_peers_merge() -> None:
    doc = community()
    left, right = doc.fork(), doc.fork()
    left.set_role("bob", Role.ADMIN, by="alice")
    right.set_role("bob", Role.MEMBER, by="carol")
    right.append_entry(entry())
    base = doc.heads()
    doc.apply_changes(right.changes_since(base) + left.changes_since(base))
    left.merge(right)
    assert doc.view() == left.view()
    assert doc.conflicts() == left.conflicts()
    assert len(doc.conflicts()) == 1


@pytest.mark.parametrize(
    "bad",
    [
        b"",
        b"garbage",
        b"\x85\x6f\x4a\x83" + b"\x00" * 40,
        "not bytes",
    ],
)
def test_malformed_changes_are_refused_and_nothing_is_applied(bad: Any) -> None:
    doc, _, changes = _peer_with_changes(2)
    heads = doc.heads()
    with pytest.raises((CorruptDocumentError, InvalidValueError)):
        doc.apply_changes([changes[0], bad])
    assert doc.heads() == heads
    assert doc.pending_changes == ()


def test_a_change_with_a_wrong_checksum_or_length_is_refused() -> None:
    doc, _, [change] = _peer_with_changes(1)
    flipped = bytearray(change)
    flipped[-3] ^= 0x40
    for bad in (bytes(flipped), change[:-1], change + b"\x00"):
        with pytest.raises(CorruptDocumentError):
            doc.apply_changes([bad])
    assert doc.pending_changes == ()


def test_a_document_chunk_is_not_a_change() -> None:
    doc = community()
    with pytest.raises(CorruptDocumentError, match="not a change"):
        doc.apply_changes([doc.save()])


def test_a_forged_counter_from_a_peer_becomes_a_problem_not_a_crash() -> None:
    doc = community()
    doc.add_asset(asset())
    doc.add_asset(asset("a2"))
    forged = with_forged_scalar(doc.save(), ("assets", "a1"), "title", 8)
    peer_change = forged[len(doc.save()) :]
    doc.apply_changes([peer_change])
    view = doc.view()
    assert [p.path for p in view.problems] == ["assets/a1"]
    assert "cannot read, such as a counter" in view.problems[0].reason
    assert list(view.assets) == ["a2"]
    doc.add_asset(asset(title="Mended"))  # writing the record again heals it
    assert doc.view().assets["a1"].title == "Mended"
    assert doc.view().problems == ()


def _unraisable_hook_counts(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    seen: list[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", seen.append)
    return seen


def test_a_panic_inside_a_write_is_contained_and_the_last_good_state_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unraisable = _unraisable_hook_counts(monkeypatch)
    doc = community()
    saved = doc.save()
    doc.add_asset(asset())  # after the save: must survive the panic via the change log
    doc.rate_asset("a1", "carol", 2)
    heads, view = doc.heads(), doc.view()
    with pytest.raises(BindingPanicError, match="reloaded from its last good state"):
        panic_in_transaction(doc)
    assert doc.heads() == heads
    assert doc.view() == view
    doc.add_asset(asset("a2"))  # the document works on
    again = CommunityDocument.load(doc.save())
    assert sorted(again.view().assets) == ["a1", "a2"]
    assert again.view().name == "Elm Street"
    assert saved != doc.save()
    gc.collect()
    assert unraisable == []


def test_a_panic_after_a_merge_and_applied_changes_keeps_them() -> None:
    doc, peer, changes = _peer_with_changes(2)
    other = doc.fork()
    other.set_role("carol", Role.ADMIN, by="alice")
    doc.merge(other)
    doc.apply_changes(changes)
    heads = doc.heads()
    with pytest.raises(BindingPanicError):
        panic_in_transaction(doc)
    assert doc.heads() == heads
    assert doc.view().members["carol"].role is Role.ADMIN
    assert sorted(doc.view().assets) == ["a0", "a1"]
    doc.apply_changes(peer.changes_since(heads))  # known hashes are rebuilt after the reload
    assert doc.pending_changes == ()


def test_the_change_log_is_folded_into_a_save_as_it_grows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_safedoc, "COMPACT_AFTER_BYTES", 0)
    doc = community()
    for i in range(5):
        doc.add_asset(asset(f"a{i}"))
    assert len(doc._safe._since) <= 1
    heads = doc.heads()
    with pytest.raises(BindingPanicError):
        panic_in_transaction(doc)
    assert doc.heads() == heads
    assert len(doc.view().assets) == 5


def test_change_hashes_match_the_binding() -> None:
    doc = community()
    peer = doc.fork()
    peer.set_name("Elm")
    [change] = peer.changes_since(doc.heads())
    assert change[8] == 1  # small: not compressed
    assert peer.heads() == [hashlib.sha256(change[8:]).digest()]
    raw = core.Document.load(doc.save() + change)
    assert raw.get_heads() == peer.heads()


def test_the_binding_lists_map_values_in_key_order_even_after_conflicts() -> None:
    """The reader pairs keys() with values(); this checks the binding still lines them up."""
    rng = random.Random(1)
    doc = core.Document()
    with doc.transaction() as tx:
        obj = tx.put_object(core.ROOT, "m", core.ObjType.Map)
    forks = [doc.fork() for _ in range(3)]
    for fork in forks:
        with fork.transaction() as tx:
            for _ in range(50):
                key = f"k{rng.randrange(40)}"
                if rng.random() < 0.2 and tx.get(obj, key) is not None:
                    tx.delete(obj, key)
                else:
                    tx.put(obj, key, core.ScalarType.Int, rng.randrange(1000))
    for fork in forks:
        doc.merge(fork)
    keys, values = doc.keys(obj), doc.values(obj)
    assert len(keys) == len(values) > 20
    assert all(doc.get(obj, k) == v for k, v in zip(keys, values, strict=True))


# --- Automerge's sync protocol ----------------------------------------------------------------------------


def _sync(a: CommunityDocument, b: CommunityDocument) -> int:
    """Run the sync protocol between two documents until both are quiet; returns the messages sent."""
    pa, pb = PeerSync(), PeerSync()
    sent = 0
    for _ in range(50):
        to_b = a.generate_sync_message(pa)
        if to_b is not None:
            b.receive_sync_message(pb, to_b)
            sent += 1
        to_a = b.generate_sync_message(pb)
        if to_a is not None:
            a.receive_sync_message(pa, to_a)
            sent += 1
        if to_a is None and to_b is None:
            return sent
    raise AssertionError("the sync did not settle")


def test_the_sync_protocol_converges_two_diverged_documents() -> None:
    doc, peer, _ = _peer_with_changes(5)
    peer.add_member(member("zed"))
    doc.add_member(member("yan"))
    assert _sync(doc, peer) > 0
    assert sorted(doc.heads()) == sorted(peer.heads())
    assert doc.view() == peer.view()
    assert {"zed", "yan"} <= set(doc.view().members)


def test_a_malformed_sync_message_leaves_the_document_untouched() -> None:
    doc, peer, _ = _peer_with_changes(2)
    before = doc.save()
    state = PeerSync()
    for bad in (b"", b"garbage", bytes(64), b"\x42\x01" + bytes(3)):
        with pytest.raises(CorruptDocumentError):
            doc.receive_sync_message(state, bad)
    assert doc.save() == before
    _sync(doc, peer)  # and a fresh state syncs as usual
    assert doc.view() == peer.view()


def test_copies_whose_actors_were_met_in_another_order_still_merge() -> None:
    """Object ids carry an actor's index in each copy's actor table; the community check must not."""
    doc = CommunityDocument.create("Canal Street", actor_id=b"\xf0" * 16)
    doc.add_member(member("ana", Role.ADMIN))
    fork = doc.fork(actor_id=b"\x01" * 16)  # sorts before the creator: its copy's table order differs
    fork.add_member(member("ben"))
    theirs = CommunityDocument.load(fork.save(), actor_id=b"\xf0" * 16)
    doc.merge(theirs)
    assert {"ana", "ben"} <= set(doc.view().members)
    stranger = CommunityDocument.create("Canal Street", actor_id=b"\x01" * 16)
    with pytest.raises(CorruptDocumentError, match="different community"):
        doc.merge(stranger)
