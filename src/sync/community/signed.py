"""Signed records — ledger entries and votes — and the signer/verifier protocol behind them.

A record is signed by its author's device with Ed25519 over `signing_bytes()`: a domain label and the
record's fields as canonical JSON (sorted keys, no spaces, UTF-8), everything except the signature. The
bytes are documented in docs/community-format.md so another implementation can verify them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from sync.identity import DeviceId, Signer, verify_signature

from . import _checks as c
from ._checks import HEX_TEXT
from .errors import InvalidValueError
from .model import Choice, EntryKind, Project, Proposal, _device_id, _set

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

    def key_of(self, device_id: str) -> bytes | None:
        return self._keys.get(device_id)

    def verify(self, device_id: str, message: bytes, signature: bytes) -> bool:
        key = self._keys.get(device_id)
        return key is not None and verify_signature(key, signature, message)


def _canonical(label: str, fields: dict[str, Any], version: int = 1) -> bytes:
    return f"commons/{label}/v{version}\n".encode() + json.dumps(
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
    # A stake's digest of the project's money terms it was bought at (`project_terms`): signature layout v2.
    # Empty for every other kind, and for stakes written by earlier versions (layout v1, judged as before).
    terms: str = ""

    def __post_init__(self) -> None:
        p = f"ledger/{self.id}"
        c.ident(f"{p}/id", self.id)
        _set(self, "kind", c.choice(f"{p}/kind", self.kind, EntryKind))
        c.ident(f"{p}/author", self.author)
        _device_id(f"{p}/device_id", self.device_id)
        c.money(f"{p}/amount_minor", self.amount_minor)
        if self.kind in (EntryKind.CREDIT_TRANSFER, EntryKind.CREDIT_CONFIRMED):
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
        _terms(f"{p}/terms", self.terms)
        if self.terms and self.kind is not EntryKind.STAKE_BOUGHT:
            raise InvalidValueError(f"{p}/terms", "only a stake names the project terms it was bought at")

    def signing_bytes(self) -> bytes:
        fields: dict[str, Any] = {
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
        }
        if not self.terms:
            return _canonical("ledger-entry", fields)
        return _canonical("ledger-entry", fields | {"terms": self.terms}, version=2)

    def signed_by(self, signer: Signer) -> LedgerEntry:
        if signer.device_id.hex != self.device_id:
            raise InvalidValueError(f"ledger/{self.id}/device_id", "is not the signing device")
        return replace(self, signature=signer.sign(self.signing_bytes()))


TERMS_DIGEST_HEX = 64  # a SHA-256 digest as lowercase hex


def proposal_terms(proposal: Proposal) -> str:
    """The digest a vote signs of the proposal's terms as the voter saw them (see `Vote.terms`). Results
    hidden until the deadline are a term too, named only when chosen, so older proposals' digests stay."""
    return _digest(
        "proposal-terms",
        {
            "id": proposal.id,
            "amount_minor": proposal.amount_minor,
            "currency": proposal.currency,
            "deadline": c.utc_text(proposal.deadline),
            "quorum": proposal.quorum,
            "threshold_percent": proposal.threshold_percent,
        }
        | ({"sealed": True} if proposal.sealed else {}),
    )


def project_terms(project: Project) -> str:
    """The digest a stake signs of the project's money terms as the buyer saw them (see `LedgerEntry.terms`);
    its verifiers are terms too (who confirms the target decides when the bonus is paid), named in the digest
    only when the project has some, so the digests of projects without stay as they were."""
    fields: dict[str, Any] = {
        "id": project.id,
        "stake_price_minor": project.stake_price_minor,
        "currency": project.currency,
        "stakes_offered": project.stakes_offered,
        "bonus_percent": project.bonus_percent,
        "repay_by": project.repay_by.isoformat(),
    }
    if project.verifiers:
        fields |= {"verifiers": list(project.verifiers), "verifiers_needed": project.verifiers_needed}
    return _digest("project-terms", fields)


def _digest(label: str, fields: dict[str, Any]) -> str:
    return hashlib.sha256(_canonical(label, fields)).hexdigest()


