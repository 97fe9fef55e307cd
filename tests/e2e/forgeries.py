"""What a hostile member's modified client writes (issue 14's attacks), straight into her own store while her
service is stopped, with the engine and no checks: her next start offers it all to everyone."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from sync.community import CommunityDocument, Role
from sync.community._automerge import ROOT, Obj
from sync.community.model import Member
from sync.engine import SyncEngine
from sync.ports import device_keys_from
from tests.support import PASSPHRASE

if TYPE_CHECKING:
    from tests.e2e.computers import Neighbour

# What the honest computers must list for review: the first forgery for the rule it breaks; her client chains
# the others after it (an actor's changes each depend on its last), so each is refused as building on it.
FIRST_REASON = "only an admin changes a member's role"
CHAINED = 4
UNPROVEN = "no proof from its author's device"  # the change written under the victim's actor id


@contextlib.contextmanager
def open_engine(person: Neighbour) -> Iterator[SyncEngine]:
    """The person's store opened with a sync engine of its own (their service must be stopped)."""
    with person.manager.unlock(person.profile_id, PASSPHRASE) as session:
        yield SyncEngine(
            device_keys_from(session.identity),
            session.spaces,
            session.documents,
            actor_id=session.identity.get().actor_id,
            relay=session.relay,
        )


def forge(hostile: Neighbour, space: str, *, victim: Neighbour) -> None:
    """Self-promotion to admin, her own credit limit, the victim's record rewritten, a signed ledger entry
    deleted, the community renamed, and a change under the victim's own actor id (which, taken, would lock
    the victim out)."""
    space_id = bytes.fromhex(space)
    with open_engine(hostile) as engine:
        me = engine.member_id(space_id)
        engine.change(space_id, lambda d: d.set_role(me, Role.ADMIN, by=me))
        engine.change(space_id, lambda d: d.set_credit_limit(me, 100_000))
        engine.change(space_id, lambda d: d.add_member(Member(victim.member, "Not Robin", Role.MEMBER)))
        engine.change(space_id, _delete_first_ledger_entry)
        engine.change(space_id, lambda d: d.set_name("Carmen's Road"))
        mine = engine.replica(space_id).doc
        assert mine is not None
        as_victim = CommunityDocument.load(mine.save(), actor_id=victim.actor_id)
        as_victim.set_name("Victim Road")
        mine.merge(as_victim)
        engine.replica(space_id).change(lambda d: None)  # stored, offered at the next exchange


def _delete_first_ledger_entry(doc: CommunityDocument) -> None:
    ledger = doc._safe.reader().get(ROOT, "ledger", "ledger")
    assert isinstance(ledger, Obj)
    doc._safe.change(lambda w: w._tx.delete(ledger.id, 0))
