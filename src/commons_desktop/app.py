"""The one wiring place: the Qt application, the profile manager, the store runner, the window and controller.

The screens come from commons_desktop.screens; what they tell each other goes through one AppEvents, and the
subscriptions that are not a screen's own (About, "I need support", shares following the plan) are made here.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from commons_desktop import __version__
from commons_desktop.events import AppEvents
from commons_desktop.features.support.support_view import SupportView
from commons_desktop.network_sync import NetworkSync
from commons_desktop.networks import Network
from commons_desktop.ops import StoreRunner
from commons_desktop.screen import ScreenContext
from commons_desktop.screens import SCREENS
from commons_desktop.service_client import ServiceClient
from commons_desktop.shell.controller import Controller
from commons_desktop.shell.main_window import MainWindow
from commons_desktop.shell.reminders import Clock
from commons_desktop.shell.tray import AppTray
from commons_desktop.theme import setup_style
from store import MachineSettings, ProfileManager
from sync.community.links import EventLink

# The compiled .qm files ship inside the package (their .ts sources are in resources/translations).
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
# E.g. "de" or "pt_BR": the language to show instead of the one chosen on this computer (or the system's).
LANGUAGE_VARIABLE = "COMMONS_LANGUAGE"
_TRANSLATOR_NAME = "commonsTranslator"
# A language chosen without a region gets these formats. Arabic: Modern Standard Arabic (ar_001), whose digits
# are 0–9, as in what people type into amounts and in the counts, moods and chart scales Commons writes
# itself; Qt's plain "ar" is Egypt's Arabic-Indic digits (١٢), which would mix two kinds of digits on a screen.
_REGIONLESS = {"ar": "ar_001"}
log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Commons' names, style and translations."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Commons")
    app.setApplicationDisplayName("Commons")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.commons.Commons")  # packaging/org.commons.Commons.desktop
    setup_style(app)
    install_translations(app)
    return app


def build(
    manager: ProfileManager,
    *,
    idle_timeout_ms: int | None = None,
    sync_service: bool = True,
    networks: Callable[[], list[Network]] | None = None,
    clock: Clock | None = None,
) -> Controller:
    """Wire runner, window and controller around *manager*. A QApplication must exist.

    *idle_timeout_ms* overrides the profile's AUTO_LOCK_MINUTES setting (tests use a few hundred ms);
    *sync_service* False keeps the sync service from starting on unlock (tests of other screens); *networks*
    lists the networks this computer is on (default: read from the system; tests in network namespaces give
    the namespace's own); *clock* gives the local time to the check-in reminder (tests set it).
    The window is not shown; the first screen appears once the store has listed the profiles.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("create_application() must run before build()")
    runner = StoreRunner(manager)
    events = AppEvents()
    sync = ServiceClient()
    network = NetworkSync(runner, sync, networks)
    window = MainWindow(ScreenContext(runner, events, sync, network), SCREENS)
    tray = AppTray()  # the app's one tray icon: reminders and anything else shown while the window is closed
    controller = Controller(
        app,
        runner,
        window,
        idle_timeout_ms,
        events=events,
        sync=sync,
        sync_service=sync_service,
        tray=tray,
        clock=clock,
    )
    tray.setParent(controller)
    for part in (runner, events, sync, network):
        part.setParent(controller)
    _wire(controller)
    controller.sig_language_changed.connect(
        lambda language: _reopen(controller, language, idle_timeout_ms, sync_service, networks)
    )
    # First job on the worker: finish interrupted wipes and wipe guest profiles a crash left behind.
    runner.run(lambda m: m.clean_up(), owner=controller)
    controller.show_profiles()
    return controller


def _wire(controller: Controller) -> None:
    """The app events' subscriptions that belong to no one screen."""
    events, window = controller.events, controller.window
    events.sig_about_requested.connect(window.about_action.trigger)
    events.sig_need_support_requested.connect(controller.ask_for_support)
    support = window.workspace_view.screen_named("support")
    if not isinstance(support, SupportView):
        raise TypeError("the registry's 'support' screen must be the SupportView")
    events.sig_plan_changed.connect(
        support.plan_changed
    )  # previews follow, and every circle gets its new share


def _reopen(
    old: Controller,
    language: str,
    idle_timeout_ms: int | None,
    sync_service: bool,
    networks: Callable[[], list[Network]] | None,
) -> None:
    """Lock and close the window, then build it again speaking *language* ("" = the system's), where it was.

    Every screen writes its texts once, when it is built; building them again is what makes a new language
    reach every corner (and the layout direction every layout).
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    geometry = old.window.geometry()
    old.shutdown()  # locks (a guest session is wiped) and stops the worker
    install_translations(app, language or None)
    new = build(
        old.runner.manager, idle_timeout_ms=idle_timeout_ms, sync_service=sync_service, networks=networks
    )
    new.window.setGeometry(geometry)
    new.window.show()
    app.aboutToQuit.connect(new.shutdown)
    old.window.hide()
    old.sig_reopened.emit(new)
    old.window.deleteLater()
    old.deleteLater()  # with its runner, service client and events; the new window has its own


def run(data_dir: Path | None = None, link: EventLink | None = None) -> int:
    """Open the app (showing the event of a commons:// *link* once a profile is unlocked); return its exit code."""
    app = create_application()
    manager = ProfileManager(data_dir)
    if not os.environ.get(LANGUAGE_VARIABLE):  # the variable (for trying a translation) comes first
        install_translations(app, MachineSettings(manager.data_dir).language or None)
    controller = build(manager)
    if link is not None:
        open_after_unlock(controller, link)
    app.aboutToQuit.connect(controller.shutdown)
    _quit_on_signals(app)
    controller.window.show()
    return int(app.exec())


def open_after_unlock(controller: Controller, link: EventLink) -> None:
    """Show the linked event after the next unlock (the profile holding its community is the person's choice)."""

    def unlocked() -> None:
        controller.sig_unlocked.disconnect(unlocked)
        controller.events.sig_event_requested.emit(link.space, link.event_id)

    controller.sig_unlocked.connect(unlocked)


def _quit_on_signals(app: QApplication) -> None:
    """Ctrl+C or a logout's SIGTERM quits cleanly: the profile is locked (a guest wiped) on the way out."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.quit())
    # Python runs signal handlers only between bytecodes; an idle timer gives it that chance in Qt's loop.
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(250)


def install_translations(app: QCoreApplication, language: str | None = None) -> None:
    """Qt's and Commons' translations for *language* (default: $COMMONS_LANGUAGE, else the system's).

    Commons' English sits underneath, so a language without a translation yet still reads "1 item" and
    "2 items" rather than "item(s)". Calling this again replaces what the last call installed.
    """
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        QCoreApplication.removeTranslator(old)
        old.setParent(None)  # Python owns it now and frees it
    chosen = language or os.environ.get(LANGUAGE_VARIABLE)
    locale = QLocale(_REGIONLESS.get(chosen, chosen)) if chosen else QLocale.system()
    # Dates and numbers follow the language (labels.py and every QLocale() ask the default), and a
    # right-to-left language mirrors every layout.
    QLocale.setDefault(locale)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(locale.textDirection())
    folder = str(TRANSLATIONS_DIR)
    # The translator installed last is asked first: Qt's own, then the person's language, then English.
    english = _translator(app)
    if english.load("commons_en", folder):
        QCoreApplication.installTranslator(english)
    else:
        log.warning("no commons_en.qm in %s: plurals read as in the source, e.g. item(s)", folder)
    ours = _translator(app)
    if ours.load(locale, "commons", "_", folder) and ours.filePath() != english.filePath():
        QCoreApplication.installTranslator(ours)
    qt = _translator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)


def _translator(app: QCoreApplication) -> QTranslator:
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)  # found by name when the translations are installed again
    return translator
