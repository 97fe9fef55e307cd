"""Unlocking starts the profile's sync service; locking and quitting stop it; a guest gets none."""

from __future__ import annotations

import os

from commons_desktop.service import protocol
from store import ProfileManager
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui, unlock_via_ui


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0): look at its state (the process may be reaped meanwhile).
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


def test_unlock_starts_the_service_and_lock_stops_it(qtbot, make_app, manager: ProfileManager) -> None:
    controller = make_app(sync_service=True)
    create_profile_via_ui(qtbot, controller)
    qtbot.waitUntil(lambda: controller.sync.process is not None, timeout=WAIT_MS)
    process = controller.sync.process
    assert process is not None
    pid = process.pid
    assert alive(pid)
    assert process.request(protocol.Status()).spaces == ()

    controller.lock()
    qtbot.waitUntil(lambda: not alive(pid), timeout=WAIT_MS)
    assert controller.sync.process is None

    unlock_via_ui(qtbot, controller)
    qtbot.waitUntil(lambda: controller.sync.process is not None, timeout=WAIT_MS)
    pid = controller.sync.process.pid  # type: ignore[union-attr]
    controller.shutdown()
    assert not alive(pid)


def test_a_guest_session_starts_no_service(qtbot, make_app) -> None:
    controller = make_app(sync_service=True)
    welcome = controller.window.welcome_view
    qtbot.waitUntil(lambda: controller.window.current_page() is welcome, timeout=WAIT_MS)
    controller._start_guest()
    qtbot.waitUntil(lambda: controller.unlocked, timeout=WAIT_MS)
    qtbot.wait(300)
    assert controller.sync.process is None


def test_screens_ask_the_service_without_blocking_and_nothing_arrives_after_lock(
    qtbot, make_app, manager: ProfileManager
) -> None:
    controller = make_app(sync_service=True)
    failures: list[str] = []
    controller.sync.status(None, failures.append)
    assert len(failures) == 1  # before unlock there is no service to ask
    assert "not running" in failures[0]
    create_profile_via_ui(qtbot, controller)
    qtbot.waitUntil(lambda: controller.sync.running, timeout=WAIT_MS)
    replies: list[object] = []
    controller.sync.status(replies.append)
    qtbot.waitUntil(lambda: bool(replies), timeout=WAIT_MS)
    assert replies[0].spaces == ()  # type: ignore[attr-defined]
    controller.sync.status(replies.append)
    controller.lock()  # the answer to a question asked before locking is dropped
    qtbot.wait(500)
    assert len(replies) == 1
