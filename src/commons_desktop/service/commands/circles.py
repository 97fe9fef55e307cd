"""Lending circles: each circle's schedule as the ledger's rules count it; joining, recording my contribution,
confirming one paid to me, and whether my card shows the circles I completed.

Nobody is in a circle without agreeing: a listed member joins with a signed entry, and contributions count only
once everyone has. A contribution is paid to the round's recipient, who confirms it. A round is late, plainly
and without blame, when its date has passed and it is not complete; the screen says whose payment or
confirmation it waits for, never more. Each handler asks the ledger's rules before writing, so nothing every
peer would set aside is signed."""

from __future__ import annotations

import dataclasses
import secrets
from typing import TYPE_CHECKING

from sync.community import EntryKind, LedgerEntry, LendingCircle, lending_circle_schedules
from sync.community.finances import LendingCircleSchedule
from sync.community.ledger import LedgerReport, refusal

from ..protocol import (
    AddLendingCircle,
    ConfirmCircleReceived,
    JoinCircle,
    ListLendingCircles,
    RecordContribution,
    ShowCirclesOnCard,
)
from ..values import CircleInfo, CirclePayment, CircleRound
from . import handles
from .community import community_id, write_community
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
    return tuple(_info(view, report, s, me, today) for s in lending_circle_schedules(view, report))


@handles(JoinCircle)
def join_circle(service: Service, command: JoinCircle) -> LedgerEntry:
    space_id = community_id(service, command.space)
    view, report = checked_ledger(service, space_id)
    circle = _circle(view, command.circle)
    me = service.engine.member_id(space_id)
    if me not in circle.member_ids:
        raise PermissionError("This circle does not list you: ask the person who made it to add you.")
    if me in report.circle_joined.get(circle.id, ()):
        raise ValueError("You have joined this circle already.")
    return _record(service, command.space, EntryKind.CIRCLE_JOINED, circle, ref=circle.id)


@handles(AddLendingCircle)
def add_lending_circle(service: Service, command: AddLendingCircle) -> str:
    """A new circle listing its members in the payout order, with its maker's own join when it lists them;
    every other member joins by themselves."""
    space_id = community_id(service, command.space)
    me = service.engine.member_id(space_id)
    doc = service.engine.document(space_id)
    members = doc.view().members if doc is not None else {}
    if any(m not in members for m in command.member_ids):
        raise LookupError("One of the members chosen is not in this community (any more).")
    circle = LendingCircle(
        secrets.token_hex(8),
        command.name,
        me,
        command.member_ids,
        command.contribution_minor,
        command.currency,
        command.period_days,
        command.starts_on,
        created_at=service.engine.now(),
    )
    write_community(service, space_id, lambda d: d.add_lending_circle(circle))
    if me in circle.member_ids:
        _record(service, command.space, EntryKind.CIRCLE_JOINED, circle, ref=circle.id)
    return circle.id


@handles(RecordContribution)
def record_contribution(service: Service, command: RecordContribution) -> LedgerEntry:
    space_id = community_id(service, command.space)
    view, report = checked_ledger(service, space_id)
    circle = _circle(view, command.circle)
    me = service.engine.member_id(space_id)
    if me not in circle.member_ids:
        raise PermissionError("You are not in this lending circle.")
    if not 0 <= command.round < circle.rounds:
        raise ValueError(f"This circle has rounds 1 to {circle.rounds}.")
    waiting = [_name(view, m) for m in circle.member_ids if m not in report.circle_joined.get(circle.id, ())]
    if waiting:
        raise ValueError(f"Not everyone has joined yet (still to join: {', '.join(waiting)}).")
    recipient = circle.member_ids[command.round]
    if recipient == me:
        raise ValueError(f"You receive round {command.round + 1}: you pay nothing into it.")
    if me in report.contributions.get(circle.id, {}).get(command.round, ()):
        raise ValueError(f"Your contribution for round {command.round + 1} is already recorded.")
    return _record(
        service,
        command.space,
        EntryKind.LENDING_CIRCLE_CONTRIBUTION,
        circle,
        ref=circle.id,
        round=command.round,
        counterparty=recipient,
    )


@handles(ConfirmCircleReceived)
def confirm_circle_received(service: Service, command: ConfirmCircleReceived) -> LedgerEntry:
    space_id = community_id(service, command.space)
    view, report = checked_ledger(service, space_id)
    me = service.engine.member_id(space_id)
    paid = next((e for e in report.circle_waiting if e.id == command.contribution), None)
    if paid is None:
        raise LookupError("That payment is not waiting for a confirmation (it may be confirmed already).")
    if paid.counterparty != me:
        raise PermissionError("Only the person this payment was made to can confirm it.")
    return _record(
        service,
        command.space,
        EntryKind.CIRCLE_RECEIVED,
        view.circles[paid.ref],
        ref=paid.id,
        round=paid.round,
        counterparty=paid.author,
    )


@handles(ShowCirclesOnCard)
def show_circles_on_card(service: Service, command: ShowCirclesOnCard) -> None:
    space_id = community_id(service, command.space)
    doc = service.engine.document(space_id)
    me = service.engine.member_id(space_id)
    mine = doc.view().members.get(me) if doc is not None else None
    if mine is None:
        raise LookupError("Give your name in this community first: your card is made with it.")
    if mine.shows_circles != command.show:
        record = dataclasses.replace(mine, shows_circles=command.show)
        write_community(service, space_id, lambda d: d.add_member(record))


def _record(
    service: Service,
    space: str,
    kind: EntryKind,
    circle: LendingCircle,
    *,
    ref: str,
    round: int | None = None,
    counterparty: str = "",
) -> LedgerEntry:
    """Sign and write an entry of *circle*'s contribution, unless the ledger's rules would set it aside on every
    peer: then say why, writing nothing."""
    space_id = community_id(service, space)
    signer = service.engine.me.signer
    entry = LedgerEntry(
        secrets.token_hex(8),
        kind,
        service.engine.member_id(space_id),
        signer.device_id.hex,
        circle.contribution_minor,
        circle.currency,
        service.engine.now(),
        counterparty=counterparty,
        ref=ref,
        round=round,
    ).signed_by(signer)
    view, report = checked_ledger(service, space_id)
    reason = refusal(view, report, entry, service.verifier(space_id))
    if reason is not None:
        raise ValueError(f"Refused, nothing was recorded: {reason}.")
    write_community(service, space_id, lambda d: d.append_entry(entry))
    return entry


def _circle(view: CommunityView, circle_id: str) -> LendingCircle:
    circle = view.circles.get(circle_id)
    if circle is None:
        raise LookupError("That lending circle is not in this community.")
    return circle


def _info(
    view: CommunityView, report: LedgerReport, schedule: LendingCircleSchedule, me: str, today: dt.date
) -> CircleInfo:
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
            r.date < today and not r.paid,
            tuple(_name(view, m) for m in r.unconfirmed),
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
        tuple(_name(view, m) for m in schedule.not_joined),
        me in schedule.not_joined,
        _to_confirm(view, report, circle.id, me),
    )


def _to_confirm(
    view: CommunityView, report: LedgerReport, circle_id: str, me: str
) -> tuple[CirclePayment, ...]:
    return tuple(
        CirclePayment(e.id, e.round or 0, e.author, _name(view, e.author), e.amount_minor, e.unit)
        for e in report.circle_waiting
        if e.ref == circle_id and e.counterparty == me
    )


def _name(view: CommunityView, member_id: str) -> str:
    member = view.members.get(member_id)
    return member.name if member is not None else member_id
