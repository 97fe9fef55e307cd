"""Every interactive widget on every screen has an accessible name and a tooltip; the keyboard reaches them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QWidget,
)

from store import ProfileManager
from tests.desktop.helpers import seed_profile, unlock_via_ui, wait_for_page

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSlider, QAbstractItemView)


def _inside_a_compound_widget(widget: QWidget) -> bool:
    """Parts Qt builds inside a combo box, spin box, scroll area or item view belong to that widget."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractItemView, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QScrollBar)


def unlabelled(page: QWidget) -> list[str]:
    missing = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _inside_a_compound_widget(widget):
            continue
        if not widget.accessibleName() or not widget.toolTip():
            missing.append(f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}")
    return missing


def test_every_screen_names_its_controls(qtbot, make_app, manager: ProfileManager) -> None:
    controller = make_app()
    window = controller.window
    wait_for_page(qtbot, controller, window.welcome_view)
    assert unlabelled(window.welcome_view) == []

    seed_profile(manager, "Sam")
    controller.show_profiles()
    wait_for_page(qtbot, controller, window.unlock_view)
    assert unlabelled(window.unlock_view) == []

    unlock_via_ui(qtbot, controller)
    assert unlabelled(window.workspace_view) == []


def test_lock_is_reachable_from_the_keyboard(qtbot, make_app, manager: ProfileManager) -> None:
    seed_profile(manager, "Sam")
    controller = make_app()
    unlock_via_ui(qtbot, controller)
    assert controller.window.lock_action.shortcut().toString() == "Ctrl+L"
    with qtbot.waitSignal(controller.sig_locked):
        controller.window.lock_action.trigger()
    wait_for_page(qtbot, controller, controller.window.unlock_view)
    assert controller.window.unlock_view.passphrase_edit.hasFocus() or not controller.window.isActiveWindow()
