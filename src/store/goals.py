"""Goals with their actions and status."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from ._common import ConnectionSource, check_day, clean_text, new_id, parse_day, utc_now
from ._database import transaction
from .errors import NotFoundError, ValidationError


class GoalStatus(enum.Enum):
    ACTIVE = "active"
    PAUSED = "paused"
    DONE = "done"
    DROPPED = "dropped"


@dataclass(frozen=True)
class GoalAction:
    id: str
    goal_id: str
    position: int
    text: str
    done: bool = False
    due: dt.date | None = None


@dataclass(frozen=True)
class Goal:
    id: str
    title: str
    why: str
    status: GoalStatus
    target: dt.date | None
    actions: tuple[GoalAction, ...] = ()

    @property
    def progress(self) -> float:
        """Share of actions done, 0.0–1.0 (a finished goal counts as done)."""
        if self.status is GoalStatus.DONE:
            return 1.0
        if not self.actions:
            return 0.0
        return sum(a.done for a in self.actions) / len(self.actions)


def _status(value: object) -> GoalStatus:
    if not isinstance(value, GoalStatus):
        raise ValidationError("Status", "must be active, paused, done or dropped.")
    return value


class GoalRepository:
    def __init__(self, source: ConnectionSource) -> None:
        self._source = source

    def list(self) -> list[Goal]:
        conn = self._source.connection()
        actions: dict[str, list[GoalAction]] = {}
        for r in conn.execute(
            "SELECT id, goal_id, position, text, done, due_day FROM goal_actions ORDER BY goal_id, position"
        ):
            actions.setdefault(r[1], []).append(
                GoalAction(r[0], r[1], r[2], r[3], bool(r[4]), parse_day(r[5]))
            )
        return [
            Goal(r[0], r[1], r[2], GoalStatus(r[3]), parse_day(r[4]), tuple(actions.get(r[0], ())))
            for r in conn.execute(
                "SELECT id, title, why, status, target_day FROM goals ORDER BY created_at, id"
            )
        ]

    def get(self, goal_id: str) -> Goal:
        for goal in self.list():
            if goal.id == goal_id:
                return goal
        raise NotFoundError("That goal no longer exists.")

    def add(self, title: str, why: str = "", target: dt.date | None = None) -> Goal:
        clean = clean_text("Goal", title, max_len=200, required=True, one_line=True)
        reason = clean_text("Why it matters", why, max_len=2000)
        day = None if target is None else check_day("Target date", target)
        now = utc_now()
        goal = Goal(new_id(), clean, reason, GoalStatus.ACTIVE, day)
        conn = self._source.connection()
        with transaction(conn):
            conn.execute(
                "INSERT INTO goals (id, title, why, status, target_day, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (goal.id, clean, reason, goal.status.value, day and day.isoformat(), now, now),
            )
        return goal

    def update(
        self, goal_id: str, *, title: str, why: str, status: GoalStatus, target: dt.date | None
    ) -> Goal:
        clean = clean_text("Goal", title, max_len=200, required=True, one_line=True)
        reason = clean_text("Why it matters", why, max_len=2000)
        day = None if target is None else check_day("Target date", target)
        conn = self._source.connection()
        with transaction(conn):
            cur = conn.execute(
                "UPDATE goals SET title = ?, why = ?, status = ?, target_day = ?, updated_at = ? WHERE id = ?",
                (clean, reason, _status(status).value, day and day.isoformat(), utc_now(), goal_id),
            )
            if cur.rowcount == 0:
                raise NotFoundError("That goal no longer exists.")
        return self.get(goal_id)

    def remove(self, goal_id: str) -> None:
        conn = self._source.connection()
        with transaction(conn):
            if conn.execute("DELETE FROM goals WHERE id = ?", (goal_id,)).rowcount == 0:
                raise NotFoundError("That goal no longer exists.")

    def add_action(self, goal_id: str, text: str, due: dt.date | None = None) -> GoalAction:
        clean = clean_text("Action", text, max_len=500, required=True, one_line=True)
        day = None if due is None else check_day("Due date", due)
        conn = self._source.connection()
        with transaction(conn):
            if conn.execute("SELECT 1 FROM goals WHERE id = ?", (goal_id,)).fetchone() is None:
                raise NotFoundError("That goal no longer exists.")
            position = conn.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM goal_actions WHERE goal_id = ?", (goal_id,)
            ).fetchone()[0]
            action = GoalAction(new_id(), goal_id, position, clean, False, day)
            conn.execute(
                "INSERT INTO goal_actions (id, goal_id, position, text, done, due_day, updated_at)"
                " VALUES (?, ?, ?, ?, 0, ?, ?)",
                (action.id, goal_id, position, clean, day and day.isoformat(), utc_now()),
            )
        return action

    def set_action_done(self, action_id: str, done: bool) -> None:
        conn = self._source.connection()
        with transaction(conn):
            cur = conn.execute(
                "UPDATE goal_actions SET done = ?, updated_at = ? WHERE id = ?",
                (int(done), utc_now(), action_id),
            )
            if cur.rowcount == 0:
                raise NotFoundError("That action no longer exists.")

    def remove_action(self, action_id: str) -> None:
        conn = self._source.connection()
        with transaction(conn):
            if conn.execute("DELETE FROM goal_actions WHERE id = ?", (action_id,)).rowcount == 0:
                raise NotFoundError("That action no longer exists.")
