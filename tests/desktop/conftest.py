"""Fixtures for the desktop tests: a temp data dir, a cheap KDF, and the real app wired around them."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from commons_desktop.app import build, create_application, install_translations
from commons_desktop.networks import Network
from commons_desktop.shell.controller import Controller
from commons_desktop.shell.reminders import Clock
from store import ProfileManager
from tests.support import FAST_KDF

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MakeApp = Callable[..., Controller]


@pytest.fixture(autouse=True)
def usual_language() -> Iterator[None]:
    """A test that opens the window in another language (Spanish, Arabic, a pseudo-language) leaves the
    translators, the default locale and the layout direction as they were for the tests after it."""
    before = QLocale().name()
    yield
    app = QApplication.instance()
    if app is not None and QLocale().name() != before:
        install_translations(app)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def manager(data_dir: Path) -> ProfileManager:
    return ProfileManager(data_dir, FAST_KDF)


@pytest.fixture
def make_app(qtbot, manager: ProfileManager) -> Iterator[MakeApp]:
    """Build the app around the test's manager; it is shut down (session locked) after the test."""
    made: list[Controller] = []

    def make(
        idle_timeout_ms: int | None = None, *, sync_service: bool = False, clock: Clock | None = None
    ) -> Controller:
        create_application()
        controller = build(manager, idle_timeout_ms=idle_timeout_ms, sync_service=sync_service, clock=clock)
        qtbot.addWidget(controller.window)
        controller.window.show()
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()


MakeComputer = Callable[..., tuple[Controller, ProfileManager]]


@pytest.fixture
def make_computer(qtbot, tmp_path: Path) -> Iterator[MakeComputer]:
    """Another computer: the real app over a data folder of its own (tmp_path/<name>), shut down after the test."""
    made: list[Controller] = []

    def make(
        name: str, *, sync_service: bool = False, networks: Callable[[], list[Network]] | None = None
    ) -> tuple[Controller, ProfileManager]:
        create_application()
        manager = ProfileManager(tmp_path / name, FAST_KDF)
        controller = build(manager, sync_service=sync_service, networks=networks)
        qtbot.addWidget(controller.window)
        controller.window.show()
        made.append(controller)
        return controller, manager

    yield make
    for controller in made:
        controller.shutdown()
