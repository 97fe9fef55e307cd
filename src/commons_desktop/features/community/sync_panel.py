"""The Community screen's Sync panel: the chosen community's sync status in plain words — a summary, each
device seen and by which route, what waits to be sent, the last exchange, and each failure with what to do.

It follows the reports the sync service pushes (`ServiceClient.sig_sync_report_changed`) and never asks for
them; a timer only rewrites "2 minutes ago" as time passes.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QVBoxLayout, QWidget

from commons_desktop import sync_words
from commons_desktop.service_client import ServiceClient
from commons_desktop.widgets.community_picker import CommunityPicker
from commons_desktop.widgets.screen_layout import named, styled_label
from sync.engine import SyncReport

__all__ = ["SyncPanel"]

REWORD_MS = 30_000  # how often "2 minutes ago" is written again
PEER_ROWS = 4  # devices shown without scrolling


class SyncPanel(QFrame):
    sig_shown = Signal()  # the panel shows a new report (tests wait for it)

    def __init__(
        self, sync: ServiceClient | None, picker: CommunityPicker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._sync = sync
        self._picker = picker
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("subheading")
        named(
            self.summary, self.tr("Sync status"), self.tr("Where this community's sync stands on this device")
        )
        self.peers = QListWidget()
        named(
            self.peers,
            self.tr("Devices seen"),
            self.tr("Each device this one has synced the community with, by which route, and when"),
        )
        self.details = styled_label("", "muted", wrap=True)
        named(self.details, self.tr("Sync details"), self.tr("What waits to be sent and the last exchange"))
        self.failures = QLabel()
        self.failures.setObjectName("error")
        self.failures.setWordWrap(True)
        named(self.failures, self.tr("Sync problems"), self.tr("What went wrong, and what to do about it"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(styled_label(self.tr("Sync"), "muted"))
        layout.addWidget(self.summary)
        layout.addWidget(self.peers)
        layout.addWidget(self.details)
        layout.addWidget(self.failures)
        self._timer = QTimer(self)
        self._timer.setInterval(REWORD_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        picker.sig_chosen.connect(lambda _state: self.refresh())
        if sync is not None:
            sync.sig_sync_report_changed.connect(self._report_changed)
        self.refresh()

    @property
    def report(self) -> SyncReport | None:
        space = self._picker.space
        return self._sync.sync_report(space) if self._sync is not None and space is not None else None

    def _is_demo(self, report: SyncReport) -> bool:
        space = report.space_id.hex()
        return any(
            c.space == space and c.demo for c in (self._sync.communities if self._sync is not None else ())
        )

    def _show_kept_here(self) -> None:
        """The demo town never syncs: say so, and nothing about peers or changes waiting."""
        self.summary.setText(sync_words.kept_here())
        self.summary.setAccessibleDescription(self.summary.text())
        for widget in (self.peers, self.details, self.failures):
            widget.setVisible(False)
        self.sig_shown.emit()

    def _report_changed(self, space: str) -> None:
        if not space or space == self._picker.space:
            self.refresh()

    def refresh(self) -> None:
        report = self.report
        self.setVisible(report is not None)
        self.peers.clear()
        if report is None:
            for label in (self.summary, self.details, self.failures):
                label.clear()
            return
        if self._is_demo(report):
            self._show_kept_here()
            return
        self.peers.setVisible(True)
        self.details.setVisible(True)
        self.summary.setText(sync_words.summary(report))
        self.summary.setAccessibleDescription(self.summary.text())
        for peer in report.peers:
            self.peers.addItem(sync_words.peer_line(peer))
        if not report.peers:
            self.peers.addItem(self.tr("No other device has been met yet."))
        rows = min(max(self.peers.count(), 1), PEER_ROWS)
        self.peers.setFixedHeight(rows * self.peers.sizeHintForRow(0) + 2 * self.peers.frameWidth() + 4)
        self.details.setText("\n".join(sync_words.detail_lines(report)))
        self.details.setAccessibleDescription(self.details.text())
        problems = [sync_words.failure_line(f, report.peers) for f in report.failures]
        self.failures.setText("\n".join(problems))
        self.failures.setAccessibleDescription(self.failures.text())
        self.failures.setVisible(bool(problems))
        self.sig_shown.emit()
