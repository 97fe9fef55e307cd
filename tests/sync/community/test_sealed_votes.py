"""Votes with a reason for "no", and sealed ballots, through the gate on four guarded copies.

The same four devices as `test_authority` (an admin, Alice, Bob, Mallory). Each write rule of a new vote
(`sync.community._vote_rules`) has its attack here, written by Mallory's copy past its typed API, and refused
on every honest copy; the honest path (seal, receipt, deadline, reveal) is accepted everywhere and every copy
counts the same outcome (`sync.community.votes.tally`, `sync.community.sealed`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import secrets

import pytest

from sync.community import (
    Choice,
    EntryKind,
    LedgerEntry,
    MembershipVerifier,
    Proposal,
    Vote,
    check_ledger,
    tally,
)
from sync.community.errors import InvalidValueError
from sync.community.formats.json_format import export_json, import_json
from sync.community.ledger import Rule
from sync.community.sealed import REVEAL_WINDOW
from sync.community.signed import Receipt, commitment_of, proposal_terms, vote_ref
from sync.community.view import CommunityView
from sync.community.votes import VoteRule, VoteStatus, explain, valid_receipts, votes_to_receipt
from sync.spaces import writers_of
from tests.sync.community.test_authority import (
    Device,
    assert_refused_everywhere,
    community,
    deposit,
    honest,
    receipt,
    same_view,
    sync_all,
)
from tests.sync.community.test_vote_authority import no_quarantine

NOW = dt.datetime.now(dt.UTC)
# Everything is dated in the recent past (within the instants rule's skew), so the deadline has passed by
# the real clock when a reveal is written "now", and no change waits for its date. Set again before each test
# (`recent_times`): a whole run reaches this module many minutes after importing it, beyond that skew.
OPENED, VOTED, SEEN, DEADLINE = (NOW - dt.timedelta(minutes=m) for m in (10, 9, 8, 5))


@pytest.fixture(autouse=True)
def recent_times() -> None:
    global NOW, OPENED, VOTED, SEEN, DEADLINE, AFTER_WINDOW
    NOW = dt.datetime.now(dt.UTC)
    OPENED, VOTED, SEEN, DEADLINE = (NOW - dt.timedelta(minutes=m) for m in (10, 9, 8, 5))
    AFTER_WINDOW = DEADLINE + REVEAL_WINDOW + dt.timedelta(minutes=1)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def open_proposal(
    d: Device,
    *,
    sealed: bool = True,
    deadline: dt.datetime | None = None,
    opened: dt.datetime | None = None,
    threshold: int = 50,
) -> Proposal:
    deadline = DEADLINE if deadline is None else deadline
    opened = OPENED if opened is None else opened
    voters = tuple(sorted(d.doc.view().members))
    proposal = Proposal(
        "p1", "Benches", "for the square", d.member, 300_00, "EUR", deadline, 2, threshold, opened,
        voters=voters, sealed=sealed,
    )  # fmt: skip
    d.edit(lambda doc: doc.add_proposal(proposal))
    return proposal


def seal(d: Device, vid: str, choice: Choice, reason: str = "") -> tuple[Vote, str]:
    """A sealed vote as the service writes it, and the nonce its device keeps."""
    nonce = secrets.token_hex(32)
    proposal = d.doc.view().proposals["p1"]
    sealed = Vote(
        vid, "p1", d.member, d.keys.device_id.hex, None, VOTED, terms=proposal_terms(proposal),
        commitment=commitment_of(vid, "p1", d.member, choice, reason, nonce),
    ).signed_by(d.keys.signer)  # fmt: skip
    d.edit(lambda doc: doc.cast_vote(sealed))
    return sealed, nonce


def reveal(
    d: Device, sealed: Vote, choice: Choice, nonce: str, reason: str = "", at: dt.datetime | None = None
) -> Vote:
    opened = Vote(
        f"r-{sealed.id}", "p1", d.member, d.keys.device_id.hex, choice, at or now(), reason=reason,
        reveals=sealed.id, nonce=nonce,
    ).signed_by(d.keys.signer)  # fmt: skip
    d.edit(lambda doc: doc.cast_vote(opened))
    return opened


def forged(vote: Vote, d: Device, **fields: object) -> Vote:
    """*vote* with *fields* set past the typed checks (as a modified client writes it), signed again."""
    for name, value in fields.items():
        object.__setattr__(vote, name, value)
    object.__setattr__(vote, "signature", d.keys.signer.sign(vote.signing_bytes()))
    return vote


def plain(d: Device, vid: str, choice: Choice, at: dt.datetime | None = None) -> Vote:
    at = VOTED if at is None else at
    proposal = d.doc.view().proposals["p1"]
    return Vote(
        vid, "p1", d.member, d.keys.device_id.hex, choice, at, terms=proposal_terms(proposal)
    ).signed_by(d.keys.signer)


Ballots = dict[str, tuple[Vote, str]]


def two_sealed(threshold: int = 50) -> tuple[MembershipVerifier, dict[str, Device], Ballots]:
    """Alice's sealed proposal; Alice seals "yes", Bob seals "no" with a reason; the admin receipts both. The
    verifier is the community's (its membership log)."""
    log, devices = community()
    alice, bob = devices["alice"], devices["bob"]
    open_proposal(alice, threshold=threshold)
    sync_all(devices)
    ballots = {"alice": seal(alice, "v-alice", Choice.YES), "bob": seal(bob, "v-bob", Choice.NO, "Too dear")}
    sync_all(devices)
    receipt(devices["admin"], at=SEEN)
    sync_all(devices)
    return writers_of(log), devices, ballots


