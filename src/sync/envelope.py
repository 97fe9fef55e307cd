"""Envelopes: everything that leaves a device outside a LAN session (and every relay bundle).

Byte layout (all integers big-endian; see docs/protocol.md, "Envelopes"):

    offset  size  field
    0       2     magic b"CE"
    2       1     version (2)
    3       32    space tag  = HMAC-SHA256(tag key, "commons/space-tag/v1")
    35      4     epoch (u32)
    39      32    sender pseudonym = sender device id XOR mask[0:32]
    71      8     masked sequence number = sequence (u64, per sender per space) XOR mask[32:40]
    79      12    nonce (random)
    91      4     n = ciphertext length (u32, includes the 16-byte Poly1305 tag)
    95      n     ChaCha20-Poly1305 ciphertext of payload || 0x80 || 0x00…; associated data = bytes 0..91
    95+n    32    key commitment = HMAC-SHA256(commitment key, nonce)
    127+n   64    Ed25519 signature over bytes 0..127+n

    mask = HMAC-SHA512(sender key, nonce)[:40]: fresh for every envelope, so the relay sees neither who sent
    it nor which envelopes came from the same device; members hold the epoch key and unmask.

The padding makes the whole envelope one of the `BUCKETS` (256 bytes doubling up to 16 MiB): its size tells
only the bucket. Keys come from the caller's 32-byte epoch key through HKDF-SHA256 with distinct info labels.
Version 1 envelopes (the sender in clear, no padding) are still opened; only version 2 is written.

Receivers check, in this order, and raise a specific `EnvelopeError` for the first failure: size cap,
structure (and, for version 2, a bucket size), space tag and epoch, key commitment (constant time), sender
known (the pseudonym resolved), signature (before any decryption: forgeries are rejected cheaply, and a
refusal below is only attributed to a sender that really signed), the sender's right to send in that epoch,
replay window (read-only), AEAD, padding. Only an envelope that opens marks its sequence number as seen, so a
rejected envelope cannot burn a sequence number.
"""

from __future__ import annotations

import functools
import hmac
import os
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sync.errors import (
    BadSignature,
    DecryptionFailed,
    EnvelopeError,
    EnvelopeTooLarge,
    MalformedEnvelope,
    RemovedSender,
    Replayed,
    UnknownSender,
    UnknownSpace,
    WrongEpoch,
)
from sync.frames import MAX_FRAME
from sync.identity import DeviceId, Signer, verify_signature

__all__ = [
    "BUCKETS",
    "MAGIC",
    "MAX_ENVELOPE",
    "MAX_PAYLOAD",
    "OVERHEAD",
    "VERSION",
    "BadSignature",
    "DecryptionFailed",
    "EnvelopeError",
    "EnvelopeKeys",
    "EnvelopeTooLarge",
    "InMemoryKeyring",
    "Keyring",
    "MalformedEnvelope",
    "Opened",
    "RemovedSender",
    "ReplayWindow",
    "Replayed",
    "UnknownSender",
    "UnknownSpace",
    "WrongEpoch",
    "bucket_for",
    "derive_keys",
    "max_payload_within",
    "open_envelope",
    "resolve_sender",
    "seal",
    "space_tag_for",
    "space_tag_of",
]

MAGIC = b"CE"
VERSION = 2
_VERSION_CLEAR_SENDER = 1  # read, never written: the sender in clear and no padding

KEY_SIZE = 32
TAG_SIZE = 32
DEVICE_ID_SIZE = 32
NONCE_SIZE = 12
AEAD_TAG_SIZE = 16
COMMITMENT_SIZE = 32
SIGNATURE_SIZE = 64

# magic, version, space tag, epoch, sender, sequence, nonce
_HEADER = struct.Struct(">2sB32sI32sQ12s")
HEADER_SIZE = _HEADER.size  # 91
_LENGTH = struct.Struct(">I")
_PREFIX_SIZE = HEADER_SIZE + _LENGTH.size  # 95

