"""Wellbeing pulse: the sum is recovered exactly, single posts reveal nothing, and bad input is refused."""

from __future__ import annotations

import bisect
import hashlib
import math
from collections.abc import Sequence

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from sync import pulse
from sync.pulse import (
    MODULUS,
    Aggregator,
    Participant,
    Post,
    Round,
    aggregate,
    mask_scores,
    next_round,
    pairwise_mask,
    public_key_bytes,
)


def key_for(name: str) -> X25519PrivateKey:
    """Deterministic keys, so the statistical tests always see the same data."""
    return X25519PrivateKey.from_private_bytes(hashlib.sha256(b"pulse-test/" + name.encode()).digest())


def make_round(
    names: Sequence[str], round_id: bytes = b"round-1", questions: int = 1
) -> tuple[Round, dict[str, X25519PrivateKey]]:
    keys = {name: key_for(name) for name in names}
    roster = [Participant(name, public_key_bytes(key)) for name, key in keys.items()]
    return Round.create(round_id, roster, questions), keys


def names(n: int) -> list[str]:
    return [f"device-{i:04d}" for i in range(n)]


def run(pulse_round: Round, keys: dict[str, X25519PrivateKey], scores: dict[str, int]) -> list[Post]:
    return [mask_scores(pulse_round, pid, keys[pid], scores[pid]) for pid in pulse_round.ids]


# --- correctness ---------------------------------------------------------------------------------------


@given(
    st.integers(min_value=5, max_value=20).flatmap(
        lambda n: st.tuples(
            st.lists(
                st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=12),
                min_size=n,
                max_size=n,
                unique=True,
            ),
            st.lists(st.integers(min_value=0, max_value=10), min_size=n, max_size=n),
        )
    ),
    st.binary(min_size=1, max_size=64),
)
def test_sum_is_recovered_exactly(roster_and_scores: tuple[list[str], list[int]], round_id: bytes) -> None:
    ids, score_list = roster_and_scores
    pulse_round, keys = make_round(ids, round_id)
    scores = dict(zip(ids, score_list, strict=True))
    posts = run(pulse_round, keys, scores)
    result = aggregate(pulse_round, reversed(posts))  # order of arrival does not matter
    assert result.count == len(ids)
    assert result.sums == (sum(score_list),)
    assert result.means() == (sum(score_list) / len(ids),)


def test_several_questions() -> None:
    pulse_round, keys = make_round(names(6), questions=3)
    answers = {pid: (i % 11, 10 - i, 5) for i, pid in enumerate(pulse_round.ids)}
    posts = [mask_scores(pulse_round, pid, keys[pid], answers[pid]) for pid in pulse_round.ids]
    result = aggregate(pulse_round, posts)
    assert result.sums == tuple(sum(a[q] for a in answers.values()) for q in range(3))


def test_roster_is_put_in_canonical_order() -> None:
    pulse_round, _ = make_round(["e", "b", "d", "a", "c"])
    assert pulse_round.ids == ("a", "b", "c", "d", "e")


def test_masks_agree_on_both_sides_and_differ_between_rounds() -> None:
    ids = names(5)
    first, keys = make_round(ids, b"round-1")
    second, _ = make_round(ids, b"round-2")
    a, b = ids[0], ids[1]
    assert pairwise_mask(first, a, keys[a], b) == pairwise_mask(first, b, keys[b], a)
    assert pairwise_mask(first, a, keys[a], b) != pairwise_mask(second, a, keys[a], b)
    assert pairwise_mask(first, a, keys[a], b) != pairwise_mask(first, a, keys[a], ids[2])
    # same score, different rounds: different posts
    assert mask_scores(first, a, keys[a], 7).values != mask_scores(second, a, keys[a], 7).values


# --- privacy -------------------------------------------------------------------------------------------

ROUNDS = 200


def posted_values(score: int, label: bytes) -> list[int]:
    """The values posted by one fixed participant with a fixed score over ROUNDS rounds."""
    ids = names(5)
    keys = {pid: key_for(pid) for pid in ids}
    roster = [Participant(pid, public_key_bytes(k)) for pid, k in keys.items()]
    me = ids[2]  # a middle participant: both added and subtracted masks
    values = []
    for r in range(ROUNDS):
        pulse_round = Round.create(label + r.to_bytes(4, "big"), roster)
        values.append(mask_scores(pulse_round, me, keys[me], score).values[0])
    return values


def ks_uniform(values: Sequence[int]) -> float:
    xs = sorted(v / MODULUS for v in values)
    n = len(xs)
    return max(max((i + 1) / n - x, x - i / n) for i, x in enumerate(xs))


def ks_two_sample(a: Sequence[int], b: Sequence[int]) -> float:
    points = sorted(set(a) | set(b))
    sa, sb = sorted(a), sorted(b)

    return max(
        abs(bisect.bisect_right(sa, p) / len(sa) - bisect.bisect_right(sb, p) / len(sb)) for p in points
    )


