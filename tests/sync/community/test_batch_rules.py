"""The write rules read what earlier changes of the same batch wrote.

A peer's changes often arrive together (one sync message, one relay bundle). The rules read the document as it
stood before the batch, so a record made by one change of the batch and edited by a later one used to be read
as missing: its own author's edit was refused as a stranger's, and only on the peers that happened to receive
the two together. Found by the reliability record's partition schedules (docs/reliability.md).
"""

from __future__ import annotations

import dataclasses

from sync.community import Area, Location
from tests.sync.community.test_authority import Device, community, honest, same_view, sync, sync_all

TRIANGLE = (Location(52.41, -1.51), Location(52.42, -1.50), Location(52.41, -1.49))


def _area(d: Device, key: str, name: str) -> Area:
    return Area(key, name, TRIANGLE, d.member)


def test_an_author_s_record_made_and_edited_in_one_batch_is_taken_whole() -> None:
    _log, devices = community()
    bob = devices["bob"]
    sync_all(devices)
    # Bob draws an area and renames it before anyone hears of either: the two changes travel together.
    bob.edit(lambda doc: doc.add_area(_area(bob, "ar1", "North End")))
    bob.edit(lambda doc: doc.add_area(_area(bob, "ar1", "North End and the mill")))
    sync_all(devices, without=("mallory",))
    for d in honest(devices):
        assert not d.doc.quarantined, (d.name, [q.reason for q in d.doc.quarantined])
        assert d.doc.view().areas["ar1"].name == "North End and the mill"
    same_view(devices)


def test_a_stranger_s_edit_of_a_record_made_earlier_in_the_batch_is_still_refused() -> None:
    _log, devices = community()
    alice, bob, mallory = devices["alice"], devices["bob"], devices["mallory"]
    sync_all(devices)
    bob.edit(lambda doc: doc.add_area(_area(bob, "ar1", "North End")))
    sync(bob, mallory)  # Mallory holds Bob's area; Alice has heard of neither change yet
    current = mallory.doc.view().areas["ar1"]
    mallory.edit(lambda doc: doc.add_area(dataclasses.replace(current, name="Mallory's patch")))
    sync(mallory, alice)  # Bob's area and Mallory's edit reach Alice in one batch
    assert alice.doc.view().areas["ar1"].name == "North End"
    assert [q.reason for q in alice.doc.quarantined] == [
        "only the author of area 'ar1' or an admin changes it"
    ]