# --- a reason for "no" --------------------------------------------------------------------------------------


def test_a_reason_goes_with_no_and_the_outcome_lists_it_everywhere() -> None:
    log, devices = community()
    alice, bob, mallory = devices["alice"], devices["bob"], devices["mallory"]
    open_proposal(alice, sealed=False, deadline=NOW + dt.timedelta(days=1))
    sync_all(devices)
    against = dataclasses.replace(plain(bob, "v-bob", Choice.NO), reason="The square floods").signed_by(
        bob.keys.signer
    )
    assert against.signing_bytes().startswith(b"commons/vote/v3\n")
    bob.edit(lambda doc: doc.cast_vote(against))
    yes_with_reason = forged(plain(mallory, "v-mallory", Choice.YES), mallory, reason="Because")
    mallory.edit(lambda doc: doc.cast_vote(yes_with_reason))
    sync_all(devices)
    receipt(alice)
    sync_all(devices)

    assert_refused_everywhere(devices, 'a reason is given only with a vote against ("no")')
    writers = writers_of(log)
    for d in honest(devices):
        outcome = tally(d.doc.view(), "p1", writers, NOW + dt.timedelta(days=2))
        assert [(v.member_id, v.reason) for v in outcome.reasons] == [(bob.member, "The square floods")]


# --- sealed ballots: the attacks ------------------------------------------------------------------------------


def test_a_readable_vote_on_a_sealed_proposal_is_refused_everywhere() -> None:
    _log, devices = community()
    open_proposal(devices["alice"], deadline=NOW + dt.timedelta(days=1))
    sync_all(devices)
    mallory = devices["mallory"]
    mallory.edit(lambda doc: doc.cast_vote(plain(mallory, "v-mallory", Choice.YES)))
    sync_all(devices)
    assert_refused_everywhere(devices, "takes only sealed votes")
    for d in honest(devices):
        assert d.doc.view().votes == ()


def test_a_sealed_vote_that_also_holds_a_choice_is_refused_everywhere() -> None:
    _log, devices = community()
    open_proposal(devices["alice"], deadline=NOW + dt.timedelta(days=1))
    sync_all(devices)
    mallory = devices["mallory"]
    sealed, _nonce = seal(mallory, "v-ok", Choice.YES)  # an honest one first: accepted
    leaky = forged(dataclasses.replace(sealed, id="v-leaky"), mallory, choice=Choice.YES)
    mallory.edit(lambda doc: doc.cast_vote(leaky))
    sync_all(devices)
    assert_refused_everywhere(devices, "a sealed vote holds only its commitment")
    for d in honest(devices):
        assert [v.id for v in d.doc.view().votes] == ["v-ok"]


def test_a_reveal_dated_by_the_deadline_is_refused_everywhere() -> None:
    _log, devices = community()
    open_proposal(devices["alice"], deadline=NOW + dt.timedelta(days=1))
    sync_all(devices)
    mallory = devices["mallory"]
    sealed, nonce = seal(mallory, "v-mallory", Choice.YES)
    reveal(mallory, sealed, Choice.YES, nonce)  # now: before the deadline, so results would show early
    sync_all(devices)
    assert_refused_everywhere(devices, "revealed only after its proposal's deadline")


