"""A read-only snapshot of a community document: what analyses, formats and the app work from."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Area, Asset, Event, LendingCircle, Member, NeedOrOffer, Project, Proposal, PulseRound
from .signed import LedgerEntry, Receipt, Vote

KEYED_COLLECTIONS = (
    "members",
    "assets",
    "needs_offers",
    "events",
    "projects",
    "circles",
    "proposals",
    "credit_limits",
    "pulse_rounds",
    "areas",
)
"""The view's collections keyed by id (the document's maps), in the document's order; `ledger` and `votes` are
lists."""

OPTIONAL_COLLECTIONS = frozenset({"areas", "receipts"})
"""Collections that came later: a document made by an earlier version has no such map, and reads as having
none of their records (see `CommunityDocument.add_area`)."""


@dataclass(frozen=True)
class Problem:
    """A record in the document that failed validation. It is kept in the document and shown as needs review."""

    path: str
    reason: str


@dataclass(frozen=True)
class CommunityView:
    name: str
    members: dict[str, Member] = field(default_factory=dict)
    assets: dict[str, Asset] = field(default_factory=dict)
    needs_offers: dict[str, NeedOrOffer] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    projects: dict[str, Project] = field(default_factory=dict)
    circles: dict[str, LendingCircle] = field(default_factory=dict)
    proposals: dict[str, Proposal] = field(default_factory=dict)
    credit_limits: dict[str, int] = field(default_factory=dict)  # member id → minutes they may owe
    pulse_rounds: dict[str, PulseRound] = field(default_factory=dict)
    ledger: tuple[LedgerEntry, ...] = ()  # append order as the merged document lists it
    votes: tuple[Vote, ...] = ()
    problems: tuple[Problem, ...] = ()  # unreadable records, kept for review
    areas: dict[str, Area] = field(default_factory=dict)  # outlines drawn on the community's map
    # Who saw which vote when (`sync.community.votes`). None: a document made before receipts existed, whose
    # votes are judged by their own date, as then.
    receipts: tuple[Receipt, ...] | None = None
