"""Your data through the window: export everything personal (warned first, told where it went) and start a new
profile from the JSON file (a bad file is refused with its path, and nothing is stored)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from commons_desktop.shell.controller import Controller
from commons_desktop.shell.dialogs.personal_export import PersonalExportDialog, export_names
from commons_desktop.shell.dialogs.personal_import import PersonalImportDialog
from commons_desktop.shell.dialogs.settings_dialog import SettingsDialog
from store import PlanSection, ProfileManager, Question
from store.portable import personal_document
from tests.desktop.helpers import WAIT_MS, open_dialog, seed_profile, unlock_via_ui, wait_for_page
from tests.desktop.test_accessibility import unlabelled
from tests.support import PASSPHRASE

NEW_PASSPHRASE = "copper lantern meadow 77"


class _Opened(QObject):
    """Takes the file: URLs the app asks the desktop to open (Qt's own hook for a URL scheme)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def _seed(manager: ProfileManager) -> str:
    profile_id = seed_profile(manager, "Sam", plan_items=("Tea with Lee", "A walk by the river"))
    with manager.unlock(profile_id, PASSPHRASE) as session:
        session.plan.write_text(PlanSection.CRISIS_WELL, "Chatty, up early")
        session.checkins.record(dt.date.today(), 7, "good day", {Question.SLEEP: 3}, ["garden"])
        session.supporters.add("Lee", "07700 900123", "sister", frozenset({PlanSection.CRISIS_CONTACTS}))
    return profile_id


def _open_settings(qtbot, controller: Controller) -> SettingsDialog:
    dialog = controller.open_settings()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    return dialog


def _answer(qtbot, export: PersonalExportDialog, *, write: bool) -> None:
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: export.confirm_box is not None and export.confirm_box.isVisible(), timeout=WAIT_MS
    )
    box = export.confirm_box
    assert box is not None
    assert "not be encrypted" in box.text()
    if write:
        button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    else:
        button = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _profile_dirs(manager: ProfileManager) -> list[str]:
    return sorted(p.name for p in manager.root.iterdir())


def _comparable(document: dict) -> dict:
    return {k: v for k, v in document.items() if k not in ("exported_at", "profile")}


def test_export_all_my_data_then_start_a_new_profile_from_it(
    qtbot, make_app, manager: ProfileManager, tmp_path: Path, monkeypatch
) -> None:
    original_id = _seed(manager)
    controller = make_app()
    unlock_via_ui(qtbot, controller)
    settings = _open_settings(qtbot, controller)
    assert settings.your_data_group.isVisible()
    export = open_dialog(qtbot, settings.personal_export_button, settings, PersonalExportDialog)
    assert unlabelled(export) == []
    assert "not encrypted" in export.warning_label.text()  # said before anything is written

    out = tmp_path / "out"
    out.mkdir()
    export.folder_edit.setText(str(out))
    _answer(qtbot, export, write=False)  # a second thought: nothing is written
    qtbot.waitUntil(lambda: "Nothing was written" in export.status_label.text(), timeout=WAIT_MS)
    assert list(out.iterdir()) == []

    _answer(qtbot, export, write=True)
    qtbot.waitUntil(lambda: "Saved" in export.status_label.text(), timeout=WAIT_MS)
    json_name, zip_name = export_names("Sam")
    written = [out / json_name, out / zip_name]
    assert export.written == written
    assert sorted(p.name for p in out.iterdir()) == sorted([json_name, zip_name])
    for path in written:
        assert str(path) in export.status_label.text()  # where it went
        assert path.stat().st_mode & 0o777 == 0o600
    assert "not encrypted" in export.status_label.text()

    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        assert export.show_folder_button.isVisible()
        qtbot.mouseClick(export.show_folder_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in opened.urls] == [out]

    with manager.unlock(original_id, PASSPHRASE) as session:
        original = personal_document(session)
    qtbot.mouseClick(export.close_button, Qt.MouseButton.LeftButton)
    settings.reject()
    controller.lock()
    wait_for_page(qtbot, controller, controller.window.unlock_view)

    # A damaged copy first: refused with the path of what is wrong, and no profile is made.
    broken = json.loads(written[0].read_text(encoding="utf-8"))
    broken["checkins"][0]["mood"] = 11
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(broken), encoding="utf-8")
    before = _profile_dirs(manager)
    dialog = open_dialog(
        qtbot, controller.window.unlock_view.personal_import_button, controller.window, PersonalImportDialog
    )
    assert unlabelled(dialog) == []
    chosen = [bad]
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a: (str(chosen[0]), "Commons personal data (*.json)")),
    )
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=WAIT_MS)
    assert "checkins[0].mood: expected a whole number from 1 to 10" in dialog.error_label.text()
    assert "Nothing was stored" in dialog.error_label.text()
    dialog.passphrase_edit.setText(NEW_PASSPHRASE)
    dialog.repeat_edit.setText(NEW_PASSPHRASE)
    assert not dialog.create_button.isEnabled()  # nothing can be made from a file that failed its check
    assert _profile_dirs(manager) == before

    # The good file: checked when chosen, what it holds is shown, and its name offered.
    chosen[0] = written[0]
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.summary_label.isVisible, timeout=WAIT_MS)
    assert not dialog.error_label.isVisible()
    assert "3 plan item" in dialog.summary_label.text()
    assert "1 check-in" in dialog.summary_label.text()
    assert dialog.name_edit.text() == "Sam"
    dialog.name_edit.setText("Sam (from export)")
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    wait_for_page(qtbot, controller, controller.window.workspace_view)
    info = controller.session_info
    assert info is not None
    assert info.label == "Sam (from export)"
    assert info.profile_id != original_id
    assert "everything from the export" in controller.window.statusBar().currentMessage()

    controller.shutdown()
    with manager.unlock(info.profile_id, NEW_PASSPHRASE) as imported:
        again = personal_document(imported)
    assert _comparable(again) == _comparable(original)


