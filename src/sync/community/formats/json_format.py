"""A whole community as one JSON file (format "commons-community", version 1): export, and strict import.

The schema is documented field by field in docs/community-format.md. Import checks everything — size, JSON
syntax, every key and type, then every value through the model's own constructors — and reports every
problem with its JSON path in one `ImportProblems` error.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
from collections.abc import Callable
from typing import Any, Final

from .. import _checks as c
from ..errors import InvalidValueError
from ..model import (
    Area,
    Asset,
    AssetKind,
    Choice,
    EntryKind,
    Event,
    Frequency,
    LendingCircle,
    Location,
    Member,
    MovedOccurrence,
    NeedOrOffer,
    ProgressReport,
    Project,
    ProjectStatus,
    Proposal,
    PulseInstrument,
    PulseRound,
    Recurrence,
    Resolution,
    Role,
    Side,
    Urgency,
)
from ..signed import LedgerEntry, Receipt, Vote
from ..view import CommunityView, Problem
from . import _json_read as j
from ._json_read import (
    BadValueError,
    Field,
    FormatProblem,
    ImportProblems,
    Kind,
    Reader,
    ReportedError,
    build,
    nested,
)

FORMAT: Final = "commons-community"
VERSION: Final = 1
MAX_BYTES: Final = 64 * 1024 * 1024  # checked before parsing
MAX_PROBLEM_TEXT: Final = 10_000

__all__ = ["FORMAT", "MAX_BYTES", "VERSION", "FormatProblem", "ImportProblems", "export_json", "import_json"]

# ----------------------------------------------------------------------------------------------- export


def _out(value: object) -> Any:
    """A model value as JSON: instants as UTC "…Z" (always microseconds, like the signing bytes), dates as
    YYYY-MM-DD, enums by value, bytes as lowercase hex, nested values field by field."""
    if isinstance(value, dt.datetime):
        return c.utc_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, (tuple, list)):
        return [_out(v) for v in value]
    if isinstance(value, dict):
        return {k: _out(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _out(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def export_json(view: CommunityView) -> str:
    """The whole view as a JSON document (UTF-8 text, two-space indent, entities in the view's order)."""
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION, "name": view.name}
    for name in _COLLECTIONS:
        doc[name] = [_out(e) for e in getattr(view, name).values()]
    doc["credit_limits"] = dict(view.credit_limits)
    doc["ledger"] = [_out(e) for e in view.ledger]
    doc["votes"] = [_out(v) for v in view.votes]
    if view.receipts is not None:  # a community made before receipts existed has none: absent, as on read
        doc["receipts"] = [_out(r) for r in view.receipts]
    doc["problems"] = [_out(p) for p in view.problems]
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


# ------------------------------------------------------------------------------------------ entity specs

_EPOCH: Final = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def _ident_prefix(collection: str) -> Callable[[dict[str, Any]], str]:
    return lambda args: f"{collection}/{args['id']}"


_str, _int, _when = Field(j.string, "x"), Field(j.whole, 1), Field(j.instant, _EPOCH)
_text = Field(j.string, "")
_ids = Field(j.list_of(j.string), ())

_LOCATION = Kind(Location, lambda _: "location", {"lat": Field(j.real, 0.0), "lon": Field(j.real, 0.0)})
_RECURRENCE = Kind(
    Recurrence,
    lambda _: "recurrence",
    {
        "frequency": Field(j.choice(Frequency), Frequency.WEEKLY),
        "interval": _int,
        "count": Field(j.optional(j.whole), None),
        "until": Field(j.optional(j.day), None, depends=("count",)),
    },
)
_MOVED = Kind(
    MovedOccurrence,
    lambda _: "moved",
    {"original": _when, "starts_at": _when, "ends_at": Field(j.instant, _EPOCH, depends=("starts_at",))},
)
_REPORT = Kind(
    ProgressReport,
    _ident_prefix("reports"),
    {"id": _str, "value": Field(j.whole, 0), "reported_at": _when, "author": _str, "note": _text},
)

