""" "I need support" on its way: the person's side keeps every request in a durable outbox
(`sync.support_outbox`) until each supporter device acknowledged it, and says truthfully how far it got; the
supporter's side reports each request once and acknowledges it.

- **Asking.** A request is written to the outbox (committed) before it is sealed to anyone, so a crash, a lock
  or a restart loses nothing. It then goes to every supporter device in session and to the circle's relay.
- **Delivered** means a supporter's device acknowledged it: a RECEIPT frame in a LAN session (`wire.Receipt`),
  sent when the ALERT arrives and again whenever the two devices meet. A supporter's device is a reader and may
  seal nothing, so it cannot acknowledge through the relay: there the most the person's device can know is that
  the relay stored it ("left at the relay").
- **Waiting** requests go to each supporter device that connects and has not acknowledged them, and to the
  relay whenever a relay link for the circle is made (a restart, a new address) until the relay acknowledged
  them.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sync.identity import DeviceId
from sync.membership import Role, SpaceKind
from sync.spaces import Space, SpaceError
from sync.support_circle import SupportCircleError, SupportRequest
from sync.support_outbox import AlertOutbox, StoredAlert

from .events import AlertDeliveryChanged, EngineEvent, SupportRequested
from .wire import Inner, encode_inner

if TYPE_CHECKING:
    from .relayed import RelayedSpace
    from .session import PeerSession

__all__ = ["AlertDelivery", "AlertStatus", "SupportAlerts"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AlertDelivery:
    """How "I need support" went for one of my circles at the moment it was asked: sent to *devices* supporter
    devices in session (each acknowledges it: `AlertStatus`), and whether the circle has a relay it goes to.
    Neither: it waits in the outbox for a supporter's device to connect."""

    space_id: bytes
    devices: int
    relay: bool

    @property
    def told(self) -> bool:
        return self.devices > 0 or self.relay


@dataclass(frozen=True)
class AlertStatus:
    """Where my latest request in a circle stands: the supporter devices that acknowledged it, and when;
    those still waiting; and when the circle's relay stored it (None: not stored there, or no relay)."""

    space_id: bytes
    at_ms: int
    delivered: tuple[tuple[DeviceId, int], ...]
    waiting: tuple[DeviceId, ...]
    left_at_relay_ms: int | None

    @property
    def first_delivered_ms(self) -> int | None:
        return min((ms for _, ms in self.delivered), default=None)


def _ms(moment: dt.datetime) -> int:
    return int(moment.timestamp() * 1000)


def _status(alert: StoredAlert) -> AlertStatus:
    return AlertStatus(
        alert.space_id,
        alert.at_ms,
        tuple((DeviceId(d), ms) for d, ms in alert.deliveries if ms is not None),
        tuple(DeviceId(d) for d, ms in alert.deliveries if ms is None),
        alert.left_at_relay_ms,
    )


def supporter_devices(space: Space) -> list[DeviceId]:
    return [d for d, m in space.state.members.items() if m.role is Role.READER]


def is_my_circle(space: Space) -> bool:
    """A support circle in which this device is the person's (an admin)."""
    return (
        space.kind is SpaceKind.CIRCLE
        and space.is_member
        and space.state.role_of(space.me.device_id) is Role.ADMIN
    )


