"""Where "I need support" stands, in plain words: for the person who asked (per supporter: delivered, left at
the relay, or waiting) and for a supporter (someone asked). Never "delivered" before a supporter's device
acknowledged it; the relay storing it is said as that, and nothing more.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from commons_desktop.labels import plain_date
from commons_desktop.service.values import SupportDelivery, SupportRequest

__all__ = ["at", "delivery_line", "request_line", "tray_text", "tray_title"]

translate = QCoreApplication.translate  # lupdate finds literal translate("SupportWords", …) calls


def at(ms: int, today: dt.date | None = None) -> str:
    """A moment as a person reads it after "delivered" or "asked for support": "at 14:02" today, "on 3
    December at 14:02" another day."""
    local = dt.datetime.fromtimestamp(ms / 1000, dt.UTC).astimezone()
    if local.date() == (today or dt.datetime.now().astimezone().date()):
        return translate("SupportWords", "at {time}").format(time=f"{local:%H:%M}")
    return translate("SupportWords", "on {day} at {time}").format(
        day=plain_date(local.date()), time=f"{local:%H:%M}"
    )


def delivery_line(delivery: SupportDelivery, today: dt.date | None = None) -> str:
    """One supporter: where my latest request stands with them."""
    name = delivery.supporter or translate("SupportWords", "your supporter")
    if delivery.delivered_at is not None:
        return translate("SupportWords", "Delivered to {name}'s computer {time}.").format(
            name=name, time=at(delivery.delivered_at, today)
        )
    if delivery.left_at_relay is not None:
        return translate(
            "SupportWords",
            "Left at the relay for {name} {time}: their computer collects it when their Commons next "
            "connects. Not confirmed as delivered yet.",
        ).format(name=name, time=at(delivery.left_at_relay, today))
    if delivery.relay:
        return translate(
            "SupportWords",
            "Waiting for {name} — none of their devices is reachable; it will be sent when one of them is "
            "online, or when the relay is reachable.",
        ).format(name=name)
    return translate(
        "SupportWords",
        "Waiting for {name} — none of their devices is reachable; it will be sent when one of them is online.",
    ).format(name=name)


def request_line(label: str, request: SupportRequest, today: dt.date | None = None) -> str:
    """A supporter's view of someone's request (the name is the one the supporter gave them)."""
    who = label or translate("SupportWords", "Someone you support")
    return translate("SupportWords", "{who} asked for support {time}.").format(
        who=who, time=at(request.at, today)
    )


def tray_title() -> str:
    return translate("SupportWords", "Commons")


def tray_text() -> str:
    """The desktop notification: nothing personal, since a screen may be shared or seen by others."""
    return translate("SupportWords", "Someone in your support network asked for support — open Commons.")
