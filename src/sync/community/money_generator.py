"""A made-up community's money for benchmarks: `with_money(view, people, entries=50_000)`.

Every entry is really signed by the device of the member it names and passes every ledger rule, so `check_ledger`
accepts them all and the real checks run: purse deposits, proposals with signed votes (each with another member's
receipt before the deadline) and the withdrawals they allow, projects with stakes, their named verifiers'
confirmations and every stakeholder repaid with the bonus, lending circles every member joined, each round's
payments confirmed by its recipient, and time-credit transfers each confirmed by its receiver. Seeded: the same
arguments give the same entries (signatures included: Ed25519 is deterministic).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from sync.identity import DeviceSigner

from .generator import CREDIT_LIMIT, _signer
from .model import (
    Choice,
    EntryKind,
    LendingCircle,
    Member,
    ProgressReport,
    Project,
    ProjectStatus,
    Proposal,
    Role,
    quorum_minimum,
)
from .signed import CREDIT_UNIT, LedgerEntry, Receipt, Vote, project_terms, proposal_terms, vote_ref
from .view import CommunityView

__all__ = ["Participant", "participants", "with_money"]

CURRENCY: Final = "EUR"
STAKE_PRICE: Final = 1_000  # 10.00 EUR
BONUS_PERCENT: Final = 5
CIRCLE_SIZE: Final = 6


@dataclass(frozen=True)
class Participant:
    """A member who signs money entries: their member id and their device's signer."""

    member_id: str
    signer: DeviceSigner


def participants(count: int, seed: int = 0) -> list[Participant]:
    """*count* members with seeded device keys (member ids p000000…), for a view checked with a bare keyring."""
    return [Participant(f"p{n:06d}", _signer(seed + 1, n)) for n in range(count)]


