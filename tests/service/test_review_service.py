"""Needs review through the sync service: two real services (two profiles) edit a project's stake price while
apart; both list the conflict with who wrote each value and when; one settles it and both clear; a stale
choice and a write the rules refuse change nothing; a set-aside ledger entry and a stored document that does
not load are listed too."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from typing import Any

import pytest

from commons_desktop.service import protocol
from commons_desktop.service.process import ServiceError, SyncServiceProcess
from commons_desktop.service.values import CommunityReview
from store import ProfileManager
from sync.community import EntryKind
from sync.engine import InSync
from tests.service.test_sync_service import records, service_for
from tests.support import PASSPHRASE, EventLog

PRICE = "stake_price_minor"


def review_of(service: SyncServiceProcess, space: str) -> CommunityReview:
    found = [r for r in service.request(protocol.ListReviews()) if r.space == space]
    return found[0] if found else CommunityReview(space)


def wait_review(log: EventLog, space: str, condition: Any) -> CommunityReview:
    return log.wait_for(lambda e: isinstance(e, CommunityReview) and e.space == space and condition(e), 30)


def project(space: str) -> protocol.AddProject:
    return protocol.AddProject(
        space, "New benches", "Benches on Mill Road", "benches", "benches", 4, 2500, "EUR", 40, 5,
        dt.date(2027, 12, 31),
    )  # fmt: skip


def test_a_price_edited_apart_is_listed_on_both_and_settled_on_both(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    ana, ben = manager.create("Ana", PASSPHRASE), manager.create("Ben", PASSPHRASE)
    a, b = service_for(manager, ana), service_for(manager, ben)
    services += [a, b]
    a.start()
    b.start()
    space = a.request(protocol.CreateCommunity("Canal Street", my_name="Ana"))
    b_log = EventLog(b)
    assert b.request(protocol.Join(a.request(protocol.Invite(space)).qr)) == space
    b_log.wait_for(lambda e: isinstance(e, InSync) and e.space_id.hex() == space, timeout=20)
    b.request(protocol.SetMyName(space, "Ben"))
    bench = b.request(project(space))  # Ben is its steward; Ana, an admin, may change its terms too
    a_port = a.ready.port  # type: ignore[union-attr]

    # Apart: Ben's service stops; Ana changes the price; Ana's stops, Ben's starts and changes it too.
    _wait(lambda: bench in records(a, space).projects)
    b.stop()
    a.request(protocol.SetStakePrice(space, bench, 3000))
    a.stop()
    b = service_for(manager, ben)
    services.append(b)
    b.start()
    b.request(protocol.SetStakePrice(space, bench, 2000))
    assert review_of(b, space).conflicts == ()
    a = service_for(manager, ana)
    services.append(a)
    a_log, b_log = EventLog(a), EventLog(b)
    a.start()
    a_port = a.ready.port  # type: ignore[union-attr]
    b.request(protocol.AddPeer("127.0.0.1", a_port))

    # Both list it: the two values, who wrote each and when.
    seen_a = wait_review(a_log, space, lambda r: r.conflicts)
    seen_b = wait_review(b_log, space, lambda r: r.conflicts)
    assert seen_a.conflicts == seen_b.conflicts == review_of(a, space).conflicts
    [conflict] = seen_a.conflicts
    assert conflict.path == f"projects/{bench}/{PRICE}"
    members = records(a, space).members
    by_name = {members[w.by].name: w for w in conflict.writes}
    assert {n: w.value for n, w in by_name.items()} == {"Ana": "3000", "Ben": "2000"}
    assert all(abs(w.at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5) for w in conflict.writes)

    # A choice that names no current value is refused and changes nothing.
    with pytest.raises(ServiceError, match="settled already"):
        a.request(protocol.ResolveConflict(space, conflict.path, "0" * 16))
    with pytest.raises(ServiceError, match="settled already"):
        a.request(protocol.ResolveConflict(space, f"projects/{bench}/title", by_name["Ana"].write_id))
    assert review_of(a, space).conflicts == (conflict,)

    # Ana keeps Ben's price: the conflict goes on both, and both show that price.
    a.request(protocol.ResolveConflict(space, conflict.path, by_name["Ben"].write_id))
    wait_review(a_log, space, lambda r: not r.conflicts)
    wait_review(b_log, space, lambda r: not r.conflicts)
    assert records(a, space).projects[bench].stake_price_minor == 2000
    _wait(lambda: records(b, space).projects[bench].stake_price_minor == 2000)

    # Ben's stale choice (the conflict he saw is settled): refused, nothing written.
    with pytest.raises(ServiceError, match="settled already"):
        b.request(protocol.ResolveConflict(space, conflict.path, by_name["Ana"].write_id))
    assert records(b, space).projects[bench].stake_price_minor == 2000


def test_the_rules_refuse_a_settlement_after_the_first_stake(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    """A price in conflict whose project has sold a stake: its money terms no longer change, so settling it is
    refused with the reason, and nothing is written. A ledger entry the rules do not count is listed too."""
    from commons_desktop.service import core

    session = manager.create("Ana", PASSPHRASE)

    async def scenario() -> None:
        sent: list[object] = []
        service = core.Service(session, sent.append, listen_host="127.0.0.1")
        space_id = service.engine.create_community("Canal Street").id
        space = space_id.hex()
        await _ask(service, protocol.SetMyName(space, "Ana"))
        bench = await _ask(service, project(space))
        doc = service.engine.document(space_id)
        assert doc is not None
        # A second device of Ana's (same actor rules: an admin) edits the price concurrently.
        theirs = doc.fork(b"\x5a" * 16)
        theirs.set_stake_price(bench, 3000, by=service.engine.member_id(space_id))
        await _ask(service, protocol.SetStakePrice(space, bench, 2000))
        doc.merge(theirs)  # unguarded merge: as if this device's other copy were brought in
        service.engine.document_changed(space_id, None)
        [conflict] = (await _ask(service, protocol.ListReviews()))[0].conflicts
        await _ask(
            service, protocol.RecordEntry(space, EntryKind.STAKE_BOUGHT, 2500, "EUR", ref=bench, memo="")
        )
        heads = doc.heads()
        with pytest.raises(PermissionError, match="before its first stake"):
            await _ask(service, protocol.ResolveConflict(space, conflict.path, conflict.writes[0].write_id))
        assert doc.heads() == heads
        await _ask(
            service, protocol.RecordEntry(space, EntryKind.PURSE_WITHDRAWAL, 100, "EUR", ref="nothing")
        )
        [review] = await _ask(service, protocol.ListReviews())
        assert review.conflicts == (conflict,)
        assert EntryKind.PURSE_WITHDRAWAL in [s.entry.kind for s in review.set_aside if s.entry]
        assert review.count == 1 + len(review.set_aside)
        await service.stop()

    asyncio.run(scenario())
    session.lock()


def test_a_stored_document_that_does_not_load_is_listed_not_taken_as_empty(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    session = manager.create("Ana", PASSPHRASE)
    a = service_for(manager, session)
    services.append(a)
    a.start()
    space = a.request(protocol.CreateCommunity("Canal Street", my_name="Ana"))
    kept = a.request(protocol.CreateCommunity("Mill Road", my_name="Ana"))
    a.stop()
    space_id = bytes.fromhex(space)
    stored = session.documents.load_document(space_id)
    assert stored is not None
    garbage = b"\x85o\x4a\x83" + b"\x00" * 64  # an Automerge magic number and nothing readable after it
    session.documents.save_snapshot(space_id, garbage, replaces_changes=len(stored.changes))
    session.documents.save_snapshot(space_id, garbage, replaces_changes=0)  # the previous copy too
    a = service_for(manager, session)
    services.append(a)
    a.start()
    reviews = {r.space: r for r in a.request(protocol.ListReviews())}
    assert set(reviews) == {space}
    assert not reviews[space].opened
    assert "did not load" in reviews[space].load_problem
    assert [c.name for c in a.request(protocol.ListCommunities())] == ["Mill Road"]
    assert kept in {c.space for c in a.request(protocol.ListCommunities())}
    assert session.documents.load_document(space_id).snapshot == garbage  # kept untouched  # type: ignore[union-attr]


async def _ask(service: Any, command: protocol.Command[Any]) -> Any:
    """Run one command through the in-process service's handler; its failure raised as the handler raised it."""
    from commons_desktop.service.commands import HANDLERS

    result = HANDLERS[type(command)](service, command)
    if hasattr(result, "__await__"):
        result = await result
    return result


def _wait(condition: Any, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)
