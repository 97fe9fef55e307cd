"""The one wiring place: the Qt application, the profile manager, the store runner, the window and controller."""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from commons_desktop import __version__
from commons_desktop.controller import Controller
from commons_desktop.ops import StoreRunner
from commons_desktop.theme import setup_style
from commons_desktop.views.main_window import MainWindow
from store import ProfileManager

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Commons' names, style and (if present) translations for the system locale."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Commons")
    app.setApplicationDisplayName("Commons")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("commons")
    setup_style(app)
    _install_translations(app)
    return app


def build(
    manager: ProfileManager, *, idle_timeout_ms: int | None = None, sync_service: bool = True
) -> Controller:
    """Wire runner, window and controller around *manager*. A QApplication must exist.

    *idle_timeout_ms* overrides the profile's AUTO_LOCK_MINUTES setting (tests use a few hundred ms);
    *sync_service* False keeps the sync service from starting on unlock (tests of other screens).
    The window is not shown; the first screen appears once the store has listed the profiles.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("create_application() must run before build()")
    runner = StoreRunner(manager)
    window = MainWindow(runner)
    controller = Controller(app, runner, window, idle_timeout_ms, sync_service=sync_service)
    runner.setParent(controller)
    # First job on the worker: finish interrupted wipes and wipe guest profiles a crash left behind.
    runner.run(lambda m: m.clean_up(), owner=controller)
    controller.show_profiles()
    return controller


def run(data_dir: Path | None = None) -> int:
    """Open the app and return its exit code."""
    app = create_application()
    controller = build(ProfileManager(data_dir))
    app.aboutToQuit.connect(controller.shutdown)
    _quit_on_signals(app)
    controller.window.show()
    return int(app.exec())


def _quit_on_signals(app: QApplication) -> None:
    """Ctrl+C or a logout's SIGTERM quits cleanly: the profile is locked (a guest wiped) on the way out."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.quit())
    # Python runs signal handlers only between bytecodes; an idle timer gives it that chance in Qt's loop.
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(250)


def _install_translations(app: QApplication) -> None:
    locale = QLocale.system()
    qt_translator = QTranslator(app)
    if qt_translator.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        QCoreApplication.installTranslator(qt_translator)
    ours = QTranslator(app)
    if TRANSLATIONS_DIR.is_dir() and ours.load(locale, "commons", "_", str(TRANSLATIONS_DIR)):
        QCoreApplication.installTranslator(ours)
