"""Asset commands beyond adding and rating: editing one, as its author or an admin.

The handler reads the asset as it stands, keeps what an edit never changes (its id, author, date and ratings)
and writes the new values through `CommunityDocument.edit_asset`, which tries the change first as a peer would
judge it: a member who may not edit the asset gets the rules' own reason and nothing is written.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..protocol import EditAsset
from . import handles
from .community import _write, community_id

if TYPE_CHECKING:
    from ..core import Service

__all__: list[str] = []


@handles(EditAsset)
def edit_asset(service: Service, command: EditAsset) -> None:
    space_id = community_id(service, command.space)
    doc = service.engine.document(space_id)
    current = doc.view().assets.get(command.asset) if doc is not None else None
    if current is None:
        raise LookupError("That asset is not in this community (any more).")
    edited = dataclasses.replace(
        current,
        kind=command.kind,
        title=command.title,
        category=command.category,
        area=command.area,
        description=command.description,
        steward=command.steward,
        support_offered=command.support_offered,
        how_used=command.how_used,
        location=command.location,
    )
    _write(service, space_id, lambda d: d.edit_asset(edited))
