"""Goals on the Plan screen: add a goal and its actions, tick them off, edit, remove with undo, errors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from commons_desktop.features.plan.goals_panel import GoalsPanel
from store import GoalStatus, ProfileManager
from tests.desktop.helpers import WAIT_MS, seed_profile, texts_on_screen, unlock_via_ui
from tests.desktop.test_accessibility import unlabelled
from tests.support import PASSPHRASE


def open_goals(qtbot, make_app, manager: ProfileManager):
    seed_profile(manager, "Sam")
    controller = make_app()
    unlock_via_ui(qtbot, controller)
    panel = GoalsPanel(controller.runner)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    with qtbot.waitSignal(panel.sig_goals_loaded, timeout=WAIT_MS):
        panel.load()
    return controller, panel


def add_goal(qtbot, panel: GoalsPanel, title: str, why: str = "") -> None:
    count = panel.model.rowCount()
    panel.form.title_edit.setFocus()
    qtbot.keyClicks(panel.form.title_edit, title)
    qtbot.keyClicks(panel.form.why_edit, why)
    qtbot.keyClick(panel.form.why_edit, Qt.Key.Key_Return)  # Enter submits the form
    qtbot.waitUntil(lambda: panel.model.rowCount() == count + 1, timeout=WAIT_MS)


def add_action(qtbot, panel: GoalsPanel, text: str) -> None:
    count = panel.actions_model.rowCount()
    qtbot.keyClicks(panel.new_action_edit, text)
    qtbot.keyClick(panel.new_action_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.actions_model.rowCount() == count + 1, timeout=WAIT_MS)


def test_add_goal_and_actions_then_tick_one_for_half_progress(qtbot, make_app, manager) -> None:
    controller, panel = open_goals(qtbot, make_app, manager)
    assert panel.model.rowCount() == 0
    assert not panel.edit_button.isEnabled()

    panel.form.target_check.setChecked(True)
    panel.form.target_edit.setDate(QDate(2027, 3, 1))
    add_goal(qtbot, panel, "Walk to the park", "Fresh air helps me sleep")
    goal = panel.selected_goal()
    assert goal is not None
    assert (goal.title, goal.why, goal.target) == (
        "Walk to the park",
        "Fresh air helps me sleep",
        dt.date(2027, 3, 1),
    )
    assert panel.title_label.text() == "Walk to the park"
    assert "1 Mar 2027" in panel.meta_label.text()
    assert "Active" in panel.meta_label.text()
    assert panel.form.title_edit.text() == ""
    assert panel.form.title_edit.hasFocus()

    add_action(qtbot, panel, "Buy comfy shoes")
    add_action(qtbot, panel, "Walk on Saturday")
    assert [a.text for a in panel.actions_model.actions] == ["Buy comfy shoes", "Walk on Saturday"]
    assert panel.progress_bar.value() == 0
    assert "0 percent" in panel.progress_bar.accessibleName()

    # Space on the chosen action ticks it, as a keyboard user would.
    panel.actions_list.setFocus()
    panel.actions_list.setCurrentIndex(panel.actions_model.index(0))
    with qtbot.waitSignal(panel.sig_goals_changed, timeout=WAIT_MS):
        qtbot.keyClick(panel.actions_list.viewport(), Qt.Key.Key_Space)
    assert panel.actions_model.index(0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert panel.progress_bar.value() == 50
    assert panel.progress_bar.accessibleName() == "Progress: 50 percent, 1 of 2 actions done"
    assert "50 %" in panel.model.index(0).data()

    controller.shutdown()
    with manager.unlock(manager.list_profiles()[0].profile_id, PASSPHRASE) as session:
        [stored] = session.goals.list()
        assert [(a.text, a.done) for a in stored.actions] == [
            ("Buy comfy shoes", True),
            ("Walk on Saturday", False),
        ]
        assert stored.progress == 0.5


def test_edit_goal_status_and_untick(qtbot, make_app, manager) -> None:
    _, panel = open_goals(qtbot, make_app, manager)
    add_goal(qtbot, panel, "Call Ana weekly")
    add_action(qtbot, panel, "Sunday call")
    panel.actions_model.setData(
        panel.actions_model.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.waitUntil(lambda: panel.progress_bar.value() == 100, timeout=WAIT_MS)
    panel.actions_model.setData(
        panel.actions_model.index(0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.waitUntil(lambda: panel.progress_bar.value() == 0, timeout=WAIT_MS)

    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.form.form_title.text() == "Edit goal"
    assert panel.form.status_box.isVisibleTo(panel)
    assert panel.form.title_edit.text() == "Call Ana weekly"
    panel.form.title_edit.selectAll()
    qtbot.keyClicks(panel.form.title_edit, "Call Ana every Sunday")
    panel.form.status_box.setCurrentIndex(panel.form.status_box.findData(GoalStatus.PAUSED))
    with qtbot.waitSignal(panel.sig_goals_changed, timeout=WAIT_MS):
        qtbot.keyClick(panel.form.title_edit, Qt.Key.Key_Return)
    assert panel.model.rowCount() == 1
    goal = panel.selected_goal()
    assert goal is not None
    assert (goal.title, goal.status) == ("Call Ana every Sunday", GoalStatus.PAUSED)
    assert panel.title_label.text() == "Call Ana every Sunday"
    assert "Paused" in panel.meta_label.text()
    assert panel.form.form_title.text() == "New goal"  # back to adding
    assert not panel.form.status_box.isVisibleTo(panel)


def test_remove_goal_and_action_with_undo(qtbot, make_app, manager) -> None:
    _, panel = open_goals(qtbot, make_app, manager)
    add_goal(qtbot, panel, "Cook twice a week", "Eat better")
    add_action(qtbot, panel, "Plan meals")
    add_action(qtbot, panel, "Shop on Friday")
    panel.actions_model.setData(
        panel.actions_model.index(1), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.waitUntil(lambda: panel.progress_bar.value() == 50, timeout=WAIT_MS)

    # An action: Delete on the list, then Undo.
    panel.actions_list.setFocus()
    panel.actions_list.setCurrentIndex(panel.actions_model.index(0))
    qtbot.keyClick(panel.actions_list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.actions_model.rowCount() == 1, timeout=WAIT_MS)
    assert panel.progress_bar.value() == 100
    assert panel.undo_bar.isVisible()
    qtbot.mouseClick(panel.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.actions_model.rowCount() == 2, timeout=WAIT_MS)
    assert [a.text for a in panel.actions_model.actions] == ["Plan meals", "Shop on Friday"]  # in its place
    assert panel.progress_bar.value() == 50

    # The goal: the button, then Undo brings it back with its actions and ticks, as the same goal.
    before = panel.selected_goal()
    assert before is not None
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=WAIT_MS)
    assert "Cook twice a week" not in texts_on_screen(panel)
    assert "Cook twice a week" in panel.undo_bar.message_label.text()
    panel.goal_list.setFocus()
    qtbot.keyClick(panel.goal_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
    goal = panel.selected_goal()
    assert goal is not None
    assert (goal.title, goal.why) == ("Cook twice a week", "Eat better")
    assert [(a.text, a.done) for a in goal.actions] == [("Plan meals", False), ("Shop on Friday", True)]
    assert goal == before
    assert panel.progress_bar.value() == 50


def test_errors_are_shown_in_words(qtbot, make_app, manager) -> None:
    _, panel = open_goals(qtbot, make_app, manager)
    panel.form.title_edit.setText("x" * 201)  # longer than the store allows
    qtbot.keyClick(panel.form.title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(panel.error_label.isVisible, timeout=WAIT_MS)
    assert panel.error_label.text().startswith("Goal:")
    assert panel.model.rowCount() == 0

    panel.form.title_edit.setText("Read a book")
    qtbot.keyClick(panel.form.title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
    assert not panel.error_label.isVisible()

    # The goal vanished behind the panel's back: removing it again says so.
    goal_id = panel.model.goals[0].id
    panel._runner.with_session(lambda s: s.goals.remove(goal_id))
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.error_label.isVisible, timeout=WAIT_MS)
    assert panel.error_label.text() == "That goal no longer exists."


def test_clear_leaves_no_personal_text_and_controls_are_named(qtbot, make_app, manager) -> None:
    _, panel = open_goals(qtbot, make_app, manager)
    add_goal(qtbot, panel, "Canary goal 7f3", "Canary why 7f3")
    add_action(qtbot, panel, "Canary step 7f3")
    qtbot.keyClicks(panel.new_action_edit, "Canary typed 7f3")
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert unlabelled(panel) == []
    assert any("7f3" in text for text in texts_on_screen(panel))

    panel.clear()
    assert not [text for text in texts_on_screen(panel) if "7f3" in text]
    assert "7f3" not in panel.progress_bar.accessibleName()
    assert panel.model.rowCount() == 0
    assert panel.actions_model.rowCount() == 0
    assert not panel.undo_bar.pending
