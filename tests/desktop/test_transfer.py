"""Back up or move a profile through the UI: export to an encrypted file, import it, and the errors on the way."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from commons_desktop.shell.controller import Controller
from commons_desktop.shell.dialogs.export_dialog import ExportDialog, default_file_name
from commons_desktop.shell.dialogs.import_dialog import ImportDialog
from commons_desktop.shell.dialogs.settings_dialog import SettingsDialog
from store import EXPORT_SUFFIX, ProfileManager, export_profile
from tests.desktop.helpers import WAIT_MS, open_dialog, seed_profile, unlock_via_ui, wait_for_page
from tests.desktop.test_accessibility import unlabelled
from tests.support import FAST_KDF, PASSPHRASE, files_containing

CANARY = "CANARY-river-walk-7Q"
EXPORT_PASSPHRASE = "amber ferry whistle 1987"


def _open_settings(qtbot, controller: Controller) -> SettingsDialog:
    dialog = controller.open_settings()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    return dialog


def _export_dialog(qtbot, settings: SettingsDialog) -> ExportDialog:
    return open_dialog(qtbot, settings.export_button, settings, ExportDialog)


def _import_dialog(qtbot, controller: Controller, button) -> ImportDialog:
    return open_dialog(qtbot, button, controller.window, ImportDialog)


def _choose_file(monkeypatch, method: str, path: Path, asked: list[str] | None = None) -> None:
    def chooser(parent, caption, start, filters):
        if asked is not None:
            asked.append(start)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, method, staticmethod(chooser))


def _profile_dirs(manager: ProfileManager) -> list[str]:
    return sorted(p.name for p in manager.root.iterdir()) if manager.root.exists() else []


def test_export_then_import_through_the_ui(
    qtbot, make_app, manager: ProfileManager, tmp_path, monkeypatch
) -> None:
    original_id = seed_profile(manager, "Sam", plan_items=(CANARY, "Tea with Lee"))
    with manager.unlock(original_id, PASSPHRASE) as session:
        original_device = session.identity.get().device_id
    controller = make_app()
    unlock_via_ui(qtbot, controller)

    settings = _open_settings(qtbot, controller)
    assert settings.backup_group.isVisible()
    export = _export_dialog(qtbot, settings)
    assert unlabelled(export) == []

    # Choosing the file starts from "<label>-<date>.commons-profile".
    out = tmp_path / "out"
    out.mkdir()
    target = out / "sam-backup"  # no suffix: it is added
    asked: list[str] = []
    _choose_file(monkeypatch, "getSaveFileName", target, asked)
    qtbot.mouseClick(export.choose_button, Qt.MouseButton.LeftButton)
    assert Path(asked[0]).name == f"Sam-{dt.date.today().isoformat()}{EXPORT_SUFFIX}"
    assert export.path_edit.text() == str(target)

    # A weak passphrase is refused before anything runs, with the meter saying why.
    qtbot.keyClicks(export.passphrase_edit, "sam123")
    qtbot.keyClicks(export.repeat_edit, "sam123")
    assert not export.export_button.isEnabled()
    assert export.meter.score < 3
    export.passphrase_edit.clear()
    export.repeat_edit.clear()
    qtbot.keyClicks(export.passphrase_edit, EXPORT_PASSPHRASE)
    qtbot.keyClicks(export.repeat_edit, EXPORT_PASSPHRASE[:-1])
    assert not export.export_button.isEnabled()
    assert "do not match" in export.status_label.text()
    qtbot.keyClicks(export.repeat_edit, EXPORT_PASSPHRASE[-1])
    assert export.export_button.isEnabled()

    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    assert export.busy  # the buttons wait for the worker
    assert not export.close_button.isEnabled()
    assert not export.export_button.isEnabled()
    export.reject()  # Escape does not close it mid-export
    assert export.isVisible()
    qtbot.waitUntil(lambda: "Saved to" in export.status_label.text(), timeout=WAIT_MS)
    written = target.with_name(target.name + EXPORT_SUFFIX)
    assert str(written) in export.status_label.text()
    assert export.passphrase_edit.text() == ""
    assert export.close_button.isEnabled()
    assert sorted(p.name for p in out.iterdir()) == [written.name]  # no scratch file left
    # The canary is in the file only encrypted (utf-8 and utf-16 both searched).
    assert files_containing(out, [CANARY.encode(), b"Tea with Lee"]) == []

    qtbot.mouseClick(export.close_button, Qt.MouseButton.LeftButton)
    settings.reject()
    controller.lock()
    wait_for_page(qtbot, controller, controller.window.unlock_view)

    # Import from the picker: a wrong passphrase creates nothing and says so.
    dialog = _import_dialog(qtbot, controller, controller.window.unlock_view.import_button)
    assert unlabelled(dialog) == []
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "This device becomes a new device of yours; sync treats it as a new one." in texts
    _choose_file(monkeypatch, "getOpenFileName", written)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text() == str(written)
    before = _profile_dirs(manager)
    qtbot.keyClicks(dialog.passphrase_edit, "not the file passphrase")
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert dialog.busy
    assert not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=WAIT_MS)
    assert "passphrase does not open this export" in dialog.error_label.text()
    assert _profile_dirs(manager) == before
    assert controller.session_info is None

    dialog.passphrase_edit.setText(EXPORT_PASSPHRASE)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_page(qtbot, controller, controller.window.workspace_view)
    info = controller.session_info
    assert info is not None
    assert info.label == "Sam"
    assert info.profile_id != original_id
    assert "new device" in controller.window.statusBar().currentMessage()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed (and deleted) on success

    controller.shutdown()
    assert len(manager.list_profiles()) == 2
    with manager.unlock(info.profile_id, EXPORT_PASSPHRASE) as imported:
        assert [item.text for item in imported.plan.items()] == [CANARY, "Tea with Lee"]
        assert imported.identity.get().device_id != original_device


def test_import_from_the_welcome_screen_refuses_a_damaged_file(
    qtbot, make_app, manager: ProfileManager, tmp_path, monkeypatch
) -> None:
    elsewhere = ProfileManager(tmp_path / "elsewhere", FAST_KDF)
    exported = tmp_path / f"ana{EXPORT_SUFFIX}"
    with elsewhere.create("Ana", PASSPHRASE) as session:
        export_profile(session, exported, EXPORT_PASSPHRASE, FAST_KDF)
    damaged = tmp_path / f"damaged{EXPORT_SUFFIX}"
    data = bytearray(exported.read_bytes())
    middle = len(data) - 3000
    data[middle : middle + 64] = bytes(64)
    damaged.write_bytes(bytes(data))
    not_an_export = tmp_path / "notes.txt"
    not_an_export.write_text("hello")

    controller = make_app()
    welcome = controller.window.welcome_view
    wait_for_page(qtbot, controller, welcome)
    dialog = _import_dialog(qtbot, controller, welcome.import_button)

    for path, expected in ((damaged, "damaged"), (not_an_export, "not a Commons profile export")):
        dialog.path_edit.setText(str(path))
        dialog.passphrase_edit.setText(EXPORT_PASSPHRASE)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
        assert dialog.error_label.isVisible()
        assert expected in dialog.error_label.text()
        assert controller.window.current_page() is welcome
        assert _profile_dirs(manager) == []  # no profile, no half-made directory

    # The good file opens.
    dialog.path_edit.setText(str(exported))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_page(qtbot, controller, controller.window.workspace_view)
    assert controller.session_info is not None
    assert controller.session_info.label == "Ana"


def test_cancelling_the_choosers_changes_nothing(
    qtbot, make_app, manager: ProfileManager, monkeypatch
) -> None:
    seed_profile(manager, "Sam")
    controller = make_app()
    unlock_via_ui(qtbot, controller)
    export = _export_dialog(qtbot, _open_settings(qtbot, controller))
    default = export.path_edit.text()
    assert Path(default).name == default_file_name("Sam")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    qtbot.mouseClick(export.choose_button, Qt.MouseButton.LeftButton)
    assert export.path_edit.text() == default


def test_export_to_a_missing_folder_says_so(qtbot, make_app, manager: ProfileManager, tmp_path) -> None:
    seed_profile(manager, "Sam")
    controller = make_app()
    unlock_via_ui(qtbot, controller)
    export = _export_dialog(qtbot, _open_settings(qtbot, controller))
    export.path_edit.setText(str(tmp_path / "no such folder" / f"sam{EXPORT_SUFFIX}"))
    export.passphrase_edit.setText(EXPORT_PASSPHRASE)
    export.repeat_edit.setText(EXPORT_PASSPHRASE)
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Could not write" in export.status_label.text(), timeout=WAIT_MS)
    assert export.export_button.isEnabled()  # try again with another folder
    assert not (tmp_path / "no such folder").exists()


def test_locking_closes_the_export_dialog(qtbot, make_app, manager: ProfileManager) -> None:
    seed_profile(manager, "Sam")
    controller = make_app()
    unlock_via_ui(qtbot, controller)
    settings = _open_settings(qtbot, controller)
    export = _export_dialog(qtbot, settings)
    qtbot.keyClicks(export.passphrase_edit, EXPORT_PASSPHRASE)
    controller.lock()
    qtbot.waitUntil(lambda: not settings.isVisible(), timeout=WAIT_MS)
    wait_for_page(qtbot, controller, controller.window.unlock_view)


def test_guests_are_not_offered_a_backup(qtbot, make_app) -> None:
    controller = make_app()
    wait_for_page(qtbot, controller, controller.window.welcome_view)
    qtbot.mouseClick(controller.window.welcome_view.guest_button, Qt.MouseButton.LeftButton)
    wait_for_page(qtbot, controller, controller.window.workspace_view)
    settings = _open_settings(qtbot, controller)
    assert not settings.backup_group.isVisible()
    assert controller.open_export() is None
    assert controller.open_import() is None  # a session is open: import from the picker


def test_default_file_name_is_safe_everywhere() -> None:
    day = dt.date(2026, 12, 1)
    assert default_file_name("Sam", day) == "Sam-2026-12-01.commons-profile"
    assert default_file_name("", day) == "profile-2026-12-01.commons-profile"
    assert default_file_name("a/b:c*?", day) == "abc-2026-12-01.commons-profile"
    assert default_file_name("..", day) == "profile-2026-12-01.commons-profile"
