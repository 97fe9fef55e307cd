"""Envelopes: round trips, every rejection, tampering, epoch rotation, replay windows and a bounded fuzz."""

from __future__ import annotations

import hmac
import itertools
import os
import random
import struct

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from hypothesis import given
from hypothesis import strategies as st

from sync.envelope import (
    BUCKETS,
    MAX_ENVELOPE,
    OVERHEAD,
    BadSignature,
    DecryptionFailed,
    EnvelopeError,
    EnvelopeTooLarge,
    InMemoryKeyring,
    Keyring,
    MalformedEnvelope,
    RemovedSender,
    Replayed,
    ReplayWindow,
    UnknownSender,
    UnknownSpace,
    WrongEpoch,
    bucket_for,
    derive_keys,
    max_payload_within,
    open_envelope,
    seal,
    space_tag_for,
)
from sync.errors import SyncError
from sync.identity import DeviceId, DeviceSigner

ALICE = DeviceSigner.generate()
BOB = DeviceSigner.generate()
KEY_1 = bytes(range(32))
KEY_2 = bytes(range(1, 33))


def _keyring(*members: DeviceSigner, epoch: int = 1, key: bytes = KEY_1) -> InMemoryKeyring:
    keyring = InMemoryKeyring()
    for member in members:
        keyring.add_device(member.public_key)
    keyring.add_epoch(epoch, key, [m.device_id for m in members])
    return keyring


def _seal(
    payload: bytes = b"hello", *, sequence: int = 0, signer: DeviceSigner = ALICE, **kw: object
) -> bytes:
    args: dict[str, object] = {"epoch_key": KEY_1, "epoch": 1, **kw}
    return seal(payload, signer=signer, sequence=sequence, **args)  # type: ignore[arg-type]


def test_round_trip() -> None:
    keyring = _keyring(ALICE, BOB)
    envelope = _seal(b"payload", sequence=7)
    assert len(envelope) == 256 == bucket_for(len(b"payload"))
    opened = open_envelope(envelope, keyring=keyring)
    assert opened.payload == b"payload"
    assert opened.sender == ALICE.device_id
    assert (opened.epoch, opened.sequence) == (1, 7)
    assert opened.space_tag == space_tag_for(KEY_1)
    assert isinstance(keyring, Keyring)


def _unmask(envelope: bytes, key: bytes = KEY_1) -> tuple[bytes, int]:
    mask = hmac.digest(derive_keys(key).sender, envelope[79:91], "sha512")
    device = bytes(a ^ b for a, b in zip(envelope[39:71], mask[:32], strict=True))
    return device, struct.unpack(">Q", envelope[71:79])[0] ^ int.from_bytes(mask[32:40], "big")


def test_layout_matches_the_documentation() -> None:
    envelope = _seal(b"abc", sequence=0x0102030405060708)
    assert envelope[:3] == b"CE\x02"
    assert envelope[3:35] == space_tag_for(KEY_1)
    assert struct.unpack(">I", envelope[35:39]) == (1,)
    assert envelope[39:71] != ALICE.device_id.raw
    assert _unmask(envelope) == (ALICE.device_id.raw, 0x0102030405060708)
    length = 256 - 95 - 32 - 64
    assert struct.unpack(">I", envelope[91:95]) == (length,)
    nonce = envelope[79:91]
    padded = ChaCha20Poly1305(derive_keys(KEY_1).encryption).decrypt(
        nonce, envelope[95 : 95 + length], envelope[:91]
    )
    assert padded == b"abc\x80" + bytes(length - 16 - 4)
    assert envelope[95 + length : 127 + length] == hmac.digest(derive_keys(KEY_1).commitment, nonce, "sha256")
    Ed25519PublicKey.from_public_bytes(ALICE.public_key).verify(envelope[-64:], envelope[:-64])


# --- pseudonyms and padding ---------------------------------------------------------------------------------


def test_the_header_names_the_sender_only_to_members() -> None:
    """The same device, the same sequence number: every envelope shows another pseudonym and another masked
    number, in one space and across spaces, and none shows the device id."""
    headers = [_seal(sequence=5)[39:79] for _ in range(20)] + [
        _seal(sequence=5, epoch_key=KEY_2)[39:79] for _ in range(20)
    ]
    assert len(set(headers)) == 40
    assert all(ALICE.device_id.raw not in header for header in headers)


