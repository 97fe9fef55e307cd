"""Reading a personal-data JSON file back, checked in full before anything is stored, into a new profile."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from .. import checkins as _checkins
from .. import contributions as _contributions
from .. import goals as _goals
from .. import plan as _plan
from .. import supporters as _supporters
from .._receipt import MAX_SIGNED_BYTES, SignedReceipt
from ..checkins import MAX_NOTE, MAX_TAGS, CheckIn, Question
from ..contributions import MAX_AMOUNT_MINOR, Contribution, ContributionDirection, ContributionKind
from ..errors import PersonalDataError, ValidationError
from ..goals import Goal, GoalAction, GoalStatus
from ..plan import MAX_ITEM_TEXT, PlanItem, PlanSection
from ..profiles import ProfileManager
from ..session import ProfileSession
from ..settings import Setting
from ..supporters import Supporter
from ._document import EXPORTED_SETTINGS, FORMAT, ITEM_FIELDS, VERSION
from ._fields import At

T = TypeVar("T")
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ITEMS_PER_SECTION = 1000
MAX_GOALS = 1000
MAX_ACTIONS = 200
MAX_CHECKINS = 100_000
MAX_SUPPORTERS = 1000
MAX_CONTRIBUTIONS = 100_000
_ID = 64
_OPTIONAL_ITEM_FIELDS = tuple(
    f.name
    for f in dataclasses.fields(PlanItem)
    if f.default is not dataclasses.MISSING and f.name in ITEM_FIELDS
)
_REQUIRED_ITEM_FIELDS = tuple(n for n in ITEM_FIELDS if n not in _OPTIONAL_ITEM_FIELDS)


@dataclass(frozen=True)
class PersonalData:
    """A checked personal-data file, as the store's own values."""

    label: str
    plan: tuple[PlanItem, ...]
    goals: tuple[Goal, ...]
    checkins: tuple[CheckIn, ...]
    supporters: tuple[Supporter, ...]
    contributions: tuple[Contribution, ...]
    settings: tuple[tuple[Setting[Any], object], ...]


