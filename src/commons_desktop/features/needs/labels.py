"""How a need or offer's side, urgency and state read on screen (translated), shared by the screen's parts."""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QCoreApplication

from sync.community import NeedOrOffer, Resolution, Side, Urgency

__all__ = ["Status", "side_label", "status_label", "status_of", "urgency_label"]


class Status(enum.Enum):
    OPEN = "open"
    MET = "met"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    CLOSED = "closed"  # closed by a version that did not say why


def status_of(item: NeedOrOffer, today: dt.date) -> Status:
    """Where the item stands on *today*: expiry is read from the date, never written by a device."""
    if item.open:
        return Status.OPEN if item.is_open_on(today) else Status.EXPIRED
    if item.resolution is Resolution.MET:
        return Status.MET
    if item.resolution is Resolution.WITHDRAWN:
        return Status.WITHDRAWN
    return Status.CLOSED


def side_label(side: Side) -> str:
    translate = QCoreApplication.translate
    return translate("NeedsLabels", "Need") if side is Side.NEED else translate("NeedsLabels", "Offer")


def urgency_label(urgency: Urgency) -> str:
    translate = QCoreApplication.translate
    return {
        Urgency.LOW: translate("NeedsLabels", "Low"),
        Urgency.MEDIUM: translate("NeedsLabels", "Medium"),
        Urgency.HIGH: translate("NeedsLabels", "High"),
        Urgency.URGENT: translate("NeedsLabels", "Urgent"),
    }[urgency]


def status_label(status: Status) -> str:
    translate = QCoreApplication.translate
    return {
        Status.OPEN: translate("NeedsLabels", "Open"),
        Status.MET: translate("NeedsLabels", "Met"),
        Status.WITHDRAWN: translate("NeedsLabels", "Withdrawn"),
        Status.EXPIRED: translate("NeedsLabels", "Expired"),
        Status.CLOSED: translate("NeedsLabels", "Closed"),
    }[status]