def test_a_forged_pseudonym_is_refused() -> None:
    keyring = _keyring(ALICE, BOB)
    envelope = bytearray(_seal())
    envelope[39:71] = os.urandom(32)  # resolves to no device in the log
    with pytest.raises(UnknownSender):
        open_envelope(bytes(envelope), keyring=keyring)
    # Bob, a member, writes Alice's pseudonym over his own and signs: the signature is checked with Alice's key.
    envelope = bytearray(_seal(signer=BOB))
    device, _ = _unmask(bytes(envelope))
    envelope[39:71] = bytes(
        a ^ b ^ c for a, b, c in zip(envelope[39:71], device, ALICE.device_id.raw, strict=True)
    )
    resigned = bytes(envelope[:-64]) + BOB.sign(bytes(envelope[:-64]))
    with pytest.raises(BadSignature):
        open_envelope(resigned, keyring=keyring)


@pytest.mark.parametrize("size", [0, 1, 47, 48, 49, 300, 4000, 70_000])
def test_every_envelope_is_a_bucket_size_and_the_padding_comes_off(size: int) -> None:
    payload = os.urandom(size)
    envelope = _seal(payload)
    assert len(envelope) in BUCKETS
    assert len(envelope) == bucket_for(size)
    assert len(envelope) == 256 or len(envelope) // 2 < size + OVERHEAD
    assert open_envelope(envelope, keyring=_keyring(ALICE)).payload == payload


def test_the_buckets_and_the_relay_budget() -> None:
    assert (BUCKETS[0], BUCKETS[-1], len(BUCKETS)) == (256, MAX_ENVELOPE, 17)
    assert all(b == 2 * a for a, b in itertools.pairwise(BUCKETS))
    assert max_payload_within(1024 * 1024 + 100) == 1024 * 1024 - OVERHEAD
    assert bucket_for(max_payload_within(1024 * 1024 + 100)) == 1024 * 1024
    assert max_payload_within(255) == 0


def test_padding_that_is_not_ours_is_refused() -> None:
    """Re-sealed by a member with the marker missing: refused after decryption, the sequence number kept."""
    keys = derive_keys(KEY_1)
    envelope = bytearray(_seal(b"abc", sequence=3))
    nonce, length = bytes(envelope[79:91]), struct.unpack(">I", envelope[91:95])[0]
    bad = bytes(length - 16)  # all zeros: no marker
    envelope[95 : 95 + length] = ChaCha20Poly1305(keys.encryption).encrypt(nonce, bad, bytes(envelope[:91]))
    resigned = bytes(envelope[:-64]) + ALICE.sign(bytes(envelope[:-64]))
    keyring = _keyring(ALICE)
    with pytest.raises(MalformedEnvelope, match="padding"):
        open_envelope(resigned, keyring=keyring)
    assert keyring.replay_window(space_tag_for(KEY_1), ALICE.device_id).would_accept(3)


def test_a_size_off_the_buckets_is_refused() -> None:
    envelope = _seal(b"abc")
    cut = envelope[:91] + struct.pack(">I", 255 - 95 - 32 - 64) + envelope[95:254] + envelope[255:]
    with pytest.raises(MalformedEnvelope, match="padded sizes"):
        open_envelope(cut, keyring=_keyring(ALICE))


def test_a_version_1_envelope_still_opens() -> None:
    """Written before pseudonyms and padding (the sender in clear); still on relays, still read."""
    keys = derive_keys(KEY_1)
    nonce = os.urandom(12)
    header = (
        b"CE\x01" + keys.space_tag + struct.pack(">I", 1) + ALICE.device_id.raw + struct.pack(">Q", 9) + nonce
    )
    ciphertext = ChaCha20Poly1305(keys.encryption).encrypt(nonce, b"old", header)
    signed = (
        header
        + struct.pack(">I", len(ciphertext))
        + ciphertext
        + hmac.digest(keys.commitment, nonce, "sha256")
    )
    opened = open_envelope(signed + ALICE.sign(signed), keyring=_keyring(ALICE))
    assert (opened.payload, opened.sender, opened.sequence) == (b"old", ALICE.device_id, 9)


def test_space_tag_rotates_with_epoch_and_hides_the_key() -> None:
    keys = derive_keys(KEY_1)
    assert space_tag_for(KEY_1) != space_tag_for(KEY_2)
    assert len({keys.encryption, keys.commitment, keys.space_tag, keys.sender, KEY_1}) == 5


