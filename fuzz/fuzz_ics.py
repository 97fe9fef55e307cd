"""Fuzz the .ics import (`sync.community.formats.import_ics`), the way the app runs it: the window reads the
file as UTF-8 (refusing what is not) and the sync service imports the text and adds every event to the
community document.

The contract under test:

- Whatever the text, only IcsImportError comes out, and it lists at least one problem, each "line N: …".
  Anything else (icalendar's own errors, ValueError, OverflowError from a date, KeyError, RecursionError,
  the model's InvalidValueError, …) is a finding.
- What imports is at most 2,000 events, each with a new id, the importer as author and the import's moment.
- For a sample of what imports (one file in 32, by a checksum of its bytes), the events go into a real community
  document (`add_event`, as the service does) and read back from its view; and they are exported again with
  `export_ics` and imported from that: the same titles, times, zones, places, descriptions, rules,
  cancelled and moved occurrences.

Inputs are real files — the demo town's calendar exported by Commons (every property the importer reads,
with VTIMEZONEs), and a file written the way another calendar writes one (TZIDs, a weekly RRULE with BYDAY,
EXDATE, a moved occurrence, an all-day event) — mutated as text: a property or parameter put in or put in
place of a word (DTSTART;VALUE=DATE, TZID=…, RRULE parts at and past their limits, DURATION, RECURRENCE-ID,
STATUS:CANCELLED, BEGIN/END of other components, folded lines, dates in the years 1 and 9999), lines repeated,
dropped or swapped, and byte-level edits.

    python fuzz/fuzz_ics.py --runs 1000000 [--seed 1]   # seeded mutation loop (no extra packages)
    python fuzz/fuzz_ics.py --atheris -runs=1000000      # coverage-guided, if atheris is installed
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import random
import sys
import zlib
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

try:
    import _driver  # run as a script: this folder is on sys.path
except ModuleNotFoundError:  # imported by a test, with the repository root on sys.path
    from fuzz import _driver

if TYPE_CHECKING:
    from sync.community.model import Event

expect = _driver.expect

MAX_SIZE = 1 << 15
SAMPLE = 32  # one import in 32 (by checksum) also goes through a document and an export
NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
TOKENS = tuple(
    t.encode()
    for t in (
        "\r\n", "\r\n ", "\n", ":", ";", ",", "=", '"', "BEGIN:VEVENT\r\n", "END:VEVENT\r\n", "BEGIN:VALARM\r\n",
        "END:VCALENDAR\r\n", "BEGIN:VCALENDAR\r\n", "BEGIN:VTIMEZONE\r\n", "END:VTIMEZONE\r\n", "DTSTART:",
        "DTSTART;VALUE=DATE:", "DTEND:", "DURATION:", "SUMMARY:", "LOCATION:", "DESCRIPTION:", "UID:",
        "ORGANIZER;CN=", "RRULE:", "EXDATE:", "RECURRENCE-ID:", "STATUS:CANCELLED", "X-WR-TIMEZONE:",
        "TZID=", "TZID=Europe/London", "TZID=Nowhere/Zone", "TZID=../../etc/passwd", "VALUE=DATE", "VALUE=PERIOD",
        "FREQ=DAILY", "FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=YEARLY", "FREQ=SECONDLY", "INTERVAL=0", "INTERVAL=-1",
        "INTERVAL=99999", "COUNT=0", "COUNT=1", "COUNT=1000000", "UNTIL=99991231T235959Z", "UNTIL=00010101",
        "BYDAY=MO,TU", "BYDAY=XX", "BYDAY=-1SU", "BYMONTHDAY=31", "BYMONTHDAY=-1", "BYSETPOS=1", "WKST=SU",
        "20270105T190000", "20270105T190000Z", "20270105", "00010101", "99991231T235959", "20270230",
        "20270105T250000", "P1D", "PT1H", "-PT1H", "P99999999D", "PT0S", "P1W2D", "\\n", "\\,", "\\;", "\\",
        "\x00", "\u202e", "é", "x" * 201,
    )
)  # fmt: skip


@functools.cache
def seeds() -> tuple[bytes, ...]:
    from sync.community.demo import demo_view
    from sync.community.formats import export_ics

    view = demo_view(dt.date(2026, 11, 24))
    repeating = [e.id for e in view.events.values() if e.recurrence is not None]
    some = [*repeating, *(e for e in sorted(view.events) if e not in repeating)][:3]  # a small file is faster
    exported = export_ics(view, some, space="ab" * 16)
    # The zone definitions are most of an export's lines and the importer reads zones by name: one seed keeps
    # them, one leaves them out, so most inputs spend their time on the events.
    start, end = (
        exported.index("BEGIN:VTIMEZONE"),
        exported.rindex("END:VTIMEZONE\r\n") + len("END:VTIMEZONE\r\n"),
    )
    without_zones = exported[:start] + exported[end:]
    return (exported.encode(), without_zones.encode(), without_zones.encode(), OTHER_CALENDAR.encode())


OTHER_CALENDAR = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Another calendar//EN\r
X-WR-TIMEZONE:Europe/Paris\r
BEGIN:VEVENT\r
DTSTART;TZID=America/New_York:20270105T190000\r
DTEND;TZID=America/New_York:20270105T203000\r
RRULE:FREQ=WEEKLY;WKST=MO;COUNT=10;BYDAY=TU\r
EXDATE;TZID=America/New_York:20270112T190000\r
UID:abc123@example.org\r
SUMMARY:Choir\r
LOCATION:St Mary's\r
ORGANIZER;CN=Ana:mailto:ana@example.org\r
DESCRIPTION:Sing along\\, all welcome\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART;TZID=America/New_York:20270120T190000\r
DTEND;TZID=America/New_York:20270120T203000\r
RECURRENCE-ID;TZID=America/New_York:20270119T190000\r
UID:abc123@example.org\r
SUMMARY:Choir\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART;VALUE=DATE:20270201\r
DURATION:P1D\r
UID:allday@example.org\r
SUMMARY:Seed swap\r
END:VEVENT\r
END:VCALENDAR\r
"""