def with_money(
    view: CommunityView,
    people: Sequence[Participant],
    entries: int = 50_000,
    seed: int = 0,
    *,
    start: dt.datetime,
    until: dt.datetime,
) -> CommunityView:
    """*view* with *people* as members and about *entries* signed ledger entries between *start* and
    *until* (a fifth deposits, proposals and withdrawals; a quarter projects; a fifth circles; the rest
    credits), plus the proposals' votes and receipts (not counted in *entries*)."""
    if len(people) < CIRCLE_SIZE:
        raise ValueError(f"money needs at least {CIRCLE_SIZE} participants")
    rng = random.Random(seed)
    book = _Book(rng, list(people), start, until)
    book.purse(entries // 5)
    book.projects(entries // 4)
    book.circles(entries // 5)
    book.credits(entries - len(book.ledger))
    members = dict(view.members)
    for p in people:
        members[p.member_id] = Member(
            p.member_id,
            f"Neighbour {p.member_id[-4:]}",
            Role.MEMBER,
            (p.signer.device_id.hex,),
            joined_at=start,
        )
    return dataclasses.replace(
        view,
        members=members,
        projects={**view.projects, **book.project_records},
        circles={**view.circles, **book.circle_records},
        proposals={**view.proposals, **book.proposal_records},
        credit_limits={**view.credit_limits, **{p.member_id: CREDIT_LIMIT for p in people}},
        ledger=(*view.ledger, *book.ledger),
        votes=(*view.votes, *book.votes),
        receipts=(*(view.receipts or ()), *book.receipts),
    )


class _Book:
    """The records and entries as they are made, each kind in its own time order."""

    def __init__(self, rng: random.Random, people: list[Participant], start: dt.datetime, until: dt.datetime):
        self.rng, self.people, self.start, self.until = rng, people, start, until
        self.span = (until - start).total_seconds()
        self.ledger: list[LedgerEntry] = []
        self.votes: list[Vote] = []
        self.receipts: list[Receipt] = []
        self.project_records: dict[str, Project] = {}
        self.circle_records: dict[str, LendingCircle] = {}
        self.proposal_records: dict[str, Proposal] = {}
        self._ids: Counter[str] = Counter()

    def _id(self, prefix: str) -> str:
        self._ids[prefix] += 1
        return f"{prefix}{self._ids[prefix]:07d}"

    def _moment(self, low: float = 0.0, high: float = 1.0) -> dt.datetime:
        return self.start + dt.timedelta(seconds=int(self.span * self.rng.uniform(low, high)))

    def _entry(
        self, who: Participant, kind: EntryKind, amount: int, at: dt.datetime, **more: object
    ) -> LedgerEntry:
        unit = CREDIT_UNIT if kind in (EntryKind.CREDIT_TRANSFER, EntryKind.CREDIT_CONFIRMED) else CURRENCY
        entry = LedgerEntry(
            self._id(kind.value[:2] + "-"),
            kind,
            who.member_id,
            who.signer.device_id.hex,
            amount,
            unit,
            at,
            **more,  # type: ignore[arg-type]
        )
        signed = entry.signed_by(who.signer)
        self.ledger.append(signed)
        return signed

    # --- the common purse -------------------------------------------------------------------------------------

    def purse(self, count: int) -> None:
        """Deposits all along; in the second half, proposals that pass and are paid out (one in 200 entries)."""
        proposals = max(1, count // 200)
        for _ in range(count - proposals):
            self._entry(
                self.rng.choice(self.people),
                EntryKind.PURSE_DEPOSIT,
                self.rng.randint(500, 5_000),
                self._moment(0.0, 0.95),
                memo="Monthly gift",
            )
        for _ in range(proposals):
            self._proposal()

    def _proposal(self) -> None:
        author = self.rng.choice(self.people)
        deadline = self._moment(0.5, 0.95)
        voters = tuple(sorted(p.member_id for p in self.people))
        proposal = Proposal(
            self._id("pr-"),
            "Repair the hall's boiler",
            "Parts and a day of a plumber's time.",
            author.member_id,
            self.rng.randint(2_000, 20_000),
            CURRENCY,
            deadline,
            quorum_minimum(len(voters)),
            50,
            created_at=deadline - dt.timedelta(days=14),
            voters=voters,
        )
        self.proposal_records[proposal.id] = proposal
        terms = proposal_terms(proposal)
        for n, voter in enumerate(self.rng.sample(self.people, proposal.quorum + 1)):
            cast = deadline - dt.timedelta(days=2, minutes=-n)
            choice = Choice.NO if n == 0 else Choice.YES
            vote = Vote(
                self._id("vo-"),
                proposal.id,
                voter.member_id,
                voter.signer.device_id.hex,
                choice,
                cast,
                terms=terms,
            ).signed_by(voter.signer)
            self.votes.append(vote)
            witness = self.people[(self.people.index(voter) + 1) % len(self.people)]
            self.receipts.append(
                Receipt(
                    self._id("re-"),
                    vote_ref(vote),
                    witness.member_id,
                    witness.signer.device_id.hex,
                    cast + dt.timedelta(minutes=1),
                ).signed_by(witness.signer)
            )
        self._entry(
            author,
            EntryKind.PURSE_WITHDRAWAL,
            proposal.amount_minor,
            deadline + dt.timedelta(hours=1),
            ref=proposal.id,
            memo="As voted",
        )

    # --- projects and stakes ----------------------------------------------------------------------------------

    def projects(self, count: int) -> None:
        """Projects that each sell up to 200 stakes, are confirmed by two named verifiers and repay everyone."""
        while count > 0:
            count -= self._project(min(150, max(1, count // 2)))

    def _project(self, stakes: int) -> int:
        steward, *verifiers = self.rng.sample(self.people, 3)
        opened = self._moment(0.0, 0.8)
        project = Project(
            self._id("pj-"),
            "Community fridge",
            "Keep food out of the bin.",
            steward.member_id,
            "meals shared",
            "meals",
            100,
            STAKE_PRICE,
            CURRENCY,
            200,
            BONUS_PERCENT,
            (opened + dt.timedelta(days=120)).date(),
            status=ProjectStatus.REPAID,
            created_at=opened,
            reports=(
                ProgressReport(
                    "r1", 120, opened + dt.timedelta(days=35), steward.member_id, "Fridge full most days."
                ),
            ),
            verifiers=tuple(sorted(v.member_id for v in verifiers)),
            verifiers_needed=2,
        )
        self.project_records[project.id] = project
        terms, held = project_terms(project), Counter[str]()
        for n in range(stakes):
            buyer = self.rng.choice(self.people)
            held[buyer.member_id] += 1
            self._entry(
                buyer,
                EntryKind.STAKE_BOUGHT,
                STAKE_PRICE,
                opened + dt.timedelta(minutes=n + 1),
                ref=project.id,
                terms=terms,
            )
        for verifier in verifiers:
            self._entry(
                verifier,
                EntryKind.TARGET_CONFIRMED,
                120,
                opened + dt.timedelta(days=40),
                ref=project.id,
                memo="Counted the meals with the volunteers",
            )
        for n, (member, count) in enumerate(sorted(held.items())):
            principal = count * STAKE_PRICE
            self._entry(
                steward,
                EntryKind.REPAYMENT,
                principal + principal * BONUS_PERCENT // 100,
                opened + dt.timedelta(days=50, minutes=n),
                counterparty=member,
                ref=project.id,
            )
        return stakes + len(verifiers) + len(held)

    # --- lending circles --------------------------------------------------------------------------------------

    def circles(self, count: int) -> None:
        rounds = (
            CIRCLE_SIZE * 2 * (CIRCLE_SIZE - 1)
        )  # each round: a payment from every other member, confirmed
        for _ in range(max(1, count // (CIRCLE_SIZE + rounds))):
            self._circle()

    def _circle(self) -> None:
        """A circle everyone listed joins; in each round every member but its recipient pays the recipient, who
        confirms each payment (nobody holds a pot: there is no payout entry)."""
        members = self.rng.sample(self.people, CIRCLE_SIZE)
        starts = self._moment(0.0, 0.85)
        circle = LendingCircle(
            self._id("ci-"),
            "Saving for winter",
            members[0].member_id,
            tuple(m.member_id for m in members),
            5_000,
            CURRENCY,
            7,
            starts.date(),
            created_at=starts - dt.timedelta(days=3),
        )
        self.circle_records[circle.id] = circle
        for n, member in enumerate(members):
            joined = starts - dt.timedelta(days=2) + dt.timedelta(minutes=n)
            self._entry(member, EntryKind.CIRCLE_JOINED, circle.contribution_minor, joined, ref=circle.id)
        for k, recipient in enumerate(members):
            day = starts + dt.timedelta(days=7 * k)
            payers = [m for m in members if m is not recipient]
            for n, member in enumerate(payers):
                paid = self._entry(
                    member,
                    EntryKind.LENDING_CIRCLE_CONTRIBUTION,
                    circle.contribution_minor,
                    day + dt.timedelta(minutes=n),
                    ref=circle.id,
                    round=k,
                    counterparty=recipient.member_id,
                )
                self._entry(
                    recipient,
                    EntryKind.CIRCLE_RECEIVED,
                    circle.contribution_minor,
                    day + dt.timedelta(hours=2, minutes=n),
                    ref=paid.id,
                    round=k,
                    counterparty=member.member_id,
                )

    # --- time credits -----------------------------------------------------------------------------------------

    def credits(self, count: int) -> None:
        """Transfers within the payers' limits, each confirmed by its receiver a minute later."""
        balances = dict.fromkeys((p.member_id for p in self.people), 0)
        for at in sorted(self._moment(0.0, 0.95) for _ in range(count // 2)):
            minutes = self.rng.choice((15, 30, 60, 90, 120))
            payee, payer = sorted(self.rng.sample(self.people, 2), key=lambda p: balances[p.member_id])
            balances[payer.member_id] -= minutes
            balances[payee.member_id] += minutes
            self._entry(
                payer, EntryKind.CREDIT_TRANSFER, minutes, at, counterparty=payee.member_id, memo="Help given"
            )
            self._entry(
                payee,
                EntryKind.CREDIT_CONFIRMED,
                minutes,
                at + dt.timedelta(minutes=1),
                counterparty=payer.member_id,
                ref=self.ledger[-1].id,
            )
