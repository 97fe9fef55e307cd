"""Receipts for other members' votes and reveals: this device signs that it holds one while it may count.

A vote counts only with a receipt by another member's device dated at or before the deadline, and a reveal of a
sealed vote only with one dated after the deadline and within the reveal window (`sync.community.votes`,
`sync.community.sealed.receipt_window`), so every member's service writes them by itself, with no button: a
second after a peer's changes settle, for each vote or reveal of another member that this device holds and has
not receipted yet, whose window is open by this device's clock. All of them go in one change; a device writes
at most one receipt per vote or reveal, so the work is bounded by the votes in the document.
"""

from __future__ import annotations

import logging
import secrets
from typing import TYPE_CHECKING

from store import StoreError
from sync.community import CollectionMissingError
from sync.community.signed import Receipt, vote_ref
from sync.community.votes import valid_receipts, votes_to_receipt
from sync.errors import SyncError

from ..settled import WhenSettled
from .community import _write

if TYPE_CHECKING:
    from ..core import Service

__all__ = ["ReceiptWriter"]

log = logging.getLogger(__name__)


class ReceiptWriter(WhenSettled):
    """Signs receipts for the votes and reveals a peer's changes brought, a moment after they settle."""

    def __init__(self, service: Service) -> None:
        super().__init__()
        self._service = service

    def look(self, space_id: bytes) -> int:
        """Write the receipts due in *space_id* now, in one change; how many were written."""
        service = self._service
        try:
            doc = service.engine.document(space_id)
            space = service.engine.space(space_id)
            if doc is None or space is None or not space.is_member:
                return 0
            signer = service.engine.me.signer
            device = signer.device_id.hex
            now = service.engine.now()
            me = service.engine.member_id(space_id)
            view = doc.view()
            due = votes_to_receipt(view, me, device, now, valid_receipts(view, service.verifier(space_id)))
            if not due:
                return 0
            receipts = [
                Receipt(secrets.token_hex(8), vote_ref(vote), me, device, now).signed_by(signer)
                for vote in due
            ]
            _write(service, space_id, lambda d: d.add_receipts(receipts))
            return len(receipts)
        except CollectionMissingError:
            return 0  # a community from before receipts: its votes are judged by their own date
        except (SyncError, StoreError, ValueError, LookupError, PermissionError) as exc:
            log.warning("could not write vote receipts: %s", type(exc).__name__)
            return 0