def test_a_reveal_that_does_not_match_its_commitment_is_refused_everywhere() -> None:
    _writers, devices, _ballots = two_sealed()
    mallory = devices["mallory"]
    sealed, nonce = seal(
        mallory, "v-mallory", Choice.NO
    )  # dated before the deadline, not receipted: no matter
    sync_all(devices)
    reveal(mallory, sealed, Choice.YES, nonce)  # she changes her mind after seeing the others
    sync_all(devices)
    assert_refused_everywhere(devices, "does not match what sealed vote 'v-mallory' committed to")


def test_a_reveal_of_another_members_sealed_vote_is_refused_everywhere() -> None:
    _writers, devices, ballots = two_sealed()
    mallory = devices["mallory"]
    alices, nonce = ballots["alice"]  # even knowing the nonce, she cannot open Alice's vote for her
    opened = Vote(
        "r-forged", "p1", mallory.member, mallory.keys.device_id.hex, Choice.NO, now(), reveals=alices.id,
        nonce=nonce,
    ).signed_by(mallory.keys.signer)  # fmt: skip
    mallory.edit(lambda doc: doc.cast_vote(opened))
    sync_all(devices)
    assert_refused_everywhere(devices, "a reveal is written by the device that sealed vote 'v-alice'")


def test_a_second_reveal_of_one_sealed_vote_is_refused_everywhere() -> None:
    _writers, devices, _ballots = two_sealed()
    mallory = devices["mallory"]
    sealed, nonce = seal(mallory, "v-mallory", Choice.NO)
    sync_all(devices)
    reveal(mallory, sealed, Choice.NO, nonce)
    again = dataclasses.replace(reveal_of_id(mallory, sealed, nonce), id="r-again").signed_by(
        mallory.keys.signer
    )
    mallory.edit(lambda doc: doc.cast_vote(again))
    sync_all(devices)
    assert_refused_everywhere(devices, "sealed vote 'v-mallory' was revealed already")
    for d in honest(devices):
        assert [v.id for v in d.doc.view().votes if v.is_reveal] == ["r-v-mallory"]


def reveal_of_id(d: Device, sealed: Vote, nonce: str) -> Vote:
    return Vote(
        "r-x", "p1", d.member, d.keys.device_id.hex, Choice.NO, now(), reveals=sealed.id, nonce=nonce
    ).signed_by(d.keys.signer)


def test_a_sealed_proposal_keeps_its_deadline_and_stays_sealed() -> None:
    _log, devices = community()
    alice = devices["alice"]
    proposal = open_proposal(alice, deadline=NOW + dt.timedelta(days=1))
    sync_all(devices)
    alice.edit(
        lambda doc: doc.add_proposal(dataclasses.replace(proposal, deadline=NOW + dt.timedelta(days=3)))
    )
    sync_all(devices)
    for d in (devices["admin"], devices["bob"], devices["mallory"]):
        reasons = [q.reason for q in d.doc.quarantined]
        assert any("the deadline never changes" in r for r in reasons), (d.name, reasons)
        assert d.doc.view().proposals["p1"] == proposal


def test_a_proposal_opened_with_readable_results_is_never_sealed_later() -> None:
    _log, devices = community()
    alice = devices["alice"]
    proposal = open_proposal(alice, sealed=False, deadline=NOW + dt.timedelta(days=1))
    sync_all(devices)
    alice.edit(lambda doc: doc.add_proposal(dataclasses.replace(proposal, sealed=True)))
    sync_all(devices)
    for d in (devices["admin"], devices["bob"], devices["mallory"]):
        reasons = [q.reason for q in d.doc.quarantined]
        assert any("keeps its results hidden, or not, as it opened" in r for r in reasons), (d.name, reasons)
        assert not d.doc.view().proposals["p1"].sealed


# --- sealed ballots: the honest path and the outcome ------------------------------------------------------------


def test_sealed_votes_hide_every_choice_until_revealed_after_the_deadline_and_then_count_everywhere() -> None:
    writers, devices, ballots = two_sealed()
    alice, bob = devices["alice"], devices["bob"]
    for d in devices.values():
        assert all(v.choice is None and not v.reason for v in d.doc.view().votes)  # nothing readable
    (a_vote, a_nonce), (b_vote, b_nonce) = ballots["alice"], ballots["bob"]
    reveal(alice, a_vote, Choice.YES, a_nonce)
    reveal(bob, b_vote, Choice.NO, b_nonce, "Too dear")
    sync_all(devices)
    receipt(devices["admin"])  # a neighbour receives both reveals within the reveal window
    sync_all(devices)
    no_quarantine(devices)
    same_view(devices)
    for d in devices.values():
        outcome = tally(d.doc.view(), "p1", writers, now())
        assert (outcome.yes, outcome.no, outcome.turnout, outcome.status) == (1, 1, 2, VoteStatus.PASSED)
        assert [(v.member_id, v.reason) for v in outcome.reasons] == [(bob.member, "Too dear")]


