"""This person's own wellbeing pulse answers and the round's private masking key: kept only here, in the
encrypted store (the community document carries only the public key and the masked post)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ._common import ConnectionSource, check_int
from ._database import transaction
from .errors import ValidationError
from .spaces import _space_id

_ROUND_ID = re.compile(r"^[a-z0-9_-]{1,64}$")
MAX_ANSWERS = 16
MAX_SCORE = 10


@dataclass(frozen=True)
class PulseAnswers:
    """What this person answered in one round, and the X25519 private key (raw 32 bytes) they mask it with."""

    round_id: str
    private_key: bytes
    answers: tuple[int, ...]


def _round_id(value: object) -> str:
    if not isinstance(value, str) or not _ROUND_ID.match(value):
        raise ValidationError("Round", "must be a round id.")
    return value


def _answers(value: object) -> tuple[int, ...]:
    if (
        isinstance(value, (str, bytes))
        or not isinstance(value, Sequence)
        or not 1 <= len(value) <= MAX_ANSWERS
    ):
        raise ValidationError("Answers", f"must be 1–{MAX_ANSWERS} whole numbers.")
    return tuple(check_int("Answer", v, low=0, high=MAX_SCORE) for v in value)


class PulseAnswerRepository:
    def __init__(self, source: ConnectionSource) -> None:
        self._source = source

    def save(self, space_id: bytes, answers: PulseAnswers) -> None:
        """Keep *answers* for a round; a round is answered once (a second save is refused)."""
        space = _space_id(space_id)
        round_id = _round_id(answers.round_id)
        if not isinstance(answers.private_key, bytes) or len(answers.private_key) != 32:
            raise ValidationError("Pulse key", "must be 32 bytes.")
        text = json.dumps(list(_answers(answers.answers)))
        conn = self._source.connection()
        with transaction(conn):
            if self._row(space, round_id) is not None:
                raise ValidationError("Answers", "this round was already answered.")
            conn.execute(
                "INSERT INTO pulse_answers (space_id, round_id, private_key, answers) VALUES (?, ?, ?, ?)",
                (space, round_id, answers.private_key, text),
            )

    def load(self, space_id: bytes, round_id: str) -> PulseAnswers | None:
        row = self._row(_space_id(space_id), _round_id(round_id))
        if row is None:
            return None
        try:
            answers = _answers(json.loads(row[1]))
        except (ValueError, ValidationError):
            return None  # damaged: as if never answered (the round is rerun without this person)
        return PulseAnswers(round_id, bytes(row[0]), answers)

    def _row(self, space: bytes, round_id: str) -> tuple[bytes, str] | None:
        row = (
            self._source.connection()
            .execute(
                "SELECT private_key, answers FROM pulse_answers WHERE space_id = ? AND round_id = ?",
                (space, round_id),
            )
            .fetchone()
        )
        return None if row is None else (bytes(row[0]), str(row[1]))