_MEMBER = Kind(
    Member,
    _ident_prefix("members"),
    {
        "id": _str,
        "name": _str,
        "role": Field(j.choice(Role), Role.MEMBER),
        "device_ids": _ids,
        "joined_at": _when,
        "shows_circles": Field(j.boolean, False, optional=True),
    },
)
_ASSET = Kind(
    Asset,
    _ident_prefix("assets"),
    {
        "id": _str,
        "kind": Field(j.choice(AssetKind), AssetKind.BUILT),  # the stand-in may hold a precise location
        "title": _str,
        "author": _str,
        "category": _text,
        "area": _text,
        "description": _text,
        "steward": _text,
        "support_offered": _text,
        "how_used": _text,
        "location": Field(j.optional(nested(_LOCATION)), None),
        "created_at": _when,
        "ratings": Field(j.map_of(j.whole), {}),
    },
)
_NEED_OR_OFFER = Kind(
    NeedOrOffer,
    _ident_prefix("needs_offers"),
    {
        "id": _str,
        "side": Field(j.choice(Side), Side.NEED),
        "category": _str,
        "area": _str,
        "description": _str,
        "author": _str,
        "urgency": Field(j.choice(Urgency), Urgency.MEDIUM),
        "asset_ids": _ids,
        "open": Field(j.boolean, True),
        "created_at": _when,
        "expires_on": Field(j.optional(j.day), None, optional=True),
        "resolution": Field(j.optional(j.choice(Resolution)), None, optional=True),
    },
)
_EVENT = Kind(
    Event,
    _ident_prefix("events"),
    {
        "id": _str,
        "title": _str,
        "starts_at": _when,
        "ends_at": Field(j.instant, _EPOCH, depends=("starts_at",)),
        "time_zone": Field(j.string, "UTC"),
        "author": _str,
        "place": _text,
        "organiser": _text,
        "description": _text,
        "recurrence": Field(j.optional(nested(_RECURRENCE)), None),
        "created_at": _when,
        "cancelled": Field(j.list_of(j.instant), (), optional=True),
        "moved": Field(j.list_of(nested(_MOVED)), (), optional=True),
    },
)
_PROJECT = Kind(
    Project,
    _ident_prefix("projects"),
    {
        "id": _str,
        "title": _str,
        "goal": _str,
        "author": _str,
        "metric": _str,
        "unit": _str,
        "target_value": _int,
        "stake_price_minor": _int,
        "currency": Field(j.string, "EUR"),
        "stakes_offered": _int,
        "bonus_percent": Field(j.whole, 0),
        "repay_by": Field(j.day, _EPOCH.date()),
        "status": Field(j.choice(ProjectStatus), ProjectStatus.PROPOSED),
        "reports": Field(j.list_of(nested(_REPORT)), ()),
        "created_at": _when,
        "need_ids": Field(j.list_of(j.string), (), optional=True),
        "verifiers": Field(j.list_of(j.string), (), optional=True),
        "verifiers_needed": Field(j.whole, 0, optional=True),
    },
)
_LENDING_CIRCLE = Kind(
    LendingCircle,
    _ident_prefix("circles"),
    {
        "id": _str,
        "name": _str,
        "author": _str,
        "member_ids": Field(j.list_of(j.string), ("a", "b")),
        "contribution_minor": _int,
        "currency": Field(j.string, "EUR"),
        "period_days": _int,
        "starts_on": Field(j.day, _EPOCH.date()),
        "created_at": _when,
    },
)
_PROPOSAL = Kind(
    Proposal,
    _ident_prefix("proposals"),
    {
        "id": _str,
        "title": _str,
        "purpose": _str,
        "author": _str,
        "amount_minor": _int,
        "currency": Field(j.string, "EUR"),
        "deadline": _when,
        "quorum": _int,
        "threshold_percent": _int,
        "created_at": _when,
        "voters": Field(j.list_of(j.string), (), optional=True),
        "sealed": Field(j.boolean, False, optional=True),
    },
)
_PULSE_ROUND = Kind(
    PulseRound,
    _ident_prefix("pulse"),
    {
        "id": _str,
        "roster": _ids,
        "opens_at": _when,
        "closes_at": Field(j.instant, _EPOCH + dt.timedelta(hours=1), depends=("opens_at",)),
        "author": _str,
        "submissions": Field(j.map_of(j.string), {}, depends=("roster",)),
        "instrument": Field(j.choice(PulseInstrument), PulseInstrument.ONS4, optional=True),
        "keys": Field(j.map_of(j.string), {}, depends=("roster",), optional=True),
        "rerun_of": Field(j.string, "", optional=True),
    },
)
_LEDGER_ENTRY = Kind(
    LedgerEntry,
    _ident_prefix("ledger"),
    {
        "id": _str,
        "kind": Field(j.choice(EntryKind), EntryKind.PURSE_DEPOSIT),
        "author": _str,
        "device_id": Field(j.string, "0" * 64),
        "amount_minor": _int,
        "unit": Field(j.string, "EUR", depends=("kind",)),
        "at": _when,
        "counterparty": _text,
        "ref": _text,
        "round": Field(j.optional(j.whole), None),
        "memo": _text,
        "signature": Field(j.signature, b""),
        "terms": Field(j.string, "", optional=True),
    },
)
_RECEIPT = Kind(
    Receipt,
    _ident_prefix("receipts"),
    {
        "id": _str,
        "vote": Field(j.string, "0" * 64),
        "member_id": _str,
        "device_id": Field(j.string, "0" * 64),
        "seen_at": _when,
        "signature": Field(j.signature, b""),
    },
)
_VOTE = Kind(
    Vote,
    _ident_prefix("votes"),
    {
        "id": _str,
        "proposal_id": _str,
        "member_id": _str,
        "device_id": Field(j.string, "0" * 64),
        "choice": Field(j.optional(j.choice(Choice)), Choice.ABSTAIN),  # null: a sealed vote
        "cast_at": _when,
        "signature": Field(j.signature, b""),
        "terms": Field(j.string, "", optional=True),
        "reason": Field(j.string, "", optional=True),
        "commitment": Field(j.string, "", optional=True),
        "reveals": Field(j.string, "", optional=True),
        "nonce": Field(j.string, "", optional=True),
    },
)
_AREA = Kind(
    Area,
    _ident_prefix("areas"),
    {
        "id": _str,
        "name": _str,
        "outline": Field(j.list_of(nested(_LOCATION)), ()),
        "author": _str,
        "removed": Field(j.boolean, False),
        "created_at": _when,
    },
)
_PROBLEM = Kind(Problem, lambda _: "", {"path": _str, "reason": _str})

