"""Needs and offers commands: close one as met or withdrawn, and start a project for a gap (linked by id).

Adding a need or offer is `AddNeedOrOffer` (commands/community.py). Peers check the same rules on receipt
(sync.community._rules): anyone may mark a need met, only its author or an admin withdraws it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sync.community import Resolution, Side

from ..protocol import CloseNeedOrOffer, StartGapProject
from . import handles
from .community import _me, _write, community_id, new_project

if TYPE_CHECKING:
    from sync.community import CommunityView

    from ..core import Service


def _view(service: Service, space_id: bytes) -> CommunityView:
    doc = service.engine.document(space_id)
    if doc is None:
        raise LookupError("This community's document has not arrived yet.")
    return doc.view()


def _is_admin(service: Service, space_id: bytes) -> bool:
    space = service.engine.space(space_id)
    return space is not None and space.state.is_admin(service.engine.me.device_id)


@handles(CloseNeedOrOffer)
def close_need_or_offer(service: Service, command: CloseNeedOrOffer) -> None:
    space_id = community_id(service, command.space)
    item = _view(service, space_id).needs_offers.get(command.item)
    if item is None:
        raise LookupError("That need or offer is not in this community (any more).")
    withdrawing = command.resolution is Resolution.WITHDRAWN
    if withdrawing and item.author != _me(service, space_id) and not _is_admin(service, space_id):
        raise PermissionError("Only the person who posted it, or an admin, can withdraw it.")
    _write(service, space_id, lambda d: d.close_need_or_offer(command.item, command.resolution))


@handles(StartGapProject)
def start_gap_project(service: Service, command: StartGapProject) -> str:
    space_id = community_id(service, command.space)
    needs = _view(service, space_id).needs_offers
    if not command.need_ids:
        raise ValueError("Needs: a project for a gap names at least one of its needs.")
    for need_id in command.need_ids:
        need = needs.get(need_id)
        if need is None or need.side is not Side.NEED:
            raise LookupError("Needs: one of the gap's needs is no longer in this community.")
    project = new_project(service, space_id, command, command.need_ids)
    _write(service, space_id, lambda d: d.add_project(project))
    return project.id
