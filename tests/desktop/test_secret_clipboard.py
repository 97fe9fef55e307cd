"""A secret on the clipboard (a handoff code, an invite) leaves it again, but never takes the person's own text."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from commons_desktop.widgets.secret_clipboard import SECONDS, SecretClipboard


def test_a_copied_secret_leaves_after_its_time(qtbot) -> None:
    clipboard = QGuiApplication.clipboard()
    secret = SecretClipboard(seconds=0.2)
    secret.copy("COMMONS-INVITE:canary")
    assert clipboard.text() == "COMMONS-INVITE:canary"
    assert secret.holding
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    assert not secret.holding
    assert SECONDS == 120.0  # what the window promises ("in 2 minutes")


def test_clearing_leaves_what_the_person_copied_since(qtbot) -> None:
    clipboard = QGuiApplication.clipboard()
    secret = SecretClipboard(seconds=0.2)
    secret.copy("COMMONS-INVITE:canary")
    clipboard.setText("my own words")
    secret.clear()
    assert clipboard.text() == "my own words"
    qtbot.wait(400)  # nor later, when its time is up
    assert clipboard.text() == "my own words"
