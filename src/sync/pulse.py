"""Wellbeing pulse: secure aggregation of scores so that only the sum and the count are ever revealed.

Secure aggregation in the style of Bonawitz et al. (2017), simplified: there is no secret sharing, so a
participant who does not post makes the round unrecoverable and the round is rerun without them
(:func:`next_round`). A partial sum is never unmasked.

Each round has an id and a fixed roster of participants, each with an X25519 public key known to all. For every
pair ``a < b`` (canonical order: ids sorted by their UTF-8 bytes) both sides derive the same mask ``m_ab`` from
their X25519 shared secret with HKDF-SHA256, bound to the round id and both ids. Participant ``i`` posts, per
question, ``y_i = x_i + Σ_{j>i} m_ij − Σ_{j<i} m_ji  (mod 2^64)``. The sum of all posts is the sum of the scores.

Integrity is not this module's job: a tampered post gives a wrong sum that nothing here can detect. In the app,
keys and posts travel as signed changes of the community document (`sync.community.pulse_rounds`), whose write
rules let each member write only their own key and post, once.
The wire format is specified in docs/protocol.md ("Wellbeing pulse").
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from .errors import SyncError

MODULUS = 2**64
MIN_PARTICIPANTS = 5
MAX_PARTICIPANTS = 1000
MIN_SCORE = 0
MAX_SCORE = 10
MAX_QUESTIONS = 16
MAX_ROUND_ID_BYTES = 64
MAX_PARTICIPANT_ID_BYTES = 255
PUBLIC_KEY_BYTES = 32
WIRE_VERSION = 1
MASK_INFO_LABEL = b"commons/pulse/v1/mask"


class PulseError(SyncError):
    """Base class for every error of the wellbeing pulse."""


class RosterSizeError(PulseError):
    """A roster has fewer than MIN_PARTICIPANTS or more than MAX_PARTICIPANTS people."""


class TooFewParticipantsError(RosterSizeError):
    """Fewer than MIN_PARTICIPANTS took part: the pulse must not be shown (nor a round run)."""


class RosterTooLargeError(RosterSizeError):
    """More than MAX_PARTICIPANTS on a roster."""


class DuplicateParticipantError(PulseError):
    """The same participant id appears twice on a roster."""


class DuplicateKeyError(PulseError):
    """Two participants on a roster share one X25519 public key."""


class InvalidRoundError(PulseError):
    """A round id or the number of questions is not acceptable."""


class InvalidParticipantError(PulseError):
    """A participant id or public key is malformed, or a key agreement with it failed."""


class KeyMismatchError(PulseError):
    """The private key given does not belong to the roster entry it is used for."""


class UnknownParticipantError(PulseError):
    """A post (or a mask request) names someone who is not on the round's roster."""


class DuplicatePostError(PulseError):
    """A participant posted twice in one round."""


class WrongRoundError(PulseError):
    """A post belongs to another round."""


class ValueOutOfRangeError(PulseError):
    """A posted value is outside [0, MODULUS) or a post has the wrong number of values."""


class ScoreOutOfRangeError(PulseError):
    """A score is not an integer in [MIN_SCORE, MAX_SCORE], or there is the wrong number of scores."""


class IncompleteRoundError(PulseError):
    """Someone on the roster did not post: the sum cannot be unmasked. Rerun with :func:`next_round`."""

    def __init__(self, missing: Sequence[str]) -> None:
        self.missing: tuple[str, ...] = tuple(missing)
        super().__init__(
            f"{len(self.missing)} participant(s) did not post; the round must be rerun without them"
        )


class MalformedPostError(PulseError):
    """Bytes received are not a valid encoded post."""


def _id_bytes(participant_id: str) -> bytes:
    return participant_id.encode("utf-8")


def _check_participant_id(participant_id: object) -> str:
    if not isinstance(participant_id, str):
        raise InvalidParticipantError("participant id must be a string")
    try:
        raw = _id_bytes(participant_id)
    except UnicodeEncodeError as exc:
        raise InvalidParticipantError("participant id is not valid Unicode") from exc
    if not 1 <= len(raw) <= MAX_PARTICIPANT_ID_BYTES:
        raise InvalidParticipantError(
            f"participant id must be 1..{MAX_PARTICIPANT_ID_BYTES} UTF-8 bytes, got {len(raw)}"
        )
    return participant_id


