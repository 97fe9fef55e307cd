"""The tests' `records()` puts a community together from the service's `CommunityUpdate` frames as the window
does: a change's update that arrives while it reads (a neighbour's vote) is applied on top, never mistaken for
the last page of the community (which showed a ledger of 0 entries for a moment in the namespaces scenario),
and a ledger sent in several frames is read whole."""

from __future__ import annotations

import datetime as dt

from commons_desktop.service import protocol
from commons_desktop.service.commands.community import PAGE_RECORDS, pages
from commons_desktop.service.process import SyncServiceProcess
from commons_desktop.service.values import CommunityUpdate
from store import ProfileManager
from sync.community import Choice, CommunityView, EntryKind
from sync.community.generator import generate_view
from sync.community.money_generator import participants, with_money
from tests.service.test_sync_service import records, service_for, whole
from tests.support import PASSPHRASE, EventLog

START = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def test_a_vote_that_arrives_while_the_records_are_read_keeps_the_ledger(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    with manager.create("Ana", PASSPHRASE) as session:
        service = service_for(manager, session)
    services.append(service)
    events = EventLog(service)
    service.start()
    space = service.request(protocol.CreateCommunity("Canal Street", my_name="Ana"))
    for amount in (10_00, 20_00):
        service.request(protocol.RecordEntry(space, EntryKind.PURSE_DEPOSIT, amount, "EUR"))
    deadline = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    bench = service.request(protocol.AddProposal(space, "Bench", "slats", 40_00, "EUR", deadline, 1, 50))

    # What reading the records sees when the vote lands between the answer and the close: the community
    # whole in one frame, then the vote's own update (votes only; the ledger untouched).
    first = service.request(protocol.OpenCommunity(space))
    assert not first.more
    service.request(protocol.CastVote(space, bench, Choice.YES))
    voted = events.wait_for(lambda e: isinstance(e, CommunityUpdate) and e.votes_changed)
    service.request(protocol.CloseCommunity(space))
    assert (voted.ledger_changed, voted.records.ledger) == (False, ())

    seen = whole([first, voted])
    assert [e.amount_minor for e in seen.ledger] == [10_00, 20_00]
    assert [v.proposal_id for v in seen.votes] == [bench]
    assert seen.proposals.keys() == {bench}
    assert seen == records(service, space)


def test_a_ledger_sent_in_several_frames_is_read_whole() -> None:
    view = with_money(
        generate_view(assets=700, members=20, events=10),
        participants(8),
        2_100,
        start=START,
        until=START.replace(year=2025),
    )
    frames = pages(CommunityUpdate("ab" * 16, True, view))
    assert sum(1 for f in frames if f.records.ledger) >= 3
    assert len(view.ledger) > 2 * PAGE_RECORDS
    assert whole(frames) == view


def test_a_change_removing_a_record_after_the_answer_removes_it() -> None:
    view = generate_view(assets=30, members=5, events=4, seed=5)
    gone = next(iter(view.assets))
    first, *_ = pages(CommunityUpdate("ab" * 16, True, view))
    removed = CommunityUpdate("ab" * 16, False, CommunityView(name=view.name), (("assets", gone),))
    assert gone not in whole([first, removed]).assets
    assert whole([first, removed]).ledger == view.ledger