def test_a_sealed_vote_never_opened_waits_for_the_window_then_counts_as_turnout_only() -> None:
    writers, devices, ballots = two_sealed()
    alice = devices["alice"]
    a_vote, a_nonce = ballots["alice"]
    reveal(alice, a_vote, Choice.YES, a_nonce)  # Bob's device stays offline
    sync_all(devices)
    receipt(devices["admin"])
    sync_all(devices)
    view = alice.doc.view()
    during = tally(view, "p1", writers, now())
    assert (during.status, during.awaiting_reveal, during.yes, during.turnout) == (
        VoteStatus.REVEALING,
        1,
        1,
        2,
    )
    assert explain(during).startswith("waiting for 1 sealed vote to be opened, until ")
    after = tally(view, "p1", writers, DEADLINE + REVEAL_WINDOW + dt.timedelta(seconds=1))
    assert (after.status, after.unopened, after.yes, after.no, after.turnout) == (
        VoteStatus.PASSED,
        1,
        1,
        0,
        2,
    )
    assert "1 sealed never opened (turnout only)" in explain(after)
    late = dataclasses.replace(
        Vote("r-late", "p1", devices["bob"].member, devices["bob"].keys.device_id.hex, Choice.NO,
             DEADLINE + REVEAL_WINDOW + dt.timedelta(minutes=1), reveals="v-bob", nonce=ballots["bob"][1],
             reason="Too dear"),
    ).signed_by(devices["bob"].keys.signer)  # fmt: skip
    with_late = dataclasses.replace(view, votes=(*view.votes, late))
    judged = tally(with_late, "p1", writers, DEADLINE + REVEAL_WINDOW + dt.timedelta(days=1))
    assert (judged.no, judged.unopened) == (0, 1)
    assert [r.rule for r in judged.needs_review] == [VoteRule.REVEAL_LATE]


def test_a_sealed_vote_still_needs_a_receipt_dated_by_the_deadline() -> None:
    log, devices = community()
    alice = devices["alice"]
    open_proposal(alice)
    sync_all(devices)
    sealed, nonce = seal(alice, "v-alice", Choice.YES)  # no neighbour receipts it before the deadline
    reveal(alice, sealed, Choice.YES, nonce)
    sync_all(devices)
    no_quarantine(devices)
    outcome = tally(alice.doc.view(), "p1", writers_of(log), now())
    assert (outcome.turnout, outcome.yes) == (0, 0)
    assert [r.rule for r in outcome.needs_review] == [VoteRule.LATE]


def test_a_sealed_proposal_its_sealed_vote_and_reveal_round_trip_through_the_json_export() -> None:
    _writers, devices, ballots = two_sealed()
    alice = devices["alice"]
    sealed, nonce = ballots["alice"]
    reveal(alice, sealed, Choice.YES, nonce)
    view = alice.doc.view()
    back = import_json(export_json(view))
    assert (back.proposals, back.votes) == (view.proposals, view.votes)
    assert back.proposals["p1"].sealed
    assert [v.choice for v in back.votes] == [None, None, Choice.YES]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"choice": Choice.YES, "reason": "Because"}, "only a vote against gives a reason"),
        ({"choice": Choice.NO, "reason": "x" * 501}, "the limit is 500"),
        ({"choice": Choice.NO, "commitment": "ab" * 32}, "a sealed vote holds only its commitment"),
        ({"choice": None}, "must be one of"),
        ({"choice": None, "commitment": "not hex"}, "a SHA-256 commitment"),
        ({"choice": Choice.NO, "reveals": "v1", "nonce": "short"}, "a 32-byte nonce"),
        ({"choice": Choice.NO, "nonce": "ab" * 32}, "only a reveal carries a nonce"),
    ],
    ids=[
        "yes-reason",
        "long-reason",
        "sealed-choice",
        "no-choice",
        "bad-commitment",
        "bad-nonce",
        "stray-nonce",
    ],
)
def test_a_malformed_vote_is_refused_with_a_path(fields: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidValueError, match=message):
        Vote("v1", "p1", "m1", "a" * 64, cast_at=NOW, **fields)  # type: ignore[arg-type]