# View attributes that are maps of id → entity, in file order.
_COLLECTIONS: Final[dict[str, Kind]] = {
    "members": _MEMBER,
    "assets": _ASSET,
    "needs_offers": _NEED_OR_OFFER,
    "events": _EVENT,
    "projects": _PROJECT,
    "circles": _LENDING_CIRCLE,
    "proposals": _PROPOSAL,
    "pulse_rounds": _PULSE_ROUND,
    "areas": _AREA,  # optional: files written before areas existed have none
}
_LATER_FIELDS: Final = ("areas", "receipts")  # added after version 1 was first written: older files lack them
_TOP_FIELDS: Final = (
    "format",
    "version",
    "name",
    *_COLLECTIONS,
    "credit_limits",
    "ledger",
    "votes",
    "receipts",
    "problems",
)

# ----------------------------------------------------------------------------------------------- import


def import_json(text: str | bytes, *, max_bytes: int = MAX_BYTES) -> CommunityView:
    """Read a community exported by `export_json`. Raises ImportProblems listing every problem found."""
    r = Reader()
    if len(text) > max_bytes or (isinstance(text, str) and len(text.encode("utf-8", "replace")) > max_bytes):
        r.add("$", f"the file is larger than the limit of {max_bytes // (1024 * 1024)} MiB")
        raise r.error()
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as e:
            r.add("$", f"is not UTF-8 text (byte {e.start})")
            raise r.error() from None
    doc = _parse(r, text)
    _check_header(r, doc)
    top = r.obj("$", doc, _TOP_FIELDS, optional=_LATER_FIELDS) or {}
    view = _read_view(r, top)
    if r.total:
        raise r.error()
    return view


def _parse(r: Reader, text: str) -> Any:
    """The JSON value in *text*; raises the reader's ImportProblems if it is not JSON."""
    try:
        return j.parse(text)
    except RecursionError:
        r.add("$", "is nested too deeply")
        raise r.error() from None
    except ValueError as e:
        r.add("$", f"is not valid JSON: {e}")
        raise r.error() from None


RECORD_COLLECTIONS: Final = (*_COLLECTIONS, "ledger", "votes")


