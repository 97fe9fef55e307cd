"""Settings of this computer rather than of one profile (drop-in mode, language), in a small plain JSON file.

Nothing in it is personal, so it is not encrypted: a community worker sets it once for a shared laptop, and it
must be readable before any profile is unlocked. A missing or damaged file reads as the defaults.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ._header import write_atomic
from ._paths import private_dir

MACHINE_FILE = "machine.json"
_MAX_BYTES = 64 * 1024
# At most this many idle minutes before any profile locks on a drop-in laptop.
DROP_IN_MAX_AUTO_LOCK_MINUTES = 5
_LANGUAGE = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")  # "es", "ar", "pt_BR"


class MachineSettings:
    """The computer-wide settings kept in *data_dir*/machine.json. Reads and writes touch the file each time."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / MACHINE_FILE

    @property
    def drop_in(self) -> bool:
        """Drop-in mode: no profile is preselected, guests come first, auto-lock is at most 5 minutes."""
        return self._read().get("drop_in") is True

    @drop_in.setter
    def drop_in(self, value: bool) -> None:
        values = self._read()
        values["drop_in"] = bool(value)
        self._write(values)

    @property
    def language(self) -> str:
        """The language last chosen on this computer ("es", "pt_BR"), or "" for the system's language.

        A setting of the computer, not of a profile: the unlock screen must show it before anyone unlocks.
        """
        value = self._read().get("language")
        return value if isinstance(value, str) and _LANGUAGE.fullmatch(value) else ""

    @language.setter
    def language(self, value: str) -> None:
        if value and not _LANGUAGE.fullmatch(value):
            raise ValueError(f"not a language code: {value!r}")
        values = self._read()
        values["language"] = value
        self._write(values)

    @staticmethod
    def capped_auto_lock(chosen: int, *, drop_in: bool) -> int:
        """The idle minutes a profile locks after on this computer: its own choice (0 = never), at most
        DROP_IN_MAX_AUTO_LOCK_MINUTES in drop-in mode, where "never" is not allowed."""
        if not drop_in:
            return chosen
        return DROP_IN_MAX_AUTO_LOCK_MINUTES if chosen <= 0 else min(chosen, DROP_IN_MAX_AUTO_LOCK_MINUTES)

    def _read(self) -> dict[str, Any]:
        try:
            with self.path.open("rb") as fh:
                raw = fh.read(_MAX_BYTES + 1)
        except OSError:
            return {}
        if len(raw) > _MAX_BYTES:
            return {}
        try:
            values = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return {}
        return values if isinstance(values, dict) else {}

    def _write(self, values: dict[str, Any]) -> None:
        private_dir(self.data_dir)
        write_atomic(self.path, json.dumps(values, indent=2, sort_keys=True).encode("utf-8") + b"\n")
