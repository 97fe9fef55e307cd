"""The printable recovery kit: an A4 page with the profile's facts and a blank box, never the passphrase."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt

from commons_desktop.shell.dialogs.recovery_kit import DEFAULT_FILE_NAME, write_recovery_kit
from store import EXPORT_SUFFIX, ProfileManager
from tests.desktop.helpers import WAIT_MS, answer_save_dialogs, create_profile_via_ui, wait_for_page
from tests.desktop.test_crisis_pdf import poppler, run
from tests.support import PASSPHRASE


def check_kit(path: Path, tmp_path: Path) -> str:
    """pdfinfo says one A4 page titled as a recovery kit, pdftoppm renders it; returns its text."""
    info = run(poppler("pdfinfo"), path)
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Title"].strip() == "Commons recovery kit"
    assert int(fields["Pages"]) == 1
    assert re.fullmatch(r"595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)", fields["Page size"].strip())
    run(poppler("pdftoppm"), "-r", "50", "-png", path, tmp_path / "kit")
    [image] = tmp_path.glob("kit*.png")
    assert image.stat().st_size > 1000
    # -raw keeps reading order; the PDF's fonts use ligatures ("ﬁ", "ﬀ", …), which a person reads as separate
    # letters: NFKC turns each back into them (a random profile id with "ff" in it made this test fail now and
    # then when only "ﬁ" and "ﬂ" were replaced).
    return unicodedata.normalize("NFKC", run(poppler("pdftotext"), "-raw", path, "-"))


def without_spaces(text: str) -> str:
    """A long folder path wraps over lines on paper."""
    return "".join(text.split())


def test_write_recovery_kit_holds_what_a_person_keeps_on_paper(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "data" / "profiles" / "0123456789abcdef01234567"
    path = tmp_path / "kit.pdf"
    write_recovery_kit(
        path, label="Sam", created=dt.date(2026, 3, 14), data_dir=folder, printed_on=dt.date(2026, 12, 1)
    )
    text = check_kit(path, tmp_path)
    flat = " ".join(text.split())
    expected = [
        "Commons recovery kit",
        "Keep this page with the same care as a key.",
        "Sam",
        "Saturday, 14 March 2026",
        "Its data folder on this computer",
        "My passphrase (write it by hand)",
        "Nobody can reset your passphrase",
        "Back up or move this profile",
        "Restore from a backup file",
        "Import a profile",
        EXPORT_SUFFIX,
        "becomes a new device of yours",
        "Printed from Commons on Tuesday, 1 December 2026",
    ]
    positions = [flat.find(piece) for piece in expected]
    assert -1 not in positions, [p for p, at in zip(expected, positions, strict=True) if at < 0]
    assert positions == sorted(positions)
    assert str(folder) in without_spaces(text)


def test_unnamed_profiles_get_a_kit_too(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "kit.pdf"
    write_recovery_kit(path, label="", created=dt.date(2026, 1, 2), data_dir=tmp_path)
    assert "Unnamed profile" in check_kit(path, tmp_path)


def test_print_from_settings_never_prints_the_passphrase(
    qtbot, make_app, manager: ProfileManager, tmp_path: Path, monkeypatch
) -> None:
    controller = make_app()
    create_profile_via_ui(qtbot, controller, "Robin", PASSPHRASE)
    target = tmp_path / "out" / "robin-kit"  # no suffix: .pdf is added
    target.parent.mkdir()
    asked, told = answer_save_dialogs(monkeypatch, target)

    settings = controller.open_settings()
    assert settings is not None
    qtbot.waitUntil(settings.isVisible, timeout=WAIT_MS)
    assert settings.recovery_kit_button.isVisible()
    qtbot.mouseClick(settings.recovery_kit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)
    assert Path(asked[0]).name == DEFAULT_FILE_NAME
    [(kind, message)] = told
    assert kind == "info"
    assert "robin-kit.pdf" in message

    pdf = target.with_suffix(".pdf")
    info = controller.session_info
    assert info is not None
    text = " ".join(check_kit(pdf, tmp_path).split())
    assert "Robin" in text
    assert str(manager.profile_dir(info.profile_id)) in without_spaces(text)
    assert PASSPHRASE not in text
    raw = pdf.read_bytes()
    for form in (PASSPHRASE.encode(), PASSPHRASE.encode("utf-16-be"), PASSPHRASE.encode("utf-16-le")):
        assert form not in raw

    # A folder that cannot be written: the person is told, in words.
    target = tmp_path / "missing-folder" / "kit.pdf"
    asked, told = answer_save_dialogs(monkeypatch, target)
    qtbot.mouseClick(settings.recovery_kit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)
    assert told[0][0] == "warning"
    assert "Could not save the PDF" in told[0][1]


def test_guests_have_no_recovery_kit(qtbot, make_app) -> None:
    controller = make_app()
    wait_for_page(qtbot, controller, controller.window.welcome_view)
    qtbot.mouseClick(controller.window.welcome_view.guest_button, Qt.MouseButton.LeftButton)
    wait_for_page(qtbot, controller, controller.window.workspace_view)
    settings = controller.open_settings()
    assert settings is not None
    qtbot.waitUntil(settings.isVisible, timeout=WAIT_MS)
    assert not settings.recovery_kit_button.isVisible()
