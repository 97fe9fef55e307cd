"""The mapping from commit sequence number to check-in, shared by the crash test and its child."""

from __future__ import annotations

import datetime as dt

FIRST_DAY = dt.date(1950, 1, 1)
DAYS = 25_000  # sequence numbers wrap onto days after this many commits; later commits replace earlier ones


def day_for(seq: int) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=seq % DAYS)


def note_for(seq: int) -> str:
    return f"commit {seq}"


def seq_in(note: str) -> int:
    return int(note.removeprefix("commit "))