def test_nothing_is_paid_out_while_sealed_votes_wait_to_be_opened() -> None:
    writers, devices, ballots = two_sealed()
    alice = devices["alice"]
    sealed, nonce = ballots["alice"]
    reveal(alice, sealed, Choice.YES, nonce)  # Bob's "no" is not opened yet: the outcome is not final
    payout = LedgerEntry(
        "w1",
        EntryKind.PURSE_WITHDRAWAL,
        alice.member,
        alice.keys.device_id.hex,
        300_00,
        "EUR",
        now(),
        ref="p1",
    ).signed_by(alice.keys.signer)
    alice.edit(lambda doc: doc.append_entry(deposit(alice, "d1", 500_00)))
    alice.edit(lambda doc: doc.append_entry(payout))
    report = check_ledger(alice.doc.view(), writers)
    assert [(r.entry.id, r.rule) for r in report.needs_review] == [("w1", Rule.PROPOSAL_NOT_PASSED)]
    assert (
        "waiting for 2 sealed votes (1 revealed, awaiting a neighbour's receipt)"
        in report.needs_review[0].reason
    )


# --- a reveal's date is bounded by a neighbour's receipt ---------------------------------------------------------

AFTER_WINDOW = DEADLINE + REVEAL_WINDOW + dt.timedelta(minutes=1)


def test_a_reveal_counts_only_once_another_members_device_receipts_it_in_the_window() -> None:
    writers, devices, ballots = two_sealed()
    alice, bob, admin = devices["alice"], devices["bob"], devices["admin"]
    (a_vote, a_nonce), (b_vote, b_nonce) = ballots["alice"], ballots["bob"]
    reveal(alice, a_vote, Choice.YES, a_nonce)
    reveal(bob, b_vote, Choice.NO, b_nonce, "Too dear")
    sync_all(devices)
    waiting = tally(alice.doc.view(), "p1", writers, now())  # both revealed, nobody received them yet
    assert (waiting.status, waiting.yes, waiting.no, waiting.awaiting_reveal, waiting.unreceipted) == (
        VoteStatus.REVEALING, 0, 0, 2, 2,
    )  # fmt: skip
    assert "2 revealed, awaiting a neighbour's receipt" in explain(waiting)
    assert waiting.needs_review == ()  # waiting is not a fault while the window is open
    due = votes_to_receipt(admin.doc.view(), admin.member, admin.keys.device_id.hex, now(), {})
    assert {v.id for v in due} == {"r-v-alice", "r-v-bob"}  # the service receipts reveals in the window
    receipt(admin)
    sync_all(devices)
    no_quarantine(devices)
    for d in devices.values():
        counted = tally(d.doc.view(), "p1", writers, now())
        assert (counted.status, counted.yes, counted.no, counted.unreceipted) == (VoteStatus.PASSED, 1, 1, 0)
    after = votes_to_receipt(admin.doc.view(), admin.member, admin.keys.device_id.hex, AFTER_WINDOW, {})
    assert after == ()  # nothing is receipted once the window is over


