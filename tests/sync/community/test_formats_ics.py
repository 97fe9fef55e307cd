"""The .ics export, read back with icalendar: every event with its zone, organiser by name, recurrence rules."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import icalendar
import pytest

from sync.community.demo import demo_view
from sync.community.errors import NotFoundError
from sync.community.formats import export_ics
from sync.community.model import Event, Frequency, Member, Recurrence, Role
from sync.community.view import CommunityView

TODAY = dt.date(2026, 11, 24)
AT = dt.datetime(2026, 6, 1, 17, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def view() -> CommunityView:
    return demo_view(TODAY)


def parse(text: str) -> icalendar.Calendar:
    calendar = icalendar.Calendar.from_ical(text)
    assert isinstance(calendar, icalendar.Calendar)
    return calendar


def by_uid(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(e["UID"]).split("@")[0]: e for e in calendar.walk("VEVENT")}


def test_every_event_comes_back_with_its_fields(view: CommunityView) -> None:
    text = export_ics(view)
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    calendar = parse(text)
    assert str(calendar["X-WR-CALNAME"]) == view.name
    events = by_uid(calendar)
    assert set(events) == set(view.events)
    for event_id, vevent in events.items():
        event = view.events[event_id]
        start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
        assert start == event.starts_at
        assert end == event.ends_at
        assert isinstance(start.tzinfo, zoneinfo.ZoneInfo)
        assert start.tzinfo.key == event.time_zone  # shown in the organiser's zone, not UTC
        assert str(vevent["SUMMARY"]) == event.title
        assert str(vevent["LOCATION"]) == event.place
        assert str(vevent["DESCRIPTION"]) == event.description
        organizer = vevent["ORGANIZER"]
        assert organizer.params["CN"] == event.organiser
        assert str(organizer) == f"urn:commons:member:{event.author}"
        assert vevent.decoded("DTSTAMP") == event.created_at


def test_no_email_addresses_leave_the_app(view: CommunityView) -> None:
    text = export_ics(view)
    assert "mailto:" not in text.lower()
    for line in text.splitlines():
        if line.startswith(("ORGANIZER", "ATTENDEE")):
            assert "@" not in line


def test_each_zone_used_has_its_vtimezone(view: CommunityView) -> None:
    calendar = parse(export_ics(view))
    zones = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    assert zones == {e.time_zone for e in view.events.values()} == {"Europe/London", "Europe/Warsaw"}
    assert calendar.get_missing_tzids() == set()


def test_the_weekly_repair_cafe_has_its_rrule(view: CommunityView) -> None:
    weekly = [e for e in view.events.values() if e.recurrence is not None]
    assert len(weekly) == 1
    event = weekly[0]
    assert event.recurrence is not None
    assert event.recurrence.until is not None
    vevent = by_uid(parse(export_ics(view)))[event.id]
    rule = vevent["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"]
    assert "COUNT" not in rule
    assert "INTERVAL" not in rule  # every week is the default
    # UNTIL is a UTC date-time (RFC 5545, with a zoned DTSTART): the end of the last day, London time.
    last = dt.datetime.combine(
        event.recurrence.until, dt.time(23, 59, 59), zoneinfo.ZoneInfo("Europe/London")
    )
    assert rule["UNTIL"] == [last.astimezone(dt.UTC)]
    assert "RRULE:FREQ=WEEKLY;UNTIL=" in export_ics(view)
    assert all("RRULE" not in v for uid, v in by_uid(parse(export_ics(view))).items() if uid != event.id)


def community(*events: Event) -> CommunityView:
    member = Member("m1", "Ada", Role.ADMIN)
    return CommunityView(name="Test", members={"m1": member}, events={e.id: e for e in events})


def test_count_and_interval_rules() -> None:
    monthly = Event(
        "e1", "Committee", AT, AT + dt.timedelta(hours=1), "Europe/Berlin", "m1",
        recurrence=Recurrence(Frequency.MONTHLY, interval=2, count=6),
    )  # fmt: skip
    daily = Event("e2", "Stretch", AT, AT, "Europe/Berlin", "m1", recurrence=Recurrence(Frequency.DAILY))
    events = by_uid(parse(export_ics(community(monthly, daily))))
    assert dict(events["e1"]["RRULE"]) == {"FREQ": ["MONTHLY"], "INTERVAL": [2], "COUNT": [6]}
    assert dict(events["e2"]["RRULE"]) == {"FREQ": ["DAILY"]}


def test_utc_events_and_an_unknown_organiser() -> None:
    event = Event("e1", "Call", AT, AT + dt.timedelta(minutes=30), "UTC", "gone")
    text = export_ics(community(event))
    vevent = by_uid(parse(text))["e1"]
    assert vevent.decoded("DTSTART") == AT
    assert "DTSTART:20260601T170000Z" in text
    assert vevent["ORGANIZER"].params["CN"] == "gone"  # no organiser text, author not a member: the id
    assert "LOCATION" not in vevent
    assert "DESCRIPTION" not in vevent


def test_organiser_defaults_to_the_authors_name() -> None:
    event = Event("e1", "Call", AT, AT, "UTC", "m1")
    assert by_uid(parse(export_ics(community(event))))["e1"]["ORGANIZER"].params["CN"] == "Ada"


def test_text_with_ical_special_characters_survives() -> None:
    tricky = 'Line one; with, commas\nLine "two" \\ backslash — ünïcødé'
    event = Event(
        "e1", "Meet, greet; eat", AT, AT, "UTC", "m1", place="Hall; room 2, upstairs", description=tricky
    )
    vevent = by_uid(parse(export_ics(community(event))))["e1"]
    assert str(vevent["SUMMARY"]) == "Meet, greet; eat"
    assert str(vevent["LOCATION"]) == "Hall; room 2, upstairs"
    assert str(vevent["DESCRIPTION"]) == tricky


def test_chosen_events_only(view: CommunityView) -> None:
    chosen = sorted(view.events)[:2]
    assert set(by_uid(parse(export_ics(view, chosen)))) == set(chosen)
    with pytest.raises(NotFoundError, match="no event 'nope'"):
        export_ics(view, ["nope"])


def test_an_empty_calendar_is_still_valid() -> None:
    calendar = parse(export_ics(CommunityView(name="Quiet")))
    assert calendar.walk("VEVENT") == []
    assert str(calendar["VERSION"]) == "2.0"
