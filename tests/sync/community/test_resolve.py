"""Settling a conflict: keeping one current write replaces them all (on every copy once merged); a stale
choice and a write the rules refuse change nothing."""

from __future__ import annotations

import pytest

from sync.community import NotAllowedError, StaleChoiceError
from sync.community.document import CommunityDocument
from tests.sync.community.document_support import community, project
from tests.sync.community.test_authority import T0, sync_all
from tests.sync.community.test_authority import community as guarded_community


def _concurrent_prices() -> tuple[CommunityDocument, CommunityDocument]:
    doc = community()
    doc.add_project(project())
    left, right = doc.fork(), doc.fork()
    left.add_project(project(stake_price_minor=3000))
    right.add_project(project(stake_price_minor=2000))
    left.merge(right)
    right.merge(left)
    return left, right


def test_keeping_one_write_settles_the_conflict_on_both_copies() -> None:
    left, right = _concurrent_prices()
    [conflict] = left.conflicts()
    assert {w.value for w in conflict.writes} == {"2000", "3000"}
    assert conflict.writes[0].value == conflict.values[0]  # the shown one first
    kept = next(w for w in conflict.writes if w.value == "2000")
    left.resolve_conflict(conflict.path, kept.write_id, by="alice")
    assert left.conflicts() == []
    assert left.view().projects["p1"].stake_price_minor == 2000
    right.merge(left)
    assert right.conflicts() == []
    assert right.view() == left.view()


def test_a_stale_choice_changes_nothing() -> None:
    left, right = _concurrent_prices()
    [conflict] = left.conflicts()
    first, second = conflict.writes
    heads = left.heads()
    with pytest.raises(StaleChoiceError, match="no longer one of the values"):
        left.resolve_conflict(conflict.path, "not-a-write", by="alice")
    with pytest.raises(StaleChoiceError, match="names no field"):
        left.resolve_conflict("projects/p1/title", first.write_id, by="alice")
    right.resolve_conflict(conflict.path, second.write_id, by="bob")
    left.merge(right)
    heads = left.heads()
    with pytest.raises(StaleChoiceError, match="settled already"):
        left.resolve_conflict(conflict.path, first.write_id, by="alice")
    assert left.heads() == heads


def test_only_whom_the_rules_allow_settles_a_conflict() -> None:
    """A project's price: written concurrently by its steward and an admin; another member may not settle it."""
    _log, devices = guarded_community()
    admin, alice, bob = devices["admin"], devices["alice"], devices["bob"]
    mine = project(author=alice.member, reports=(), created_at=T0)
    alice.edit(lambda d: d.add_project(mine))
    sync_all(devices)
    alice.edit(lambda d: d.set_stake_price("p1", 3000, by=alice.member))
    admin.edit(lambda d: d.set_stake_price("p1", 2000, by=admin.member))
    sync_all(devices)
    [conflict] = bob.doc.conflicts()
    assert conflict.path == "projects/p1/stake_price_minor"
    assert {w.by for w in conflict.writes} == {alice.member, admin.member}
    heads = bob.doc.heads()
    with pytest.raises(NotAllowedError, match="only the steward"):
        bob.doc.set_stake_price("p1", 1000, by=bob.member)
    with pytest.raises(NotAllowedError, match="only the steward"):
        bob.doc.resolve_conflict(conflict.path, conflict.writes[0].write_id, by=bob.member)
    assert bob.doc.heads() == heads
    admin.edit(lambda d: d.resolve_conflict(conflict.path, conflict.writes[1].write_id, by=admin.member))
    sync_all(devices)
    assert all(d.doc.conflicts() == [] for d in devices.values())
    assert bob.doc.view().projects["p1"].stake_price_minor == int(conflict.writes[1].value)
