"""The rule of each kind of ledger entry, and what an accepted entry changes in the books.

- stake bought: a known project, in its currency, a whole number of stakes at its price, no more than offered,
  and — for a stake that signs the project's money terms (layout v2) — bought at the project's final terms;
- repayment: by the project's steward (its author) to a stakeholder, in its currency, never more in all than
  the principal plus — once the target is met — the bonus;
- target confirmed: by one of the project's named verifiers, once each, in its currency, for a value (in the
  target's unit) that meets the target. A project with verifiers has met its target — and owes its bonus — only
  once `verifiers_needed` of them have confirmed it; one with none named, once its latest report meets it;
- lending circles: their joins, contributions and confirmations, in _circle_rules.py;
- purse deposit: any amount in any currency;
- purse withdrawal: a proposal that has passed by the entry's time, its amount and currency, paid out once,
  never more than the purse holds in that currency;
- credit transfer: to another member; it counts only once the receiver confirms it, and until then it is
  waiting — the payer's confirmed balance less what they already have waiting may not go below minus their
  credit limit (DEFAULT_CREDIT_LIMIT when an admin set none);
- credit confirmed: by the transfer's receiver, naming a waiting transfer (ref), its payer (counterparty) and
  amount, once; the payer's confirmed balance may still not go below minus their limit, and only then do the
  minutes move.

ledger.check_ledger calls these (and _circle_rules') in its judging order; a check only reads the books, an
apply writes them.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from . import _authorship as auth
from .model import EntryKind, LendingCircle, Project
from .signed import CREDIT_UNIT, LedgerEntry, Verifier, project_terms
from .view import CommunityView
from .votes import Outcome, Receipts, VoteStatus, explain, tally, valid_receipts


class Rule(enum.Enum):
    """Why an entry needs review (stable codes the app can map to its own words)."""

    MISSING_SIGNATURE = auth.MISSING_SIGNATURE
    BAD_SIGNATURE = auth.BAD_SIGNATURE
    UNKNOWN_MEMBER = auth.UNKNOWN_MEMBER
    DEVICE_NOT_LINKED = auth.DEVICE_NOT_LINKED
    DUPLICATE_ID = "duplicate-id"
    UNKNOWN_COUNTERPARTY = "unknown-counterparty"
    MISSING_COUNTERPARTY = "missing-counterparty"
    UNKNOWN_REF = "unknown-ref"  # the project, circle or proposal named is not in the document
    WRONG_CURRENCY = "wrong-currency"
    WRONG_AMOUNT = "wrong-amount"
    STAKES_SOLD_OUT = "stakes-sold-out"
    TERMS_CHANGED = "terms-changed"  # the project's money terms are not those the stake was bought at
    NOT_STEWARD = "not-steward"
    NOT_STAKEHOLDER = "not-stakeholder"
    OVERPAID = "overpaid"
    NOT_IN_LENDING_CIRCLE = "not-in-circle"
    BAD_ROUND = "bad-round"
    DUPLICATE_CONTRIBUTION = "duplicate-contribution"
    WRONG_RECIPIENT = "wrong-recipient"
    SECOND_PAYOUT = "second-payout"
    CONTRIBUTIONS_MISSING = "contributions-missing"
    PROPOSAL_NOT_PASSED = "proposal-not-passed"
    ALREADY_WITHDRAWN = "already-withdrawn"
    PURSE_OVERSPENT = "purse-overspent"
    SELF_PAYMENT = "self-payment"
    CREDIT_LIMIT = "credit-limit"
    NOT_VERIFIER = "not-verifier"
    ALREADY_CONFIRMED = "already-confirmed"
    TARGET_NOT_REACHED = "target-not-reached"
    NOT_RECEIVER = "not-receiver"  # a credit confirmation by someone other than the transfer's receiver
    NOT_WAITING = "not-waiting"  # a credit confirmation of a transfer that is unknown or already confirmed
    CIRCLE_FORMING = "circle-forming"  # a contribution to a circle not every listed member has joined yet
    ALREADY_JOINED = "already-joined"
    NOT_FOR_SELF = "not-for-self"  # a join that names someone else: each member joins only for themselves
    PAYOUT_RETIRED = "payout-retired"  # rounds are paid member to member; confirmations complete them


# How far below zero a member may go in time credits when no admin set their limit: two hours, so a new
# member can ask for help before they have given any.
DEFAULT_CREDIT_LIMIT = 120


def credit_limit(view: CommunityView, member_id: str) -> int:
    """The minutes of time credit *member_id* may owe: an admin's limit, or DEFAULT_CREDIT_LIMIT."""
    return view.credit_limits.get(member_id, DEFAULT_CREDIT_LIMIT)


