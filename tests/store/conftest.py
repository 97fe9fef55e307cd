from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store import ProfileManager, ProfileSession
from tests.support import FAST_KDF, PASSPHRASE


@pytest.fixture
def manager(tmp_path: Path) -> ProfileManager:
    return ProfileManager(tmp_path / "data", kdf=FAST_KDF)


@pytest.fixture
def session(manager: ProfileManager) -> Iterator[ProfileSession]:
    s = manager.create("Ana", PASSPHRASE)
    yield s
    s.lock()