class SupportAlerts:
    """Both sides of "I need support" for one engine (its spaces, sessions, clock and listeners)."""

    def __init__(
        self,
        outbox: AlertOutbox,
        spaces: Callable[[], Sequence[Space]],
        now: Callable[[], dt.datetime],
        emit: Callable[[EngineEvent], None],
    ) -> None:
        self.outbox = outbox
        self._spaces = spaces
        self._now = now
        self._emit = emit
        self._seen: dict[bytes, int] = {}  # a circle I support someone in -> the latest request reported

    # -- the person's side --

    def ask(
        self, message: str, sessions: Sequence[PeerSession], relayed: dict[bytes, RelayedSpace]
    ) -> list[AlertDelivery]:
        """Keep the request in the outbox for every circle of mine with a supporter, then send it. Raises
        ValueError (saying so, nothing sent) when the outbox is full."""
        request = SupportRequest(_ms(self._now()), message)
        circles = [s for s in self._spaces() if is_my_circle(s) and supporter_devices(s)]
        for space in circles:
            devices = [d.raw for d in supporter_devices(space)]
            self.outbox.hold_alert(space.id, request.at_ms, request.to_bytes(), devices)
        out = []
        for space in circles:
            sent = sum(session.send_alert(space, request) for session in sessions)
            linked = relayed.get(space.id)
            if linked is not None:
                self._queue(linked, request)
            out.append(AlertDelivery(space.id, sent, linked is not None))
            self._emit(AlertDeliveryChanged(space.id))
        return out

    def connected(self, session: PeerSession, shared: Sequence[Space]) -> None:
        """A device connected: requests it has not acknowledged go to it; and if it is the person's device of a
        circle I support someone in, it hears which of their requests this device has."""
        waiting = [a for a in self.outbox.alerts() if a.request]
        peer = session.peer.device_id.raw
        for space in shared:
            if is_my_circle(space):
                for alert in waiting:
                    if alert.space_id == space.id and dict(alert.deliveries).get(peer) is None:
                        self._resend(session, space, alert)
            elif space.kind is SpaceKind.CIRCLE and space.id in self._seen:
                session.send_receipt(space, self._seen[space.id])

    def _resend(self, session: PeerSession, space: Space, alert: StoredAlert) -> None:
        try:
            session.send_alert(space, SupportRequest.from_bytes(alert.request))
        except SupportCircleError:  # the store checks what it keeps; a bug, not the person's words
            log.error("a waiting support request in the outbox does not read")

    def receipt(self, space_id: bytes, at_ms: int, device: DeviceId) -> None:
        if self.outbox.alert_delivered(space_id, at_ms, device.raw, _ms(self._now())):
            self._emit(AlertDeliveryChanged(space_id))

    def for_relay(self, linked: RelayedSpace) -> None:
        """A relay link was made for a circle of mine: queue what the relay has not acknowledged yet."""
        if not is_my_circle(linked.space):
            return
        for alert in self.outbox.alerts():
            if alert.space_id == linked.space.id and alert.request and alert.left_at_relay_ms is None:
                try:
                    self._queue(linked, SupportRequest.from_bytes(alert.request))
                except SupportCircleError:
                    log.error("a waiting support request in the outbox does not read")

    def _queue(self, linked: RelayedSpace, request: SupportRequest) -> None:
        try:
            sealed = linked.space.seal(encode_inner(Inner.ALERT, request.to_bytes()), now=self._now())
        except SpaceError as exc:  # e.g. waiting for a new key: the outbox keeps it for the next link
            log.info("a support request could not be sealed for the relay yet: %s", exc)
            return
        linked.alerts[request.at_ms] = sealed

    def left_at_relay(self, space_id: bytes, stored: Sequence[int]) -> None:
        now = _ms(self._now())
        if any([self.outbox.alert_left_at_relay(space_id, at_ms, now) for at_ms in stored]):
            self._emit(AlertDeliveryChanged(space_id))

    def statuses(self) -> list[AlertStatus]:
        """My latest request in each circle that has one, oldest first."""
        latest: dict[bytes, StoredAlert] = {}
        for alert in self.outbox.alerts():
            latest[alert.space_id] = alert
        return [_status(a) for a in latest.values()]

    # -- the supporter's side --

    def received(self, space_id: bytes, request: SupportRequest) -> None:
        """The person asked for support (each request is reported once per run)."""
        if request.at_ms > self._seen.get(space_id, -1):
            self._seen[space_id] = request.at_ms
            self._emit(SupportRequested(space_id, request.at_ms, request.message))

    def forget(self, space_id: bytes) -> None:
        self._seen.pop(space_id, None)
        self.outbox.forget_alerts(space_id)
