"""Role-dependent verdicts come from the membership log at the heads each change names, never the receiver's log.

Each device holds its own membership log (entries travel between them only when a test says so) and its own
guarded copy of the community; documents sync with Automerge's protocol and the proofs of their authors. So a
peer can hold a change before, or after, the log entries it was written at — and must reach the same verdict.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest

from sync.community import (
    Choice,
    CommunityDocument,
    Member,
    PeerSync,
    Proposal,
    Role,
    Vote,
    quorum_minimum,
    tally,
)
from sync.community._automerge import ROOT
from sync.community._codec import LOG_HEADS
from sync.community._log_heads import heads_text, named_heads
from sync.community._ops import decode_change, decode_header
from sync.community.signed import Receipt, vote_ref
from sync.identity import DeviceKeys
from sync.membership import ActorClaim, Entry, MembershipLog, SpaceKind, member_id_of
from sync.membership import Role as LogRole
from sync.spaces import voters_now, writers_of

T0 = dt.datetime.now(dt.UTC).replace(microsecond=0)


class Peer:
    """One device: its keys, its own copy of the membership log and its own guarded copy of the community."""

    def __init__(self, name: str, keys: DeviceKeys, actor: bytes, log: MembershipLog, doc: CommunityDocument):
        self.name, self.keys, self.actor, self.log, self.doc = name, keys, actor, log, doc
        self.member = member_id_of(keys.device_id)
        self.peers: dict[str, PeerSync] = {}

    def edit(self, write: object) -> None:
        write(self.doc)  # type: ignore[operator]
        self.doc.prove(self.keys.signer)

    def take_log(self, other: Peer) -> None:
        """Every entry *other*'s log holds, then the gate tries again what waited (as the engine does)."""
        self.log.add_entries([Entry.from_bytes(e.to_bytes()) for e in other.log.entries()])
        self.doc.guard(self.log.space_id, writers_of(self.log))
        self.doc.apply_changes([], [])

    def take_changes(self, other: Peer, changes: list[bytes]) -> None:
        self.doc.apply_changes(changes, other.doc.proofs())


def town(
    names: tuple[str, ...] = ("admin", "mallory", "bob"), admins: tuple[str, ...] = ("mallory",)
) -> dict[str, Peer]:
    keys = {n: DeviceKeys.generate() for n in names}
    actors = {n: bytes([i + 1]) * 16 for i, n in enumerate(names)}
    root = MembershipLog.create(SpaceKind.COMMUNITY, keys["admin"], at_ms=1)
    for n in names[1:]:
        root.add(keys[n].card, LogRole.ADMIN if n in admins else LogRole.MEMBER, at_ms=2)
    for n in names:
        root.write_card(keys[n].device_id, member_id_of(keys[n].device_id), (ActorClaim(actors[n]),), at_ms=3)
    first = CommunityDocument.create("Mill Road", actor_id=actors["admin"])
    peers: dict[str, Peer] = {}
    for n in names:
        log = MembershipLog.from_entries([e.to_bytes() for e in root.entries()], me=keys[n])
        doc = first if n == "admin" else CommunityDocument.load(first.save(), actor_id=actors[n])
        doc.guard(log.space_id, writers_of(log))
        peers[n] = Peer(n, keys[n], actors[n], log, doc)
    for p in peers.values():
        p.edit(lambda doc, p=p: doc.add_member(Member(p.member, p.name.title(), Role.MEMBER)))
    everyone_syncs(peers)
    return peers


def sync(a: Peer, b: Peer, rounds: int = 20) -> None:
    pa, pb = a.peers.setdefault(b.name, PeerSync()), b.peers.setdefault(a.name, PeerSync())
    for _ in range(rounds):
        quiet = True
        for sender, receiver, state_s, state_r in ((a, b, pa, pb), (b, a, pb, pa)):
            message = sender.doc.generate_sync_message(state_s)
            if message is not None:
                quiet = False
                receiver.doc.receive_sync_message(state_r, message, sender.doc.proofs())
        if quiet:
            return
    raise AssertionError(f"{a.name} and {b.name} were still talking after {rounds} rounds")


def everyone_syncs(peers: dict[str, Peer]) -> None:
    for _ in range(2):
        for a, b in itertools.combinations(peers.values(), 2):
            b.take_log(a)
            a.take_log(b)
            sync(a, b)


def new_changes(peer: Peer, write: object) -> list[bytes]:
    before = peer.doc.heads()
    peer.edit(write)
    return peer.doc.changes_since(before)