def import_record(collection: str, text: str) -> Any:
    """One record of *collection* (an entry of that list in the export format: "assets", "ledger", …), read
    from JSON text with the same checks as a whole import. Raises ImportProblems listing every problem."""
    r = Reader()
    kind = {**_COLLECTIONS, "ledger": _LEDGER_ENTRY, "votes": _VOTE}.get(collection)
    if kind is None:
        r.add("$", f"{collection!r} is not one of {', '.join(RECORD_COLLECTIONS)}")
        raise r.error()
    if len(text.encode("utf-8", "replace")) > MAX_BYTES:
        r.add("$", f"the record is larger than the limit of {MAX_BYTES // (1024 * 1024)} MiB")
        raise r.error()
    record = build(r, kind, "$", _parse(r, text))
    if r.total or record is None:
        raise r.error()
    return record


def _check_header(r: Reader, doc: object) -> None:
    if not isinstance(doc, dict):
        r.add("$", f"must be an object, not {j.describe(doc)}")
        raise r.error()
    if doc.get("format") != FORMAT:
        r.add("$.format", f'must be "{FORMAT}": this is not an exported Commons community')
        raise r.error()
    version = doc.get("version")
    if type(version) is not int or version != VERSION:
        r.add("$.version", f"is {version!r}; this version of Commons reads version {VERSION}")
        raise r.error()


def _read_view(r: Reader, top: dict[str, Any]) -> CommunityView:
    parts: dict[str, Any] = {"name": _name(r, top.get("name"))}
    for name, kind in _COLLECTIONS.items():
        parts[name] = _read_map(r, f"$.{name}", top.get(name, []), kind)
    parts["credit_limits"] = _credit_limits(r, top.get("credit_limits", {}))
    parts["ledger"] = _read_list(r, "$.ledger", top.get("ledger", []), _LEDGER_ENTRY)
    parts["votes"] = _read_list(r, "$.votes", top.get("votes", []), _VOTE)
    if "receipts" in top:  # absent: a community from before receipts, whose votes are judged by their date
        parts["receipts"] = _read_list(r, "$.receipts", top["receipts"], _RECEIPT)
    parts["problems"] = _read_list(r, "$.problems", top.get("problems", []), _PROBLEM)
    for i, problem in enumerate(parts["problems"]):
        for field in ("path", "reason"):
            if len(getattr(problem, field)) > MAX_PROBLEM_TEXT:
                r.add(f"$.problems[{i}].{field}", f"is longer than {MAX_PROBLEM_TEXT} characters")
    return CommunityView(**parts)


def _name(r: Reader, value: object) -> str:
    try:
        return c.community_name("$.name", j.string(r, "$.name", value))
    except (BadValueError, InvalidValueError) as e:
        r.add(e.path, e.message)
        return ""


def _read_list(r: Reader, path: str, raw: object, kind: Kind) -> tuple[Any, ...]:
    if not isinstance(raw, list):
        r.add(path, f"must be a list, not {j.describe(raw)}")
        return ()
    out = (build(r, kind, j.index(path, i), item) for i, item in enumerate(raw))
    return tuple(e for e in out if e is not None)


def _read_map(r: Reader, path: str, raw: object, kind: Kind) -> dict[str, Any]:
    out: dict[str, Any] = {}
    where: dict[str, int] = {}
    if not isinstance(raw, list):
        r.add(path, f"must be a list, not {j.describe(raw)}")
        return out
    for i, item in enumerate(raw):
        entity = build(r, kind, j.index(path, i), item)
        if entity is None:
            continue
        if entity.id in where:
            r.add(f"{path}[{i}].id", f"{entity.id!r} is used twice (also at {path}[{where[entity.id]}])")
            continue
        where[entity.id] = i
        out[entity.id] = entity
    return out


def _credit_limits(r: Reader, raw: object) -> dict[str, int]:
    try:
        limits: dict[str, int] = j.map_of(j.whole)(r, "$.credit_limits", raw)
    except BadValueError as bad:
        r.add(bad.path, bad.message)
        return {}
    except ReportedError:
        return {}
    for member, minutes in limits.items():
        path = j.key("$.credit_limits", member)
        try:
            c.ident(path, member)
            c.credit_limit(path, minutes)
        except InvalidValueError as e:
            r.add(e.path, e.message)
    return limits
