"""Goals with their actions and status."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field, replace

from ._common import ConnectionSource, check_day, clean_text, new_id, parse_day, utc_now
from ._database import Connection, transaction
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
    created: str = field(default="", compare=False, repr=False)  # orders the list; restore() keeps it

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


def _clean(title: object, why: object, target: dt.date | None) -> tuple[str, str, dt.date | None]:
    return (
        clean_text("Goal", title, max_len=200, required=True, one_line=True),
        clean_text("Why it matters", why, max_len=2000),
        None if target is None else check_day("Target date", target),
    )


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
            Goal(r[0], r[1], r[2], GoalStatus(r[3]), parse_day(r[4]), tuple(actions.get(r[0], ())), r[5])
            for r in conn.execute(
                "SELECT id, title, why, status, target_day, created_at FROM goals ORDER BY created_at, rowid"
            )
        ]

    def get(self, goal_id: str) -> Goal:
        for goal in self.list():
            if goal.id == goal_id:
                return goal
        raise NotFoundError("That goal no longer exists.")

    def add(self, title: str, why: str = "", target: dt.date | None = None) -> Goal:
        clean, reason, day = _clean(title, why, target)
        now = utc_now()
        conn = self._source.connection()
        with transaction(conn):
            created = _after_every_goal(conn, now)
            goal = Goal(new_id(), clean, reason, GoalStatus.ACTIVE, day, created=created)
            conn.execute(
                "INSERT INTO goals (id, title, why, status, target_day, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (goal.id, clean, reason, goal.status.value, day and day.isoformat(), created, now),
            )
        return goal

    def update(
        self, goal_id: str, *, title: str, why: str, status: GoalStatus, target: dt.date | None
    ) -> Goal:
        clean, reason, day = _clean(title, why, target)
        conn = self._source.connection()
        with transaction(conn):
            cur = conn.execute(
                "UPDATE goals SET title = ?, why = ?, status = ?, target_day = ?, updated_at = ? WHERE id = ?",
                (clean, reason, _status(status).value, day and day.isoformat(), utc_now(), goal_id),
            )
            if cur.rowcount == 0:
                raise NotFoundError("That goal no longer exists.")
        return self.get(goal_id)

    def remove(self, goal_id: str) -> Goal:
        """Delete a goal with its actions and return it, so the caller can offer undo with restore()."""
        goal = self.get(goal_id)
        conn = self._source.connection()
        with transaction(conn):
            if conn.execute("DELETE FROM goals WHERE id = ?", (goal_id,)).rowcount == 0:
                raise NotFoundError("That goal no longer exists.")
        return goal

    def restore(self, goal: Goal) -> Goal:
        """Put back a goal returned by remove() as it was: its id, place in the list, status and actions."""
        clean, reason, day = _clean(goal.title, goal.why, goal.target)
        now = utc_now()
        conn = self._source.connection()
        with transaction(conn):
            conn.execute(
                "INSERT INTO goals (id, title, why, status, target_day, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    goal.id,
                    clean,
                    reason,
                    _status(goal.status).value,
                    day and day.isoformat(),
                    goal.created or now,
                    now,
                ),
            )
            for action in goal.actions:
                self._insert_action(replace(action, goal_id=goal.id))
        return self.get(goal.id)

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

    def remove_action(self, action_id: str) -> GoalAction:
        """Delete an action and return it, so the caller can offer undo with restore_action()."""
        conn = self._source.connection()
        with transaction(conn):
            row = conn.execute(
                "SELECT id, goal_id, position, text, done, due_day FROM goal_actions WHERE id = ?",
                (action_id,),
            ).fetchone()
            if row is None:
                raise NotFoundError("That action no longer exists.")
            conn.execute("DELETE FROM goal_actions WHERE id = ?", (action_id,))
        return GoalAction(row[0], row[1], row[2], row[3], bool(row[4]), parse_day(row[5]))

    def restore_action(self, action: GoalAction) -> None:
        """Put back an action returned by remove_action(), at its old place, ticked or not as it was."""
        conn = self._source.connection()
        with transaction(conn):
            if conn.execute("SELECT 1 FROM goals WHERE id = ?", (action.goal_id,)).fetchone() is None:
                raise NotFoundError("That goal no longer exists.")
            self._insert_action(action)

    def _insert_action(self, action: GoalAction) -> None:
        clean = clean_text("Action", action.text, max_len=500, required=True, one_line=True)
        day = None if action.due is None else check_day("Due date", action.due)
        conn = self._source.connection()
        conn.execute(
            "UPDATE goal_actions SET position = position + 1 WHERE goal_id = ? AND position >= ?",
            (action.goal_id, action.position),
        )
        conn.execute(
            "INSERT INTO goal_actions (id, goal_id, position, text, done, due_day, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                action.id,
                action.goal_id,
                action.position,
                clean,
                int(action.done),
                day and day.isoformat(),
                utc_now(),
            ),
        )


def _after_every_goal(conn: Connection, now: str) -> str:
    """*now*, or a millisecond after the newest goal's creation if that is not earlier: each goal's created_at
    is unique, so the list's order (by created_at) survives a goal being removed and restored, even for goals
    added within one millisecond (a restored goal gets a new rowid, so rowid cannot break such ties)."""
    row = conn.execute("SELECT max(created_at) FROM goals").fetchone()
    newest = row[0] if row is not None else None
    if newest is None or newest < now:
        return now
    later = dt.datetime.fromisoformat(newest) + dt.timedelta(milliseconds=1)
    return later.isoformat(timespec="milliseconds")
