"""Assets' own rules on every peer: a person's skill never carries a precise home pin (the model refuses one,
an old document's is shown coarse, a peer's change writing one is refused on receipt), and an asset is edited
only by its author or an admin."""

from __future__ import annotations

import dataclasses

import pytest

from sync.community import Asset, AssetKind, CommunityDocument, InvalidValueError, Location, NotAllowedError
from tests.sync.community.test_authority import Device, assert_refused_everywhere, community, honest, sync_all

HOME = Location(52.205337, 0.121817)  # a precise point: a house
CELL = Location(52.21, 0.12)


def _skill(author: str, location: Location | None = CELL, asset_id: str = "s1") -> Asset:
    return Asset(asset_id, AssetKind.HUMAN, "Bike repair", author, area="Town centre", location=location)


def _unchecked_human(asset: Asset, location: Location | None = HOME) -> Asset:
    """*asset* as a human asset at *location*, skipping the model's check (as a modified client would)."""
    forged = dataclasses.replace(asset, kind=AssetKind.BUILT, location=location)
    object.__setattr__(forged, "kind", AssetKind.HUMAN)
    return forged


def test_a_person_s_skill_holds_an_area_never_a_precise_point() -> None:
    with pytest.raises(InvalidValueError, match=r"assets/s1/location: a person's skill shows an area"):
        _skill("m1", HOME)
    assert _skill("m1", HOME.blurred()).location == CELL
    assert _skill("m1", None).location is None
    assert Asset("b1", AssetKind.BUILT, "Hall", "m1", location=HOME).location == HOME  # a building may


def test_an_old_document_with_a_precise_skill_pin_loads_with_it_blurred() -> None:
    doc = CommunityDocument.create("Mill Road")
    doc.add_asset(_unchecked_human(_skill("m1")))
    view = CommunityDocument.load(doc.save()).view()
    assert view.problems == ()
    assert view.assets["s1"].location == CELL


def _refused(devices: dict[str, Device], reason: str, asset_id: str, expected: Asset | None) -> None:
    sync_all(devices)
    assert_refused_everywhere(devices, reason)
    for d in honest(devices):
        assert d.doc.view().assets.get(asset_id) == expected


def test_a_peer_writing_a_precise_pin_for_a_skill_is_refused_on_receipt() -> None:
    _log, devices = community()
    mallory = devices["mallory"]
    pinned = _unchecked_human(_skill(mallory.member))
    mallory.edit(lambda doc: doc.add_asset(pinned))
    _refused(devices, "is a person's skill: its location is an area", "s1", None)


@pytest.mark.parametrize(
    "made_a_skill", [False, True], ids=["skill-moved-to-a-home", "pinned-shed-made-a-skill"]
)
def test_a_skill_moved_to_a_precise_pin_or_a_pinned_building_made_a_skill_is_refused(
    made_a_skill: bool,
) -> None:
    _log, devices = community()
    mallory = devices["mallory"]
    before = (
        Asset("s1", AssetKind.BUILT, "Shed", mallory.member, location=HOME)
        if made_a_skill
        else _skill(mallory.member)
    )
    mallory.edit(lambda doc: doc.add_asset(before))
    sync_all(devices)
    mallory.edit(lambda doc: doc.add_asset(_unchecked_human(before)))
    _refused(devices, "asset 's1' is a person's skill", "s1", before)


def test_an_asset_is_edited_by_its_author_or_an_admin_only() -> None:
    _log, devices = community()
    admin, alice, mallory = devices["admin"], devices["alice"], devices["mallory"]
    alice.edit(lambda doc: doc.add_asset(_skill(alice.member)))
    sync_all(devices)
    mine = dataclasses.replace(_skill(alice.member), title="Bike and trailer repair", location=None)
    alice.edit(lambda doc: doc.edit_asset(mine))
    sync_all(devices)
    assert all(d.doc.view().assets["s1"].title == "Bike and trailer repair" for d in devices.values())
    assert all(d.doc.view().assets["s1"].location is None for d in devices.values())
    # Mallory's own client refuses first, and writes nothing…
    before = mallory.doc.heads()
    with pytest.raises(NotAllowedError, match="only the author of asset 's1' or an admin"):
        mallory.doc.edit_asset(dataclasses.replace(mine, title="Mallory's now"))
    assert mallory.doc.heads() == before
    # …and a modified client's write is refused on receipt.
    mallory.edit(lambda doc: doc.add_asset(dataclasses.replace(mine, title="Mallory's now")))
    _refused(devices, "only the author of asset 's1' or an admin edits it", "s1", mine)
    admin.edit(lambda doc: doc.edit_asset(dataclasses.replace(mine, area="Canal side")))
    sync_all(devices)
    assert alice.doc.view().assets["s1"].area == "Canal side"
