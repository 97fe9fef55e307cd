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