def test_nonces_are_fresh() -> None:
    assert _seal()[79:91] != _seal()[79:91]


def test_seal_matching_space_tag_is_accepted_and_mismatch_refused() -> None:
    open_envelope(_seal(space_tag=space_tag_for(KEY_1)), keyring=_keyring(ALICE))
    with pytest.raises(ValueError, match="space_tag"):
        _seal(space_tag=space_tag_for(KEY_2))


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"epoch_key": b"short"}, "32 bytes"),
        ({"epoch": -1}, "epoch"),
        ({"epoch": 2**32}, "epoch"),
    ],
)
def test_seal_refuses_bad_arguments(kw: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _seal(**kw)


def test_seal_refuses_bad_sequence() -> None:
    with pytest.raises(ValueError, match="sequence"):
        _seal(sequence=2**64)


# --- each rejection -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [b"", b"CE", b"x" * OVERHEAD, b"CE\x03" + b"\x00" * OVERHEAD, bytearray(b"CE\x02"), 42, None, "text"],
)
def test_malformed(data: object) -> None:
    with pytest.raises(MalformedEnvelope):
        open_envelope(data, keyring=_keyring(ALICE))  # type: ignore[arg-type]


def test_truncated_and_extended_envelopes_are_malformed() -> None:
    envelope = _seal()
    for bad in (envelope[:-1], envelope + b"\x00", envelope[: OVERHEAD - 2]):
        with pytest.raises(MalformedEnvelope):
            open_envelope(bad, keyring=_keyring(ALICE))


def test_size_cap_comes_first() -> None:
    with pytest.raises(EnvelopeTooLarge):
        open_envelope(memoryview(bytes(MAX_ENVELOPE + 1)), keyring=_keyring(ALICE))


def test_bytes_like_inputs_open() -> None:
    envelope = _seal()
    assert open_envelope(memoryview(envelope), keyring=_keyring(ALICE)).payload == b"hello"
    assert open_envelope(bytearray(envelope), keyring=_keyring(ALICE)).payload == b"hello"


def test_unknown_space() -> None:
    with pytest.raises(UnknownSpace):
        open_envelope(_seal(epoch_key=KEY_2), keyring=_keyring(ALICE))


def test_wrong_epoch() -> None:
    with pytest.raises(WrongEpoch):
        open_envelope(_seal(epoch=2), keyring=_keyring(ALICE))


def test_unknown_sender() -> None:
    keyring = _keyring(BOB)
    with pytest.raises(UnknownSender):
        open_envelope(_seal(), keyring=keyring)


def test_keyring_key_that_does_not_hash_to_the_device_id_is_an_unknown_sender() -> None:
    class Lying(InMemoryKeyring):
        def sender_key(self, device_id: DeviceId) -> bytes | None:
            return BOB.public_key

    keyring = Lying()
    keyring.add_epoch(1, KEY_1, [ALICE.device_id])
    with pytest.raises(UnknownSender):
        open_envelope(_seal(), keyring=keyring)


def test_removed_sender() -> None:
    keyring = _keyring(ALICE, BOB)
    keyring.remove_member(space_tag_for(KEY_1), 1, BOB.device_id)
    with pytest.raises(RemovedSender):
        open_envelope(_seal(signer=BOB), keyring=keyring)


def test_bad_signature() -> None:
    envelope = bytearray(_seal())
    envelope[-1] ^= 1
    with pytest.raises(BadSignature):
        open_envelope(bytes(envelope), keyring=_keyring(ALICE))


def test_forged_sender_fails_signature() -> None:
    forged = DeviceSigner.generate()
    envelope = bytearray(_seal(signer=forged))
    device, _ = _unmask(bytes(envelope))  # claims to be Alice, signed by someone else
    envelope[39:71] = bytes(
        a ^ b ^ c for a, b, c in zip(envelope[39:71], device, ALICE.device_id.raw, strict=True)
    )
    with pytest.raises(BadSignature):
        open_envelope(bytes(envelope), keyring=_keyring(ALICE))


