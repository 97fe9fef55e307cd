"""Reading events from an iCalendar (.ics) file: every problem is named by its line, and nothing is kept unless
the whole file reads.

What is read: each VEVENT's SUMMARY, DTSTART, DTEND (or DURATION), LOCATION, ORGANIZER's name, DESCRIPTION (the
`Open in Commons` line an export adds is left out), RRULE (daily, weekly or monthly, with INTERVAL, COUNT or
UNTIL), EXDATE (cancelled occurrences), and VEVENTs with a RECURRENCE-ID (a moved occurrence, or a cancelled one
with STATUS:CANCELLED). Times keep their zone when it is an IANA name (TZID=Europe/London) or UTC; floating
times and all-day dates are read in the calendar's X-WR-TIMEZONE, else UTC.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

import icalendar

from ..errors import InvalidValueError
from ..model import Event, Frequency, MovedOccurrence, Recurrence
from .ics import LINK_LABEL

__all__ = ["MAX_ICS_BYTES", "IcsImportError", "import_ics"]

MAX_ICS_BYTES: Final = 2_000_000
MAX_EVENTS: Final = 2_000
_PLACEHOLDER_ID: Final = "imported"
_SINGLE_PROPERTIES = (  # at most once in a VEVENT (RFC 5545, 3.6.1; RRULE "SHOULD NOT occur more than once")
    "UID", "SUMMARY", "DTSTART", "DTEND", "DURATION", "LOCATION", "DESCRIPTION", "ORGANIZER", "RRULE",
    "RECURRENCE-ID", "STATUS",
)  # fmt: skip
_ALLOWED_RULE_PARTS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "WKST"}
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# The model keeps instants in these years (sync.community._checks.moment). A time is checked against them in its
# own zone, before it is moved to UTC: near the years 1 and 9999 the move itself overflows.
_YEARS: Final = (1970, 2200)
_OUTSIDE_YEARS: Final = f"is outside the years {_YEARS[0]}–{_YEARS[1]}"


class IcsImportError(ValueError):
    """The file cannot be imported; `problems` lists each one as "line N: what is wrong"."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        shown = "; ".join(problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(f"This calendar file cannot be imported: {shown}{more}. Nothing was imported.")


class _LineError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")


@dataclass
class _Block:
    """Where one VEVENT is in the file: the line of its BEGIN and of each of its properties."""

    begin: int
    lines: dict[str, int] = field(default_factory=dict)

    def line(self, name: str | None) -> int:
        return self.lines.get(name.upper(), self.begin) if name else self.begin


def import_ics(text: str, *, author: str, new_id: Callable[[], str], now: dt.datetime) -> list[Event]:
    """The events of an .ics file, each with a new id and *author*, validated by the model. Raises
    IcsImportError naming every line that cannot be read (then nothing should be stored)."""
    if len(text.encode("utf-8", "replace")) > MAX_ICS_BYTES:
        raise IcsImportError([f"line 1: the file is larger than {MAX_ICS_BYTES // 1_000_000} MB"])
    text = text.lstrip("\ufeff")
    blocks = _scan(text)
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception as exc:  # icalendar raises ValueError and others for broken structure
        raise IcsImportError([f"line 1: this is not a calendar file ({exc})"]) from None
    vevents = [c for c in calendar.walk("VEVENT")]
    if len(vevents) != len(blocks):
        raise IcsImportError(["line 1: the file's events could not be told apart"])
    if len(vevents) > MAX_EVENTS:
        raise IcsImportError([f"line 1: the file holds more than {MAX_EVENTS} events"])
    default_zone = str(calendar.get("X-WR-TIMEZONE", "") or "UTC")
    reader = _Reader(default_zone, author, new_id, now)
    for vevent, block in zip(vevents, blocks, strict=True):
        reader.read(vevent, block)
    return reader.finish()


