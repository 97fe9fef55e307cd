"""The outbox of "I need support" on the person's device: each request until every supporter device it was for
acknowledged it, with when each did and when the circle's relay stored it.

`SupportOutboxRepository` satisfies `sync.support_outbox.AlertOutbox` structurally (store does not import
sync); the sync service wires it. Everything here is inside the encrypted database: the words of a request never
touch a plaintext file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ._common import ConnectionSource, check_int
from ._database import Connection, transaction
from .errors import ValidationError
from .spaces import _blob, _space_id

MAX_WAITING_ALERTS = 64  # as sync.support_outbox: a new request beyond this is refused, none is dropped
MAX_REQUEST_BYTES = 4096
DEVICE_ID_BYTES = 32
MAX_MS = 2**63 - 1


@dataclass(frozen=True)
class OutboxAlert:
    """One request as the outbox holds it. Satisfies `sync.support_outbox.StoredAlert`."""

    space_id: bytes
    at_ms: int
    request: bytes = field(repr=False)  # empty once every device acknowledged it
    left_at_relay_ms: int | None
    deliveries: tuple[tuple[bytes, int | None], ...]


def _ms(name: str, value: object) -> int:
    return check_int(name, value, low=0, high=MAX_MS)


def _device(value: object) -> bytes:
    return _blob("Device id", value, low=DEVICE_ID_BYTES, high=DEVICE_ID_BYTES)


def _full(waiting: int) -> ValidationError:
    return ValidationError(
        "Support outbox",
        f"{waiting} requests for support are still waiting for your supporters' devices, the most this computer "
        "keeps. This one was not added and none was dropped. If you need someone now, call them.",
    )


class SupportOutboxRepository:
    def __init__(self, source: ConnectionSource) -> None:
        self._source = source

    def hold_alert(self, space_id: bytes, at_ms: int, request: bytes, devices: Sequence[bytes]) -> None:
        space = _space_id(space_id)
        moment = _ms("Asked at", at_ms)
        body = _blob("Request", request, low=1, high=MAX_REQUEST_BYTES)
        if isinstance(devices, (bytes, str)) or not isinstance(devices, Sequence):
            raise ValidationError("Devices", "must be a list of device ids.")
        ids = [_device(d) for d in devices]
        with transaction(self._source.connection()) as conn:
            waiting = _waiting(conn)
            if waiting >= MAX_WAITING_ALERTS:
                raise _full(waiting)
            conn.execute("DELETE FROM support_outbox WHERE space_id = ? AND request IS NULL", (space,))
            conn.execute(
                "INSERT INTO support_outbox (space_id, at_ms, request) VALUES (?, ?, ?)"
                " ON CONFLICT (space_id, at_ms) DO UPDATE SET request = excluded.request",
                (space, moment, body),
            )
            conn.executemany(
                "INSERT OR IGNORE INTO support_outbox_devices (space_id, at_ms, device) VALUES (?, ?, ?)",
                [(space, moment, d) for d in ids],
            )

    def waiting_alerts(self) -> int:
        return _waiting(self._source.connection())

    def alerts(self) -> list[OutboxAlert]:
        conn = self._source.connection()
        devices: dict[tuple[bytes, int], list[tuple[bytes, int | None]]] = {}
        for space, at_ms, device, when in conn.execute(
            "SELECT space_id, at_ms, device, delivered_ms FROM support_outbox_devices ORDER BY device"
        ):
            devices.setdefault((bytes(space), int(at_ms)), []).append(
                (bytes(device), None if when is None else int(when))
            )
        rows = conn.execute(
            "SELECT space_id, at_ms, request, left_at_relay_ms FROM support_outbox ORDER BY at_ms, space_id"
        ).fetchall()
        return [
            OutboxAlert(
                bytes(space),
                int(at_ms),
                b"" if request is None else bytes(request),
                None if left is None else int(left),
                tuple(devices.get((bytes(space), int(at_ms)), ())),
            )
            for space, at_ms, request, left in rows
        ]

    def alert_delivered(self, space_id: bytes, at_ms: int, device: bytes, when_ms: int) -> bool:
        space, upto = _space_id(space_id), _ms("Asked at", at_ms)
        who, when = _device(device), _ms("Delivered at", when_ms)
        with transaction(self._source.connection()) as conn:
            asked = [
                int(r[0])
                for r in conn.execute(
                    "SELECT at_ms FROM support_outbox WHERE space_id = ? AND at_ms <= ?", (space, upto)
                )
            ]
            changed = 0
            for moment in asked:
                changed += conn.execute(
                    "INSERT INTO support_outbox_devices (space_id, at_ms, device, delivered_ms)"
                    " VALUES (?, ?, ?, ?) ON CONFLICT (space_id, at_ms, device)"
                    " DO UPDATE SET delivered_ms = excluded.delivered_ms WHERE delivered_ms IS NULL",
                    (space, moment, who, when),
                ).rowcount
            # Acknowledged by every device it was for: the words leave the outbox; the times stay.
            conn.execute(
                "UPDATE support_outbox SET request = NULL WHERE space_id = ? AND request IS NOT NULL AND NOT"
                " EXISTS (SELECT 1 FROM support_outbox_devices d WHERE d.space_id = support_outbox.space_id"
                " AND d.at_ms = support_outbox.at_ms AND d.delivered_ms IS NULL)",
                (space,),
            )
        return changed > 0

    def alert_left_at_relay(self, space_id: bytes, at_ms: int, when_ms: int) -> bool:
        space, moment, when = _space_id(space_id), _ms("Asked at", at_ms), _ms("Left at", when_ms)
        with transaction(self._source.connection()) as conn:
            updated: int = conn.execute(
                "UPDATE support_outbox SET left_at_relay_ms = ?"
                " WHERE space_id = ? AND at_ms = ? AND left_at_relay_ms IS NULL",
                (when, space, moment),
            ).rowcount
        return updated > 0

    def forget_alerts(self, space_id: bytes) -> None:
        space = _space_id(space_id)
        with transaction(self._source.connection()) as conn:
            conn.execute("DELETE FROM support_outbox WHERE space_id = ?", (space,))


def _waiting(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM support_outbox WHERE request IS NOT NULL").fetchone()[0])
