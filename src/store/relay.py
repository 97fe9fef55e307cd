"""Each space's relay and how far this device has come with it, and the replay windows of its senders.

`RelayRepository` satisfies `sync.ports.RelayStateStore` structurally (store does not import sync); the app
wires it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ._common import ConnectionSource, check_int
from ._database import transaction
from .errors import ValidationError
from .spaces import _blob, _space_id

MAX_ADDRESS = 1024
MAX_CERTIFICATE_BYTES = 64 * 1024
MAX_HEADS = 1024
MAX_CURSOR = 2**63 - 1
MAX_WINDOW_BYTES = 128
HASH_BYTES = 32


@dataclass(frozen=True)
class RelayRecord:
    """A space's relay. Satisfies `sync.ports.RelayState`."""

    address: str = field(repr=False)  # holds the relay credential
    certificate: bytes | None = field(repr=False)
    cursor: int
    heads: tuple[bytes, ...]


class WindowRow(Protocol):
    """A replay window as `sync.ports.ReplayWindowRow` describes it."""

    @property
    def space_tag(self) -> bytes: ...

    @property
    def sender(self) -> bytes: ...

    @property
    def highest(self) -> int: ...

    @property
    def seen(self) -> bytes: ...


@dataclass(frozen=True)
class WindowRecord:
    space_tag: bytes
    sender: bytes
    highest: int
    seen: bytes = field(repr=False)


def _no_relay() -> ValidationError:
    return ValidationError("Relay", "the space has no relay; set its address first.")


def _address(value: object) -> str:
    if not isinstance(value, str) or not 1 <= len(value) <= MAX_ADDRESS:
        raise ValidationError("Relay address", f"must be text of 1 to {MAX_ADDRESS} characters.")
    return value


def _heads(value: object) -> bytes:
    if isinstance(value, (bytes, bytearray, memoryview, str)) or not isinstance(value, Sequence):
        raise ValidationError("Relay heads", "must be a list of change hashes, not one value.")
    if len(value) > MAX_HEADS:
        raise ValidationError("Relay heads", f"are at most {MAX_HEADS}.")
    return b"".join(_blob(f"Relay head {i}", h, low=HASH_BYTES, high=HASH_BYTES) for i, h in enumerate(value))


def _window(index: int, value: object) -> tuple[bytes, bytes, int, bytes]:
    try:
        tag, sender, highest, seen = value.space_tag, value.sender, value.highest, value.seen  # type: ignore[attr-defined]
    except AttributeError:
        raise ValidationError(f"Replay window {index}", "must be a ReplayWindowRow.") from None
    return (
        _blob(f"Replay window {index} tag", tag, low=HASH_BYTES, high=HASH_BYTES),
        _blob(f"Replay window {index} sender", sender, low=HASH_BYTES, high=HASH_BYTES),
        check_int(f"Replay window {index} highest", highest, low=0, high=MAX_CURSOR),
        _blob(f"Replay window {index} bitmap", seen, low=0, high=MAX_WINDOW_BYTES),
    )


class RelayRepository:
    """Relay progress and replay windows; the semantics are those of `sync.ports.RelayStateStore`."""

    def __init__(self, source: ConnectionSource) -> None:
        self._source = source

    def relay_state(self, space_id: bytes) -> RelayRecord | None:
        row = (
            self._source.connection()
            .execute(
                "SELECT address, certificate, cursor, heads FROM relay_spaces WHERE space_id = ?",
                (_space_id(space_id),),
            )
            .fetchone()
        )
        if row is None:
            return None
        heads = bytes(row[3])
        return RelayRecord(
            str(row[0]),
            None if row[1] is None else bytes(row[1]),
            int(row[2]),
            tuple(heads[i : i + HASH_BYTES] for i in range(0, len(heads), HASH_BYTES)),
        )

    def set_relay_address(self, space_id: bytes, address: str | None) -> None:
        space = _space_id(space_id)
        conn = self._source.connection()
        if address is None:
            with transaction(conn):
                conn.execute("DELETE FROM relay_spaces WHERE space_id = ?", (space,))
            return
        text = _address(address)
        with transaction(conn):
            # A different relay starts over: its stream sequences mean nothing here.
            conn.execute(
                "INSERT INTO relay_spaces (space_id, address) VALUES (?, ?) ON CONFLICT (space_id) DO UPDATE"
                " SET address = excluded.address, certificate = NULL, cursor = 0, heads = x''"
                " WHERE relay_spaces.address IS NOT excluded.address",
                (space, text),
            )

    def set_relay_certificate(self, space_id: bytes, certificate: bytes) -> None:
        space = _space_id(space_id)
        pem = _blob("Relay certificate", certificate, low=1, high=MAX_CERTIFICATE_BYTES)
        conn = self._source.connection()
        with transaction(conn):
            if (
                conn.execute(
                    "UPDATE relay_spaces SET certificate = ? WHERE space_id = ?", (pem, space)
                ).rowcount
                == 0
            ):
                raise _no_relay()

    def save_relay_progress(self, space_id: bytes, cursor: int, heads: Sequence[bytes]) -> None:
        space = _space_id(space_id)
        if isinstance(cursor, int) and not isinstance(cursor, bool) and cursor < 0:
            raise ValidationError("Relay cursor", "cannot be negative.")
        position = check_int("Relay cursor", cursor, low=0, high=MAX_CURSOR)
        packed = _heads(heads)
        conn = self._source.connection()
        with transaction(conn):
            updated = conn.execute(
                "UPDATE relay_spaces SET cursor = ?, heads = ? WHERE space_id = ?", (position, packed, space)
            ).rowcount
            if updated == 0:
                raise _no_relay()

    def forget_relay(self, space_id: bytes) -> None:
        """Delete the space's relay, progress and replay windows (the space is being forgotten)."""
        space = _space_id(space_id)
        conn = self._source.connection()
        with transaction(conn):
            conn.execute("DELETE FROM relay_spaces WHERE space_id = ?", (space,))
            conn.execute("DELETE FROM replay_windows WHERE space_id = ?", (space,))

    def replay_windows(self, space_id: bytes) -> Sequence[WindowRecord]:
        rows = self._source.connection().execute(
            "SELECT space_tag, sender, highest, seen FROM replay_windows WHERE space_id = ?"
            " ORDER BY space_tag, sender",
            (_space_id(space_id),),
        )
        return [WindowRecord(bytes(r[0]), bytes(r[1]), int(r[2]), bytes(r[3])) for r in rows]

    def save_replay_windows(self, space_id: bytes, windows: Sequence[WindowRow]) -> None:
        space = _space_id(space_id)
        if not isinstance(windows, Sequence) or isinstance(windows, (bytes, str)):
            raise ValidationError("Replay windows", "must be a list of windows.")
        rows = [(space, *_window(i, w)) for i, w in enumerate(windows)]  # all checked before any is written
        conn = self._source.connection()
        with transaction(conn):
            conn.executemany(
                "INSERT OR REPLACE INTO replay_windows (space_id, space_tag, sender, highest, seen)"
                " VALUES (?, ?, ?, ?, ?)",
                rows,
            )
