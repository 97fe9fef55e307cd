"""Sync status per community: the engine's `SyncReport`s, given whole on request and pushed when they change.

`ReportWatch` hears from the engine's status book which communities' notes changed and, at most once per
`REPORT_DELAY`, builds their reports and sends those that differ from the one sent last, so a burst of sync
messages crosses the pipe as one report and the window never polls.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from sync.engine import SyncReport

from ..protocol import ListSyncReports
from . import handles

if TYPE_CHECKING:
    from sync.engine import SyncEngine

    from ..core import Emit, Service

__all__ = ["REPORT_DELAY", "ReportWatch"]

REPORT_DELAY = 0.25  # seconds a report waits for more news before it is built and sent


@handles(ListSyncReports)
def list_sync_reports(service: Service, _: ListSyncReports) -> tuple[SyncReport, ...]:
    return service.reports.all()


class ReportWatch:
    def __init__(self, engine: SyncEngine, emit: Emit) -> None:
        self._engine = engine
        self._emit = emit
        self._sent: dict[bytes, SyncReport] = {}
        self._due: set[bytes] = set()
        self._handle: asyncio.TimerHandle | None = None
        engine.status.on_changed = self.changed

    def all(self) -> tuple[SyncReport, ...]:
        """Every community's report now (what the window starts from); they count as sent."""
        reports = tuple(self._engine.sync_report(s) for s in self._engine.status.spaces())
        self._sent.update((r.space_id, r) for r in reports)
        return reports

    def changed(self, space_id: bytes) -> None:
        self._due.add(space_id)
        if self._handle is not None:
            return
        try:
            self._handle = asyncio.get_running_loop().call_later(REPORT_DELAY, self.flush)
        except RuntimeError:  # no loop (a test driving the engine by hand): the next flush sends it
            return

    def flush(self) -> None:
        self._handle = None
        due, self._due = self._due, set()
        tracked = set(self._engine.status.spaces())
        for space_id in sorted(due):
            if space_id not in tracked:  # left meanwhile
                self._sent.pop(space_id, None)
                continue
            report = self._engine.sync_report(space_id)
            if report != self._sent.get(space_id):
                self._sent[space_id] = report
                self._emit(report)

    def stop(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._handle = None
        self._due.clear()
        self._engine.status.on_changed = None