def test_a_reveal_dated_back_into_the_window_by_a_device_offline_past_it_never_changes_the_outcome() -> None:
    """Ben (Bob) was offline from before the deadline until after the reveal window. He then writes his reveal
    dated inside the window, on a change that builds only on the history he had. The gate cannot tell it from an
    honest reveal, so it is applied everywhere — but no honest device receipts it (their clocks say the window
    is over), his own receipt does not count, and Ana's (Alice's) and Carmen's (the admin's) copies keep the
    outcome they showed as final — his "no" would turn it (60% of yes and no needed) — and so does the
    withdrawal paid out on it."""
    writers, devices, ballots = two_sealed(threshold=60)
    alice, bob, admin = devices["alice"], devices["bob"], devices["admin"]
    a_vote, a_nonce = ballots["alice"]
    reveal(alice, a_vote, Choice.YES, a_nonce)
    sync_all(devices, without=("bob",))
    receipt(admin)  # Carmen receives Ana's reveal in the window
    sync_all(devices, without=("bob",))
    shown = {d.name: tally(d.doc.view(), "p1", writers, AFTER_WINDOW) for d in (alice, admin)}
    for outcome in shown.values():
        assert (outcome.status, outcome.yes, outcome.no, outcome.unopened) == (VoteStatus.PASSED, 1, 0, 1)

    b_vote, b_nonce = ballots["bob"]
    backdated = reveal(bob, b_vote, Choice.NO, b_nonce, "Too dear", at=DEADLINE + dt.timedelta(seconds=30))
    assert not any(v.id == "r-v-alice" for v in bob.doc.view().votes)  # built only on his old history
    own = Receipt("r-own", vote_ref(backdated), bob.member, bob.keys.device_id.hex, DEADLINE + dt.timedelta(
        minutes=1)).signed_by(bob.keys.signer)  # fmt: skip
    bob.edit(lambda doc: doc.add_receipts([own]))  # a voter's receipt for their own reveal counts for nothing
    sync_all(devices)
    no_quarantine(devices)
    for d in (alice, admin):
        view = d.doc.view()
        assert backdated in view.votes  # it arrived
        late = votes_to_receipt(
            view, d.member, d.keys.device_id.hex, AFTER_WINDOW, valid_receipts(view, writers)
        )
        assert late == ()  # an honest service past the window receipts nothing
        outcome = tally(view, "p1", writers, AFTER_WINDOW)
        before = shown[d.name]
        assert (outcome.status, outcome.yes, outcome.no, outcome.turnout, outcome.unopened) == (
            before.status, before.yes, before.no, before.turnout, before.unopened,
        )  # fmt: skip
        assert outcome.unreceipted == 1
        assert "1 revealed with no neighbour's receipt in time" in explain(outcome)
        assert [(r.vote.id, r.rule) for r in outcome.needs_review] == [
            ("r-v-bob", VoteRule.REVEAL_UNRECEIPTED)
        ]
        paid = paid_out_after_the_window(view, alice)
        assert check_ledger(paid, writers).needs_review == ()  # the payout on the final outcome stands


def paid_out_after_the_window(view: CommunityView, d: Device) -> CommunityView:
    """*view* with a deposit and, once the reveal window is over, the withdrawal of proposal p1 by *d*."""
    payout = LedgerEntry(
        "w1",
        EntryKind.PURSE_WITHDRAWAL,
        d.member,
        d.keys.device_id.hex,
        300_00,
        "EUR",
        AFTER_WINDOW,
        ref="p1",
    ).signed_by(d.keys.signer)
    return dataclasses.replace(view, ledger=(*view.ledger, deposit(d, "d1", 500_00), payout))


def test_a_receipt_for_a_reveal_dated_before_what_it_builds_on_is_refused_everywhere() -> None:
    """Mallory helps Bob: she writes a receipt for his reveal dated inside the window, on a change that builds
    on the reveal and on records dated well after that. The instants rule covers every receipt, whatever it
    names, so it is refused on every honest copy (within the stated 15-minute skew)."""
    log, devices = community()
    alice, bob, mallory = devices["alice"], devices["bob"], devices["mallory"]
    start = now()
    opened, deadline = start - dt.timedelta(minutes=14), start - dt.timedelta(minutes=13)
    proposal = open_proposal(alice, deadline=deadline, opened=opened)
    sync_all(devices)
    nonce = secrets.token_hex(32)
    sealed = Vote(
        "v-bob", "p1", bob.member, bob.keys.device_id.hex, None, opened, terms=proposal_terms(proposal),
        commitment=commitment_of("v-bob", "p1", bob.member, Choice.NO, "", nonce),
    ).signed_by(bob.keys.signer)  # fmt: skip
    bob.edit(lambda doc: doc.cast_vote(sealed))
    sync_all(devices)
    receipt(alice, at=deadline - dt.timedelta(seconds=10))
    opened_late = reveal(bob, sealed, Choice.NO, nonce, at=now() + dt.timedelta(minutes=14))
    sync_all(devices)
    no_quarantine(devices)
    backdated = Receipt(
        "r-helper", vote_ref(opened_late), mallory.member, mallory.keys.device_id.hex,
        deadline + dt.timedelta(seconds=1),
    ).signed_by(mallory.keys.signer)  # fmt: skip
    mallory.edit(lambda doc: doc.add_receipts([backdated]))
    sync_all(devices)
    assert_refused_everywhere(devices, "earlier than what it builds on allows")
    for d in honest(devices):
        assert all(r.id != "r-helper" for r in d.doc.view().receipts or ())
        assert tally(d.doc.view(), "p1", writers_of(log), now()).unreceipted == 1