def target_confirmed(project: Project, confirmed_by: Collection[str] = ()) -> bool:
    """Whether the project has met its target: confirmed by `verifiers_needed` of its named verifiers
    (*confirmed_by*: the members whose accepted confirmations name it), or — with none named — reported."""
    if project.verifiers:
        return len(set(confirmed_by) & set(project.verifiers)) >= project.verifiers_needed
    return project.target_met


def principal_and_bonus(project: Project, stakes: int, confirmed_by: Collection[str] = ()) -> tuple[int, int]:
    """What *stakes* stakes are owed: the principal, and the bonus (rounded down) once the target is met
    (`target_confirmed`)."""
    principal = stakes * project.stake_price_minor
    bonus = principal * project.bonus_percent // 100 if target_confirmed(project, confirmed_by) else 0
    return principal, bonus


_ZERO_DECIMALS = frozenset(
    {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND"}
)
_THREE_DECIMALS = frozenset({"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})


def format_amount(minor: int, unit: str) -> str:
    """Minor units as a person reads them: '12.50 EUR', '500 JPY', '90 min'."""
    if unit == CREDIT_UNIT:
        return f"{minor} min"
    decimals = 0 if unit in _ZERO_DECIMALS else 3 if unit in _THREE_DECIMALS else 2
    if decimals == 0:
        return f"{minor} {unit}"
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**decimals)
    return f"{sign}{whole}.{frac:0{decimals}d} {unit}"


Failure = tuple[Rule, str]


def _ints() -> defaultdict[str, int]:
    return defaultdict(int)


@dataclass
class Books:
    """The running state while entries are judged in order."""

    view: CommunityView
    verifier: Verifier
    ids: set[str] = field(default_factory=set)
    stakes: defaultdict[str, defaultdict[str, int]] = field(default_factory=lambda: defaultdict(_ints))
    repaid: defaultdict[str, defaultdict[str, int]] = field(default_factory=lambda: defaultdict(_ints))
    contributions: defaultdict[str, defaultdict[int, set[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set))
    )
    payouts: defaultdict[str, dict[int, str]] = field(default_factory=lambda: defaultdict(dict))
    purse: defaultdict[str, int] = field(default_factory=_ints)
    withdrawn: dict[str, str] = field(default_factory=dict)
    credit: defaultdict[str, int] = field(default_factory=_ints)
    credit_waiting: dict[str, LedgerEntry] = field(default_factory=dict)  # transfers not yet confirmed, by id
    credit_confirmed: dict[str, str] = field(
        default_factory=dict
    )  # credit transfer id → its confirmation's id
    outcomes: dict[str, Outcome] = field(default_factory=dict)  # closed proposals' outcomes, computed once
    receipts: Receipts | None = None  # the valid receipts, found at the first withdrawal (not per proposal)
    confirmed: defaultdict[str, set[str]] = field(
        default_factory=lambda: defaultdict(set)
    )  # project → verifiers
    joined: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # circle → members
    circle_waiting: dict[str, LedgerEntry] = field(
        default_factory=dict
    )  # contributions not yet confirmed, by id
    circle_received: dict[str, str] = field(default_factory=dict)  # contribution id → its confirmation's id
    received_in: defaultdict[str, defaultdict[int, set[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set))
    )  # circle → round → payers whose contribution the recipient confirmed

    # Checks read through these, which never add keys, so no empty entry appears in the report.
    def sold(self, project_id: str) -> int:
        by_member = self.stakes.get(project_id)
        return sum(by_member.values()) if by_member else 0

    def held(self, project_id: str, member_id: str) -> int:
        by_member = self.stakes.get(project_id)
        return by_member.get(member_id, 0) if by_member else 0

    def repaid_to(self, project_id: str, member_id: str) -> int:
        by_member = self.repaid.get(project_id)
        return by_member.get(member_id, 0) if by_member else 0

    def paid_in(self, circle_id: str, k: int) -> frozenset[str]:
        rounds = self.contributions.get(circle_id)
        return frozenset(rounds.get(k, ())) if rounds else frozenset()

    def has_joined(self, circle_id: str) -> frozenset[str]:
        return frozenset(self.joined.get(circle_id, ()))

    def forming(self, circle: LendingCircle) -> tuple[str, ...]:
        """The listed members who have not joined *circle* yet, in its order (empty once it is formed)."""
        joined = self.has_joined(circle.id)
        return tuple(m for m in circle.member_ids if m not in joined)


def check_currency(entry: LedgerEntry, expected: str, what: str) -> Failure | None:
    if entry.unit != expected:
        return Rule.WRONG_CURRENCY, f"paid in {entry.unit}, but {what} uses {expected}"
    return None


# --- stakes and repayments ------------------------------------------------------------------------------------


def _project(entry: LedgerEntry, books: Books) -> Project | Failure:
    project = books.view.projects.get(entry.ref)
    if project is None:
        return Rule.UNKNOWN_REF, f"unknown project '{entry.ref}'" if entry.ref else "names no project"
    return project


def _check_stake(entry: LedgerEntry, books: Books) -> Failure | None:
    project = _project(entry, books)
    if not isinstance(project, Project):
        return project
    if failure := check_currency(entry, project.currency, f"project '{project.id}'"):
        return failure
    if entry.terms and entry.terms != project_terms(project):
        return Rule.TERMS_CHANGED, "the project's terms changed after this stake was bought"
    price = project.stake_price_minor
    if entry.amount_minor % price:
        return Rule.WRONG_AMOUNT, (
            f"{format_amount(entry.amount_minor, entry.unit)} is not a whole number of stakes"
            f" at {format_amount(price, project.currency)} each"
        )
    wanted = entry.amount_minor // price
    left = project.stakes_offered - books.sold(project.id)
    if wanted > left:
        return Rule.STAKES_SOLD_OUT, (
            f"buys {wanted} stakes, but only {left} of the {project.stakes_offered} offered are left"
        )
    return None


def _check_repayment(entry: LedgerEntry, books: Books) -> Failure | None:
    project = _project(entry, books)
    if not isinstance(project, Project):
        return project
    if entry.author != project.author:
        return Rule.NOT_STEWARD, (
            f"only the project's steward '{project.author}' can repay its stakeholders, not '{entry.author}'"
        )
    if not entry.counterparty:
        return Rule.MISSING_COUNTERPARTY, "names no stakeholder to repay"
    if failure := check_currency(entry, project.currency, f"project '{project.id}'"):
        return failure
    held = books.held(project.id, entry.counterparty)
    if held == 0:
        return Rule.NOT_STAKEHOLDER, f"'{entry.counterparty}' holds no stakes in project '{project.id}'"
    confirmed_by = books.confirmed.get(project.id, set())
    principal, bonus = principal_and_bonus(project, held, confirmed_by)
    total = books.repaid_to(project.id, entry.counterparty) + entry.amount_minor
    if total > principal + bonus:
        owed = format_amount(principal + bonus, project.currency)
        basis = (
            "principal plus bonus"
            if target_confirmed(project, confirmed_by)
            else f"principal; no bonus until {_who_confirms(project)}the target is met"
        )
        return Rule.OVERPAID, (
            f"repays {format_amount(total, project.currency)} in all, more than the {owed} owed ({basis})"
        )
    return None


def _who_confirms(project: Project) -> str:
    if not project.verifiers:
        return ""
    return f"{project.verifiers_needed} of its {len(project.verifiers)} verifiers confirm "


def _check_confirmation(entry: LedgerEntry, books: Books) -> Failure | None:
    project = _project(entry, books)
    if not isinstance(project, Project):
        return project
    if entry.author not in project.verifiers:
        return (
            Rule.NOT_VERIFIER,
            f"'{entry.author}' is not one of the verifiers named by project '{project.id}'",
        )
    if entry.author in books.confirmed.get(project.id, set()):
        return Rule.ALREADY_CONFIRMED, f"'{entry.author}' already confirmed project '{project.id}'"
    if failure := check_currency(entry, project.currency, f"project '{project.id}'"):
        return failure
    if entry.amount_minor < project.target_value:
        return Rule.TARGET_NOT_REACHED, (
            f"confirms {entry.amount_minor} {project.unit}, short of the target of {project.target_value}"
        )
    return None


# --- the common purse -----------------------------------------------------------------------------------------


def _check_deposit(entry: LedgerEntry, books: Books) -> Failure | None:
    return None  # any member may pay any amount into the purse


def _check_withdrawal(entry: LedgerEntry, books: Books) -> Failure | None:
    proposal = books.view.proposals.get(entry.ref)
    if proposal is None:
        return Rule.UNKNOWN_REF, f"unknown proposal '{entry.ref}'" if entry.ref else "names no proposal"
    if failure := check_currency(entry, proposal.currency, f"proposal '{proposal.id}'"):
        return failure
    if entry.amount_minor != proposal.amount_minor:
        return Rule.WRONG_AMOUNT, (
            f"takes {format_amount(entry.amount_minor, entry.unit)}, but proposal '{proposal.id}'"
            f" is for {format_amount(proposal.amount_minor, proposal.currency)}"
        )
    if proposal.id in books.withdrawn:
        return Rule.ALREADY_WITHDRAWN, (
            f"proposal '{proposal.id}' was already paid out by entry '{books.withdrawn[proposal.id]}'"
        )
    outcome = _outcome_at(proposal.id, entry.at, books)
    if outcome.status is not VoteStatus.PASSED:
        return Rule.PROPOSAL_NOT_PASSED, f"proposal '{proposal.id}' has not passed: {explain(outcome)}"
    balance = books.purse.get(entry.unit, 0)
    if entry.amount_minor > balance:
        return Rule.PURSE_OVERSPENT, (
            f"purse overspent: it holds {format_amount(balance, entry.unit)}, the withdrawal takes"
            f" {format_amount(entry.amount_minor, entry.unit)}"
        )
    return None


def _outcome_at(proposal_id: str, at: dt.datetime, books: Books) -> Outcome:
    # Once the outcome is final (the deadline passed and no sealed vote waits to be opened) it no longer
    # changes, so it is computed once per proposal.
    cached = books.outcomes.get(proposal_id)
    if cached is not None and at > cached.deadline:
        return cached
    if books.receipts is None:
        books.receipts = valid_receipts(books.view, books.verifier)
    outcome = tally(books.view, proposal_id, books.verifier, at, books.receipts)
    if outcome.status in (VoteStatus.PASSED, VoteStatus.REJECTED):  # "revealing" is not final yet
        books.outcomes[proposal_id] = outcome
    return outcome


# --- time credits ---------------------------------------------------------------------------------------------


def _check_credit_transfer(entry: LedgerEntry, books: Books) -> Failure | None:
    if not entry.counterparty:
        return Rule.MISSING_COUNTERPARTY, "names nobody to pay"
    if entry.counterparty == entry.author:
        return Rule.SELF_PAYMENT, "a member cannot pay themselves"
    waiting = sum(t.amount_minor for t in books.credit_waiting.values() if t.author == entry.author)
    return _check_limit(entry.author, waiting + entry.amount_minor, books)


def _check_credit_confirmed(entry: LedgerEntry, books: Books) -> Failure | None:
    transfer = books.credit_waiting.get(entry.ref)
    if transfer is None:
        if entry.ref in books.credit_confirmed:
            return Rule.NOT_WAITING, f"transfer '{entry.ref}' was already confirmed"
        return Rule.NOT_WAITING, f"unknown transfer '{entry.ref}'" if entry.ref else "names no transfer"
    if entry.author != transfer.counterparty:
        return Rule.NOT_RECEIVER, (
            f"only the receiver '{transfer.counterparty}' can confirm transfer '{transfer.id}', not '{entry.author}'"
        )
    if entry.counterparty != transfer.author or entry.amount_minor != transfer.amount_minor:
        return Rule.WRONG_AMOUNT, (
            f"confirms {format_amount(entry.amount_minor, CREDIT_UNIT)} from '{entry.counterparty}', but"
            f" transfer '{transfer.id}' is {format_amount(transfer.amount_minor, CREDIT_UNIT)} from '{transfer.author}'"
        )
    return _check_limit(transfer.author, transfer.amount_minor, books)


def _check_limit(payer: str, minutes: int, books: Books) -> Failure | None:
    limit = credit_limit(books.view, payer)
    after = books.credit.get(payer, 0) - minutes
    if after < -limit:
        return Rule.CREDIT_LIMIT, (
            f"would take '{payer}' to {format_amount(after, CREDIT_UNIT)},"
            f" beyond their credit limit of {format_amount(limit, CREDIT_UNIT)}"
        )
    return None


KIND_CHECKS: dict[EntryKind, Callable[[LedgerEntry, Books], Failure | None]] = {
    EntryKind.STAKE_BOUGHT: _check_stake,
    EntryKind.REPAYMENT: _check_repayment,
    EntryKind.PURSE_DEPOSIT: _check_deposit,
    EntryKind.PURSE_WITHDRAWAL: _check_withdrawal,
    EntryKind.CREDIT_TRANSFER: _check_credit_transfer,
    EntryKind.TARGET_CONFIRMED: _check_confirmation,
    EntryKind.CREDIT_CONFIRMED: _check_credit_confirmed,
}


# --- what an accepted entry changes ---------------------------------------------------------------------------


def _apply_stake(entry: LedgerEntry, books: Books) -> None:
    price = books.view.projects[entry.ref].stake_price_minor
    books.stakes[entry.ref][entry.author] += entry.amount_minor // price


def _apply_repayment(entry: LedgerEntry, books: Books) -> None:
    books.repaid[entry.ref][entry.counterparty] += entry.amount_minor


def _apply_deposit(entry: LedgerEntry, books: Books) -> None:
    books.purse[entry.unit] += entry.amount_minor


def _apply_withdrawal(entry: LedgerEntry, books: Books) -> None:
    books.purse[entry.unit] -= entry.amount_minor
    books.withdrawn[entry.ref] = entry.id


def _apply_credit_transfer(entry: LedgerEntry, books: Books) -> None:
    books.credit_waiting[entry.id] = entry  # it moves nothing until its receiver confirms it


def _apply_credit_confirmed(entry: LedgerEntry, books: Books) -> None:
    transfer = books.credit_waiting.pop(entry.ref)
    books.credit_confirmed[transfer.id] = entry.id
    books.credit[transfer.author] -= transfer.amount_minor
    books.credit[transfer.counterparty] += transfer.amount_minor


def _apply_confirmation(entry: LedgerEntry, books: Books) -> None:
    books.confirmed[entry.ref].add(entry.author)


APPLY: dict[EntryKind, Callable[[LedgerEntry, Books], None]] = {
    EntryKind.STAKE_BOUGHT: _apply_stake,
    EntryKind.REPAYMENT: _apply_repayment,
    EntryKind.PURSE_DEPOSIT: _apply_deposit,
    EntryKind.PURSE_WITHDRAWAL: _apply_withdrawal,
    EntryKind.CREDIT_TRANSFER: _apply_credit_transfer,
    EntryKind.TARGET_CONFIRMED: _apply_confirmation,
    EntryKind.CREDIT_CONFIRMED: _apply_credit_confirmed,
}