def read_personal(source: Path) -> PersonalData:
    """Read and check *source* in full; PersonalDataError names the first problem and where it is."""
    try:
        with source.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise PersonalDataError("", f"could not read {source}: {exc.strerror or exc}") from exc
    if len(raw) > MAX_FILE_BYTES:
        raise PersonalDataError("", f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    return parse_personal(raw)


def parse_personal(raw: bytes) -> PersonalData:
    return _document(At(_loads(raw)))


def import_personal(manager: ProfileManager, source: Path, label: str, passphrase: str) -> ProfileSession:
    """A new profile (called *label*, locked with *passphrase*) holding what *source* holds. The file is checked
    in full first; the profile is built aside and appears only once everything is in it."""
    data = read_personal(source)
    return manager.create(label, passphrase, fill=lambda session: store_personal(session, data))


def store_personal(session: ProfileSession, data: PersonalData) -> None:
    """Write checked data into a new, empty profile (one being built, so a failure leaves nothing behind)."""
    conn = session.connection()
    # The profile is being built aside and is wiped if anything fails: per-commit syncs would only cost time.
    conn.execute("PRAGMA synchronous = OFF")
    try:
        for item in data.plan:
            session.plan.restore(item)
        for goal in data.goals:
            session.goals.restore(goal)
        for checkin in data.checkins:
            session.checkins.restore(checkin)
        for supporter in data.supporters:
            session.supporters.restore(supporter)
        session.contributions.add_many(data.contributions)
        for setting, value in data.settings:
            session.settings.set(setting, value)
    finally:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


# -- the file ------------------------------------------------------------------------------------


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise PersonalDataError("", f"the field {key!r} appears twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> object:
    raise PersonalDataError("", f"{name} is not a number JSON allows")


def _loads(raw: bytes) -> object:
    try:
        text = raw.decode("utf-8-sig")  # a text editor may have added a byte-order mark
    except UnicodeDecodeError as exc:
        raise PersonalDataError("", f"the file is not UTF-8 text (byte {exc.start})") from exc
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise PersonalDataError(
            "", f"the file is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from exc
    except RecursionError as exc:
        raise PersonalDataError("", "the file nests too deeply to be a Commons export") from exc
    except ValueError as exc:  # a number of thousands of digits: Python's limit on converting them
        raise PersonalDataError("", "the file holds a number too long to read") from exc


_TOP_FIELDS = (
    "exported_at",
    "profile",
    "plan",
    "goals",
    "checkins",
    "supporters",
    "contributions",
    "settings",
)


def _document(top: At) -> PersonalData:
    if not isinstance(top.value, dict) or top.value.get("format") != FORMAT:
        raise PersonalDataError("format", f"expected {FORMAT!r}: this is not a Commons personal-data export")
    fields = top.fields(("format", "version"), _TOP_FIELDS)
    version = fields["version"].number(1, 2**31)
    if version > VERSION:
        raise fields["version"].fail(
            f"the file is version {version}, written by a newer Commons; this one reads version {VERSION}"
        )
    if "exported_at" in fields:
        fields["exported_at"].text(most=64, one_line=True)
    return PersonalData(
        label=_label(fields.get("profile")),
        plan=_plan_items(fields.get("plan")),
        goals=_unique_ids(_list(fields, "goals", MAX_GOALS, _goal)),
        checkins=_unique_days(_unique_ids(_list(fields, "checkins", MAX_CHECKINS, _checkin))),
        supporters=_unique_ids(_list(fields, "supporters", MAX_SUPPORTERS, _supporter)),
        contributions=_unique_ids(_list(fields, "contributions", MAX_CONTRIBUTIONS, _contribution)),
        settings=_settings(fields.get("settings", At({}, "settings"))),
    )


def _list(fields: dict[str, At], name: str, most: int, read: Callable[[At], T]) -> list[tuple[At, T]]:
    where = fields.get(name, At([], name))
    return [(at, read(at)) for at in where.items(most=most)]


def _backstop(at: At, check: Callable[[], object]) -> None:
    """The store's own validation of a record, in case it refuses what the reader let through."""
    try:
        check()
    except ValidationError as exc:
        raise at.fail(f"{exc.field}: {exc.message}") from exc


def _id(at: At) -> str:
    return at.text(most=_ID, required=True, one_line=True)


def _unique_ids(records: Iterable[tuple[At, T]]) -> tuple[T, ...]:
    seen: set[str] = set()
    result: list[T] = []
    for at, record in records:
        record_id = str(getattr(record, "id"))  # noqa: B009 (every record type has one)
        if record_id in seen:
            raise At(None, f"{at.path}.id").fail(f"the id {record_id!r} is used twice")
        seen.add(record_id)
        result.append(record)
    return tuple(result)


def _label(at: At | None) -> str:
    if at is None:
        return ""
    fields = at.fields((), ("label",))
    return fields["label"].text(most=60, one_line=True) if "label" in fields else ""


# -- the plan ------------------------------------------------------------------------------------

_SECTION_INFO = ("title", "prompt", "kind", "second_column")  # written for people; ignored on import


def _plan_items(at: At | None) -> tuple[PlanItem, ...]:
    if at is None:
        return ()
    sections = at.fields(("sections",))["sections"]
    seen: set[PlanSection] = set()
    ids: set[str] = set()
    items: list[PlanItem] = []
    for entry in sections.items(most=len(PlanSection)):
        fields = entry.fields(("key", "items"), _SECTION_INFO)
        section = fields["key"].choice(PlanSection)
        if section in seen:
            raise fields["key"].fail(f"the section {section.value!r} is listed twice")
        seen.add(section)
        listed = list(fields["items"].items(most=MAX_ITEMS_PER_SECTION))
        if section.is_free_text and len(listed) > 1:
            raise fields["items"].fail(f"the section {section.value!r} is one text: at most one item")
        for position, item_at in enumerate(listed):
            item = _plan_item(item_at, section, position)
            if item.id in ids:
                raise At(None, f"{item_at.path}.id").fail(f"the id {item.id!r} is used twice")
            ids.add(item.id)
            items.append(item)
    # In the store's order, whatever order the file lists its sections in: the same plan reads the same.
    order = {section: n for n, section in enumerate(PlanSection)}
    return tuple(sorted(items, key=lambda i: (order[i.section], i.position)))


def _plan_item(at: At, section: PlanSection, position: int) -> PlanItem:
    fields = at.fields(_REQUIRED_ITEM_FIELDS, _OPTIONAL_ITEM_FIELDS)
    values = {
        name: _id(value) if name == "id" else value.text(most=MAX_ITEM_TEXT, required=name == "text")
        for name, value in fields.items()
    }
    item = PlanItem(section=section, position=position, **values)
    if item.response and section.response_label is None:
        raise fields["response"].fail(f"the section {section.value!r} has no second column; leave it empty")
    _backstop(at, lambda: _plan._validated(section, item.text, item.response))
    return item


# -- goals, check-ins, supporters, contributions -------------------------------------------------


def _goal(at: At) -> Goal:
    f = at.fields(("id", "title", "status"), ("why", "target", "actions"))
    goal_id = _id(f["id"])
    title = f["title"].text(most=200, required=True, one_line=True)
    why = f["why"].text(most=2000) if "why" in f else ""
    target = f["target"].optional_day() if "target" in f else None
    listed = f.get("actions", At([], f"{at.path}.actions")).items(most=MAX_ACTIONS)
    actions = tuple(_action(a, goal_id, position) for position, a in enumerate(listed))
    _backstop(at, lambda: _goals._clean(title, why, target))
    return Goal(goal_id, title, why, f["status"].choice(GoalStatus), target, actions)


def _action(at: At, goal_id: str, position: int) -> GoalAction:
    f = at.fields(("id", "text"), ("done", "due"))
    done = f["done"].flag() if "done" in f else False
    due = f["due"].optional_day() if "due" in f else None
    return GoalAction(
        _id(f["id"]), goal_id, position, f["text"].text(most=500, required=True, one_line=True), done, due
    )


def _checkin(at: At) -> CheckIn:
    f = at.fields(("id", "day", "mood"), ("answers", "tags", "note"))
    day = f["day"].day()
    if day > dt.date.today() + dt.timedelta(days=1):
        raise f["day"].fail("is in the future; a check-in is for a day that has come")
    answers: dict[Question, int] = {}
    if "answers" in f:
        for key, value in f["answers"].entries():
            answers[At(key, value.path).choice(Question)] = value.number(0, 4)
    tags: list[str] = []
    if "tags" in f:
        tags = [t.text(most=40, one_line=True) for t in f["tags"].items(most=MAX_TAGS)]
    note = f["note"].text(most=MAX_NOTE) if "note" in f else ""
    checkin = CheckIn(_id(f["id"]), day, f["mood"].number(1, 10), note, answers, tuple(tags))
    try:
        return _checkins._validated(checkin)  # tags as the store keeps them: lower case, sorted, once each
    except ValidationError as exc:
        raise (f["tags"] if exc.field in ("Tags", "Tag") else at).fail(exc.message) from exc


def _supporter(at: At) -> Supporter:
    f = at.fields(("id", "name"), ("contact", "relationship", "may_see"))
    name = f["name"].text(most=120, required=True, one_line=True)
    contact = f["contact"].text(most=300) if "contact" in f else ""
    relationship = f["relationship"].text(most=120, one_line=True) if "relationship" in f else ""
    sections: set[PlanSection] = set()
    if "may_see" in f:
        sections = {s.choice(PlanSection) for s in f["may_see"].items(most=len(PlanSection))}
    _backstop(at, lambda: _supporters._clean(name, contact, relationship, sections))
    return Supporter(_id(f["id"]), name, contact, relationship, frozenset(sections))


def _contribution(at: At) -> Contribution:
    f = at.fields(
        ("id", "kind", "amount_minor", "unit", "day"),
        ("counterparty", "note", "ledger_ref", "direction", "signed"),
    )
    contribution = Contribution(
        _id(f["id"]),
        f["kind"].choice(ContributionKind),
        f["amount_minor"].number(1, MAX_AMOUNT_MINOR),
        f["unit"].text(most=8, required=True, one_line=True),
        f["day"].day(),
        f["counterparty"].text(most=200, one_line=True) if "counterparty" in f else "",
        f["note"].text(most=2000) if "note" in f else "",
        f["ledger_ref"].optional_text(most=128) if "ledger_ref" in f else None,
        f["direction"].choice(ContributionDirection) if "direction" in f else ContributionDirection.GIVEN,
        _receipt(f["signed"]) if "signed" in f and f["signed"].value is not None else None,
    )
    try:
        return _contributions._validated(contribution)
    except ValidationError as exc:
        where = f["unit"] if exc.field in ("Unit", "Currency") else f.get("signed", at)
        raise where.fail(exc.message) from exc


def _receipt(at: At) -> SignedReceipt:
    f = at.fields(("community", "signed_bytes", "signature", "signer_key"), ("set_aside", "hidden"))
    return SignedReceipt(
        f["community"].text(most=200, one_line=True),
        f["signed_bytes"].base64(most=MAX_SIGNED_BYTES),
        f["signature"].base64(most=64),
        f["signer_key"].base64(most=32),
        f["set_aside"].text(most=1000) if "set_aside" in f else "",
        f["hidden"].flag() if "hidden" in f else False,
    )


def _unique_days(checkins: tuple[CheckIn, ...]) -> tuple[CheckIn, ...]:
    seen: dict[dt.date, int] = {}
    for index, checkin in enumerate(checkins):
        if checkin.day in seen:
            raise PersonalDataError(
                f"checkins[{index}].day",
                f"{checkin.day.isoformat()} already has a check-in (checkins[{seen[checkin.day]}]); "
                "a day has one check-in",
            )
        seen[checkin.day] = index
    return checkins


def _settings(at: At) -> tuple[tuple[Setting[Any], object], ...]:
    known = {s.key: s for s in EXPORTED_SETTINGS}
    result: list[tuple[Setting[Any], object]] = []
    for key, value in at.entries():
        setting = known.get(key)
        if setting is None:
            raise value.fail("not a setting Commons imports")
        try:
            result.append((setting, setting.validate(value.value)))
        except ValidationError as exc:
            raise value.fail(exc.message) from exc
    return tuple(result)