def _scan(text: str) -> list[_Block]:
    """Check each (unfolded) line has a name and a value, that BEGIN and END pair up, and find the VEVENTs."""
    problems: list[str] = []
    blocks: list[_Block] = []
    stack: list[tuple[str, int]] = []
    physical = text.replace("\r\n", "\n").split("\n")
    if not physical or physical[0].strip().upper() != "BEGIN:VCALENDAR":
        raise IcsImportError(["line 1: an .ics file starts with BEGIN:VCALENDAR"])
    logical: list[tuple[int, str]] = []
    for number, line in enumerate(physical, start=1):
        if line[:1] in (" ", "\t") and logical:
            logical[-1] = (logical[-1][0], logical[-1][1] + line[1:])
        elif line.strip():
            logical.append((number, line))
    for number, line in logical:
        name = line.split(":", 1)[0].split(";", 1)[0].strip().upper()
        if ":" not in line or not name:
            problems.append(f"line {number}: is not of the form NAME:value")
            continue
        value = line.split(":", 1)[1].strip().upper()
        if name == "BEGIN":
            stack.append((value, number))
            if value == "VEVENT":
                blocks.append(_Block(number))
        elif name == "END":
            if not stack or stack[-1][0] != value:
                problems.append(f"line {number}: END:{value} does not close the open part")
            else:
                stack.pop()
        elif stack and stack[-1][0] == "VEVENT":
            blocks[-1].lines.setdefault(name, number)
    problems.extend(f"line {number}: BEGIN:{value} is never closed" for value, number in stack)
    if problems:
        raise IcsImportError(problems)
    return blocks


