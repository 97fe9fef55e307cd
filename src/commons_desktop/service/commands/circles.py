"""Lending circles: each circle's schedule as the ledger's rules count it, and recording my contribution.

A round is late, plainly and without blame, when its date has passed and someone's contribution is not recorded
yet; the screen names whose, never more."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sync.community import EntryKind, LedgerEntry, lending_circle_schedules
from sync.community.finances import LendingCircleSchedule

from ..protocol import ListLendingCircles, RecordContribution, RecordEntry
from ..values import CircleInfo, CircleRound
from . import handles
from .community import community_id, record_entry
from .credits import checked_ledger

if TYPE_CHECKING:
    import datetime as dt

    from sync.community import CommunityView

    from ..core import Service

__all__: list[str] = []


@handles(ListLendingCircles)
def list_lending_circles(service: Service, command: ListLendingCircles) -> tuple[CircleInfo, ...]:
    space_id = community_id(service, command.space)
    view, report = checked_ledger(service, space_id)
    me = service.engine.member_id(space_id)
    today = service.engine.now().date()
    return tuple(_info(view, s, me, today) for s in lending_circle_schedules(view, report))


@handles(RecordContribution)
def record_contribution(service: Service, command: RecordContribution) -> LedgerEntry:
    space_id = community_id(service, command.space)
    view, report = checked_ledger(service, space_id)
    circle = view.circles.get(command.circle)
    if circle is None:
        raise LookupError("That lending circle is not in this community.")
    me = service.engine.member_id(space_id)
    if me not in circle.member_ids:
        raise PermissionError("You are not in this lending circle.")
    if not 0 <= command.round < circle.rounds:
        raise ValueError(f"This circle has rounds 1 to {circle.rounds}.")
    if me in report.contributions.get(circle.id, {}).get(command.round, ()):
        raise ValueError(f"Your contribution for round {command.round + 1} is already recorded.")
    entry: LedgerEntry = record_entry(
        service,
        RecordEntry(
            command.space,
            EntryKind.LENDING_CIRCLE_CONTRIBUTION,
            circle.contribution_minor,
            circle.currency,
            ref=circle.id,
            round=command.round,
        ),
    )
    return entry


def _info(view: CommunityView, schedule: LendingCircleSchedule, me: str, today: dt.date) -> CircleInfo:
    circle = view.circles[schedule.circle_id]
    rounds = tuple(
        CircleRound(
            r.index,
            r.date,
            r.recipient,
            _name(view, r.recipient),
            tuple(sorted(_name(view, m) for m in r.contributions_received)),
            tuple(_name(view, m) for m in r.contributions_missing),
            r.paid,
            r.date < today and bool(r.contributions_missing),
        )
        for r in schedule.rounds
    )
    return CircleInfo(
        circle.id,
        circle.name,
        circle.currency,
        circle.contribution_minor,
        circle.pot_minor,
        circle.period_days,
        circle.member_ids,
        tuple(_name(view, m) for m in circle.member_ids),
        rounds,
        next((r.index for r in rounds if not r.paid_out), None),
        me in circle.member_ids,
        next((r.index for r in schedule.rounds if me in r.contributions_missing), None),
    )


def _name(view: CommunityView, member_id: str) -> str:
    member = view.members.get(member_id)
    return member.name if member is not None else member_id
