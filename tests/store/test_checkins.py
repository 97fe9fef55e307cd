"""Check-ins: one per day, mood 1–10, short-scale answers 0–4, note and tags; history queries."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store import NotFoundError, ProfileSession, Question, ValidationError

TODAY = dt.date.today()


def test_record_replace_and_history(session: ProfileSession) -> None:
    repo = session.checkins
    first = repo.record(
        TODAY - dt.timedelta(days=1), 4, "Tired", {Question.SLEEP: 1}, ["Work", "work", " sleep "]
    )
    assert first.tags == ("sleep", "work")
    repo.record(TODAY, 7, "Better", {Question.ENERGY: 3, Question.CONNECTION: 4})
    again = repo.record(TODAY, 8, "Even better")  # same day replaces
    assert repo.count() == 2
    assert again.id == repo.on(TODAY).id  # type: ignore[union-attr]
    history = repo.between()
    assert [(c.day, c.mood, c.note, c.answers) for c in history] == [
        (TODAY, 8, "Even better", {}),
        (TODAY - dt.timedelta(days=1), 4, "Tired", {Question.SLEEP: 1}),
    ]
    assert repo.between(TODAY, TODAY)[0].mood == 8
    assert repo.mood_series() == [(TODAY - dt.timedelta(days=1), 4), (TODAY, 8)]


def test_remove_and_undo(session: ProfileSession) -> None:
    c = session.checkins.record(TODAY, 5, "note", {Question.STRESS: 2}, ["a"])
    removed = session.checkins.remove(c.id)
    assert session.checkins.count() == 0
    assert removed == c
    assert session.checkins.restore(removed) == c
    assert session.checkins.on(TODAY) == c  # same id, answers and tags
    session.checkins.remove(c.id)
    session.checkins.record(TODAY, 9, "recorded after the delete")
    with pytest.raises(ValidationError, match="was kept"):
        session.checkins.restore(removed)
    assert session.checkins.on(TODAY).note == "recorded after the delete"  # type: ignore[union-attr]
    with pytest.raises(NotFoundError):
        session.checkins.remove("missing")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"mood": 0}, "Mood"),
        ({"mood": 11}, "Mood"),
        ({"mood": True}, "Mood"),
        ({"mood": 5.5}, "Mood"),
        ({"day": TODAY + dt.timedelta(days=3)}, "Date"),
        ({"day": "2026-01-01"}, "Date"),
        ({"note": "x" * 4001}, "Note"),
        ({"answers": {Question.SLEEP: 5}}, "I slept well"),
        ({"answers": {"sleep": 2}}, "Answers"),
        ({"tags": "one,two"}, "Tags"),
        ({"tags": ["a;b"]}, "Tags"),
        ({"tags": [f"t{i}" for i in range(13)]}, "Tags"),
    ],
)
def test_validation_keeps_existing_data(
    session: ProfileSession, kwargs: dict[str, object], field: str
) -> None:
    session.checkins.record(TODAY, 6, "keep me")
    args: dict[str, object] = {"day": TODAY, "mood": 5, "note": "", **kwargs}
    with pytest.raises(ValidationError) as info:
        session.checkins.record(**args)  # type: ignore[arg-type]
    assert info.value.field == field
    assert session.checkins.on(TODAY).note == "keep me"  # type: ignore[union-attr]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 10)), max_size=40))
def test_latest_record_per_day_wins(session: ProfileSession, entries: list[tuple[int, int]]) -> None:
    for c in session.checkins.between():
        session.checkins.remove(c.id)
    model: dict[dt.date, int] = {}
    for offset, mood in entries:
        day = TODAY - dt.timedelta(days=offset)
        session.checkins.record(day, mood)
        model[day] = mood
    assert session.checkins.mood_series() == sorted(model.items())