def _check_round_id(round_id: object) -> bytes:
    if not isinstance(round_id, bytes):
        raise InvalidRoundError("round id must be bytes")
    if not 1 <= len(round_id) <= MAX_ROUND_ID_BYTES:
        raise InvalidRoundError(f"round id must be 1..{MAX_ROUND_ID_BYTES} bytes, got {len(round_id)}")
    return round_id


def _check_questions(questions: object) -> int:
    if isinstance(questions, bool) or not isinstance(questions, int):
        raise InvalidRoundError("the number of questions must be an integer")
    if not 1 <= questions <= MAX_QUESTIONS:
        raise InvalidRoundError(f"the number of questions must be 1..{MAX_QUESTIONS}, got {questions}")
    return questions


@dataclass(frozen=True)
class Participant:
    """One roster entry: a participant id (a device id) and its raw 32-byte X25519 public key."""

    id: str
    public_key: bytes

    def __post_init__(self) -> None:
        _check_participant_id(self.id)
        if not isinstance(self.public_key, bytes) or len(self.public_key) != PUBLIC_KEY_BYTES:
            raise InvalidParticipantError(f"{self.id}: public key must be {PUBLIC_KEY_BYTES} raw bytes")


def public_key_bytes(private_key: X25519PrivateKey) -> bytes:
    """The raw 32-byte public key that goes on a roster for *private_key*."""
    return private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True)
class Round:
    """A pulse round: its id, its roster in canonical order and how many questions each person answers.

    Build it with :meth:`create`, which validates everything.
    """

    round_id: bytes
    roster: tuple[Participant, ...]
    questions: int = 1
    _index: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _check_round_id(self.round_id)
        _check_questions(self.questions)
        n = len(self.roster)
        if n < MIN_PARTICIPANTS:
            raise TooFewParticipantsError(f"a round needs at least {MIN_PARTICIPANTS} participants, got {n}")
        if n > MAX_PARTICIPANTS:
            raise RosterTooLargeError(f"a round allows at most {MAX_PARTICIPANTS} participants, got {n}")
        keys: set[bytes] = set()
        for position, participant in enumerate(self.roster):
            if not isinstance(participant, Participant):
                raise InvalidParticipantError("roster entries must be Participant")
            if participant.id in self._index:
                raise DuplicateParticipantError(f"{participant.id} appears twice on the roster")
            if participant.public_key in keys:
                raise DuplicateKeyError(f"{participant.id} shares a public key with another participant")
            self._index[participant.id] = position
            keys.add(participant.public_key)
        ids = [_id_bytes(p.id) for p in self.roster]
        if ids != sorted(ids):
            raise InvalidRoundError("roster is not in canonical order (use Round.create)")

    @classmethod
    def create(cls, round_id: bytes, participants: Iterable[Participant], questions: int = 1) -> Round:
        """A validated round; the roster is put in canonical order (ids sorted by UTF-8 bytes)."""
        entries = list(participants)
        for entry in entries:
            if not isinstance(entry, Participant):
                raise InvalidParticipantError("roster entries must be Participant")
        entries.sort(key=lambda p: _id_bytes(p.id))
        return cls(round_id, tuple(entries), questions)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.roster)

    def position(self, participant_id: str) -> int:
        try:
            return self._index[participant_id]
        except KeyError:
            raise UnknownParticipantError(f"{participant_id!r} is not on the roster") from None

    def participant(self, participant_id: str) -> Participant:
        return self.roster[self.position(participant_id)]


@dataclass(frozen=True)
class Post:
    """What one participant publishes in a round: its masked values, one per question."""

    round_id: bytes
    participant_id: str
    values: tuple[int, ...]


def new_round_id() -> bytes:
    """A fresh random 16-byte round id."""
    return os.urandom(16)


def _mask_info(round_id: bytes, low_id: str, high_id: str) -> bytes:
    parts = [MASK_INFO_LABEL]
    for item in (round_id, _id_bytes(low_id), _id_bytes(high_id)):
        parts.append(struct.pack(">H", len(item)))
        parts.append(item)
    return b"".join(parts)


