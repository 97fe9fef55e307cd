"""Pulse rounds as the document holds them: real masked posts add up to the answers, a round shows nothing
until everyone on its roster posted, two rounds that differ by fewer than five people are never both shown,
and old rounds (before questions and keys) still read."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync.community import CommunityDocument, InvalidValueError, PulseInstrument, PulseRound
from sync.community._codec import Fields, Sink
from sync.community._read import _pulse_round
from sync.community.formats.json_format import export_json, import_json
from sync.community.pulse_rounds import (
    Outcome,
    check_answers,
    differ_too_little,
    mask_answers,
    opening_conflict,
    pulse_statuses,
)
from sync.community.view import CommunityView
from sync.pulse import public_key_bytes

T = dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC)
PEOPLE = ("ana", "ben", "cai", "dov", "eve", "fay", "gus", "hal", "ida", "jon")


def opened(
    round_id: str, roster: tuple[str, ...], instrument: PulseInstrument = PulseInstrument.ONS4, days: int = 0
) -> tuple[PulseRound, dict[str, X25519PrivateKey]]:
    private = {m: X25519PrivateKey.generate() for m in roster}
    keys = {m: public_key_bytes(k).hex() for m, k in private.items()}
    start = T + dt.timedelta(days=days)
    record = PulseRound(
        round_id, roster, start, start + dt.timedelta(days=7), roster[0], {}, instrument, keys
    )
    return record, private


def answered(
    record: PulseRound, private: dict[str, X25519PrivateKey], answers: dict[str, tuple[int, ...]]
) -> PulseRound:
    posts = {m: mask_answers(record, m, private[m], a) for m, a in answers.items()}
    return dataclasses.replace(record, submissions=posts)


def test_the_means_are_the_sums_of_the_answers_and_no_post_shows_an_answer() -> None:
    roster = PEOPLE[:5]
    record, private = opened("r1", roster)
    answers = {m: (i, 10 - i, 7, i * 2) for i, m in enumerate(roster)}
    done = answered(record, private, answers)
    status = pulse_statuses({"r1": done}, T)["r1"]
    assert status.outcome is Outcome.SHOWN
    assert status.means == tuple(sum(a[q] for a in answers.values()) / 5 for q in range(4))
    for m, post in done.submissions.items():
        values = [int(post[i : i + 16], 16) for i in range(0, 64, 16)]
        assert values != list(answers[m])  # masked: nothing like 0–10


def test_who5_answers_are_0_to_5_and_add_up() -> None:
    record, private = opened("w1", PEOPLE[:6], PulseInstrument.WHO5)
    answers = {m: (5, 4, 3, 2, i % 6) for i, m in enumerate(PEOPLE[:6])}
    status = pulse_statuses({"w1": answered(record, private, answers)}, T)["w1"]
    assert status.means[:4] == (5.0, 4.0, 3.0, 2.0)
    with pytest.raises(InvalidValueError, match="0 to 5"):
        check_answers(PulseInstrument.WHO5, (6, 0, 0, 0, 0))
    with pytest.raises(InvalidValueError, match="expected 4"):
        check_answers(PulseInstrument.ONS4, (1, 2, 3))


def test_nothing_shows_until_everyone_posted_and_a_closed_round_is_incomplete() -> None:
    record, private = opened("r1", PEOPLE[:5])
    four = answered(record, private, {m: (9, 9, 9, 9) for m in PEOPLE[:4]})
    while_open = pulse_statuses({"r1": four}, T + dt.timedelta(days=1))["r1"]
    assert (while_open.outcome, while_open.posted, while_open.means) == (Outcome.POSTING, 4, ())
    closed = pulse_statuses({"r1": four}, T + dt.timedelta(days=8))["r1"]
    assert (closed.outcome, closed.means) == (Outcome.INCOMPLETE, ())
    no_keys = dataclasses.replace(record, keys={})
    assert pulse_statuses({"r1": no_keys}, T)["r1"].outcome is Outcome.JOINING


def test_a_roster_of_four_is_refused() -> None:
    with pytest.raises(InvalidValueError, match="at least 5 people"):
        PulseRound("r1", PEOPLE[:4], T, T + dt.timedelta(days=1), "ana")


def test_a_rerun_replaces_its_round_and_the_old_sum_never_shows() -> None:
    record, private = opened("r1", PEOPLE[:6])
    everyone = answered(record, private, {m: (5, 5, 5, 5) for m in PEOPLE[:6]})  # the dropout posted late
    rerun, private2 = opened("r2", PEOPLE[:5], days=8)
    rerun = dataclasses.replace(
        answered(rerun, private2, {m: (3, 3, 3, 3) for m in PEOPLE[:5]}), rerun_of="r1"
    )
    statuses = pulse_statuses({"r1": everyone, "r2": rerun}, T + dt.timedelta(days=9))
    assert statuses["r1"].outcome is Outcome.SUPERSEDED
    assert statuses["r1"].means == ()
    assert statuses["r2"].outcome is Outcome.SHOWN


def test_two_results_whose_rosters_differ_by_fewer_than_five_are_never_both_shown() -> None:
    first, p1 = opened("a", PEOPLE[:6])
    second, p2 = opened("b", PEOPLE[:5], days=7)  # the same people but one: the difference is her answer
    far, p3 = opened("c", PEOPLE[5:], days=14)  # five different people: nothing to subtract
    rounds = {
        "a": answered(first, p1, {m: (5, 5, 5, 5) for m in PEOPLE[:6]}),
        "b": answered(second, p2, {m: (5, 5, 5, 5) for m in PEOPLE[:5]}),
        "c": answered(far, p3, {m: (5, 5, 5, 5) for m in PEOPLE[5:]}),
    }
    statuses = pulse_statuses(rounds, T + dt.timedelta(days=30))
    assert statuses["a"].outcome is Outcome.SHOWN
    assert (statuses["b"].outcome, statuses["b"].withheld_for, statuses["b"].means) == (
        Outcome.WITHHELD,
        "a",
        (),
    )
    assert statuses["c"].outcome is Outcome.SHOWN
    assert differ_too_little(PEOPLE[:6], PEOPLE[:5])
    assert not differ_too_little(PEOPLE[:5], PEOPLE[:5])  # the same group again: no one stands out
    assert not differ_too_little(PEOPLE[:5], PEOPLE[5:])
    # Opening such a round is refused outright; other questions have nothing to subtract.
    assert opening_conflict(rounds, PulseInstrument.ONS4, PEOPLE[:7], T) == "a"
    assert opening_conflict(rounds, PulseInstrument.WHO5, PEOPLE[:7], T) == ""


def test_a_tampered_post_is_damaged_not_shown() -> None:
    record, private = opened("r1", PEOPLE[:5])
    done = answered(record, private, {m: (1, 2, 3, 4) for m in PEOPLE[:5]})
    post = done.submissions["ana"]
    broken = dataclasses.replace(
        done, submissions=done.submissions | {"ana": f"{(int(post[:16], 16) + 500):016x}"[-16:] + post[16:]}
    )
    assert pulse_statuses({"r1": broken}, T)["r1"].outcome is Outcome.DAMAGED


def test_a_post_is_16_hex_digits_a_question_and_a_key_64() -> None:
    record, _ = opened("r1", PEOPLE[:5])
    with pytest.raises(InvalidValueError, match="64 lowercase hex"):
        dataclasses.replace(record, submissions={"ana": "masked"})
    with pytest.raises(InvalidValueError, match="not on the round's roster"):
        dataclasses.replace(record, keys={"zed": "00" * 32})


def test_an_old_round_without_questions_or_keys_still_reads() -> None:
    old = {
        "id": "u1",
        "roster": list(PEOPLE[:5]),
        "opens_at": "2026-11-02T09:00:00.000000Z",
        "closes_at": "2026-11-09T09:00:00.000000Z",
        "author": "ana",
        "submissions": {"ben": "ab12", "cai": "00" * 32},  # the old demo's random text, and one that fits
    }
    sink = Sink()
    record = _pulse_round(Fields(old, "pulse_rounds/u1", sink))
    assert (record.instrument, record.keys, record.rerun_of) == (PulseInstrument.ONS4, {}, "")
    assert record.submissions == {"cai": "00" * 32}  # the unreadable entry is a problem of its own
    assert [p.path for p in sink.problems] == ["pulse_rounds/u1/submissions/ben"]
    assert pulse_statuses({"u1": record}, T)["u1"].outcome is Outcome.JOINING


def test_questions_keys_and_posts_round_trip_through_the_document_and_json() -> None:
    record, private = opened("r1", PEOPLE[:5], PulseInstrument.WHO5)
    done = dataclasses.replace(answered(record, private, {"ana": (1, 2, 3, 4, 5)}), rerun_of="r0")
    view = CommunityView(name="Mill Road", pulse_rounds={"r1": done})
    doc = CommunityDocument.from_view(view)
    assert CommunityDocument.load(doc.save()).view().pulse_rounds["r1"] == done
    assert import_json(export_json(view)).pulse_rounds["r1"] == done
    old = json.loads(export_json(view))
    for name in ("instrument", "keys", "rerun_of"):  # a file written before they existed
        del old["pulse_rounds"][0][name]
    old["pulse_rounds"][0]["submissions"] = {}
    assert import_json(json.dumps(old)).pulse_rounds["r1"].instrument is PulseInstrument.ONS4


def test_a_key_and_a_post_are_written_once_through_the_document() -> None:
    record, private = opened("r1", PEOPLE[:5])
    doc = CommunityDocument.create("Mill Road")
    doc.add_pulse_round(dataclasses.replace(record, keys={}))
    for m in PEOPLE[:5]:
        doc.add_pulse_key("r1", m, record.keys[m])
    with pytest.raises(InvalidValueError, match="written once"):
        doc.add_pulse_key("r1", "ana", record.keys["ana"])
    doc.add_pulse_post("r1", "ana", mask_answers(record, "ana", private["ana"], (1, 1, 1, 1)))
    with pytest.raises(InvalidValueError, match="written once"):
        doc.add_pulse_post("r1", "ana", "00" * 32)
    assert doc.view().pulse_rounds["r1"].keys == record.keys
