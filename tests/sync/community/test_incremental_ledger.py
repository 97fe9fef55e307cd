"""The ledger judged on from its last judgement (`IncrementalLedger`) reports exactly what `check_ledger` does:
over random histories of appended, backdated, duplicated and removed entries and changed records, and in each
case where it must judge everything again."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from sync.community.document import CommunityDocument
from sync.community.incremental import RULES_READ, IncrementalLedger, Judged
from sync.community.ledger import check_ledger, in_judging_order
from sync.community.model import EntryKind
from sync.community.signed import CREDIT_UNIT, KeyringVerifier, LedgerEntry
from sync.community.view import CommunityView
from tests.sync.community.factories import Person, at
from tests.sync.community.test_ledger_properties import ANA, BASE, BEN, VERIFIER, ledgers

# A change to each collection the rules read, each of which changes how some ledger is judged (see
# test_each_collection_the_rules_read_matters).
CHANGED: dict[str, CommunityView] = {
    "members": replace(BASE, members={k: v for k, v in BASE.members.items() if k != "ben"}),
    "projects": replace(
        BASE, projects={**BASE.projects, "p1": replace(BASE.projects["p1"], stakes_offered=1)}
    ),
    "circles": replace(BASE, circles={}),
    "proposals": replace(BASE, proposals={**BASE.proposals, "q2": replace(BASE.proposals["q2"], quorum=1)}),
    "credit_limits": replace(BASE, credit_limits={**BASE.credit_limits, "ben": 90}),
    "votes": replace(BASE, votes=BASE.votes[1:]),  # ana's yes to q1 gone: it misses its quorum
    "receipts": replace(BASE, receipts=()),  # nobody witnessed any vote
}
CONTEXTS = [BASE, *CHANGED.values()]
OTHER_VERIFIER = KeyringVerifier()  # knows no device: every signature fails


def entry(by: Person, kind: EntryKind, amount: int, minute: float, n: str, **extra: Any) -> LedgerEntry:
    unit = CREDIT_UNIT if kind in (EntryKind.CREDIT_TRANSFER, EntryKind.CREDIT_CONFIRMED) else "EUR"
    raw = LedgerEntry(n, kind, by.id, by.device, amount, unit, at(minute), **extra)
    return raw.signed_by(by.signer)


def deposit(minute: float, n: str, by: Person = ANA, amount: int = 5000) -> LedgerEntry:
    return entry(by, EntryKind.PURSE_DEPOSIT, amount, minute, n)


# A ledger judged differently under each changed collection than under BASE.
MATTERS: dict[str, tuple[LedgerEntry, ...]] = {
    "members": (deposit(1, "m1", by=BEN),),
    "projects": (entry(ANA, EntryKind.STAKE_BOUGHT, 5000, 1, "m1", ref="p1"),),
    "circles": (entry(ANA, EntryKind.CIRCLE_JOINED, 1000, 1, "m1", ref="c1"),),
    "proposals": (deposit(1, "m1"), entry(ANA, EntryKind.PURSE_WITHDRAWAL, 1000, 150, "m2", ref="q2")),
    "credit_limits": (entry(BEN, EntryKind.CREDIT_TRANSFER, 60, 1, "m1", counterparty="ana"),),
    "votes": (deposit(1, "m1"), entry(ANA, EntryKind.PURSE_WITHDRAWAL, 2000, 150, "m2", ref="q1")),
    "receipts": (deposit(1, "m1"), entry(ANA, EntryKind.PURSE_WITHDRAWAL, 2000, 150, "m2", ref="q1")),
}
LATER = deposit(300, "z1")  # after every entry above


def test_the_changes_cover_every_collection_the_rules_read() -> None:
    assert set(CHANGED) == set(MATTERS) == set(RULES_READ)


@pytest.mark.parametrize("name", RULES_READ)
def test_each_collection_the_rules_read_matters(name: str) -> None:
    ledger = MATTERS[name]
    assert check_ledger(replace(CHANGED[name], ledger=ledger), VERIFIER) != check_ledger(
        replace(BASE, ledger=ledger), VERIFIER
    )


def checked(judge: IncrementalLedger, view: CommunityView, verifier: Any = VERIFIER) -> Judged:
    """Check *view* both ways, assert the reports are equal, and say how the incremental one was made."""
    assert judge.check(view, verifier) == check_ledger(view, verifier)
    return judge.judged


# --- the random histories -------------------------------------------------------------------------------------

STEPS = ["append"] * 6 + ["backdate", "copy", "same-object", "drop", "rules", "verifier", "nothing"]


@given(ledgers(), st.data())
def test_judging_on_reports_what_judging_everything_does(
    case: tuple[tuple[LedgerEntry, ...], frozenset[LedgerEntry]], data: st.DataObject
) -> None:
    pool = in_judging_order(case[0])  # appended in this order, each usually after every entry before it
    ledger: list[LedgerEntry] = []
    judge, context, verifier = IncrementalLedger(), BASE, VERIFIER
    for _ in range(data.draw(st.integers(1, 12))):
        step = data.draw(st.sampled_from(STEPS))
        if step == "append" and pool:
            for new in pool[: data.draw(st.integers(1, 3))]:  # peers' appends land anywhere in the list
                ledger.insert(data.draw(st.integers(0, len(ledger))), new)
                pool.remove(new)
        elif step == "backdate" and pool:
            new = pool.pop(data.draw(st.integers(0, len(pool) - 1)))
            ledger.insert(data.draw(st.integers(0, len(ledger))), new)
        elif step in ("copy", "same-object") and ledger:
            old = data.draw(st.sampled_from(ledger))
            ledger.append(replace(old) if step == "copy" else old)
        elif step == "drop" and ledger:
            ledger.pop(data.draw(st.integers(0, len(ledger) - 1)))
        elif step == "rules":
            context = data.draw(st.sampled_from(CONTEXTS))
        elif step == "verifier":
            verifier = data.draw(st.sampled_from([VERIFIER, OTHER_VERIFIER]))
        judged = checked(judge, replace(context, ledger=tuple(ledger)), verifier)
        event(f"{step}: {judged.value}")


# --- judged on ------------------------------------------------------------------------------------------------


def test_entries_appended_after_every_judged_one_are_judged_on() -> None:
    judge = IncrementalLedger()
    first = (deposit(1, "a1"), entry(BEN, EntryKind.CREDIT_TRANSFER, 60, 2, "a2", counterparty="ana"))
    assert checked(judge, replace(BASE, ledger=first)) is Judged.WHOLE
    # Listed anywhere (a peer's appends interleave), dated after: judged on, the purse's balance carried on.
    appended = (deposit(3, "a3"), *first, entry(ANA, EntryKind.PURSE_WITHDRAWAL, 2000, 150, "a4", ref="q1"))
    assert checked(judge, replace(BASE, ledger=appended)) is Judged.APPENDED
    assert judge.check(replace(BASE, ledger=appended), VERIFIER).purse_balance == {"EUR": 8000}
    assert checked(judge, replace(BASE, ledger=appended)) is Judged.SAME


def test_a_change_to_nothing_the_rules_read_keeps_judging_on() -> None:
    judge = IncrementalLedger()
    first = deposit(1, "a1")
    checked(judge, replace(BASE, ledger=(first,)))
    renamed = replace(BASE, name="Another name", assets={}, ledger=(first, LATER))
    assert checked(judge, renamed) is Judged.APPENDED


def test_records_equal_to_the_judged_ones_keep_judging_on() -> None:
    # The document builds a new dict for each view; its records are the same objects, or at least equal.
    judge = IncrementalLedger()
    ledger = (deposit(1, "a1"),)
    checked(judge, replace(BASE, ledger=ledger))
    copied = replace(
        BASE, members=dict(BASE.members), projects={k: replace(v) for k, v in BASE.projects.items()}
    )
    assert checked(judge, replace(copied, ledger=(*ledger, LATER))) is Judged.APPENDED


# --- judged again ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", RULES_READ)
def test_a_changed_collection_the_rules_read_judges_everything_again(name: str) -> None:
    judge = IncrementalLedger()
    checked(judge, replace(BASE, ledger=MATTERS[name]))
    assert checked(judge, replace(CHANGED[name], ledger=(*MATTERS[name], LATER))) is Judged.WHOLE


def test_a_backdated_entry_judges_everything_again() -> None:
    judge = IncrementalLedger()
    # The withdrawal was refused: the purse held nothing then. A deposit dated before it makes it count.
    withdrawal = entry(ANA, EntryKind.PURSE_WITHDRAWAL, 2000, 150, "b2", ref="q1")
    checked(judge, replace(BASE, ledger=(withdrawal,)))
    backdated = (withdrawal, deposit(120, "b1"))
    assert checked(judge, replace(BASE, ledger=backdated)) is Judged.WHOLE
    assert judge.check(replace(BASE, ledger=backdated), VERIFIER).purse_balance == {"EUR": 3000}


def test_an_entry_tied_in_time_and_id_with_the_last_judged_sorts_by_its_bytes() -> None:
    judge = IncrementalLedger()
    first = deposit(5, "t1", amount=3000)
    twin = deposit(5, "t1", amount=1000)  # same time and id: the bytes decide which comes first
    checked(judge, replace(BASE, ledger=(first,)))
    expected = Judged.APPENDED if in_judging_order([first, twin])[0] is first else Judged.WHOLE
    assert checked(judge, replace(BASE, ledger=(first, twin))) is expected


def test_a_removed_entry_judges_everything_again() -> None:
    judge = IncrementalLedger()
    first, second = deposit(1, "a1"), deposit(2, "a2")
    checked(judge, replace(BASE, ledger=(first, second)))
    assert checked(judge, replace(BASE, ledger=(second, LATER))) is Judged.WHOLE


def test_a_judged_entry_listed_twice_judges_everything_again() -> None:
    judge = IncrementalLedger()
    first = deposit(1, "a1")
    checked(judge, replace(BASE, ledger=(first,)))
    assert checked(judge, replace(BASE, ledger=(first, first))) is Judged.WHOLE
    assert checked(judge, replace(BASE, ledger=(first,))) is Judged.WHOLE  # one of the two gone


def test_entries_read_again_as_new_objects_judge_everything_again() -> None:
    judge = IncrementalLedger()
    ledger = (deposit(1, "a1"), deposit(2, "a2"))
    checked(judge, replace(BASE, ledger=ledger))
    assert checked(judge, replace(BASE, ledger=(*(replace(e) for e in ledger), LATER))) is Judged.WHOLE


def test_another_membership_judges_everything_again() -> None:
    judge = IncrementalLedger()
    ledger = (deposit(1, "a1"),)
    checked(judge, replace(BASE, ledger=ledger))
    assert checked(judge, replace(BASE, ledger=(*ledger, LATER)), OTHER_VERIFIER) is Judged.WHOLE
    # The same verifier, but the caller says what it knows changed.
    membership_before, membership_after = object(), object()
    judge.check(replace(BASE, ledger=ledger), VERIFIER, membership_before)
    judge.check(replace(BASE, ledger=(*ledger, LATER)), VERIFIER, membership_after)
    assert judge.judged is Judged.WHOLE


def test_a_report_given_is_not_changed_by_judging_on() -> None:
    judge = IncrementalLedger()
    ledger = (deposit(1, "a1"), entry(BEN, EntryKind.CREDIT_TRANSFER, 10, 2, "a2", counterparty="ana"))
    first = judge.check(replace(BASE, ledger=ledger), VERIFIER)
    confirmation = entry(ANA, EntryKind.CREDIT_CONFIRMED, 10, 3, "a3", counterparty="ben", ref="a2")
    judge.check(replace(BASE, ledger=(*ledger, LATER, confirmation)), VERIFIER)
    assert judge.judged is Judged.APPENDED
    assert first == check_ledger(replace(BASE, ledger=ledger), VERIFIER)


# --- on a real document ---------------------------------------------------------------------------------------


def test_a_documents_own_and_a_peers_appended_entries_are_judged_on() -> None:
    # The premise of judging on: a document's next view lists the entries it read before as the same objects.
    ours = CommunityDocument.from_view(replace(BASE, ledger=(deposit(1, "d1"),)))
    judge = IncrementalLedger()
    assert checked(judge, ours.view()) is Judged.WHOLE
    ours.append_entry(deposit(2, "d2"))
    assert checked(judge, ours.view()) is Judged.APPENDED
    theirs = ours.fork()
    theirs.append_entry(deposit(3, "d3"))
    ours.merge(theirs)
    assert checked(judge, ours.view()) is Judged.APPENDED
    assert judge.check(ours.view(), VERIFIER).purse_balance == {"EUR": 15000}


def test_concurrent_appends_on_a_document_report_what_judging_everything_does() -> None:
    ours = CommunityDocument.from_view(replace(BASE, ledger=(deposit(1, "d1"),)))
    theirs = ours.fork()
    judge = IncrementalLedger()
    checked(judge, ours.view())
    ours.append_entry(entry(ANA, EntryKind.PURSE_WITHDRAWAL, 2000, 150, "d3", ref="q1"))
    checked(judge, ours.view())
    theirs.append_entry(deposit(120, "d2"))  # dated before our withdrawal: everything is judged again
    ours.merge(theirs)
    assert checked(judge, ours.view()) is Judged.WHOLE
