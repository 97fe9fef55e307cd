"""Properties of the ledger over random sequences of entries — some valid, some invalid, some forged.

Example counts come from the Hypothesis profile in tests/sync/conftest.py (HYPOTHESIS_PROFILE=props for ≥ 10,000).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from sync.community.ledger import LedgerReport, check_ledger, credit_limit, entry_order, principal_and_bonus
from sync.community.model import Choice, EntryKind, ProgressReport
from sync.community.signed import CREDIT_UNIT, LedgerEntry
from sync.community.view import CommunityView
from tests.sync.community.factories import Community, Person, at, signer_for

# One community for every example: keys are derived once, entries vary.
_com = Community()
ANA, BEN, CY, DEE = (
    _com.person(n, credit_limit=lim) for n, lim in (("ana", 60), ("ben", 0), ("cy", 30), ("dee", 120))
)
MALLORY = _com.outsider("mallory")
MEMBERS = (ANA, BEN, CY, DEE)
_com.project(ANA, "p1", stakes_offered=4)
_com.project(DEE, "p2", stakes_offered=3, reports=(ProgressReport("r1", 500, at(0), "dee"),))  # target met
# Reported met, but met only once both named verifiers confirmed it: no bonus before.
_com.project(
    BEN, "p3", stakes_offered=3, reports=(ProgressReport("r3", 500, at(0), "ben"),), verifiers=("cy", "dee"),
    verifiers_needed=2,
)  # fmt: skip
LENDING_CIRCLE = _com.lending_circle(DEE, [ANA, BEN, CY], "c1", contribution_minor=1000)
_com.proposal(ANA, "q1", amount_minor=2000, deadline=at(100), quorum=2)  # passes
_com.proposal(ANA, "q2", amount_minor=1000, deadline=at(100), quorum=3)  # fails its quorum
_com.vote(ANA, "q1", Choice.YES, when=at(5))
_com.vote(BEN, "q1", Choice.YES, when=at(6))
_com.vote(ANA, "q2", Choice.YES, when=at(7))
BASE = _com.view()
VERIFIER = _com.verifier
STEWARD = {"p1": ANA, "p2": DEE, "p3": BEN}
PROPOSAL_AMOUNT = {"q1": 2000, "q2": 1000}


@st.composite
def plausible(draw: st.DrawFn, kind: EntryKind) -> dict[str, Any]:
    """Fields of an entry of *kind* that is usually valid on its own (the sequence may still break a rule)."""
    who = draw(st.sampled_from(MEMBERS))
    f: dict[str, Any] = {"kind": kind, "by": who, "unit": "EUR", "counterparty": "", "ref": "", "round": None}
    if kind is EntryKind.STAKE_BOUGHT:
        f |= {"ref": draw(st.sampled_from(["p1", "p2", "p3"])), "amount": 2500 * draw(st.integers(1, 3))}
    elif kind is EntryKind.REPAYMENT:
        ref = draw(st.sampled_from(["p1", "p2", "p3"]))
        cp = draw(st.sampled_from(MEMBERS)).id
        f |= {
            "by": STEWARD[ref],
            "ref": ref,
            "counterparty": cp,
            "amount": draw(st.sampled_from([1000, 2500, 2750, 5000])),
        }
    elif kind is EntryKind.LENDING_CIRCLE_CONTRIBUTION:
        k = draw(st.integers(0, 2))
        f |= {
            "by": draw(st.sampled_from(MEMBERS[:3])),
            "ref": "c1",
            "round": k,
            "amount": 1000,
            "counterparty": LENDING_CIRCLE.member_ids[k],
        }
    elif kind is EntryKind.CIRCLE_JOINED:
        f |= {"by": draw(st.sampled_from(MEMBERS)), "ref": "c1", "amount": 1000}
    elif kind is EntryKind.CIRCLE_RECEIVED:  # of some earlier entry: often not a contribution to *who*
        f |= {
            "counterparty": draw(st.sampled_from([m.id for m in MEMBERS[:3]])),
            "ref": f"e{draw(st.integers(0, 29))}",
            "round": draw(st.integers(0, 2)),
            "amount": 1000,
        }
    elif kind is EntryKind.LENDING_CIRCLE_PAYOUT:
        k = draw(st.integers(0, 2))
        f |= {
            "by": draw(st.sampled_from([DEE, ANA])),
            "ref": "c1",
            "round": k,
            "amount": LENDING_CIRCLE.pot_minor,
        }
        f["counterparty"] = LENDING_CIRCLE.member_ids[k]
    elif kind is EntryKind.PURSE_DEPOSIT:
        f["amount"] = draw(st.sampled_from([500, 1000, 2000]))
    elif kind is EntryKind.PURSE_WITHDRAWAL:
        ref = draw(st.sampled_from(["q1", "q2"]))
        f |= {"ref": ref, "amount": PROPOSAL_AMOUNT[ref]}
    elif kind is EntryKind.TARGET_CONFIRMED:
        f |= {
            "ref": draw(st.sampled_from(["p3", "p3", "p1"])),
            "amount": draw(st.sampled_from([100, 150, 99])),
        }
    elif kind is EntryKind.CREDIT_CONFIRMED:  # of some earlier entry: often not a transfer to *who*
        others = [m.id for m in MEMBERS if m is not who]
        f |= {
            "unit": CREDIT_UNIT,
            "counterparty": draw(st.sampled_from(others)),
            "ref": f"e{draw(st.integers(0, 29))}",
            "amount": draw(st.sampled_from([10, 30, 60])),
        }
    else:
        others = [m.id for m in MEMBERS if m is not who]
        f |= {
            "unit": CREDIT_UNIT,
            "counterparty": draw(st.sampled_from(others)),
            "amount": draw(st.sampled_from([10, 30, 60])),
        }
    return f


@st.composite
def mutated(draw: st.DrawFn, f: dict[str, Any]) -> dict[str, Any]:
    """Sometimes break one field."""
    field = draw(st.sampled_from([*["none"] * 12, "by", "amount", "unit", "counterparty", "ref", "round"]))
    if field == "by":
        f["by"] = draw(st.sampled_from([*MEMBERS, MALLORY]))
    elif field == "amount":
        f["amount"] = draw(st.integers(1, 10_000))
    elif field == "unit" and f["unit"] != CREDIT_UNIT:
        f["unit"] = "GBP"
    elif field == "counterparty":
        f["counterparty"] = draw(st.sampled_from(["", "ana", "ben", "cy", "dee", "zoe"]))
    elif field == "ref":
        f["ref"] = draw(st.sampled_from(["", "zz", "p1", "c1", "q1"]))
    elif field == "round":
        f["round"] = draw(st.none() | st.integers(0, 5))
    return f


FORGERIES = ["ok"] * 16 + ["unsigned", "tampered", "foreign-key", "other-members-device"]


@st.composite
def lending_circle_round(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Everyone joins, every payer of a round pays, the recipient confirms each payment (sometimes twice),
    and sometimes a payout follows: how rounds complete (and how a payout is set aside)."""
    k = draw(st.integers(0, 2))
    minute = draw(st.integers(0, 150))
    fields = []
    for member in MEMBERS[:3]:
        fields.append(draw(plausible(EntryKind.CIRCLE_JOINED)) | {"by": member, "minute": minute})
        minute += 1
    recipient = next(m for m in MEMBERS if m.id == LENDING_CIRCLE.member_ids[k])
    for member in MEMBERS[:3]:
        if member is recipient:
            continue
        fields.append(
            draw(plausible(EntryKind.LENDING_CIRCLE_CONTRIBUTION))
            | {"by": member, "round": k, "minute": minute}
        )
        for _ in range(draw(st.integers(1, 2))):
            back = len(fields) - next(
                i for i in range(len(fields) - 1, -1, -1) if fields[i].get("by") is member
            )
            confirmation = draw(plausible(EntryKind.CIRCLE_RECEIVED))
            fields.append(
                confirmation
                | {"by": recipient, "counterparty": member.id, "round": k, "minute": minute + 1, "back": back}
            )
        minute += 2
    if draw(st.booleans()):
        f = draw(plausible(EntryKind.LENDING_CIRCLE_PAYOUT))
        fields.append(f | {"round": k, "counterparty": LENDING_CIRCLE.member_ids[k], "minute": minute})
    return [draw(mutated(f)) for f in fields]


