"""My signed ledger entries, copied into my personal store as signed contribution lines, by themselves.

A moment after a community's document changes (here or from a peer), and once per community at start, the
service judges the ledger (the same cached check "What's new" uses), picks the entries that are mine — that I
signed (a stake, a circle contribution, a purse deposit, a time-credit transfer or my confirmation of one), or
that pay me (a repayment, a circle payout, a purse withdrawal to me) — and keeps each in the personal store by
its reference `<space hex>:<entry id>` (`ContributionRepository.keep_signed`: an upsert, so never twice), with
the signing bytes, the signature and the signing device's key from the membership log, so the line survives
leaving the community and a statement re-checks it offline. An entry the ledger sets aside is kept marked with
the reason, and a line marked so is brought back when the ledger counts it again. The demo town is skipped: its
money is made up. Nothing personal is logged: only the kind of a failure.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from store import Contribution, ContributionDirection, ContributionKind, SignedReceipt, StoreError
from sync.community import CommunityView, EntryKind
from sync.community.authority import Writers
from sync.community.ledger import LedgerReport
from sync.community.signed import LedgerEntry
from sync.errors import SyncError
from sync.spaces import writers_of

from ..protocol import SignedLinesKept
from ..settled import WhenSettled

if TYPE_CHECKING:
    from ..core import Service

__all__ = ["SignedLines", "mine"]

log = logging.getLogger(__name__)

GIVEN = ContributionDirection.GIVEN
RECEIVED = ContributionDirection.RECEIVED


@dataclass(frozen=True)
class _Mine:
    kind: ContributionKind
    direction: ContributionDirection
    by_me: bool  # mine because I signed it (else: because it pays me)


# What each entry kind is in a person's record; kinds not listed (a verifier's confirmation, joining a circle)
# are no contribution. What I received is kept from my own signed yes (a credit or a circle payment confirmed).
_KINDS: dict[EntryKind, _Mine] = {
    EntryKind.STAKE_BOUGHT: _Mine(ContributionKind.STAKE, GIVEN, by_me=True),
    EntryKind.LENDING_CIRCLE_CONTRIBUTION: _Mine(ContributionKind.CIRCLE_PAYMENT, GIVEN, by_me=True),
    EntryKind.PURSE_DEPOSIT: _Mine(ContributionKind.MONEY, GIVEN, by_me=True),
    EntryKind.CREDIT_TRANSFER: _Mine(ContributionKind.TIME_CREDIT, GIVEN, by_me=True),
    EntryKind.CREDIT_CONFIRMED: _Mine(ContributionKind.TIME_CREDIT, RECEIVED, by_me=True),  # my signed yes
    EntryKind.CIRCLE_RECEIVED: _Mine(ContributionKind.CIRCLE_PAYMENT, RECEIVED, by_me=True),  # my signed yes
    EntryKind.REPAYMENT: _Mine(ContributionKind.STAKE, RECEIVED, by_me=False),
    EntryKind.LENDING_CIRCLE_PAYOUT: _Mine(ContributionKind.CIRCLE_PAYMENT, RECEIVED, by_me=False),
    EntryKind.PURSE_WITHDRAWAL: _Mine(ContributionKind.MONEY, RECEIVED, by_me=False),
}


def mine(entry: LedgerEntry, me: str) -> _Mine | None:
    """What *entry* is in my record, or None when it is not mine to keep."""
    found = _KINDS.get(entry.kind)
    if found is None:
        return None
    who = entry.author if found.by_me else entry.counterparty
    return found if who == me else None


def _who_with(entry: LedgerEntry, view: CommunityView) -> str:
    """The project, circle or proposal the entry is about, else the other member, by name as the document has it."""
    for named in (view.projects.get(entry.ref), view.circles.get(entry.ref), view.proposals.get(entry.ref)):
        if named is not None:
            return str(getattr(named, "title", None) or getattr(named, "name", ""))
    other = view.members.get(entry.counterparty) if entry.counterparty else None
    return other.name if other is not None else ""


def _line(
    space_id: bytes, entry: LedgerEntry, what: _Mine, key: bytes, view: CommunityView, set_aside: str
) -> Contribution:
    receipt = SignedReceipt(view.name[:200], entry.signing_bytes(), entry.signature, key, set_aside[:1000])
    day = entry.at.astimezone(dt.UTC).date()  # the day the signed time names, as the store checks it
    return Contribution(
        "", what.kind, entry.amount_minor, entry.unit, day, _who_with(entry, view)[:200],
        entry.memo, f"{space_id.hex()}:{entry.id}", what.direction, receipt,
    )  # fmt: skip


def _signer_key(entry: LedgerEntry, writers: Writers) -> bytes | None:
    """The key of the device that signed *entry*, when the log links that device to its author and the signature
    holds; else None. A forged entry naming me is no line of mine (the review list shows it), and the store
    would refuse it, and with it every other line of the call."""
    if entry.device_id not in writers.devices_of(entry.author):
        return None
    if not writers.verify(entry.device_id, entry.signing_bytes(), entry.signature):
        return None
    return writers.key_of(entry.device_id)


def lines(
    space_id: bytes, view: CommunityView, report: LedgerReport, me: str, writers: Writers
) -> list[Contribution]:
    """My signed lines in one community's judged ledger: what it counts, and what it set aside, with the reason."""
    judged = [(e, "") for e in report.accepted] + [(r.entry, r.reason) for r in report.needs_review]
    out: dict[str, Contribution] = {}
    for entry, reason in judged:
        what = mine(entry, me)
        key = _signer_key(entry, writers) if what is not None else None
        line = (
            _line(space_id, entry, what, key, view, reason) if what is not None and key is not None else None
        )
        if line is not None and line.ledger_ref not in out:  # a second entry with the id of a counted one
            out[line.ledger_ref or ""] = line  # is set aside as a duplicate: the counted one is the line
    return list(out.values())


class SignedLines(WhenSettled):
    """Keeps my signed ledger entries in the personal store, a moment after a community's changes settle."""

    def __init__(self, service: Service) -> None:
        super().__init__()
        self._service = service
        # per community, what the last look judged (the ledger, members, membership and name, by identity):
        # a change elsewhere in the document (an asset, an event) then costs no signature checks
        self._looked: dict[bytes, tuple[object, ...]] = {}

    def forget(self, space_id: bytes) -> None:
        super().forget(space_id)
        self._looked.pop(space_id, None)

    def look(self, space_id: bytes) -> int:
        """Keep the signed lines of *space_id* now; how many were added or changed."""
        service = self._service
        try:
            count = self._keep(space_id)
        except (SyncError, StoreError, ValueError, LookupError) as exc:
            log.warning("could not keep signed contribution lines: %s", type(exc).__name__)
            return 0
        if count:
            service.emit(SignedLinesKept(space_id.hex(), count))
        return count

    def _keep(self, space_id: bytes) -> int:
        service = self._service
        doc = service.engine.document(space_id)
        space = service.engine.space(space_id)
        if doc is None or space is None or service.demo.is_demo(space_id):
            return 0
        view = doc.view()
        looked = (view.ledger, view.members, space.state, view.name)
        before = self._looked.get(space_id)
        if before is not None and all(a is b for a, b in zip(before, looked, strict=True)):
            return 0
        writers = writers_of(space.log)
        report = service.news.ledger(space_id, view, space.state, writers)
        found = lines(space_id, view, report, service.engine.member_id(space_id), writers)
        count = service.session.contributions.keep_signed(found) if found else 0
        self._looked[space_id] = looked
        return count
