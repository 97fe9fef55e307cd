"""What the engine needs to keep "I need support" until each supporter's device has it: the outbox port, and an
in-memory fake for tests of the layers above.

The person's device holds each request it made, per support circle, with a row per supporter device: when that
device acknowledged it (in a LAN session), and when the circle's relay stored it. The request's bytes go from
the outbox once every supporter device it was for has acknowledged it; the delivery times stay, so the window
can say "delivered at 14:02" after a restart. The encrypted store (`store.support_outbox`) satisfies the port
structurally, and the same conformance tests run against both (tests/conformance).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from sync.invites import SPACE_ID_BYTES

__all__ = [
    "MAX_REQUEST_BYTES",
    "MAX_WAITING_ALERTS",
    "AlertOutbox",
    "InMemoryAlertOutbox",
    "StoredAlert",
    "full_message",
]

MAX_WAITING_ALERTS = 64  # requests not yet on every supporter device; a new one beyond this is refused
MAX_REQUEST_BYTES = 4096  # an encoded SupportRequest (sync.support_circle) is at most about half of this
MAX_MS = 2**63 - 1
DEVICE_ID_BYTES = 32


class StoredAlert(Protocol):
    """One request for support as the outbox holds it."""

    @property
    def space_id(self) -> bytes: ...

    @property
    def at_ms(self) -> int: ...  # when it was asked (Unix ms): the request's identity within its circle

    @property
    def request(self) -> bytes: ...  # the encoded SupportRequest; empty once every device acknowledged it

    @property
    def left_at_relay_ms(self) -> int | None: ...  # when the circle's relay acknowledged storing it

    @property
    def deliveries(self) -> tuple[tuple[bytes, int | None], ...]: ...  # (device id, acknowledged at ms)


class AlertOutbox(Protocol):
    """The durable outbox of "I need support". Every write is committed before it returns; bad arguments raise
    ValueError (the store's ValidationError) and write nothing."""

    def hold_alert(self, space_id: bytes, at_ms: int, request: bytes, devices: Sequence[bytes]) -> None:
        """Keep a new request for the circle, waiting for each of *devices*. Requests of the circle that every
        device already acknowledged are dropped (only the newest is shown). ValueError when
        `MAX_WAITING_ALERTS` requests are already waiting: nothing is dropped to make room."""
        ...

    def waiting_alerts(self) -> int:
        """How many requests still wait for at least one device."""
        ...

    def alerts(self) -> Sequence[StoredAlert]:
        """Every request held, oldest first."""
        ...

    def alert_delivered(self, space_id: bytes, at_ms: int, device: bytes, when_ms: int) -> bool:
        """*device* acknowledged the circle's requests up to *at_ms*: record *when_ms* for each it had not
        acknowledged (adding the device to a request it was not listed for). Returns whether anything changed."""
        ...

    def alert_left_at_relay(self, space_id: bytes, at_ms: int, when_ms: int) -> bool:
        """The circle's relay acknowledged storing the request. Returns whether anything changed."""
        ...

    def forget_alerts(self, space_id: bytes) -> None:
        """Drop every request of the circle (it was revoked or forgotten)."""
        ...


@dataclass(frozen=True)
class _Alert:
    space_id: bytes
    at_ms: int
    request: bytes = field(repr=False)
    left_at_relay_ms: int | None
    deliveries: tuple[tuple[bytes, int | None], ...]


def _refuse(name: str, message: str) -> ValueError:
    return ValueError(f"{name}: {message}")  # worded as the store's ValidationError


def _blob(name: str, value: object, low: int, high: int) -> bytes:
    if not isinstance(value, bytes) or not low <= len(value) <= high:
        raise _refuse(name, f"must be {low} to {high} bytes.")
    return value


def _ms(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_MS:
        raise _refuse(name, "must be a moment in milliseconds.")
    return value


def full_message(waiting: int) -> str:
    """What to tell the person when the outbox is full (the store says the same)."""
    return (
        f"{waiting} requests for support are still waiting for your supporters' devices, the "
        "most this computer keeps. This one was not added and none was dropped. If you need someone now, "
        "call them."
    )


class InMemoryAlertOutbox:
    """An `AlertOutbox` in memory (lost with the process: for tests of the layers above)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._alerts: dict[tuple[bytes, int], _Alert] = {}

    def hold_alert(self, space_id: bytes, at_ms: int, request: bytes, devices: Sequence[bytes]) -> None:
        space = _blob("Space id", space_id, SPACE_ID_BYTES, SPACE_ID_BYTES)
        moment = _ms("Asked at", at_ms)
        body = _blob("Request", request, 1, MAX_REQUEST_BYTES)
        ids = tuple(_blob("Device id", d, DEVICE_ID_BYTES, DEVICE_ID_BYTES) for d in devices)
        with self._lock:
            waiting = sum(1 for a in self._alerts.values() if a.request)
            if waiting >= MAX_WAITING_ALERTS:
                raise _refuse("Support outbox", full_message(waiting))
            for key, alert in list(self._alerts.items()):
                if alert.space_id == space and not alert.request:
                    del self._alerts[key]
            self._alerts[(space, moment)] = _Alert(space, moment, body, None, tuple((d, None) for d in ids))

    def waiting_alerts(self) -> int:
        with self._lock:
            return sum(1 for a in self._alerts.values() if a.request)

    def alerts(self) -> Sequence[StoredAlert]:
        with self._lock:
            return sorted(self._alerts.values(), key=lambda a: (a.at_ms, a.space_id))

    def alert_delivered(self, space_id: bytes, at_ms: int, device: bytes, when_ms: int) -> bool:
        device = _blob("Device id", device, DEVICE_ID_BYTES, DEVICE_ID_BYTES)
        upto, when = _ms("Asked at", at_ms), _ms("Delivered at", when_ms)
        changed = False
        with self._lock:
            for key, alert in list(self._alerts.items()):
                if alert.space_id != space_id or alert.at_ms > upto:
                    continue
                rows = dict(alert.deliveries)
                if rows.get(device) is not None:
                    continue
                rows[device] = when
                done = all(t is not None for t in rows.values())
                self._alerts[key] = _Alert(
                    alert.space_id,
                    alert.at_ms,
                    b"" if done else alert.request,
                    alert.left_at_relay_ms,
                    tuple(rows.items()),
                )
                changed = True
        return changed

    def alert_left_at_relay(self, space_id: bytes, at_ms: int, when_ms: int) -> bool:
        when = _ms("Left at", when_ms)
        with self._lock:
            alert = self._alerts.get((space_id, at_ms))
            if alert is None or alert.left_at_relay_ms is not None:
                return False
            self._alerts[(space_id, at_ms)] = _Alert(
                alert.space_id, alert.at_ms, alert.request, when, alert.deliveries
            )
            return True

    def forget_alerts(self, space_id: bytes) -> None:
        with self._lock:
            for key in [k for k in self._alerts if k[0] == space_id]:
                del self._alerts[key]