@st.composite
def entry(draw: st.DrawFn, f: dict[str, Any], index: int) -> tuple[LedgerEntry, bool]:
    """The entry of fields *f*, signed or forged, and whether it was forged."""
    by: Person = f["by"]
    reuse = draw(st.integers(0, 9)) == 0 and index > 0
    raw = LedgerEntry(
        id=f"e{draw(st.integers(0, index - 1))}" if reuse else f"e{index}",
        kind=f["kind"],
        author=by.id,
        device_id=by.device,
        amount_minor=f["amount"],
        unit=f["unit"],
        at=at(f["minute"] if "minute" in f else draw(st.integers(0, 200))),
        counterparty=f["counterparty"],
        ref=f["ref"],
        round=f["round"],
    )
    how = draw(st.sampled_from(FORGERIES))
    if how == "unsigned":
        return raw, True
    if how == "tampered":
        return replace(raw.signed_by(by.signer), amount_minor=raw.amount_minor + 1), True
    if how == "foreign-key":
        return replace(raw, signature=signer_for("forger").sign(raw.signing_bytes())), True
    if how == "other-members-device":
        other = draw(st.sampled_from([m for m in MEMBERS if m.id != by.id]))
        return replace(raw, device_id=other.device).signed_by(other.signer), True
    return raw.signed_by(by.signer), False


