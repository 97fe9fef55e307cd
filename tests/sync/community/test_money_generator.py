"""The benchmark's made-up money (`sync.community.money_generator`): every entry passes the real ledger rules,
every kind is there, and every proposal passes on votes that count (each with another member's receipt)."""

from __future__ import annotations

import datetime as dt

from sync.community import CommunityView, EntryKind
from sync.community.generator import generate_view
from sync.community.ledger import check_ledger
from sync.community.money_generator import participants, with_money
from sync.community.signed import KeyringVerifier
from sync.community.votes import VoteStatus, tally

START = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
UNTIL = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def test_every_generated_entry_passes_the_ledger_rules() -> None:
    people = participants(12, seed=3)
    view = with_money(
        generate_view(assets=5, members=4, events=2), people, 1_500, seed=3, start=START, until=UNTIL
    )
    verifier = KeyringVerifier()
    for p in people:
        verifier.add(p.signer.public_key)
    report = check_ledger(view, verifier)
    assert report.needs_review == ()
    assert len(report.accepted) == len(view.ledger) in (1_499, 1_500)  # credits come in pairs
    # every kind a community writes today (a circle has no payout: its recipient confirms each payment)
    assert {e.kind for e in view.ledger} == set(EntryKind) - {EntryKind.LENDING_CIRCLE_PAYOUT}
    assert sum(report.credit_balances.values()) == 0
    assert len(report.withdrawals) == len(view.proposals) > 0
    for proposal in view.proposals:
        assert tally(view, proposal, verifier, UNTIL).status is VoteStatus.PASSED


def test_the_same_arguments_give_the_same_entries() -> None:
    people = participants(8)

    def make() -> CommunityView:
        return with_money(generate_view(assets=2, members=2, events=1), people, 300, start=START, until=UNTIL)

    assert make().ledger == make().ledger
