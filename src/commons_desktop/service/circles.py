"""The sync service's side of support circles: turn a supporter's chosen sections of the plan into the share
the engine sends (`sync.support_circle.share_for` decides what they see), and keep it current.

The plan and the supporters' choices live in the personal store; the engine knows only circle spaces and
shares. This module is the one place that joins the two, in the service process (which may read both).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from store import SUPPORT_RELAY, PlanSection, ProfileSession, StoreError
from store.support_circles import SupportCircleLink, SupportCircleSide
from sync.membership import SpaceKind
from sync.relay import RelayError
from sync.relay.address import RelayAddress
from sync.support_circle import SharedItem, SharedSection, SupportCircleOwner, SupportShare, share_for

from . import ipc

if TYPE_CHECKING:  # the app imports this module for the preview; it needs no engine
    from sync.engine import SupportRequested, SyncEngine

__all__ = ["CircleCommands", "current_share", "publish_circles", "share_for_supporter", "share_json"]

log = logging.getLogger(__name__)


def _plan_sections(session: ProfileSession) -> dict[str, SharedSection]:
    """The whole plan as shareable sections, in the plan's order (keys are the store's section names)."""
    plan = session.plan.by_section()
    return {
        section.value: SharedSection(
            section.value,
            section.title,
            tuple(SharedItem(item.text, item.response) for item in plan.get(section, [])),
        )
        for section in PlanSection
    }


def share_for_supporter(session: ProfileSession, supporter_id: str, revision: int) -> SupportShare:
    """Exactly what one of my supporters sees: the sections chosen for them, with their items, in the plan's
    order. The service sends this and the app's "what they see" shows it, so the two cannot differ."""
    chosen = {s.value for s in session.supporters.get(supporter_id).sections}
    return share_for(_plan_sections(session), chosen, revision)


def current_share(
    session: ProfileSession, link: SupportCircleLink, previous: SupportShare | None, now: dt.datetime
) -> SupportShare | None:
    """What the supporter of *link* should see now, or None when nothing changed since *previous*."""
    if link.side is not SupportCircleSide.PERSON or link.supporter_id is None:
        return None
    last = previous.revision if previous is not None else 0
    share = share_for_supporter(session, link.supporter_id, max(int(now.timestamp() * 1000), last + 1))
    if previous is not None and previous.sections == share.sections:
        return None
    return share


def publish_circles(session: ProfileSession, engine: SyncEngine) -> int:
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


def share_json(share: SupportShare | None) -> str | None:
    """A share as the app reads it: {"revision": …, "sections": [{"key", "title", "items": [[text, response]]}]}"""
    if share is None:
        return None
    return json.dumps(
        {
            "revision": share.revision,
            "sections": [
                {"key": s.key, "title": s.title, "items": [[i.text, i.response] for i in s.items]}
                for s in share.sections
            ],
        },
        ensure_ascii=False,
    )


_COMMANDS = (
    ipc.CreateCircle,
    ipc.PublishShares,
    ipc.RevokeCircle,
    ipc.RequestSupport,
    ipc.SetCircleLabel,
    ipc.RequestSeen,
    ipc.ViewShare,
    ipc.SetSupportRelay,
)


class CircleCommands:
    """The sync service's support-circle commands, and what it keeps of circles in the store: which circle is
    for which supporter, the circles I joined, their relay, and the latest "I need support" I received.

    *space_id* turns a command's space (hex) into the id of a space this device holds, or raises LookupError.
    """

    def __init__(self, session: ProfileSession, engine: SyncEngine, space_id: Callable[[str], bytes]) -> None:
        self.session = session
        self.engine = engine
        self._space_id = space_id

    def handles(self, command: object) -> bool:
        return isinstance(command, _COMMANDS)

    def run(self, command: Any) -> object:
        engine, circles = self.engine, self.session.support_circles
        if isinstance(command, ipc.CreateCircle):
            self.session.supporters.get(command.supporter)  # NotFoundError if that supporter is gone
            space = engine.create_support_circle()
            circles.add_mine(space.id, command.supporter)
            # A supporter is often not on the person's network: the circle uses a relay, so its invites carry it.
            circle_relay = self._support_relay()
            if circle_relay is not None:
                engine.set_relay(space.id, circle_relay)
            publish_circles(self.session, engine)
            return space.id.hex()
        if isinstance(command, ipc.PublishShares):
            return publish_circles(self.session, engine)
        if isinstance(command, ipc.RevokeCircle):
            held = engine.space(self._space_id(command.space))
            assert held is not None
            SupportCircleOwner(held).revoke(now=engine.now())
            engine.membership_changed(held.id)
            circles.remove(held.id)
            return None
        if isinstance(command, ipc.RequestSupport):
            return len(engine.request_support(command.message))
        if isinstance(command, ipc.SetCircleLabel):
            circles.set_label(self._space_id(command.space), command.label)
            return None
        if isinstance(command, ipc.RequestSeen):
            circles.mark_request_seen(self._space_id(command.space))
            return None
        if isinstance(command, ipc.ViewShare):
            return share_json(engine.share(self._space_id(command.space)))
        if isinstance(command, ipc.SetSupportRelay):
            text = RelayAddress.from_text(command.address).to_text() if command.address.strip() else None
            circle_relay = text or self._community_relay()
            mine = [
                c.space_id
                for c in circles.list()
                if c.side is SupportCircleSide.PERSON and engine.space(c.space_id) is not None
            ]
            for space_id in mine:
                engine.set_relay(space_id, circle_relay)
            return len(mine)
        raise ValueError("this command is not a support circle's")

    def status(self) -> list[dict[str, Any]]:
        """The circles as `status` reports them (docs/protocol.md, "App ↔ sync service IPC")."""
        return [
            {
                "space": link.space_id.hex(),
                "side": link.side.value,
                "supporter": link.supporter_id or "",
                "label": link.label,
                "shared": self.engine.share(link.space_id) is not None,
                "request": None
                if link.request is None
                else {"at": link.request.at_ms, "message": link.request.message, "seen": link.request.seen},
            }
            for link in self.session.support_circles.list()
        ]

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

    def _support_relay(self) -> str | None:
        """The relay for my support circles: the one the person chose for them (the Support screen stores it),
        else the relay of the first of my communities that has one."""
        chosen = self.session.settings.get(SUPPORT_RELAY)
        if chosen:
            try:
                return RelayAddress.from_text(chosen).to_text()
            except RelayError:  # the app checks it before storing; the text itself is never logged
                log.warning("the support network's relay address is not a relay address; ignoring it")
        return self._community_relay()

    def _community_relay(self) -> str | None:
        for space_id in self.engine.space_ids():
            space = self.engine.space(space_id)
            address = self.engine.relay_address(space_id)
            if space is not None and space.kind is SpaceKind.COMMUNITY and address:
                return address
        return None
