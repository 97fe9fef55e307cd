"""Reading one stored record into a validated entity. Never raises: what cannot be read is a Problem.

Granularity: a record (an entity, a credit limit, a ledger entry, a vote) that cannot be read or fails the
model's validation is one Problem and is left out of the view; inside a record, one bad rating, progress
report or pulse submission is a Problem of its own and only that entry is left out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import _checks as c
from . import model as m
from ._automerge import Node, Obj, Plain, Reader, UnreadableError
from ._codec import (
    _ZONE,
    KEYED,
    LIST_COLLECTIONS,
    Conflict,
    Fields,
    Sink,
    parse_day,
    parse_instant,
    resolve_register,
)
from .errors import InvalidValueError
from .signed import LedgerEntry, Receipt, Vote
from .view import Problem


def _reason(exc: Exception) -> str:
    if isinstance(exc, (InvalidValueError, UnreadableError)):
        return str(exc)
    return f"cannot be read ({type(exc).__name__}: {exc})"


def _member(f: Fields) -> m.Member:
    role = c.choice(f"{f.path}/role", f.register("role"), m.Role)
    shows = f.get("shows_circles", False)  # absent in documents written before the choice existed
    if not isinstance(shows, bool):
        raise InvalidValueError(f"{f.path}/shows_circles", "must be true or false")
    return m.Member(
        f.text("id"), f.text("name"), role, f.strings("device_ids"), f.instant("joined_at"), shows
    )


def _rating(key: str, value: Plain, where: str) -> int:
    c.ident(where, key)
    return c.integer(where, value, low=1, high=5)


def _asset(f: Fields) -> m.Asset:
    loc = f.get("location", None)
    location = None
    if loc is not None:
        if not isinstance(loc, dict):
            raise InvalidValueError(f"{f.path}/location", "must be a map with lat and lon")
        where = f"{f.path}/location"
        location = m.Location(
            f.number(loc.get("lat"), f"{where}/lat"), f.number(loc.get("lon"), f"{where}/lon")
        )
    kind = c.choice(f"{f.path}/kind", f.get("kind"), m.AssetKind)
    if kind is m.AssetKind.HUMAN and location is not None and not location.coarse:
        location = location.blurred()  # written before the rule existed: shown coarse, never as a home pin
    return m.Asset(
        id=f.text("id"),
        kind=kind,
        title=f.text("title"),
        author=f.text("author"),
        category=f.text("category", ""),
        area=f.text("area", ""),
        description=f.text("description", ""),
        steward=f.text("steward", ""),
        support_offered=f.text("support_offered", ""),
        how_used=f.text("how_used", ""),
        location=location,
        created_at=f.instant("created_at"),
        ratings=f.entries("ratings", _rating),
    )


def _need_or_offer(f: Fields) -> m.NeedOrOffer:
    is_open = f.get("open", True)
    if not isinstance(is_open, bool):
        raise InvalidValueError(f"{f.path}/open", "must be true or false")
    return m.NeedOrOffer(
        id=f.text("id"),
        side=c.choice(f"{f.path}/side", f.get("side"), m.Side),
        category=f.text("category"),
        area=f.text("area"),
        description=f.text("description"),
        author=f.text("author"),
        urgency=c.choice(f"{f.path}/urgency", f.get("urgency", "medium"), m.Urgency),
        asset_ids=f.strings("asset_ids"),
        open=is_open,
        created_at=f.instant("created_at"),
        expires_on=_optional_day(f, "expires_on"),
        resolution=_resolution(f),
    )


def _optional_day(f: Fields, name: str) -> dt.date | None:
    value = f.get(name, None)  # absent in documents written before the field existed
    return None if value is None else parse_day(value, f"{f.path}/{name}")


def _resolution(f: Fields) -> m.Resolution | None:
    value = f.get("resolution", None)
    return None if value is None else c.choice(f"{f.path}/resolution", value, m.Resolution)


def _recurrence(f: Fields) -> m.Recurrence | None:
    rule = f.get("recurrence", None)
    if rule is None:
        return None
    where = f"{f.path}/recurrence"
    if not isinstance(rule, dict):
        raise InvalidValueError(where, "must be a map or null")
    interval = f.optional_integer(rule.get("interval", 1), f"{where}/interval")
    until = rule.get("until")
    return m.Recurrence(
        frequency=c.choice(f"{where}/frequency", rule.get("frequency"), m.Frequency),
        interval=1 if interval is None else interval,
        count=f.optional_integer(rule.get("count"), f"{where}/count"),
        until=None if until is None else parse_day(until, f"{where}/until"),
    )


def _event(f: Fields) -> m.Event:
    zone = f.text("time_zone")
    if len(zone) > 64 or not _ZONE.match(zone):
        raise InvalidValueError(f"{f.path}/time_zone", "must be a time zone name such as Europe/London")
    return m.Event(
        id=f.text("id"),
        title=f.text("title"),
        starts_at=f.instant("starts_at"),
        ends_at=f.instant("ends_at"),
        time_zone=zone,
        author=f.text("author"),
        place=f.text("place", ""),
        organiser=f.text("organiser", ""),
        description=f.text("description", ""),
        recurrence=_recurrence(f),
        created_at=f.instant("created_at"),
        cancelled=_cancelled(f),
        moved=_moved(f),
    )


def _cancelled(f: Fields) -> tuple[dt.datetime, ...]:
    """Absent in documents written before events had exceptions."""
    where = f"{f.path}/cancelled"
    values = f.get("cancelled", [])
    if not isinstance(values, list):
        raise InvalidValueError(where, "must be a list of times")
    return tuple(parse_instant(v, where) for v in values)


def _moved(f: Fields) -> tuple[m.MovedOccurrence, ...]:
    where = f"{f.path}/moved"
    values = f.get("moved", [])
    if not isinstance(values, list):
        raise InvalidValueError(where, "must be a list of moved occurrences")
    out = []
    for value in values:
        x = Fields(value, where, f.sink)
        out.append(m.MovedOccurrence(x.instant("original"), x.instant("starts_at"), x.instant("ends_at")))
    return tuple(out)


def _report(f: Fields) -> Callable[[str, Plain, str], m.ProgressReport]:
    def read(key: str, value: Plain, where: str) -> m.ProgressReport:
        r = Fields(value, where, f.sink)
        report = m.ProgressReport(
            r.text("id"), r.integer("value"), r.instant("reported_at"), r.text("author"), r.text("note", "")
        )
        if report.id != key:
            raise InvalidValueError(where, f"holds the report {report.id!r}")
        return report

    return read


def _project(f: Fields) -> m.Project:
    reports = sorted(f.entries("reports", _report(f)).values(), key=lambda r: (r.reported_at, r.id))
    return m.Project(
        id=f.text("id"),
        title=f.text("title"),
        goal=f.text("goal"),
        author=f.text("author"),
        metric=f.text("metric"),
        unit=f.text("unit"),
        target_value=f.integer("target_value"),
        stake_price_minor=f.integer("stake_price_minor", register=True),
        currency=f.text("currency"),
        stakes_offered=f.integer("stakes_offered", register=True),
        bonus_percent=f.integer("bonus_percent"),
        repay_by=f.day("repay_by"),
        status=c.choice(f"{f.path}/status", f.register("status"), m.ProjectStatus),
        reports=tuple(reports),
        created_at=f.instant("created_at"),
        need_ids=f.strings("need_ids"),
        verifiers=f.strings("verifiers"),
        verifiers_needed=f.integer("verifiers_needed", 0),
    )


def _lending_circle(f: Fields) -> m.LendingCircle:
    return m.LendingCircle(
        id=f.text("id"),
        name=f.text("name"),
        author=f.text("author"),
        member_ids=f.strings("member_ids"),
        contribution_minor=f.integer("contribution_minor", register=True),
        currency=f.text("currency"),
        period_days=f.integer("period_days"),
        starts_on=f.day("starts_on"),
        created_at=f.instant("created_at"),
    )


def _proposal(f: Fields) -> m.Proposal:
    sealed = f.get("sealed", False)
    if not isinstance(sealed, bool):
        raise InvalidValueError(f"{f.path}/sealed", "must be true or false")
    return m.Proposal(
        id=f.text("id"),
        title=f.text("title"),
        purpose=f.text("purpose"),
        author=f.text("author"),
        amount_minor=f.integer("amount_minor", register=True),
        currency=f.text("currency"),
        deadline=f.instant("deadline"),
        quorum=f.integer("quorum"),
        threshold_percent=f.integer("threshold_percent"),
        created_at=f.instant("created_at"),
        voters=f.strings("voters"),
        sealed=sealed,
    )


def _pulse_round(f: Fields) -> m.PulseRound:
    roster = f.strings("roster")
    instrument = c.choice(f"{f.path}/instrument", f.get("instrument", "ons4"), m.PulseInstrument)

    def submission(key: str, value: Plain, where: str) -> str:
        return m.masked_post(roster, instrument, where, key, value)

    def key(member: str, value: Plain, where: str) -> str:
        return m.pulse_key(roster, where, member, value)

    return m.PulseRound(
        id=f.text("id"),
        roster=roster,
        opens_at=f.instant("opens_at"),
        closes_at=f.instant("closes_at"),
        author=f.text("author"),
        submissions=f.entries("submissions", submission),
        instrument=instrument,
        keys=f.entries("keys", key),
        rerun_of=f.text("rerun_of", ""),
    )


def _entry(f: Fields) -> LedgerEntry:
    round_ = f.optional_integer(f.get("round", None), f"{f.path}/round")
    return LedgerEntry(
        id=f.text("id"),
        kind=c.choice(f"{f.path}/kind", f.get("kind"), m.EntryKind),
        author=f.text("author"),
        device_id=f.text("device_id"),
        amount_minor=f.integer("amount_minor"),
        unit=f.text("unit"),
        at=f.instant("at"),
        counterparty=f.text("counterparty", ""),
        ref=f.text("ref", ""),
        round=round_,
        memo=f.text("memo", ""),
        signature=f.signature(),
        terms=f.text("terms", ""),
    )


def _vote(f: Fields) -> Vote:
    choice = f.get("choice", None)
    return Vote(
        id=f.text("id"),
        proposal_id=f.text("proposal_id"),
        member_id=f.text("member_id"),
        device_id=f.text("device_id"),
        choice=None if choice is None else c.choice(f"{f.path}/choice", choice, m.Choice),
        cast_at=f.instant("cast_at"),
        signature=f.signature(),
        terms=f.text("terms", ""),
        reason=f.text("reason", ""),
        commitment=f.text("commitment", ""),
        reveals=f.text("reveals", ""),
        nonce=f.text("nonce", ""),
    )


def _receipt(f: Fields) -> Receipt:
    return Receipt(
        id=f.text("id"),
        vote=f.text("vote"),
        member_id=f.text("member_id"),
        device_id=f.text("device_id"),
        seen_at=f.instant("seen_at"),
        signature=f.signature(),
    )


def _credit_limit(raw: Plain, path: str, sink: Sink) -> int:
    c.ident(path, path.partition("/")[2])
    return c.credit_limit(path, resolve_register(raw, path, sink))


def _area(f: Fields) -> m.Area:
    outline = f.get("outline")
    if not isinstance(outline, list):
        raise InvalidValueError(f"{f.path}/outline", "must be a list of points")
    points = []
    for i, point in enumerate(outline):
        where = f"{f.path}/outline/{i}"
        if not isinstance(point, dict):
            raise InvalidValueError(where, "must be a map with lat and lon")
        points.append(
            m.Location(f.number(point.get("lat"), f"{where}/lat"), f.number(point.get("lon"), f"{where}/lon"))
        )
    removed = f.get("removed", False)
    if not isinstance(removed, bool):
        raise InvalidValueError(f"{f.path}/removed", "must be true or false")
    return m.Area(
        f.text("id"), f.text("name"), tuple(points), f.text("author"), removed, f.instant("created_at")
    )


DECODERS: dict[str, Callable[[Fields], Any]] = {
    "members": _member,
    "assets": _asset,
    "needs_offers": _need_or_offer,
    "events": _event,
    "projects": _project,
    "circles": _lending_circle,
    "proposals": _proposal,
    "pulse_rounds": _pulse_round,
    "areas": _area,
    "ledger": _entry,
    "votes": _vote,
    "receipts": _receipt,
}


def _record(
    reader: Reader, node: Node | UnreadableError, path: str, keyed: tuple[str, ...], sink: Sink
) -> Plain:
    """A record as plain Python; the entries of its keyed maps are read one by one (a bad one is a Problem)."""
    if not isinstance(node, Obj) or node.kind != "map":
        return reader.materialise(node, path)
    try:
        return reader.plain_map(node.id, path)
    except UnreadableError:
        if not keyed:
            raise
    out: dict[str, Plain] = {}
    for name, value in reader.items(node.id, path):
        if name in keyed and isinstance(value, Obj) and value.kind == "map":
            entries: dict[str, Plain] = {}
            for key, item in reader.items(value.id, f"{path}/{name}"):
                try:
                    entries[key] = reader.materialise(item, f"{path}/{name}/{key}")
                except UnreadableError as exc:
                    sink.problems.append(Problem(f"{path}/{name}/{key}", str(exc)))
            out[name] = entries
        else:
            out[name] = reader.materialise(value, f"{path}/{name}")
    return out


@dataclass(frozen=True)
class Result:
    """One record's reading: the entity (None when the record is a Problem), its problems and conflicts."""

    entity: Any
    problems: tuple[Problem, ...] = ()
    conflicts: tuple[Conflict, ...] = ()