def stale(peer: Peer, heads: tuple[bytes, ...], write: object) -> list[bytes]:
    """*write* as a modified client makes it: naming log heads *heads* rather than its log's current ones."""
    guard = peer.doc._guard
    assert guard is not None
    guard.log_heads = lambda: heads  # type: ignore[method-assign]
    try:
        return new_changes(peer, write)
    finally:
        del guard.log_heads


def verdicts(peer: Peer) -> dict[bytes, str]:
    return {q.change_hash: q.reason for q in peer.doc.quarantined}


def test_every_change_names_the_log_heads_its_device_held() -> None:
    peers = town()
    bob = peers["bob"]
    changes = new_changes(bob, lambda doc: doc.add_member(Member(bob.member, "Bob B", Role.MEMBER)))
    assert [named_heads(decode_change(c)) for c in changes] == [bob.log.state().heads]


@pytest.mark.parametrize("order", list(itertools.permutations(("log", "admin", "mallory"))), ids="-".join)
def test_a_write_concurrent_with_the_demotion_gets_one_verdict_in_every_order(order: tuple[str, ...]) -> None:
    """Mallory, an admin, renames the community while (unknown to her) the admin demotes her. Her change names
    the log from before the demotion, so it is an admin's change wherever it lands, before or after the
    demotion's entry or the admin's next change: every peer accepts it, in every order."""
    peers = town()
    admin, mallory, bob = peers["admin"], peers["mallory"], peers["bob"]
    admin.log.set_role(mallory.keys.device_id, LogRole.MEMBER, at_ms=10)
    after_demotion = new_changes(admin, lambda doc: doc.set_credit_limit(bob.member, 600))
    renamed = new_changes(mallory, lambda doc: doc.set_name("Mallory's Road"))
    steps = {
        "log": lambda: bob.take_log(admin),
        "admin": lambda: bob.take_changes(admin, after_demotion),
        "mallory": lambda: bob.take_changes(mallory, renamed),
    }
    for step in order:
        steps[step]()
    admin.take_changes(mallory, renamed)
    for p in (admin, bob):
        assert p.doc.quarantined == (), (p.name, verdicts(p))
        assert p.doc.waiting == (), p.name
        assert p.doc.view().name == "Mallory's Road"
        assert p.doc.view().credit_limits[bob.member] == 600
    assert admin.doc.view() == bob.doc.view()


@pytest.mark.parametrize("deliver_log_first", [True, False], ids=["log-first", "log-last"])
@pytest.mark.parametrize("heads", ["her-own", "from-before"])
def test_a_demoted_admin_who_saw_a_later_change_writes_as_a_member(
    deliver_log_first: bool, heads: str
) -> None:
    """Once Mallory holds a change written after her demotion, neither her client's own heads (now after the
    demotion) nor the old heads (refused: they go back on what she had seen) let her write as an admin."""
    peers = town()
    admin, mallory, bob = peers["admin"], peers["mallory"], peers["bob"]
    old_heads = mallory.log.state().heads
    admin.log.set_role(mallory.keys.device_id, LogRole.MEMBER, at_ms=10)
    admin.edit(lambda doc: doc.set_credit_limit(bob.member, 600))
    mallory.take_log(admin)
    sync(admin, mallory)
    honest = new_changes(mallory, lambda doc: doc.add_member(Member(mallory.member, "M", Role.MEMBER)))
    if heads == "her-own":
        attack, reason = (
            new_changes(mallory, lambda doc: doc.set_name("Mallory's Road")),
            "only an admin renames",
        )
    else:
        attack = stale(mallory, old_heads, lambda doc: doc.set_name("Mallory's Road"))
        reason = "names membership-log heads from before what the changes it builds on had seen"
    if deliver_log_first:
        bob.take_log(admin)
    bob.take_changes(admin, admin.doc.changes_since([]))
    bob.take_changes(mallory, honest + attack)
    if not deliver_log_first:
        assert bob.doc.quarantined == ()  # everything waits for the demotion's entry
        bob.take_log(admin)
    admin.take_changes(mallory, honest + attack)
    for p in (admin, bob):
        reasons = verdicts(p)
        assert list(reasons) == [_hash(attack)], p.name
        assert reason in reasons[_hash(attack)], p.name
        assert p.doc.view().name == "Mill Road"
        assert p.doc.view().members[mallory.member].name == "M"  # her honest edit, just before
        assert p.doc.waiting == ()
    assert admin.doc.view() == bob.doc.view()


def _hash(changes: list[bytes]) -> bytes:
    (change,) = changes
    return decode_header(change).hash


