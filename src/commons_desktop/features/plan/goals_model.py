"""Goals as a list (title and progress), and one goal's actions as a checkable list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from commons_desktop.labels import plain_date
from store import Goal, GoalAction, GoalStatus

_Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def status_name(status: GoalStatus) -> str:
    return {
        GoalStatus.ACTIVE: translate("goals", "Active"),
        GoalStatus.PAUSED: translate("goals", "Paused"),
        GoalStatus.DONE: translate("goals", "Done"),
        GoalStatus.DROPPED: translate("goals", "Dropped"),
    }[status]


def percent(goal: Goal) -> int:
    return round(goal.progress * 100)


class GoalsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._goals: list[Goal] = []

    @property
    def goals(self) -> list[Goal]:
        return list(self._goals)

    def set_goals(self, goals: list[Goal]) -> None:
        self.beginResetModel()
        self._goals = list(goals)
        self.endResetModel()

    def clear(self) -> None:
        self.set_goals([])

    def goal_at(self, row: int) -> Goal | None:
        return self._goals[row] if 0 <= row < len(self._goals) else None

    def row_of(self, goal_id: str) -> int:
        return next((i for i, goal in enumerate(self._goals) if goal.id == goal_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(self._goals)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        goal = self.goal_at(index.row()) if index.isValid() else None
        if goal is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{goal.title} · {percent(goal)} %"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("goals", "{title}, {status}, {percent} percent done").format(
                title=goal.title, status=status_name(goal.status), percent=percent(goal)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return goal.why or None
        return None


class GoalActionsModel(QAbstractListModel):
    """Ticking an action does not change it here: it becomes sig_done_requested, and shows once stored."""

    sig_done_requested = Signal(str, bool)  # action id, done

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: list[GoalAction] = []

    @property
    def actions(self) -> list[GoalAction]:
        return list(self._actions)

    def set_actions(self, actions: tuple[GoalAction, ...] | list[GoalAction]) -> None:
        self.beginResetModel()
        self._actions = list(actions)
        self.endResetModel()

    def clear(self) -> None:
        self.set_actions([])

    def action_at(self, row: int) -> GoalAction | None:
        return self._actions[row] if 0 <= row < len(self._actions) else None

    def row_of(self, action_id: str) -> int:
        return next((i for i, action in enumerate(self._actions) if action.id == action_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(self._actions)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        action = self.action_at(index.row()) if index.isValid() else None
        if action is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if action.due is None:
                return action.text
            return translate("goals", "{text} (by {day})").format(
                text=action.text, day=plain_date(action.due)
            )
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if action.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = translate("goals", "done") if action.done else translate("goals", "not done")
            return f"{action.text}, {state}"
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        action = self.action_at(index.row()) if index.isValid() else None
        if action is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        if done != action.done:
            self.sig_done_requested.emit(action.id, done)
        return False  # the store decides; set_actions() shows the result
