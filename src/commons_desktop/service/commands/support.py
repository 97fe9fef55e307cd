"""Support-circle commands, and what the service keeps of circles in the store: which circle is for which
supporter, the circles I joined, their relay, and the latest "I need support" I received.

The plan and the supporters' choices live in the personal store; the engine knows only circle spaces and
shares. The service is the one process that reads both: it turns a supporter's chosen sections into the
share the engine sends (`commons_desktop.shares`) and keeps every share current.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from commons_desktop.shares import current_share
from store import SUPPORT_RELAY, ProfileSession, StoreError
from store.support_circles import SupportCircleSide
from sync.membership import SpaceKind
from sync.relay import RelayError
from sync.relay.address import RelayAddress
from sync.support_circle import SupportCircleOwner, SupportShare

from ..protocol import (
    CreateSupportCircle,
    ListSupportCircles,
    ListSupportDeliveries,
    MarkRequestSeen,
    PublishShares,
    RequestSupport,
    RevokeSupportCircle,
    SetSupportCircleLabel,
    ViewShare,
)
from ..values import SupportCircleInfo, SupportDelivery, SupportRequest, SupportSent
from . import handles

if TYPE_CHECKING:
    from sync.engine import SupportRequested, SyncEngine

    from ..core import Service

__all__ = ["SupportCircles", "publish_shares", "support_deliveries"]

log = logging.getLogger(__name__)


def publish_shares(session: ProfileSession, engine: SyncEngine) -> int:
    """Bring every circle of mine up to date with the plan and the choices; returns how many changed."""
    changed = 0
    for link in session.support_circles.list():
        space = engine.space(link.space_id)
        if space is None or not space.is_member:
            continue
        share = current_share(session, link, engine.share(link.space_id), engine.now())
        if share is not None:
            engine.publish_share(link.space_id, share)
            changed += 1
    return changed


class SupportCircles:
    """The store's side of support circles, for the handlers and the service's event relay."""

    def __init__(self, session: ProfileSession, engine: SyncEngine) -> None:
        self.session = session
        self.engine = engine

    def joined(self, space_id: bytes) -> str:
        """After a join: a support circle I was invited into is kept as one (its share arrives by sync)."""
        space = self.engine.space(space_id)
        if space is not None and space.kind is SpaceKind.CIRCLE:
            self.session.support_circles.add_joined(space_id)
        return space_id.hex()

    def keep_request(self, event: SupportRequested) -> bool:
        """Keep "I need support" in the store, so the supporter's window shows it after a restart too; False for
        one no newer than the one kept (already shown, or marked seen)."""
        try:
            return self.session.support_circles.record_request(event.space_id, event.at_ms, event.message)
        except StoreError as exc:  # show it anyway: losing it from the screen is worse than not keeping it
            log.warning("could not keep a support request: %s", type(exc).__name__)
            return True

    def use_relay(self, address: str | None) -> int:
        """Point every circle of mine at *address* (None: no relay)."""
        circle_relay = address or None
        mine = [
            c.space_id
            for c in self.session.support_circles.list()
            if c.side is SupportCircleSide.PERSON and self.engine.space(c.space_id) is not None
        ]
        for space_id in mine:
            self.engine.set_relay(space_id, circle_relay)
        return len(mine)

    def relay_for_new_circle(self) -> str | None:
        """The relay for my support circles: the one the person chose for them (the Support screen stores it),
        else none. Never a community's by default: that relay's operator would learn how many circles I have
        and when I ask for support, beside the community it already serves (docs/security.md)."""
        chosen = self.session.settings.get(SUPPORT_RELAY)
        if chosen:
            try:
                return RelayAddress.from_text(chosen).to_text()
            except RelayError:  # the window checks it before storing; the text itself is never logged
                log.warning("the support network's relay address is not a relay address; ignoring it")
        return None


def support_deliveries(session: ProfileSession, engine: SyncEngine) -> tuple[SupportDelivery, ...]:
    """Where my latest "I need support" stands with each supporter whose circle has one."""
    names = {s.id: s.name for s in session.supporters.list()}
    mine = {c.space_id: c.supporter_id for c in session.support_circles.list()}
    deliveries = [
        SupportDelivery(
            space=status.space_id.hex(),
            supporter=names.get(mine.get(status.space_id) or "", ""),
            asked_at=status.at_ms,
            delivered_at=status.first_delivered_ms,
            waiting=len(status.waiting),
            left_at_relay=status.left_at_relay_ms,
            relay=engine.relay_address(status.space_id) is not None,
        )
        for status in engine.alert_statuses()
        if status.space_id in mine
    ]
    return tuple(sorted(deliveries, key=lambda d: (d.supporter.casefold(), d.space)))


@handles(ListSupportDeliveries)
def list_support_deliveries(service: Service, _: ListSupportDeliveries) -> tuple[SupportDelivery, ...]:
    return support_deliveries(service.session, service.engine)


@handles(ListSupportCircles)
def list_support_circles(service: Service, _: ListSupportCircles) -> tuple[SupportCircleInfo, ...]:
    engine = service.engine
    return tuple(
        SupportCircleInfo(
            space=link.space_id.hex(),
            side=link.side.value,
            supporter=link.supporter_id or "",
            label=link.label,
            shared=engine.share(link.space_id) is not None,
            request=None
            if link.request is None
            else SupportRequest(link.request.at_ms, link.request.message, link.request.seen),
        )
        for link in service.session.support_circles.list()
    )


@handles(CreateSupportCircle)
def create_support_circle(service: Service, command: CreateSupportCircle) -> str:
    session, engine = service.session, service.engine
    session.supporters.get(command.supporter)  # NotFoundError if that supporter is gone
    space = engine.create_support_circle()
    session.support_circles.add_mine(space.id, command.supporter)
    # A supporter is often not on the person's network: the circle uses a relay, so its invites carry it.
    circle_relay = service.support.relay_for_new_circle()
    if circle_relay is not None:
        engine.set_relay(space.id, circle_relay)
    publish_shares(session, engine)
    return space.id.hex()


@handles(PublishShares)
def publish(service: Service, _: PublishShares) -> int:
    return publish_shares(service.session, service.engine)


@handles(RevokeSupportCircle)
def revoke(service: Service, command: RevokeSupportCircle) -> None:
    engine = service.engine
    held = engine.space(service.space_id(command.space))
    assert held is not None
    SupportCircleOwner(held).revoke(now=engine.now())
    engine.membership_changed(held.id)
    engine.alerts.forget(held.id)  # nobody is left to deliver to: it must not fill the outbox
    service.session.support_circles.remove(held.id)


@handles(RequestSupport)
def request_support(service: Service, command: RequestSupport) -> SupportSent:
    went = service.engine.request_support(command.message)
    return SupportSent(
        now=sum(1 for d in went if d.devices),
        relay=sum(1 for d in went if not d.devices and d.relay),
        waiting=sum(1 for d in went if not d.told),
    )


@handles(SetSupportCircleLabel)
def set_label(service: Service, command: SetSupportCircleLabel) -> None:
    service.session.support_circles.set_label(service.space_id(command.space), command.label)


@handles(MarkRequestSeen)
def mark_seen(service: Service, command: MarkRequestSeen) -> None:
    service.session.support_circles.mark_request_seen(service.space_id(command.space))


@handles(ViewShare)
def view_share(service: Service, command: ViewShare) -> SupportShare | None:
    return service.engine.share(service.space_id(command.space))
