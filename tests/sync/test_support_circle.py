"""Support circles: a supporter sees exactly the chosen sections, read-only; revoking shuts them out."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.envelope import RemovedSender, UnknownSpace, seal
from sync.membership import SpaceKind
from sync.support_circle import (
    SharedItem,
    SharedSection,
    SupportCircleError,
    SupportCircleOwner,
    SupportCircleReader,
    SupportShare,
    share_for,
)
from tests.sync.spaces_support import NOW, Device, join

PLAN = {
    "wellness_toolbox": SharedSection(
        "wellness_toolbox", "Wellness toolbox", (SharedItem("A walk by the canal"),)
    ),
    "warning_signs": SharedSection(
        "warning_signs", "Early warning signs", (SharedItem("Not answering the phone", "Knock on my door"),)
    ),
    "crisis_plan": SharedSection("crisis_plan", "Crisis plan", (SharedItem("CANARY-crisis-detail"),)),
}


def circle_with_supporter() -> tuple[SupportCircleOwner, SupportCircleReader, Device, Device]:
    person, supporter = Device(), Device()
    space = person.create(SpaceKind.CIRCLE)
    reader = SupportCircleReader(join(space, supporter))
    return SupportCircleOwner(space), reader, person, supporter


def test_the_supporter_sees_exactly_the_chosen_sections() -> None:
    owner, reader, _, _ = circle_with_supporter()
    envelope = owner.publish(PLAN, {"warning_signs", "wellness_toolbox"}, now=NOW)
    seen = reader.receive(envelope)
    assert seen is not None
    assert seen.section_keys() == ["wellness_toolbox", "warning_signs"]  # in the plan's order
    assert seen.sections == share_for(PLAN, {"warning_signs", "wellness_toolbox"}, seen.revision).sections
    assert b"CANARY-crisis-detail" not in envelope


def test_updates_replace_the_copy_and_older_ones_are_ignored() -> None:
    owner, reader, _, _ = circle_with_supporter()
    first = owner.publish(PLAN, {"warning_signs"}, now=NOW)
    second = owner.publish(PLAN, {"warning_signs", "crisis_plan"}, now=NOW)  # same instant: still newer
    reader.receive(second)
    latest = reader.receive(first)
    assert latest is not None
    assert latest.section_keys() == ["warning_signs", "crisis_plan"]


def test_the_supporter_is_read_only() -> None:
    owner, reader, _, supporter = circle_with_supporter()
    key = reader.space.state.epoch.key
    assert key is not None
    forged = seal(
        SupportShare(2**40, ()).to_bytes(), epoch_key=key, epoch=1, signer=supporter.keys.signer, sequence=0
    )
    with pytest.raises(RemovedSender):  # readers may not send, in any epoch
        reader.receive(forged)
    assert owner.supporters() == [supporter.keys.device_id]


def test_revoking_rotates_the_key_and_the_supporter_drops_its_copy() -> None:
    owner, reader, _, _ = circle_with_supporter()
    reader.receive(owner.publish(PLAN, {"warning_signs"}, now=NOW))
    owner.revoke(now=NOW)
    assert owner.supporters() == []
    assert owner.space.state.epoch.number == 2
    after = owner.publish(PLAN, {"warning_signs", "crisis_plan"}, now=NOW)
    with pytest.raises(UnknownSpace):
        reader.receive(after)
    reader.space.receive(owner.space.encoded_entries())
    reader.refresh()
    assert reader.latest is None


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"CS\x02{}",
        b"CS\x01not json",
        b'CS\x01{"revision":1}',
        b'CS\x01{"revision":-1,"sections":[]}',
        b'CS\x01{"revision":true,"sections":[]}',
        b'CS\x01{"revision":1,"sections":[{"key":"a","title":"A","items":[["x"]]}]}',
        b'CS\x01{"revision":1,"sections":[{"key":"a","title":"","items":[]}]}',
        b'CS\x01{"revision":1,"sections":[{"key":"a","title":"A","items":[]},{"key":"a","title":"A","items":[]}]}',
        b'CS\x01{"revision":1,"sections":[],"extra":0}',
        b"CS\x01" + b"[" * 100_000,
        b'CS\x01{"revision":1,"revision":2,"sections":[]}',
        b'CS\x01{"revision":1,"sections":[{"key":"a","title":"\\ud800","items":[]}]}',
    ],
)
def test_malformed_shares_are_circle_errors(data: bytes) -> None:
    with pytest.raises(SupportCircleError):
        SupportShare.from_bytes(data)


_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40).filter(
    str.strip
)


@given(
    revision=st.integers(0, 2**63 - 1),
    sections=st.lists(
        st.tuples(_text, _text, st.lists(st.tuples(_text, st.text(max_size=20)), max_size=4)),
        max_size=4,
        unique_by=lambda s: s[0],
    ),
)
def test_shares_round_trip(revision: int, sections: list[tuple[str, str, list[tuple[str, str]]]]) -> None:
    share = SupportShare(
        revision,
        tuple(SharedSection(k, t, tuple(SharedItem(a, b) for a, b in items)) for k, t, items in sections),
    )
    assert SupportShare.from_bytes(share.to_bytes()) == share


def test_a_circle_needs_a_circle_space() -> None:
    community = Device().create(SpaceKind.COMMUNITY)
    with pytest.raises(SupportCircleError):
        SupportCircleOwner(community)