def test_commitment_mismatch_is_decryption_failed() -> None:
    """A member with a different key for the same tag (partitioning-oracle style) cannot open it."""

    class WrongKey(InMemoryKeyring):
        def epoch_key(self, space_tag: bytes, epoch: int) -> bytes | None:
            return KEY_2 if super().epoch_key(space_tag, epoch) else None

    keyring = WrongKey()
    keyring.add_device(ALICE.public_key)
    keyring.add_epoch(1, KEY_1, [ALICE.device_id])
    with pytest.raises(DecryptionFailed, match="commitment"):
        open_envelope(_seal(), keyring=keyring)


def test_aead_failure_is_decryption_failed() -> None:
    """Re-signed by the (legitimate) sender after a ciphertext change: the commitment holds, the AEAD fails."""
    envelope = bytearray(_seal(b"some payload"))
    envelope[100] ^= 1
    resigned = bytes(envelope[:-64]) + ALICE.sign(bytes(envelope[:-64]))
    with pytest.raises(DecryptionFailed, match="authenticate"):
        open_envelope(resigned, keyring=_keyring(ALICE))


def test_header_is_bound_by_the_aead() -> None:
    """Even a signer cannot move ciphertext under a different header (here: another sequence number)."""
    envelope = bytearray(_seal(sequence=1))
    envelope[78] ^= 3  # the masked sequence number now unmasks to 2
    resigned = bytes(envelope[:-64]) + ALICE.sign(bytes(envelope[:-64]))
    with pytest.raises(DecryptionFailed):
        open_envelope(resigned, keyring=_keyring(ALICE))


def test_replayed() -> None:
    keyring = _keyring(ALICE)
    envelope = _seal(sequence=5)
    open_envelope(envelope, keyring=keyring)
    with pytest.raises(Replayed):
        open_envelope(envelope, keyring=keyring)
    with pytest.raises(Replayed):  # a fresh envelope reusing the sequence number
        open_envelope(_seal(sequence=5), keyring=keyring)


def test_rejected_envelope_does_not_burn_its_sequence_number() -> None:
    keyring = _keyring(ALICE)
    envelope = bytearray(_seal(sequence=3))
    envelope[-1] ^= 1
    with pytest.raises(BadSignature):
        open_envelope(bytes(envelope), keyring=keyring)
    assert open_envelope(_seal(sequence=3), keyring=keyring).sequence == 3


def test_reordered_envelopes_open_and_too_old_ones_are_replays() -> None:
    keyring = _keyring(ALICE)
    envelopes = {seq: _seal(sequence=seq) for seq in (0, 1, 2, 500, 1600)}
    open_envelope(envelopes[2], keyring=keyring)
    open_envelope(envelopes[0], keyring=keyring)
    open_envelope(envelopes[1], keyring=keyring)
    open_envelope(envelopes[1600], keyring=keyring)
    with pytest.raises(Replayed):
        open_envelope(envelopes[500], keyring=keyring)  # more than 1024 behind


def test_all_errors_are_sync_errors() -> None:
    for cls in (MalformedEnvelope, UnknownSpace, WrongEpoch, UnknownSender, RemovedSender, BadSignature):
        assert issubclass(cls, EnvelopeError)
    assert issubclass(DecryptionFailed, EnvelopeError)
    assert issubclass(Replayed, EnvelopeError)
    assert issubclass(EnvelopeError, SyncError)


# --- replay window ------------------------------------------------------------------------------------------


def test_replay_window_edges() -> None:
    window = ReplayWindow(width=4)
    assert window.highest is None
    window.mark(10)
    for seq in (7, 8, 9):
        window.mark(seq)
    with pytest.raises(Replayed):
        window.mark(6)  # 4 behind the highest: outside a window 4 wide
    with pytest.raises(Replayed):
        window.mark(8)
    window.mark(100)  # a jump wider than the window resets it
    assert window.would_accept(97)
    assert not window.would_accept(96)
    assert not window.would_accept(100)


@given(st.lists(st.integers(min_value=0, max_value=3000), max_size=200))
def test_replay_window_matches_a_set_model(sequence: list[int]) -> None:
    window = ReplayWindow(width=64)
    seen: set[int] = set()
    for seq in sequence:
        highest = max(seen, default=-1)
        expected = seq not in seen and seq > highest - 64
        assert window.would_accept(seq) == expected
        if expected:
            window.mark(seq)
            seen.add(seq)


# --- tampering, epochs, properties, fuzz ----------------------------------------------------------------