@st.composite
def ledgers(draw: st.DrawFn) -> tuple[tuple[LedgerEntry, ...], frozenset[LedgerEntry]]:
    fields: list[dict[str, Any]] = []
    for _ in range(draw(st.integers(0, 30))):
        if draw(st.integers(0, 5)) == 0:
            fields.extend(draw(lending_circle_round()))
        else:
            fields.append(draw(mutated(draw(plausible(draw(st.sampled_from(list(EntryKind))))))))
    for i, f in enumerate(fields):
        if "back" in f and f["ref"] not in ("", "zz", "p1", "c1", "q1"):  # not mutated: the entry it confirms
            f["ref"] = f"e{i - f['back']}"
    drawn = [draw(entry(f, i)) for i, f in enumerate(fields)]
    return tuple(e for e, _ in drawn), frozenset(e for e, forged in drawn if forged)


def with_ledger(entries: tuple[LedgerEntry, ...]) -> CommunityView:
    return replace(BASE, ledger=entries)


@given(ledgers())
def test_invariants_hold_for_any_sequence_of_entries(
    case: tuple[tuple[LedgerEntry, ...], frozenset[LedgerEntry]],
) -> None:
    entries, forged = case
    report = check_ledger(with_ledger(entries), VERIFIER)

    # Nothing is dropped: every entry is either accepted or listed for review, once.
    judged = list(report.accepted) + [r.entry for r in report.needs_review]
    assert Counter(judged) == Counter(entries)
    assert all(r.reason for r in report.needs_review)
    assert not forged & set(report.accepted)
    assert list(report.accepted) == sorted(report.accepted, key=entry_order)
    assert len({e.id for e in report.accepted}) == len(report.accepted)

    replayed = replay(report)
    # Rejected entries are never counted: the report's balances are exactly those of the accepted entries.
    assert replayed == {
        "credit": report.credit_balances,
        "purse": report.purse_balance,
        "stakes": report.stakes,
        "repaid": report.repaid,
        "paid": report.lending_circle_paid,
    }
    assert sum(report.credit_balances.values()) == 0
    assert set(report.credit_balances) == set(BASE.members)