def pairwise_mask(
    pulse_round: Round, own_id: str, private_key: X25519PrivateKey, peer_id: str
) -> tuple[int, ...]:
    """The mask ``m_ab`` (one uint64 per question) that *own_id* shares with *peer_id* in this round.

    Both sides derive the same value; it depends on the round id, so masks never repeat across rounds.
    """
    own = pulse_round.participant(own_id)
    peer = pulse_round.participant(peer_id)
    if own.id == peer.id:
        raise InvalidParticipantError("a participant has no mask with itself")
    if public_key_bytes(private_key) != own.public_key:
        raise KeyMismatchError(f"the private key does not match {own_id}'s public key on the roster")
    return _mask(pulse_round, own, private_key, peer)


def _mask(
    pulse_round: Round, own: Participant, private_key: X25519PrivateKey, peer: Participant
) -> tuple[int, ...]:
    try:
        shared = private_key.exchange(X25519PublicKey.from_public_bytes(peer.public_key))
    except ValueError as exc:  # low-order point: all-zero shared secret
        raise InvalidParticipantError(f"{peer.id}: key agreement failed (invalid public key)") from exc
    low, high = sorted((own.id, peer.id), key=_id_bytes)
    okm = HKDF(
        algorithm=hashes.SHA256(),
        length=8 * pulse_round.questions,
        salt=None,
        info=_mask_info(pulse_round.round_id, low, high),
    ).derive(shared)
    return struct.unpack(f">{pulse_round.questions}Q", okm)


def check_scores(pulse_round: Round, scores: Sequence[int]) -> tuple[int, ...]:
    if not isinstance(scores, Sequence) or isinstance(scores, str | bytes):
        raise ScoreOutOfRangeError("scores must be a sequence of integers")
    if len(scores) != pulse_round.questions:
        raise ScoreOutOfRangeError(f"expected {pulse_round.questions} score(s), got {len(scores)}")
    for score in scores:
        if isinstance(score, bool) or not isinstance(score, int):
            raise ScoreOutOfRangeError("scores must be integers")
        if not MIN_SCORE <= score <= MAX_SCORE:
            raise ScoreOutOfRangeError(f"score {score} is outside {MIN_SCORE}..{MAX_SCORE}")
    return tuple(scores)


def mask_scores(
    pulse_round: Round, own_id: str, private_key: X25519PrivateKey, scores: Sequence[int] | int
) -> Post:
    """The post for *own_id*: its scores (one per question; an int for a one-question round) plus masks."""
    values = list(check_scores(pulse_round, scores if isinstance(scores, Sequence) else (scores,)))
    position = pulse_round.position(own_id)
    if public_key_bytes(private_key) != pulse_round.roster[position].public_key:
        raise KeyMismatchError(f"the private key does not match {own_id}'s public key on the roster")
    own = pulse_round.roster[position]
    for peer_position, peer in enumerate(pulse_round.roster):
        if peer_position == position:
            continue
        mask = _mask(pulse_round, own, private_key, peer)
        sign = 1 if peer_position > position else -1
        values = [(v + sign * m) % MODULUS for v, m in zip(values, mask, strict=True)]
    return Post(pulse_round.round_id, own_id, tuple(values))


@dataclass(frozen=True)
class PulseResult:
    """The only things a round reveals: how many took part and the sum of their scores per question."""

    round_id: bytes
    count: int
    sums: tuple[int, ...]

    def means(self) -> tuple[float, ...]:
        """Mean score per question; refused when fewer than MIN_PARTICIPANTS took part."""
        if self.count < MIN_PARTICIPANTS:
            raise TooFewParticipantsError(
                f"the pulse is shown only when at least {MIN_PARTICIPANTS} took part ({self.count} did)"
            )
        return tuple(s / self.count for s in self.sums)


