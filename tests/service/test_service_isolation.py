"""The sync service child starts isolated: nothing in the folder the app was started from is imported in place of
the app's own modules (the child receives the profile's database key in its first frame)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from commons_desktop.service import protocol
from commons_desktop.service.process import SyncServiceProcess
from store import ProfileManager
from tests.support import FAST_KDF, PASSPHRASE


@pytest.mark.parametrize("planted", ["store", "ssl", "sync", "commons_desktop"])
def test_a_module_planted_in_the_working_folder_is_never_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, planted: str
) -> None:
    manager = ProfileManager(tmp_path / "data", kdf=FAST_KDF)
    session = manager.create("Ana", PASSPHRASE)
    trap = tmp_path / "downloads"
    trap.mkdir()
    witness = tmp_path / f"imported-{planted}"
    (trap / f"{planted}.py").write_text(
        f"open({str(witness)!r}, 'w').write('planted')\nraise SystemExit(3)\n"
    )
    monkeypatch.chdir(trap)
    monkeypatch.setenv("PYTHONPATH", os.fspath(trap))  # an isolated child ignores this too
    service = SyncServiceProcess(manager.data_dir, session.profile_id, session.database_key())
    try:
        service.start()
        space = service.request(protocol.CreateCommunity("Canal Street"))
        assert service.request(protocol.Status()).spaces == (space,)
    finally:
        service.stop()
    assert not witness.exists()
