"""The community's events as an iCalendar (.ics) file that calendar apps can import or subscribe to."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable
from typing import Final

import icalendar

from ..errors import NotFoundError
from ..links import event_link
from ..model import Event, MovedOccurrence, Recurrence
from ..view import CommunityView

PRODID: Final = "-//Commons//Community calendar//EN"
UID_DOMAIN: Final = (
    "commons.invalid"  # event ids are random; the domain only makes UIDs look like RFC 5545 asks
)


def export_ics(view: CommunityView, event_ids: Iterable[str] | None = None, *, space: str = "") -> str:
    """A VCALENDAR with one VEVENT per event (all of them, or those in *event_ids*), times in each event's
    own time zone with its VTIMEZONE. Organisers appear by name only: no e-mail addresses leave the app.
    Cancelled occurrences are EXDATEs; a moved one is a VEVENT of its own with the same UID and its original
    start as RECURRENCE-ID. With *space* (the community's id in hex), each description ends with the event's
    commons: link, which is also its URL. Lines end in CRLF as RFC 5545 requires: write the text with
    newline="" (or as UTF-8 bytes)."""
    events = list(view.events.values()) if event_ids is None else [_event(view, i) for i in event_ids]
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", view.name)
    for event in events:
        link = event_link(space, event.id) if space else ""
        cal.add_component(_vevent(view, event, link))
        for moved in event.moved:
            cal.add_component(_moved_vevent(view, event, moved, link))
    if events:
        # VTIMEZONE rules only for the years the events span, not the library's default 1970–2038.
        first = min(e.starts_at for e in events).date() - dt.timedelta(days=366)
        moved_last = [m.ends_at.date() for e in events for m in e.moved]
        last = max([_last_day(e) for e in events] + moved_last) + dt.timedelta(days=366)
        cal.add_missing_timezones(first_date=max(first, dt.date(1970, 1, 2)), last_date=last)
    return str(cal.to_ical().decode("utf-8"))


def _event(view: CommunityView, event_id: str) -> Event:
    event = view.events.get(event_id)
    if event is None:
        raise NotFoundError(f"there is no event {event_id!r}")
    return event


def _vevent(view: CommunityView, event: Event, link: str) -> icalendar.Event:
    zone = zoneinfo.ZoneInfo(event.time_zone)
    vevent = _common(view, event, link, event.starts_at.astimezone(zone), event.ends_at.astimezone(zone))
    if event.recurrence is not None:
        vevent.add("rrule", _rrule(event.recurrence, zone))
        if event.cancelled:
            vevent.add("exdate", [t.astimezone(zone) for t in event.cancelled])
    return vevent


def _moved_vevent(view: CommunityView, event: Event, moved: MovedOccurrence, link: str) -> icalendar.Event:
    zone = zoneinfo.ZoneInfo(event.time_zone)
    vevent = _common(view, event, link, moved.starts_at.astimezone(zone), moved.ends_at.astimezone(zone))
    vevent.add("recurrence-id", moved.original.astimezone(zone))
    return vevent


def _common(
    view: CommunityView, event: Event, link: str, start: dt.datetime, end: dt.datetime
) -> icalendar.Event:
    vevent = icalendar.Event()
    vevent.add("uid", f"{event.id}@{UID_DOMAIN}")
    vevent.add("dtstamp", event.created_at)
    vevent.add("created", event.created_at)
    vevent.add("dtstart", start)
    vevent.add("dtend", end)
    vevent.add("summary", event.title)
    if event.place:
        vevent.add("location", event.place)
    description = "\n\n".join(part for part in (event.description, _open_line(link)) if part)
    if description:
        vevent.add("description", description)
    if link:
        vevent.add("url", link)
    vevent.add("organizer", _organizer(view, event))
    return vevent


LINK_LABEL: Final = "Open in Commons: "


def _open_line(link: str) -> str:
    return f"{LINK_LABEL}{link}" if link else ""


def _organizer(view: CommunityView, event: Event) -> icalendar.vCalAddress:
    """ORGANIZER must be a URI: a URN naming the member who posted it, with the organiser's name as CN."""
    author = view.members.get(event.author)
    address = icalendar.vCalAddress(f"urn:commons:member:{event.author}")
    address.params["cn"] = event.organiser or (author.name if author else event.author)
    return address


def _rrule(rule: Recurrence, zone: zoneinfo.ZoneInfo) -> icalendar.vRecur:
    parts: dict[str, object] = {"freq": rule.frequency.value.upper()}
    if rule.interval != 1:
        parts["interval"] = rule.interval
    if rule.count is not None:
        parts["count"] = rule.count
    if rule.until is not None:
        # `until` is the last day (in the event's zone) an occurrence may start; with a TZID'd DTSTART,
        # RFC 5545 wants UNTIL as a UTC date-time.
        end_of_day = dt.datetime.combine(rule.until, dt.time(23, 59, 59), zone)
        parts["until"] = end_of_day.astimezone(dt.UTC)
    return icalendar.vRecur(parts)


def _last_day(event: Event) -> dt.date:
    rule = event.recurrence
    if rule is None:
        return event.ends_at.date()
    if rule.until is not None:
        return max(rule.until, event.ends_at.date())
    step = {"daily": 1, "weekly": 7, "monthly": 31}[rule.frequency.value] * rule.interval
    occurrences = rule.count if rule.count is not None else 366  # open-ended: cover a good stretch ahead
    return event.ends_at.date() + dt.timedelta(days=min(step * occurrences, 366 * 10))
