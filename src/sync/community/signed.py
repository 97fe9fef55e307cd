"""Signed records — ledger entries and votes — and the signer/verifier protocol behind them.

A record is signed by its author's device with Ed25519 over `signing_bytes()`: a domain label and the
record's fields as canonical JSON (sorted keys, no spaces, UTF-8), everything except the signature. The
bytes are documented in docs/community-format.md so another implementation can verify them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from sync.identity import DeviceId, Signer, verify_signature

from . import _checks as c
from .errors import InvalidValueError
from .model import Choice, EntryKind, _device_id, _set

CREDIT_UNIT = "min"  # time credits are counted in minutes
SIGNATURE_LENGTH = 64


class Verifier(Protocol):
    """Checks a signature made by the device *device_id* (hex; False when unknown or wrong)."""

    def verify(self, device_id: str, message: bytes, signature: bytes) -> bool: ...


class KeyringVerifier:
    """Verifies against the raw Ed25519 public keys of the devices it knows."""

    def __init__(self, public_keys: dict[str, bytes] | None = None) -> None:
        self._keys: dict[str, bytes] = {}
        for key in (public_keys or {}).values():
            self.add(key)

    def add(self, public_key: bytes) -> str:
        """Learn a device's public key; returns its device id as the document writes it (hex)."""
        device = DeviceId.of(public_key).hex
        self._keys[device] = public_key
        return device

    def verify(self, device_id: str, message: bytes, signature: bytes) -> bool:
        key = self._keys.get(device_id)
        return key is not None and verify_signature(key, signature, message)


def _canonical(label: str, fields: dict[str, Any]) -> bytes:
    return f"commons/{label}/v1\n".encode() + json.dumps(
        fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")


@dataclass(frozen=True)
class LedgerEntry:
    id: str
    kind: EntryKind
    author: str  # member id of whoever pays or acts
    device_id: str  # the author's device that signed
    amount_minor: int
    unit: str  # currency code, or CREDIT_UNIT for credit transfers
    at: dt.datetime
    counterparty: str = ""  # member id on the other side (payout, repayment, credit transfer), if any
    ref: str = ""  # project, circle or proposal id, if any
    round: int | None = None  # circle round for contributions and payouts
    memo: str = ""
    signature: bytes = field(default=b"", repr=False)

    def __post_init__(self) -> None:
        p = f"ledger/{self.id}"
        c.ident(f"{p}/id", self.id)
        _set(self, "kind", c.choice(f"{p}/kind", self.kind, EntryKind))
        c.ident(f"{p}/author", self.author)
        _device_id(f"{p}/device_id", self.device_id)
        c.money(f"{p}/amount_minor", self.amount_minor)
        if self.kind is EntryKind.CREDIT_TRANSFER:
            if self.unit != CREDIT_UNIT:
                raise InvalidValueError(f"{p}/unit", f"time credits are counted in {CREDIT_UNIT!r}")
        else:
            c.currency(f"{p}/unit", self.unit)
        _set(self, "at", c.moment(f"{p}/at", self.at))
        if self.counterparty:
            c.ident(f"{p}/counterparty", self.counterparty)
        if self.ref:
            c.ident(f"{p}/ref", self.ref)
        if self.round is not None:
            c.integer(f"{p}/round", self.round, low=0, high=10_000)
        _set(self, "memo", c.text(f"{p}/memo", self.memo, max_len=500, required=False, one_line=True))
        if not isinstance(self.signature, bytes) or len(self.signature) not in (0, SIGNATURE_LENGTH):
            raise InvalidValueError(f"{p}/signature", "must be a 64-byte Ed25519 signature")

    def signing_bytes(self) -> bytes:
        return _canonical(
            "ledger-entry",
            {
                "id": self.id,
                "kind": self.kind.value,
                "author": self.author,
                "device_id": self.device_id,
                "amount_minor": self.amount_minor,
                "unit": self.unit,
                "at": c.utc_text(self.at),
                "counterparty": self.counterparty,
                "ref": self.ref,
                "round": self.round,
                "memo": self.memo,
            },
        )

    def signed_by(self, signer: Signer) -> LedgerEntry:
        if signer.device_id.hex != self.device_id:
            raise InvalidValueError(f"ledger/{self.id}/device_id", "is not the signing device")
        return replace(self, signature=signer.sign(self.signing_bytes()))


@dataclass(frozen=True)
class Vote:
    id: str
    proposal_id: str
    member_id: str
    device_id: str
    choice: Choice
    cast_at: dt.datetime
    signature: bytes = field(default=b"", repr=False)

    def __post_init__(self) -> None:
        p = f"votes/{self.id}"
        c.ident(f"{p}/id", self.id)
        c.ident(f"{p}/proposal_id", self.proposal_id)
        c.ident(f"{p}/member_id", self.member_id)
        _device_id(f"{p}/device_id", self.device_id)
        _set(self, "choice", c.choice(f"{p}/choice", self.choice, Choice))
        _set(self, "cast_at", c.moment(f"{p}/cast_at", self.cast_at))
        if not isinstance(self.signature, bytes) or len(self.signature) not in (0, SIGNATURE_LENGTH):
            raise InvalidValueError(f"{p}/signature", "must be a 64-byte Ed25519 signature")

    def signing_bytes(self) -> bytes:
        return _canonical(
            "vote",
            {
                "id": self.id,
                "proposal_id": self.proposal_id,
                "member_id": self.member_id,
                "device_id": self.device_id,
                "choice": self.choice.value,
                "cast_at": c.utc_text(self.cast_at),
            },
        )

    def signed_by(self, signer: Signer) -> Vote:
        if signer.device_id.hex != self.device_id:
            raise InvalidValueError(f"votes/{self.id}/device_id", "is not the signing device")
        return replace(self, signature=signer.sign(self.signing_bytes()))