def test_tampering_any_single_byte_is_rejected() -> None:
    envelope = _seal(b"tiny", sequence=1)
    keyring = _keyring(ALICE)
    for position in range(len(envelope)):
        for flip in (0x01, 0x80):
            tampered = bytearray(envelope)
            tampered[position] ^= flip
            with pytest.raises(EnvelopeError):
                open_envelope(bytes(tampered), keyring=keyring)
    assert open_envelope(envelope, keyring=keyring).payload == b"tiny"


def test_removed_member_reads_none_of_the_next_epoch() -> None:
    # Bob was removed when epoch 2 began: he knows only epoch 1's key.
    bobs_keyring = _keyring(ALICE, BOB)
    # Even a keyring that answers epoch 2's tag with the only key Bob has cannot open anything.
    key_2_tag = space_tag_for(KEY_2)

    class Guessing(InMemoryKeyring):
        def epoch_key(self, space_tag: bytes, epoch: int) -> bytes | None:
            return KEY_1 if space_tag == key_2_tag else super().epoch_key(space_tag, epoch)

        def is_member(self, space_tag: bytes, epoch: int, device_id: DeviceId) -> bool:
            return True

    guessing = Guessing()
    guessing.add_device(ALICE.public_key)
    opened = 0
    for seq in range(1000):
        envelope = _seal(b"after removal %d" % seq, sequence=seq, epoch_key=KEY_2, epoch=2)
        for keyring in (bobs_keyring, guessing):
            try:
                open_envelope(envelope, keyring=keyring)
                opened += 1
            except (UnknownSpace, DecryptionFailed):
                pass
    assert opened == 0


def test_removed_member_cannot_send_in_later_epochs_but_earlier_envelopes_still_open() -> None:
    keyring = _keyring(ALICE, BOB)
    keyring.add_epoch(2, KEY_2, [ALICE.device_id])  # Bob removed at epoch 2
    assert open_envelope(_seal(signer=BOB), keyring=keyring).epoch == 1
    leaked = _seal(signer=BOB, epoch_key=KEY_2, epoch=2)  # even with a leaked epoch-2 key
    with pytest.raises(RemovedSender):
        open_envelope(leaked, keyring=keyring)
    assert open_envelope(_seal(epoch_key=KEY_2, epoch=2), keyring=keyring).epoch == 2


@given(
    payload=st.binary(max_size=2000),
    sequence=st.integers(min_value=0, max_value=2**64 - 1),
    epoch=st.integers(min_value=0, max_value=2**32 - 1),
    epoch_key=st.binary(min_size=32, max_size=32),
)
def test_round_trip_property(payload: bytes, sequence: int, epoch: int, epoch_key: bytes) -> None:
    keyring = _keyring(ALICE, epoch=epoch, key=epoch_key)
    envelope = seal(payload, epoch_key=epoch_key, epoch=epoch, signer=ALICE, sequence=sequence)
    opened = open_envelope(envelope, keyring=keyring)
    assert (opened.payload, opened.sequence, opened.epoch) == (payload, sequence, epoch)


def test_fuzz_open_raises_only_envelope_errors() -> None:
    rng = random.Random(4321)
    keyring = _keyring(ALICE, BOB)
    keyring.add_epoch(2, KEY_2, [ALICE.device_id])
    seeds = [_seal(os.urandom(rng.randrange(50)), sequence=i) for i in range(5)]
    seeds.append(_seal(b"x", signer=BOB, epoch_key=KEY_2, epoch=2))
    rejected: dict[str, int] = {}
    for _ in range(3000):
        roll = rng.random()
        if roll < 0.6:
            data = bytearray(rng.choice(seeds))
            for _ in range(rng.randrange(1, 4)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif roll < 0.8:
            data = bytearray(rng.choice(seeds))
            cut = rng.randrange(len(data))
            data = (
                data[:cut]
                if rng.random() < 0.5
                else data[:cut] + rng.randbytes(rng.randrange(40)) + data[cut:]
            )
        else:
            data = bytearray(b"CE\x02" * rng.randrange(2) + rng.randbytes(rng.randrange(300)))
        try:
            open_envelope(bytes(data), keyring=keyring)
        except EnvelopeError as exc:
            rejected[type(exc).__name__] = rejected.get(type(exc).__name__, 0) + 1
    assert sum(rejected.values()) > 2900, rejected
    assert {"MalformedEnvelope", "BadSignature", "UnknownSpace"} <= rejected.keys()
