"""Small helpers to build community views in tests, with real Ed25519 keys (deterministic per name)."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from dataclasses import dataclass, field, replace
from typing import Any

from sync.community.model import (
    Asset,
    AssetKind,
    Choice,
    EntryKind,
    LendingCircle,
    Member,
    NeedOrOffer,
    Project,
    ProjectStatus,
    Proposal,
    Role,
    Side,
    Urgency,
)
from sync.community.signed import CREDIT_UNIT, KeyringVerifier, LedgerEntry, Vote
from sync.community.view import CommunityView
from sync.identity import DeviceSigner

T0 = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)
DAY0 = T0.date()


def at(minutes: float) -> dt.datetime:
    """T0 plus *minutes*."""
    return T0 + dt.timedelta(minutes=minutes)


@functools.cache
def signer_for(seed: str) -> DeviceSigner:
    """A real Ed25519 device key derived from *seed*, so test runs and Hypothesis replays are reproducible."""
    return DeviceSigner.from_private_bytes(hashlib.sha256(seed.encode()).digest())


@dataclass(frozen=True)
class Person:
    """A member (or an outsider) and the device key they sign with."""

    member: Member
    signer: DeviceSigner

    @property
    def id(self) -> str:
        return self.member.id

    @property
    def device(self) -> str:
        return self.signer.device_id.hex


@dataclass
class Community:
    """A mutable builder; `view()` freezes what was added into a CommunityView."""

    name: str = "Elm Street"
    members: dict[str, Member] = field(default_factory=dict)
    assets: dict[str, Asset] = field(default_factory=dict)
    needs_offers: dict[str, NeedOrOffer] = field(default_factory=dict)
    projects: dict[str, Project] = field(default_factory=dict)
    circles: dict[str, LendingCircle] = field(default_factory=dict)
    proposals: dict[str, Proposal] = field(default_factory=dict)
    credit_limits: dict[str, int] = field(default_factory=dict)
    ledger: list[LedgerEntry] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    verifier: KeyringVerifier = field(default_factory=KeyringVerifier)
    people: dict[str, Person] = field(default_factory=dict)  # every member added by person(), by id
    _clock: int = 0

    def view(self) -> CommunityView:
        return CommunityView(
            name=self.name,
            members=dict(self.members),
            assets=dict(self.assets),
            needs_offers=dict(self.needs_offers),
            projects=dict(self.projects),
            circles=dict(self.circles),
            proposals=dict(self.proposals),
            credit_limits=dict(self.credit_limits),
            ledger=tuple(self.ledger),
            votes=tuple(self.votes),
        )

    # --- people -------------------------------------------------------------------------------------------

    def person(self, member_id: str, role: Role = Role.MEMBER, *, credit_limit: int | None = None) -> Person:
        """A member with one linked device whose key the verifier knows."""
        signer = signer_for(f"{self.name}/{member_id}")
        self.verifier.add(signer.public_key)
        member = Member(member_id, member_id.title(), role, (signer.device_id.hex,), joined_at=T0)
        self.members[member_id] = member
        if credit_limit is not None:
            self.credit_limits[member_id] = credit_limit
        self.people[member_id] = Person(member, signer)
        return self.people[member_id]

    def outsider(self, member_id: str) -> Person:
        """Someone with a device the verifier knows, who is not a member of this community."""
        signer = signer_for(f"{self.name}/outsider/{member_id}")
        self.verifier.add(signer.public_key)
        return Person(
            Member(member_id, member_id.title(), Role.MEMBER, (signer.device_id.hex,), joined_at=T0), signer
        )

    # --- things -------------------------------------------------------------------------------------------

    def project(self, steward: Person, project_id: str = "p1", **overrides: Any) -> Project:
        fields_: dict[str, Any] = {
            "id": project_id,
            "title": "Community fridge",
            "goal": "Share surplus food on Elm Street",
            "author": steward.id,
            "metric": "meals served",
            "unit": "meals",
            "target_value": 100,
            "stake_price_minor": 2500,
            "currency": "EUR",
            "stakes_offered": 10,
            "bonus_percent": 10,
            "repay_by": DAY0 + dt.timedelta(days=365),
            "status": ProjectStatus.ACTIVE,
            "created_at": T0,
        }
        fields_.update(overrides)
        project = Project(**fields_)
        self.projects[project.id] = project
        return project

    def lending_circle(
        self, organiser: Person, members: list[Person], circle_id: str = "c1", **overrides: Any
    ) -> LendingCircle:
        fields_: dict[str, Any] = {
            "id": circle_id,
            "name": "Spring circle",
            "author": organiser.id,
            "member_ids": tuple(m.id for m in members),
            "contribution_minor": 5000,
            "currency": "EUR",
            "period_days": 30,
            "starts_on": DAY0,
            "created_at": T0,
        }
        fields_.update(overrides)
        circle = LendingCircle(**fields_)
        self.circles[circle.id] = circle
        return circle

    def proposal(self, author: Person, proposal_id: str = "q1", **overrides: Any) -> Proposal:
        fields_: dict[str, Any] = {
            "id": proposal_id,
            "title": "New tools",
            "purpose": "Buy tools for the repair café",
            "author": author.id,
            "amount_minor": 3000,
            "currency": "EUR",
            "deadline": at(60 * 24),
            "quorum": 2,
            "threshold_percent": 50,
            "created_at": T0,
        }
        fields_.update(overrides)
        proposal = Proposal(**fields_)
        self.proposals[proposal.id] = proposal
        return proposal

    def asset(self, asset_id: str, kind: AssetKind = AssetKind.BUILT, **overrides: Any) -> Asset:
        fields_: dict[str, Any] = {"title": asset_id.title(), "author": "admin", "created_at": T0}
        fields_.update(overrides)
        asset = Asset(asset_id, kind, **fields_)
        self.assets[asset.id] = asset
        return asset

    def need(self, item_id: str, category: str, area: str, **overrides: Any) -> NeedOrOffer:
        return self._need_or_offer(item_id, Side.NEED, category, area, overrides)

    def offer(self, item_id: str, category: str, area: str, **overrides: Any) -> NeedOrOffer:
        return self._need_or_offer(item_id, Side.OFFER, category, area, overrides)

    def _need_or_offer(
        self, item_id: str, side: Side, category: str, area: str, overrides: dict[str, Any]
    ) -> NeedOrOffer:
        fields_: dict[str, Any] = {
            "description": f"{side.value}: {category} in {area}",
            "author": "admin",
            "urgency": Urgency.MEDIUM,
            "created_at": T0,
        }
        fields_.update(overrides)
        item = NeedOrOffer(item_id, side, category, area, **fields_)
        self.needs_offers[item.id] = item
        return item

    # --- signed records -----------------------------------------------------------------------------------

    def entry(
        self,
        by: Person,
        kind: EntryKind,
        amount: int,
        *,
        unit: str | None = None,
        when: dt.datetime | None = None,
        entry_id: str | None = None,
        signer: DeviceSigner | None = None,
        sign: bool = True,
        **extra: Any,
    ) -> LedgerEntry:
        """A ledger entry by *by*, signed by their device (or *signer*), appended to the ledger.

        Without *when*, each entry is one minute after the previous one, so the judging order is the order
        of the calls."""
        self._clock += 1
        entry = LedgerEntry(
            id=entry_id or f"e{self._clock}",
            kind=kind,
            author=by.id,
            device_id=(signer or by.signer).device_id.hex,
            amount_minor=amount,
            unit=unit
            or (CREDIT_UNIT if kind in (EntryKind.CREDIT_TRANSFER, EntryKind.CREDIT_CONFIRMED) else "EUR"),
            at=when or at(self._clock),
            **extra,
        )
        if sign:
            entry = entry.signed_by(signer or by.signer)
        self.ledger.append(entry)
        return entry

    def confirm(self, transfer: LedgerEntry, **extra: Any) -> LedgerEntry:
        """The receiver's signed confirmation of a credit *transfer*: only then does it count."""
        return self.entry(
            self.people[transfer.counterparty],
            EntryKind.CREDIT_CONFIRMED,
            transfer.amount_minor,
            counterparty=transfer.author,
            ref=transfer.id,
            **extra,
        )

    def join(self, circle: LendingCircle, *members: Person) -> list[LedgerEntry]:
        """Each of *members* (default: every member the circle lists) signs that they join it."""
        people = members or tuple(self.people[m] for m in circle.member_ids)
        return [
            self.entry(
                p, EntryKind.CIRCLE_JOINED, circle.contribution_minor, unit=circle.currency, ref=circle.id
            )
            for p in people
        ]

    def pay(self, by: Person, circle: LendingCircle, k: int, **extra: Any) -> LedgerEntry:
        """*by*'s contribution to round *k* of *circle*, paid to the round's recipient."""
        fields_: dict[str, Any] = {
            "ref": circle.id,
            "round": k,
            "counterparty": circle.member_ids[k],
            "unit": circle.currency,
        }
        fields_.update(extra)
        return self.entry(by, EntryKind.LENDING_CIRCLE_CONTRIBUTION, circle.contribution_minor, **fields_)

    def received(self, contribution: LedgerEntry, **extra: Any) -> LedgerEntry:
        """The round's recipient's signed confirmation that *contribution* reached them."""
        fields_: dict[str, Any] = {
            "ref": contribution.id,
            "counterparty": contribution.author,
            "round": contribution.round,
            "unit": contribution.unit,
        }
        fields_.update(extra)
        by = self.people[contribution.counterparty]
        return self.entry(by, EntryKind.CIRCLE_RECEIVED, contribution.amount_minor, **fields_)

    def vote(
        self,
        by: Person,
        proposal: Proposal | str,
        choice: Choice,
        *,
        when: dt.datetime | None = None,
        vote_id: str | None = None,
        signer: DeviceSigner | None = None,
        sign: bool = True,
    ) -> Vote:
        self._clock += 1
        vote = Vote(
            id=vote_id or f"v{self._clock}",
            proposal_id=proposal if isinstance(proposal, str) else proposal.id,
            member_id=by.id,
            device_id=(signer or by.signer).device_id.hex,
            choice=choice,
            cast_at=when or at(self._clock),
        )
        if sign:
            vote = vote.signed_by(signer or by.signer)
        self.votes.append(vote)
        return vote


def tampered(entry: LedgerEntry, **changes: Any) -> LedgerEntry:
    """The entry with fields changed after signing: its signature no longer verifies."""
    return replace(entry, **changes)
