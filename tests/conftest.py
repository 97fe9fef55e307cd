"""Fixtures shared by every test folder."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may ever touch the real platform data directory."""
    monkeypatch.setenv("COMMONS_DATA_DIR", str(tmp_path_factory.mktemp("commons-data")))
