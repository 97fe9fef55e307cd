"""Choosing a language: on the unlock screen or in Settings; kept for this computer; the window opens again in it,
mirrored for Arabic, with dates and numbers in that language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from commons_desktop.app import build, create_application, install_translations
from commons_desktop.features.contributions.contributions_model import format_money
from commons_desktop.labels import long_date
from commons_desktop.shell.controller import Controller
from store import MachineSettings, ProfileManager
from tests.desktop.helpers import WAIT_MS, seed_profile, unlock_via_ui, wait_for_page


@pytest.fixture
def windows(qtbot, qapp: QApplication, manager: ProfileManager) -> Iterator[list[Controller]]:
    """The app as `make_app` builds it over one profile, and every controller it opens again in another
    language; the last is shut down after the test (the ones before it were closed and deleted when it
    opened), and the usual language comes back."""
    seed_profile(manager)
    create_application()
    made = [build(manager, sync_service=False)]
    made[0].window.show()
    yield made
    made[-1].shutdown()
    made[-1].window.close()
    install_translations(qapp)


def _choose(qtbot, controller: Controller, combo_owner, code: str, made: list[Controller]) -> Controller:
    """Pick *code* in *combo_owner*'s language box; the controller of the window that opens in it."""
    combo = combo_owner.language_combo
    with qtbot.waitSignal(controller.sig_reopened, timeout=WAIT_MS) as blocker:
        combo.setCurrentIndex(combo.findData(code))
        combo.activated.emit(combo.currentIndex())
    new = blocker.args[0]
    assert isinstance(new, Controller)
    made.append(new)
    return new


def test_spanish_chosen_before_unlock_is_kept_and_the_window_speaks_it(
    qtbot, manager: ProfileManager, windows: list[Controller]
) -> None:
    controller = windows[0]
    wait_for_page(qtbot, controller, controller.window.unlock_view)
    assert controller.window.unlock_view.unlock_button.text() == "&Unlock"

    spanish = _choose(qtbot, controller, controller.window.unlock_view, "es", windows)
    assert MachineSettings(manager.data_dir).language == "es"
    unlock = spanish.window.unlock_view
    wait_for_page(qtbot, spanish, unlock)
    assert unlock.unlock_button.text() == "&Desbloquear"
    assert unlock.language_combo.currentText() == "Español"
    assert spanish.window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert long_date(dt.date(2026, 3, 2)) == "lunes, 2 de marzo de 2026"
    assert format_money(123456, "EUR") == "1234,56 EUR"

    unlock_via_ui(qtbot, spanish)  # the same profiles, the same store: only the words changed
    assert spanish.unlocked


def test_arabic_mirrors_the_window_and_the_system_language_comes_back(
    qtbot, manager: ProfileManager, windows: list[Controller]
) -> None:
    controller = windows[0]
    wait_for_page(qtbot, controller, controller.window.unlock_view)
    arabic = _choose(qtbot, controller, controller.window.unlock_view, "ar", windows)
    wait_for_page(qtbot, arabic, arabic.window.unlock_view)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.window.unlock_view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Arabic month names, and the digits 0–9 that Commons also writes itself (counts, moods, chart scales).
    assert long_date(dt.date(2026, 3, 2)).endswith("2 مارس 2026")
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"

    system = _choose(qtbot, arabic, arabic.window.unlock_view, "", windows)
    wait_for_page(qtbot, system, system.window.unlock_view)
    assert MachineSettings(manager.data_dir).language == ""
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_language_saved_in_settings_locks_and_opens_again_in_it(
    qtbot, manager: ProfileManager, windows: list[Controller]
) -> None:
    controller = windows[0]
    unlock_via_ui(qtbot, controller)
    dialog = controller.open_settings()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    assert dialog.language_combo.language() == ""  # the system's, until someone chooses
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    with qtbot.waitSignal(controller.sig_reopened, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    spanish = blocker.args[0]
    windows.append(spanish)
    assert (controller.unlocked, spanish.unlocked) == (False, False)  # locked on the way: unlock again
    wait_for_page(qtbot, spanish, spanish.window.unlock_view)
    assert MachineSettings(manager.data_dir).language == "es"
    assert spanish.window.unlock_view.language_combo.language() == "es"


def test_saving_settings_without_a_new_language_keeps_the_window(
    qtbot, make_app, manager: ProfileManager
) -> None:
    seed_profile(manager)
    controller = make_app()
    unlock_via_ui(qtbot, controller)
    dialog = controller.open_settings()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    with qtbot.assertNotEmitted(controller.sig_language_changed, wait=300):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert controller.unlocked
