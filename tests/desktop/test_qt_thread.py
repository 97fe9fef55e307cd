"""No screen opens the encrypted database on the Qt thread. Connections are bound to the thread that opened them
(sqlcipher3's check_same_thread), so every SQLite call of a screen runs where its connection was opened: this
test records where each one is opened while a person goes through every screen."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

import pytest
import sqlcipher3
from PySide6.QtCore import Qt

from store import PlanSection
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui, unlock_via_ui, wait_for_page
from tests.desktop.test_new_resident import add_plan_item, check_in
from tests.desktop.test_support import add_supporter


@pytest.fixture
def opened_on(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of the thread each database connection of this process was opened on."""
    threads: list[str] = []
    connect: Callable[..., Any] = sqlcipher3.connect

    def recording(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        return connect(*args, **kwargs)

    monkeypatch.setattr(sqlcipher3, "connect", recording)
    return threads


def test_every_screen_reads_the_store_off_the_qt_thread(qtbot, make_app, opened_on: list[str]) -> None:
    controller = make_app()
    create_profile_via_ui(qtbot, controller, "Robin")
    workspace = controller.window.workspace_view
    workspace.open_screen("plan")
    add_plan_item(qtbot, controller, PlanSection.TOOLBOX, "Walk by the canal")
    workspace.screen_named("plan").show_goals()
    workspace.open_screen("checkin")
    check_in(qtbot, controller, dt.date.today(), 6)
    workspace.open_screen("contributions")
    workspace.open_screen("support")
    add_supporter(qtbot, workspace.screen_named("support"), "Ana")
    workspace.open_screen("home")
    settings = controller.open_settings()
    assert settings is not None
    qtbot.waitUntil(settings.isVisible, timeout=WAIT_MS)
    settings.reject()
    controller.lock()
    wait_for_page(qtbot, controller, controller.window.unlock_view)
    unlock_via_ui(qtbot, controller)
    qtbot.mouseClick(workspace.sidebar, Qt.MouseButton.LeftButton)

    assert len(opened_on) >= 2, "the profile was created and unlocked: at least two connections"
    assert set(opened_on) == {"commons-store"}, opened_on
    assert threading.main_thread().name not in opened_on