class _Reader:
    def __init__(self, default_zone: str, author: str, new_id: Callable[[], str], now: dt.datetime) -> None:
        self.default_zone = default_zone
        self.author, self.new_id, self.now = author, new_id, now
        self.problems: list[str] = []
        self.events: dict[str, tuple[Event, _Block]] = {}  # by UID
        self.exceptions: list[tuple[str, Any, _Block]] = []  # (UID, VEVENT with RECURRENCE-ID, where)

    def read(self, vevent: Any, block: _Block) -> None:
        try:
            for name, message in getattr(vevent, "errors", ()):
                raise _LineError(block.line(name), f"{name} {message}" if name else str(message))
            for name in _SINGLE_PROPERTIES:  # icalendar gives a list for a property written twice
                if isinstance(vevent.get(name), list):
                    raise _LineError(block.line(name), f"{name} appears more than once in one event")
            uid = str(vevent.get("UID", "") or f"#{block.begin}")
            if vevent.get("RECURRENCE-ID") is not None:
                self.exceptions.append((uid, vevent, block))
                return
            if uid in self.events:
                raise _LineError(block.line("UID"), f"UID {uid} appears twice")
            self.events[uid] = (self._event(vevent, block), block)
        except _LineError as problem:
            self.problems.append(str(problem))

    def finish(self) -> list[Event]:
        for uid, vevent, block in self.exceptions:
            try:
                self._apply_exception(uid, vevent, block)
            except _LineError as problem:
                self.problems.append(str(problem))
        if self.problems:
            raise IcsImportError(self.problems)
        return [dataclasses.replace(event, id=self.new_id()) for event, _ in self.events.values()]

    def _event(self, vevent: Any, block: _Block) -> Event:
        title = str(vevent.get("SUMMARY", "")).strip()
        if not title:
            raise _LineError(block.begin, "the event has no SUMMARY (its title)")
        start, zone = self._moment(vevent, "DTSTART", block)
        end = self._end(vevent, start, block)
        rule = self._rule(vevent, zone, block) if vevent.get("RRULE") is not None else None
        cancelled = self._exdates(vevent, start, zone, block)
        if cancelled and rule is None:  # the model would keep them, and no export would write them again
            raise _LineError(block.line("EXDATE"), "EXDATE cancels occurrences, and this event has no RRULE")
        organizer = vevent.get("ORGANIZER")
        organiser = str(organizer.params.get("CN", "")) if organizer is not None else ""
        return self._checked(
            block,
            lambda: Event(
                _PLACEHOLDER_ID,
                title,
                start,
                end,
                zone,
                self.author,
                place=str(vevent.get("LOCATION", "")).strip(),
                organiser=organiser.strip(),
                description=_description(str(vevent.get("DESCRIPTION", ""))),
                recurrence=rule,
                created_at=self.now,
                cancelled=cancelled,
            ),
        )

    def _checked(self, block: _Block, make: Callable[[], Event]) -> Event:
        try:
            return make()
        except InvalidValueError as exc:
            name = exc.path.rsplit("/", 1)[-1]
            prop = _PROPERTY_OF.get(name, "")
            where = block.line(prop) if prop else block.begin
            raise _LineError(where, f"{prop or 'the event'}: {exc.message}") from None

    def _moment(self, vevent: Any, name: str, block: _Block) -> tuple[dt.datetime, str]:
        value = vevent.get(name)
        if value is None:
            raise _LineError(block.begin, f"the event has no {name}")
        return self._as_moment(getattr(value, "dt", None), name, block, _tzid(value))

    def _as_moment(self, raw: object, name: str, block: _Block, tzid: str = "") -> tuple[dt.datetime, str]:
        if isinstance(raw, dt.date) and not _YEARS[0] <= raw.year <= _YEARS[1]:
            raise _LineError(block.line(name), f"{name}: {_OUTSIDE_YEARS}")
        if isinstance(raw, dt.datetime):
            if raw.tzinfo is None:
                zone = self._zone(tzid or self.default_zone, name, block)
                return raw.replace(tzinfo=zoneinfo.ZoneInfo(zone)), zone
            key = getattr(raw.tzinfo, "key", None) or ("UTC" if raw.utcoffset() == dt.timedelta(0) else "")
            return raw, self._zone(str(key), name, block)
        if isinstance(raw, dt.date):
            zone = self._zone(self.default_zone, name, block)
            return dt.datetime.combine(raw, dt.time(0), zoneinfo.ZoneInfo(zone)), zone
        raise _LineError(block.line(name), f"{name} must be a date or a date and time")

    def _zone(self, key: str, name: str, block: _Block) -> str:
        try:
            zoneinfo.ZoneInfo(key)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            raise _LineError(
                block.line(name),
                f"{name}: {key or 'its time zone'} is not a time zone name such as Europe/London",
            ) from None
        return key

    def _end(self, vevent: Any, start: dt.datetime, block: _Block) -> dt.datetime:
        if vevent.get("DTEND") is not None:
            end, _ = self._as_moment(vevent["DTEND"].dt, "DTEND", block, _tzid(vevent["DTEND"]))
            return end
        duration = vevent.get("DURATION")
        if duration is not None and isinstance(duration.dt, dt.timedelta):
            try:
                return start + duration.dt
            except OverflowError:  # P99999999D: past the year 9999 (or before the year 1)
                past = "before the year 1" if duration.dt < dt.timedelta(0) else "after the year 9999"
                raise _LineError(block.line("DURATION"), f"DURATION ends {past}") from None
        start_raw = vevent["DTSTART"].dt
        all_day = isinstance(start_raw, dt.date) and not isinstance(start_raw, dt.datetime)
        return start + (dt.timedelta(days=1) if all_day else dt.timedelta(0))

    def _rule(self, vevent: Any, zone: str, block: _Block) -> Recurrence:
        where = block.line("RRULE")
        rule = vevent["RRULE"]
        unknown = sorted(set(rule) - _ALLOWED_RULE_PARTS)
        if unknown:
            raise _LineError(
                where, f"RRULE: {', '.join(unknown)} is not supported (daily, weekly or monthly only)"
            )
        start = vevent["DTSTART"].dt
        freq = str(rule.get("FREQ", [""])[0]).lower()
        if freq not in {f.value for f in Frequency}:
            raise _LineError(
                where, f"RRULE: FREQ={freq.upper() or '?'} is not supported (daily, weekly or monthly)"
            )
        _check_by_parts(rule, freq, start, where)
        until = rule.get("UNTIL", [None])[0]
        if isinstance(until, dt.date) and not _YEARS[0] <= until.year <= _YEARS[1]:
            raise _LineError(where, f"RRULE: UNTIL {_OUTSIDE_YEARS}")
        if isinstance(until, dt.datetime):
            until = (until if until.tzinfo else until.replace(tzinfo=dt.UTC)).astimezone(
                zoneinfo.ZoneInfo(zone)
            )
            until = until.date()
        try:
            return Recurrence(
                Frequency(freq),
                int(rule.get("INTERVAL", [1])[0]),
                int(rule["COUNT"][0]) if "COUNT" in rule else None,
                until,
            )
        except (InvalidValueError, ValueError, TypeError) as exc:
            raise _LineError(where, f"RRULE: {getattr(exc, 'message', exc)}") from None

    def _exdates(self, vevent: Any, start: dt.datetime, zone: str, block: _Block) -> tuple[dt.datetime, ...]:
        found = vevent.get("EXDATE")
        if found is None:
            return ()
        out = []
        for prop in found if isinstance(found, list) else [found]:
            for value in getattr(prop, "dts", []):
                raw = value.dt
                if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
                    raw = dt.datetime.combine(raw, start.astimezone(zoneinfo.ZoneInfo(zone)).timetz())
                moment, _ = self._as_moment(raw, "EXDATE", block, _tzid(prop))
                out.append(moment.astimezone(dt.UTC))
        return tuple(out)

    def _apply_exception(self, uid: str, vevent: Any, block: _Block) -> None:
        found = self.events.get(uid)
        if found is None:
            raise _LineError(
                block.line("RECURRENCE-ID"), "RECURRENCE-ID changes an event that is not in the file"
            )
        event, main = found
        rid = vevent["RECURRENCE-ID"]
        original, _ = self._as_moment(rid.dt, "RECURRENCE-ID", block, _tzid(rid))
        original = original.astimezone(dt.UTC)
        if str(vevent.get("STATUS", "")).upper() == "CANCELLED":
            cancelled = (*event.cancelled, original)
            changed = self._checked(block, lambda: dataclasses.replace(event, cancelled=cancelled))
        else:
            start, _ = self._moment(vevent, "DTSTART", block)
            has_end = vevent.get("DTEND") is not None or vevent.get("DURATION") is not None
            end = self._end(vevent, start, block) if has_end else start + (event.ends_at - event.starts_at)
            moved = (*event.moved, self._checked_moved(block, original, start, end))
            changed = self._checked(block, lambda: dataclasses.replace(event, moved=moved))
        self.events[uid] = (changed, main)

    def _checked_moved(
        self, block: _Block, original: dt.datetime, start: dt.datetime, end: dt.datetime
    ) -> MovedOccurrence:
        try:
            return MovedOccurrence(original, start, end)
        except InvalidValueError as exc:
            raise _LineError(block.line("DTEND"), f"DTEND: {exc.message}") from None


