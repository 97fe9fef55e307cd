"""What the window knows of one community, kept current from the sync service's updates, with a signal per kind
of record so each screen redraws only what changed.

A screen reads the state (`state.assets`, `state.view()` for the analyses in `sync.community`) and connects
to the signals it shows: `sig_<collection>_changed(ids)` for records added or changed, `sig_<collection>_
removed(ids)`, `sig_ledger_changed()`, `sig_votes_changed()`, `sig_conflicts_changed()`,
`sig_problems_changed()`, `sig_name_changed(name)`, and `sig_loaded()` when the whole community arrived (the
first time, or again after the service could not tell what a change touched). Screens never ask the service
for records themselves: the `ServiceClient` opens the community once and feeds every update here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from commons_desktop.service.values import CommunityUpdate
from sync.community import (
    KEYED_COLLECTIONS,
    Area,
    Asset,
    CommunityView,
    Conflict,
    Event,
    Member,
    NeedOrOffer,
    Problem,
    Project,
    Proposal,
    PulseRound,
)
from sync.community.model import LendingCircle
from sync.community.signed import LedgerEntry, Receipt, Vote

__all__ = ["KEYED_COLLECTIONS", "CommunityState"]


class CommunityState(QObject):
    sig_loaded = Signal()
    sig_name_changed = Signal(str)
    sig_members_changed = Signal(tuple)
    sig_members_removed = Signal(tuple)
    sig_assets_changed = Signal(tuple)
    sig_assets_removed = Signal(tuple)
    sig_needs_offers_changed = Signal(tuple)
    sig_needs_offers_removed = Signal(tuple)
    sig_events_changed = Signal(tuple)
    sig_events_removed = Signal(tuple)
    sig_projects_changed = Signal(tuple)
    sig_projects_removed = Signal(tuple)
    sig_circles_changed = Signal(tuple)  # lending circles
    sig_circles_removed = Signal(tuple)
    sig_proposals_changed = Signal(tuple)
    sig_proposals_removed = Signal(tuple)
    sig_credit_limits_changed = Signal(tuple)
    sig_credit_limits_removed = Signal(tuple)
    sig_pulse_rounds_changed = Signal(tuple)
    sig_pulse_rounds_removed = Signal(tuple)
    sig_areas_changed = Signal(tuple)  # areas drawn on the map
    sig_areas_removed = Signal(tuple)
    sig_ledger_changed = Signal()
    sig_votes_changed = Signal()
    sig_conflicts_changed = Signal()
    sig_problems_changed = Signal()

    def __init__(self, space: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.space = space
        self.loaded = False
        self.name = ""
        self.members: dict[str, Member] = {}
        self.assets: dict[str, Asset] = {}
        self.needs_offers: dict[str, NeedOrOffer] = {}
        self.events: dict[str, Event] = {}
        self.projects: dict[str, Project] = {}
        self.circles: dict[str, LendingCircle] = {}
        self.proposals: dict[str, Proposal] = {}
        self.credit_limits: dict[str, int] = {}
        self.pulse_rounds: dict[str, PulseRound] = {}
        self.areas: dict[str, Area] = {}
        self.ledger: tuple[LedgerEntry, ...] = ()
        self.votes: tuple[Vote, ...] = ()
        self.receipts: tuple[Receipt, ...] | None = None  # None: a community from before receipts
        self.problems: tuple[Problem, ...] = ()
        self.conflicts: tuple[Conflict, ...] = ()
        self._view: CommunityView | None = None

    def view(self) -> CommunityView:
        """The community as one `CommunityView` (built once per update), for `sync.community`'s analyses."""
        if self._view is None:
            keyed: dict[str, Any] = {coll: dict(getattr(self, coll)) for coll in KEYED_COLLECTIONS}
            self._view = CommunityView(
                name=self.name,
                **keyed,
                ledger=self.ledger,
                votes=self.votes,
                receipts=self.receipts,
                problems=self.problems,
            )
        return self._view

    def apply(self, update: CommunityUpdate) -> None:
        """Take an update from the service and tell the screens what changed."""
        self._view = None
        records = update.records
        if update.complete:
            self._replace(update)
            return
        for coll, key in update.removed:
            if coll in KEYED_COLLECTIONS:
                getattr(self, coll).pop(key, None)
        changed: dict[str, tuple[str, ...]] = {}
        for coll in KEYED_COLLECTIONS:
            incoming: dict[str, Any] = getattr(records, coll)
            if incoming:
                getattr(self, coll).update(incoming)
                changed[coll] = tuple(incoming)
        if update.ledger_changed:
            self.ledger = self.ledger[: update.ledger_from] + records.ledger
        if update.votes_changed:
            self.votes, self.receipts = records.votes, records.receipts
        renamed = records.name != self.name
        self.name = records.name
        problems_changed = records.problems != self.problems
        self.problems = records.problems
        conflicts_changed = update.conflicts != self.conflicts
        self.conflicts = update.conflicts
        # Signals last, once the state is whole again: a slot may read any of it.
        if renamed:
            self.sig_name_changed.emit(self.name)
        removed: dict[str, list[str]] = {}
        for coll, key in update.removed:
            removed.setdefault(coll, []).append(key)
        for coll, keys in removed.items():
            if coll in KEYED_COLLECTIONS:
                getattr(self, f"sig_{coll}_removed").emit(tuple(keys))
        for coll, ids in changed.items():
            getattr(self, f"sig_{coll}_changed").emit(ids)
        if update.ledger_changed and not update.more:  # once, when the ledger is whole again
            self.sig_ledger_changed.emit()
        if update.votes_changed:
            self.sig_votes_changed.emit()
        if problems_changed:
            self.sig_problems_changed.emit()
        if conflicts_changed:
            self.sig_conflicts_changed.emit()

    def clear(self) -> None:
        """Forget everything (on lock)."""
        self._replace(None)

    def _replace(self, update: CommunityUpdate | None) -> None:
        records = update.records if update is not None else CommunityView(name="")
        self.loaded = update is not None
        self.name = records.name
        for coll in KEYED_COLLECTIONS:
            setattr(self, coll, dict(getattr(records, coll)))
        self.ledger, self.votes, self.problems = records.ledger, records.votes, records.problems
        self.receipts = records.receipts
        self.conflicts = update.conflicts if update is not None else ()
        self._view = None
        self.sig_loaded.emit()
