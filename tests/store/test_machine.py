"""Computer-wide settings (drop-in mode): a small plain JSON file, written atomically, damage reads as defaults."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from store import MachineSettings
from store.machine import DROP_IN_MAX_AUTO_LOCK_MINUTES, MACHINE_FILE


def test_defaults_without_a_file_and_nothing_is_written(tmp_path: Path) -> None:
    settings = MachineSettings(tmp_path / "data")
    assert settings.drop_in is False
    assert not (tmp_path / "data").exists()  # reading creates nothing


def test_drop_in_is_kept_in_plain_json(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    MachineSettings(data_dir).drop_in = True
    assert MachineSettings(data_dir).drop_in is True  # a fresh reader sees it
    assert json.loads((data_dir / MACHINE_FILE).read_text("utf-8")) == {"drop_in": True}
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert sorted(p.name for p in data_dir.iterdir()) == [MACHINE_FILE]  # no temporary file left

    MachineSettings(data_dir).drop_in = False
    assert MachineSettings(data_dir).drop_in is False


def test_unknown_keys_are_kept(tmp_path: Path) -> None:
    (tmp_path / MACHINE_FILE).write_text('{"later": 3}', "utf-8")
    MachineSettings(tmp_path).drop_in = True
    assert json.loads((tmp_path / MACHINE_FILE).read_text("utf-8")) == {"drop_in": True, "later": 3}


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"\xff\xfe\x00",
        b"[true]",
        b'{"drop_in": "yes"}',
        b'{"drop_in": 1}',
        b'{"drop_in": true' + b" " * (70 * 1024) + b"}",
    ],
)
def test_a_damaged_file_reads_as_defaults_and_can_be_rewritten(tmp_path: Path, content: bytes) -> None:
    (tmp_path / MACHINE_FILE).write_bytes(content)
    settings = MachineSettings(tmp_path)
    assert settings.drop_in is False
    settings.drop_in = True
    assert MachineSettings(tmp_path).drop_in is True


def test_a_file_that_cannot_be_read_reads_as_defaults(tmp_path: Path) -> None:
    (tmp_path / MACHINE_FILE).mkdir()  # a directory where the file should be
    assert MachineSettings(tmp_path).drop_in is False


@pytest.mark.parametrize(
    ("chosen", "drop_in", "expected"),
    [
        (0, False, 0),
        (30, False, 30),
        (0, True, DROP_IN_MAX_AUTO_LOCK_MINUTES),  # "never" is not allowed on a shared laptop
        (30, True, DROP_IN_MAX_AUTO_LOCK_MINUTES),
        (2, True, 2),
    ],
)
def test_drop_in_caps_auto_lock(chosen: int, drop_in: bool, expected: int) -> None:
    assert MachineSettings.capped_auto_lock(chosen, drop_in=drop_in) == expected
    assert DROP_IN_MAX_AUTO_LOCK_MINUTES == 5


def test_the_language_is_kept_beside_drop_in_mode(tmp_path: Path) -> None:
    settings = MachineSettings(tmp_path)
    assert settings.language == ""  # the system's language
    settings.drop_in = True
    settings.language = "es"
    assert MachineSettings(tmp_path).language == "es"
    assert json.loads((tmp_path / MACHINE_FILE).read_text("utf-8")) == {"drop_in": True, "language": "es"}
    settings.language = ""
    assert MachineSettings(tmp_path).language == ""


@pytest.mark.parametrize("bad", ["../x", "Spanish", "es-ES", "e"])
def test_a_language_that_is_no_code_is_refused_and_reads_as_the_system_language(
    tmp_path: Path, bad: str
) -> None:
    with pytest.raises(ValueError, match="not a language code"):
        MachineSettings(tmp_path).language = bad
    (tmp_path / MACHINE_FILE).write_text(json.dumps({"language": bad}), "utf-8")
    assert MachineSettings(tmp_path).language == ""