Memo = dict[tuple[str, str, bytes], Result]  # (collection, key, fingerprint of the stored record) → reading


def decode(
    reader: Reader,
    coll: str,
    key: str,
    node: Node | UnreadableError,
    memo: Memo | None = None,
    kept: Memo | None = None,
) -> Result:
    """Read one record. With *memo*, a record stored exactly as before (same fingerprint of its plain value)
    reuses its earlier reading instead of being validated again; *kept* collects what the next read may reuse."""
    path = f"{coll}/{key}"
    local = Sink()
    try:
        raw = _record(reader, node, path, KEYED.get(coll, ()), local)
    except Exception as exc:  # peer data: any failure to read a record is that record's problem
        return Result(None, (Problem(path, _reason(exc)),))
    if kept is None or local.problems:
        return _decode_raw(coll, key, path, raw, local)
    fingerprint = hashlib.blake2b(repr(raw).encode("utf-8", "surrogatepass"), digest_size=16).digest()
    result = memo.get((coll, key, fingerprint)) if memo is not None else None
    if result is None:
        result = _decode_raw(coll, key, path, raw, local)
    kept[(coll, key, fingerprint)] = result
    return result


def _decode_raw(coll: str, key: str, path: str, raw: Plain, local: Sink) -> Result:
    try:
        if coll == "credit_limits":
            if raw == {}:
                return Result(None)  # a member's register before any limit was set
            return Result(_credit_limit(raw, path, local), (), tuple(local.conflicts))
        entity = DECODERS[coll](Fields(raw, path, local))
        if entity.id != key and coll not in LIST_COLLECTIONS:
            raise InvalidValueError(path, f"holds the record {entity.id!r}")
    except Exception as exc:  # peer data: any failure to read a record is that record's problem
        return Result(None, (Problem(path, _reason(exc)),))
    return Result(entity, tuple(local.problems), tuple(local.conflicts))
