"""This person's sealed ballots (what a sealed vote hides): kept, read back by proposal and space, refused when
malformed, gone with the space's document; the nonce and the reason never appear in the file in plaintext."""

from __future__ import annotations

from pathlib import Path

import pytest

from store import ProfileManager, ProfileSession
from store.ballots import SealedBallot
from store.errors import ValidationError
from tests.support import PASSPHRASE, files_containing

SPACE = bytes(range(16))
MINE = SealedBallot("v1", "p1", "no", "The square floods every winter", b"\x5e" * 32)


def test_a_ballot_is_kept_and_read_back_by_proposal_and_space(session: ProfileSession) -> None:
    session.ballots.save(SPACE, MINE)
    session.ballots.save(SPACE, SealedBallot("v2", "p2", "yes", "", b"\x01" * 32))
    assert session.ballots.of_proposal(SPACE, "p1") == (MINE,)
    assert [b.vote_id for b in session.ballots.of_space(SPACE)] == ["v1", "v2"]
    assert session.ballots.of_space(bytes(16)) == ()


@pytest.mark.parametrize(
    "bad",
    [
        SealedBallot("v 1", "p1", "no", "", b"\x5e" * 32),
        SealedBallot("v1", "p1", "maybe", "", b"\x5e" * 32),
        SealedBallot("v1", "p1", "no", "x" * 501, b"\x5e" * 32),
        SealedBallot("v1", "p1", "no", "", b"short"),
    ],
    ids=["vote-id", "choice", "reason-too-long", "nonce"],
)
def test_a_malformed_ballot_is_refused_and_nothing_kept(session: ProfileSession, bad: SealedBallot) -> None:
    with pytest.raises(ValidationError):
        session.ballots.save(SPACE, bad)
    assert session.ballots.of_space(SPACE) == ()


def test_ballots_go_with_the_space_document(session: ProfileSession) -> None:
    session.ballots.save(SPACE, MINE)
    session.documents.forget_document(SPACE)
    assert session.ballots.of_space(SPACE) == ()


def test_neither_the_reason_nor_the_nonce_is_in_any_file(manager: ProfileManager, tmp_path: Path) -> None:
    session = manager.create("Ana", PASSPHRASE)
    session.ballots.save(SPACE, MINE)
    session.lock()
    assert files_containing(tmp_path, [MINE.reason.encode(), MINE.nonce]) == []
