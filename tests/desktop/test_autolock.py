"""Auto-lock: idle time locks the profile, clears every screen, and a countdown warns first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent

from commons_desktop.shell.idle import IdleWatcher
from store import PlanSection, ProfileManager, Question
from tests.desktop.helpers import WAIT_MS, seed_profile, texts_on_screen, unlock_via_ui, wait_for_page
from tests.support import PASSPHRASE


def test_idle_timeout_locks_and_leaves_no_personal_text(qtbot, make_app, manager: ProfileManager) -> None:
    profile_id = seed_profile(manager, "Sam", plan_items=("Call Ana when it gets dark early",))
    with manager.unlock(profile_id, PASSPHRASE) as session:
        session.checkins.record(
            dt.date.today(), 6, "Quiet note about today", {Question.SLEEP: 2}, ("drizzle",)
        )
    # Long enough that the work every screen does right after unlock cannot cover the whole countdown (the
    # watcher checks the clock on a timer: a loop busy past the timeout locks at once, with nothing counted down).
    controller = make_app(idle_timeout_ms=2000)
    window = controller.window
    plan_view = window.workspace_view.screen_named("plan")
    countdowns: list[str] = []
    # Connected after the window's own slot, so this sees the status bar already updated.
    controller.idle.sig_countdown_changed.connect(lambda _s: countdowns.append(window.countdown_label.text()))

    with qtbot.waitSignals(
        [plan_view.sig_plan_loaded, window.workspace_view.screen_named("checkin").sig_history_loaded],
        timeout=WAIT_MS,
    ):
        unlock_via_ui(qtbot, controller)
    assert "Call Ana when it gets dark early" in texts_on_screen(window)
    assert "Quiet note about today" in texts_on_screen(window)

    with qtbot.waitSignal(controller.sig_locked, timeout=WAIT_MS):
        pass  # no input from here on
    wait_for_page(qtbot, controller, window.unlock_view)

    assert countdowns, "the last seconds are counted down on screen"
    assert countdowns[0].startswith("Locking in ")
    assert "move the mouse to stay" in countdowns[0]
    assert not controller.unlocked
    assert plan_view.panel.model.rowCount() == 0
    assert all(not plan_view.items(s) for s in PlanSection)
    on_screen = "\n".join(texts_on_screen(window))
    for secret in ("Call Ana", "Quiet note", "drizzle"):
        assert secret not in on_screen
    # The picker shows the profile's label by design; the workspace no longer does.
    assert "Sam" not in "\n".join(texts_on_screen(window.workspace_view))
    assert window.countdown_label.text() == ""
    assert not window.lock_action.isEnabled()


def test_countdown_is_cancelled_by_input(qtbot) -> None:
    app = QCoreApplication.instance()
    watcher = IdleWatcher(app)
    with qtbot.waitSignal(watcher.sig_countdown_changed, timeout=WAIT_MS):
        watcher.start(5_000)  # under 30 s, so the countdown shows from the first tick
    with qtbot.waitSignal(watcher.sig_countdown_cancelled, timeout=WAIT_MS):
        key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
        QCoreApplication.sendEvent(app, key)
    assert watcher.active
    watcher.stop()
    assert not watcher.active


def test_zero_minutes_means_never(qtbot) -> None:
    watcher = IdleWatcher(QCoreApplication.instance())
    watcher.start(0)
    assert not watcher.active