_PROPERTY_OF = {
    "title": "SUMMARY",
    "starts_at": "DTSTART",
    "ends_at": "DTEND",
    "time_zone": "DTSTART",
    "place": "LOCATION",
    "organiser": "ORGANIZER",
    "description": "DESCRIPTION",
    "cancelled": "EXDATE",
    "moved": "RECURRENCE-ID",
}


def _check_by_parts(rule: Any, freq: str, start: object, where: int) -> None:
    """BYDAY and BYMONTHDAY are accepted only where they say what DTSTART says already (as exports add)."""
    day = start.weekday() if isinstance(start, dt.date) else -1
    by_day = [str(d).upper() for d in rule.get("BYDAY", [])]
    if by_day and not (freq == "weekly" and by_day == [_WEEKDAYS[day]]):
        raise _LineError(where, "RRULE: BYDAY other than the start's own weekday is not supported")
    by_month_day = [int(d) for d in rule.get("BYMONTHDAY", [])]
    if by_month_day and not (
        freq == "monthly" and isinstance(start, dt.date) and by_month_day == [start.day]
    ):
        raise _LineError(where, "RRULE: BYMONTHDAY other than the start's own day is not supported")


def _tzid(prop: object) -> str:
    """The TZID a time names (icalendar leaves the time without a zone when it does not know the name)."""
    params = getattr(prop, "params", None)
    return str(params.get("TZID", "")) if params is not None else ""


def _description(text: str) -> str:
    """The description without the `Open in Commons` line an export adds. A bare CR in it (RFC 5545 has only
    the escaped \\n) is a line break: an export can write no other, so the event would not import the same."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = [line for line in lines if not line.startswith(LINK_LABEL)]
    return "\n".join(kept).strip()
