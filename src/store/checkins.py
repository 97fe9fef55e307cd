"""Daily check-ins: a 1–10 mood score, optional short-scale answers, a note and tags."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, field, replace

from ._common import ConnectionSource, check_day, check_int, clean_text, new_id, utc_now
from ._database import Connection, transaction
from .errors import NotFoundError, ValidationError

MAX_NOTE = 4000
MAX_TAGS = 12
_TAG = re.compile(r"^[\w][\w\- ]{0,39}$")


class Question(enum.Enum):
    """Short-scale questions answered 0 (not at all) to 4 (very much)."""

    SLEEP = "sleep"
    ENERGY = "energy"
    STRESS = "stress"
    CONNECTION = "connection"

    @property
    def text(self) -> str:
        return {
            Question.SLEEP: "I slept well",
            Question.ENERGY: "I had energy",
            Question.STRESS: "I felt stressed",
            Question.CONNECTION: "I felt connected to people",
        }[self]


@dataclass(frozen=True)
class CheckIn:
    id: str
    day: dt.date
    mood: int
    note: str = ""
    answers: dict[Question, int] = field(default_factory=dict)
    tags: tuple[str, ...] = ()


def _clean_tags(tags: object) -> tuple[str, ...]:
    if isinstance(tags, str) or not isinstance(tags, (list, tuple, set, frozenset)):
        raise ValidationError("Tags", "must be a list of words.")
    result: list[str] = []
    for raw in tags:
        tag = clean_text("Tag", raw, max_len=40, one_line=True).lower()
        if not tag:
            continue
        if not _TAG.match(tag):
            raise ValidationError("Tags", f"{tag!r} may only use letters, digits, spaces and dashes.")
        if tag not in result:
            result.append(tag)
    if len(result) > MAX_TAGS:
        raise ValidationError("Tags", f"use at most {MAX_TAGS} tags.")
    return tuple(sorted(result))


def _clean_answers(answers: object) -> dict[Question, int]:
    if not isinstance(answers, dict):
        raise ValidationError("Answers", "must map questions to 0–4.")
    clean: dict[Question, int] = {}
    for question, value in answers.items():
        if not isinstance(question, Question):
            raise ValidationError("Answers", f"unknown question {question!r}.")
        clean[question] = check_int(question.text, value, low=0, high=4)
    return clean


def _validated(c: CheckIn) -> CheckIn:
    return CheckIn(
        c.id,
        check_day("Date", c.day, allow_future=False),
        check_int("Mood", c.mood, low=1, high=10),
        clean_text("Note", c.note, max_len=MAX_NOTE),
        _clean_answers(c.answers),
        _clean_tags(c.tags),
    )


class CheckInRepository:
    def __init__(self, source: ConnectionSource) -> None:
        self._source = source

    def record(
        self,
        day: dt.date,
        mood: int,
        note: str = "",
        answers: dict[Question, int] | None = None,
        tags: tuple[str, ...] | list[str] = (),
    ) -> CheckIn:
        """Save the check-in for *day*, replacing any earlier one for that day."""
        clean = _validated(CheckIn("", day, mood, note, answers or {}, _clean_tags(tags)))
        conn = self._source.connection()
        with transaction(conn):
            row = conn.execute("SELECT id FROM checkins WHERE day = ?", (clean.day.isoformat(),)).fetchone()
            return self._write(conn, clean, existing_id=row[0] if row else None)

    def restore(self, checkin: CheckIn) -> CheckIn:
        """Put back a check-in returned by remove(), under its old id (undo)."""
        clean = _validated(checkin)
        conn = self._source.connection()
        with transaction(conn):
            if conn.execute("SELECT 1 FROM checkins WHERE day = ?", (clean.day.isoformat(),)).fetchone():
                raise ValidationError("Date", "a check-in for that day was recorded since; it was kept.")
            return self._write(conn, replace(clean, id=checkin.id), existing_id=None)

    @staticmethod
    def _write(conn: Connection, c: CheckIn, *, existing_id: str | None) -> CheckIn:
        """Insert (or, with *existing_id*, replace) a validated check-in. Caller holds the transaction."""
        now = utc_now()
        if existing_id is not None:
            c = replace(c, id=existing_id)
            conn.execute(
                "UPDATE checkins SET mood = ?, note = ?, updated_at = ? WHERE id = ?",
                (c.mood, c.note, now, c.id),
            )
            conn.execute("DELETE FROM checkin_answers WHERE checkin_id = ?", (c.id,))
            conn.execute("DELETE FROM checkin_tags WHERE checkin_id = ?", (c.id,))
        else:
            c = replace(c, id=c.id or new_id())
            conn.execute(
                "INSERT INTO checkins (id, day, mood, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (c.id, c.day.isoformat(), c.mood, c.note, now, now),
            )
        conn.executemany(
            "INSERT INTO checkin_answers (checkin_id, question, value) VALUES (?, ?, ?)",
            [(c.id, q.value, v) for q, v in c.answers.items()],
        )
        conn.executemany(
            "INSERT INTO checkin_tags (checkin_id, tag) VALUES (?, ?)", [(c.id, t) for t in c.tags]
        )
        return c

    def on(self, day: dt.date) -> CheckIn | None:
        found = self.between(day, day)
        return found[0] if found else None

    def between(self, first: dt.date | None = None, last: dt.date | None = None) -> list[CheckIn]:
        """Check-ins from *first* to *last* inclusive (either end open), newest first."""
        conn = self._source.connection()
        lo = (first or dt.date.min).isoformat()
        hi = (last or dt.date.max).isoformat()
        rows = conn.execute(
            "SELECT id, day, mood, note FROM checkins WHERE day BETWEEN ? AND ? ORDER BY day DESC", (lo, hi)
        ).fetchall()
        if not rows:
            return []
        answers: dict[str, dict[Question, int]] = {}
        tags: dict[str, list[str]] = {}
        for cid, q, v in conn.execute(
            "SELECT a.checkin_id, a.question, a.value FROM checkin_answers a JOIN checkins c ON c.id = a.checkin_id"
            " WHERE c.day BETWEEN ? AND ?",
            (lo, hi),
        ):
            answers.setdefault(cid, {})[Question(q)] = v
        for cid, t in conn.execute(
            "SELECT t.checkin_id, t.tag FROM checkin_tags t JOIN checkins c ON c.id = t.checkin_id"
            " WHERE c.day BETWEEN ? AND ? ORDER BY t.tag",
            (lo, hi),
        ):
            tags.setdefault(cid, []).append(t)
        return [
            CheckIn(
                r[0],
                dt.date.fromisoformat(r[1]),
                r[2],
                r[3],
                answers.get(r[0], {}),
                tuple(tags.get(r[0], ())),
            )
            for r in rows
        ]

    def mood_series(
        self, first: dt.date | None = None, last: dt.date | None = None
    ) -> list[tuple[dt.date, int]]:
        """(day, mood) pairs oldest first, for charts."""
        conn = self._source.connection()
        rows = conn.execute(
            "SELECT day, mood FROM checkins WHERE day BETWEEN ? AND ? ORDER BY day",
            ((first or dt.date.min).isoformat(), (last or dt.date.max).isoformat()),
        )
        return [(dt.date.fromisoformat(d), m) for d, m in rows]

    def remove(self, checkin_id: str) -> CheckIn:
        """Delete a check-in and return it so the caller can offer undo (record it again)."""
        conn = self._source.connection()
        with transaction(conn):
            row = conn.execute("SELECT day FROM checkins WHERE id = ?", (checkin_id,)).fetchone()
            if row is None:
                raise NotFoundError("That check-in no longer exists.")
            day = dt.date.fromisoformat(row[0])
            removed = self.on(day)
            conn.execute("DELETE FROM checkins WHERE id = ?", (checkin_id,))
        assert removed is not None
        return removed

    def latest_day(self) -> dt.date | None:
        """The day of the most recent check-in, or None if there is none."""
        row = self._source.connection().execute("SELECT max(day) FROM checkins").fetchone()
        return dt.date.fromisoformat(row[0]) if row[0] else None

    def count(self) -> int:
        return int(self._source.connection().execute("SELECT count(*) FROM checkins").fetchone()[0])
