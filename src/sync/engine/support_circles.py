"""A support circle's share on this device (`sync.support_circle`): the person's current one, or the latest a supporter
received. Kept in the `DocumentStore` under the circle's space id, as its one snapshot: a share is replaced
whole, so it needs no changes appended and no CRDT.

In a session and through the relay a share travels as the inner message SHARE of a circle envelope; a HELLO of
a circle names the SHA-256 of the sender's share as its only head, so two devices holding the same share see
at once that there is nothing to send (docs/protocol.md, "Support circles over sync").
"""

from __future__ import annotations

import hashlib
import logging

from sync.ports import DocumentStore
from sync.support_circle import SupportCircleError, SupportShare

__all__ = ["SupportShareCopy"]

log = logging.getLogger(__name__)


class SupportShareCopy:
    def __init__(self, space_id: bytes, documents: DocumentStore) -> None:
        self.space_id = space_id
        self._documents = documents
        self.share: SupportShare | None = None
        self._bytes = b""
        stored = documents.load_document(space_id)
        if stored is None:
            return
        try:
            self.share = SupportShare.from_bytes(stored.snapshot)
            self._bytes = stored.snapshot
        except SupportCircleError as exc:  # kept in the store as it is; the next share replaces it
            log.warning("a stored circle share does not read: %s", exc)

    @property
    def encoded(self) -> bytes:
        return self._bytes

    def digest(self) -> bytes | None:
        """SHA-256 of the share as sent: what a circle's HELLO names as its head."""
        return hashlib.sha256(self._bytes).digest() if self.share is not None else None

    def heads(self) -> tuple[bytes, ...]:
        digest = self.digest()
        return (digest,) if digest is not None else ()

    def take(self, share: SupportShare) -> bool:
        """Keep *share* if it is newer than the one held (stored before this returns). Returns whether it was."""
        if self.share is not None and share.revision <= self.share.revision:
            return False
        encoded = share.to_bytes()
        self._documents.save_snapshot(self.space_id, encoded, replaces_changes=0)
        self.share, self._bytes = share, encoded
        return True

    def forget(self) -> None:
        """Drop the share (this device was removed from the circle, or left it)."""
        self._documents.forget_document(self.space_id)
        self.share, self._bytes = None, b""
