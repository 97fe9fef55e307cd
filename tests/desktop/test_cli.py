"""The `commons` command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def _commons(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "commons_desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_module_help_exits_zero() -> None:
    done = _commons("--help")
    assert done.returncode == 0, done.stderr
    assert "--data-dir" in done.stdout


def test_console_script_help_exits_zero() -> None:
    script = Path(sys.executable).parent / "commons"
    if not script.exists():
        pytest.skip("the commons console script is not installed in this environment")
    done = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "usage: commons" in done.stdout


def test_unknown_option_exits_with_usage_error() -> None:
    done = _commons("--no-such-option")
    assert done.returncode == 2
    assert "unrecognized arguments" in done.stderr


def test_data_dir_option_is_parsed() -> None:
    from commons_desktop.cli import parser

    assert parser().parse_args(["--data-dir", "~/profiles"]).data_dir == Path("~/profiles")
    assert parser().parse_args([]).data_dir is None
