"""Handlers for the community's map: areas its members outline (any member adds one; its author or an admin
takes it off the map, as the document's write rules say on every peer)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from commons_desktop.service.protocol import AddArea, RemoveArea
from sync.community import Area

from . import handles
from .community import _me, _new_id, _now, _write, community_id

if TYPE_CHECKING:
    from commons_desktop.service.core import Service


@handles(AddArea)
def add_area(service: Service, command: AddArea) -> str:
    space_id = community_id(service, command.space)
    area = Area(_new_id(), command.name, command.outline, _me(service, space_id), created_at=_now(service))
    _write(service, space_id, lambda d: d.add_area(area))
    return area.id


@handles(RemoveArea)
def remove_area(service: Service, command: RemoveArea) -> None:
    space_id = community_id(service, command.space)
    doc = service.engine.document(space_id)
    area = doc.view().areas.get(command.area) if doc is not None else None
    if area is None:
        raise LookupError("That area is not on this community's map.")
    me = _me(service, space_id)
    space = service.engine.space(space_id)
    admin = space is not None and space.state.is_admin(service.engine.me.device_id)
    if area.author != me and not admin:
        raise PermissionError("Only whoever drew this area, or an admin, can take it off the map.")
    removed = dataclasses.replace(area, removed=True)
    _write(service, space_id, lambda d: d.add_area(removed))
