"""Areas: outlines the community draws on its map, stored in the document's `areas` map. Any member adds one;
only its author or an admin changes it or takes it off the map, on every peer. A document made before areas
existed (no `areas` map) still loads, reads, takes writes and syncs; adding an area to it is refused with a
reason."""

from __future__ import annotations

import dataclasses

import pytest
from automerge import core

from sync.community import Area, CollectionMissingError, CommunityDocument, Location, PeerSync
from sync.community.errors import InvalidValueError
from sync.community.formats.json_format import export_json, import_json
from tests.sync.community.document_support import asset, member
from tests.sync.community.test_authority import Device, community, honest, same_view, sync_all

OLD_MAPS = (
    "members", "assets", "needs_offers", "events", "projects", "circles", "proposals", "credit_limits",
    "pulse_rounds",
)  # fmt: skip
TRIANGLE = (Location(52.41, -1.51), Location(52.42, -1.50), Location(52.41, -1.49))


def old_document() -> bytes:
    """A community saved as the version before areas wrote it: every collection but `areas`."""
    raw = core.Document()
    with raw.transaction() as tx:
        tx.put(core.ROOT, "schema", core.ScalarType.Int, 1)
        tx.put(core.ROOT, "name", core.ScalarType.Str, "Old Street")
        for coll in OLD_MAPS:
            tx.put_object(core.ROOT, coll, core.ObjType.Map)
        for coll in ("ledger", "votes"):
            tx.put_object(core.ROOT, coll, core.ObjType.List)
    return bytes(raw.save())


def test_an_area_is_validated() -> None:
    with pytest.raises(InvalidValueError, match="areas/x/outline: needs 3 to 500 points, not 2"):
        Area("x", "North End", TRIANGLE[:2], "bob")
    with pytest.raises(InvalidValueError, match="areas/x/name"):
        Area("x", "", TRIANGLE, "bob")
    with pytest.raises(InvalidValueError, match="areas/x/outline: must be a list"):
        Area("x", "North End", ((52.4, -1.5),) * 3, "bob")  # type: ignore[arg-type]


def test_a_document_from_before_areas_loads_syncs_and_refuses_an_area_with_a_reason() -> None:
    saved = old_document()
    old = CommunityDocument.load(saved)
    peer = CommunityDocument.load(saved)  # another device with the same community
    view = old.view()
    assert view.name == "Old Street"
    assert view.areas == {}
    assert view.problems == ()  # a missing `areas` is not a broken collection
    old.add_member(member("alice"))
    old.add_asset(asset(author="alice"))
    with pytest.raises(CollectionMissingError, match="earlier version of Commons"):
        old.add_area(Area("ar1", "North End", TRIANGLE, "alice"))
    a, b = PeerSync(), PeerSync()
    for _ in range(10):
        for sender, receiver, state in ((old, peer, a), (peer, old, b)):
            message = sender.generate_sync_message(state)
            if message is not None:
                receiver.receive_sync_message(b if state is a else a, message)
    assert set(old.view().assets) == {"a1"}
    assert peer.view() == old.view()
    assert CommunityDocument.load(peer.save()).view() == old.view()


def test_the_json_format_carries_areas_and_reads_files_without_them() -> None:
    doc = CommunityDocument.create("Elm Street")
    doc.add_member(member("bob"))
    doc.add_area(Area("ar1", "North End", TRIANGLE, "bob", removed=True))
    text = export_json(doc.view())
    assert '"areas"' in text
    assert import_json(text) == doc.view()
    without = text.replace('"areas"', '"_areas"', 1)
    with pytest.raises(Exception, match="_areas"):  # unknown keys are refused by name…
        import_json(without)
    older = export_json(dataclasses.replace(doc.view(), areas={})).replace('  "areas": [],\n', "")
    assert '"areas"' not in older
    assert import_json(older).areas == {}  # …and a file from before areas reads with none


def test_an_area_drawn_in_someone_else_s_name_is_refused() -> None:
    _log, devices = community()
    bob, mallory = devices["bob"], devices["mallory"]
    mallory.edit(lambda doc: doc.add_area(_area(mallory, "ar2", author=bob.member)))
    sync_all(devices)
    for d in honest(devices):
        assert "ar2" not in d.doc.view().areas
        assert "a new record in 'areas' names someone else as its author" in d.doc.quarantined[0].reason


def _area(d: Device, key: str, name: str = "North End", author: str | None = None) -> Area:
    return Area(key, name, TRIANGLE, author or d.member)


def test_any_member_draws_an_area_and_only_its_author_or_an_admin_changes_it() -> None:
    _log, devices = community()
    bob, mallory, admin = devices["bob"], devices["mallory"], devices["admin"]
    bob.edit(lambda doc: doc.add_area(_area(bob, "ar1")))
    sync_all(devices)
    for d in devices.values():
        assert d.doc.view().areas["ar1"].author == bob.member

    # Mallory renames Bob's area: refused on every honest copy.
    mallory.edit(lambda doc: doc.add_area(_area(bob, "ar1", name="Mallory's patch")))
    sync_all(devices)
    for d in honest(devices):
        assert d.doc.view().areas["ar1"].name == "North End"
        assert "only the author of area 'ar1' or an admin changes it" in d.doc.quarantined[0].reason

    # Bob redraws his own; the admin takes it off the map. Both reach everyone.
    bob.edit(lambda doc: doc.add_area(dataclasses.replace(_area(bob, "ar1"), name="North End and the mill")))
    sync_all(devices, without=("mallory",))
    current = admin.doc.view().areas["ar1"]
    admin.edit(lambda doc: doc.add_area(dataclasses.replace(current, removed=True)))
    sync_all(devices, without=("mallory",))
    same_view(devices)
    for d in honest(devices):
        area = d.doc.view().areas["ar1"]
        assert (area.name, area.removed) == ("North End and the mill", True)