def test_a_single_post_is_spread_over_the_modulus() -> None:
    values = posted_values(3, b"privacy-a/")
    assert len(set(values)) == ROUNDS
    # KS against uniform on [0, 2^64): critical value at alpha = 0.001 is 1.95 / sqrt(n) ≈ 0.138
    assert ks_uniform(values) < 1.95 / math.sqrt(ROUNDS)
    # each of the low 8 bits is set about half the time (binomial sd ≈ 7; allow > 5 sd)
    for bit in range(8):
        ones = sum((v >> bit) & 1 for v in values)
        assert abs(ones - ROUNDS / 2) < 40, (bit, ones)
    # low nibble: chi-square over 16 bins, df = 15; 45 is far beyond p = 0.0001
    counts = [0] * 16
    for v in values:
        counts[v & 0xF] += 1
    expected = ROUNDS / 16
    assert sum((c - expected) ** 2 / expected for c in counts) < 45


def test_two_scores_give_indistinguishable_posts() -> None:
    low = posted_values(0, b"privacy-low/")
    high = posted_values(10, b"privacy-high/")
    # two-sample KS, n = m = 200: critical value at alpha = 0.001 is 1.95 * sqrt(2/200) ≈ 0.195
    assert ks_two_sample(low, high) < 1.95 * math.sqrt(2 / ROUNDS)
    assert not set(low) & set(high)
    # the mean of low bits does not follow the score
    assert abs(sum(v & 0xFF for v in low) / ROUNDS - sum(v & 0xFF for v in high) / ROUNDS) < 30


# --- thresholds, dropout, tampering ---------------------------------------------------------------------


def test_pulse_errors_are_sync_errors() -> None:
    from sync.errors import SyncError

    assert issubclass(pulse.PulseError, SyncError)
    assert issubclass(pulse.IncompleteRoundError, pulse.PulseError)


def test_fewer_than_five_is_refused() -> None:
    with pytest.raises(pulse.TooFewParticipantsError):
        make_round(names(4))
    with pytest.raises(pulse.TooFewParticipantsError):
        pulse.PulseResult(b"r", 4, (20,)).means()


def test_more_than_a_thousand_is_refused() -> None:
    roster = [Participant(f"d{i:05d}", i.to_bytes(32, "big")) for i in range(1001)]
    with pytest.raises(pulse.RosterTooLargeError):
        Round.create(b"r", roster)
    assert isinstance(pulse.RosterTooLargeError("x"), pulse.RosterSizeError)


def test_missing_participant_cannot_aggregate_and_rerun_works() -> None:
    ids = names(7)
    pulse_round, keys = make_round(ids)
    scores = {pid: i for i, pid in enumerate(ids)}
    posts = [p for p in run(pulse_round, keys, scores) if p.participant_id != ids[3]]
    aggregator = Aggregator(pulse_round)
    for post in posts:
        aggregator.add(post)
    assert aggregator.missing == (ids[3],)
    with pytest.raises(pulse.IncompleteRoundError) as info:
        aggregator.result()
    assert info.value.missing == (ids[3],)

    rerun = next_round(pulse_round, aggregator.posted)
    assert rerun.round_id != pulse_round.round_id
    assert ids[3] not in rerun.ids
    assert len(rerun.ids) == 6
    result = aggregate(rerun, run(rerun, keys, scores))
    assert result.sums == (sum(scores.values()) - scores[ids[3]],)
    # old posts are not accepted in the new round
    with pytest.raises(pulse.WrongRoundError):
        Aggregator(rerun).add(posts[0])


def test_rerun_below_five_is_refused() -> None:
    pulse_round, _ = make_round(names(5))
    with pytest.raises(pulse.TooFewParticipantsError):
        next_round(pulse_round, names(5)[:4])
    with pytest.raises(pulse.InvalidRoundError):
        next_round(pulse_round, names(5), round_id=pulse_round.round_id)
    with pytest.raises(pulse.UnknownParticipantError):
        next_round(pulse_round, ["stranger"])


def test_tampering_changes_the_sum() -> None:
    """Integrity is the envelope layer's job: a tampered post is not detected here, but the sum is not right."""
    ids = names(6)
    pulse_round, keys = make_round(ids)
    scores = {pid: 5 for pid in ids}
    posts = run(pulse_round, keys, scores)
    honest = aggregate(pulse_round, posts).sums
    bad = posts[1]
    posts[1] = Post(bad.round_id, bad.participant_id, ((bad.values[0] + 1) % MODULUS,))
    assert aggregate(pulse_round, posts).sums != honest
    posts[1] = Post(bad.round_id, bad.participant_id, ((bad.values[0] + 2**40) % MODULUS,))
    with pytest.raises(pulse.ValueOutOfRangeError):  # grossly impossible sums are refused
        aggregate(pulse_round, posts)


# --- validation -----------------------------------------------------------------------------------------


def test_duplicate_ids_and_keys_are_refused() -> None:
    keys = [key_for(n) for n in names(5)]
    roster = [Participant(n, public_key_bytes(k)) for n, k in zip(names(5), keys, strict=True)]
    with pytest.raises(pulse.DuplicateParticipantError):
        Round.create(b"r", [*roster, Participant(roster[0].id, public_key_bytes(key_for("other")))])
    with pytest.raises(pulse.DuplicateKeyError):
        Round.create(b"r", [*roster, Participant("other", roster[0].public_key)])


