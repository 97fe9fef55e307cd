"""Passphrase → 32-byte database key with Argon2id; parameters are stored per profile."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from .errors import UnsupportedFormatError

KEY_LENGTH = 32
SALT_LENGTH = 16
_KEY_CHECK_LABEL = b"commons/key-check/v1"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters. The defaults take 0.3–0.5 s on the 2-core machines we measure on."""

    memory_cost_kib: int = 128 * 1024
    iterations: int = 3
    lanes: int = 4

    def to_json(self) -> dict[str, Any]:
        return {
            "algorithm": "argon2id",
            "memory_cost_kib": self.memory_cost_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        if not isinstance(data, dict) or data.get("algorithm") != "argon2id":
            raise UnsupportedFormatError("This profile uses a key derivation this version does not know.")
        try:
            params = cls(
                memory_cost_kib=int(data["memory_cost_kib"]),
                iterations=int(data["iterations"]),
                lanes=int(data["lanes"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise UnsupportedFormatError("The profile's key derivation settings are damaged.") from exc
        # Bounds keep a tampered header from making unlock take hours or exhaust memory.
        if not (8 * params.lanes <= params.memory_cost_kib <= 4 * 1024 * 1024):
            raise UnsupportedFormatError("The profile's key derivation memory setting is out of range.")
        if not (1 <= params.iterations <= 64 and 1 <= params.lanes <= 64):
            raise UnsupportedFormatError("The profile's key derivation settings are out of range.")
        return params


DEFAULT_KDF = KdfParams()


def new_salt() -> bytes:
    return os.urandom(SALT_LENGTH)


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The raw SQLCipher key for this passphrase. Slow on purpose."""
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_cost_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def key_check(key: bytes) -> bytes:
    """A short tag that tells a wrong passphrase apart without touching the database file.

    It reveals nothing the encrypted database does not: an attacker can already test a guess by
    decrypting the first page, and every guess still costs one Argon2id derivation.
    """
    return hmac.new(key, _KEY_CHECK_LABEL, hashlib.sha256).digest()[:16]
