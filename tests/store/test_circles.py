"""Support circles as a profile knows them (store.circles): one circle per supporter on the person's side, the
circles joined on a supporter's side with the name given to the person."""

from __future__ import annotations

import os

import pytest

from store import ProfileSession, StoreError, ValidationError
from store.circles import CircleSide


def test_a_circle_for_each_supporter_once(session: ProfileSession) -> None:
    ana = session.supporters.add("Ana")
    space = os.urandom(16)
    link = session.circles.add_mine(space, ana.id)
    assert (link.side, link.supporter_id) == (CircleSide.PERSON, ana.id)
    assert session.circles.for_supporter(ana.id) == link
    with pytest.raises(ValidationError, match="already has a circle"):
        session.circles.add_mine(os.urandom(16), ana.id)
    with pytest.raises(StoreError, match="no longer exists"):
        session.circles.add_mine(os.urandom(16), "no-such-supporter")
    assert session.circles.list() == [link]


def test_a_joined_circle_keeps_the_name_given_to_the_person(session: ProfileSession) -> None:
    space = os.urandom(16)
    session.circles.add_joined(space)
    session.circles.set_label(space, "  Robin  ")
    link = session.circles.get(space)
    assert (link.side, link.supporter_id, link.label) == (CircleSide.SUPPORTER, None, "Robin")
    with pytest.raises(ValidationError):
        session.circles.set_label(space, "x" * 121)
    assert session.circles.get(space).label == "Robin"
    session.circles.remove(space)
    with pytest.raises(StoreError, match="not on this device"):
        session.circles.get(space)


def test_deleting_a_supporter_leaves_the_circle_to_revoke(session: ProfileSession) -> None:
    ana = session.supporters.add("Ana")
    space = os.urandom(16)
    session.circles.add_mine(space, ana.id)
    session.supporters.remove(ana.id)
    [link] = session.circles.list()
    assert (link.space_id, link.supporter_id) == (space, None)
