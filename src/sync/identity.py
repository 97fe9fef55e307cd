"""Device identity: the one device-id type, the one Ed25519 signer, device cards and device links.

Every device has an Ed25519 signing key and an X25519 agreement key, and (since issue 19) a hybrid
post-quantum key, ML-KEM-768 + X25519 (`HybridKey`), that epoch keys are sealed to once the device has
published it in a space's membership log. Its **device id** is the SHA-256 of the
raw 32-byte Ed25519 public key. It is written three ways, all of the same 32 bytes:

- on screen: base32 in groups of four, e.g. ``MFRG-GZDF-…`` (13 groups; `DeviceId.__str__`), like Syncthing;
- in the community document: lowercase hex (`DeviceId.hex`);
- on the wire: the raw bytes (`bytes(device_id)`).

`DeviceSigner` is the only signer class in the package: envelopes, membership log entries, ledger entries and
votes are all signed through it (or anything with the same two members, the `Signer` protocol).

A person's devices are linked by signed statements: they are the members of the person's own-devices space
(`sync.membership`, kind DEVICES), each added by an entry signed by one of the person's existing devices after
the new device proved it holds its key in the pairing handshake (`sync.join`). That log keeps the history.
Byte layouts are in docs/protocol.md, "Identity".
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from sync.errors import SyncError

__all__ = [
    "DEVICE_ID_SIZE",
    "HYBRID_PRIVATE_KEY_SIZE",
    "HYBRID_PUBLIC_KEY_SIZE",
    "PUBLIC_KEY_SIZE",
    "SIGNATURE_SIZE",
    "DeviceCard",
    "DeviceId",
    "DeviceKeys",
    "DeviceSigner",
    "HybridKey",
    "IdentityError",
    "Signer",
    "device_id_of",
    "hybrid_public_key",
    "verify_signature",
]

DEVICE_ID_SIZE = 32
PUBLIC_KEY_SIZE = 32
SIGNATURE_SIZE = 64
_MLKEM_SEED_SIZE = 64
_MLKEM_PUBLIC_SIZE = 1184
HYBRID_PRIVATE_KEY_SIZE = _MLKEM_SEED_SIZE + PUBLIC_KEY_SIZE  # ML-KEM-768 seed, X25519 private key
HYBRID_PUBLIC_KEY_SIZE = _MLKEM_PUBLIC_SIZE + PUBLIC_KEY_SIZE  # ML-KEM-768 public key, X25519 public key
_GROUP = 4
_CONFUSABLE = str.maketrans("018", "OIB")  # digits base32 never uses, read as the letters they resemble


class IdentityError(SyncError, ValueError):
    """A device id, card or link is malformed or does not verify; the message says which."""


@dataclass(frozen=True, slots=True, order=True)
class DeviceId:
    """SHA-256 of a device's raw Ed25519 public key."""

    raw: bytes

    def __post_init__(self) -> None:
        if not isinstance(self.raw, bytes) or len(self.raw) != DEVICE_ID_SIZE:
            raise IdentityError(f"a device id is {DEVICE_ID_SIZE} bytes")

    @classmethod
    def of(cls, signing_public_key: bytes) -> DeviceId:
        if not isinstance(signing_public_key, bytes) or len(signing_public_key) != PUBLIC_KEY_SIZE:
            raise IdentityError(f"an Ed25519 public key is {PUBLIC_KEY_SIZE} bytes")
        return cls(hashlib.sha256(signing_public_key).digest())

    @classmethod
    def parse(cls, text: str) -> DeviceId:
        """Read a device id as shown (base32 groups, any case, dashes and spaces ignored) or as hex."""
        clean = "".join(ch for ch in text.strip() if ch not in " -\t\n")
        if len(clean) == 2 * DEVICE_ID_SIZE and all(ch in "0123456789abcdefABCDEF" for ch in clean):
            return cls(bytes.fromhex(clean))
        clean = clean.upper().translate(_CONFUSABLE)
        try:
            raw = base64.b32decode(clean + "=" * (-len(clean) % 8))
        except (binascii.Error, ValueError):
            raise IdentityError("a device id has only the letters A–Z and the digits 2–7") from None
        if len(raw) != DEVICE_ID_SIZE:
            raise IdentityError("a device id has 52 characters; check for a missing or extra one")
        return cls(raw)

    @property
    def hex(self) -> str:
        return self.raw.hex()

    def __bytes__(self) -> bytes:
        return self.raw

    def __str__(self) -> str:
        text = base64.b32encode(self.raw).decode("ascii").rstrip("=")
        return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))

    def short(self) -> str:
        """The first two groups: enough to tell a person's few devices apart on screen."""
        return str(self)[: 2 * _GROUP + 1]

    def __repr__(self) -> str:
        return f"DeviceId({self.short()}…)"


