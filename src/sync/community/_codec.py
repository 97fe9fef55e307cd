"""How each entity is stored as a plain Automerge map, and how a stored map becomes an entity again.

Field names are the entities' attribute names. Instants are ISO-8601 UTC text with microseconds
("2026-11-23T10:00:00.000000Z"; any fraction of 0–6 digits and "Z" is read), dates "YYYY-MM-DD", enums their
value text, tuples lists, signatures lowercase hex text, an absent location or recurrence null.

Multi-value registers (member role; project stake_price_minor, stakes_offered and status; circle
contribution_minor; proposal amount_minor; credit limits) are maps of write id → {"value", "by", "at",
"replaces"}; see `resolve_register`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import model as m
from ._automerge import Plain
from ._checks import DAY_TEXT, HEX_TEXT, INSTANT_TEXT
from ._checks import utc_text as iso
from .errors import InvalidValueError
from .signed import LedgerEntry, Receipt, Vote
from .view import KEYED_COLLECTIONS, Problem

SCHEMA_VERSION = 1
MAP_COLLECTIONS = KEYED_COLLECTIONS
LIST_COLLECTIONS = ("ledger", "votes", "receipts")
# A root key every change sets to the membership-log heads it was written at (sync.community._log_heads).
LOG_HEADS = "log_heads"
REGISTERS: dict[str, tuple[str, ...]] = {
    "members": ("role",),
    "projects": ("stake_price_minor", "stakes_offered", "status"),
    "circles": ("contribution_minor",),
    "proposals": ("amount_minor",),
}
KEYED: dict[str, tuple[str, ...]] = {  # maps inside a record, written and read entry by entry
    "assets": ("ratings",),
    "projects": ("reports",),
    "pulse_rounds": ("submissions", "keys"),
}

_ZONE = re.compile(r"^[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*$")


@dataclass(frozen=True)
class ConflictWrite:
    """One current write of a register in conflict: its write id, its value (as text), who wrote it (a member
    id, or "" when the writer named nobody) and when (the writer's clock)."""

    write_id: str
    value: str
    by: str
    at: dt.datetime


@dataclass(frozen=True)
class Conflict:
    """A money, vote or role field that peers changed concurrently: every current value, the shown one first,
    and every current write (the shown one first) with who wrote it and when."""

    path: str
    values: tuple[str, ...]
    writes: tuple[ConflictWrite, ...] = ()


@dataclass
class Sink:
    problems: list[Problem] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def _location(loc: m.Location | None) -> Plain:
    return None if loc is None else {"lat": loc.lat, "lon": loc.lon}


def _recurrence(rule: m.Recurrence | None) -> Plain:
    if rule is None:
        return None
    until = None if rule.until is None else rule.until.isoformat()
    return {"frequency": rule.frequency.value, "interval": rule.interval, "count": rule.count, "until": until}


def _exceptions(event: m.Event) -> dict[str, Plain]:
    """Cancelled and moved occurrences (read as none when absent, as in documents written before them)."""
    moved: list[Plain] = [
        {"original": iso(x.original), "starts_at": iso(x.starts_at), "ends_at": iso(x.ends_at)}
        for x in event.moved
    ]
    return {"cancelled": [iso(t) for t in event.cancelled], "moved": moved}


def encode_report(r: m.ProgressReport) -> dict[str, Plain]:
    return {
        "id": r.id,
        "value": r.value,
        "reported_at": iso(r.reported_at),
        "author": r.author,
        "note": r.note,
    }


def encode(entity: object) -> dict[str, Plain]:
    """The stored fields of an entity (registers and keyed maps as their plain values)."""
    out: dict[str, Any]
    if isinstance(entity, m.Member):
        e = entity
        out = {"id": e.id, "name": e.name, "role": e.role.value, "device_ids": list(e.device_ids)}
        out["joined_at"] = iso(e.joined_at)
        out["shows_circles"] = e.shows_circles
    elif isinstance(entity, m.Asset):
        a = entity
        out = {k: getattr(a, k) for k in ("id", "title", "author", "category", "area", "description")}
        out |= {k: getattr(a, k) for k in ("steward", "support_offered", "how_used")}
        out |= {"kind": a.kind.value, "location": _location(a.location), "created_at": iso(a.created_at)}
        out["ratings"] = dict(a.ratings)
    elif isinstance(entity, m.NeedOrOffer):
        n = entity
        out = {k: getattr(n, k) for k in ("id", "category", "area", "description", "author", "open")}
        out |= {"side": n.side.value, "urgency": n.urgency.value, "asset_ids": list(n.asset_ids)}
        out["created_at"] = iso(n.created_at)
        out["expires_on"] = None if n.expires_on is None else n.expires_on.isoformat()
        out["resolution"] = None if n.resolution is None else n.resolution.value
    elif isinstance(entity, m.Event):
        v = entity
        out = {k: getattr(v, k) for k in ("id", "title", "time_zone", "author", "place", "organiser")}
        out |= {"description": v.description, "starts_at": iso(v.starts_at), "ends_at": iso(v.ends_at)}
        out |= {"recurrence": _recurrence(v.recurrence), "created_at": iso(v.created_at)}
        out |= _exceptions(v)
    elif isinstance(entity, m.Project):
        p = entity
        out = {k: getattr(p, k) for k in ("id", "title", "goal", "author", "metric", "unit", "target_value")}
        out |= {
            k: getattr(p, k) for k in ("stake_price_minor", "currency", "stakes_offered", "bonus_percent")
        }
        out |= {"repay_by": p.repay_by.isoformat(), "status": p.status.value, "created_at": iso(p.created_at)}
        out["reports"] = {r.id: encode_report(r) for r in p.reports}
        out["need_ids"] = list(p.need_ids)
        if p.verifiers:  # absent from projects with no verifiers named (and from older documents)
            out |= {"verifiers": list(p.verifiers), "verifiers_needed": p.verifiers_needed}
    elif isinstance(entity, m.LendingCircle):
        c = entity
        out = {k: getattr(c, k) for k in ("id", "name", "author", "contribution_minor", "currency")}
        out |= {"member_ids": list(c.member_ids), "period_days": c.period_days}
        out |= {"starts_on": c.starts_on.isoformat(), "created_at": iso(c.created_at)}
    elif isinstance(entity, m.Proposal):
        q = entity
        out = {k: getattr(q, k) for k in ("id", "title", "purpose", "author", "amount_minor", "currency")}
        out |= {"deadline": iso(q.deadline), "quorum": q.quorum, "threshold_percent": q.threshold_percent}
        out["created_at"] = iso(q.created_at)
        out["voters"] = list(q.voters)
        if q.sealed:  # absent unless the results stay hidden until the deadline
            out["sealed"] = True
    elif isinstance(entity, m.PulseRound):
        u = entity
        out = {
            "id": u.id,
            "roster": list(u.roster),
            "opens_at": iso(u.opens_at),
            "closes_at": iso(u.closes_at),
        }
        out |= {"author": u.author, "submissions": dict(u.submissions)}
        out |= {"instrument": u.instrument.value, "keys": dict(u.keys), "rerun_of": u.rerun_of}
    elif isinstance(entity, m.Area):
        r = entity
        out = {"id": r.id, "name": r.name, "author": r.author, "removed": r.removed}
        out |= {"outline": [_location(point) for point in r.outline], "created_at": iso(r.created_at)}
    elif isinstance(entity, LedgerEntry):
        g = entity
        out = {
            k: getattr(g, k) for k in ("id", "author", "device_id", "amount_minor", "unit", "counterparty")
        }
        out |= {"kind": g.kind.value, "at": iso(g.at), "ref": g.ref, "round": g.round, "memo": g.memo}
        out["signature"] = g.signature.hex()
        if g.terms:  # signature layout v2 (a stake); absent in v1
            out["terms"] = g.terms
    elif isinstance(entity, m.ProgressReport):
        out = encode_report(entity)
    elif isinstance(entity, Vote):
        o = entity
        out = {k: getattr(o, k) for k in ("id", "proposal_id", "member_id", "device_id")}
        out |= {"cast_at": iso(o.cast_at), "signature": o.signature.hex()}
        if o.choice is not None:  # absent from a sealed vote
            out["choice"] = o.choice.value
        if o.terms:  # signature layout v2; absent in v1
            out["terms"] = o.terms
        # A reason (layout v3, or a reveal's), a sealed vote's commitment, a reveal's sealed vote and nonce:
        # each absent unless set.
        out |= {k: getattr(o, k) for k in ("reason", "commitment", "reveals", "nonce") if getattr(o, k)}
    elif isinstance(entity, Receipt):
        seen = entity
        out = {k: getattr(seen, k) for k in ("id", "vote", "member_id", "device_id")}
        out |= {"seen_at": iso(seen.seen_at), "signature": seen.signature.hex()}
    else:
        raise InvalidValueError("entity", f"{type(entity).__name__} is not a community entity")
    return out


def parse_instant(value: object, path: str) -> dt.datetime:
    if not isinstance(value, str) or not INSTANT_TEXT.match(value):
        raise InvalidValueError(path, "must be an ISO-8601 UTC time such as 2026-11-23T10:00:00.000000Z")
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise InvalidValueError(path, "is not a real date and time") from None


def parse_day(value: object, path: str) -> dt.date:
    if not isinstance(value, str) or not DAY_TEXT.match(value):
        raise InvalidValueError(path, "must be a date such as 2026-11-23")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidValueError(path, "is not a real date") from None


def _conflict_text(value: Plain) -> str:
    return value if isinstance(value, str) else repr(value)


def resolve_register(raw: Plain, path: str, sink: Sink | None = None) -> Plain:
    """The shown value of a register; notes a Conflict in *sink* when concurrent writes disagree.

    Current writes are those no other write lists in "replaces". The shown one has the latest "at", then the
    highest write id. A register whose current writes are malformed is unreadable (InvalidValueError). A
    plain Str or Int where a register is expected is read as its one value.
    """
    if isinstance(raw, (str, int)) and not isinstance(raw, bool):
        return raw  # a plain value, as a simpler writer may store it: one current write
    if not isinstance(raw, dict) or not raw:
        raise InvalidValueError(path, "has no value")
    replaced: set[str] = set()
    for entry in raw.values():
        replaces = entry.get("replaces") if isinstance(entry, dict) else None
        if isinstance(replaces, list):
            replaced.update(r for r in replaces if isinstance(r, str))
    current: list[tuple[dt.datetime, str, Plain, str]] = []
    for write_id, entry in raw.items():
        if write_id in replaced:
            continue
        where = f"{path}/{write_id}"
        if not isinstance(entry, dict) or "value" not in entry or not isinstance(entry.get("by"), str):
            raise InvalidValueError(where, "is not a register write")
        if not isinstance(entry.get("replaces"), list):
            raise InvalidValueError(where, "has no list of replaced writes")
        at = parse_instant(entry.get("at"), f"{where}/at")
        current.append((at, write_id, entry["value"], str(entry["by"])))
    if not current:
        raise InvalidValueError(path, "every write replaces another: there is no current value")
    current.sort(key=lambda w: (w[0], w[1]), reverse=True)
    texts = tuple(dict.fromkeys(_conflict_text(value) for _, _, value, _ in current))
    if sink is not None and len(texts) > 1:
        writes = tuple(ConflictWrite(w, _conflict_text(v), by, at) for at, w, v, by in current)
        sink.conflicts.append(Conflict(path, texts, writes))
    return current[0][2]


class Fields:
    """Typed access to a stored record's fields; errors name the field's path."""

    _REQUIRED: Any = object()

    def __init__(self, raw: Plain, path: str, sink: Sink) -> None:
        if not isinstance(raw, dict):
            raise InvalidValueError(path, "is not a map")
        self.raw, self.path, self.sink = raw, path, sink

    def get(self, name: str, default: Any = _REQUIRED) -> Plain:
        if name in self.raw:
            return self.raw[name]
        if default is Fields._REQUIRED:
            raise InvalidValueError(f"{self.path}/{name}", "is missing")
        return default  # type: ignore[no-any-return]

    def text(self, name: str, default: Any = _REQUIRED) -> str:
        value = self.get(name, default)
        if not isinstance(value, str):
            raise InvalidValueError(f"{self.path}/{name}", "must be text")
        return value

    def integer(self, name: str, default: Any = _REQUIRED, *, register: bool = False) -> int:
        value = self.register(name) if register else self.get(name, default)
        if type(value) is not int:
            raise InvalidValueError(f"{self.path}/{name}", "must be a whole number")
        return value

    def optional_integer(self, value: Plain, path: str) -> int | None:
        if value is not None and type(value) is not int:
            raise InvalidValueError(path, "must be a whole number or null")
        return value

    def number(self, value: Plain, path: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InvalidValueError(path, "must be a number")
        return float(value)

    def instant(self, name: str) -> dt.datetime:
        return parse_instant(self.get(name), f"{self.path}/{name}")

    def day(self, name: str) -> dt.date:
        return parse_day(self.get(name), f"{self.path}/{name}")

    def strings(self, name: str) -> tuple[str, ...]:
        value = self.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InvalidValueError(f"{self.path}/{name}", "must be a list of text")
        return tuple(v for v in value if isinstance(v, str))

    def submap(self, name: str) -> dict[str, Plain]:
        value = self.get(name, {})
        if not isinstance(value, dict):
            raise InvalidValueError(f"{self.path}/{name}", "must be a map")
        return value

    def register(self, name: str) -> Plain:
        return resolve_register(self.get(name), f"{self.path}/{name}", self.sink)

    def signature(self) -> bytes:
        value = self.text("signature", "")
        if not HEX_TEXT.match(value):
            raise InvalidValueError(f"{self.path}/signature", "must be lowercase hex")
        return bytes.fromhex(value)

    def entries(self, name: str, check: Callable[[str, Plain, str], Any]) -> dict[str, Any]:
        """A keyed map's entries that *check* accepts; each one it refuses is a Problem on its own."""
        out: dict[str, Any] = {}
        for key, value in self.submap(name).items():
            where = f"{self.path}/{name}/{key}"
            try:
                out[key] = check(key, value, where)
            except Exception as exc:  # peer data: any failure to read it is that entry's problem
                self.sink.problems.append(Problem(where, str(exc)))
        return out
