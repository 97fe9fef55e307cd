"""Fuzzing the .ics import: whatever a file holds, the answer is events or IcsImportError naming lines, never a
crash. Mutations start from a real export (every property the importer reads) and change one line's value."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from sync.community.demo import demo_view
from sync.community.formats import IcsImportError, export_ics, import_ics

NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
EXPORT = export_ics(demo_view(dt.date(2026, 11, 24)), space="ab" * 16)
LINES = EXPORT.split("\r\n")


def outcome(text: str) -> str:
    counter = itertools.count()
    try:
        events = import_ics(text, author="me", new_id=lambda: f"e{next(counter)}", now=NOW)
    except IcsImportError as error:
        assert error.problems
        assert all(p.startswith("line ") for p in error.problems)
        return "refused"
    assert all(e.author == "me" for e in events)
    return "imported"


@given(st.text(max_size=300))
@settings(max_examples=150, deadline=None)
def test_any_text_is_refused_or_read(text: str) -> None:
    outcome("BEGIN:VCALENDAR\r\n" + text)


values = st.text(max_size=40) | st.sampled_from(
    ["", "20270101", "20270101T100000", "99999999T999999Z", "FREQ=WEEKLY;INTERVAL=0", "FREQ=MONTHLY;COUNT=-1",
     "FREQ=DAILY;UNTIL=2027", "PT-1H", "P1000000D", "FREQ=WEEKLY;BYDAY=XX", "FREQ=MONTHLY;BYMONTHDAY=abc"]
)  # fmt: skip


@given(st.integers(min_value=0, max_value=len(LINES) - 1), values)
@settings(max_examples=300, deadline=None)
def test_one_changed_value_is_refused_or_read(index: int, value: str) -> None:
    lines = list(LINES)
    name = lines[index].split(":", 1)[0]
    lines[index] = f"{name}:{value}"
    outcome("\r\n".join(lines))
