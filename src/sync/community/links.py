"""`commons:` links that open a record in the app: `commons://event/<space id hex>/<event id>`.

Calendars show an event's description but ignore fields they do not know, so an exported event carries its link
in the description; the app opens the event when launched with the link as its argument."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = ["SCHEME", "EventLink", "LinkError", "event_link", "parse_link"]

SCHEME: Final = "commons"
_EVENT = re.compile(r"^commons://event/([0-9a-f]{32})/([a-z0-9_-]{1,64})/?$")


class LinkError(ValueError):
    """The text is not a commons: link this version understands; the message says what is wrong."""


@dataclass(frozen=True)
class EventLink:
    space: str  # the community's space id, 32 lowercase hex digits
    event_id: str


def event_link(space: str, event_id: str) -> str:
    link = f"{SCHEME}://event/{space.lower()}/{event_id}"
    parse_link(link)  # refuse to write a link the app would not open
    return link


def parse_link(text: str) -> EventLink:
    clean = text.strip()
    if not clean.lower().startswith(f"{SCHEME}:"):
        raise LinkError("a Commons link starts with commons://")
    match = _EVENT.match(clean.lower()) if len(clean) <= 200 else None
    if match is None:
        raise LinkError("this Commons link names no event (expected commons://event/<community>/<event>)")
    return EventLink(match.group(1), match.group(2))
