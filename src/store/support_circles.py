"""Support circles as this profile knows them: which circle space belongs to which of my supporters, and which
circles I was invited into as a supporter (with the name I gave the person, and their latest "I need support").

The sync service keeps these; the shares themselves are the circles' documents (`documents.py`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ._common import ConnectionSource, clean_text, utc_now
from ._database import transaction
from .errors import NotFoundError, ValidationError
from .spaces import _space_id


class SupportCircleSide(enum.Enum):
    PERSON = "person"  # my plan, shared with one of my supporters
    SUPPORTER = "supporter"  # someone's plan, shared with me


MAX_REQUEST_MESSAGE = 500


@dataclass(frozen=True)
class SupportRequestRecord:
    """The latest "I need support" of a circle I support someone in."""

    at_ms: int  # Unix milliseconds, on the person's device
    message: str
    seen: bool  # I marked it seen: the window no longer shows it


@dataclass(frozen=True)
class SupportCircleLink:
    space_id: bytes
    side: SupportCircleSide
    supporter_id: str | None  # on my side: which of my supporters the circle is for
    label: str  # on a supporter's side: the name I gave the person
    request: SupportRequestRecord | None = None  # on a supporter's side: the person's latest request


class SupportCircleRepository:
    def __init__(self, source: ConnectionSource) -> None:
        self._source = source

    def list(self) -> list[SupportCircleLink]:
        rows = self._source.connection().execute(
            "SELECT space_id, side, supporter_id, label, request_at_ms, request_message, request_seen"
            " FROM circles ORDER BY created_at, space_id"
        )
        return [
            SupportCircleLink(
                bytes(r[0]),
                SupportCircleSide(r[1]),
                r[2],
                str(r[3]),
                None if r[4] is None else SupportRequestRecord(int(r[4]), str(r[5]), bool(r[6])),
            )
            for r in rows
        ]

    def get(self, space_id: bytes) -> SupportCircleLink:
        for link in self.list():
            if link.space_id == space_id:
                return link
        raise NotFoundError("That support circle is not on this device.")

    def for_supporter(self, supporter_id: str) -> SupportCircleLink | None:
        return next((c for c in self.list() if c.supporter_id == supporter_id), None)

    def add_mine(self, space_id: bytes, supporter_id: str) -> SupportCircleLink:
        """Record the circle made for one of my supporters (one circle per supporter)."""
        space = _space_id(space_id)
        conn = self._source.connection()
        with transaction(conn):
            if conn.execute("SELECT 1 FROM supporters WHERE id = ?", (supporter_id,)).fetchone() is None:
                raise NotFoundError("That supporter no longer exists.")
            if conn.execute("SELECT 1 FROM circles WHERE supporter_id = ?", (supporter_id,)).fetchone():
                raise ValidationError("Supporter", "already has a circle; revoke it first to start again.")
            conn.execute(
                "INSERT INTO circles (space_id, side, supporter_id, label, created_at) VALUES (?, ?, ?, '', ?)",
                (space, SupportCircleSide.PERSON.value, supporter_id, utc_now()),
            )
        return SupportCircleLink(space, SupportCircleSide.PERSON, supporter_id, "")

    def add_joined(self, space_id: bytes, label: str = "") -> SupportCircleLink:
        """Record a circle I joined as a supporter."""
        space = _space_id(space_id)
        name = clean_text("Name", label, max_len=120, one_line=True)
        conn = self._source.connection()
        with transaction(conn):
            conn.execute(
                "INSERT OR REPLACE INTO circles (space_id, side, supporter_id, label, created_at)"
                " VALUES (?, ?, NULL, ?, ?)",
                (space, SupportCircleSide.SUPPORTER.value, name, utc_now()),
            )
        return SupportCircleLink(space, SupportCircleSide.SUPPORTER, None, name)

    def set_label(self, space_id: bytes, label: str) -> None:
        name = clean_text("Name", label, max_len=120, one_line=True)
        conn = self._source.connection()
        with transaction(conn):
            updated = conn.execute(
                "UPDATE circles SET label = ? WHERE space_id = ?", (name, _space_id(space_id))
            ).rowcount
            if updated == 0:
                raise NotFoundError("That support circle is not on this device.")

    def record_request(self, space_id: bytes, at_ms: int, message: str) -> bool:
        """Keep a request that arrived in a circle I support someone in, if it is newer than the one kept;
        True if it was (it shows again until seen)."""
        text = clean_text("Message", message, max_len=MAX_REQUEST_MESSAGE)
        if isinstance(at_ms, bool) or not isinstance(at_ms, int) or not 0 <= at_ms < 2**63:
            raise ValidationError("Moment", "must be a time in milliseconds.")
        conn = self._source.connection()
        with transaction(conn):
            updated: int = conn.execute(
                "UPDATE circles SET request_at_ms = ?, request_message = ?, request_seen = 0"
                " WHERE space_id = ? AND side = ? AND (request_at_ms IS NULL OR request_at_ms < ?)",
                (at_ms, text, _space_id(space_id), SupportCircleSide.SUPPORTER.value, at_ms),
            ).rowcount
        return updated == 1

    def mark_request_seen(self, space_id: bytes) -> None:
        """I have seen the circle's latest request: stop showing it (a newer one shows again)."""
        conn = self._source.connection()
        with transaction(conn):
            updated = conn.execute(
                "UPDATE circles SET request_seen = 1 WHERE space_id = ?", (_space_id(space_id),)
            ).rowcount
            if updated == 0:
                raise NotFoundError("That support circle is not on this device.")

    def remove(self, space_id: bytes) -> None:
        conn = self._source.connection()
        with transaction(conn):
            conn.execute("DELETE FROM circles WHERE space_id = ?", (_space_id(space_id),))
