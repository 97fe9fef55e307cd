"""This person's pulse answers: kept once per round, read back, refused when malformed, gone with the space's
document."""

from __future__ import annotations

import pytest

from store import ProfileSession, PulseAnswers
from store.errors import ValidationError

SPACE = bytes(range(16))


def test_answers_are_kept_once_and_read_back(session: ProfileSession) -> None:
    mine = PulseAnswers("r1", b"k" * 32, (7, 8, 6, 2))
    session.pulse.save(SPACE, mine)
    assert session.pulse.load(SPACE, "r1") == mine
    assert session.pulse.load(SPACE, "r2") is None
    with pytest.raises(ValidationError, match="already answered"):
        session.pulse.save(SPACE, PulseAnswers("r1", b"j" * 32, (0, 0, 0, 0)))
    assert session.pulse.load(SPACE, "r1") == mine


@pytest.mark.parametrize(
    "bad",
    [
        PulseAnswers("R1 x", b"k" * 32, (1,)),
        PulseAnswers("r1", b"short", (1,)),
        PulseAnswers("r1", b"k" * 32, ()),
        PulseAnswers("r1", b"k" * 32, (11,)),
        PulseAnswers("r1", b"k" * 32, (True,)),
    ],
    ids=["round-id", "key", "no-answers", "above-10", "bool"],
)
def test_malformed_answers_are_refused(session: ProfileSession, bad: PulseAnswers) -> None:
    with pytest.raises(ValidationError):
        session.pulse.save(SPACE, bad)
    assert session.connection().execute("SELECT count(*) FROM pulse_answers").fetchone()[0] == 0


def test_forgetting_the_document_forgets_the_answers(session: ProfileSession) -> None:
    session.pulse.save(SPACE, PulseAnswers("r1", b"k" * 32, (1, 2, 3, 4)))
    session.documents.forget_document(SPACE)
    assert session.pulse.load(SPACE, "r1") is None
