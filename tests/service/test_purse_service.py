"""The purse through a real sync service: a vote no neighbour received before the deadline is late, not
counted, and the proposal it would have carried cannot be paid out (refused with why, nothing written)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from commons_desktop.service import protocol
from commons_desktop.service.process import ServiceError, SyncServiceProcess
from commons_desktop.service.values import MyVote
from store import ProfileManager
from sync.community import Choice, EntryKind
from sync.community.votes import VoteStatus
from tests.service.test_sync_service import records, service_for
from tests.support import PASSPHRASE


def test_a_vote_no_neighbour_received_before_the_deadline_is_late_and_nothing_is_paid_out(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    with manager.create("Ana", PASSPHRASE) as session:
        service = service_for(manager, session)
    services.append(service)
    service.start()
    space = service.request(protocol.CreateCommunity("Canal Street", my_name="Ana"))
    service.request(protocol.RecordEntry(space, EntryKind.PURSE_DEPOSIT, 500_00, "EUR"))
    deadline = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2)
    proposal = service.request(protocol.AddProposal(space, "Benches", "sit", 300_00, "EUR", deadline, 1, 50))
    service.request(protocol.CastVote(space, proposal, Choice.YES))
    [open_] = service.request(protocol.PurseOverview(space)).proposals
    assert (open_.status, open_.my_vote, open_.turnout) == (VoteStatus.OPEN, MyVote.WAITING, 0)

    time.sleep(max(0.0, (deadline - dt.datetime.now(dt.UTC)).total_seconds()) + 0.5)
    report = service.request(protocol.PurseOverview(space))
    [closed] = report.proposals
    assert (closed.status, closed.my_choice, closed.my_vote, closed.turnout) == (
        VoteStatus.REJECTED,
        Choice.YES,
        MyVote.LATE,
        0,
    )
    assert "no other member's device received this vote before voting closed" in closed.my_reason
    with pytest.raises(ServiceError, match="“Benches” cannot be paid out: it did not pass"):
        service.request(protocol.WithdrawFromPurse(space, proposal))
    assert [e.kind for e in records(service, space).ledger] == [EntryKind.PURSE_DEPOSIT]  # nothing written
    assert report.balance == {"EUR": 500_00}
