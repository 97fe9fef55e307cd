"""Importing .ics files: a round trip (export, import into another community, the same events, checked also with
the icalendar library's own reading), files from elsewhere, and bad files named by line with nothing kept."""

from __future__ import annotations

import datetime as dt
import itertools
import zoneinfo
from dataclasses import replace

import icalendar
import pytest

from sync.community.demo import demo_view
from sync.community.errors import InvalidValueError
from sync.community.formats import IcsImportError, export_ics, import_ics
from sync.community.links import LinkError, event_link, parse_link
from sync.community.model import Event, MovedOccurrence
from sync.community.view import CommunityView

TODAY = dt.date(2026, 11, 24)
NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
SPACE = "0123456789abcdef" * 2


def read(text: str) -> list[Event]:
    counter = itertools.count(1)
    return import_ics(text, author="importer", new_id=lambda: f"new{next(counter)}", now=NOW)


def with_exceptions(view: CommunityView) -> CommunityView:
    """The demo town, its weekly repair café with one evening cancelled and one moved an hour later."""
    [weekly] = [e for e in view.events.values() if e.recurrence is not None]
    second, third = weekly.scheduled(weekly.starts_at, weekly.starts_at + dt.timedelta(days=30))[1:3]
    hour = dt.timedelta(hours=1)
    moved = MovedOccurrence(third, third + hour, third + 3 * hour)
    events = dict(view.events) | {weekly.id: replace(weekly, cancelled=(second,), moved=(moved,))}
    return replace(view, events=events)


def comparable(event: Event) -> tuple[object, ...]:
    return (
        event.title, event.starts_at, event.ends_at, event.time_zone, event.place, event.description,
        event.recurrence, event.cancelled, event.moved,
    )  # fmt: skip


def test_round_trip_gives_the_same_events() -> None:
    view = with_exceptions(demo_view(TODAY))
    text = export_ics(view, space=SPACE)
    events = read(text)
    assert sorted(map(comparable, events)) == sorted(map(comparable, view.events.values()))
    organisers = {e.organiser or view.members[e.author].name for e in view.events.values()}
    assert {e.organiser for e in events} == organisers
    assert {e.author for e in events} == {"importer"}
    assert all(e.created_at == NOW for e in events)
    # Exported again from the other community, the file says the same to a calendar (icalendar's reading).
    again = CommunityView(name="Other", events={e.id: e for e in events})
    assert _as_calendar_sees(export_ics(again)) == _as_calendar_sees(text)


def _as_calendar_sees(text: str) -> list[tuple[object, ...]]:
    calendar = icalendar.Calendar.from_ical(text)
    out = []
    for v in calendar.walk("VEVENT"):
        description = str(v.get("DESCRIPTION", "")).split("\n\nOpen in Commons")[0]
        rid = v.get("RECURRENCE-ID")
        exdates = [d.dt for d in v["EXDATE"].dts] if "EXDATE" in v else []
        rule = dict(v["RRULE"]) if "RRULE" in v else {}
        out.append((
            str(v["SUMMARY"]), v.decoded("DTSTART"), v.decoded("DTEND"), str(v.get("LOCATION", "")), description,
            v["ORGANIZER"].params["CN"], rule, exdates, rid.dt if rid else None,
        ))  # fmt: skip
    return sorted(out, key=repr)


def test_the_link_in_each_description_opens_the_event() -> None:
    view = demo_view(TODAY)
    calendar = icalendar.Calendar.from_ical(export_ics(view, space=SPACE))
    for vevent in calendar.walk("VEVENT"):
        event_id = str(vevent["UID"]).split("@")[0]
        link = event_link(SPACE, event_id)
        assert str(vevent["DESCRIPTION"]).endswith(f"Open in Commons: {link}")
        assert str(vevent["URL"]) == link
        assert parse_link(link).space == SPACE
        assert parse_link(link).event_id == event_id


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("https://example.org/event/1", "starts with commons://"),
        ("commons://event/xyz/e1", "names no event"),
        ("commons://asset/" + SPACE + "/e1", "names no event"),
        ("commons://event/" + SPACE + "/E 1", "names no event"),
    ],
)
def test_bad_links_are_refused(text: str, reason: str) -> None:
    with pytest.raises(LinkError, match=reason):
        parse_link(text)


