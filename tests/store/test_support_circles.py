"""Support circles as a profile knows them (store.support_circles): one circle per supporter on the person's side, the
circles joined on a supporter's side with the name given to the person."""

from __future__ import annotations

import os

import pytest

from store import ProfileSession, StoreError, ValidationError
from store.support_circles import SupportCircleSide, SupportRequestRecord


def test_a_circle_for_each_supporter_once(session: ProfileSession) -> None:
    ana = session.supporters.add("Ana")
    space = os.urandom(16)
    link = session.support_circles.add_mine(space, ana.id)
    assert (link.side, link.supporter_id) == (SupportCircleSide.PERSON, ana.id)
    assert session.support_circles.for_supporter(ana.id) == link
    with pytest.raises(ValidationError, match="already has a circle"):
        session.support_circles.add_mine(os.urandom(16), ana.id)
    with pytest.raises(StoreError, match="no longer exists"):
        session.support_circles.add_mine(os.urandom(16), "no-such-supporter")
    assert session.support_circles.list() == [link]


def test_a_joined_circle_keeps_the_name_given_to_the_person(session: ProfileSession) -> None:
    space = os.urandom(16)
    session.support_circles.add_joined(space)
    session.support_circles.set_label(space, "  Robin  ")
    link = session.support_circles.get(space)
    assert (link.side, link.supporter_id, link.label) == (SupportCircleSide.SUPPORTER, None, "Robin")
    with pytest.raises(ValidationError):
        session.support_circles.set_label(space, "x" * 121)
    assert session.support_circles.get(space).label == "Robin"
    session.support_circles.remove(space)
    with pytest.raises(StoreError, match="not on this device"):
        session.support_circles.get(space)


def test_deleting_a_supporter_leaves_the_circle_to_revoke(session: ProfileSession) -> None:
    ana = session.supporters.add("Ana")
    space = os.urandom(16)
    session.support_circles.add_mine(space, ana.id)
    session.supporters.remove(ana.id)
    [link] = session.support_circles.list()
    assert (link.space_id, link.supporter_id) == (space, None)


def test_a_supporter_keeps_the_latest_request_until_seen(session: ProfileSession) -> None:
    theirs, mine = os.urandom(16), os.urandom(16)
    session.support_circles.add_joined(theirs, "Robin")
    session.support_circles.add_mine(mine, session.supporters.add("Ana").id)
    assert session.support_circles.get(theirs).request is None

    assert session.support_circles.record_request(theirs, 2_000, "Could you call me tonight?")
    assert not session.support_circles.record_request(theirs, 1_000, "an older one, replayed")
    assert not session.support_circles.record_request(theirs, 2_000, "the same moment again")
    assert not session.support_circles.record_request(mine, 3_000, "")  # only where I am the supporter
    assert session.support_circles.get(theirs).request == SupportRequestRecord(
        2_000, "Could you call me tonight?", False
    )
    assert session.support_circles.get(mine).request is None

    session.support_circles.mark_request_seen(theirs)
    assert session.support_circles.get(theirs).request == SupportRequestRecord(
        2_000, "Could you call me tonight?", True
    )
    assert session.support_circles.record_request(theirs, 5_000, "")  # a newer one shows again
    assert session.support_circles.get(theirs).request == SupportRequestRecord(5_000, "", False)

    with pytest.raises(ValidationError):
        session.support_circles.record_request(theirs, 6_000, "x" * 501)
    with pytest.raises(ValidationError):
        session.support_circles.record_request(theirs, -1, "")
    with pytest.raises(StoreError, match="not on this device"):
        session.support_circles.mark_request_seen(os.urandom(16))
    assert session.support_circles.get(theirs).request == SupportRequestRecord(5_000, "", False)
