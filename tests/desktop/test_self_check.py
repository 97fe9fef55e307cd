"""`commons self-check`, what `make package-test` runs inside the bundle: in a temporary folder it makes a profile
on the welcome page, opens the demo town with the real sync service and saves a screenshot; it leaves nothing
behind and never opens the person's own data folder."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from commons_desktop import self_check
from commons_desktop.cli import main
from store import DATA_DIR_ENV


def test_the_self_check_opens_the_demo_town_and_saves_a_screenshot(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    own = tmp_path / "own-profiles"
    monkeypatch.setenv(DATA_DIR_ENV, str(own))
    shot = tmp_path / "shots" / "demo.png"

    assert main(["self-check", "--screenshot", str(shot)]) == 0

    said = capsys.readouterr().out
    assert "ok: the demo town is open, with 13 people" in said
    assert "ok: the relay's nats-server 2." in said
    assert "ok: translations: ar, en, es" in said
    assert said.rstrip().endswith("self-check passed")
    image = QImage(str(shot))
    assert (image.width(), image.height()) == self_check.WINDOW_SIZE
    assert list(scratch.iterdir()) == []  # the throw-away profile went with its folder
    assert not own.exists()  # the person's own data folder was never opened


def test_a_step_that_never_comes_fails_the_check_by_name(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with pytest.raises(self_check.SelfCheckError, match="timed out waiting for the moon"):
        self_check._wait(app, lambda: False, "the moon", seconds=0.1)
