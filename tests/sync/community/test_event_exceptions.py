"""Events with exceptions: a cancelled occurrence is left out, a moved one shows at its new time; they are stored,
read back (also from documents written before exceptions existed), carried by the JSON format, and only the
event's author or an admin may change an event."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from automerge import core

from sync.community import CommunityDocument, Frequency, MovedOccurrence, NotAllowedError, Recurrence
from sync.community.errors import InvalidValueError
from sync.community.formats import export_json, import_json
from sync.community.news import SOON, news
from tests.sync.community.document_support import community, event, obj_at, raw_edit
from tests.sync.community.test_authority import T0, assert_refused_everywhere, sync_all
from tests.sync.community.test_authority import community as guarded_community

WEEKLY = Recurrence(Frequency.WEEKLY, count=4)
START = dt.datetime(2027, 3, 22, 18, 0, tzinfo=dt.UTC)  # a Monday, 6 pm in London before the clocks change
DAY = dt.timedelta(days=1)


def weekly(**kw: object) -> object:
    return event(starts_at=START, ends_at=START + dt.timedelta(hours=2), recurrence=WEEKLY, **kw)


def test_cancelled_and_moved_occurrences() -> None:
    plain = weekly()
    first, second, third, fourth = plain.scheduled(START, START + 60 * DAY)
    moved = MovedOccurrence(third, third + DAY, third + DAY + dt.timedelta(hours=1))
    changed = replace(plain, cancelled=(second,), moved=(moved,))
    assert changed.occurrences(START, START + 60 * DAY) == [first, third + DAY, fourth]
    assert changed.occurrence_times(third, third + dt.timedelta(hours=3)) == []  # it is not there any more
    assert changed.occurrence_times(third + DAY, third + 2 * DAY) == [(moved.starts_at, moved.ends_at)]
    # A move of something that is no occurrence shows nothing.
    stray = replace(plain, moved=(MovedOccurrence(first + dt.timedelta(hours=1), first, first),))
    assert stray.occurrences(START, START + 60 * DAY) == [first, second, third, fourth]


def test_bad_exceptions_are_refused() -> None:
    with pytest.raises(InvalidValueError, match="before the start"):
        MovedOccurrence(START, START, START - DAY)
    moves = (MovedOccurrence(START, START, START), MovedOccurrence(START, START + DAY, START + DAY))
    with pytest.raises(InvalidValueError, match="moves one occurrence twice"):
        weekly(moved=moves)
    with pytest.raises(InvalidValueError, match="cancelled"):
        weekly(cancelled=tuple(START + i * DAY for i in range(501)))


def test_exceptions_are_stored_merged_and_exported() -> None:
    doc = community()
    plain = weekly()
    doc.add_event(plain)
    second = plain.scheduled(START, START + 60 * DAY)[1]
    edited = replace(
        plain, cancelled=(second,), moved=(MovedOccurrence(START, START + DAY, START + 2 * DAY),)
    )
    other = doc.fork()
    doc.edit_event(edited)
    assert doc.view().events["e1"] == edited
    other.add_event(replace(plain, title="Repair café (hall)"))  # another field, concurrently: both kept
    other.merge(doc)
    assert other.view().events["e1"] == replace(edited, title="Repair café (hall)")
    back = import_json(export_json(doc.view()))
    assert back.events["e1"] == edited
    assert CommunityDocument.load(doc.save()).view().events["e1"] == edited


def test_a_document_from_before_exceptions_still_loads() -> None:
    doc = community()
    doc.add_event(weekly())

    def strip(raw: core.Document, tx: core.Transaction) -> None:
        record = obj_at(raw, "events", "e1")
        tx.delete(record, "cancelled")
        tx.delete(record, "moved")

    old = CommunityDocument.load(raw_edit(doc.save(), strip))
    assert old.view().problems == ()
    assert old.view().events["e1"] == weekly()
    data = json.loads(export_json(old.view()))
    for record in data["events"]:  # a file written before exceptions existed
        del record["cancelled"], record["moved"]
    assert import_json(json.dumps(data)).events["e1"] == weekly()


def test_news_this_week_honours_exceptions() -> None:
    plain = weekly()
    first, second = plain.scheduled(START, START + 10 * DAY)[:2]
    doc = community()
    early = second - 2 * DAY  # moved to the Saturday before
    doc.add_event(replace(plain, cancelled=(first,), moved=(MovedOccurrence(second, early, early + DAY),)))
    soon = news(None, doc.view(), me="alice", at=START - dt.timedelta(hours=1))
    assert dt.timedelta(days=7) == SOON
    assert soon.events_this_week == (("e1", early),)


def test_only_the_author_or_an_admin_edits_an_event() -> None:
    _log, devices = guarded_community()
    admin, alice, bob = devices["admin"], devices["alice"], devices["bob"]
    mine = event(
        author=alice.member, starts_at=T0 + DAY, ends_at=T0 + 2 * DAY, created_at=T0, recurrence=None
    )
    alice.edit(lambda d: d.add_event(mine))
    sync_all(devices)
    heads = bob.doc.heads()
    with pytest.raises(NotAllowedError, match="only the author of event"):
        bob.doc.edit_event(replace(mine, title="Cancelled, sorry"))
    assert bob.doc.heads() == heads
    alice.edit(lambda d: d.edit_event(replace(mine, title="Repair café, room 2")))
    admin.edit(lambda d: d.edit_event(replace(mine, place="Library")))
    sync_all(devices)
    for device in (admin, alice, bob):
        assert device.doc.view().events[mine.id] == replace(
            mine, title="Repair café, room 2", place="Library"
        )
        assert device.doc.quarantined == ()
    # A modified client writes anyway: every honest copy refuses it and keeps the event as it was.
    devices["mallory"].edit(lambda d: d.add_event(replace(mine, title="Cancelled, sorry")))
    sync_all(devices)
    assert_refused_everywhere(devices, "only the author of event")
    assert bob.doc.view().events[mine.id].title == "Repair café, room 2"
