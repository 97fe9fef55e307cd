"""Projects and stakes: a project's books as the ledger's rules count them, buying stakes and repaying them.

A stake or a repayment is a signed ledger entry (as `RecordEntry` writes one); these commands first judge the
new entry by the same rules every peer applies (`sync.community.ledger.refusal`), so one that every peer would
set aside — more stakes than are left, a repayment beyond what is owed — is refused here with the reason and
never written.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sync.community import EntryKind
from sync.community.finances import RepaymentDue, repayments_due
from sync.community.ledger import LedgerReport, refusal, target_confirmed
from sync.community.signed import LedgerEntry, project_terms

from ..protocol import BuyStakes, ConfirmTarget, ProjectAccounts, ProjectHistory, RecordRepayment
from ..values import HISTORY_SHOWN, ProjectBooks, ProjectLedger
from . import handles
from .community import _new_id, _now, _require_member_record, _write, community_id

if TYPE_CHECKING:
    from sync.community import CommunityView, Project

    from ..core import Service


def _checked(service: Service, space_id: bytes) -> tuple[CommunityView, LedgerReport]:
    doc = service.engine.document(space_id)
    if doc is None:
        raise LookupError("This community's records have not arrived yet.")
    view = doc.view()
    space = service.engine.space(space_id)
    assert space is not None  # community_id checked it
    return view, service.news.ledger(space_id, view, space.state, service.verifier(space_id))


def _project(view: CommunityView, project_id: str) -> Project:
    project = view.projects.get(project_id)
    if project is None:
        raise LookupError("That project is not in this community (any more).")
    return project


@handles(ProjectAccounts)
def project_accounts(service: Service, command: ProjectAccounts) -> tuple[ProjectBooks, ...]:
    space_id = community_id(service, command.space)
    view, report = _checked(service, space_id)
    by_project = _by_project(report)
    for due in repayments_due(view, report, service.engine.now().date()):
        by_project[due.project_id].due.append(due)
    return tuple(
        _books(command.space, view.projects[p], report, by_project[p]) for p in sorted(view.projects)
    )


@handles(ProjectHistory)
def project_history(service: Service, command: ProjectHistory) -> ProjectLedger:
    """The page's history: the summary leaves the entries out, as every project's history at once (12,000
    entries on a 50,000-entry ledger) took the window about a second to decode."""
    space_id = community_id(service, command.space)
    view, report = _checked(service, space_id)
    _project(view, command.project)
    entries = [e for e in report.accepted if e.ref == command.project and _about_projects(e)]
    newest = tuple(reversed(entries[-HISTORY_SHOWN:]))
    return ProjectLedger(command.space, command.project, newest, len(entries))


@dataclass
class _Lines:
    """One project's part of the ledger, gathered in one pass over it (a pass per project over a 50,000-entry
    ledger took the service seconds)."""

    history: int = 0
    set_aside: int = 0
    due: list[RepaymentDue] = field(default_factory=list)


def _by_project(report: LedgerReport) -> defaultdict[str, _Lines]:
    out: defaultdict[str, _Lines] = defaultdict(_Lines)
    for entry in report.accepted:
        if _about_projects(entry):
            out[entry.ref].history += 1
    for review in report.needs_review:
        if _about_projects(review.entry):
            out[review.entry.ref].set_aside += 1
    return out


def _books(space: str, project: Project, report: LedgerReport, lines: _Lines) -> ProjectBooks:
    stakes = sum(report.stakes.get(project.id, {}).values())
    confirmed_by = report.confirmations.get(project.id, ())
    return ProjectBooks(
        space=space,
        project=project.id,
        stakes_sold=stakes,
        money_in_minor=stakes * project.stake_price_minor,
        repaid_minor=sum(report.repaid.get(project.id, {}).values()),
        repayments=tuple(lines.due),
        history_total=lines.history,
        set_aside=lines.set_aside,
        confirmed_by=confirmed_by,
        target_confirmed=target_confirmed(project, confirmed_by),
    )


def _about_projects(entry: LedgerEntry) -> bool:
    return entry.kind in (EntryKind.STAKE_BOUGHT, EntryKind.REPAYMENT, EntryKind.TARGET_CONFIRMED)


@handles(BuyStakes)
def buy_stakes(service: Service, command: BuyStakes) -> LedgerEntry:
    space_id = community_id(service, command.space)
    me = _require_member_record(service, space_id)
    view, _ = _checked(service, space_id)
    project = _project(view, command.project)
    if not 1 <= command.stakes <= project.stakes_offered:
        raise ValueError(f"Stakes: buy from 1 to {project.stakes_offered}.")
    entry = _signed(
        service,
        me,
        EntryKind.STAKE_BOUGHT,
        project,
        command.stakes * project.stake_price_minor,
        terms=project_terms(project),
    )
    return _write_if_counted(service, space_id, entry, "Stakes")


@handles(RecordRepayment)
def record_repayment(service: Service, command: RecordRepayment) -> LedgerEntry:
    space_id = community_id(service, command.space)
    me = _require_member_record(service, space_id)
    view, _ = _checked(service, space_id)
    project = _project(view, command.project)
    if me != project.author:
        raise PermissionError("Only the project's steward, who started it, records its repayments.")
    if command.amount_minor < 1:
        raise ValueError("Amount: repay more than 0.")
    entry = _signed(
        service,
        me,
        EntryKind.REPAYMENT,
        project,
        command.amount_minor,
        counterparty=command.stakeholder,
        memo=command.memo,
    )
    return _write_if_counted(service, space_id, entry, "Repayment")


@handles(ConfirmTarget)
def confirm_target(service: Service, command: ConfirmTarget) -> LedgerEntry:
    space_id = community_id(service, command.space)
    me = _require_member_record(service, space_id)
    view, _ = _checked(service, space_id)
    project = _project(view, command.project)
    if me not in project.verifiers:
        raise PermissionError("Only the verifiers named when the project was started confirm its target.")
    note = " ".join(command.note.split())
    if len(note) > 500:
        raise ValueError("Note: up to 500 characters.")
    entry = _signed(service, me, EntryKind.TARGET_CONFIRMED, project, command.value, memo=note)
    return _write_if_counted(service, space_id, entry, "Confirmation")


def _signed(
    service: Service,
    me: str,
    kind: EntryKind,
    project: Project,
    amount_minor: int,
    *,
    counterparty: str = "",
    memo: str = "",
    terms: str = "",
) -> LedgerEntry:
    signer = service.engine.me.signer
    return LedgerEntry(
        _new_id(),
        kind,
        me,
        signer.device_id.hex,
        amount_minor,
        project.currency,
        _now(service),
        counterparty=counterparty,
        ref=project.id,
        memo=memo,
        terms=terms,
    ).signed_by(signer)


def _write_if_counted(service: Service, space_id: bytes, entry: LedgerEntry, what: str) -> LedgerEntry:
    """Write *entry* unless the ledger's rules would set it aside on every peer: then say why, writing nothing."""
    view, report = _checked(service, space_id)
    reason = refusal(view, report, entry, service.verifier(space_id))
    if reason is not None:
        raise ValueError(f"{what}: refused, nothing was recorded: {reason}.")
    _write(service, space_id, lambda d: d.append_entry(entry))
    return entry