GOOGLE_STYLE = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
X-WR-TIMEZONE:Europe/Paris\r
BEGIN:VEVENT\r
DTSTART;TZID=America/New_York:20270105T190000\r
DTEND;TZID=America/New_York:20270105T203000\r
RRULE:FREQ=WEEKLY;WKST=MO;COUNT=10;BYDAY=TU\r
EXDATE;TZID=America/New_York:20270112T190000\r
UID:abc123@google.com\r
SUMMARY:Choir\r
LOCATION:St Mary's\r
DESCRIPTION:Sing along\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART;TZID=America/New_York:20270120T190000\r
DTEND;TZID=America/New_York:20270120T203000\r
RECURRENCE-ID;TZID=America/New_York:20270119T190000\r
UID:abc123@google.com\r
SUMMARY:Choir\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART;VALUE=DATE:20270201\r
DTEND;VALUE=DATE:20270202\r
UID:allday@google.com\r
SUMMARY:Seed swap\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_a_file_from_another_calendar() -> None:
    choir, swap = read(GOOGLE_STYLE)
    york, paris = zoneinfo.ZoneInfo("America/New_York"), zoneinfo.ZoneInfo("Europe/Paris")
    assert (choir.title, choir.time_zone, choir.place) == ("Choir", "America/New_York", "St Mary's")
    assert choir.starts_at == dt.datetime(2027, 1, 5, 19, 0, tzinfo=york)
    assert choir.recurrence is not None
    assert choir.recurrence.count == 10
    assert choir.cancelled == (dt.datetime(2027, 1, 12, 19, 0, tzinfo=york),)
    assert choir.moved[0].starts_at == dt.datetime(2027, 1, 20, 19, 0, tzinfo=york)
    window = choir.occurrences(choir.starts_at, choir.starts_at + dt.timedelta(days=22))
    assert [t.astimezone(york).day for t in window] == [5, 20, 26]
    assert (swap.title, swap.time_zone) == ("Seed swap", "Europe/Paris")  # all day: the calendar's zone
    assert swap.starts_at == dt.datetime(2027, 2, 1, tzinfo=paris)
    assert swap.ends_at == dt.datetime(2027, 2, 2, tzinfo=paris)


def _one(body: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"
        + body
        + "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("hello", "line 1: an .ics file starts with BEGIN:VCALENDAR"),
        (_one("SUMMARY:A\r\n"), "line 3: the event has no DTSTART"),
        (_one("DTSTART:20270101T100000Z\r\n"), "line 3: the event has no SUMMARY"),
        (_one("SUMMARY:A\r\nDTSTART:yesterday\r\n"), "line 6: DTSTART"),
        (
            _one("SUMMARY:A\r\nDTSTART;TZID=Mars/Olympus:20270101T100000\r\n"),
            "line 6: DTSTART: Mars/Olympus is not",
        ),
        (
            _one("SUMMARY:A\r\nDTSTART:20270101T100000Z\r\nDTEND:20261231T100000Z\r\n"),
            "line 7: DTEND: is before",
        ),
        (
            _one("SUMMARY:A\r\nDTSTART:20270101T100000Z\r\nRRULE:FREQ=YEARLY\r\n"),
            "line 7: RRULE: FREQ=YEARLY",
        ),
        (
            _one("SUMMARY:A\r\nDTSTART:20270101T100000Z\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE\r\n"),
            "line 7: RRULE: BYDAY",
        ),
        (_one("SUMMARY:A\r\nDTSTART:20270101T100000Z\r\nRRULE:FREQ=DAILY;BYSETPOS=1\r\n"), "BYSETPOS is not"),
        (
            _one("SUMMARY:" + "x" * 300 + "\r\nDTSTART:20270101T100000Z\r\n"),
            "line 5: SUMMARY: is 300 characters long",
        ),
        (
            _one("SUMMARY:A\r\nDTSTART:20270101T100000Z\r\nnonsense\r\n"),
            "line 7: is not of the form NAME:value",
        ),
        (_one("SUMMARY:A\r\nDTSTART:20270101T100000Z\r\nEND:VTODO\r\n"), "line 7: END:VTODO does not close"),
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:A\r\n", "line 2: BEGIN:VEVENT is never closed"),
        # Found by fuzz/fuzz_ics.py: these came out as AttributeError or TypeError, or imported an event whose
        # cancelled dates no export writes.
        (
            _one("SUMMARY:A\r\nDTSTART:20270101T100000Z\r\nLOCATION;X=a;b:Hall\r\n"),
            "line 3: Content line could not be parsed",
        ),
        (
            _one(
                "SUMMARY:A\r\nDTSTART:20270101T100000Z\r\nDTEND:20270101T110000Z\r\nDTEND:20270101T120000Z\r\n"
            ),
            "line 7: DTEND appears more than once",
        ),
        (
            _one("SUMMARY:A\r\nDTSTART:20270101T100000Z\r\nRRULE:FREQ=DAILY\r\nRRULE:FREQ=WEEKLY\r\n"),
            "line 7: RRULE appears more than once",
        ),
        (
            _one("SUMMARY:A\r\nDTSTART:20270101T100000Z\r\nORGANIZER;CN=A:x\r\nORGANIZER;CN=B:y\r\n"),
            "line 7: ORGANIZER appears more than once",
        ),
        (
            _one("SUMMARY:A\r\nDTSTART:20270101T100000Z\r\nDURATION:P99999999D\r\n"),
            "line 7: DURATION ends after the year 9999",
        ),
        (
            _one("SUMMARY:A\r\nDTSTART:20270101T100000Z\r\nEXDATE:20270101T100000Z\r\n"),
            "line 7: EXDATE cancels occurrences, and this event has no RRULE",
        ),
    ],
)
def test_bad_files_name_the_line_and_import_nothing(text: str, reason: str) -> None:
    with pytest.raises(IcsImportError) as caught:
        read(text)
    assert reason in str(caught.value), caught.value.problems
    assert "Nothing was imported" in str(caught.value)