def test_start_from_an_export_on_the_welcome_page(qtbot, make_app, manager: ProfileManager, tmp_path) -> None:
    source = tmp_path / "mine.json"
    day = dt.date.today().isoformat()
    source.write_text(
        json.dumps(
            {"format": "commons-personal", "version": 1, "checkins": [{"id": "a", "day": day, "mood": 4}]}
        )
    )
    controller = make_app()
    welcome = controller.window.welcome_view
    wait_for_page(qtbot, controller, welcome)
    assert unlabelled(welcome) == []
    dialog = open_dialog(qtbot, welcome.personal_import_button, controller.window, PersonalImportDialog)
    qtbot.keyClicks(dialog.path_edit, str(source))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # typing the path checks it as well
    qtbot.waitUntil(dialog.summary_label.isVisible, timeout=WAIT_MS)
    assert "1 check-in" in dialog.summary_label.text()
    qtbot.keyClicks(dialog.passphrase_edit, "sam123")
    qtbot.keyClicks(dialog.repeat_edit, "sam123")
    assert not dialog.create_button.isEnabled()  # a weak passphrase is refused before anything runs
    dialog.passphrase_edit.setText(NEW_PASSPHRASE)
    dialog.repeat_edit.setText(NEW_PASSPHRASE)
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    wait_for_page(qtbot, controller, controller.window.workspace_view)
    assert len(manager.list_profiles()) == 1


def test_guests_are_not_offered_an_export(qtbot, make_app) -> None:
    controller = make_app()
    wait_for_page(qtbot, controller, controller.window.welcome_view)
    qtbot.mouseClick(controller.window.welcome_view.guest_button, Qt.MouseButton.LeftButton)
    wait_for_page(qtbot, controller, controller.window.workspace_view)
    settings = _open_settings(qtbot, controller)
    assert not settings.your_data_group.isVisible()
    assert controller.open_personal_export() is None
    assert controller.open_personal_import() is None  # a session is open: start from the picker


def test_export_names_are_safe_everywhere() -> None:
    day = dt.date(2026, 12, 1)
    assert export_names("Sam", day) == (
        "commons-data-Sam-2026-12-01.json",
        "commons-data-Sam-2026-12-01.csv.zip",
    )
    assert export_names("a/b:c*?", day)[0] == "commons-data-abc-2026-12-01.json"
    assert export_names("..", day)[0] == "commons-data-2026-12-01.json"


def test_the_commons_export_command(manager: ProfileManager, tmp_path: Path, monkeypatch, capsys) -> None:
    import getpass

    from commons_desktop.cli import main

    _seed(manager)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: PASSPHRASE)
    out, tables = tmp_path / "me.json", tmp_path / "me.zip"
    data_dir = str(manager.data_dir)
    assert (
        main(
            ["--data-dir", data_dir, "export", "--profile", "Sam", "--out", str(out), "--tables", str(tables)]
        )
        == 0
    )
    assert f"wrote {out} (not encrypted)" in capsys.readouterr().err
    document = json.loads(out.read_text(encoding="utf-8"))
    assert [c["note"] for c in document["checkins"]] == ["good day"]
    for path in (out, tables):
        assert path.stat().st_mode & 0o777 == 0o600
    assert main(["--data-dir", data_dir, "export", "--profile", "Nobody", "--out", str(out)]) == 2
    monkeypatch.setattr(getpass, "getpass", lambda prompt: "not the passphrase")
    assert (
        main(["--data-dir", data_dir, "export", "--profile", "Sam", "--out", str(tmp_path / "no.json")]) == 1
    )
    assert not (tmp_path / "no.json").exists()
