"""The Plan screen: sections, add, edit in place, remove with undo, and validation shown inline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from commons_desktop.labels import crisis_plan_heading, section_prompt
from store import PlanSection, ProfileManager
from tests.desktop.helpers import WAIT_MS, seed_profile, unlock_via_ui
from tests.support import PASSPHRASE


def open_plan(qtbot, make_app, manager: ProfileManager, *items: str):
    seed_profile(manager, "Sam", plan_items=items)
    controller = make_app()
    plan_view = controller.window.workspace_view.screen_named("plan")
    with qtbot.waitSignal(plan_view.sig_plan_loaded, timeout=WAIT_MS):
        unlock_via_ui(qtbot, controller)
    controller.window.workspace_view.open_screen("plan")  # Home comes first after unlocking
    return controller, plan_view


def edit_cell(qtbot, table, row: int, column: int, text: str) -> None:
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit) or table.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, text) if text else qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_every_section_is_listed_with_the_crisis_plan_grouped(qtbot, make_app, manager) -> None:
    _, plan_view = open_plan(qtbot, make_app, manager)
    tree = plan_view.tree
    heading = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == crisis_plan_heading()
    )
    grouped = [heading.child(i).data(0, Qt.ItemDataRole.UserRole) for i in range(heading.childCount())]
    assert grouped == [s for s in PlanSection if s.is_crisis_plan]
    for section in PlanSection:
        plan_view.select_section(section)
        if section.is_free_text:
            assert plan_view.stack.currentWidget() is plan_view.text_panel
            assert plan_view.text_panel.section is section
            assert plan_view.text_panel.prompt_label.text() == section_prompt(section)
            continue
        assert plan_view.stack.currentWidget() is plan_view.panel
        assert plan_view.panel.section is section
        assert plan_view.panel.prompt_label.text()
        assert plan_view.panel.model.columnCount() == (2 if section.response_label else 1)
        assert plan_view.panel.new_response_edit.isVisibleTo(plan_view) == (
            section.response_label is not None
        )


def test_edit_in_place_and_remove_with_undo(qtbot, make_app, manager: ProfileManager) -> None:
    controller, plan_view = open_plan(qtbot, make_app, manager, "Walk by the canal", "Call Ana", "Library")
    panel = plan_view.panel
    assert [i.text for i in panel.model.items] == ["Walk by the canal", "Call Ana", "Library"]

    edit_cell(qtbot, panel.table, 1, 0, "Call Ana after work")
    qtbot.waitUntil(lambda: panel.model.index(1, 0).data() == "Call Ana after work", timeout=WAIT_MS)

    panel.table.selectRow(1)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT_MS)
    assert panel.undo_bar.isVisible()
    assert "Call Ana after work" not in [i.text for i in panel.model.items]

    qtbot.mouseClick(panel.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=WAIT_MS)
    assert [i.text for i in panel.model.items] == ["Walk by the canal", "Call Ana after work", "Library"]
    assert not panel.undo_bar.isVisible()

    # Delete key on the table removes too; Ctrl+Z brings it back.
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT_MS)
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=WAIT_MS)

    controller.shutdown()
    with manager.unlock(manager.list_profiles()[0].profile_id, PASSPHRASE) as session:
        assert [i.text for i in session.plan.items(PlanSection.TOOLBOX)] == [
            "Walk by the canal",
            "Call Ana after work",
            "Library",
        ]


def test_response_column_and_validation_error_inline(qtbot, make_app, manager: ProfileManager) -> None:
    _, plan_view = open_plan(qtbot, make_app, manager)
    panel = plan_view.panel
    plan_view.select_section(PlanSection.CRISIS_CONTACTS)
    panel.new_text_edit.setFocus()
    qtbot.keyClicks(panel.new_text_edit, "Ana (sister)")
    qtbot.keyClicks(panel.new_response_edit, "07700 900123")
    qtbot.keyClick(panel.new_response_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
    assert panel.model.index(0, 1).data() == "07700 900123"

    edit_cell(qtbot, panel.table, 0, 0, "")  # an empty item is refused by the store
    qtbot.waitUntil(lambda: panel.error_label.isVisible(), timeout=WAIT_MS)
    assert "cannot be empty" in panel.error_label.text()
    assert panel.model.index(0, 0).data() == "Ana (sister)"

    edit_cell(qtbot, panel.table, 0, 1, "07700 900999")
    qtbot.waitUntil(lambda: panel.model.index(0, 1).data() == "07700 900999", timeout=WAIT_MS)
    assert not panel.error_label.isVisible()


def test_ctrl_n_focuses_the_new_item_field(qtbot, make_app, manager: ProfileManager) -> None:
    controller, plan_view = open_plan(qtbot, make_app, manager)
    controller.window.activateWindow()
    plan_view.tree.setFocus()
    qtbot.keyClick(plan_view.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert plan_view.panel.new_text_edit.hasFocus()


def test_goals_sit_under_the_sections_and_the_crisis_plan_prints(
    qtbot, make_app, manager: ProfileManager
) -> None:
    _, plan_view = open_plan(qtbot, make_app, manager)
    plan_view.show_goals()
    assert plan_view.stack.currentWidget() is plan_view.goals_panel
    plan_view.select_section(PlanSection.TRIGGERS)
    assert plan_view.stack.currentWidget() is plan_view.panel
    assert plan_view.print_button.accessibleName()
    assert plan_view.print_button.isEnabled()


def test_a_free_text_section_is_written_saved_and_read_back(qtbot, make_app, manager: ProfileManager) -> None:
    controller, plan_view = open_plan(qtbot, make_app, manager)
    plan_view.select_section(PlanSection.CRISIS_WELL)
    panel = plan_view.text_panel
    assert not panel.save_button.isEnabled()  # nothing to save yet
    panel.text_edit.setFocus()
    qtbot.keyClicks(panel.text_edit, "Chatty, up early, out with the dog.")
    assert panel.status_label.text() == "Not saved yet."
    with qtbot.waitSignal(controller.events.sig_plan_changed, timeout=WAIT_MS):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.status_label.text() == "Saved.", timeout=WAIT_MS)
    assert not panel.save_button.isEnabled()
    assert plan_view._section_items[PlanSection.CRISIS_WELL].text(1) == "✓"

    panel.text_edit.setPlainText("x" * 2001)  # too long: said at once, and Save cannot send it
    assert not panel.save_button.isEnabled()
    assert "too long" in panel.status_label.text()  # (plural wording comes from the .qm the lead builds)

    plan_view.select_section(PlanSection.CRISIS_SIGNS)  # away and back: the draft is still there, unsaved
    plan_view.select_section(PlanSection.CRISIS_WELL)
    assert panel.text_edit.toPlainText() == "x" * 2001
    assert [i.text for i in plan_view.items(PlanSection.CRISIS_WELL)] == [
        "Chatty, up early, out with the dog."
    ]

    controller.lock()  # nothing personal stays in the box, drafts included
    assert panel.text_edit.toPlainText() == ""
    assert not panel._drafts
