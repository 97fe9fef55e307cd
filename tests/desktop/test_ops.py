"""The store runner: one worker thread, results on the Qt thread, errors readable, late results dropped."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QCoreApplication

from commons_desktop.ops import SessionInfo, StoreRunner, describe_error
from store import PlanSection, ProfileManager, ValidationError, WrongPassphraseError
from tests.desktop.helpers import WAIT_MS


@pytest.fixture
def runner(qtbot, manager: ProfileManager):
    r = StoreRunner(manager)
    yield r
    r.shutdown()


def test_every_call_runs_on_one_worker_thread_and_answers_on_the_qt_thread(
    qtbot, runner: StoreRunner
) -> None:
    seen: list[tuple[str, str]] = []
    opened: list[SessionInfo] = []
    runner.open_session(lambda m: m.create_guest(), opened.append)
    for _ in range(3):
        runner.with_session(
            lambda s: threading.current_thread().name,
            lambda worker: seen.append((worker, threading.current_thread().name)),
        )
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=WAIT_MS)
    assert opened
    assert opened[0].guest
    assert {worker for worker, _ in seen} == {"commons-store"}
    assert {caller for _, caller in seen} == {threading.main_thread().name}


def test_store_errors_reach_the_failure_callback(qtbot, runner: StoreRunner, manager: ProfileManager) -> None:
    errors: list[BaseException] = []
    runner.open_session(lambda m: m.create_guest(), lambda _info: None)
    runner.with_session(lambda s: s.plan.add(PlanSection.TOOLBOX, "   "), on_failure=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
    assert isinstance(errors[0], ValidationError)
    assert describe_error(errors[0]) == "Item: cannot be empty."


def test_unexpected_errors_are_shown_and_logged_without_their_message(
    qtbot, runner: StoreRunner, caplog
) -> None:
    def leaky(_manager: ProfileManager) -> None:
        raise RuntimeError("my private note about Ana")

    with (
        caplog.at_level(logging.ERROR, logger="commons_desktop.ops"),
        qtbot.waitSignal(runner.sig_failed, timeout=WAIT_MS) as failed,
    ):
        runner.run(leaky)
    assert "Something unexpected went wrong" in failed.args[0]
    assert "RuntimeError" in caplog.text
    assert "Ana" not in caplog.text
    assert "private" not in caplog.text


def test_results_arriving_after_lock_are_dropped(qtbot, runner: StoreRunner) -> None:
    release = threading.Event()
    delivered: list[object] = []
    closed: list[None] = []
    runner.open_session(lambda m: m.create_guest(), lambda _info: None)
    runner.with_session(lambda s: release.wait(5) and s.plan.items(), delivered.append)
    runner.close_session(wipe_guest=True, on_done=closed.append)
    release.set()
    qtbot.waitUntil(lambda: bool(closed), timeout=WAIT_MS)
    assert delivered == []
    assert not runner.busy


def test_wrong_passphrase_message_is_the_stores(qtbot) -> None:
    assert describe_error(WrongPassphraseError()) == str(WrongPassphraseError())


def test_nothing_runs_or_arrives_after_shutdown(qtbot, manager: ProfileManager) -> None:
    runner = StoreRunner(manager)
    arrived: list[object] = []
    runner.run(lambda m: m.list_profiles(), arrived.append)
    runner.shutdown()  # the listing ran, but its result is no longer wanted
    runner.run(lambda m: m.list_profiles(), arrived.append)
    QCoreApplication.processEvents()  # the listing's result was posted before shutdown() returned
    assert arrived == []
