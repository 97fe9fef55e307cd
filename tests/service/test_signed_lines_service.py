"""Signed contribution lines through two real sync services on loopback: a stake Ana buys and the time credits
she gives Ben appear in her personal store as signed lines, by themselves and once; Ben's confirmation of
the credits appears in his as received. The lines outlive the service and her leaving the community."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time

from commons_desktop.service import protocol
from commons_desktop.service.commands.signed_lines import lines, mine
from commons_desktop.service.process import SyncServiceProcess
from store import (
    Contribution,
    ContributionDirection,
    ContributionKind,
    ContributionSource,
    ProfileManager,
    ProfileSession,
)
from sync.community import CommunityView, EntryKind, Member, Role
from sync.community.authority import Writer, Writers
from sync.community.ledger import check_ledger
from sync.community.signed import LedgerEntry
from sync.engine import InSync
from sync.identity import DeviceSigner
from tests.service.test_sync_service import records, service_for
from tests.support import PASSPHRASE, EventLog


def signed(session: ProfileSession) -> dict[str, Contribution]:
    return {c.ledger_ref or "": c for c in session.contributions.list(source=ContributionSource.SIGNED)}


def kept(log: EventLog, space: str) -> protocol.SignedLinesKept:
    found: protocol.SignedLinesKept = log.wait_for(
        lambda e: isinstance(e, protocol.SignedLinesKept) and e.space == space, timeout=20
    )
    return found


def test_a_stake_and_a_credit_transfer_become_signed_lines_once(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    ana, ben = manager.create("Ana", PASSPHRASE), manager.create("Ben", PASSPHRASE)
    a, b = service_for(manager, ana), service_for(manager, ben)
    services += [a, b]
    a_log, b_log = EventLog(a), EventLog(b)
    a.start()
    space = a.request(protocol.CreateCommunity("Canal Street", my_name="Ana"))
    repay_by = dt.date.today() + dt.timedelta(days=90)
    project = a.request(
        protocol.AddProject(
            space, "Fridge", "a shared fridge", "meals", "meals", 100, 10_00, "EUR", 12, 5, repay_by
        )
    )
    stake = a.request(protocol.BuyStakes(space, project, 3))
    assert kept(a_log, space).count == 1
    line = signed(ana)[f"{space}:{stake.id}"]
    assert (line.kind, line.amount_minor, line.unit, line.counterparty) == (
        ContributionKind.STAKE,
        30_00,
        "EUR",
        "Fridge",
    )
    assert line.receipt is not None
    assert line.receipt.holds()
    assert line.receipt.community == "Canal Street"
    assert line.receipt.signed_bytes == stake.signing_bytes()

    b.start()
    assert b.request(protocol.Join(a.request(protocol.Invite(space)).qr)) == space
    b_log.wait_for(lambda e: isinstance(e, InSync) and e.space_id.hex() == space, timeout=20)
    b.request(protocol.SetMyName(space, "Ben"))
    bens = member_named(a, space, "Ben")  # once Ben's name reached Ana
    given = a.request(protocol.GiveTimeCredits(space, bens.id, 45, "Fixed the gate"))
    kept(a_log, space)
    wait_until_waiting(b, space, given.id)
    b.request(protocol.ConfirmTimeCredits(space, given.id))
    assert kept(b_log, space).count == 1  # Ben's signed yes

    anas = signed(ana)
    assert set(anas) == {f"{space}:{stake.id}", f"{space}:{given.id}"}  # each once
    credit = anas[f"{space}:{given.id}"]
    assert (credit.kind, credit.amount_minor, credit.direction) == (
        ContributionKind.TIME_CREDIT, 45, ContributionDirection.GIVEN
    )  # fmt: skip
    [bens_line] = signed(ben).values()
    assert (bens_line.kind, bens_line.direction, bens_line.counterparty) == (
        ContributionKind.TIME_CREDIT, ContributionDirection.RECEIVED, "Ana"
    )  # fmt: skip
    assert ben.contributions.totals() == {}  # received, not given
    assert ana.contributions.totals() == {
        (ContributionKind.STAKE, "EUR"): 30_00,
        (ContributionKind.TIME_CREDIT, "min"): 45,
    }

    # A restart looks at every community again and keeps nothing twice; leaving keeps the record.
    a.stop()
    a = service_for(manager, ana)
    services.append(a)
    a_log = EventLog(a)
    a.start()
    a.request(
        protocol.RecordEntry(space, EntryKind.PURSE_DEPOSIT, 5_00, "EUR")
    )  # one more, after the restart
    deposit = kept(a_log, space)
    assert deposit.count == 1
    a.request(protocol.LeaveCommunity(space))
    assert set(signed(ana)) > set(anas)
    assert len(ana.contributions.list()) == 3


def member_named(service: SyncServiceProcess, space: str, name: str, timeout: float = 20.0) -> Member:
    deadline = time.monotonic() + timeout
    while not (found := [m for m in records(service, space).members.values() if m.name == name]):
        assert time.monotonic() < deadline, f"{name} never arrived"
        time.sleep(0.1)
    return found[0]


def wait_until_waiting(service: SyncServiceProcess, space: str, transfer: str, timeout: float = 20.0) -> None:
    """Until *service* holds the transfer as waiting for its receiver's confirmation (once synced)."""
    deadline = time.monotonic() + timeout
    while not any(t.id == transfer for t in service.request(protocol.ListTimeCredits(space)).waiting):
        assert time.monotonic() < deadline, "the transfer never arrived"
        time.sleep(0.1)


