"""This person's own sealed votes: the choice, reason and nonce behind each commitment, kept only here (the
community document holds only the commitment until the deadline, `sync.community.sealed`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._common import ConnectionSource
from ._database import transaction
from .errors import ValidationError
from .spaces import _space_id

_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
CHOICES = ("yes", "no", "abstain")
MAX_REASON = 500
NONCE_BYTES = 32


@dataclass(frozen=True)
class SealedBallot:
    """What a sealed vote hides: its choice ("yes", "no", "abstain"), reason and 32-byte nonce."""

    vote_id: str
    proposal_id: str
    choice: str
    reason: str
    nonce: bytes


def _ident(what: str, value: object) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise ValidationError(what, "must be a record id.")
    return value


def _checked(ballot: SealedBallot) -> SealedBallot:
    _ident("Vote", ballot.vote_id)
    _ident("Proposal", ballot.proposal_id)
    if ballot.choice not in CHOICES:
        raise ValidationError("Choice", "must be yes, no or abstain.")
    if not isinstance(ballot.reason, str) or len(ballot.reason) > MAX_REASON:
        raise ValidationError("Reason", f"must be text of at most {MAX_REASON} characters.")
    if not isinstance(ballot.nonce, bytes) or len(ballot.nonce) != NONCE_BYTES:
        raise ValidationError("Nonce", f"must be {NONCE_BYTES} bytes.")
    return ballot


class SealedBallotRepository:
    def __init__(self, source: ConnectionSource) -> None:
        self._source = source

    def save(self, space_id: bytes, ballot: SealedBallot) -> None:
        """Keep what a sealed vote hides (before the vote is written, so it is never lost)."""
        space, kept = _space_id(space_id), _checked(ballot)
        conn = self._source.connection()
        with transaction(conn):
            conn.execute(
                "INSERT INTO sealed_ballots (space_id, vote_id, proposal_id, choice, reason, nonce)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (space, kept.vote_id, kept.proposal_id, kept.choice, kept.reason, kept.nonce),
            )

    def of_proposal(self, space_id: bytes, proposal_id: str) -> tuple[SealedBallot, ...]:
        """This person's sealed ballots on a proposal, in the order they were kept."""
        return self._select("AND proposal_id = ?", (_space_id(space_id), _ident("Proposal", proposal_id)))

    def of_space(self, space_id: bytes) -> tuple[SealedBallot, ...]:
        return self._select("", (_space_id(space_id),))

    def _select(self, more: str, args: tuple[object, ...]) -> tuple[SealedBallot, ...]:
        rows = (
            self._source.connection()
            .execute(
                "SELECT vote_id, proposal_id, choice, reason, nonce FROM sealed_ballots"
                f" WHERE space_id = ? {more} ORDER BY rowid",
                args,
            )
            .fetchall()
        )
        out = []
        for row in rows:
            try:
                out.append(
                    _checked(SealedBallot(str(row[0]), str(row[1]), str(row[2]), str(row[3]), bytes(row[4])))
                )
            except ValidationError:
                continue  # damaged: as if never kept (the vote then stays unopened)
        return tuple(out)