def _terms(path: str, value: object) -> None:
    if value != "" and not (
        isinstance(value, str) and len(value) == TERMS_DIGEST_HEX and HEX_TEXT.match(value)
    ):
        raise InvalidValueError(path, "must be a SHA-256 digest of the terms as 64 lowercase hex digits")


REASON_MAX = 500  # characters of a reason for "no"
NONCE_BYTES = 32  # a sealed vote's random nonce (`commitment_of`)


@dataclass(frozen=True)
class Vote:
    """A signed vote, in one of three forms, all kept in the votes list:

    - a **plain** vote: *choice*, and for "no" an optional *reason*. *terms* is the digest of the proposal's
      terms the vote was cast on (`proposal_terms`): layout v2; with a reason, layout v3. A vote without terms
      (layout v1, written by earlier versions) is judged as before.
    - a **sealed** vote, on a proposal whose results stay hidden until its deadline: no choice, only
      *commitment* (`commitment_of` its choice, reason and a random nonce the voter's device keeps).
    - a **reveal**, written after the deadline: *reveals* names the sealed vote it opens and carries the
      *choice*, *reason* and *nonce* that give its commitment. Its *cast_at* is when it was written."""

    id: str
    proposal_id: str
    member_id: str
    device_id: str
    choice: Choice | None
    cast_at: dt.datetime
    signature: bytes = field(default=b"", repr=False)
    terms: str = ""
    reason: str = ""
    commitment: str = ""
    reveals: str = ""
    nonce: str = ""

    def __post_init__(self) -> None:
        p = f"votes/{self.id}"
        c.ident(f"{p}/id", self.id)
        c.ident(f"{p}/proposal_id", self.proposal_id)
        c.ident(f"{p}/member_id", self.member_id)
        _device_id(f"{p}/device_id", self.device_id)
        if self.choice is not None or not self.commitment:
            _set(self, "choice", c.choice(f"{p}/choice", self.choice, Choice))
        _set(self, "cast_at", c.moment(f"{p}/cast_at", self.cast_at))
        if not isinstance(self.signature, bytes) or len(self.signature) not in (0, SIGNATURE_LENGTH):
            raise InvalidValueError(f"{p}/signature", "must be a 64-byte Ed25519 signature")
        _terms(f"{p}/terms", self.terms)
        _set(self, "reason", c.text(f"{p}/reason", self.reason, max_len=REASON_MAX, required=False))
        if self.reason and self.choice is not Choice.NO:
            raise InvalidValueError(f"{p}/reason", "only a vote against gives a reason")
        self._check_form(p)

    def _check_form(self, p: str) -> None:
        if self.commitment:
            _digest_text(f"{p}/commitment", self.commitment, "a SHA-256 commitment")
            if self.choice is not None or self.reason or self.reveals or self.nonce:
                raise InvalidValueError(f"{p}/commitment", "a sealed vote holds only its commitment")
        elif self.reveals:
            c.ident(f"{p}/reveals", self.reveals)
            _digest_text(f"{p}/nonce", self.nonce, f"a {NONCE_BYTES}-byte nonce")
        elif self.nonce:
            raise InvalidValueError(f"{p}/nonce", "only a reveal carries a nonce")

    @property
    def sealed(self) -> bool:
        """A sealed vote: its choice is only a commitment until it is revealed."""
        return bool(self.commitment)

    @property
    def is_reveal(self) -> bool:
        return bool(self.reveals)

    def signing_bytes(self) -> bytes:
        base: dict[str, Any] = {
            "id": self.id,
            "proposal_id": self.proposal_id,
            "member_id": self.member_id,
            "device_id": self.device_id,
            "cast_at": c.utc_text(self.cast_at),
        }
        if self.commitment:
            return _canonical("sealed-vote", base | {"terms": self.terms, "commitment": self.commitment})
        assert self.choice is not None  # checked on construction
        fields = base | {"choice": self.choice.value}
        if self.reveals:
            opened = {"reveals": self.reveals, "reason": self.reason, "nonce": self.nonce}
            return _canonical("vote-reveal", fields | opened)
        if self.reason:
            return _canonical("vote", fields | {"terms": self.terms, "reason": self.reason}, version=3)
        if not self.terms:
            return _canonical("vote", fields)
        return _canonical("vote", fields | {"terms": self.terms}, version=2)

    def signed_by(self, signer: Signer) -> Vote:
        if signer.device_id.hex != self.device_id:
            raise InvalidValueError(f"votes/{self.id}/device_id", "is not the signing device")
        return replace(self, signature=signer.sign(self.signing_bytes()))


