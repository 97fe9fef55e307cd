"""Event commands: change an event (its author or an admin) and import events from an .ics file."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from sync.community import CommunityDocument, Event, Recurrence
from sync.community.formats import IcsImportError, import_ics

from ..protocol import EditEvent, ImportEvents
from ..values import Repeat
from . import handles
from .community import community_id, write_community

if TYPE_CHECKING:
    from ..core import Service


@handles(EditEvent)
def edit_event(service: Service, command: EditEvent) -> None:
    space_id = community_id(service, command.space)
    doc = service.engine.document(space_id)
    old = None if doc is None else doc.view().events.get(command.event)
    if old is None:
        raise LookupError("That event is no longer in this community.")
    event = Event(
        old.id,
        command.title,
        command.starts_at,
        command.ends_at,
        command.time_zone,
        old.author,
        place=command.place,
        organiser=command.organiser,
        description=command.description,
        recurrence=_recurrence(command.repeat),
        created_at=old.created_at,
        cancelled=command.cancelled,
        moved=command.moved,
    )
    write_community(service, space_id, lambda d: d.edit_event(event))


@handles(ImportEvents)
def import_events(service: Service, command: ImportEvents) -> int:
    space_id = community_id(service, command.space)
    me = service.engine.member_id(space_id)
    try:
        events = import_ics(
            command.ics, author=me, new_id=lambda: secrets.token_hex(8), now=service.engine.now()
        )
    except IcsImportError as exc:
        raise ValueError(str(exc)) from None

    def add_all(doc: CommunityDocument) -> None:
        for event in events:
            doc.add_event(event)

    write_community(service, space_id, add_all)
    return len(events)


def _recurrence(repeat: Repeat | None) -> Recurrence | None:
    if repeat is None:
        return None
    return Recurrence(repeat.frequency, repeat.interval, repeat.count, repeat.until)
