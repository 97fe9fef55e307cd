"""A community's people as its membership log has them: each member with their role and devices, and an
admin changing a member's role or removing them (every one of their devices, so the others get a new key).

The log binds each device to the member it speaks for (its card); a device without a card yet speaks for the
member id derived from it. Roles and removals are log entries, so every peer replays them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sync.identity import DeviceId
from sync.membership import MembershipState, Role, member_id_of
from sync.spaces import SpaceError

if TYPE_CHECKING:
    from .engine import SyncEngine

__all__ = ["Person", "member_devices", "people", "remove_member", "set_member_role"]


@dataclass(frozen=True)
class Person:
    """One member of a space: *role* is None once every device of theirs was removed (*removed*)."""

    member_id: str
    role: Role | None
    devices: tuple[DeviceId, ...]  # the devices still in the space
    removed_devices: tuple[DeviceId, ...]

    @property
    def removed(self) -> bool:
        return not self.devices


def _member_of(state: MembershipState, device: DeviceId) -> str:
    return state.member_of.get(device, member_id_of(device))


def people(state: MembershipState) -> tuple[Person, ...]:
    """Everyone the log knows, present or removed, by member id."""
    current: dict[str, list[DeviceId]] = {}
    gone: dict[str, list[DeviceId]] = {}
    for device in state.members:
        current.setdefault(_member_of(state, device), []).append(device)
    for device in state.removed:
        gone.setdefault(_member_of(state, device), []).append(device)
    out = []
    for member_id in sorted(current.keys() | gone.keys()):
        devices = tuple(sorted(current.get(member_id, ())))
        roles = {state.role_of(d) for d in devices}
        role = Role.ADMIN if Role.ADMIN in roles else Role.MEMBER if Role.MEMBER in roles else None
        if devices and role is None:
            role = Role.READER
        out.append(Person(member_id, role, devices, tuple(sorted(gone.get(member_id, ())))))
    return tuple(out)


def member_devices(state: MembershipState, member_id: str) -> tuple[DeviceId, ...]:
    """The devices of *member_id* that are in the space now."""
    return tuple(sorted(d for d in state.members if _member_of(state, d) == member_id))


def _devices_of(engine: SyncEngine, space_id: bytes, member_id: str) -> tuple[DeviceId, ...]:
    """The devices of *member_id* now, once this device is found to be an admin."""
    space = engine.space(space_id)
    if space is None:
        raise SpaceError("this device is not in that space")
    if not space.state.is_admin(engine.me.device_id):
        raise SpaceError("Only an admin of this community can do that.")
    devices = member_devices(space.state, member_id)
    if not devices:
        raise SpaceError("That person is no longer in this community.")
    return devices


def set_member_role(engine: SyncEngine, space_id: bytes, member_id: str, role: Role) -> None:
    """Give every device of *member_id* the *role* (admins only; the log keeps the last admin one). Raises
    SpaceError with a sentence a person can act on."""
    devices = _devices_of(engine, space_id, member_id)
    space = engine.space(space_id)
    assert space is not None
    for device in devices:
        if space.state.role_of(device) is not role:
            space.set_role(device, role, now=engine.now())
    engine.membership_changed(space_id)


def remove_member(engine: SyncEngine, space_id: bytes, member_id: str) -> int:
    """Remove every device of *member_id* (admins only): the others get a new key with each, and what those
    devices wrote before still counts. Returns how many devices were removed."""
    if member_id == engine.member_id(space_id):
        raise SpaceError("That is you: leave the community instead.")
    devices = _devices_of(engine, space_id, member_id)
    for device in devices:
        engine.remove_device(space_id, device)
    return len(devices)