def test_a_change_naming_log_entries_the_receiver_lacks_waits_until_they_arrive() -> None:
    peers = town(admins=())
    admin, mallory, bob = peers["admin"], peers["mallory"], peers["bob"]
    admin.log.set_role(bob.keys.device_id, LogRole.ADMIN, at_ms=10)
    bob.take_log(admin)
    renamed = new_changes(bob, lambda doc: doc.set_name("Bob's Road"))  # an admin now, in his log
    later = new_changes(bob, lambda doc: doc.add_member(Member(bob.member, "Bob B", Role.MEMBER)))
    mallory.take_changes(bob, renamed + later)
    assert mallory.doc.view().name == "Mill Road"
    assert mallory.doc.quarantined == ()
    reasons = dict(mallory.doc.waiting)
    assert "membership-log entries it names" in reasons[_hash(renamed)]
    assert "waits for changes it depends on" in reasons[_hash(later)]
    mallory.take_log(admin)  # the promotion arrives: both are judged, against the log Bob wrote them at
    assert mallory.doc.waiting == ()
    assert mallory.doc.quarantined == ()
    assert mallory.doc.view().name == "Bob's Road"
    assert mallory.doc.view().members[bob.member].name == "Bob B"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("zz", "wrong length"),
        ("Z" * 64, "not sorted lowercase hex"),
        (heads_text([b"\2" * 32]) + heads_text([b"\1" * 32]), "not sorted lowercase hex"),
        (heads_text([b"\1" * 32]) * 2, "not sorted lowercase hex"),
    ],
    ids=["short", "upper-case", "unsorted", "twice"],
)
def test_unreadable_heads_are_refused_with_a_reason(text: str, reason: str) -> None:
    peers = town()
    mallory, bob = peers["mallory"], peers["bob"]
    before = mallory.doc.heads()
    mallory.doc._safe.change(lambda w: w.put(ROOT, LOG_HEADS, text))
    mallory.doc.prove(mallory.keys.signer)
    changes = mallory.doc.changes_since(before)
    bob.take_changes(mallory, changes)
    assert reason in verdicts(bob)[_hash(changes)]


# --- a proposal's voters ------------------------------------------------------------------------------------


def proposal(peer: Peer, pid: str, voters: tuple[str, ...], quorum: int = 1) -> Proposal:
    return Proposal(
        pid, "Roof", "repair", peer.member, 100_00, "EUR", T0 + dt.timedelta(days=3), quorum, 50,
        created_at=T0, voters=voters,
    )  # fmt: skip


def test_a_proposal_lists_exactly_the_members_at_the_heads_it_names() -> None:
    peers = town()
    admin, mallory, bob = peers["admin"], peers["mallory"], peers["bob"]
    members = voters_now(bob.log)
    assert members == tuple(sorted(p.member for p in peers.values()))
    bob.edit(lambda doc: doc.add_proposal(proposal(bob, "good", members)))
    for p in (admin, mallory):
        sync(bob, p)
        assert p.doc.quarantined == ()
        assert p.doc.view().proposals["good"].voters == members


@pytest.mark.parametrize(
    ("listed", "reason"),
    [
        (lambda m: tuple(sorted((*m, "stranger"))), "lists 1 voter(s) who were not members when it opened"),
        (lambda m: m[1:], "leaves out 1 who were"),
        (lambda m: (), "leaves out 3 who were"),
    ],
    ids=["a-stranger", "one-left-out", "nobody"],
)
def test_a_proposal_listing_a_non_member_or_leaving_one_out_is_refused(listed: object, reason: str) -> None:
    peers = town()
    admin, bob = peers["admin"], peers["bob"]
    voters = listed(voters_now(bob.log))  # type: ignore[operator]
    changes = new_changes(bob, lambda doc: doc.add_proposal(proposal(bob, "p1", voters)))
    admin.take_changes(bob, changes)
    assert reason in verdicts(admin)[_hash(changes)]
    assert admin.doc.view().proposals == {}


SIX = ("admin", "mallory", "bob", "carol", "dev", "erin")


def test_a_new_proposal_with_a_quorum_below_the_share_of_its_voters_is_refused() -> None:
    peers = town(SIX)
    bob, admin = peers["bob"], peers["admin"]
    members = voters_now(bob.log)
    assert quorum_minimum(len(members)) == 2
    with pytest.raises(ValueError, match="at least 2"):
        proposal(bob, "small", members, quorum=1)  # the typed API says so before anything is written
    small = proposal(bob, "small", members, quorum=2)
    object.__setattr__(small, "quorum", 1)  # a modified client writes it anyway
    changes = new_changes(bob, lambda doc: doc.add_proposal(small))
    admin.take_changes(bob, changes)
    assert "a quorum below 2, the least for 6 voters" in verdicts(admin)[_hash(changes)]


