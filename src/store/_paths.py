"""Where profiles live: the platform data directory, or COMMONS_DATA_DIR for tests and drop-in machines."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "COMMONS_DATA_DIR"
PROFILES_FOLDER = "profiles"


def default_data_dir() -> Path:
    """The directory that holds every profile on this device."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("Commons", appauthor=False))


PRIVATE_DIR = 0o700  # every folder Commons makes for its data: this account only, whatever the umask
PRIVATE_FILE = 0o600  # every file in them


def private_dir(path: Path) -> Path:
    """*path* as a folder only this account can enter: made if missing, tightened if it was wider (an older
    version, or a folder made by hand under a permissive umask)."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if path.stat().st_mode & 0o777 != PRIVATE_DIR:
        os.chmod(path, PRIVATE_DIR)
    return path


def private_file(path: Path) -> None:
    """Tighten *path* to this account only, if it exists and is wider."""
    try:
        if path.stat().st_mode & 0o777 != PRIVATE_FILE:
            os.chmod(path, PRIVATE_FILE)
    except FileNotFoundError:
        pass
