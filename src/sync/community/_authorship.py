"""Who signed a record: the authenticity checks that ledger entries and votes share."""

from __future__ import annotations

import functools
from typing import Protocol, TypeGuard, runtime_checkable

from .signed import Verifier
from .verified import Remembering, SignedRecord
from .view import CommunityView


@runtime_checkable
class MembershipVerifier(Protocol):
    """A verifier that also knows, from the space's signed membership log, which devices speak for a member
    (`sync.community.authority.Writers`). Only such a verifier is trusted to link a device to a member: the
    document's own `Member.device_ids` is a display copy any member could write."""

    def verify(self, device_id: str, message: bytes, signature: bytes) -> bool: ...

    def devices_of(self, member_id: str) -> frozenset[str]: ...


# Problem codes, shared by the ledger's and the votes' rule enums (which use the same values).
MISSING_SIGNATURE = "missing-signature"
BAD_SIGNATURE = "bad-signature"
UNKNOWN_MEMBER = "unknown-member"
DEVICE_NOT_LINKED = "device-not-linked"


def short_device(device_id: str) -> str:
    """The first 16 hex digits of a device id: enough for a person to compare with the device's settings."""
    return device_id[:16] + "…"


def authorship_problem(
    view: CommunityView,
    verifier: Verifier,
    *,
    member_id: str,
    device_id: str,
    record: SignedRecord,
    role: str,
) -> tuple[str, str] | None:
    """(code, reason) when *record* was not signed by a device linked to its member, else None.

    The signature comes first: when it does not verify, nothing else the record claims can be trusted.
    *role* names the member in the reason ("author", "voter"). A `Remembering` verifier checks a record it
    verified before without a second Ed25519 check.
    """
    if not record.signature:
        return MISSING_SIGNATURE, "missing signature"
    if isinstance(verifier, Remembering):
        genuine = verifier.verify_record(device_id, record)
    else:
        genuine = verifier.verify(device_id, record.signing_bytes(), record.signature)
    if not genuine:
        return BAD_SIGNATURE, f"bad signature: device {short_device(device_id)} did not sign this"
    if _links_members(verifier):
        linked = verifier.devices_of(member_id)
        if not linked:
            return (
                UNKNOWN_MEMBER,
                f"unknown {role} '{member_id}': no device speaks for them in this community",
            )
    else:  # a bare keyring (tests, benchmarks, a file read on its own): the document's copy is all there is
        member = view.members.get(member_id)
        if member is None:
            return UNKNOWN_MEMBER, f"unknown {role} '{member_id}': not a member of this community"
        linked = frozenset(member.device_ids)
    if device_id not in linked:
        return DEVICE_NOT_LINKED, f"device {short_device(device_id)} is not linked to member '{member_id}'"
    return None


def _links_members(verifier: Verifier) -> TypeGuard[MembershipVerifier]:
    return _knows_members(type(verifier))


@functools.cache
def _knows_members(kind: type) -> bool:
    """Whether verifiers of this class are `MembershipVerifier`s: asked once per class, as a check against a
    runtime protocol walks its attributes each time (seconds over a 50,000-entry ledger)."""
    return all(callable(getattr(kind, name, None)) for name in ("verify", "devices_of"))