def test_a_proposal_s_quorum_is_never_lowered_below_the_share_of_its_voters() -> None:
    peers = town(SIX)
    bob, admin = peers["bob"], peers["admin"]
    fine = proposal(bob, "fine", voters_now(bob.log), quorum=3)
    bob.edit(lambda doc: doc.add_proposal(fine))
    sync(bob, admin)  # the rules read a proposal's author and voters from the receiver's document
    bob.edit(lambda doc: doc.add_proposal(dataclasses.replace(fine, quorum=2)))  # still enough: accepted
    lowered = dataclasses.replace(fine, quorum=2)
    object.__setattr__(lowered, "quorum", 1)
    changes = new_changes(bob, lambda doc: doc.add_proposal(lowered))
    sync(bob, admin)
    assert list(verdicts(admin)) == [_hash(changes)]
    assert "a quorum below 2" in verdicts(admin)[_hash(changes)]
    assert admin.doc.view().proposals["fine"].quorum == 2


def test_a_vote_by_a_member_who_joined_after_the_proposal_opened_is_set_aside() -> None:
    peers = town()
    admin, bob = peers["admin"], peers["bob"]
    opened = proposal(bob, "p1", voters_now(bob.log))
    bob.edit(lambda doc: doc.add_proposal(opened))
    everyone_syncs(peers)
    # Dave joins afterwards, cards his device and votes.
    dave_keys, dave_actor = DeviceKeys.generate(), b"\x09" * 16
    admin.log.add(dave_keys.card, LogRole.MEMBER, at_ms=20)
    admin.log.write_card(
        dave_keys.device_id, member_id_of(dave_keys.device_id), (ActorClaim(dave_actor),), at_ms=21
    )
    dave_log = MembershipLog.from_entries([e.to_bytes() for e in admin.log.entries()], me=dave_keys)
    dave_doc = CommunityDocument.load(admin.doc.save(), actor_id=dave_actor)
    dave_doc.guard(dave_log.space_id, writers_of(dave_log))
    dave = Peer("dave", dave_keys, dave_actor, dave_log, dave_doc)
    admin.doc.guard(admin.log.space_id, writers_of(admin.log))
    dave.edit(lambda doc: doc.add_member(Member(dave.member, "Dave", Role.MEMBER)))
    for voter, choice in ((bob, Choice.YES), (dave, Choice.YES)):
        vote = Vote(
            f"v-{voter.name}",
            "p1",
            voter.member,
            voter.keys.device_id.hex,
            choice,
            dt.datetime.now(dt.UTC),
        )
        voter.edit(lambda doc, vote=vote, voter=voter: doc.cast_vote(vote.signed_by(voter.keys.signer)))
    sync(dave, admin)
    sync(bob, admin)
    receipts = [  # what the admin's service writes by itself: Bob's vote counts only once another member has it
        Receipt(f"r-{v.id}", vote_ref(v), admin.member, admin.keys.device_id.hex, dt.datetime.now(dt.UTC))
        for v in admin.doc.view().votes
    ]
    admin.edit(lambda doc: doc.add_receipts(r.signed_by(admin.keys.signer) for r in receipts))
    assert admin.doc.quarantined == ()  # Dave's vote is his own: it is kept, and set aside by the tally
    outcome = tally(admin.doc.view(), "p1", writers_of(admin.log), T0 + dt.timedelta(days=5))
    assert [v.member_id for v in outcome.counted] == [bob.member]
    (review,) = outcome.needs_review
    assert review.vote.member_id == dave.member
    assert "was not a member when the proposal opened" in review.reason
    assert outcome.voters == 3
    assert outcome.turnout == 1


def test_a_change_written_while_the_log_stood_still_names_nothing_and_stands_on_the_same_log() -> None:
    """Automerge writes no op for a put of the value already shown: the second change names no heads, and a
    peer judges it against what its dependencies stand on — the same log."""
    peers = town(admins=())
    admin, bob = peers["admin"], peers["bob"]
    admin.log.set_role(bob.keys.device_id, LogRole.ADMIN, at_ms=10)
    bob.take_log(admin)
    first = new_changes(bob, lambda doc: doc.set_credit_limit(bob.member, 100))
    second = new_changes(bob, lambda doc: doc.set_name("Bob's Road"))
    assert named_heads(decode_change(first[0])) == bob.log.state().heads
    assert named_heads(decode_change(second[0])) is None
    admin.take_changes(bob, first + second)
    assert admin.doc.quarantined == ()
    assert admin.doc.view().name == "Bob's Road"
