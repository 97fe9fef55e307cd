"""The wellbeing pulse: opening a round, answering it privately, posting the masked answers, rerunning a round
without those who did not post.

A person's answers and the round's private key stay in their encrypted store; the community document gets
only the public key and, once everyone's key is in, the masked post (docs/protocol.md, "Wellbeing pulse").
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from store import PulseAnswers, StoreError
from sync import pulse
from sync.community import PulseRound
from sync.community.pulse_rounds import Outcome, check_answers, mask_answers, opening_conflict, pulse_statuses
from sync.errors import SyncError

from ..protocol import AnswerPulse, MyPulseAnswers, OpenPulseRound, RerunPulseRound, SendPulseAnswers
from ..settled import WhenSettled
from . import handles
from .community import _require_admin, _require_member_record, _write, community_id

if TYPE_CHECKING:
    from ..core import Service

__all__ = ["PulsePoster"]

log = logging.getLogger(__name__)

MIN_OPEN = dt.timedelta(hours=1)
MAX_OPEN = dt.timedelta(days=60)


def _round(service: Service, space_id: bytes, round_id: str) -> PulseRound:
    doc = service.engine.document(space_id)
    record = doc.view().pulse_rounds.get(round_id) if doc is not None else None
    if record is None:
        raise LookupError("That pulse round is not in this community (yet).")
    return record


def _rounds(service: Service, space_id: bytes) -> dict[str, PulseRound]:
    doc = service.engine.document(space_id)
    return dict(doc.view().pulse_rounds) if doc is not None else {}


def _check_opening(service: Service, space_id: bytes, command: OpenPulseRound, now: dt.datetime) -> None:
    if not MIN_OPEN <= command.closes_at - now <= MAX_OPEN:
        raise ValueError("A pulse round stays open between an hour and sixty days.")
    doc = service.engine.document(space_id)
    members = doc.view().members if doc is not None else {}
    if any(m not in members for m in command.roster):
        raise LookupError("Someone on that list is not a member of this community.")
    if len(set(command.roster)) < pulse.MIN_PARTICIPANTS:
        raise ValueError(
            f"A pulse round needs at least {pulse.MIN_PARTICIPANTS} people, so no answer can be traced to one."
        )
    if opening_conflict(_rounds(service, space_id), command.instrument, command.roster, now):
        raise ValueError(
            "Another round asks the same questions of almost the same people: set side by side, the two results "
            "could single someone out. Change at least five people, or use the same group."
        )


@handles(OpenPulseRound)
def open_pulse_round(service: Service, command: OpenPulseRound) -> str:
    space_id = community_id(service, command.space)
    _require_admin(service, space_id)
    me = _require_member_record(service, space_id)
    now = service.engine.now()
    _check_opening(service, space_id, command, now)
    record = PulseRound(
        id=secrets.token_hex(8),
        roster=tuple(dict.fromkeys(command.roster)),
        opens_at=now,
        closes_at=command.closes_at,
        author=me,
        instrument=command.instrument,
    )
    _write(service, space_id, lambda d: d.add_pulse_round(record))
    return record.id


@handles(AnswerPulse)
def answer_pulse(service: Service, command: AnswerPulse) -> None:
    space_id = community_id(service, command.space)
    me = _require_member_record(service, space_id)
    record = _round(service, space_id, command.round)
    _require_open(service, space_id, record, me)
    if me in record.keys:
        raise ValueError("You already answered this round.")
    kept = service.session.pulse.load(space_id, record.id)
    if kept is None:
        answers = check_answers(record.instrument, command.answers)
        private_key = X25519PrivateKey.generate()
        service.session.pulse.save(
            space_id, PulseAnswers(record.id, private_key.private_bytes_raw(), answers)
        )
    else:  # an earlier try kept the answers but did not get to publish the key: publish that one
        private_key = X25519PrivateKey.from_private_bytes(kept.private_key)
    public = pulse.public_key_bytes(private_key).hex()
    _write(service, space_id, lambda d: d.add_pulse_key(record.id, me, public))
    record = _round(service, space_id, command.round)
    if all(m in record.keys for m in record.roster):
        _post(service, space_id, record, me)


@handles(SendPulseAnswers)
def send_pulse_answers(service: Service, command: SendPulseAnswers) -> None:
    space_id = community_id(service, command.space)
    me = _require_member_record(service, space_id)
    record = _round(service, space_id, command.round)
    _require_open(service, space_id, record, me)
    if me in record.submissions:
        raise ValueError("Your answers to this round are already in.")
    if not all(m in record.keys for m in record.roster):
        raise ValueError("Not everyone has joined this round yet: your answers go out once they have.")
    _post(service, space_id, record, me)


def _post(service: Service, space_id: bytes, record: PulseRound, me: str) -> None:
    mine = service.session.pulse.load(space_id, record.id)
    if mine is None:
        raise LookupError("Your answers to this round are not on this device.")
    private_key = X25519PrivateKey.from_private_bytes(mine.private_key)
    if pulse.public_key_bytes(private_key).hex() != record.keys.get(me):
        raise ValueError("The pulse key in the round is not the one this device keeps.")
    masked = mask_answers(record, me, private_key, mine.answers)
    _write(service, space_id, lambda d: d.add_pulse_post(record.id, me, masked))


def _require_open(service: Service, space_id: bytes, record: PulseRound, me: str) -> None:
    if me not in record.roster:
        raise PermissionError("You are not on this round's list of people taking part.")
    status = pulse_statuses(_rounds(service, space_id), service.engine.now())[record.id]
    if status.outcome not in (Outcome.JOINING, Outcome.POSTING):
        raise ValueError("This round is closed.")


@handles(RerunPulseRound)
def rerun_pulse_round(service: Service, command: RerunPulseRound) -> str:
    space_id = community_id(service, command.space)
    _require_admin(service, space_id)
    me = _require_member_record(service, space_id)
    record = _round(service, space_id, command.round)
    now = service.engine.now()
    outcome = pulse_statuses(_rounds(service, space_id), now)[record.id].outcome
    if outcome not in (Outcome.JOINING, Outcome.POSTING, Outcome.INCOMPLETE):
        raise ValueError("Only a round that not everyone finished is rerun.")
    keys_in = all(m in record.keys for m in record.roster)
    remaining = tuple(m for m in record.roster if m in (record.submissions if keys_in else record.keys))
    if len(remaining) < pulse.MIN_PARTICIPANTS:
        raise ValueError(
            f"Fewer than {pulse.MIN_PARTICIPANTS} people took part: the round cannot be rerun without "
            "singling someone out."
        )
    rerun = PulseRound(
        id=secrets.token_hex(8),
        roster=remaining,
        opens_at=now,
        closes_at=now + max(MIN_OPEN, record.closes_at - record.opens_at),
        author=me,
        instrument=record.instrument,
        rerun_of=record.id,
    )
    _write(service, space_id, lambda d: d.add_pulse_round(rerun))
    return rerun.id


@handles(MyPulseAnswers)
def my_pulse_answers(service: Service, command: MyPulseAnswers) -> tuple[int, ...]:
    space_id = community_id(service, command.space)
    mine = service.session.pulse.load(space_id, command.round)
    return () if mine is None else mine.answers


class PulsePoster(WhenSettled):
    """Sends my masked answers by itself once the last key of a round I answered arrives from a peer, so nobody
    has to come back to press a button; it looks a moment after a community's changes settle."""

    def __init__(self, service: Service) -> None:
        super().__init__()
        self._service = service

    def look(self, space_id: bytes) -> None:
        service = self._service
        try:
            me = service.engine.member_id(space_id)
            rounds = _rounds(service, space_id)
            for round_id, status in pulse_statuses(rounds, service.engine.now()).items():
                record = status.round
                waiting = (
                    status.outcome is Outcome.POSTING and me in record.keys and me not in record.submissions
                )
                if waiting and service.session.pulse.load(space_id, round_id) is not None:
                    _post(service, space_id, record, me)
        except (SyncError, StoreError, ValueError, LookupError, PermissionError) as exc:
            log.warning("could not send waiting pulse answers: %s", type(exc).__name__)