def device_id_of(signing_public_key: bytes) -> DeviceId:
    """Device id of a raw 32-byte Ed25519 public key."""
    return DeviceId.of(signing_public_key)


def verify_signature(public_key: bytes, signature: bytes, message: bytes) -> bool:
    """Whether *signature* is a valid Ed25519 signature of *message* under the raw *public_key*."""
    if len(public_key) != PUBLIC_KEY_SIZE or len(signature) != SIGNATURE_SIZE:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


class Signer(Protocol):
    """Signs for one device."""

    @property
    def device_id(self) -> DeviceId: ...

    def sign(self, message: bytes) -> bytes: ...


class DeviceSigner:
    """A device's Ed25519 signing key."""

    __slots__ = ("_device_id", "_key", "public_key")

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._key = private_key
        self.public_key: bytes = private_key.public_key().public_bytes_raw()
        self._device_id = DeviceId.of(self.public_key)

    @classmethod
    def generate(cls) -> DeviceSigner:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, private_key: bytes) -> DeviceSigner:
        return cls(Ed25519PrivateKey.from_private_bytes(private_key))

    @property
    def device_id(self) -> DeviceId:
        return self._device_id

    def sign(self, message: bytes) -> bytes:
        return self._key.sign(message)

    @property
    def private_key(self) -> Ed25519PrivateKey:
        """The key itself, for what must hold it (the device's TLS certificate and context). Never store it
        outside the personal store, and never in plaintext."""
        return self._key

    def __repr__(self) -> str:
        return f"DeviceSigner({self._device_id.short()}…)"


@dataclass(frozen=True, slots=True)
class DeviceCard:
    """A device's public keys: what others need to verify it and to seal keys to it."""

    signing_key: bytes
    agreement_key: bytes

    def __post_init__(self) -> None:
        for name, key in (("signing", self.signing_key), ("agreement", self.agreement_key)):
            if not isinstance(key, bytes) or len(key) != PUBLIC_KEY_SIZE:
                raise IdentityError(f"a device's {name} key is {PUBLIC_KEY_SIZE} bytes")

    @property
    def device_id(self) -> DeviceId:
        return DeviceId.of(self.signing_key)

    def agreement_public_key(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.agreement_key)

    def to_bytes(self) -> bytes:
        return self.signing_key + self.agreement_key

    @classmethod
    def from_bytes(cls, data: bytes) -> DeviceCard:
        if len(data) != 2 * PUBLIC_KEY_SIZE:
            raise IdentityError(f"a device card is {2 * PUBLIC_KEY_SIZE} bytes")
        return cls(bytes(data[:PUBLIC_KEY_SIZE]), bytes(data[PUBLIC_KEY_SIZE:]))


