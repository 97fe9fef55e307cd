"""Steps the desktop tests share: waiting for a screen, creating and unlocking through the UI."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from commons_desktop.shell.controller import Controller
from store import PlanSection, ProfileManager
from tests.support import PASSPHRASE

WAIT_MS = 10_000
D = TypeVar("D", bound=QWidget)


def wait_for_page(qtbot, controller: Controller, page: QWidget) -> None:
    qtbot.waitUntil(lambda: controller.window.current_page() is page, timeout=WAIT_MS)


def open_dialog(qtbot, button: QWidget, parent: QWidget, kind: type[D]) -> D:
    """Click *button* and return the dialog of type *kind* it opens (a child of *parent*), once it is shown."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parent.findChild(kind) is not None, timeout=WAIT_MS)
    dialog = parent.findChild(kind)
    assert isinstance(dialog, kind)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    return dialog


def create_profile_via_ui(
    qtbot, controller: Controller, name: str = "Sam", passphrase: str = PASSPHRASE
) -> None:
    welcome = controller.window.welcome_view
    wait_for_page(qtbot, controller, welcome)
    qtbot.keyClicks(welcome.name_edit, name)
    qtbot.keyClicks(welcome.passphrase_edit, passphrase)
    qtbot.keyClicks(welcome.repeat_edit, passphrase)
    assert welcome.create_button.isEnabled()
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    wait_for_page(qtbot, controller, controller.window.workspace_view)


def unlock_via_ui(qtbot, controller: Controller, passphrase: str = PASSPHRASE) -> None:
    unlock = controller.window.unlock_view
    wait_for_page(qtbot, controller, unlock)
    qtbot.keyClicks(unlock.passphrase_edit, passphrase)
    qtbot.keyClick(unlock.passphrase_edit, Qt.Key.Key_Return)
    wait_for_page(qtbot, controller, controller.window.workspace_view)


def seed_profile(manager: ProfileManager, name: str = "Sam", plan_items: tuple[str, ...] = ()) -> str:
    """A profile made directly through the store (on the test's thread, closed before the app opens it)."""
    with manager.create(name, PASSPHRASE) as session:
        for text in plan_items:
            session.plan.add(PlanSection.TOOLBOX, text)
        return session.profile_id


def texts_on_screen(root: QWidget) -> list[str]:
    """Every text a person could read in *root*: labels, fields, and the rows of item views."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QLineEdit)):
            found.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            found.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            # QAbstractListModel makes columnCount() private: a list has one column.
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            for row in range(model.rowCount(QModelIndex())):
                for column in range(columns):
                    value = model.index(row, column).data()
                    if value is not None:
                        found.append(str(value))
    return found


def answer_save_dialogs(monkeypatch, target: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """Make every save dialog choose *target*, and record message boxes instead of showing them: returns the
    lists (start paths the dialogs offered, (kind, message) of each box) that fill as the test goes on."""
    asked: list[str] = []
    told: list[tuple[str, str]] = []

    def save_name(parent, caption, start, filters):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda p, t, m: told.append(("info", m))))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, m: told.append(("warning", m))))
    return asked, told
