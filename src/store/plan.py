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
    CRISIS_WELL = "crisis_well"
    CRISIS_SIGNS = "crisis_signs"
    CRISIS_CONTACTS = "crisis_contacts"
    CRISIS_DECIDERS = "crisis_deciders"
    CRISIS_NOT_DECIDERS = "crisis_not_deciders"
    CRISIS_MEDICATIONS = "crisis_medications"
    CRISIS_MEDICATIONS_AVOID = "crisis_medications_avoid"
    CRISIS_CARE = "crisis_care"
    CRISIS_CARE_AVOID = "crisis_care_avoid"
    CRISIS_HELPS = "crisis_helps"
    CRISIS_AVOID = "crisis_avoid"
    CRISIS_DAY_TO_DAY = "crisis_day_to_day"
    CRISIS_INACTIVE = "crisis_inactive"
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
        return self.value.startswith("crisis_")

    @property
    def is_free_text(self) -> bool:
        """A section written as one text (at most one item), not as a list."""
        return self in _FREE_TEXT


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
    PlanSection.CRISIS_WELL: (
        "Crisis plan: how I am when I am well",
        "What I am like when I am well, so others can tell when I am not.",
        None,
    ),
    PlanSection.CRISIS_SIGNS: (
        "Crisis plan: when others should take over",
        "Signs that mean others should take over and follow this plan.",
        None,
    ),
    PlanSection.CRISIS_CONTACTS: (
        "Crisis plan: who to contact",
        "People to contact in a crisis.",
        "How to reach them",
    ),
    PlanSection.CRISIS_DECIDERS: (
        "Crisis plan: who may decide",
        "People who may make decisions for me in a crisis, and which ones.",
        "What they may decide",
    ),
    PlanSection.CRISIS_NOT_DECIDERS: (
        "Crisis plan: who may not decide",
        "People who should not make decisions for me or be involved.",
        "What they may not decide, or why",
    ),
    PlanSection.CRISIS_MEDICATIONS: (
        "Crisis plan: medications and treatments",
        "Medications and treatments I take or that help me.",
        "Dose, when, and what it is for",
    ),
    PlanSection.CRISIS_MEDICATIONS_AVOID: (
        "Crisis plan: medications and treatments to avoid",
        "Medications and treatments I must not be given.",
        "Why",
    ),
    PlanSection.CRISIS_CARE: (
        "Crisis plan: where I would like to be cared for",
        "Places I would like to be cared for: at home, respite, a named hospital or clinic.",
        "Why, or how to arrange it",
    ),
    PlanSection.CRISIS_CARE_AVOID: (
        "Crisis plan: where I would not want to be cared for",
        "Places I would not want to be cared for.",
        "Why",
    ),
    PlanSection.CRISIS_HELPS: ("Crisis plan: what helps", "What helps me in a crisis.", None),
    PlanSection.CRISIS_AVOID: ("Crisis plan: what does not help", "What others should avoid doing.", None),
    PlanSection.CRISIS_DAY_TO_DAY: (
        "Crisis plan: help day to day",
        "What others can do to help day to day: meals, children, pets, bills, appointments.",
        "Who could do it",
    ),
    PlanSection.CRISIS_INACTIVE: (
        "Crisis plan: when it no longer applies",
        "The signs that mean my supporters no longer need to follow this plan.",
        None,
    ),
    PlanSection.AFTER_CRISIS: ("After a crisis", "What helps me recover afterwards.", None),
}
_FREE_TEXT = frozenset({PlanSection.CRISIS_WELL, PlanSection.CRISIS_INACTIVE})


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
            if section.is_free_text and self.items(section):
                raise ValidationError(
                    "Item", f"the section {section.title!r} is one text: change it instead."
                )
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

    def write_text(self, section: PlanSection, text: str) -> PlanItem | None:
        """Set a free-text section's one text (empty text empties the section); returns its item, if any."""
        if not isinstance(section, PlanSection) or not section.is_free_text:
            raise ValidationError("section", "must be a section written as one text.")
        clean = clean_text("Text", text, max_len=MAX_ITEM_TEXT)
        conn = self._source.connection()
        now = utc_now()
        with transaction(conn):
            current = self.items(section)
            if not clean:
                conn.execute("DELETE FROM plan_items WHERE section = ?", (section.value,))
                return None
            if current:
                conn.execute(
                    "UPDATE plan_items SET text = ?, updated_at = ? WHERE id = ?", (clean, now, current[0].id)
                )
                return replace(current[0], text=clean)
            item = PlanItem(new_id(), section, 0, clean)
            conn.execute(
                "INSERT INTO plan_items (id, section, position, text, response, created_at, updated_at)"
                " VALUES (?, ?, 0, ?, '', ?, ?)",
                (item.id, section.value, clean, now, now),
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
