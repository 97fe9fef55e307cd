"""A community's sync status in plain words, from the service's `SyncReport`: the one-line summary (the
Community screen's Sync panel and Home), a line per device seen, the details, and each failure with what to do.

Never "up to date" unless the report says this device holds everything its peers announced and a peer in
session holds exactly what this device holds; never a "reset".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from commons_desktop.labels import plain_date
from sync.engine import Failure, FailureKind, PeerReport, Route, SyncReport

__all__ = ["ago", "detail_lines", "failure_line", "peer_line", "summary", "who"]

translate = QCoreApplication.translate  # lupdate finds literal translate("SyncWords", …) calls


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def ago(when: dt.datetime, now: dt.datetime | None = None) -> str:
    """How long ago, as a person says it ("just now", "2 minutes ago", "yesterday at 14:02")."""
    seconds = max(0, int(((now or _now()) - when).total_seconds()))
    if seconds < 60:
        return translate("SyncWords", "just now")
    minutes, hours = divmod(seconds, 60)[0], divmod(seconds, 3600)[0]  # (lupdate reads "//" as a comment)
    if seconds < 3600:
        return translate("SyncWords", "%n minute(s) ago", "", minutes)
    if seconds < 6 * 3600:
        return translate("SyncWords", "%n hour(s) ago", "", hours)
    local = when.astimezone()
    return translate("SyncWords", "on {day} at {time}").format(
        day=plain_date(local.date()), time=f"{local:%H:%M}"
    )


def who(peer: PeerReport) -> str:
    """The member's name, else the device as shown."""
    return peer.name or translate("SyncWords", "device {device}").format(device=peer.device.short())


def _route(route: Route) -> str:
    if route is Route.NETWORK:
        return translate("SyncWords", "on this network")
    return translate("SyncWords", "through the relay")


def _names(peers: list[PeerReport]) -> str:
    if len(peers) == 1:
        return who(peers[0])
    others = len(peers) - 1
    return translate("SyncWords", "{name} and %n other(s)", "", others).format(name=who(peers[0]))


def kept_here() -> str:
    """The demo town's sync status: there is none, by design."""
    return translate("SyncWords", "Kept on this computer only: the demo town is never synced.")


def summary(report: SyncReport, now: dt.datetime | None = None) -> str:
    """One line: what matters most about this community's sync now."""
    if not report.has_document:
        return _arriving(report)
    if not report.has_everything:
        return _missing(report)
    if report.waiting_to_send:
        return _waiting(report)
    current = [p for p in report.peers if p.up_to_date]
    if current:
        when = current[0].last_exchange
        line = translate("SyncWords", "Up to date with {names} {route}").format(
            names=_names(current), route=_route(current[0].route)
        )
        return line + (", " + ago(when, now) if when is not None else "")
    if report.last_exchange is not None:
        return translate(
            "SyncWords", "Nothing waiting to be sent; no one is connected now (last exchange {when})."
        ).format(when=ago(report.last_exchange, now))
    return translate("SyncWords", "Nothing waiting to be sent; no other device has been met yet.")


def _arriving(report: SyncReport) -> str:
    if report.receiving is not None and report.receiving.expected:
        percent = 100 * report.receiving.received // report.receiving.expected
        return translate("SyncWords", "Receiving the community: {percent} %").format(percent=percent)
    connected = [p for p in report.peers if p.connected]
    if connected:
        return translate("SyncWords", "Receiving the community from {name}…").format(name=who(connected[0]))
    return translate("SyncWords", "Waiting for a copy of the community: no one who has it is connected.")


def _missing(report: SyncReport) -> str:
    if report.receiving is not None and report.receiving.expected:
        percent = 100 * report.receiving.received // report.receiving.expected
        return translate("SyncWords", "Receiving changes through the relay: {percent} %").format(
            percent=percent
        )
    behind = [p for p in report.peers if p.lacking]
    if behind and behind[0].connected:
        return translate("SyncWords", "Receiving changes from {name}…").format(name=who(behind[0]))
    if behind:
        return translate(
            "SyncWords", "Not up to date: {name} has changes this device has not received yet."
        ).format(name=who(behind[0]))
    if report.missing:
        return translate("SyncWords", "Not up to date: some changes wait for earlier ones to arrive.")
    return translate("SyncWords", "Not up to date: catching up with the relay…")


