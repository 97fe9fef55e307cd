"""The wellness plan: sections of items, each with an optional "what to do" response."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

from ._common import ConnectionSource, clean_text, new_id, utc_now
from ._database import transaction
from .errors import NotFoundError, ValidationError

MAX_ITEM_TEXT = 2000


class PlanSection(enum.Enum):
    """Sections of a wellness recovery plan, in the order a person reads them."""

    TOOLBOX = "toolbox"
    DAILY_PLAN = "daily_plan"
    TRIGGERS = "triggers"
    WARNING_SIGNS = "warning_signs"
    BREAKING_DOWN = "breaking_down"
    CRISIS_CONTACTS = "crisis_contacts"
    CRISIS_HELPS = "crisis_helps"
    CRISIS_AVOID = "crisis_avoid"
    AFTER_CRISIS = "after_crisis"

    @property
    def title(self) -> str:
        return _TITLES[self][0]

    @property
    def prompt(self) -> str:
        """What this section asks the person to write."""
        return _TITLES[self][1]

    @property
    def response_label(self) -> str | None:
        """Label of the second column (e.g. "What to do"), or None if items are single lines."""
        return _TITLES[self][2]

    @property
    def is_crisis_plan(self) -> bool:
        return self in (PlanSection.CRISIS_CONTACTS, PlanSection.CRISIS_HELPS, PlanSection.CRISIS_AVOID)


_TITLES: dict[PlanSection, tuple[str, str, str | None]] = {
    PlanSection.TOOLBOX: ("Wellness toolbox", "Things that help me stay well or feel better.", None),
    PlanSection.DAILY_PLAN: ("Daily plan", "What I'm like when I'm well, and what I do every day.", None),
    PlanSection.TRIGGERS: ("Triggers", "Things that may upset me, and what I can do.", "What I can do"),
    PlanSection.WARNING_SIGNS: (
        "Early warning signs",
        "Signs that I'm starting to feel worse, and what I can do.",
        "What I can do",
    ),
    PlanSection.BREAKING_DOWN: (
        "When things are breaking down",
        "Signs that things are getting much worse, and what to do.",
        "What to do",
    ),
    PlanSection.CRISIS_CONTACTS: (
        "Crisis plan: who to contact",
        "People to contact in a crisis.",
        "How to reach them",
    ),
    PlanSection.CRISIS_HELPS: ("Crisis plan: what helps", "What helps me in a crisis.", None),
    PlanSection.CRISIS_AVOID: ("Crisis plan: what does not help", "What others should avoid doing.", None),
    PlanSection.AFTER_CRISIS: ("After a crisis", "What helps me recover afterwards.", None),
}


@dataclass(frozen=True)
class PlanItem:
    id: str
    section: PlanSection
    position: int
    text: str
    response: str = ""


def _validated(section: object, text: object, response: object) -> tuple[PlanSection, str, str]:
    if not isinstance(section, PlanSection):
        raise ValidationError("section", "must be one of the plan's sections.")
    clean = clean_text("Item", text, max_len=MAX_ITEM_TEXT, required=True)
    answer = clean_text(section.response_label or "Response", response, max_len=MAX_ITEM_TEXT)
    if answer and section.response_label is None:
        raise ValidationError("Response", f"the section {section.title!r} has no second column.")
    return section, clean, answer


class PlanRepository:
    def __init__(self, source: ConnectionSource) -> None:
        self._source = source

    def items(self, section: PlanSection | None = None) -> list[PlanItem]:
        conn = self._source.connection()
        sql = "SELECT id, section, position, text, response FROM plan_items"
        if section is None:
            rows = conn.execute(sql + " ORDER BY section, position").fetchall()
        else:
            rows = conn.execute(sql + " WHERE section = ? ORDER BY position", (section.value,)).fetchall()
        return [PlanItem(r[0], PlanSection(r[1]), r[2], r[3], r[4]) for r in rows]

    def by_section(self) -> dict[PlanSection, list[PlanItem]]:
        result: dict[PlanSection, list[PlanItem]] = {s: [] for s in PlanSection}
        for item in self.items():
            result[item.section].append(item)
        return result

    def add(self, section: PlanSection, text: str, response: str = "") -> PlanItem:
        section, clean, answer = _validated(section, text, response)
        conn = self._source.connection()
        now = utc_now()
        with transaction(conn):
            position = conn.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM plan_items WHERE section = ?", (section.value,)
            ).fetchone()[0]
            item = PlanItem(new_id(), section, position, clean, answer)
            conn.execute(
                "INSERT INTO plan_items (id, section, position, text, response, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (item.id, section.value, position, clean, answer, now, now),
            )
        return item

    def update(self, item_id: str, text: str, response: str = "") -> PlanItem:
        conn = self._source.connection()
        with transaction(conn):
            current = self._get(item_id)
            _, clean, answer = _validated(current.section, text, response)
            conn.execute(
                "UPDATE plan_items SET text = ?, response = ?, updated_at = ? WHERE id = ?",
                (clean, answer, utc_now(), item_id),
            )
        return PlanItem(current.id, current.section, current.position, clean, answer)

    def remove(self, item_id: str) -> PlanItem:
        """Delete an item and return it, so the caller can offer undo with restore()."""
        conn = self._source.connection()
        with transaction(conn):
            item = self._get(item_id)
            conn.execute("DELETE FROM plan_items WHERE id = ?", (item_id,))
            # Positions stay dense (0..n-1), so an item's position is its place in the list and
            # restore() puts it back where the person last saw it.
            conn.execute(
                "UPDATE plan_items SET position = position - 1 WHERE section = ? AND position > ?",
                (item.section.value, item.position),
            )
        return item

    def restore(self, item: PlanItem) -> PlanItem:
        """Put back an item returned by remove(), at its old place (or last, if the list got shorter)."""
        section, clean, answer = _validated(item.section, item.text, item.response)
        conn = self._source.connection()
        now = utc_now()
        with transaction(conn):
            count = conn.execute(
                "SELECT count(*) FROM plan_items WHERE section = ?", (section.value,)
            ).fetchone()[0]
            position = max(0, min(item.position, count))
            conn.execute(
                "UPDATE plan_items SET position = position + 1 WHERE section = ? AND position >= ?",
                (section.value, position),
            )
            conn.execute(
                "INSERT INTO plan_items (id, section, position, text, response, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (item.id, section.value, position, clean, answer, now, now),
            )
        return replace(item, position=position, text=clean, response=answer)

    def move(self, item_id: str, new_position: int) -> None:
        """Move an item within its section; the others shift to make room."""
        conn = self._source.connection()
        with transaction(conn):
            item = self._get(item_id)
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM plan_items WHERE section = ? ORDER BY position", (item.section.value,)
                )
            ]
            ids.remove(item_id)
            ids.insert(max(0, min(new_position, len(ids))), item_id)
            conn.executemany(
                "UPDATE plan_items SET position = ? WHERE id = ?", [(i, x) for i, x in enumerate(ids)]
            )

    def _get(self, item_id: str) -> PlanItem:
        row = (
            self._source.connection()
            .execute("SELECT id, section, position, text, response FROM plan_items WHERE id = ?", (item_id,))
            .fetchone()
        )
        if row is None:
            raise NotFoundError("That plan item no longer exists.")
        return PlanItem(row[0], PlanSection(row[1]), row[2], row[3], row[4])