def _two(main: str, other: str) -> str:
    """Two VEVENTs with one UID: *main* from line 5, *other* from line 11."""
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n" + main + "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:x\r\n" + other + "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


NY = "TZID=America/New_York"
WEEKLY = f"SUMMARY:A\r\nDTSTART;{NY}:20270105T190000\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
OTHER = "SUMMARY:B\r\nDTSTART:20270101T100000Z\r\n"
PAST = "is outside the years 1970–2200"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # Found by fuzz/fuzz_ics.py as OverflowError: a time at the edge of the years 1 or 9999 in a zone whose
        # offset takes it past them in UTC.
        (_two(WEEKLY, f"RECURRENCE-ID;{NY}:99991231T235959\r\nDTSTART;{NY}:20270120T190000\r\n"), "line 11"),
        (_two(WEEKLY, "RECURRENCE-ID;TZID=Asia/Tokyo:00010101T000000\r\nSTATUS:CANCELLED\r\n"), "line 11"),
        (_two(WEEKLY, f"RECURRENCE-ID;{NY}:20270119T190000\r\nDTSTART;{NY}:99991231T235959\r\n"), "line 12"),
        (_two("SUMMARY:A\r\nDTSTART;TZID=Asia/Tokyo:00010101T000000\r\n", OTHER), "line 6: DTSTART"),
        (_two("SUMMARY:A\r\nDTSTART;VALUE=DATE:99991231\r\n", OTHER), "line 6: DTSTART"),
        (_two(f"SUMMARY:A\r\nDTSTART;{NY}:20270105T190000\r\nDTEND;{NY}:99991231T235959\r\n", OTHER), "line 7"),
        (_two(WEEKLY + f"EXDATE;{NY}:99991231T235959\r\n", OTHER), "line 8: EXDATE"),
        (
            _two("SUMMARY:A\r\nDTSTART;TZID=Asia/Tokyo:20270105T190000\r\nRRULE:FREQ=WEEKLY;UNTIL=99991231T235959Z\r\n",
                 OTHER),
            "line 7: RRULE: UNTIL",
        ),
        (
            _two(f"SUMMARY:A\r\nDTSTART;{NY}:20270105T190000\r\nRRULE:FREQ=WEEKLY;UNTIL=00010101T000000Z\r\n", OTHER),
            "line 7: RRULE: UNTIL",
        ),
    ],
)  # fmt: skip
def test_times_at_the_edges_of_the_calendar_are_refused_by_their_line(text: str, reason: str) -> None:
    with pytest.raises(IcsImportError) as caught:
        read(text)
    assert [reason in p and PAST in p for p in caught.value.problems] == [True], caught.value.problems


def test_the_model_refuses_a_time_its_zone_takes_past_the_year_9999() -> None:
    """What any caller hands the model (not only the import) is refused with its path, not an OverflowError."""
    late = dt.datetime(9999, 12, 31, 23, tzinfo=zoneinfo.ZoneInfo("America/New_York"))
    with pytest.raises(InvalidValueError, match="outside the years 1970–2200"):
        MovedOccurrence(late, late, late)


def test_a_moved_occurrence_of_an_event_not_in_the_file() -> None:
    text = _one("SUMMARY:A\r\nDTSTART:20270101T100000Z\r\nRECURRENCE-ID:20261225T100000Z\r\n")
    with pytest.raises(
        IcsImportError, match="line 7: RECURRENCE-ID changes an event that is not in the file"
    ):
        read(text)


def test_every_problem_is_listed() -> None:
    text = _one("SUMMARY:A\r\n") + _one("DTSTART:20270101T100000Z\r\n")
    with pytest.raises(IcsImportError) as caught:
        read(text.replace("END:VCALENDAR\r\nBEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ""))
    assert len(caught.value.problems) == 2


@pytest.mark.parametrize("line_break", ["\r", "\r\\n", "\\n"])
def test_a_line_break_in_a_description_reads_as_a_newline_and_exports_the_same(line_break: str) -> None:
    """A bare CR inside a DESCRIPTION (RFC 5545 allows only the escaped \\n) is a line break: an export can
    write nothing but \\n, so anything else would not import the same again (found by fuzz/fuzz_ics.py)."""
    text = _one(
        f"SUMMARY:Choir\r\nDTSTART:20270105T190000Z\r\nDESCRIPTION:Sing along{line_break}20270105\r\n"
    )
    [event] = read(text)
    assert event.description == "Sing along\n20270105"
    [again] = read(export_ics(CommunityView(name="Other", events={event.id: event})))
    assert comparable(again) == comparable(event)
