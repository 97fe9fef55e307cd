"""Reports for funders: a date range's money, stakes, repayments, circle rounds, purse decisions, hours and
progress, counted with the community's keys by the rules every peer runs (`sync.community.funder_period`).

The window gets the counts with member ids and the names they stand for; what goes into a file, itemised,
as a total or not at all, is the person's choice there. Nothing here writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sync.community.funder_period import period_report

from ..protocol import BuildReport
from ..values import FunderReportData
from . import handles
from .community import community_id
from .purse import _checked_ledger, _view

if TYPE_CHECKING:
    from ..core import Service

__all__ = ["build_report"]


@handles(BuildReport)
def build_report(service: Service, command: BuildReport) -> FunderReportData:
    if command.end < command.start:
        raise ValueError("The report's range ends before it starts: choose an end on or after the start.")
    space_id = community_id(service, command.space)
    view = _view(service, space_id)
    if command.project and command.project not in view.projects:
        raise LookupError("There is no such project in this community (yet).")
    verifier = service.verifier(space_id)
    ledger = _checked_ledger(service, space_id, view, verifier)
    now = service.engine.now()
    report = period_report(
        view,
        ledger,
        verifier,
        (command.start, command.end),
        now=now,
        project_id=command.project,
        tz=None,  # the person's days: this computer's local time
        with_payments=command.payments,
    )
    return FunderReportData(command.space, report, now)
