"""The personal-data document: what a profile holds, read through the store's own repositories and models."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

from .._header import write_atomic
from .._paths import private_file
from .._receipt import SignedReceipt
from ..checkins import CheckIn
from ..contributions import Contribution
from ..goals import Goal, GoalAction
from ..plan import PlanItem, PlanSection
from ..session import ProfileSession
from ..settings import AUTO_LOCK_MINUTES, CHECKIN_REMINDER_MINUTE, KEEP_IN_TRAY, THEME, Setting
from ..supporters import Supporter

FORMAT = "commons-personal"
VERSION = 1

# Preferences that belong to the person, not to this computer. Left out on purpose: the window's size and
# place, trusted networks and the demo town (this computer's), the support relay (it holds a credential) and the
# map's base layer (a file the person loaded; it shows where they live and can be loaded again).
EXPORTED_SETTINGS: tuple[Setting[Any], ...] = (
    AUTO_LOCK_MINUTES,
    THEME,
    CHECKIN_REMINDER_MINUTE,
    KEEP_IN_TRAY,
)

# A plan item's fields, read from the store's model: a field added to PlanItem is exported without a second edit.
# Its section is the section it is listed under, its position its place in the list.
ITEM_FIELDS: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(PlanItem) if f.name not in ("section", "position")
)


def personal_document(session: ProfileSession, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """Everything personal in *session* as plain JSON values (the layout is docs/data-export.md)."""
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": moment.isoformat(timespec="seconds").replace("+00:00", "Z"),
        "profile": {"label": session.label},
        "plan": {"sections": _plan(session.plan.by_section())},
        "goals": [_goal(g) for g in session.goals.list()],
        "checkins": [_checkin(c) for c in reversed(session.checkins.between())],  # oldest first
        "supporters": [_supporter(s) for s in session.supporters.list()],
        # By day, then id: the store keeps no finer order within a day that an import could give back.
        "contributions": [
            _contribution(c) for c in sorted(session.contributions.everything(), key=lambda c: (c.day, c.id))
        ],
        "settings": {s.key: session.settings.get(s) for s in EXPORTED_SETTINGS},
    }


def personal_json(session: ProfileSession) -> bytes:
    """The document as UTF-8 JSON, indented for a text editor, with every script written as itself."""
    text = json.dumps(personal_document(session), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def write_personal_json(session: ProfileSession, destination: Path) -> None:
    """Write the document to *destination*: this account only (0600), replaced atomically (no half file)."""
    write_atomic(destination, personal_json(session))
    private_file(destination)


def section_entry(section: PlanSection, items: list[PlanItem]) -> dict[str, Any]:
    return {
        "key": section.value,
        "title": section.title,
        "prompt": section.prompt,
        "kind": "text" if section.is_free_text else "list",
        "second_column": section.response_label,
        "items": [{name: getattr(item, name) for name in ITEM_FIELDS} for item in items],
    }


def _plan(by_section: dict[PlanSection, list[PlanItem]]) -> list[dict[str, Any]]:
    return [section_entry(section, by_section.get(section, [])) for section in PlanSection]


def _day(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _goal(goal: Goal) -> dict[str, Any]:
    return {
        "id": goal.id,
        "title": goal.title,
        "why": goal.why,
        "status": goal.status.value,
        "target": _day(goal.target),
        "actions": [_action(a) for a in goal.actions],
    }


def _action(action: GoalAction) -> dict[str, Any]:
    return {"id": action.id, "text": action.text, "done": action.done, "due": _day(action.due)}


def _checkin(checkin: CheckIn) -> dict[str, Any]:
    return {
        "id": checkin.id,
        "day": checkin.day.isoformat(),
        "mood": checkin.mood,
        "answers": {q.value: v for q, v in sorted(checkin.answers.items(), key=lambda qv: qv[0].value)},
        "tags": list(checkin.tags),
        "note": checkin.note,
    }


def _supporter(supporter: Supporter) -> dict[str, Any]:
    order = list(PlanSection)
    return {
        "id": supporter.id,
        "name": supporter.name,
        "contact": supporter.contact,
        "relationship": supporter.relationship,
        "may_see": [s.value for s in sorted(supporter.sections, key=order.index)],
    }


def _contribution(c: Contribution) -> dict[str, Any]:
    return {
        "id": c.id,
        "kind": c.kind.value,
        "amount_minor": c.amount_minor,
        "unit": c.unit,
        "day": c.day.isoformat(),
        "counterparty": c.counterparty,
        "note": c.note,
        "ledger_ref": c.ledger_ref,
        "direction": c.direction.value,
        "signed": None if c.receipt is None else _receipt(c.receipt),
    }


def _receipt(r: SignedReceipt) -> dict[str, Any]:
    """A signed line's receipt; the bytes in standard base64 so another program can verify the signature."""
    return {
        "community": r.community,
        "signed_bytes": base64.b64encode(r.signed_bytes).decode("ascii"),
        "signature": base64.b64encode(r.signature).decode("ascii"),
        "signer_key": base64.b64encode(r.signer_key).decode("ascii"),
        "set_aside": r.set_aside,
        "hidden": r.hidden,
    }
