"""Goals on the Plan screen: each goal with its actions to tick off and its progress; add, edit, remove, undo."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.features.plan.goal_form import GoalDraft, GoalForm
from commons_desktop.features.plan.goals_model import (
    GoalActionsModel,
    GoalsModel,
    percent,
    status_name,
)
from commons_desktop.labels import plain_date
from commons_desktop.ops import StoreRunner, describe_error
from commons_desktop.widgets.screen_layout import styled_label
from commons_desktop.widgets.undo_bar import UndoBar
from store import Goal, GoalAction, ProfileSession

T = TypeVar("T")
Goals = list[Goal]


def _all_goals(session: ProfileSession) -> Goals:
    return session.goals.list()


class GoalsPanel(QWidget):
    sig_goals_loaded = Signal()
    sig_goals_changed = Signal()  # after any add, edit, tick, remove or undo reached the store

    def __init__(self, runner: StoreRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.model = GoalsModel(self)
        self.actions_model = GoalActionsModel(self)

        self.goal_list = self._list_view(
            self.model,
            "goals",
            self.tr("Goals"),
            self.tr("Choose a goal to see its steps; Delete removes it"),
        )
        self.goal_list.setFixedWidth(260)
        self.heading_label = styled_label(self.tr("Goals"), "subheading")
        self.prompt_label = styled_label(
            self.tr("Things I want to work towards, in small steps I can tick off."), "muted", wrap=True
        )
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        bold = QFont(self.title_label.font())
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.why_label = styled_label("", "muted", wrap=True)
        self.meta_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setFormat("%p %")
        self.progress_bar.setToolTip(self.tr("Share of this goal's actions that are done"))
        self.actions_list = self._list_view(
            self.actions_model,
            "goalActions",
            self.tr("Actions for this goal"),
            self.tr("Space ticks an action as done or not done; Delete removes it"),
        )
        self.edit_button = self._button(
            self.tr("&Edit goal"), self.tr("Edit goal"), self.tr("Change this goal")
        )
        self.remove_button = self._button(
            self.tr("Remove goal"),
            self.tr("Remove goal"),
            self.tr("Remove this goal and its actions; you can undo it"),
        )
        self.remove_action_button = self._button(
            self.tr("Remove action"),
            self.tr("Remove action"),
            self.tr("Remove the selected action (Delete); you can undo it"),
        )
        self.new_action_edit = QLineEdit()
        self.new_action_edit.setPlaceholderText(self.tr("A small step towards this goal"))
        self.new_action_edit.setAccessibleName(self.tr("New action"))
        self.new_action_edit.setToolTip(self.tr("Type a step towards the chosen goal, then press Enter"))
        self.add_action_button = self._button(
            self.tr("Add a&ction"), self.tr("Add action"), self.tr("Add the step to the chosen goal (Enter)")
        )

        self.form = GoalForm()
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem with this goal"))
        self.error_label.hide()
        self.undo_bar = UndoBar(self)
        self._lay_out()
        self._connect()
        self._show_goal(None)

    # -- what the Plan screen calls -------------------------------------------------------------

    def load(self) -> None:
        self._runner.with_session(_all_goals, self._loaded, self._failed, owner=self)

    def clear(self) -> None:
        """Forget every goal and typed text (on lock)."""
        self.model.clear()
        self._show_goal(None)
        self.form.clear()
        self.new_action_edit.clear()
        self.error_label.clear()
        self.error_label.hide()
        self.undo_bar.forget()

    def selected_goal(self) -> Goal | None:
        rows = self.goal_list.selectionModel().selectedRows()
        return self.model.goal_at(rows[0].row()) if rows else None

    def select_goal(self, goal_id: str) -> None:
        row = self.model.row_of(goal_id)
        if row >= 0:
            self.goal_list.setCurrentIndex(self.model.index(row))

    def selected_action(self) -> GoalAction | None:
        rows = self.actions_list.selectionModel().selectedRows()
        return self.actions_model.action_at(rows[0].row()) if rows else None

    def edit_selected(self) -> None:
        goal = self.selected_goal()
        if goal is None:
            return
        self.form.load(goal)
        self.form.title_edit.setFocus()

    def remove_selected(self) -> None:
        goal = self.selected_goal()
        if goal is None:
            return

        def work(session: ProfileSession) -> Goals:
            session.goals.remove(goal.id)
            return session.goals.list()

        def done(goals: Goals) -> None:
            if self.form.editing == goal.id:
                self.form.clear()
            self._changed(goals)
            self.undo_bar.offer(
                self.tr("Goal “{title}” removed.").format(title=goal.title), lambda: self._restore_goal(goal)
            )

        self._submit(work, done)

    def remove_selected_action(self) -> None:
        action = self.selected_action()
        if action is None:
            return

        def work(session: ProfileSession) -> Goals:
            session.goals.remove_action(action.id)
            return session.goals.list()

        def done(goals: Goals) -> None:
            self._changed(goals, select=action.goal_id)
            self.undo_bar.offer(self.tr("Action removed."), lambda: self._restore_action(action))

        self._submit(work, done)

    # -- ops ------------------------------------------------------------------------------------

    def _submit(self, work: Callable[[ProfileSession], T], done: Callable[[T], None]) -> None:
        self.error_label.hide()
        self._runner.with_session(work, done, self._failed, owner=self)

    def _save_goal(self, d: GoalDraft) -> None:
        def work(session: ProfileSession) -> tuple[Goal, Goals]:
            if d.goal_id is None:
                goal = session.goals.add(d.title, d.why, d.target)
            else:
                goal = session.goals.update(
                    d.goal_id, title=d.title, why=d.why, status=d.status, target=d.target
                )
            return goal, session.goals.list()

        def done(result: tuple[Goal, Goals]) -> None:
            self.form.clear()
            self._changed(result[1], select=result[0].id)
            self.form.title_edit.setFocus()

        self._submit(work, done)

    def _add_action(self) -> None:
        goal, text = self.selected_goal(), self.new_action_edit.text()
        if goal is None or not text.strip():
            return

        def work(session: ProfileSession) -> Goals:
            session.goals.add_action(goal.id, text)
            return session.goals.list()

        def done(goals: Goals) -> None:
            self.new_action_edit.clear()
            self._changed(goals, select=goal.id)
            self.new_action_edit.setFocus()

        self._submit(work, done)

    def _set_done(self, action_id: str, done: bool) -> None:
        def work(session: ProfileSession) -> Goals:
            session.goals.set_action_done(action_id, done)
            return session.goals.list()

        self._submit(work, lambda goals: self._changed(goals, select_action=action_id))

    def _restore_goal(self, goal: Goal) -> None:
        def work(session: ProfileSession) -> tuple[Goal, Goals]:
            return session.goals.restore(goal), session.goals.list()

        self._submit(work, lambda result: self._changed(result[1], select=result[0].id))

    def _restore_action(self, action: GoalAction) -> None:
        def work(session: ProfileSession) -> Goals:
            session.goals.restore_action(action)
            return session.goals.list()

        self._submit(work, lambda goals: self._changed(goals, select=action.goal_id))

    def _failed(self, error: BaseException) -> None:
        self.error_label.setText(describe_error(error))
        self.error_label.show()

    # -- rendering ------------------------------------------------------------------------------

    def _loaded(self, goals: Goals) -> None:
        self._show_goals(goals)
        self.sig_goals_loaded.emit()

    def _changed(self, goals: Goals, select: str | None = None, select_action: str | None = None) -> None:
        self._show_goals(goals, select, select_action)
        self.sig_goals_changed.emit()

    def _show_goals(self, goals: Goals, select: str | None = None, select_action: str | None = None) -> None:
        chosen = self.selected_goal()
        keep = select or (chosen.id if chosen else None)
        self.model.set_goals(goals)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and goals:
            row = 0
        if row >= 0:
            self.goal_list.setCurrentIndex(self.model.index(row))
        self._show_goal(self.model.goal_at(row))
        action_row = self.actions_model.row_of(select_action) if select_action else -1
        if action_row >= 0:
            self.actions_list.setCurrentIndex(self.actions_model.index(action_row))

    def _show_goal(self, goal: Goal | None) -> None:
        self.actions_model.set_actions(goal.actions if goal else [])
        if goal is None:
            for label in (self.title_label, self.why_label, self.meta_label):
                label.clear()
            self.title_label.setText(self.tr("No goal chosen"))
            if not self.model.rowCount():
                self.why_label.setText(self.tr("No goals yet. Add your first goal below."))
            self.progress_bar.setValue(0)
            self.progress_bar.setAccessibleName(self.tr("Progress"))
        else:
            self.title_label.setText(goal.title)
            self.why_label.setText(goal.why)
            status = status_name(goal.status)
            if goal.target is None:
                self.meta_label.setText(status)
            else:
                self.meta_label.setText(
                    self.tr("{status} · target {day}").format(status=status, day=plain_date(goal.target))
                )
            self.progress_bar.setValue(percent(goal))
            self.progress_bar.setAccessibleName(self._progress_in_words(goal))
        self._update_buttons()

    def _progress_in_words(self, goal: Goal) -> str:
        """What a screen reader says for the progress bar, e.g. "Progress: 50 percent, 1 of 2 actions done"."""
        done, count = sum(a.done for a in goal.actions), len(goal.actions)
        text = self.tr("Progress: {percent} percent, {done} of %n action(s) done", "", count)
        return text.format(percent=percent(goal), done=done)

    def _update_buttons(self) -> None:
        goal = self.selected_goal()
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(goal is not None)
        self.remove_action_button.setEnabled(self.selected_action() is not None)
        self.new_action_edit.setEnabled(goal is not None)
        self.add_action_button.setEnabled(goal is not None and bool(self.new_action_edit.text().strip()))

    # -- building -------------------------------------------------------------------------------

    @staticmethod
    def _button(text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        return button

    @staticmethod
    def _list_view(model: GoalsModel | GoalActionsModel, object_name: str, name: str, tip: str) -> QListView:
        view = QListView()
        view.setObjectName(object_name)
        view.setModel(model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setAccessibleName(name)
        view.setToolTip(tip)
        return view

    def _lay_out(self) -> None:
        goal_actions = QHBoxLayout()
        goal_actions.addWidget(self.meta_label, 1)
        goal_actions.addWidget(self.edit_button)
        goal_actions.addWidget(self.remove_button)
        add_action = QHBoxLayout()
        add_action.addWidget(self.new_action_edit, 1)
        add_action.addWidget(self.add_action_button)
        add_action.addWidget(self.remove_action_button)
        detail = QVBoxLayout()
        detail.setSpacing(6)
        for widget in (self.title_label, self.why_label):
            detail.addWidget(widget)
        detail.addLayout(goal_actions)
        detail.addWidget(self.progress_bar)
        detail.addWidget(self.actions_list, 1)
        detail.addLayout(add_action)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.goal_list)
        top.addLayout(detail, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.prompt_label)
        layout.addLayout(top, 1)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.undo_bar)

    def _connect(self) -> None:
        self.goal_list.selectionModel().currentChanged.connect(
            lambda current, _previous: self._show_goal(self.model.goal_at(current.row()))
        )
        self.actions_list.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.actions_model.sig_done_requested.connect(self._set_done)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_action_button.clicked.connect(self.remove_selected_action)
        self.add_action_button.clicked.connect(self._add_action)
        self.new_action_edit.returnPressed.connect(self._add_action)
        self.new_action_edit.textChanged.connect(self._update_buttons)
        self.form.sig_save_requested.connect(self._save_goal)
        for view, remove in (
            (self.goal_list, self.remove_selected),
            (self.actions_list, self.remove_selected_action),
        ):
            shortcut = QShortcut(QKeySequence.StandardKey.Delete, view, remove)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        order = [
            self.goal_list,
            self.edit_button,
            self.remove_button,
            self.actions_list,
            self.new_action_edit,
            self.add_action_button,
            self.remove_action_button,
            self.form.title_edit,
            self.form.why_edit,
            self.form.target_check,
            self.form.target_edit,
            self.form.status_box,
            self.form.cancel_button,
            self.form.save_button,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
