"""Sealed ballots through two real sync services on loopback: Ana and Ben vote on a proposal whose results stay
hidden; no copy holds a readable choice before the deadline; after it each service reveals its own vote by
itself, each receipts the other's reveal within the reveal window, and both see the same outcome, with Ben's
reason for "no". A voter whose device stays offline past the reveal window counts toward turnout only, and so
does Ana's own reveal: with Ben away no other member's device receives it in the window (the services run
in-process under a test clock for that part)."""

from __future__ import annotations

import asyncio
import datetime as dt
import time

from commons_desktop.service import core, protocol
from commons_desktop.service.process import SyncServiceProcess
from commons_desktop.service.values import ProposalState
from store import ProfileManager
from sync.community import Choice
from sync.community.sealed import REVEAL_WINDOW
from sync.community.votes import VoteStatus
from sync.engine import InSync
from tests.service.test_review_service import _ask, _wait
from tests.service.test_sync_service import records, service_for
from tests.support import PASSPHRASE, EventLog

LEAD = dt.timedelta(seconds=12)  # time to join, vote and receipt before the deadline
PROFILES: dict[str, str] = {}  # name → profile id, of the test running


def state(service: SyncServiceProcess, space: str) -> ProposalState:
    [found] = service.request(protocol.PurseOverview(space)).proposals
    return found


def two_sealed_votes(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> tuple[SyncServiceProcess, SyncServiceProcess, str, str, dt.datetime]:
    """Ana's community with Ben in it; a sealed proposal; Ana votes yes, Ben no with a reason; both receipted."""
    with manager.create("Ana", PASSPHRASE) as ana, manager.create("Ben", PASSPHRASE) as ben:
        a, b = service_for(manager, ana), service_for(manager, ben)
        PROFILES.update(Ana=ana.profile_id, Ben=ben.profile_id)
    services += [a, b]
    a.start()
    space = a.request(protocol.CreateCommunity("Canal Street", my_name="Ana"))
    b.start()
    b_log = EventLog(b)
    assert b.request(protocol.Join(a.request(protocol.Invite(space)).qr)) == space
    b_log.wait_for(lambda e: isinstance(e, InSync) and e.space_id.hex() == space, timeout=20)
    b.request(protocol.SetMyName(space, "Ben"))
    deadline = dt.datetime.now(dt.UTC) + LEAD
    proposal = a.request(
        protocol.AddProposal(space, "Benches", "sit", 300_00, "EUR", deadline, 1, 50, sealed=True)
    )
    _wait(lambda: proposal in records(b, space).proposals)
    a.request(protocol.CastVote(space, proposal, Choice.YES))
    b.request(protocol.CastVote(space, proposal, Choice.NO, "Too dear"))
    _wait(lambda: state(a, space).turnout == 2 and state(b, space).turnout == 2)  # each receipted the other's
    return a, b, space, proposal, deadline


def test_sealed_votes_stay_unreadable_until_the_deadline_then_both_reveal_and_count(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    a, b, space, _proposal, deadline = two_sealed_votes(manager, services)
    for service in (a, b):
        votes = records(service, space).votes
        assert len(votes) == 2
        assert all(v.sealed and v.choice is None and not v.reason for v in votes)  # nothing readable
    before = state(a, space)
    assert (before.status, before.sealed, before.yes, before.no, before.turnout) == (
        VoteStatus.OPEN,
        True,
        0,
        0,
        2,
    )
    assert (before.my_choice, state(b, space).my_choice) == (Choice.YES, Choice.NO)  # from each one's store

    time.sleep(max(0.0, (deadline - dt.datetime.now(dt.UTC)).total_seconds()))
    # Each reveal counts only once the other member's service received it in the reveal window and signed a
    # receipt (without one it stays unopened: the test below), so both passing with both choices shows it did.
    _wait(lambda: state(a, space).status is VoteStatus.PASSED and state(b, space).status is VoteStatus.PASSED)
    bens = next(m.id for m in records(a, space).members.values() if m.name == "Ben")
    for service in (a, b):
        after = state(service, space)
        assert (after.yes, after.no, after.abstain, after.turnout, after.unopened) == (1, 1, 0, 2, 0)
        assert after.reasons == ((bens, "Too dear"),)


def test_a_voter_offline_past_the_reveal_window_counts_toward_turnout_only(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    a, b, space, _proposal, deadline = two_sealed_votes(manager, services)
    b.stop()  # Ben's computer stays off from before the deadline
    time.sleep(max(0.0, (deadline - dt.datetime.now(dt.UTC)).total_seconds()))
    _wait(lambda: state(a, space).unreceipted == 1)  # Ana's service revealed hers by itself
    waiting = state(a, space)
    assert waiting.status is VoteStatus.REVEALING
    # Her reveal waits for a neighbour's receipt: nobody else is online to receive it, so it is not counted yet.
    assert (waiting.yes, waiting.no, waiting.turnout, waiting.awaiting_reveal) == (0, 0, 2, 2)
    assert waiting.reveal_until == deadline + REVEAL_WINDOW
    a.stop()

    later = deadline + REVEAL_WINDOW + dt.timedelta(minutes=1)

    async def a_week_later(name: str) -> tuple[ProposalState, int]:
        """The proposal as *name*'s service sees it a week after the deadline, and the reveals it writes then."""
        with manager.unlock(PROFILES[name], PASSPHRASE) as session:
            service = core.Service(session, lambda _event: None, listen_host="127.0.0.1", clock=lambda: later)
            try:
                written = service.reveals.look(bytes.fromhex(space))
                [found] = (await _ask(service, protocol.PurseOverview(space))).proposals
                return found, written
            finally:
                await service.stop()

    closed, _ = asyncio.run(a_week_later("Ana"))
    assert (closed.status, closed.yes, closed.no, closed.turnout, closed.unopened, closed.unreceipted) == (
        VoteStatus.REJECTED,
        0,
        0,
        2,
        2,
        1,
    )  # the last reveal needs one other member online in the window; with nobody, both count as turnout only
    bens, written = asyncio.run(a_week_later("Ben"))  # back too late: his service reveals nothing
    assert (written, bens.my_choice, bens.unopened) == (0, Choice.NO, 2)  # his copy lacks Ana's reveal too
