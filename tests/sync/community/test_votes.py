"""Votes on purse proposals: which count, which need review, and the outcome."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.community.errors import InvalidValueError, NotFoundError
from sync.community.model import Choice
from sync.community.signed import Vote
from sync.community.votes import Outcome, VoteRule, VoteStatus, in_vote_order, review_votes, tally, vote_order
from tests.sync.community.factories import Community, Person, at, signer_for

YES, NO, ABSTAIN = Choice.YES, Choice.NO, Choice.ABSTAIN
DEADLINE = at(60 * 24)
BEFORE = at(60)
AFTER = at(60 * 48)


@pytest.fixture
def people(com: Community) -> list[Person]:
    """Five members; proposal q1 needs 3 votes and 60% yes of yes+no."""
    crowd = [com.person(name) for name in ("ana", "ben", "cy", "dee", "eve")]
    com.proposal(crowd[0], quorum=3, threshold_percent=60)
    return crowd


def count(com: Community, now: dt.datetime = AFTER) -> Outcome:
    return tally(com.view(), "q1", com.verifier, now)


def reviewed(outcome: Outcome, vote: Vote) -> tuple[VoteRule, str]:
    review = next(r for r in outcome.needs_review if r.vote == vote)
    assert vote not in outcome.counted
    return review.rule, review.reason


def test_counts_yes_no_and_abstain(com: Community, people: list[Person]) -> None:
    for p, choice in zip(people, (YES, YES, NO, ABSTAIN, YES), strict=True):
        com.vote(p, "q1", choice)
    outcome = count(com)
    assert (outcome.yes, outcome.no, outcome.abstain, outcome.turnout) == (3, 1, 1, 5)
    assert outcome.quorum_met
    assert outcome.threshold_met  # 3 of 4 = 75% ≥ 60%
    assert outcome.passed
    assert outcome.status is VoteStatus.PASSED
    assert [v.member_id for v in outcome.counted] == ["ana", "ben", "cy", "dee", "eve"]


def test_a_member_may_change_their_vote_and_the_latest_counts(com: Community, people: list[Person]) -> None:
    ana = people[0]
    com.vote(ana, "q1", YES, when=at(1))
    latest = com.vote(ana, "q1", NO, when=at(5))
    com.vote(ana, "q1", ABSTAIN, when=at(3))
    outcome = count(com)
    assert outcome.counted == (latest,)
    assert (outcome.yes, outcome.no, outcome.abstain) == (0, 1, 0)
    assert outcome.needs_review == ()


def test_votes_cast_at_the_same_moment_are_ordered_by_id(com: Community, people: list[Person]) -> None:
    ana = people[0]
    com.vote(ana, "q1", NO, when=at(2), vote_id="vb")
    com.vote(ana, "q1", YES, when=at(2), vote_id="va")
    assert count(com).counted[0].id == "vb"


def test_vote_after_the_deadline_needs_review_and_the_earlier_vote_counts(
    com: Community, people: list[Person]
) -> None:
    ana = people[0]
    early = com.vote(ana, "q1", YES, when=BEFORE)
    late = com.vote(ana, "q1", NO, when=DEADLINE + dt.timedelta(seconds=1))
    outcome = count(com)
    assert outcome.counted == (early,)
    assert reviewed(outcome, late) == (
        VoteRule.AFTER_DEADLINE,
        "vote after the deadline: cast 2025-03-02 09:00:01 UTC, voting closed 2025-03-02 09:00:00 UTC",
    )


def test_vote_exactly_at_the_deadline_counts(com: Community, people: list[Person]) -> None:
    vote = com.vote(people[0], "q1", YES, when=DEADLINE)
    assert count(com).counted == (vote,)


def test_unsigned_vote(com: Community, people: list[Person]) -> None:
    vote = com.vote(people[0], "q1", YES, sign=False)
    assert reviewed(count(com), vote) == (VoteRule.MISSING_SIGNATURE, "missing signature")


def test_vote_changed_after_signing(com: Community, people: list[Person]) -> None:
    vote = com.vote(people[0], "q1", NO)
    forged = replace(vote, choice=YES)
    com.votes[-1] = forged
    outcome = count(com)
    assert reviewed(outcome, forged) == (
        VoteRule.BAD_SIGNATURE,
        f"bad signature: device {people[0].device[:16]}… did not sign this",
    )
    assert outcome.yes == 0


def test_vote_signed_by_a_device_of_another_member(com: Community, people: list[Person]) -> None:
    ana, ben = people[0], people[1]
    vote = com.vote(ana, "q1", YES, signer=ben.signer)
    assert reviewed(count(com), vote) == (
        VoteRule.DEVICE_NOT_LINKED,
        f"device {ben.device[:16]}… is not linked to member 'ana'",
    )


def test_vote_by_a_device_nobody_knows(com: Community, people: list[Person]) -> None:
    stranger = signer_for("unknown device")
    vote = com.vote(people[0], "q1", YES, signer=stranger)
    assert reviewed(count(com), vote)[0] is VoteRule.BAD_SIGNATURE


def test_vote_by_a_non_member(com: Community, people: list[Person]) -> None:
    vote = com.vote(com.outsider("mallory"), "q1", YES)
    assert reviewed(count(com), vote) == (
        VoteRule.UNKNOWN_MEMBER,
        "unknown voter 'mallory': not a member of this community",
    )


def test_vote_for_an_unknown_proposal_is_listed_for_review(com: Community, people: list[Person]) -> None:
    vote = com.vote(people[0], "q9", YES)
    fine = com.vote(people[1], "q1", YES)
    reviews = review_votes(com.view(), com.verifier)
    assert [(r.vote, r.rule, r.reason) for r in reviews] == [
        (vote, VoteRule.UNKNOWN_PROPOSAL, "vote for an unknown proposal 'q9'")
    ]
    assert fine not in [r.vote for r in reviews]


def test_tally_of_an_unknown_proposal_raises(com: Community, people: list[Person]) -> None:
    with pytest.raises(NotFoundError):
        tally(com.view(), "q9", com.verifier, AFTER)


def test_now_must_have_a_time_zone(com: Community, people: list[Person]) -> None:
    with pytest.raises(InvalidValueError):
        tally(com.view(), "q1", com.verifier, dt.datetime(2025, 3, 3))


def test_abstentions_count_towards_the_quorum(com: Community, people: list[Person]) -> None:
    com.vote(people[0], "q1", YES)
    com.vote(people[1], "q1", ABSTAIN)
    com.vote(people[2], "q1", ABSTAIN)
    outcome = count(com)
    assert outcome.quorum_met
    assert outcome.passed  # 1 of 1 yes-or-no is yes


def test_below_the_quorum_is_rejected(com: Community, people: list[Person]) -> None:
    com.vote(people[0], "q1", YES)
    com.vote(people[1], "q1", YES)
    outcome = count(com)
    assert not outcome.quorum_met
    assert outcome.threshold_met
    assert not outcome.passed
    assert outcome.status is VoteStatus.REJECTED


def test_exactly_the_threshold_passes(com: Community, people: list[Person]) -> None:
    for p, choice in zip(people, (YES, YES, YES, NO, NO), strict=True):
        com.vote(p, "q1", choice)
    assert count(com).passed  # 3 of 5 = 60%


def test_just_below_the_threshold_is_rejected(com: Community, people: list[Person]) -> None:
    for p, choice in zip(people[:4], (YES, YES, NO, NO), strict=True):
        com.vote(p, "q1", choice)
    outcome = count(com)
    assert not outcome.threshold_met  # 50% < 60%
    assert outcome.status is VoteStatus.REJECTED


def test_everyone_abstaining_does_not_pass(com: Community, people: list[Person]) -> None:
    for p in people:
        com.vote(p, "q1", ABSTAIN)
    outcome = count(com)
    assert outcome.quorum_met
    assert not outcome.threshold_met
    assert outcome.status is VoteStatus.REJECTED


def test_open_until_the_deadline_has_passed(com: Community, people: list[Person]) -> None:
    for p in people:
        com.vote(p, "q1", YES)
    assert count(com, now=BEFORE).status is VoteStatus.OPEN
    assert count(com, now=DEADLINE).status is VoteStatus.OPEN
    assert not count(com, now=DEADLINE).passed
    assert count(com, now=DEADLINE + dt.timedelta(microseconds=1)).status is VoteStatus.PASSED


def test_counts_do_not_depend_on_now(com: Community, people: list[Person]) -> None:
    com.vote(people[0], "q1", YES, when=at(100))
    early, late = count(com, now=BEFORE), count(com, now=AFTER)
    assert (early.yes, early.counted) == (late.yes, late.counted)


@given(st.data())
def test_the_outcome_does_not_depend_on_the_order_of_votes(data: st.DataObject) -> None:
    com = Community()
    crowd = [com.person(name) for name in ("ana", "ben", "cy")]
    com.proposal(crowd[0], quorum=2)
    for _ in range(data.draw(st.integers(0, 8))):
        who = data.draw(st.sampled_from(crowd))
        choice = data.draw(st.sampled_from(list(Choice)))
        minute = data.draw(st.integers(0, 60 * 30))
        com.vote(who, "q1", choice, when=at(minute), sign=data.draw(st.booleans()))
    shuffled = data.draw(st.permutations(com.votes))
    view = com.view()
    assert tally(view, "q1", com.verifier, AFTER) == tally(
        replace(view, votes=tuple(shuffled)), "q1", com.verifier, AFTER
    )


def test_only_the_voters_a_proposal_lists_are_counted_and_turnout_is_of_them(com: Community) -> None:
    crowd = [com.person(name) for name in ("ana", "ben", "cy", "dee", "eve")]
    com.proposal(crowd[0], "q2", quorum=2, voters=("ana", "ben", "cy"))
    for p in crowd:
        com.vote(p, "q2", YES)
    outcome = tally(com.view(), "q2", com.verifier, AFTER)
    assert [v.member_id for v in outcome.counted] == ["ana", "ben", "cy"]
    assert (outcome.turnout, outcome.voters) == (3, 3)
    for review in outcome.needs_review:
        assert review.rule is VoteRule.NOT_A_VOTER
        assert "was not a member when the proposal opened" in review.reason
    assert {r.vote.member_id for r in outcome.needs_review} == {"dee", "eve"}
    assert {r.vote.member_id for r in review_votes(com.view(), com.verifier)} == {"dee", "eve"}


def test_a_proposal_s_quorum_is_at_least_a_quarter_of_its_voters(com: Community) -> None:
    ana = com.person("ana")
    voters = tuple(f"m{i}" for i in range(9))
    with pytest.raises(InvalidValueError, match="at least 3 for 9 voters"):
        com.proposal(ana, "q2", quorum=2, voters=voters)
    assert com.proposal(ana, "q3", quorum=3, voters=voters).voters == voters


@given(st.lists(st.tuples(st.integers(0, 2), st.sampled_from("ab"), st.sampled_from(Choice)), max_size=12))
def test_the_vote_order_made_lazily_is_the_vote_order(cast: list[tuple[int, str, Choice]]) -> None:
    """`in_vote_order` makes a vote's bytes only for a tie of time and id; the order is `vote_order`'s still
    (few times and ids here, so ties of both, broken by the choice in the bytes, are common)."""
    votes = [Vote(i, "q1", "ana", "d" * 64, choice, at(minute)) for minute, i, choice in cast]
    assert in_vote_order(votes) == sorted(votes, key=vote_order)
    assert in_vote_order(reversed(votes)) == sorted(votes, key=vote_order)