def _waiting(report: SyncReport) -> str:
    count = report.waiting_to_send
    connected = [p for p in report.peers if p.connected]
    relay = report.relay
    if connected:
        how = translate("SyncWords", "sending to {name} now").format(name=who(connected[0]))
    elif relay is not None and relay.connected:
        how = translate("SyncWords", "sending through the relay")
    else:
        how = translate("SyncWords", "no one is connected")
    return translate("SyncWords", "%n change(s) waiting to be sent: {how}", "", count).format(how=how)


def peer_line(peer: PeerReport, now: dt.datetime | None = None) -> str:
    """One device seen: who, by which route, and where it stands."""
    if peer.connected:
        if peer.up_to_date:
            state = translate("SyncWords", "connected, up to date")
        else:
            state = translate("SyncWords", "connected, exchanging changes")
    elif peer.last_seen is not None and peer.route is Route.RELAY:
        state = translate("SyncWords", "last heard from {when}").format(when=ago(peer.last_seen, now))
    elif peer.last_seen is not None:
        state = translate("SyncWords", "last seen {when}").format(when=ago(peer.last_seen, now))
    else:
        state = translate("SyncWords", "not seen yet")
    line = translate("SyncWords", "{who}, {route}: {state}").format(
        who=who(peer), route=_route(peer.route), state=state
    )
    if peer.lacking:
        line += translate("SyncWords", "; has changes this device has not received yet")
    return line


def detail_lines(report: SyncReport, now: dt.datetime | None = None) -> list[str]:
    """What waits, whether everything announced is here, the last exchange and the relay."""
    lines = []
    waiting = report.waiting_to_send
    if waiting:
        lines.append(
            translate("SyncWords", "%n change(s) on this device not yet confirmed by anyone.", "", waiting)
        )
    else:
        lines.append(translate("SyncWords", "Every change on this device has reached someone."))
    if report.has_everything:
        lines.append(translate("SyncWords", "This device holds everything the others have announced."))
    else:
        lines.append(
            translate("SyncWords", "This device is still missing changes the others have announced.")
        )
    if report.last_exchange is not None:
        lines.append(
            translate("SyncWords", "Last exchange with someone: {when}.").format(
                when=ago(report.last_exchange, now)
            )
        )
    else:
        lines.append(translate("SyncWords", "No exchange with anyone yet."))
    relay = report.relay
    if relay is not None:
        if relay.connected and relay.last_exchange is not None:
            lines.append(
                translate("SyncWords", "Relay: reached {when}.").format(when=ago(relay.last_exchange, now))
            )
        elif relay.connected is False:
            lines.append(translate("SyncWords", "Relay: cannot be reached now."))
        else:
            lines.append(translate("SyncWords", "Relay: not reached yet."))
    return lines


def failure_line(failure: Failure, peers: tuple[PeerReport, ...] = ()) -> str:
    """What went wrong, and what to do about it."""
    name = next((who(p) for p in peers if p.device == failure.device), None)
    if name is None and failure.device is not None:
        name = translate("SyncWords", "device {device}").format(device=failure.device.short())
    kind = failure.kind
    if kind is FailureKind.PEER_REFUSED:
        return translate(
            "SyncWords",
            "{name} sent something this device refused, so the connection was closed. Nothing of it was"
            " applied; if it keeps happening, ask them to update Commons.",
        ).format(name=name or translate("SyncWords", "A device"))
    if kind is FailureKind.RELAY_UNREACHABLE:
        return translate(
            "SyncWords",
            "The relay cannot be reached ({reason}). Changes are kept and go when it is back: check the"
            " internet connection, or ask whoever runs the relay.",
        ).format(reason=failure.detail)
    if kind is FailureKind.RELAY_REFUSED:
        return translate(
            "SyncWords",
            "A message on the relay was refused ({reason}). Nothing of it was applied; if it keeps happening,"
            " tell the community's admins.",
        ).format(reason=failure.detail)
    if kind is FailureKind.CHANGES_REFUSED:
        count, source = failure.count, name or translate("SyncWords", "the relay")
        text = translate("SyncWords", "%n change(s) from {name} broke the rules.", "", count).format(
            name=source
        )
        return (
            text
            + " "
            + translate("SyncWords", "They were set aside for review; nothing of them was applied.")
        )
    if kind is FailureKind.STORED_COPY:
        return translate(
            "SyncWords",
            "The copy stored on this device did not load, so its last good copy is used. Stay connected:"
            " the others send what it lacks.",
        )
    return translate(
        "SyncWords",
        "Membership changed and an admin must issue a new key before this device can send. Your changes are"
        " kept; ask an admin to open Commons.",
    )