def test_only_my_entries_are_mine() -> None:
    at = dt.datetime(2026, 11, 5, tzinfo=dt.UTC)
    device = "ab" * 32

    def entry(kind: EntryKind, author: str, counterparty: str = "") -> LedgerEntry:
        unit = "min" if kind in (EntryKind.CREDIT_TRANSFER, EntryKind.CREDIT_CONFIRMED) else "EUR"
        return LedgerEntry("e1", kind, author, device, 100, unit, at, counterparty=counterparty)

    assert mine(entry(EntryKind.STAKE_BOUGHT, "ana"), "ana") is not None
    assert mine(entry(EntryKind.STAKE_BOUGHT, "ben"), "ana") is None
    assert mine(entry(EntryKind.REPAYMENT, "ben", "ana"), "ana") is not None  # repaid to me
    assert mine(entry(EntryKind.REPAYMENT, "ana", "ben"), "ana") is None  # I repaid as a steward
    assert mine(entry(EntryKind.CREDIT_TRANSFER, "ben", "ana"), "ana") is None  # my confirmation counts
    assert mine(entry(EntryKind.TARGET_CONFIRMED, "ana"), "ana") is None
    # A lending circle: my payment is given; a payment to me is received once I confirmed it (my signed yes).
    assert mine(entry(EntryKind.LENDING_CIRCLE_CONTRIBUTION, "ana", "ben"), "ana") is not None
    assert mine(entry(EntryKind.LENDING_CIRCLE_CONTRIBUTION, "ben", "ana"), "ana") is None
    received = mine(entry(EntryKind.CIRCLE_RECEIVED, "ana", "ben"), "ana")
    assert received is not None
    assert received.direction is ContributionDirection.RECEIVED
    assert mine(entry(EntryKind.CIRCLE_JOINED, "ana"), "ana") is None  # agreeing to a circle gives nothing


def test_a_forgery_or_a_duplicate_naming_me_is_no_line_of_mine() -> None:
    me, mallory = DeviceSigner.generate(), DeviceSigner.generate()
    writers = Writers([Writer(b"a" * 16, me.device_id.hex, "ana", me.public_key, admin=True)])
    at = dt.datetime(2026, 11, 5, tzinfo=dt.UTC)

    def deposit(signer: DeviceSigner, amount: int, minutes: int) -> LedgerEntry:
        when = at + dt.timedelta(minutes=minutes)
        return LedgerEntry("d1", EntryKind.PURSE_DEPOSIT, "ana", signer.device_id.hex, amount, "EUR", when)

    real = deposit(me, 500, 0).signed_by(me)
    duplicate = deposit(me, 900, 1).signed_by(me)  # my own second entry with the same id: set aside
    forged = LedgerEntry("d2", EntryKind.PURSE_DEPOSIT, "ana", me.device_id.hex, 100, "EUR", at)
    forged = dataclasses.replace(forged, signature=mallory.sign(forged.signing_bytes()))
    view = CommunityView(
        "Elm Street", members={"ana": Member("ana", "Ana", Role.ADMIN)}, ledger=(real, duplicate, forged)
    )
    report = check_ledger(view, writers)
    assert len(report.needs_review) == 2
    [line] = lines(bytes(16), view, report, "ana", writers)
    assert line.amount_minor == 500
    assert line.receipt is not None
    assert line.receipt.set_aside == ""
