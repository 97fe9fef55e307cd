"""Time credits: the balances and transfers as the ledger's rules count them, giving and confirming.

The service checks the signed ledger (the window holds no keys to check it with); a transfer counts only once
its receiver's signed confirmation is in the ledger, a rule every peer applies (sync.community.ledger)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sync.community import CREDIT_UNIT, EntryKind, LedgerEntry, credit_positions
from sync.community.ledger import LedgerReport, format_amount

from ..protocol import ConfirmTimeCredits, GiveTimeCredits, ListTimeCredits, RecordEntry
from ..values import HISTORY_SHOWN, CreditBalance, CreditMove, TimeCredits
from . import handles
from .community import community_id, record_entry

if TYPE_CHECKING:
    from sync.community import CommunityView

    from ..core import Service

__all__ = ["checked_ledger"]


@handles(ListTimeCredits)
def list_time_credits(service: Service, command: ListTimeCredits) -> TimeCredits:
    space_id = community_id(service, command.space)
    view, report = checked_ledger(service, space_id)
    return TimeCredits(
        command.space,
        service.engine.member_id(space_id),
        _balances(view, report),
        tuple(_move(view, t) for t in report.credit_waiting),
        _history(view, report),
        len(report.credit_confirmed),
    )


@handles(GiveTimeCredits)
def give_time_credits(service: Service, command: GiveTimeCredits) -> LedgerEntry:
    space_id = community_id(service, command.space)
    view, report = checked_ledger(service, space_id)
    me = service.engine.member_id(space_id)
    if command.to == me:
        raise ValueError("You cannot give time credits to yourself.")
    if command.to not in view.members:
        raise LookupError("That person is not a member of this community.")
    if command.minutes <= 0:
        raise ValueError("Give at least one minute.")
    mine = next((b for b in _balances(view, report) if b.member_id == me), None)
    if mine is None or command.minutes > mine.can_give:
        left = format_amount(mine.can_give if mine else 0, CREDIT_UNIT)
        raise ValueError(f"That is more than you can give now: up to {left}.")
    return _record(
        service, command.space, EntryKind.CREDIT_TRANSFER, command.minutes, command.to, "", command.memo
    )


@handles(ConfirmTimeCredits)
def confirm_time_credits(service: Service, command: ConfirmTimeCredits) -> LedgerEntry:
    space_id = community_id(service, command.space)
    _, report = checked_ledger(service, space_id)
    me = service.engine.member_id(space_id)
    transfer = next((t for t in report.credit_waiting if t.id == command.transfer), None)
    if transfer is None:
        raise LookupError("That transfer is not waiting for a confirmation (it may be confirmed already).")
    if transfer.counterparty != me:
        raise PermissionError("Only the person who received these time credits can confirm them.")
    return _record(
        service,
        command.space,
        EntryKind.CREDIT_CONFIRMED,
        transfer.amount_minor,
        transfer.author,
        transfer.id,
        "",
    )


def _record(  # through record_entry: the one path that signs ledger entries
    service: Service, space: str, kind: EntryKind, minutes: int, to: str, ref: str, memo: str
) -> LedgerEntry:
    entry: LedgerEntry = record_entry(
        service, RecordEntry(space, kind, minutes, CREDIT_UNIT, counterparty=to, ref=ref, memo=memo)
    )
    return entry


def checked_ledger(service: Service, space_id: bytes) -> tuple[CommunityView, LedgerReport]:
    """The community as it stands and its ledger as the rules count it (checked once per ledger change)."""
    doc = service.engine.document(space_id)
    if doc is None:
        raise LookupError("This community's records have not arrived yet.")
    view = doc.view()
    space = service.engine.space(space_id)
    assert space is not None  # community_id checked it
    return view, service.news.ledger(space_id, view, space.state, service.verifier(space_id))


def _balances(view: CommunityView, report: LedgerReport) -> tuple[CreditBalance, ...]:
    waiting: dict[str, int] = {}
    for t in report.credit_waiting:
        waiting[t.author] = waiting.get(t.author, 0) + t.amount_minor
    out = [
        CreditBalance(
            p.member_id,
            _name(view, p.member_id),
            p.balance,
            p.limit,
            p.can_spend - waiting.get(p.member_id, 0),
        )
        for p in credit_positions(view, report)
    ]
    return tuple(sorted(out, key=lambda b: (b.name.casefold(), b.member_id)))


def _history(view: CommunityView, report: LedgerReport) -> tuple[CreditMove, ...]:
    """The newest HISTORY_SHOWN confirmed transfers, newest first."""
    by_id = {e.id: e for e in report.accepted}
    pairs = sorted(
        (
            (by_id[confirmation_id].at, transfer_id)
            for transfer_id, confirmation_id in report.credit_confirmed.items()
        ),
        reverse=True,
    )[:HISTORY_SHOWN]
    return tuple(_move(view, by_id[transfer_id], at) for at, transfer_id in pairs)


def _move(view: CommunityView, transfer: LedgerEntry, confirmed_at: dt.datetime | None = None) -> CreditMove:
    return CreditMove(
        transfer.id,
        transfer.author,
        _name(view, transfer.author),
        transfer.counterparty,
        _name(view, transfer.counterparty),
        transfer.amount_minor,
        transfer.memo,
        transfer.at,
        confirmed_at,
    )


def _name(view: CommunityView, member_id: str) -> str:
    member = view.members.get(member_id)
    return member.name if member is not None else member_id