def replay(report: LedgerReport) -> dict[str, Any]:
    """Re-apply the accepted entries in order, asserting at every step that no rule is broken."""
    credit: defaultdict[str, int] = defaultdict(int)
    purse: defaultdict[str, int] = defaultdict(int)
    stakes: defaultdict[str, defaultdict[str, int]] = defaultdict(lambda: defaultdict(int))
    repaid: defaultdict[str, defaultdict[str, int]] = defaultdict(lambda: defaultdict(int))
    paid: defaultdict[str, dict[int, str]] = defaultdict(dict)
    paid_in: defaultdict[int, set[str]] = defaultdict(set)
    joined: set[str] = set()
    contributions: dict[str, LedgerEntry] = {}  # waiting for their recipient
    received: defaultdict[int, set[str]] = defaultdict(set)
    withdrawn: set[str] = set()
    confirmed: defaultdict[str, set[str]] = defaultdict(set)
    waiting: dict[str, LedgerEntry] = {}
    for e in report.accepted:
        if e.kind is EntryKind.CREDIT_TRANSFER:
            assert e.author != e.counterparty
            waiting[e.id] = e  # counts only once its receiver confirms it
        elif e.kind is EntryKind.CREDIT_CONFIRMED:
            transfer = waiting.pop(e.ref)
            assert (e.author, e.counterparty) == (transfer.counterparty, transfer.author)
            assert e.amount_minor == transfer.amount_minor
            credit[transfer.author] -= transfer.amount_minor
            credit[transfer.counterparty] += transfer.amount_minor
            assert credit[transfer.author] >= -credit_limit(BASE, transfer.author)
        elif e.kind is EntryKind.PURSE_DEPOSIT:
            purse[e.unit] += e.amount_minor
        elif e.kind is EntryKind.PURSE_WITHDRAWAL:
            purse[e.unit] -= e.amount_minor
            assert purse[e.unit] >= 0, "the purse went negative"
            assert e.ref == "q1", "only the passed proposal may be paid out"
            assert e.ref not in withdrawn
            withdrawn.add(e.ref)
        elif e.kind is EntryKind.STAKE_BOUGHT:
            stakes[e.ref][e.author] += e.amount_minor // BASE.projects[e.ref].stake_price_minor
            assert sum(stakes[e.ref].values()) <= BASE.projects[e.ref].stakes_offered
        elif e.kind is EntryKind.REPAYMENT:
            repaid[e.ref][e.counterparty] += e.amount_minor
            held = stakes[e.ref][e.counterparty]
            principal, bonus = principal_and_bonus(BASE.projects[e.ref], held, confirmed[e.ref])
            assert repaid[e.ref][e.counterparty] <= principal + bonus
            if e.ref == "p3" and len(confirmed["p3"]) < 2:
                assert repaid[e.ref][e.counterparty] <= principal, (
                    "a bonus paid before the verifiers confirmed"
                )
        elif e.kind is EntryKind.TARGET_CONFIRMED:
            project = BASE.projects[e.ref]
            assert e.author in project.verifiers
            assert e.author not in confirmed[e.ref]
            assert e.amount_minor >= project.target_value
            confirmed[e.ref].add(e.author)
        elif e.kind is EntryKind.CIRCLE_JOINED:
            assert e.author in LENDING_CIRCLE.member_ids
            assert not e.counterparty
            assert e.author not in joined
            joined.add(e.author)
        elif e.kind is EntryKind.LENDING_CIRCLE_CONTRIBUTION:
            assert joined == set(LENDING_CIRCLE.member_ids), "a contribution before the circle formed"
            assert e.round is not None
            assert e.counterparty == LENDING_CIRCLE.member_ids[e.round] != e.author
            assert e.author not in paid_in[e.round]
            paid_in[e.round].add(e.author)
            contributions[e.id] = e
        elif e.kind is EntryKind.CIRCLE_RECEIVED:
            paid_to_them = contributions.pop(e.ref)
            assert e.author == paid_to_them.counterparty, "confirmed by someone other than the recipient"
            assert e.round == paid_to_them.round is not None
            received[e.round].add(paid_to_them.author)
            if len(received[e.round]) == len(LENDING_CIRCLE.member_ids) - 1:
                assert e.round not in paid[paid_to_them.ref], "a round paid twice"
                paid[paid_to_them.ref][e.round] = e.author
        else:
            raise AssertionError(f"{e.kind} is never counted")
    return {
        "credit": {m: credit.get(m, 0) for m in BASE.members},
        "purse": dict(purse),
        "stakes": {p: dict(v) for p, v in stakes.items()},
        "repaid": {p: dict(v) for p, v in repaid.items()},
        "paid": dict(paid),
    }


@given(ledgers(), st.randoms(use_true_random=False))
def test_the_report_does_not_depend_on_the_order_of_the_entries(
    case: tuple[tuple[LedgerEntry, ...], frozenset[LedgerEntry]], rnd: Any
) -> None:
    entries = list(case[0])
    first = check_ledger(with_ledger(tuple(entries)), VERIFIER)
    rnd.shuffle(entries)
    assert check_ledger(with_ledger(tuple(entries)), VERIFIER) == first
