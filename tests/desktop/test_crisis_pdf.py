"""The printable crisis plan: an A4 PDF with every crisis section in plan order, checked with poppler."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from commons_desktop.features.plan import crisis_pdf
from commons_desktop.features.plan.crisis_pdf import (
    export_crisis_plan,
    print_crisis_plan_button,
    write_crisis_plan,
)
from commons_desktop.labels import section_short_title
from store import PlanItem, PlanSection, ProfileManager
from tests.desktop.helpers import WAIT_MS, answer_save_dialogs, seed_profile, unlock_via_ui
from tests.desktop.test_accessibility import unlabelled
from tests.support import PASSPHRASE

CRISIS_ITEMS = {
    PlanSection.CRISIS_WELL: [("Chatty, up early, walking the dog before work.", "")],
    PlanSection.CRISIS_SIGNS: [("Not sleeping for three nights", "")],
    PlanSection.CRISIS_CONTACTS: [
        ("Ana (sister)", "07700 900123, any time"),
        ("Drop-in centre, Mill Road", ""),
    ],
    PlanSection.CRISIS_DECIDERS: [("Ana", "Money and the children's school")],
    PlanSection.CRISIS_NOT_DECIDERS: [("My uncle", "Anything about treatment")],
    PlanSection.CRISIS_MEDICATIONS: [("Sertraline", "100 mg each morning")],
    PlanSection.CRISIS_MEDICATIONS_AVOID: [("Haloperidol", "Bad reaction in 2019")],
    PlanSection.CRISIS_CARE: [("At home with Ana", "She has a spare key")],
    PlanSection.CRISIS_CARE_AVOID: [("St Jude's ward 4", "Too loud to rest")],
    PlanSection.CRISIS_HELPS: [("Sitting with me quietly", ""), ("A cup of tea & a blanket", "")],
    PlanSection.CRISIS_AVOID: [("Raising your voice", "")],
    PlanSection.CRISIS_DAY_TO_DAY: [("Walk the dog", "Neighbour at number 12")],
    PlanSection.CRISIS_INACTIVE: [("Two weeks of sleeping well and cooking again.", "")],
}


def expected_text() -> list[str]:
    """The crisis plan as it should read: each section's short title, then its items, in plan order."""
    lines = []
    for section in PlanSection:
        if not section.is_crisis_plan:
            continue
        lines.append(section_short_title(section))
        for text, response in CRISIS_ITEMS[section]:
            lines.append(text)
            if response:
                lines.append(f"{section.response_label}: {response}")
    return lines


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not on PATH (Debian package poppler-utils)")
    return found


def run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


def seed_crisis_plan(manager: ProfileManager) -> dict[PlanSection, list[PlanItem]]:
    """Through the store, like seed_profile; a non-crisis item too, which must not be printed."""
    seed_profile(manager, "Sam", plan_items=("Toolbox only, not printed",))
    with manager.unlock(manager.list_profiles()[0].profile_id, PASSPHRASE) as session:
        for section, items in CRISIS_ITEMS.items():
            for text, response in items:
                if section.is_free_text:
                    session.plan.write_text(section, text)
                else:
                    session.plan.add(section, text, response)
        return {s: items for s, items in session.plan.by_section().items() if s.is_crisis_plan}


def check_pdf(path: Path, tmp_path: Path) -> str:
    """pdfinfo and pdftoppm accept it as one or more A4 pages; returns its text."""
    info = run(poppler("pdfinfo"), path)
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Title"].strip() == "Crisis plan"
    assert int(fields["Pages"]) >= 1
    assert re.fullmatch(r"595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)", fields["Page size"].strip())
    run(poppler("pdftoppm"), "-r", "50", "-png", "-f", "1", "-l", "1", path, tmp_path / "page")
    [image] = tmp_path.glob("page*.png")
    assert image.stat().st_size > 1000
    return run(poppler("pdftotext"), "-layout", path, "-")


def test_write_crisis_plan_makes_an_a4_pdf_in_section_order(qtbot, manager, tmp_path: Path) -> None:
    sections = seed_crisis_plan(manager)
    path = tmp_path / "crisis-plan.pdf"
    write_crisis_plan(path, sections, title="Crisis plan", printed_on=dt.date(2026, 12, 1))

    text = check_pdf(path, tmp_path)
    expected = ["Crisis plan", *expected_text(), "Printed from Commons on Tuesday, 1 December 2026"]
    assert set(CRISIS_ITEMS) == {s for s in PlanSection if s.is_crisis_plan}  # every section is printed
    at = 0
    for piece in expected:  # each piece after the one before it
        found = text.find(piece, at)
        assert found >= 0, f"{piece!r} missing or out of order"
        at = found + len(piece)
    assert "Toolbox only" not in text
    assert "Sam" not in text  # no profile label


def test_long_plans_run_onto_more_pages_with_a_footer_on_each(qtbot, tmp_path: Path) -> None:
    items = [PlanItem(f"id{i}", PlanSection.CRISIS_HELPS, i, f"Helpful thing number {i}") for i in range(80)]
    path = tmp_path / "long.pdf"
    write_crisis_plan(path, {PlanSection.CRISIS_HELPS: items}, title="Crisis plan")

    text = check_pdf(path, tmp_path)
    pages = text.split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 2
    assert all("Printed from Commons on" in page for page in pages)
    assert "Helpful thing number 79" in pages[-1]
    assert "Nothing written here yet." in text  # the empty sections still have their heading


def test_export_asks_for_a_file_and_reports(qtbot, make_app, manager, tmp_path: Path, monkeypatch) -> None:
    seed_crisis_plan(manager)
    controller = make_app()
    unlock_via_ui(qtbot, controller)
    target = tmp_path / "out" / "my-plan"  # no suffix: .pdf is added
    target.parent.mkdir()
    asked, told = answer_save_dialogs(monkeypatch, target)

    holder = QWidget(controller.window)
    button = print_crisis_plan_button(controller.runner, holder)
    assert unlabelled(holder) == []
    assert button.text() == "&Print crisis plan (PDF)…"
    button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)
    assert Path(asked[0]).name == crisis_pdf.DEFAULT_FILE_NAME
    [(kind, message)] = told
    assert kind == "info"
    assert "my-plan.pdf" in message
    assert "not encrypted" in message
    assert "Ana (sister)" in check_pdf(target.with_suffix(".pdf"), tmp_path)

    # A folder that cannot be written: the person is told, in words.
    target = tmp_path / "missing-folder" / "plan.pdf"
    asked, told = answer_save_dialogs(monkeypatch, target)
    export_crisis_plan(controller.window, controller.runner)
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)
    assert told[0][0] == "warning"
    assert "Could not save the PDF" in told[0][1]

    # Cancelling the dialog does nothing.
    told.clear()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    export_crisis_plan(controller.window, controller.runner)
    qtbot.wait(100)
    assert told == []


def test_export_when_locked_says_so(qtbot, make_app, manager, tmp_path: Path, monkeypatch) -> None:
    seed_profile(manager, "Sam")
    controller = make_app()  # never unlocked: no session
    told: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(tmp_path / "p.pdf"), ""))
    )
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, m: told.append(m)))
    parent = QWidget()
    qtbot.addWidget(parent)
    export_crisis_plan(parent, controller.runner)
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)
    assert not (tmp_path / "p.pdf").exists()
