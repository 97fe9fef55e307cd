"""This device's identity keys (Ed25519 for signing, X25519 for key agreement, and a hybrid ML-KEM-768 + X25519
key for sealed epoch keys) and its CRDT actor id."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric import mlkem
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ._common import ConnectionSource, utc_now
from ._database import Connection, transaction


@dataclass(frozen=True)
class DeviceIdentity:
    signing_key: bytes = field(repr=False)
    agreement_key: bytes = field(repr=False)
    actor_id: bytes
    hybrid_key: bytes | None = field(default=None, repr=False)  # 96 bytes, once made

    @property
    def signing_public_key(self) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.signing_key).public_key().public_bytes_raw()

    @property
    def device_id(self) -> bytes:
        """SHA-256 of the Ed25519 public key."""
        return hashlib.sha256(self.signing_public_key).digest()


def generate_identity() -> DeviceIdentity:
    return DeviceIdentity(
        Ed25519PrivateKey.generate().private_bytes_raw(),
        X25519PrivateKey.generate().private_bytes_raw(),
        os.urandom(16),
        _new_hybrid_key(),
    )


def _new_hybrid_key() -> bytes:
    """ML-KEM-768 seed (64 bytes) ‖ X25519 private key (32 bytes): `sync.identity.HybridKey` reads it."""
    return (
        mlkem.MLKEM768PrivateKey.generate().private_bytes_raw()
        + X25519PrivateKey.generate().private_bytes_raw()
    )


def replace_identity(conn: Connection) -> DeviceIdentity:
    """Give this profile a fresh identity (new profile, import, restore). Caller holds the transaction."""
    identity = generate_identity()
    conn.execute(
        "INSERT INTO device_identity (slot, signing_key, agreement_key, actor_id, hybrid_key, created_at)"
        " VALUES (1, ?, ?, ?, ?, ?)"
        " ON CONFLICT (slot) DO UPDATE SET signing_key = excluded.signing_key,"
        " agreement_key = excluded.agreement_key, actor_id = excluded.actor_id, hybrid_key = excluded.hybrid_key,"
        " created_at = excluded.created_at",
        (identity.signing_key, identity.agreement_key, identity.actor_id, identity.hybrid_key, utc_now()),
    )
    return identity


def current_identity(conn: Connection) -> DeviceIdentity | None:
    row = conn.execute(
        "SELECT signing_key, agreement_key, actor_id, hybrid_key FROM device_identity WHERE slot = 1"
    ).fetchone()
    if row is None:
        return None
    return DeviceIdentity(
        bytes(row[0]), bytes(row[1]), bytes(row[2]), bytes(row[3]) if row[3] is not None else None
    )


@dataclass(frozen=True)
class PreviousIdentity:
    """The keys of the device this profile was before a move or a restore (no actor id: it writes nothing)."""

    signing_key: bytes = field(repr=False)
    agreement_key: bytes = field(repr=False)
    hybrid_key: bytes | None = field(default=None, repr=False)  # its epoch keys may be sealed to this


class IdentityRepository:
    def __init__(self, source: ConnectionSource) -> None:
        self._source = source

    def get(self) -> DeviceIdentity:
        row = (
            self._source.connection()
            .execute(
                "SELECT signing_key, agreement_key, actor_id, hybrid_key FROM device_identity WHERE slot = 1"
            )
            .fetchone()
        )
        if row is None:
            raise LookupError("This profile has no device identity yet.")
        hybrid = bytes(row[3]) if row[3] is not None else None
        return DeviceIdentity(bytes(row[0]), bytes(row[1]), bytes(row[2]), hybrid)

    def ensure_hybrid_key(self) -> DeviceIdentity:
        """This device's identity with a hybrid key: a device from before hybrid keys makes one now and keeps
        it (it then publishes it in each of its spaces). Raises LookupError if there is no identity yet."""
        identity = self.get()
        if identity.hybrid_key is not None:
            return identity
        conn = self._source.connection()
        with transaction(conn):
            conn.execute(
                "UPDATE device_identity SET hybrid_key = ? WHERE slot = 1 AND hybrid_key IS NULL",
                (_new_hybrid_key(),),
            )
        return self.get()

    def previous(self) -> PreviousIdentity | None:
        """The old device's keys after a move or restore, until `forget_previous` (see store.transfer)."""
        row = (
            self._source.connection()
            .execute("SELECT signing_key, agreement_key, hybrid_key FROM previous_identity WHERE slot = 1")
            .fetchone()
        )
        if row is None:
            return None
        return PreviousIdentity(bytes(row[0]), bytes(row[1]), bytes(row[2]) if row[2] is not None else None)

    def forget_previous(self) -> None:
        """The new device has joined every circle the old one could introduce it to: its keys go."""
        with transaction(self._source.connection()) as conn:
            conn.execute("DELETE FROM previous_identity")