def mutate(data: bytes, rng: random.Random, corpus: list[bytes], max_size: int = MAX_SIZE) -> bytes:
    return _driver.mutate_text(data, rng, corpus, TOKENS, max_size)


def _import(text: str) -> list[Event]:
    from sync.community.formats import import_ics

    counter = itertools.count()
    return import_ics(text, author="importer", new_id=lambda: f"new{next(counter)}", now=NOW)


def comparable(event: Event) -> tuple[object, ...]:
    return (
        event.title, event.starts_at, event.ends_at, event.time_zone, event.place, event.description,
        event.recurrence, event.cancelled, event.moved,
    )  # fmt: skip


def check_in_a_document(events: list[Event]) -> None:
    """Add the events as the service does, read them back, export them and import the export."""
    from sync.community import CommunityDocument
    from sync.community.formats import export_ics

    doc = CommunityDocument.create("Fuzz Street", actor_id=b"\x01" * 16)
    for event in events:
        doc.add_event(event)
    view = doc.view()
    expect(sorted(view.events) == sorted(e.id for e in events), "an imported event is not in the document")
    expect(not view.problems, f"the document has problems after the import: {view.problems[:1]}")
    again = _import(export_ics(view))
    expect(
        sorted(map(comparable, again), key=repr) == sorted(map(comparable, events), key=repr),
        "the events exported again do not import as the same events",
    )


def check(data: bytes) -> str:
    """ "not UTF-8", "refused", "imported" or "imported (through a document)"; raises only when the contract is
    broken."""
    from sync.community.formats import IcsImportError

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return "not UTF-8 (the window refuses it)"
    try:
        events = _import(text)
    except IcsImportError as exc:
        expect(bool(exc.problems), "a refusal without a problem")
        expect(
            all(p.startswith("line ") for p in exc.problems), f"a problem without its line: {exc.problems}"
        )
        return "refused"
    expect(len(events) <= 2000, "more events than an import may hold")
    expect(len({e.id for e in events}) == len(events), "two events with one id")
    expect(
        all(e.author == "importer" and e.created_at == NOW for e in events), "an event not made by the import"
    )
    if zlib.crc32(data) % SAMPLE == 0:
        check_in_a_document(events)
        return "imported (through a document)" if events else "imported, no events"
    return "imported" if events else "imported, no events"


def run_loop(
    runs: int, seed: int, report: Callable[[str], None] | None = print
) -> tuple[Counter[str], _driver.Findings]:
    return _driver.run_loop(
        runs,
        seed,
        corpus=list(seeds()),
        make=lambda rng, corpus: mutate(rng.choice(corpus), rng, corpus),
        check=check,
        report=report,
    )


def run_atheris(argv: list[str]) -> None:
    def mutator(libfuzzer: Callable[[bytes, int], bytes]) -> _driver.Mutator:
        return _driver.mixed_mutator(list(seeds()), mutate, libfuzzer, libfuzzer_share=0.2)

    _driver.run_atheris(argv, modules=("sync.community.formats.ics_import",), mutator=mutator, check=check)


if __name__ == "__main__":
    sys.exit(_driver.main(__doc__, loop=run_loop, atheris=run_atheris, check=check))
