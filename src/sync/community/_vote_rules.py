"""The write rules of a new vote record: a reason only with "no", and sealed ballots (commit, then reveal).

A proposal whose author chose to hide its results until the deadline takes only sealed votes: a commitment
each (`signed.commitment_of`), no readable choice, so no member's copy holds one before the deadline. After the
deadline the voter's device reveals it. Each rule reads the vote's own history (`_ancestry`), never the
receiver's copy, so every peer reaches the same verdict:

- a reason is given only with "no", and a sealed vote holds only its commitment;
- a readable vote on a proposal whose sealed opening is in its history is refused;
- a reveal opens a sealed vote in its history, by the same member and device, for the same proposal; its
  choice, reason and nonce give that vote's commitment; it is dated after the proposal's deadline (one dated
  ahead of the receiver's clock waits for it, `_ahead`); and no reveal of the same sealed vote is in its
  history (a device's changes are each in its next one's history, so a second reveal always sees the first).

Which sealed votes count (receipts dated by the deadline, reveals receipted by another member within the reveal
window) is `votes.tally`'s judgement.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ._instants import parse_instant
from .model import Choice
from .signed import commitment_of

Path = tuple[str, ...]
Recorded = Callable[[tuple[str, str], tuple[bytes, ...]], dict[str, object] | None]
_VOTE_FIELDS = (
    "id",
    "proposal_id",
    "member_id",
    "device_id",
    "choice",
    "reason",
    "commitment",
    "reveals",
    "nonce",
    "cast_at",
)


class VoteRuleError(Exception):
    """A new vote breaks a write rule (the gate reports it like any other `RuleError`)."""


def check_votes(
    made: Iterable[Path], values: dict[Path, object], recorded: Recorded, deps: tuple[bytes, ...]
) -> None:
    """Raise `VoteRuleError` for a vote this change adds (*made*: the paths of the objects it made) that
    breaks a rule above."""
    for path in made:
        if len(path) == 2 and path[0] == "votes":
            vote = {name: values.get((*path, name)) for name in _VOTE_FIELDS}
            _check_vote(vote, recorded, deps)


def _check_vote(vote: dict[str, object], recorded: Recorded, deps: tuple[bytes, ...]) -> None:
    if vote["reason"] not in (None, "") and vote["choice"] != Choice.NO.value:
        raise VoteRuleError('a reason is given only with a vote against ("no")')
    if vote["commitment"] is not None:
        if vote["choice"] is not None or vote["reason"] not in (None, ""):
            raise VoteRuleError("a sealed vote holds only its commitment, never a readable choice")
        return
    if isinstance(vote["reveals"], str):
        _check_reveal(vote, recorded, deps)
        return
    if isinstance(vote["proposal_id"], str) and recorded(("sealed", vote["proposal_id"]), deps) is not None:
        raise VoteRuleError(
            f"proposal '{vote['proposal_id']}' hides its results until its deadline: it takes only sealed votes"
        )


def _check_reveal(reveal: dict[str, object], recorded: Recorded, deps: tuple[bytes, ...]) -> None:
    opened = str(reveal["reveals"])
    sealed = recorded(("sealed-vote", opened), deps)
    if sealed is None:
        raise VoteRuleError(f"reveals sealed vote '{opened}', which is not in what it builds on")
    if recorded(("reveal", opened), deps) is not None:
        raise VoteRuleError(f"sealed vote '{opened}' was revealed already: one reveal per sealed vote")
    same = ("proposal_id", "member_id", "device_id")
    if any(reveal[name] != sealed.get(name) for name in same):
        raise VoteRuleError(
            f"a reveal is written by the device that sealed vote '{opened}', for its proposal"
        )
    proposal = recorded(("sealed", str(sealed.get("proposal_id"))), deps)
    deadline = parse_instant(proposal.get("deadline")) if proposal is not None else None
    at = parse_instant(reveal["cast_at"])
    if deadline is None or at is None or at <= deadline:
        raise VoteRuleError("a sealed vote is revealed only after its proposal's deadline")
    if _commitment(opened, reveal) != sealed.get("commitment"):
        raise VoteRuleError(f"the reveal does not match what sealed vote '{opened}' committed to")


def _commitment(opened: str, reveal: dict[str, object]) -> str | None:
    fields = (reveal["proposal_id"], reveal["member_id"], reveal["reason"] or "", reveal["nonce"])
    if not all(isinstance(value, str) for value in fields) or reveal["choice"] not in {
        c.value for c in Choice
    }:
        return None
    proposal, member, reason, nonce = (str(value) for value in fields)
    return commitment_of(opened, proposal, member, Choice(reveal["choice"]), reason, nonce)


__all__ = ["VoteRuleError", "check_votes"]
