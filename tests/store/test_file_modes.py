"""Every file Commons keeps is this account's only (0600) and every folder too (0700), whatever the umask the app
was started with, and one an older version left wider is tightened when the profile is next opened."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from store import MachineSettings, PlanSection, ProfileManager
from store.transfer import export_profile, import_profile
from tests.support import FAST_KDF, PASSPHRASE


@pytest.fixture(params=[0o022, 0o000], ids=["umask 022", "umask 000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    before = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(before)


def modes(root: Path) -> dict[str, int]:
    """Each folder and file under *root* (itself included), by its path relative to *root*."""
    out = {".": stat.S_IMODE(root.stat().st_mode)}
    for path in root.rglob("*"):
        out[str(path.relative_to(root))] = stat.S_IMODE(path.stat().st_mode)
    return out


def assert_private(root: Path) -> None:
    wide = {
        name: oct(mode)
        for name, mode in modes(root).items()
        if mode != (0o700 if (root / name).is_dir() else 0o600)
    }
    assert wide == {}


def test_a_new_profile_and_the_machine_settings_are_private(tmp_path: Path, umask: int) -> None:
    data = tmp_path / "commons"
    manager = ProfileManager(data, FAST_KDF)
    with manager.create("Robin", PASSPHRASE) as session:
        session.plan.add(PlanSection.TOOLBOX, "A walk")  # written: the WAL files exist now
        assert_private(data)
    MachineSettings(data).drop_in = True
    assert (data / "machine.json").exists()
    assert_private(data)


def test_an_imported_profile_is_private(tmp_path: Path, umask: int) -> None:
    manager = ProfileManager(tmp_path / "commons", FAST_KDF)
    with manager.create("Robin", PASSPHRASE) as session:
        export = tmp_path / "robin.commons-profile"
        export_profile(session, export, PASSPHRASE, FAST_KDF)
    other = ProfileManager(tmp_path / "other", FAST_KDF)
    with import_profile(other, export, PASSPHRASE):
        pass
    assert_private(other.data_dir)


def test_folders_and_files_an_older_version_left_wide_are_tightened_on_opening(tmp_path: Path) -> None:
    data = tmp_path / "commons"
    manager = ProfileManager(data, FAST_KDF)
    with manager.create("Robin", PASSPHRASE) as session:
        profile = session.profile_id
    for path in [data, *data.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    with manager.unlock(profile, PASSPHRASE):
        pass
    assert_private(data)
