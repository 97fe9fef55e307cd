"""People in a community and leaving one: who is in it with which role and devices, an admin changing a
member's role or removing them, leaving (this device forgets the community), and the demo town, a community
kept on this device only.

Roles and removals are written to the membership log first (that is what every peer's authority checks
read), then to the member record in the document where the write rules allow it: an admin may change
another member's role there, but never delete or mark their record, so "removed" is read from the log.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from store import DEMO_COMMUNITY, ProfileSession, StoreError
from sync import membership
from sync.community import Member, Role, circles_completed
from sync.community.demo import demo_view
from sync.engine import people, remove_member, set_member_role
from sync.identity import DeviceId

from ..protocol import LeaveCommunity, ListPeople, OpenDemo, RemoveFromCommunity, SetRole
from ..values import PersonInfo
from . import handles
from .community import community_id
from .credits import checked_ledger

if TYPE_CHECKING:
    from sync.engine import SyncEngine

    from ..core import Service

__all__ = ["DemoTown"]

log = logging.getLogger(__name__)

_LOG_ROLE = {Role.ADMIN: membership.Role.ADMIN, Role.MEMBER: membership.Role.MEMBER}


class DemoTown:
    """Which community is the demo town (the store's `demo_community` setting) and keeping it local: told to
    the engine at every start, before anything is announced."""

    def __init__(self, session: ProfileSession, engine: SyncEngine) -> None:
        self._session = session
        self._engine = engine
        self.space_id: bytes | None = None
        stored = session.settings.get(DEMO_COMMUNITY)
        try:
            space_id = bytes.fromhex(stored) if stored else None
        except ValueError:
            space_id = None
        if space_id is not None and engine.space(space_id) is not None:
            engine.keep_local(space_id)
            self.space_id = space_id
        elif stored:
            self._remember(None)  # the demo's space is gone (or the setting is damaged): forget it

    def open(self) -> bytes:
        """The demo town, made now if there is none (only one at a time)."""
        if self.space_id is None:
            view = demo_view(self._engine.now().date())
            self._remember(self._engine.create_community(view.name, view, local=True).id)
        assert self.space_id is not None
        return self.space_id

    def forgotten(self, space_id: bytes) -> None:
        if space_id == self.space_id:
            self._remember(None)

    def is_demo(self, space_id: bytes) -> bool:
        return space_id == self.space_id

    def _remember(self, space_id: bytes | None) -> None:
        try:
            self._session.settings.set(DEMO_COMMUNITY, space_id.hex() if space_id is not None else "")
        except StoreError as exc:  # the demo still works this time; after a restart it is an ordinary one
            log.warning("could not remember the demo town: %s", type(exc).__name__)
        self.space_id = space_id


@handles(OpenDemo)
def open_demo(service: Service, _: OpenDemo) -> str:
    return service.demo.open().hex()


@handles(ListPeople)
def list_people(service: Service, command: ListPeople) -> tuple[PersonInfo, ...]:
    """The log's people with their names from the records, then those only the records know (brought in from
    elsewhere, like the demo town's residents), with the role and devices their records show."""
    engine = service.engine
    space_id = community_id(service, command.space)
    space = engine.space(space_id)
    assert space is not None
    doc = engine.document(space_id)
    records = doc.view().members if doc is not None else {}
    me = engine.member_id(space_id)
    older = space.state.lacking_hybrid
    shown = _circles_shown(service, space_id, records)
    out = []
    for person in people(space.state):
        record = records.get(person.member_id)
        out.append(
            PersonInfo(
                member_id=person.member_id,
                name=record.name if record is not None else "",
                role=_shown_role(person.role),
                devices=tuple(str(d) for d in person.devices),
                removed_devices=len(person.removed_devices),
                me=person.member_id == me,
                older_key_devices=len([d for d in person.devices if d in older]),
                circles_completed=shown.get(person.member_id),
            )
        )
    known = {p.member_id for p in out}
    for record in records.values():
        if record.id not in known:
            devices = tuple(str(DeviceId(bytes.fromhex(d))) for d in record.device_ids)
            out.append(
                PersonInfo(
                    record.id,
                    record.name,
                    record.role,
                    devices,
                    0,
                    record.id == me,
                    circles_completed=shown.get(record.id),
                )
            )
    return tuple(out)


def _circles_shown(service: Service, space_id: bytes, records: dict[str, Member]) -> dict[str, int]:
    """The lending circles completed by each member who chose to show it on their card, counted from the
    signed ledger as every peer counts it (a member record holds only the choice, never the count)."""
    if not any(r.shows_circles for r in records.values()):
        return {}
    view, report = checked_ledger(service, space_id)
    done = circles_completed(view, report)
    return {m: done.get(m, 0) for m, r in records.items() if r.shows_circles}


def _shown_role(role: membership.Role | None) -> Role | None:
    if role is None:
        return None
    return Role.ADMIN if role is membership.Role.ADMIN else Role.MEMBER


@handles(SetRole)
def set_role(service: Service, command: SetRole) -> None:
    engine = service.engine
    space_id = community_id(service, command.space)
    set_member_role(engine, space_id, command.member, _LOG_ROLE[command.role])
    _write_record_role(engine, space_id, command.member, command.role)


def _write_record_role(engine: SyncEngine, space_id: bytes, member_id: str, role: Role) -> None:
    """The role on the member's record too, where there is one (a member who never gave a name has none)."""
    doc = engine.document(space_id)
    if doc is None:
        return
    members = doc.view().members
    me = engine.member_id(space_id)
    record = members.get(member_id)
    if record is None or record.role is role:
        return
    if me not in members:
        return  # the record names who changed it, and this admin has none: the log's role is what counts
    engine.change(space_id, lambda d: d.set_role(member_id, role, by=me))


@handles(RemoveFromCommunity)
def remove_from_community(service: Service, command: RemoveFromCommunity) -> int:
    engine = service.engine
    space_id = community_id(service, command.space)
    removed = remove_member(engine, space_id, command.member)
    _write_record_role(engine, space_id, command.member, Role.MEMBER)  # a removed admin is no admin
    return removed


@handles(LeaveCommunity)
def leave_community(service: Service, command: LeaveCommunity) -> None:
    service.forget_space(community_id(service, command.space))