class HybridKey:
    """A device's hybrid post-quantum key for HPKE (ML-KEM-768 + X25519, `hpke.KEM.MLKEM768_X25519`): a key
    sealed to it stays secret unless both halves are broken, so recording it now and waiting for a quantum
    computer is not enough. Its X25519 half is its own, never the device's agreement key."""

    __slots__ = ("_private", "private_key", "public_bytes")

    def __init__(self, private_bytes: bytes) -> None:
        if not isinstance(private_bytes, bytes) or len(private_bytes) != HYBRID_PRIVATE_KEY_SIZE:
            raise IdentityError(f"a hybrid private key is {HYBRID_PRIVATE_KEY_SIZE} bytes")
        try:
            kem = mlkem.MLKEM768PrivateKey.from_seed_bytes(private_bytes[:_MLKEM_SEED_SIZE])
            classic = X25519PrivateKey.from_private_bytes(private_bytes[_MLKEM_SEED_SIZE:])
        except ValueError:
            raise IdentityError("the hybrid private key does not read") from None
        self._private = private_bytes
        self.private_key = hpke.MLKEM768X25519PrivateKey(kem, classic)
        self.public_bytes: bytes = (
            kem.public_key().public_bytes_raw() + classic.public_key().public_bytes_raw()
        )

    @classmethod
    def generate(cls) -> HybridKey:
        kem = mlkem.MLKEM768PrivateKey.generate()
        return cls(kem.private_bytes_raw() + X25519PrivateKey.generate().private_bytes_raw())

    def private_bytes(self) -> bytes:
        """The 96 bytes the personal store keeps (ML-KEM-768 seed, X25519 private key). Never elsewhere."""
        return self._private

    def __repr__(self) -> str:
        return "HybridKey(…)"


def hybrid_public_key(public_bytes: bytes) -> hpke.MLKEM768X25519PublicKey:
    """The HPKE public key of *public_bytes* (ML-KEM-768 public key ‖ X25519 public key). Raises
    `IdentityError` for anything else."""
    if not isinstance(public_bytes, bytes) or len(public_bytes) != HYBRID_PUBLIC_KEY_SIZE:
        raise IdentityError(f"a hybrid public key is {HYBRID_PUBLIC_KEY_SIZE} bytes")
    try:
        return hpke.MLKEM768X25519PublicKey(
            mlkem.MLKEM768PublicKey.from_public_bytes(public_bytes[:_MLKEM_PUBLIC_SIZE]),
            X25519PublicKey.from_public_bytes(public_bytes[_MLKEM_PUBLIC_SIZE:]),
        )
    except ValueError:
        raise IdentityError("the hybrid public key does not read") from None


class DeviceKeys:
    """A device's private keys: the signer, the X25519 agreement key and (once made) the hybrid key. Kept only
    in the personal store."""

    __slots__ = ("agreement_key", "card", "hybrid", "signer")

    def __init__(
        self,
        signing_key: Ed25519PrivateKey,
        agreement_key: X25519PrivateKey,
        hybrid: HybridKey | None = None,
    ) -> None:
        self.signer = DeviceSigner(signing_key)
        self.agreement_key = agreement_key
        self.hybrid = hybrid
        self.card = DeviceCard(self.signer.public_key, agreement_key.public_key().public_bytes_raw())

    @classmethod
    def generate(cls, *, hybrid: bool = True) -> DeviceKeys:
        return cls(
            Ed25519PrivateKey.generate(),
            X25519PrivateKey.generate(),
            HybridKey.generate() if hybrid else None,
        )

    @classmethod
    def from_private_bytes(
        cls, signing_key: bytes, agreement_key: bytes, hybrid_key: bytes | None = None
    ) -> DeviceKeys:
        """From the two raw 32-byte private keys (and the 96-byte hybrid key, if the device has made one), as
        the personal store keeps them."""
        try:
            return cls(
                Ed25519PrivateKey.from_private_bytes(signing_key),
                X25519PrivateKey.from_private_bytes(agreement_key),
                HybridKey(hybrid_key) if hybrid_key is not None else None,
            )
        except ValueError:
            raise IdentityError("a device's private keys are two 32-byte keys") from None

    @property
    def device_id(self) -> DeviceId:
        return self.signer.device_id

    def sign(self, message: bytes) -> bytes:
        return self.signer.sign(message)

    def __repr__(self) -> str:
        return f"DeviceKeys({self.device_id.short()}…)"
