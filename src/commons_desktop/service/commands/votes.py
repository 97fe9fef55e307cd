"""Votes: a plain vote (with a reason for "no"), a sealed vote on a proposal whose results stay hidden until its
deadline, and the reveal this device writes by itself once the deadline has passed.

A sealed vote's choice, reason and nonce are kept in this person's encrypted store *before* the commitment
is written, so what the device must reveal is never lost; the document holds only the commitment until the
deadline (`sync.community.sealed`). The reveals are written without a button: when a change settles, when
the service starts, and by a timer at the next deadline of a sealed vote of mine.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from typing import TYPE_CHECKING

from store import StoreError
from store.ballots import SealedBallot
from sync.community import Choice, Proposal, Vote
from sync.community.sealed import reveals_due
from sync.community.signed import commitment_of, proposal_terms
from sync.errors import SyncError

from ..protocol import CastVote
from ..settled import WhenSettled
from . import handles
from .community import _new_id, _now, _require_member_record, _write, community_id

if TYPE_CHECKING:
    import datetime as dt

    from sync.identity import Signer

    from ..core import Service

__all__ = ["RevealWriter", "cast_vote"]

log = logging.getLogger(__name__)


@handles(CastVote)
def cast_vote(service: Service, command: CastVote) -> Vote:
    space_id = community_id(service, command.space)
    me = _require_member_record(service, space_id)  # first: "Add your name…" says what to do
    proposal = _proposal(service, space_id, command.proposal)
    device = service.engine.me.signer.device_id.hex
    # The vote as read: a reason only with "no" (refused with why otherwise), and the reason as stored.
    readable = Vote(
        _new_id(), proposal.id, me, device, command.choice, _now(service),
        terms=proposal_terms(proposal), reason=command.reason,
    )  # fmt: skip
    vote = _sealed(service, space_id, readable) if proposal.sealed else readable
    signed = vote.signed_by(service.engine.me.signer)
    _write(service, space_id, lambda d: d.cast_vote(signed))
    return signed


def _sealed(service: Service, space_id: bytes, readable: Vote) -> Vote:
    """The sealed form of *readable*: its choice and reason kept in my store, only the commitment written."""
    assert readable.choice is not None
    nonce = secrets.token_bytes(32)
    ballot = SealedBallot(readable.id, readable.proposal_id, readable.choice.value, readable.reason, nonce)
    service.session.ballots.save(space_id, ballot)
    commitment = commitment_of(
        readable.id, readable.proposal_id, readable.member_id, readable.choice, readable.reason, nonce.hex()
    )
    return Vote(
        readable.id, readable.proposal_id, readable.member_id, readable.device_id, None, readable.cast_at,
        terms=readable.terms, commitment=commitment,
    )  # fmt: skip


def _proposal(service: Service, space_id: bytes, proposal_id: str) -> Proposal:
    doc = service.engine.document(space_id)
    proposal = doc.view().proposals.get(proposal_id) if doc is not None else None
    if proposal is None:
        raise LookupError("There is no such proposal in this community (yet).")
    return proposal


def my_sealed_choice(service: Service, space_id: bytes, vote: Vote) -> Choice | None:
    """What my sealed vote *vote* hides, from my store (None when this device kept nothing for it)."""
    for ballot in service.session.ballots.of_proposal(space_id, vote.proposal_id):
        if ballot.vote_id == vote.id:
            return Choice(ballot.choice)
    return None


class RevealWriter(WhenSettled):
    """Reveals my sealed votes once their proposal's deadline has passed: a moment after changes settle, on
    `look_everywhere` (the service starting) and when a timer set for the next deadline fires."""

    def __init__(self, service: Service) -> None:
        super().__init__()
        self._service = service
        self._timers: dict[bytes, asyncio.TimerHandle] = {}

    def look_everywhere(self) -> None:
        for space_id in self._service.engine.space_ids():
            self.look(space_id)

    def look(self, space_id: bytes) -> int:
        """Write the reveals due in *space_id* now; how many. Then set the timer for the next deadline."""
        try:
            written = self._reveal(space_id)
            self._plan(space_id)
            return written
        except (SyncError, StoreError, ValueError, LookupError, PermissionError) as exc:
            log.warning("could not reveal sealed votes: %s", type(exc).__name__)
            return 0

    def forget(self, space_id: bytes) -> None:
        super().forget(space_id)
        timer = self._timers.pop(space_id, None)
        if timer is not None:
            timer.cancel()

    def stop(self) -> None:
        super().stop()
        for space_id in list(self._timers):
            self.forget(space_id)

    def _reveal(self, space_id: bytes) -> int:
        service = self._service
        doc, space = service.engine.document(space_id), service.engine.space(space_id)
        if doc is None or space is None or not space.is_member:
            return 0
        signer, now = service.engine.me.signer, service.engine.now()
        due = reveals_due(doc.view(), service.engine.member_id(space_id), signer.device_id.hex, now)
        kept = {b.vote_id: b for b in service.session.ballots.of_space(space_id)} if due else {}
        reveals = [_reveal(v, kept[v.id], now, signer) for v in due if v.id in kept]
        for reveal in reveals:
            _write(service, space_id, lambda d, r=reveal: d.cast_vote(r))  # type: ignore[misc]
        return len(reveals)

    def _plan(self, space_id: bytes) -> None:
        """A timer for just after the next deadline of a proposal on which I hold a sealed ballot."""
        timer = self._timers.pop(space_id, None)
        if timer is not None:
            timer.cancel()
        service = self._service
        doc = service.engine.document(space_id)
        if doc is None:
            return
        proposals = doc.view().proposals
        mine = {b.proposal_id for b in service.session.ballots.of_space(space_id)}
        now = service.engine.now()
        upcoming = [p.deadline for pid in mine if (p := proposals.get(pid)) is not None and p.deadline >= now]
        if not upcoming:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop (a test driving the service by hand): the caller looks again
        delay = _seconds(min(upcoming), now) + 0.5
        self._timers[space_id] = loop.call_later(delay, self.look, space_id)


def _reveal(vote: Vote, ballot: SealedBallot, now: dt.datetime, signer: Signer) -> Vote:
    """The reveal of my sealed vote *vote* from what my store kept of it, written at *now*."""
    return Vote(
        _new_id(), vote.proposal_id, vote.member_id, vote.device_id, Choice(ballot.choice), now,
        reason=ballot.reason, reveals=vote.id, nonce=ballot.nonce.hex(),
    ).signed_by(signer)  # fmt: skip


def _seconds(later: dt.datetime, now: dt.datetime) -> float:
    return max(0.0, (later - now).total_seconds())