class Aggregator:
    """Collects the posts of one round, validating each, and unmasks the sum once everyone has posted."""

    def __init__(self, pulse_round: Round) -> None:
        self.round = pulse_round
        self._posts: dict[str, tuple[int, ...]] = {}

    def add(self, post: Post) -> None:
        if not isinstance(post, Post):
            raise MalformedPostError("not a Post")
        if post.round_id != self.round.round_id:
            raise WrongRoundError("the post belongs to another round")
        self.round.position(post.participant_id)  # raises UnknownParticipantError
        if post.participant_id in self._posts:
            raise DuplicatePostError(f"{post.participant_id} already posted in this round")
        if len(post.values) != self.round.questions:
            raise ValueOutOfRangeError(f"expected {self.round.questions} value(s), got {len(post.values)}")
        for value in post.values:
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < MODULUS:
                raise ValueOutOfRangeError("a posted value is outside [0, 2^64)")
        self._posts[post.participant_id] = post.values

    @property
    def posted(self) -> tuple[str, ...]:
        return tuple(pid for pid in self.round.ids if pid in self._posts)

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(pid for pid in self.round.ids if pid not in self._posts)

    def result(self) -> PulseResult:
        """The sum and count; raises IncompleteRoundError if anyone is missing (never a partial unmask)."""
        if self.missing:
            raise IncompleteRoundError(self.missing)
        sums = [0] * self.round.questions
        for values in self._posts.values():
            sums = [(s + v) % MODULUS for s, v in zip(sums, values, strict=True)]
        count = len(self._posts)
        if any(s > MAX_SCORE * count for s in sums):
            # Not a possible sum of valid scores: a post was tampered with or built with the wrong keys.
            # This catches only gross damage; integrity is the envelope layer's job.
            raise ValueOutOfRangeError("the unmasked sum is not a possible sum of scores")
        return PulseResult(self.round.round_id, count, tuple(sums))


def aggregate(pulse_round: Round, posts: Iterable[Post]) -> PulseResult:
    """Validate *posts* for *pulse_round* and return the unmasked sum."""
    aggregator = Aggregator(pulse_round)
    for post in posts:
        aggregator.add(post)
    return aggregator.result()


def next_round(pulse_round: Round, posted_ids: Iterable[str], round_id: bytes | None = None) -> Round:
    """The rerun of an incomplete round: a new round id and the roster without those who did not post.

    Raises TooFewParticipantsError when fewer than MIN_PARTICIPANTS remain.
    """
    posted = set(posted_ids)
    for pid in posted:
        pulse_round.position(pid)  # every id must be on the old roster
    new_id = new_round_id() if round_id is None else round_id
    if new_id == pulse_round.round_id:
        raise InvalidRoundError("a rerun needs a new round id")
    return Round(new_id, tuple(p for p in pulse_round.roster if p.id in posted), pulse_round.questions)


def encode_post(post: Post) -> bytes:
    """Wire form of a post (see docs/protocol.md)."""
    round_id = _check_round_id(post.round_id)
    pid = _id_bytes(_check_participant_id(post.participant_id))
    _check_questions(len(post.values))
    for value in post.values:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < MODULUS:
            raise ValueOutOfRangeError("a posted value is outside [0, 2^64)")
    return b"".join(
        [
            struct.pack(">BB", WIRE_VERSION, len(round_id)),
            round_id,
            struct.pack(">B", len(pid)),
            pid,
            struct.pack(f">B{len(post.values)}Q", len(post.values), *post.values),
        ]
    )


def decode_post(data: bytes) -> Post:
    """Parse a post's wire form, refusing anything malformed, truncated or with trailing bytes."""
    try:
        version, round_len = struct.unpack_from(">BB", data, 0)
        if version != WIRE_VERSION:
            raise MalformedPostError(f"unknown pulse post version {version}")
        offset = 2
        round_id = _check_round_id(bytes(data[offset : offset + round_len]))
        if len(round_id) != round_len:
            raise MalformedPostError("truncated round id")
        offset += round_len
        (id_len,) = struct.unpack_from(">B", data, offset)
        offset += 1
        raw_id = bytes(data[offset : offset + id_len])
        if len(raw_id) != id_len:
            raise MalformedPostError("truncated participant id")
        offset += id_len
        participant_id = _check_participant_id(raw_id.decode("utf-8"))
        (count,) = struct.unpack_from(">B", data, offset)
        offset += 1
        _check_questions(count)
        if len(data) != offset + 8 * count:
            raise MalformedPostError("wrong length for the values")
        values = struct.unpack_from(f">{count}Q", data, offset)
    except (struct.error, UnicodeDecodeError, InvalidRoundError, InvalidParticipantError) as exc:
        raise MalformedPostError(str(exc)) from exc
    return Post(round_id, participant_id, tuple(values))
