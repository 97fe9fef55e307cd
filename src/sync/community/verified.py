"""Signatures checked once: a verifier that remembers which signed records verified, and with which key.

Judging the ledger checks every entry's signature, and the service judges it again after every change (a new
entry, a new member); an Ed25519 check costs about 90 µs, so 50,000 entries cost seconds each time. A record
that verified with a key verifies with it again, so `Remembering` keeps each verified record (a frozen
dataclass: hashed and compared by every field, signature included) with the key it verified with, and checks
again only a record it has not seen or a device whose key is not that one. Only successes are kept: a record
that failed is checked again (its device may be known later).
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Protocol

from sync.identity import verify_signature

__all__ = ["MAX_REMEMBERED", "KeyedVerifier", "Remembering", "SignedRecord", "VerifiedSignatures"]

MAX_REMEMBERED = 400_000  # records per community; the oldest are forgotten first


class SignedRecord(Hashable, Protocol):
    """A ledger entry, vote or receipt: its signature and the bytes it signs."""

    @property
    def signature(self) -> bytes: ...

    def signing_bytes(self) -> bytes: ...


class KeyedVerifier(Protocol):
    """A membership verifier that also names the key it would verify a device's signatures with."""

    def verify(self, device_id: str, message: bytes, signature: bytes) -> bool: ...

    def devices_of(self, member_id: str) -> frozenset[str]: ...

    def key_of(self, device_id: str) -> bytes | None: ...


class VerifiedSignatures:
    """The records whose signature verified, each with the raw public key it verified with."""

    def __init__(self, limit: int = MAX_REMEMBERED) -> None:
        self._keys: dict[SignedRecord, bytes] = {}
        self._limit = limit
        self.checked = 0  # Ed25519 checks made (for tests and benchmarks)

    def __len__(self) -> int:
        return len(self._keys)

    def verified(self, key: bytes, record: SignedRecord) -> bool:
        if self._keys.get(record) == key:
            return True
        self.checked += 1
        if not verify_signature(key, record.signature, record.signing_bytes()):
            return False
        if len(self._keys) >= self._limit:
            del self._keys[next(iter(self._keys))]
        self._keys[record] = key
        return True


class Remembering:
    """A `MembershipVerifier` over *inner* that checks each signed record once (`verify_record`)."""

    def __init__(self, inner: KeyedVerifier, memo: VerifiedSignatures) -> None:
        self._inner = inner
        self._memo = memo

    def verify(self, device_id: str, message: bytes, signature: bytes) -> bool:
        return self._inner.verify(device_id, message, signature)

    def devices_of(self, member_id: str) -> frozenset[str]:
        return self._inner.devices_of(member_id)

    def key_of(self, device_id: str) -> bytes | None:
        return self._inner.key_of(device_id)

    def verify_record(self, device_id: str, record: SignedRecord) -> bool:
        """Whether *record*'s signature verifies for *device_id* (the key *inner* knows for it)."""
        key = self._inner.key_of(device_id)
        return key is not None and self._memo.verified(key, record)
