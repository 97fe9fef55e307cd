"""Fixtures of the sync service tests: a data folder with a cheap KDF, and the service processes a test
started, each stopped after it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from commons_desktop.service.process import SyncServiceProcess
from store import ProfileManager
from tests.support import FAST_KDF


@pytest.fixture
def manager(tmp_path: Path) -> ProfileManager:
    return ProfileManager(tmp_path / "data", kdf=FAST_KDF)


@pytest.fixture
def services() -> Iterator[list[SyncServiceProcess]]:
    started: list[SyncServiceProcess] = []
    yield started
    for service in started:
        service.stop()
