"""A signed line's receipt: a community ledger entry's signing bytes, signature and signing key, checked offline.

The bytes are the ledger entry layout of docs/protocol.md ("Ledger entries"): a label line
`commons/ledger-entry/v1` (or v2) and the entry's fields as canonical JSON. The store reads only the few fields
it must match against the line (id, device, amount, unit, day); who may sign for whom is the community's
membership log's business, judged by the sync service before it keeps the line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from .errors import ValidationError

__all__ = ["LEDGER_REF", "SignedReceipt", "check_receipt"]

_LABELS = (b"commons/ledger-entry/v1\n", b"commons/ledger-entry/v2\n")
LEDGER_REF = re.compile(r"^([0-9a-f]{32}):([A-Za-z0-9_.\-]{1,64})$")  # "<space id hex>:<entry id>"
MAX_SIGNED_BYTES = 8192
_FIELD = "Signed receipt"


@dataclass(frozen=True)
class SignedReceipt:
    """What makes a contribution a signed line: the entry as its author's device signed it, and where from."""

    community: str  # the community's name when the line was last kept
    signed_bytes: bytes
    signature: bytes  # Ed25519, 64 bytes
    signer_key: bytes  # the signing device's raw Ed25519 public key, 32 bytes
    set_aside: str = (
        ""  # why the community's ledger set the entry aside (its review list); empty while it counts
    )
    hidden: bool = False  # the person hid the line: out of the list, the totals and the statement

    @property
    def device_id(self) -> str:
        """The signing device's id as the community document writes it (hex SHA-256 of its key)."""
        return hashlib.sha256(self.signer_key).hexdigest()

    @property
    def fingerprint(self) -> str:
        """The device id's first 16 hex digits in groups of four, as the review list shortens device ids."""
        head = self.device_id[:16]
        return " ".join(head[i : i + 4] for i in range(0, 16, 4))

    def holds(self) -> bool:
        """Whether the signature is the signing key's over the signed bytes (checked afresh each call)."""
        try:
            Ed25519PublicKey.from_public_bytes(self.signer_key).verify(self.signature, self.signed_bytes)
        except (InvalidSignature, ValueError):
            return False
        return True


def _signed_fields(signed_bytes: bytes) -> dict[str, object]:
    label = next((lb for lb in _LABELS if signed_bytes.startswith(lb)), None)
    if label is None:
        raise ValidationError(_FIELD, "is not a community ledger entry.")
    try:
        fields = json.loads(signed_bytes[len(label) :].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ValidationError(_FIELD, "is not a readable ledger entry.") from None
    if not isinstance(fields, dict):
        raise ValidationError(_FIELD, "is not a readable ledger entry.")
    return fields


def _signed_day(value: object) -> dt.date:
    try:
        at = dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(_FIELD, "has no readable time.") from None
    if at.tzinfo is None:
        raise ValidationError(_FIELD, "has no readable time.")
    return at.astimezone(dt.UTC).date()


def check_receipt(
    receipt: SignedReceipt, ledger_ref: str | None, amount_minor: int, unit: str, day: dt.date
) -> None:
    """Refuse a receipt whose signature does not hold or that signs anything other than this line."""
    for name, value, size in (("signature", receipt.signature, 64), ("key", receipt.signer_key, 32)):
        if not isinstance(value, bytes) or len(value) != size:
            raise ValidationError(_FIELD, f"has a {name} of the wrong size.")
    if not isinstance(receipt.signed_bytes, bytes) or not 0 < len(receipt.signed_bytes) <= MAX_SIGNED_BYTES:
        raise ValidationError(_FIELD, "is empty or too long.")
    match = LEDGER_REF.match(ledger_ref or "")
    if match is None:
        raise ValidationError("Ledger reference", "must name the community and the entry (space:entry).")
    if not receipt.holds():
        raise ValidationError(
            _FIELD, "the signature does not match the signed entry, so it was not kept. Nothing was saved."
        )
    fields = _signed_fields(receipt.signed_bytes)
    if fields.get("device_id") != receipt.device_id:
        raise ValidationError(_FIELD, "was signed by another device than the one it names.")
    signed = (fields.get("id"), fields.get("amount_minor"), fields.get("unit"), _signed_day(fields.get("at")))
    if signed != (match.group(2), amount_minor, unit, day):
        raise ValidationError(_FIELD, "the line's entry, amount, unit or day differs from what was signed.")
