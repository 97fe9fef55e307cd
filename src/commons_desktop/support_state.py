"""Support as the window knows it from the sync service: where my latest "I need support" stands with each
supporter, and the requests of people I support that I have not marked seen. Kept current by `ServiceClient`
(`ServiceClient.support`); Home and the Support screen show it, the tray announces new requests."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from commons_desktop.service.values import SupportCircleInfo, SupportDelivery, SupportRequest

__all__ = ["SupportState"]


class SupportState(QObject):
    sig_deliveries_changed = Signal()  # `deliveries` changed (asked, acknowledged, stored by a relay)
    sig_requests_changed = Signal()  # `requests` changed (a new one arrived, or one was marked seen)
    sig_request_arrived = Signal(str)  # a new "I need support" from someone I support (their circle)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.deliveries: tuple[SupportDelivery, ...] = ()
        self.requests: dict[str, SupportRequest] = {}  # circle -> their latest request, not marked seen
        self.labels: dict[str, str] = {}  # circle -> the name I gave the person I support in it

    def take_deliveries(self, deliveries: tuple[SupportDelivery, ...]) -> None:
        if deliveries != self.deliveries:
            self.deliveries = deliveries
            self.sig_deliveries_changed.emit()

    def delivery(self, space: str) -> SupportDelivery | None:
        return next((d for d in self.deliveries if d.space == space), None)

    def take_circles(self, circles: tuple[SupportCircleInfo, ...]) -> None:
        """The service's list of circles: the unseen requests it kept (they outlive a restart)."""
        self.labels = {c.space: c.label for c in circles if c.side == "supporter"}
        unseen = {
            c.space: c.request
            for c in circles
            if c.side == "supporter" and c.request is not None and not c.request.seen
        }
        if unseen != self.requests:
            self.requests = unseen
            self.sig_requests_changed.emit()

    def request_arrived(self, space: str, at_ms: int, message: str) -> None:
        self.requests[space] = SupportRequest(at_ms, message, seen=False)
        self.sig_requests_changed.emit()
        self.sig_request_arrived.emit(space)

    def seen(self, space: str) -> None:
        if self.requests.pop(space, None) is not None:
            self.sig_requests_changed.emit()

    def clear(self) -> None:
        """The service stopped (the profile locked): nothing of it stays on screen."""
        had = bool(self.deliveries), bool(self.requests)
        self.deliveries, self.requests, self.labels = (), {}, {}
        if had[0]:
            self.sig_deliveries_changed.emit()
        if had[1]:
            self.sig_requests_changed.emit()
