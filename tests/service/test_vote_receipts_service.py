"""Receipts through two real sync services on loopback: Ben's service signs, by itself, that it holds Ana's
vote while voting is open; until then Ana's review shows her vote "not yet received by a neighbour"."""

from __future__ import annotations

import datetime as dt
import json

from commons_desktop.service import protocol
from commons_desktop.service.process import SyncServiceProcess
from store import ProfileManager
from sync.community import Choice
from sync.community.signed import vote_ref
from sync.community.votes import AWAITING_REASON
from sync.engine import InSync
from tests.service.test_review_service import review_of, wait_review
from tests.service.test_sync_service import records, service_for
from tests.support import PASSPHRASE, EventLog


def receipts(service: SyncServiceProcess, space: str) -> list[dict[str, object]]:
    exported = json.loads(service.request(protocol.ExportCommunity(space)))
    listed: list[dict[str, object]] = exported["receipts"]
    return listed


def test_bens_service_receipts_anas_vote_by_itself(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    ana, ben = manager.create("Ana", PASSPHRASE), manager.create("Ben", PASSPHRASE)
    a, b = service_for(manager, ana), service_for(manager, ben)
    services += [a, b]
    a.start()
    space = a.request(protocol.CreateCommunity("Canal Street", my_name="Ana"))
    a_log = EventLog(a)
    deadline = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    proposal = a.request(
        protocol.AddProposal(space, "Benches", "for the square", 300_00, "EUR", deadline, 1, 50)
    )
    vote = a.request(protocol.CastVote(space, proposal, Choice.YES))
    assert vote.terms  # signed on the proposal's terms (layout v2)
    [waiting] = review_of(a, space).set_aside  # nobody else holds it yet
    assert (waiting.vote, waiting.reason) == (vote, AWAITING_REASON)

    b.start()
    b_log = EventLog(b)
    assert b.request(protocol.Join(a.request(protocol.Invite(space)).qr)) == space
    b_log.wait_for(lambda e: isinstance(e, InSync) and e.space_id.hex() == space, timeout=20)
    b.request(protocol.SetMyName(space, "Ben"))

    wait_review(a_log, space, lambda r: not r.set_aside)  # Ben's receipt reached Ana: her vote counts
    [seen] = receipts(a, space)
    [bens] = [m for m in records(b, space).members.values() if m.name == "Ben"]
    assert (seen["vote"], seen["member_id"]) == (vote_ref(vote), bens.id)
    assert receipts(b, space) == [seen]  # one receipt, written once