@pytest.mark.parametrize(
    ("participant_id", "key"),
    [("", bytes(32)), ("x" * 256, bytes(32)), ("ok", bytes(31)), (3, bytes(32))],
)
def test_bad_participants_are_refused(participant_id: object, key: bytes) -> None:
    with pytest.raises(pulse.InvalidParticipantError):
        Participant(participant_id, key)  # type: ignore[arg-type]


@pytest.mark.parametrize(("round_id", "questions"), [(b"", 1), (b"x" * 65, 1), (b"r", 0), (b"r", 17)])
def test_bad_rounds_are_refused(round_id: bytes, questions: int) -> None:
    with pytest.raises(pulse.InvalidRoundError):
        make_round(names(5), round_id, questions)


def test_unknown_and_double_posters_are_refused() -> None:
    pulse_round, keys = make_round(names(5))
    posts = run(pulse_round, keys, dict.fromkeys(names(5), 1))
    aggregator = Aggregator(pulse_round)
    aggregator.add(posts[0])
    with pytest.raises(pulse.DuplicatePostError):
        aggregator.add(posts[0])
    with pytest.raises(pulse.UnknownParticipantError):
        aggregator.add(Post(pulse_round.round_id, "stranger", (1,)))
    with pytest.raises(pulse.UnknownParticipantError):
        mask_scores(pulse_round, "stranger", key_for("stranger"), 1)


@pytest.mark.parametrize("values", [(MODULUS,), (-1,), (1, 2), (), (True,)])
def test_values_outside_the_modulus_are_refused(values: tuple[int, ...]) -> None:
    pulse_round, _ = make_round(names(5))
    with pytest.raises(pulse.ValueOutOfRangeError):
        Aggregator(pulse_round).add(Post(pulse_round.round_id, names(5)[0], values))


@pytest.mark.parametrize("scores", [-1, 11, (1, 2), True, 2.5])
def test_scores_out_of_range_are_refused(scores: object) -> None:
    pulse_round, keys = make_round(names(5))
    me = names(5)[0]
    with pytest.raises(pulse.ScoreOutOfRangeError):
        mask_scores(pulse_round, me, keys[me], scores)  # type: ignore[arg-type]


def test_wrong_private_key_is_refused() -> None:
    pulse_round, keys = make_round(names(5))
    me, other = names(5)[0], names(5)[1]
    with pytest.raises(pulse.KeyMismatchError):
        mask_scores(pulse_round, me, keys[other], 3)
    with pytest.raises(pulse.KeyMismatchError):
        pairwise_mask(pulse_round, me, keys[other], other)


def test_low_order_public_key_is_refused() -> None:
    ids = names(5)
    keys = {pid: key_for(pid) for pid in ids}
    roster = [Participant(pid, public_key_bytes(keys[pid])) for pid in ids[:4]]
    roster.append(Participant(ids[4], bytes(32)))  # the all-zero point: shared secret would be zero
    pulse_round = Round.create(b"r", roster)
    with pytest.raises(pulse.InvalidParticipantError):
        mask_scores(pulse_round, ids[0], keys[ids[0]], 3)


# --- wire form ------------------------------------------------------------------------------------------


def test_post_round_trips_and_bad_bytes_are_refused() -> None:
    pulse_round, keys = make_round(names(5), questions=2)
    post = mask_scores(pulse_round, names(5)[0], keys[names(5)[0]], (3, 4))
    data = pulse.encode_post(post)
    assert pulse.decode_post(data) == post
    assert len(data) == 2 + len(b"round-1") + 1 + len(b"device-0000") + 1 + 16
    for broken in (data[:-1], data + b"\0", b"\x02" + data[1:], b"", data[:5], b"\x01\x00" + data[2:]):
        with pytest.raises(pulse.MalformedPostError):
            pulse.decode_post(broken)


def test_mask_follows_the_documented_derivation() -> None:
    """docs/protocol.md, "Wellbeing pulse": HKDF-SHA256 over the X25519 secret with length-prefixed info."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    pulse_round, keys = make_round(["b", "a", "c", "d", "é"], b"rid", questions=2)
    shared = keys["é"].exchange(X25519PublicKey.from_public_bytes(pulse_round.participant("a").public_key))
    info = b"commons/pulse/v1/mask" + b"\x00\x03rid" + b"\x00\x01a" + b"\x00\x02" + "é".encode()
    okm = HKDF(algorithm=hashes.SHA256(), length=16, salt=bytes(32), info=info).derive(shared)
    expected = (int.from_bytes(okm[:8], "big"), int.from_bytes(okm[8:], "big"))
    assert pairwise_mask(pulse_round, "é", keys["é"], "a") == expected
    post = pulse.encode_post(Post(b"rid", "a", (1, 2**64 - 1)))
    assert post == b"\x01\x03rid\x01a\x02" + (1).to_bytes(8, "big") + (2**64 - 1).to_bytes(8, "big")
