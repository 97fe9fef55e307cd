"""`commons self-check`: whether this installation works, tried the way a new resident uses it.

In a temporary data folder (deleted afterwards; the person's own profiles are never opened) the window makes a
profile on the welcome page, starts the sync service, opens the demo town from Home and saves a screenshot of
it; then it checks that the relay's nats-server, the translations and the compiled gate modules came along.
`make package-test` runs it inside the bundle on a machine without Python (packaging/smoke_test.sh).
"""

from __future__ import annotations

import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from commons_desktop.app import TRANSLATIONS_DIR, build, create_application
from commons_desktop.features.community.community_view import CommunityView
from commons_desktop.features.home.home_view import HomeView
from commons_desktop.shell.controller import Controller
from store import ProfileManager

__all__ = ["SelfCheckError", "self_check"]

WINDOW_SIZE = (1180, 760)
STEP_SECONDS = 60.0  # the first start of a bundle unpacks nothing, but a cold disk and Argon2id take a while


class SelfCheckError(RuntimeError):
    """A step of the self-check did not happen in time, or something the app needs is missing."""


def self_check(screenshot: Path, out: Callable[[str], None] = print) -> int:
    """Run the check, saving the demo town's screenshot to *screenshot*; 0 if everything worked, else 1."""
    app = create_application()
    with tempfile.TemporaryDirectory(prefix="commons-self-check-") as tmp:
        controller = build(ProfileManager(Path(tmp)), idle_timeout_ms=0)
        controller.window.resize(*WINDOW_SIZE)
        controller.window.show()
        try:
            _steps(app, controller, screenshot, out)
        except SelfCheckError as exc:
            out(f"FAILED: {exc}")
            return 1
        finally:
            controller.shutdown()
    out("self-check passed")
    return 0


def _steps(app: QApplication, controller: Controller, screenshot: Path, out: Callable[[str], None]) -> None:
    _create_profile(app, controller)
    out("ok: a profile was created on the welcome page")
    _wait(app, lambda: controller.sync.running, "the sync service to start")
    out("ok: the sync service started")
    people = _open_demo(app, controller)
    out(f"ok: the demo town is open, with {people} people")
    _save_screenshot(app, controller, screenshot)
    out(f"ok: screenshot saved to {screenshot}")
    for line in _bundled_parts():
        out(line)


def _create_profile(app: QApplication, controller: Controller) -> None:
    welcome = controller.window.welcome_view
    _wait(app, lambda: controller.window.current_page() is welcome, "the welcome page")
    passphrase = " ".join(secrets.token_hex(4) for _ in range(5))  # thrown away with the folder
    welcome.name_edit.setText("Self-check")
    welcome.passphrase_edit.setText(passphrase)
    welcome.repeat_edit.setText(passphrase)
    _wait(app, welcome.create_button.isEnabled, "the Create button to accept the passphrase")
    welcome.create_button.click()
    workspace = controller.window.workspace_view
    _wait(app, lambda: controller.window.current_page() is workspace, "the new profile to open")


def _open_demo(app: QApplication, controller: Controller) -> int:
    """Explore the demo town from Home; how many people its Community screen lists."""
    workspace = controller.window.workspace_view
    home, community = workspace.screen_named("home"), workspace.screen_named("community")
    if not isinstance(home, HomeView) or not isinstance(community, CommunityView):
        raise SelfCheckError("the Home or Community screen is missing")
    workspace.open_screen("home")
    button = home.demo_card.explore_button
    _wait(app, button.isEnabled, "Home's demo town button")
    button.click()
    _wait(app, lambda: workspace.pages.currentWidget() is community, "the Community screen")
    _wait(app, lambda: community.people.count() > 5, "the demo town's people")
    _settle(app, 1.0)  # let the lists and icons paint before the screenshot
    return community.people.count()


def _save_screenshot(app: QApplication, controller: Controller, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not controller.window.grab().save(str(path), "PNG"):
        raise SelfCheckError(f"could not write {path}")


def _bundled_parts() -> list[str]:
    """What the window does not show at once but the app needs: the relay's server, translations, compiled
    modules (a missing one fails the check; plain Python gate modules only slow it down)."""
    from sync.community import _chunks
    from sync.relay import RelayError, find_nats_server, nats_server_version

    try:
        binary = find_nats_server()
        version = ".".join(map(str, nats_server_version(binary)))
    except RelayError as exc:
        raise SelfCheckError(f"the relay cannot start: {exc}") from None
    languages = sorted(p.stem.removeprefix("commons_") for p in TRANSLATIONS_DIR.glob("commons_*.qm"))
    if not languages:
        raise SelfCheckError(f"no translations in {TRANSLATIONS_DIR}")
    compiled = "plain Python" if (_chunks.__file__ or "").endswith(".py") else "compiled"
    return [
        f"ok: the relay's nats-server {version} ({binary})",
        f"ok: translations: {', '.join(languages)}",
        f"ok: the gate's decoding modules run {compiled}",
        f"ok: running {'from a bundle' if getattr(sys, 'frozen', False) else 'on Python ' + sys.version.split()[0]}",
    ]


def _wait(app: QApplication, ready: Callable[[], bool], what: str, *, seconds: float = STEP_SECONDS) -> None:
    """Let the window work until *ready* says so; SelfCheckError naming *what* after *seconds*."""
    deadline = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > deadline:
            raise SelfCheckError(f"timed out waiting for {what}")
        _settle(app, 0.01)


def _settle(app: QApplication, seconds: float) -> None:
    """Let the window work for *seconds*."""
    deadline = time.monotonic() + seconds
    while True:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if time.monotonic() >= deadline:
            return
        time.sleep(0.01)
