"""The person's support network: who they trust and which plan sections each may see."""

from __future__ import annotations

from dataclasses import dataclass

from ._common import ConnectionSource, clean_text, new_id, utc_now
from ._database import transaction
from .errors import NotFoundError, ValidationError
from .plan import PlanSection


@dataclass(frozen=True)
class Supporter:
    id: str
    name: str
    contact: str = ""
    relationship: str = ""
    sections: frozenset[PlanSection] = frozenset()


def _clean(
    name: object, contact: object, relationship: object, sections: object
) -> tuple[str, str, str, frozenset[PlanSection]]:
    clean_name = clean_text("Name", name, max_len=120, required=True, one_line=True)
    clean_contact = clean_text("How to reach them", contact, max_len=300)
    clean_rel = clean_text("Relationship", relationship, max_len=120, one_line=True)
    if not isinstance(sections, (set, frozenset, list, tuple)) or not all(
        isinstance(s, PlanSection) for s in sections
    ):
        raise ValidationError("Shared sections", "must be plan sections.")
    return clean_name, clean_contact, clean_rel, frozenset(sections)


class SupporterRepository:
    def __init__(self, source: ConnectionSource) -> None:
        self._source = source

    def list(self) -> list[Supporter]:
        conn = self._source.connection()
        shared: dict[str, set[PlanSection]] = {}
        for sid, section in conn.execute("SELECT supporter_id, section FROM supporter_sections"):
            if section in PlanSection._value2member_map_:
                shared.setdefault(sid, set()).add(PlanSection(section))
        return [
            Supporter(r[0], r[1], r[2], r[3], frozenset(shared.get(r[0], ())))
            for r in conn.execute("SELECT id, name, contact, relationship FROM supporters ORDER BY name, id")
        ]

    def get(self, supporter_id: str) -> Supporter:
        for s in self.list():
            if s.id == supporter_id:
                return s
        raise NotFoundError("That supporter is no longer in your network.")

    def add(
        self,
        name: str,
        contact: str = "",
        relationship: str = "",
        sections: frozenset[PlanSection] = frozenset(),
    ) -> Supporter:
        return self._insert(Supporter(new_id(), *_clean(name, contact, relationship, sections)))

    def update(self, supporter: Supporter) -> Supporter:
        clean = Supporter(
            supporter.id,
            *_clean(supporter.name, supporter.contact, supporter.relationship, supporter.sections),
        )
        conn = self._source.connection()
        with transaction(conn):
            cur = conn.execute(
                "UPDATE supporters SET name = ?, contact = ?, relationship = ?, updated_at = ? WHERE id = ?",
                (clean.name, clean.contact, clean.relationship, utc_now(), clean.id),
            )
            if cur.rowcount == 0:
                raise NotFoundError("That supporter is no longer in your network.")
            conn.execute("DELETE FROM supporter_sections WHERE supporter_id = ?", (clean.id,))
            self._write_sections(clean.id, clean.sections)
        return clean

    def remove(self, supporter_id: str) -> Supporter:
        """Delete a supporter and return them, so the caller can offer undo with restore()."""
        supporter = self.get(supporter_id)
        conn = self._source.connection()
        with transaction(conn):
            if conn.execute("DELETE FROM supporters WHERE id = ?", (supporter_id,)).rowcount == 0:
                raise NotFoundError("That supporter is no longer in your network.")
        return supporter

    def restore(self, supporter: Supporter) -> Supporter:
        """Put back a supporter returned by remove(), with their id and the sections they may see."""
        return self._insert(
            Supporter(
                supporter.id,
                *_clean(supporter.name, supporter.contact, supporter.relationship, supporter.sections),
            )
        )

    def _insert(self, supporter: Supporter) -> Supporter:
        now = utc_now()
        conn = self._source.connection()
        with transaction(conn):
            conn.execute(
                "INSERT INTO supporters (id, name, contact, relationship, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (supporter.id, supporter.name, supporter.contact, supporter.relationship, now, now),
            )
            self._write_sections(supporter.id, supporter.sections)
        return supporter

    def _write_sections(self, supporter_id: str, sections: frozenset[PlanSection]) -> None:
        self._source.connection().executemany(
            "INSERT INTO supporter_sections (supporter_id, section) VALUES (?, ?)",
            [(supporter_id, s.value) for s in sorted(sections, key=lambda s: s.value)],
        )