def commitment_of(
    vote_id: str, proposal_id: str, member_id: str, choice: Choice, reason: str, nonce: str
) -> str:
    """What a sealed vote commits to: the SHA-256 (hex) of its id, proposal, member, choice, reason and the
    voter's random nonce (64 hex digits), encoded as a signed record's fields under the label
    "vote-commitment". Without the nonce nobody can try the three choices against it."""
    fields = {
        "vote": vote_id,
        "proposal_id": proposal_id,
        "member_id": member_id,
        "choice": choice.value,
        "reason": reason,
        "nonce": nonce,
    }
    return _digest("vote-commitment", fields)


def opens(reveal: Vote, sealed: Vote) -> bool:
    """Whether *reveal* opens *sealed*: the same proposal, member and device, and its choice, reason and
    nonce give the sealed vote's commitment."""
    if not (reveal.is_reveal and sealed.sealed and reveal.reveals == sealed.id and reveal.choice is not None):
        return False
    same = (reveal.proposal_id, reveal.member_id, reveal.device_id) == (
        sealed.proposal_id,
        sealed.member_id,
        sealed.device_id,
    )
    given = commitment_of(
        sealed.id, reveal.proposal_id, reveal.member_id, reveal.choice, reveal.reason, reveal.nonce
    )
    return same and given == sealed.commitment


def _digest_text(path: str, value: object, what: str) -> None:
    if not (isinstance(value, str) and len(value) == TERMS_DIGEST_HEX and HEX_TEXT.match(value)):
        raise InvalidValueError(path, f"must be {what} as 64 lowercase hex digits")


def vote_ref(vote: Vote) -> str:
    """How a receipt names a vote: the SHA-256 of its signature (hex), which covers every field of the vote."""
    return hashlib.sha256(vote.signature).hexdigest()


@dataclass(frozen=True)
class Receipt:
    """Device *device_id* of member *member_id* saw the vote *vote* (`vote_ref`) at *seen_at*, and signed so.

    Written by the sync service the first time it holds another member's vote for a proposal still open by its
    clock, or another member's reveal while the reveal window is open; a vote counts only with a receipt by
    another member's device dated at or before the deadline, a reveal only with one dated within the reveal
    window (`sync.community.votes`, `sync.community.sealed.receipt_window`). *seen_at* is a writer's "now": the
    write rules refuse one dated earlier than what the receipt's change builds on, so a receipt cannot be dated
    back."""

    id: str
    vote: str
    member_id: str
    device_id: str
    seen_at: dt.datetime
    signature: bytes = field(default=b"", repr=False)

    def __post_init__(self) -> None:
        p = f"receipts/{self.id}"
        c.ident(f"{p}/id", self.id)
        if not (
            isinstance(self.vote, str) and len(self.vote) == TERMS_DIGEST_HEX and HEX_TEXT.match(self.vote)
        ):
            raise InvalidValueError(
                f"{p}/vote", "must name a vote by the SHA-256 of its signature (64 hex digits)"
            )
        c.ident(f"{p}/member_id", self.member_id)
        _device_id(f"{p}/device_id", self.device_id)
        _set(self, "seen_at", c.moment(f"{p}/seen_at", self.seen_at))
        if not isinstance(self.signature, bytes) or len(self.signature) not in (0, SIGNATURE_LENGTH):
            raise InvalidValueError(f"{p}/signature", "must be a 64-byte Ed25519 signature")

    def signing_bytes(self) -> bytes:
        return _canonical(
            "receipt",
            {
                "id": self.id,
                "vote": self.vote,
                "member_id": self.member_id,
                "device_id": self.device_id,
                "seen_at": c.utc_text(self.seen_at),
            },
        )

    def signed_by(self, signer: Signer) -> Receipt:
        if signer.device_id.hex != self.device_id:
            raise InvalidValueError(f"receipts/{self.id}/device_id", "is not the signing device")
        return replace(self, signature=signer.sign(self.signing_bytes()))
