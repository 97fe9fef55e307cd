"""Wellbeing pulse rounds as the community document holds them: masking one person's answers for a round, and
what each round may show — a mean per question only once everyone on its roster posted (at least five), and
never two results whose rosters differ by fewer than five people (docs/protocol.md, "Wellbeing pulse")."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from .. import pulse
from .errors import InvalidValueError
from .model import MIN_PULSE_ROSTER, PulseInstrument, PulseRound

__all__ = [
    "Outcome",
    "PulseStatus",
    "check_answers",
    "differ_too_little",
    "mask_answers",
    "masking_round",
    "opening_conflict",
    "pulse_statuses",
]

_VALUE_HEX = 16


class Outcome(enum.Enum):
    """Where a round stands, as every peer reads it from the same document."""

    JOINING = "joining"  # not everyone on the roster has published a pulse key yet
    POSTING = "posting"  # every key is in; masked posts are arriving
    SHOWN = "shown"  # everyone posted: the means are shown
    INCOMPLETE = "incomplete"  # closed before everyone posted: it is rerun without those missing
    SUPERSEDED = "superseded"  # a rerun replaces it; its sum is never shown
    WITHHELD = "withheld"  # its roster differs by fewer than five people from a result already shown
    DAMAGED = "damaged"  # the posts do not add up to possible answers (a peer built them wrongly)


@dataclass(frozen=True)
class PulseStatus:
    """One round's standing: how many joined and posted and, only when shown, the mean answer per question."""

    round: PulseRound
    outcome: Outcome
    joined: int
    posted: int
    means: tuple[float, ...] = ()
    withheld_for: str = ""  # the shown round whose result this one would be compared with


def check_answers(instrument: PulseInstrument, answers: Sequence[int]) -> tuple[int, ...]:
    """One whole number per question, each 0..the instrument's top score."""
    if len(answers) != instrument.questions:
        raise InvalidValueError("answers", f"expected {instrument.questions} answers, got {len(answers)}")
    for answer in answers:
        if isinstance(answer, bool) or not isinstance(answer, int) or not 0 <= answer <= instrument.max_score:
            raise InvalidValueError(
                "answers", f"each answer is a whole number from 0 to {instrument.max_score}"
            )
    return tuple(answers)


def masking_round(record: PulseRound) -> pulse.Round:
    """The secure-aggregation round for *record*: its id, its roster and every participant's key.

    Raises `pulse.PulseError` while a key is missing or when the keys are unusable."""
    missing = [m for m in record.roster if m not in record.keys]
    if missing:
        raise pulse.IncompleteRoundError(missing)
    participants = [pulse.Participant(m, bytes.fromhex(record.keys[m])) for m in record.roster]
    return pulse.Round.create(record.id.encode(), participants, record.instrument.questions)


def mask_answers(
    record: PulseRound, member_id: str, private_key: X25519PrivateKey, answers: Sequence[int]
) -> str:
    """*member_id*'s masked post for *record*, as the document stores it (16 hex digits per question)."""
    scores = check_answers(record.instrument, answers)
    post = pulse.mask_scores(masking_round(record), member_id, private_key, scores)
    return "".join(f"{value:016x}" for value in post.values)


def _post(record: PulseRound, member_id: str) -> pulse.Post:
    text = record.submissions[member_id]
    values = tuple(int(text[i : i + _VALUE_HEX], 16) for i in range(0, len(text), _VALUE_HEX))
    return pulse.Post(record.id.encode(), member_id, values)


def _means(record: PulseRound) -> tuple[float, ...] | None:
    """The mean per question once everyone posted; None when the posts cannot be unmasked to real answers."""
    try:
        result = pulse.aggregate(masking_round(record), (_post(record, m) for m in record.roster))
    except pulse.PulseError:
        return None
    if any(total > record.instrument.max_score * result.count for total in result.sums):
        return None
    return result.means()


def differ_too_little(a: Iterable[str], b: Iterable[str]) -> bool:
    """Two rosters whose results, side by side, would narrow the difference down to fewer than five people."""
    return 0 < len(set(a) ^ set(b)) < MIN_PULSE_ROSTER


def _order(record: PulseRound) -> tuple[dt.datetime, str]:
    return record.closes_at, record.id


def pulse_statuses(rounds: Mapping[str, PulseRound], now: dt.datetime) -> dict[str, PulseStatus]:
    """Every round's status. Complete rounds are taken in order of closing; one is shown unless its roster
    differs by 1–4 people from a round of the same questions already shown (then it is withheld)."""
    rerun = {r.rerun_of for r in rounds.values() if r.rerun_of}
    shown: list[PulseRound] = []
    out: dict[str, PulseStatus] = {}
    for record in sorted(rounds.values(), key=_order):
        joined = sum(1 for m in record.roster if m in record.keys)
        posted = sum(1 for m in record.roster if m in record.submissions)
        status = PulseStatus(record, _pending(record, joined, posted, now), joined, posted)
        if record.id in rerun:
            status = PulseStatus(record, Outcome.SUPERSEDED, joined, posted)
        elif posted == len(record.roster):
            status = _complete(record, joined, posted, shown)
        out[record.id] = status
    return out


def _pending(record: PulseRound, joined: int, posted: int, now: dt.datetime) -> Outcome:
    if now >= record.closes_at:
        return Outcome.INCOMPLETE
    return Outcome.POSTING if joined == len(record.roster) else Outcome.JOINING


def _complete(record: PulseRound, joined: int, posted: int, shown: list[PulseRound]) -> PulseStatus:
    means = _means(record)
    if means is None:
        return PulseStatus(record, Outcome.DAMAGED, joined, posted)
    for earlier in shown:
        if earlier.instrument is record.instrument and differ_too_little(earlier.roster, record.roster):
            return PulseStatus(record, Outcome.WITHHELD, joined, posted, withheld_for=earlier.id)
    shown.append(record)
    return PulseStatus(record, Outcome.SHOWN, joined, posted, means)


def opening_conflict(
    rounds: Mapping[str, PulseRound], instrument: PulseInstrument, roster: Iterable[str], now: dt.datetime
) -> str:
    """The id of a round, shown or still able to be, that a new round with *roster* could be set against to
    single people out ("" when there is none): opening it is refused."""
    people = set(roster)
    live = (Outcome.SHOWN, Outcome.JOINING, Outcome.POSTING)
    for round_id, status in pulse_statuses(rounds, now).items():
        record = status.round
        if (
            status.outcome in live
            and record.instrument is instrument
            and differ_too_little(record.roster, people)
        ):
            return round_id
    return ""
