"""In a bundle that runs without Python (PyInstaller sets sys.frozen), the window starts the sync service as the
bundle's own executable in its service mode, and that executable (packaging/launcher.py → commons_desktop.bundle)
serves the pipe as `python -I` does; given anything else it is the `commons` command."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from commons_desktop import bundle
from commons_desktop.service import protocol
from commons_desktop.service.process import SERVICE_MODE, SyncServiceProcess, service_command
from store import ProfileManager
from tests.support import PASSPHRASE

SOURCE = Path(bundle.__file__).resolve().parents[1]
LAUNCHER = SOURCE.parent / "packaging" / "launcher.py"


def bundle_executable(folder: Path) -> tuple[Path, Path]:
    """An executable standing in for the bundle's `commons`: it notes its arguments, then runs the very script
    PyInstaller freezes (packaging/launcher.py) with them. Returns it and the file with its arguments."""
    witness = folder / "arguments"
    run = (
        f"import runpy, sys; sys.path.insert(0, {str(SOURCE)!r}); sys.argv[0] = {str(LAUNCHER)!r}; "
        f"runpy.run_path({str(LAUNCHER)!r}, run_name='__main__')"
    )
    executable = folder / "commons"
    executable.write_text(
        f'#!/bin/sh\necho "$@" > {str(witness)!r}\nexec {sys.executable} -I -c "{run}" "$@"\n'
    )
    executable.chmod(0o755)
    return executable, witness


def test_a_frozen_window_starts_the_service_as_its_own_executable(
    tmp_path: Path, manager: ProfileManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    executable, witness = bundle_executable(tmp_path)
    session = manager.create("Ana", PASSPHRASE)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    assert service_command() == [str(executable), SERVICE_MODE]
    service = SyncServiceProcess(manager.data_dir, session.profile_id, session.database_key())
    try:
        service.start()
        space = service.request(protocol.CreateCommunity("Canal Street"))
        assert service.request(protocol.Status()).spaces == (space,)
    finally:
        assert service.stop() == 0
    assert witness.read_text().split() == [SERVICE_MODE]


def test_from_the_sources_the_service_is_this_python_isolated() -> None:
    command = service_command()
    assert command[:3] == [sys.executable, "-I", "-c"]
    assert SERVICE_MODE not in command


def test_any_other_arguments_make_the_bundle_the_commons_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        bundle.main(["--version"])
    assert ended.value.code == 0
    assert capsys.readouterr().out.startswith("commons ")
    with pytest.raises(SystemExit) as refused:
        bundle.main([SERVICE_MODE, "--extra"])  # the service mode is that one argument alone
    assert refused.value.code == 2
