"""Device identity: the one device-id type, the one Ed25519 signer, device cards and device links.

Every device has an Ed25519 signing key and an X25519 agreement key. Its **device id** is the SHA-256 of the
raw 32-byte Ed25519 public key. It is written three ways, all of the same 32 bytes:

- on screen: base32 in groups of four, e.g. ``MFRG-GZDF-…`` (13 groups; `DeviceId.__str__`), like Syncthing;
- in the community document: lowercase hex (`DeviceId.hex`);
- on the wire: the raw bytes (`bytes(device_id)`).

`DeviceSigner` is the only signer class in the package: envelopes, membership log entries, ledger entries and
votes are all signed through it (or anything with the same two members, the `Signer` protocol).

A person's devices are linked by a `DeviceLink`: a statement that binds a new device's card to the person's
existing device, signed by **both** (the existing device vouches, the new one proves it holds its keys). Byte
layouts are in docs/protocol.md, "Identity".
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from dataclasses import dataclass, replace
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from sync.errors import SyncError

__all__ = [
    "DEVICE_ID_SIZE",
    "PUBLIC_KEY_SIZE",
    "SIGNATURE_SIZE",
    "DeviceCard",
    "DeviceId",
    "DeviceKeys",
    "DeviceLink",
    "DeviceSigner",
    "IdentityError",
    "Signer",
    "device_id_of",
    "linked_devices",
    "verify_signature",
]

DEVICE_ID_SIZE = 32
PUBLIC_KEY_SIZE = 32
SIGNATURE_SIZE = 64
_GROUP = 4
_CONFUSABLE = str.maketrans("018", "OIB")  # digits base32 never uses, read as the letters they resemble
_LINK_LABEL = b"commons/device-link/v1"


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


class DeviceKeys:
    """A device's private keys: the signer and the X25519 agreement key. Kept only in the personal store."""

    __slots__ = ("agreement_key", "card", "signer")

    def __init__(self, signing_key: Ed25519PrivateKey, agreement_key: X25519PrivateKey) -> None:
        self.signer = DeviceSigner(signing_key)
        self.agreement_key = agreement_key
        self.card = DeviceCard(self.signer.public_key, agreement_key.public_key().public_bytes_raw())

    @classmethod
    def generate(cls) -> DeviceKeys:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, signing_key: bytes, agreement_key: bytes) -> DeviceKeys:
        """From the two raw 32-byte private keys, as the personal store keeps them."""
        try:
            return cls(
                Ed25519PrivateKey.from_private_bytes(signing_key),
                X25519PrivateKey.from_private_bytes(agreement_key),
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


# --- device links -------------------------------------------------------------------------------------------

_LINK = struct.Struct(">32s64s64sQ")  # person, voucher card, new card, linked_at (unix seconds)


@dataclass(frozen=True, slots=True)
class DeviceLink:
    """ "*new* is another device of the person whose first device is *person*", vouched by *voucher*.

    The voucher is the person's first device or one already linked to it; `verify` checks both signatures,
    and a chain of links from the person's first device is checked by `linked_devices`.
    """

    person: DeviceId
    voucher: DeviceCard
    new: DeviceCard
    linked_at: int  # unix seconds
    voucher_signature: bytes = b""
    new_signature: bytes = b""

    def signed_bytes(self) -> bytes:
        return _LINK_LABEL + _LINK.pack(
            self.person.raw, self.voucher.to_bytes(), self.new.to_bytes(), self.linked_at
        )

    @classmethod
    def make(cls, person: DeviceId, voucher: DeviceKeys, new: DeviceKeys, linked_at: int) -> DeviceLink:
        """Both signatures at once (tests, tools). In pairing each device signs on its own side."""
        unsigned = cls(person, voucher.card, new.card, linked_at)
        return unsigned.signed_by_voucher(voucher.signer).signed_by_new(new.signer)

    def signed_by_voucher(self, signer: Signer) -> DeviceLink:
        if signer.device_id != self.voucher.device_id:
            raise IdentityError("only the vouching device can sign as the voucher")
        return replace(self, voucher_signature=signer.sign(self.signed_bytes()))

    def signed_by_new(self, signer: Signer) -> DeviceLink:
        if signer.device_id != self.new.device_id:
            raise IdentityError("only the new device can sign as itself")
        return replace(self, new_signature=signer.sign(self.signed_bytes()))

    def verify(self) -> None:
        """Raise `IdentityError` unless both signatures verify."""
        message = self.signed_bytes()
        if not verify_signature(self.voucher.signing_key, self.voucher_signature, message):
            raise IdentityError("the vouching device's signature on this device link does not verify")
        if not verify_signature(self.new.signing_key, self.new_signature, message):
            raise IdentityError("the new device's signature on this device link does not verify")

    def to_bytes(self) -> bytes:
        return self.signed_bytes()[len(_LINK_LABEL) :] + self.voucher_signature + self.new_signature

    @classmethod
    def from_bytes(cls, data: bytes) -> DeviceLink:
        if len(data) != _LINK.size + 2 * SIGNATURE_SIZE:
            raise IdentityError(f"a device link is {_LINK.size + 2 * SIGNATURE_SIZE} bytes")
        person, voucher, new, linked_at = _LINK.unpack_from(data)
        return cls(
            DeviceId(person),
            DeviceCard.from_bytes(voucher),
            DeviceCard.from_bytes(new),
            linked_at,
            bytes(data[_LINK.size : _LINK.size + SIGNATURE_SIZE]),
            bytes(data[_LINK.size + SIGNATURE_SIZE :]),
        )


def linked_devices(person: DeviceCard, links: list[DeviceLink]) -> dict[DeviceId, DeviceCard]:
    """The person's devices: their first device plus every device reachable by verified links from it.

    Links that do not verify, name another person, or hang off a device not (yet) linked are ignored, so
    the answer depends only on the set of links, not their order.
    """
    person_id = person.device_id
    devices = {person_id: person}
    pending = [link for link in links if link.person == person_id]
    progress = True
    while progress:
        progress = False
        for link in list(pending):
            if link.voucher.device_id in devices:
                pending.remove(link)
                try:
                    link.verify()
                except IdentityError:
                    continue
                devices.setdefault(link.new.device_id, link.new)
                progress = True
    return devices