OVERHEAD = _PREFIX_SIZE + AEAD_TAG_SIZE + COMMITMENT_SIZE + SIGNATURE_SIZE + 1
"""Bytes an envelope adds to its payload before padding (208: the header, tags, signature, padding marker)."""
MAX_ENVELOPE = MAX_FRAME
"""Largest envelope accepted or produced: one frame."""
BUCKETS = tuple(256 << i for i in range((MAX_ENVELOPE // 256).bit_length()))
"""The sizes an envelope can have: 256 bytes, 512, … up to one frame (16 MiB)."""
MAX_PAYLOAD = MAX_ENVELOPE - OVERHEAD
_PAD_MARKER = 0x80
_MASK_SIZE = DEVICE_ID_SIZE + 8

_INFO_ENCRYPTION = b"commons/envelope/encryption/v1"
_INFO_COMMITMENT = b"commons/envelope/commitment/v1"
_INFO_SPACE_TAG = b"commons/envelope/space-tag-key/v1"
_INFO_SENDER = b"commons/envelope/sender/v2"
_SPACE_TAG_LABEL = b"commons/space-tag/v1"


# --- keys ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EnvelopeKeys:
    """The keys derived from one epoch key."""

    encryption: bytes
    commitment: bytes
    space_tag: bytes
    sender: bytes  # masks the sender's device id and sequence number in the header


def _hkdf(epoch_key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=None, info=info).derive(epoch_key)


def derive_keys(epoch_key: bytes) -> EnvelopeKeys:
    """Derive the encryption key, the commitment key and the space tag from a 32-byte epoch key."""
    if not isinstance(epoch_key, bytes) or len(epoch_key) != KEY_SIZE:
        raise ValueError("an epoch key is 32 bytes")
    return _derive(epoch_key)


@functools.lru_cache(maxsize=64)
def _derive(epoch_key: bytes) -> EnvelopeKeys:
    # Cached: every envelope sealed or opened needs these, and three HKDFs were a sixth of a relay round trip.
    # The epoch keys themselves stay in memory with the spaces anyway.
    tag_key = _hkdf(epoch_key, _INFO_SPACE_TAG)
    return EnvelopeKeys(
        encryption=_hkdf(epoch_key, _INFO_ENCRYPTION),
        commitment=_hkdf(epoch_key, _INFO_COMMITMENT),
        space_tag=hmac.digest(tag_key, _SPACE_TAG_LABEL, "sha256"),
        sender=_hkdf(epoch_key, _INFO_SENDER),
    )


def space_tag_for(epoch_key: bytes) -> bytes:
    """The 32-byte space tag of the epoch whose key is *epoch_key*: unlinkable to the community, rotates."""
    return derive_keys(epoch_key).space_tag


def _commitment(keys: EnvelopeKeys, nonce: bytes) -> bytes:
    return hmac.digest(keys.commitment, nonce, "sha256")


def _mask(keys: EnvelopeKeys, nonce: bytes, sender: bytes, sequence: int) -> tuple[bytes, int]:
    """(pseudonym, masked sequence) from (device id, sequence), or back: the mask is its own inverse."""
    mask = hmac.digest(keys.sender, nonce, "sha512")[:_MASK_SIZE]
    pseudonym = bytes(a ^ b for a, b in zip(sender, mask[:DEVICE_ID_SIZE], strict=True))
    return pseudonym, sequence ^ int.from_bytes(mask[DEVICE_ID_SIZE:], "big")


# --- sizes --------------------------------------------------------------------------------------------------


def bucket_for(payload_size: int) -> int:
    """The size of the envelope that carries *payload_size* bytes (the smallest bucket it fits in)."""
    needed = payload_size + OVERHEAD
    for bucket in BUCKETS:
        if needed <= bucket:
            return bucket
    raise ValueError(f"payload of {payload_size} bytes exceeds the envelope limit of {MAX_PAYLOAD}")


def max_payload_within(limit: int) -> int:
    """The largest payload whose envelope is at most *limit* bytes (a relay's largest message), or 0."""
    fitting = [b for b in BUCKETS if b <= limit]
    return fitting[-1] - OVERHEAD if fitting else 0


def _pad(payload: bytes) -> bytes:
    return payload + bytes([_PAD_MARKER]) + bytes(bucket_for(len(payload)) - OVERHEAD - len(payload))


def _unpad(padded: bytes) -> bytes | None:
    end = len(padded.rstrip(b"\0"))
    if end == 0 or padded[end - 1] != _PAD_MARKER:
        return None
    return padded[: end - 1]


# --- replay protection --------------------------------------------------------------------------------------


class ReplayWindow:
    """Sliding window over one sender's sequence numbers in one space (per space tag, so per epoch).

    Each number is accepted once. Numbers up to ``width - 1`` below the highest accepted one are still
    accepted if not seen (moderate reordering); older ones are rejected. Not thread-safe: use from one thread
    (the sync engine's), as `open_envelope` does between its check and its mark.
    """

    def __init__(self, width: int = 1024) -> None:
        if width < 1:
            raise ValueError("the window is at least 1 wide")
        self.width = width
        self._highest = -1  # nothing accepted yet
        self._seen = 0  # bit i set: sequence (highest - i) was accepted

    @property
    def highest(self) -> int | None:
        return None if self._highest < 0 else self._highest

    def would_accept(self, sequence: int) -> bool:
        if sequence > self._highest:
            return True
        offset = self._highest - sequence
        if offset >= self.width:
            return False
        return not (self._seen >> offset) & 1

    def to_state(self) -> tuple[int, bytes]:
        """(highest accepted, bitmap of those seen below it) for storing; highest is -1 if none yet."""
        return self._highest, self._seen.to_bytes((self.width + 7) // 8, "big").lstrip(b"\0")

    @classmethod
    def from_state(cls, highest: int, seen: bytes, width: int = 1024) -> ReplayWindow:
        """A window as `to_state` stored it (bits beyond *width* are dropped)."""
        window = cls(width)
        window._highest = max(-1, highest)
        window._seen = int.from_bytes(seen, "big") & ((1 << width) - 1) if highest >= 0 else 0
        return window

    def mark(self, sequence: int) -> None:
        """Record *sequence* as accepted. Raises `Replayed` if it was seen or is too old."""
        if not self.would_accept(sequence):
            raise Replayed(f"sequence {sequence} was already accepted or is outside the replay window")
        if sequence > self._highest:
            shift = sequence - self._highest
            self._seen = ((self._seen << shift) | 1) & ((1 << self.width) - 1) if shift < self.width else 1
            self._highest = sequence
        else:
            self._seen |= 1 << (self._highest - sequence)


# --- keyring ------------------------------------------------------------------------------------------------


@runtime_checkable
class Keyring(Protocol):
    """What `open_envelope` needs to know. The spaces and membership work provides the real one."""

    def epoch_key(self, space_tag: bytes, epoch: int) -> bytes | None:
        """The 32-byte key of *epoch* of the space whose tag for that epoch is *space_tag*, if known."""
        ...

    def knows_space_tag(self, space_tag: bytes) -> bool:
        """Whether *space_tag* belongs to any known (space, epoch); tells `UnknownSpace` from `WrongEpoch`."""
        ...

    def sender_key(self, device_id: DeviceId) -> bytes | None:
        """The raw Ed25519 public key of device *device_id*, if known."""
        ...

    def is_member(self, space_tag: bytes, epoch: int, device_id: DeviceId) -> bool:
        """Whether *device_id* may send in *epoch*. The spaces' keyring answers: a writer in that epoch and still
        a member now (`sync.spaces.SpaceKeyring`); the in-memory one: listed for that epoch."""
        ...

    def replay_window(self, space_tag: bytes, device_id: DeviceId) -> ReplayWindow:
        """The replay window of *device_id* in the space (epoch) tagged *space_tag*, created on first use."""
        ...


class InMemoryKeyring:
    """A simple `Keyring` for tests and tools: epochs, devices and memberships added by hand."""

    def __init__(self) -> None:
        self._epochs: dict[bytes, tuple[int, bytes]] = {}
        self._devices: dict[DeviceId, bytes] = {}
        self._members: dict[tuple[bytes, int], set[DeviceId]] = {}
        self._windows: dict[tuple[bytes, DeviceId], ReplayWindow] = {}

    def add_epoch(self, epoch: int, epoch_key: bytes, members: Iterable[DeviceId] = ()) -> bytes:
        """Learn an epoch key and who may send in it; returns the epoch's space tag."""
        tag = space_tag_for(epoch_key)
        self._epochs[tag] = (epoch, epoch_key)
        self._members.setdefault((tag, epoch), set()).update(members)
        return tag

    def add_device(self, public_key: bytes) -> DeviceId:
        device_id = DeviceId.of(public_key)
        self._devices[device_id] = public_key
        return device_id

    def remove_member(self, space_tag: bytes, epoch: int, device_id: DeviceId) -> None:
        self._members.get((space_tag, epoch), set()).discard(device_id)

    def epoch_key(self, space_tag: bytes, epoch: int) -> bytes | None:
        found = self._epochs.get(space_tag)
        if found is None or found[0] != epoch:
            return None
        return found[1]

    def knows_space_tag(self, space_tag: bytes) -> bool:
        return space_tag in self._epochs

    def sender_key(self, device_id: DeviceId) -> bytes | None:
        return self._devices.get(device_id)

    def is_member(self, space_tag: bytes, epoch: int, device_id: DeviceId) -> bool:
        return device_id in self._members.get((space_tag, epoch), ())

    def replay_window(self, space_tag: bytes, device_id: DeviceId) -> ReplayWindow:
        return self._windows.setdefault((space_tag, device_id), ReplayWindow())


# --- seal and open ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Opened:
    """An envelope that passed every check."""

    payload: bytes
    space_tag: bytes
    epoch: int
    sender: DeviceId
    sequence: int


def space_tag_of(envelope: bytes) -> bytes | None:
    """The space tag an envelope claims (unchecked), or None if it is too short to be one."""
    return bytes(envelope[3:35]) if len(envelope) >= HEADER_SIZE else None


def resolve_sender(envelope: bytes, epoch_key: bytes) -> DeviceId | None:
    """The device a version 2 envelope's pseudonym names, for a member holding *epoch_key* (unchecked: only
    `open_envelope` says whether that device really sent it), or None if it is too short or of version 1."""
    if len(envelope) < HEADER_SIZE or envelope[2] != VERSION:
        return None
    _, _, _, _, pseudonym, masked, nonce = _HEADER.unpack_from(envelope)
    device, _ = _mask(derive_keys(epoch_key), nonce, pseudonym, masked)
    return DeviceId(device)


def seal(
    payload: bytes,
    *,
    epoch_key: bytes,
    epoch: int,
    signer: Signer,
    sequence: int,
    space_tag: bytes | None = None,
) -> bytes:
    """Encrypt, commit and sign *payload* for the epoch whose key is *epoch_key*.

    *space_tag*, if given, must equal the tag derived from *epoch_key* (a cached value the caller holds);
    a mismatch is a programming error (`ValueError`). The caller keeps *sequence* strictly increasing per
    sender per space.
    """
    keys = derive_keys(epoch_key)
    if space_tag is not None and not hmac.compare_digest(space_tag, keys.space_tag):
        raise ValueError("space_tag is not the tag of this epoch key")
    if not 0 <= epoch < 2**32:
        raise ValueError("epoch must fit in 32 bits")
    if not 0 <= sequence < 2**64:
        raise ValueError("sequence must fit in 64 bits")
    if len(payload) > MAX_PAYLOAD:
        raise ValueError(f"payload of {len(payload)} bytes exceeds the envelope limit of {MAX_PAYLOAD}")
    # Random 96-bit nonces are safe here: keys change with every epoch and one epoch carries far fewer than
    # the ~2^32 messages after which a random-nonce collision under one key becomes a concern.
    nonce = os.urandom(NONCE_SIZE)
    pseudonym, masked = _mask(keys, nonce, signer.device_id.raw, sequence)
    header = _HEADER.pack(MAGIC, VERSION, keys.space_tag, epoch, pseudonym, masked, nonce)
    ciphertext = ChaCha20Poly1305(keys.encryption).encrypt(nonce, _pad(bytes(payload)), header)
    signed = b"".join((header, _LENGTH.pack(len(ciphertext)), ciphertext, _commitment(keys, nonce)))
    signature = signer.sign(signed)
    if len(signature) != SIGNATURE_SIZE:
        raise ValueError("the signer returned a signature that is not 64 bytes")
    return signed + signature


def open_envelope(data: bytes, *, keyring: Keyring) -> Opened:
    """Check and decrypt an envelope. Raises an `EnvelopeError` subclass, and nothing else, for bad input."""
    if isinstance(data, memoryview):
        size = data.nbytes
    elif isinstance(data, bytes | bytearray):
        size = len(data)
    else:
        raise MalformedEnvelope(f"an envelope is bytes, not {type(data).__name__}")
    if size > MAX_ENVELOPE:
        raise EnvelopeTooLarge(f"envelope of {size} bytes exceeds the limit of {MAX_ENVELOPE}")
    buf = bytes(data)

    if len(buf) < OVERHEAD - 1:  # a version 1 envelope has no padding marker
        raise MalformedEnvelope(f"envelope of {len(buf)} bytes is shorter than the minimum of {OVERHEAD - 1}")
    magic, version, tag, epoch, sender_raw, sequence, nonce = _HEADER.unpack_from(buf)
    if magic != MAGIC:
        raise MalformedEnvelope("not an envelope (bad magic)")
    if version not in (VERSION, _VERSION_CLEAR_SENDER):
        raise MalformedEnvelope(f"unsupported envelope version {version}")
    (length,) = _LENGTH.unpack_from(buf, HEADER_SIZE)
    if length < AEAD_TAG_SIZE or _PREFIX_SIZE + length + COMMITMENT_SIZE + SIGNATURE_SIZE != len(buf):
        raise MalformedEnvelope("ciphertext length does not match the envelope size")
    if version == VERSION and len(buf) not in BUCKETS:
        raise MalformedEnvelope(f"an envelope of {len(buf)} bytes is not one of the padded sizes")
    signed_end = len(buf) - SIGNATURE_SIZE
    ciphertext = buf[_PREFIX_SIZE : _PREFIX_SIZE + length]
    commitment = buf[_PREFIX_SIZE + length : signed_end]

    epoch_key = keyring.epoch_key(tag, epoch)
    if epoch_key is None:
        if keyring.knows_space_tag(tag):
            raise WrongEpoch(f"the space tag does not belong to epoch {epoch}")
        raise UnknownSpace("unknown space tag")
    try:
        keys = derive_keys(epoch_key)
    except ValueError:
        raise DecryptionFailed("the keyring's epoch key is not 32 bytes") from None
    # The commitment before the pseudonym: a wrong key for this tag is told apart from a forged sender.
    if not hmac.compare_digest(commitment, _commitment(keys, nonce)):
        raise DecryptionFailed("the key commitment does not match this epoch's key")
    if version == VERSION:  # members resolve the pseudonym; a forged one names no device, or the wrong key
        sender_raw, sequence = _mask(keys, nonce, sender_raw, sequence)
    sender = DeviceId(sender_raw)
    public_key = keyring.sender_key(sender)
    if public_key is None or DeviceId.of(public_key) != sender:
        raise UnknownSender(f"unknown sender {sender.short()}…")
    # The signature before membership: a refusal is only ever attributed to a sender that really signed.
    if not verify_signature(public_key, buf[signed_end:], buf[:signed_end]):
        raise BadSignature("the signature does not verify")
    if not keyring.is_member(tag, epoch, sender):
        raise RemovedSender(f"sender {sender.short()}… may not send in epoch {epoch}")
    window = keyring.replay_window(tag, sender)
    if not window.would_accept(sequence):
        raise Replayed(f"sequence {sequence} was already accepted or is outside the replay window")

    try:
        payload = ChaCha20Poly1305(keys.encryption).decrypt(nonce, ciphertext, buf[:HEADER_SIZE])
    except InvalidTag:
        raise DecryptionFailed("the ciphertext does not authenticate") from None
    if version == VERSION:
        unpadded = _unpad(payload)
        if unpadded is None:
            raise MalformedEnvelope("the padding inside the envelope is malformed")
        payload = unpadded
    window.mark(sequence)
    return Opened(payload=payload, space_tag=tag, epoch=epoch, sender=sender, sequence=sequence)
