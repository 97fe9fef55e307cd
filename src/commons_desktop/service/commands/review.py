"""Needs review: what in each community a person should look at, and settling a conflict.

`ReviewWatch` builds a community's `CommunityReview` — fields edited concurrently (with every value, who wrote
it and when), ledger entries and votes the rules set aside, records that are not readable, changes refused
on receipt, and a stored document that did not load — and sends it to the window whenever it differs from
what was sent last (coalesced to once per community per turn of the loop). The window never polls for it.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from sync.community import (
    CommunityView,
    NotAllowedError,
    StaleChoiceError,
    check_ledger,
    review_votes,
)
from sync.membership import SpaceKind

from ..protocol import ListReviews, ResolveConflict
from ..values import CommunityReview, RefusedChange, SetAside
from . import handles
from .community import _me, community_id

if TYPE_CHECKING:
    from collections.abc import Callable

    from sync.community import CommunityView, MembershipVerifier
    from sync.community.ledger import LedgerReport
    from sync.engine import SyncEngine

    from ..core import Emit, Service

    # (community, view, membership state, verifier) → the view's ledger as the rules count it
    CheckedLedger = Callable[[bytes, CommunityView, object, MembershipVerifier], LedgerReport]

__all__ = ["ReviewWatch"]

_SETTLED = "This was settled already, or changed again since you looked: look at what needs review again."
_NOT_YOURS = {
    "members": "Only an admin of this community can settle a member's role.",
    "credit_limits": "Only an admin of this community can settle a credit limit.",
    "projects": "Only the project's steward or an admin can settle this, and only before its first stake.",
    "proposals": "Only the proposal's author can settle this, and only before its first vote.",
}


class ReviewWatch:
    """The review last sent for each community, and the communities whose review is due to be looked at."""

    def __init__(
        self,
        engine: SyncEngine,
        emit: Emit,
        verifier: Callable[[bytes], MembershipVerifier],
        ledger: CheckedLedger | None = None,
    ) -> None:
        self._engine = engine
        self._emit = emit
        self._verifier = verifier  # who signed what in a community (`Service.verifier`)
        # the checked ledger the screens share (`NewsCache.ledger`): one check per change, not one per reader
        self._ledger: CheckedLedger = ledger or (lambda _space, view, _state, v: check_ledger(view, v))
        self._sent: dict[bytes, CommunityReview] = {}
        self._due: set[bytes] = set()
        self._handle: asyncio.Handle | None = None
        # per community: (ledger, votes, receipts, proposals, members, membership state) and the proposals still
        # open → what the ledger and vote rules set aside
        self._set_aside: dict[bytes, tuple[tuple[object, ...], frozenset[str], tuple[SetAside, ...]]] = {}

    def listing(self) -> tuple[CommunityReview, ...]:
        """Every community with something to review (also remembered as sent)."""
        out = []
        for space_id in self._spaces():
            review = self.review(space_id)
            self._sent[space_id] = review
            if review.count:
                out.append(review)
        return tuple(out)

    def changed(self, space_id: bytes) -> None:
        """Something in a community changed: look at its review again once this turn of the loop is done."""
        self._due.add(space_id)
        if self._handle is None:
            try:
                self._handle = asyncio.get_running_loop().call_soon(self.flush)
            except RuntimeError:  # no loop (a test driving the engine by hand): now
                self.flush()

    def flush(self) -> None:
        self._handle = None
        due, self._due = self._due, set()
        for space_id in sorted(due):
            review = self.review(space_id)
            if review != self._sent.get(space_id, CommunityReview(space_id.hex())):
                self._sent[space_id] = review
                self._emit(review)

    def stop(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._handle = None
        self._due.clear()

    def _spaces(self) -> list[bytes]:
        engine = self._engine
        held = [s for s in engine.space_ids() if _is_community(engine, s)]
        return held + [s for s, _why in engine.unreadable if engine.space(s) is None]

    def review(self, space_id: bytes) -> CommunityReview:
        engine = self._engine
        space = engine.space(space_id)
        if space is None:
            why = next((why for s, why in engine.unreadable if s == space_id), "")
            return CommunityReview(space_id.hex(), load_problem=why, opened=False)
        doc = engine.document(space_id)
        if doc is None:
            return CommunityReview(space_id.hex())
        view = doc.view()
        return CommunityReview(
            space=space_id.hex(),
            conflicts=tuple(doc.conflicts()),
            set_aside=self._set_aside_in(space_id, view),
            refused=tuple(RefusedChange(q.member_id, q.reason) for q in doc.quarantined),
            load_problem=engine.replica(space_id).problem or "",
            ahead=tuple(RefusedChange(q.member_id, q.reason) for q in doc.dated_ahead),
        )

    def _set_aside_in(self, space_id: bytes, view: CommunityView) -> tuple[SetAside, ...]:
        """Unreadable records, and the ledger entries and votes the rules do not count. The signatures are
        checked again only when the ledger, the votes, the members or the membership changed."""
        space = self._engine.space(space_id)
        assert space is not None
        now = self._engine.now()
        # Which proposals are still open decides whether a vote no neighbour received yet is awaiting or late.
        still_open = frozenset(p for p, proposal in view.proposals.items() if now <= proposal.deadline)
        key = (view.ledger, view.votes, view.receipts, view.proposals, view.members, space.state)
        cached = self._set_aside.get(space_id)
        if (
            cached is not None
            and cached[1] == still_open
            and all(a is b for a, b in zip(cached[0], key, strict=True))
        ):
            judged = cached[2]
        else:
            verifier = self._verifier(space_id)
            judged = tuple(
                SetAside(r.reason, entry=r.entry)
                for r in self._ledger(space_id, view, space.state, verifier).needs_review
            )
            me = self._engine.member_id(space_id)  # my own votes still waiting for a neighbour are shown too
            reviews = review_votes(view, verifier, now, awaiting_of=me)
            judged += tuple(SetAside(r.reason, vote=r.vote) for r in reviews)
            self._set_aside[space_id] = (key, still_open, judged)
        return tuple(SetAside(p.reason, path=p.path) for p in view.problems) + judged


def _is_community(engine: SyncEngine, space_id: bytes) -> bool:
    space = engine.space(space_id)
    return space is not None and space.kind is SpaceKind.COMMUNITY and space.is_member


@handles(ListReviews)
def list_reviews(service: Service, _: ListReviews) -> tuple[CommunityReview, ...]:
    return service.reviews.listing()


@handles(ResolveConflict)
def resolve_conflict(service: Service, command: ResolveConflict) -> None:
    space_id = community_id(service, command.space)
    me = _me(service, space_id)
    try:
        service.engine.change(space_id, lambda d: d.resolve_conflict(command.path, command.keep, by=me))
    except StaleChoiceError:
        raise ValueError(_SETTLED) from None
    except NotAllowedError as exc:
        raise PermissionError(_NOT_YOURS.get(command.path.split("/")[0], str(exc))) from None
