"""The Reports screen on the demo town with a real sync service: its totals are the purse screen's and the
votes' (the same rules), a project's scope holds only that project, the preview and the files keep every
resident's name out by default (grepped in the PDF's text and the CSV bytes) and name them only when chosen,
an end before the start, an empty range and an unwritable place get a clear message and write nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from commons_desktop.features.home.home_view import HomeView
from commons_desktop.features.reports.report_choices import Disclosure
from commons_desktop.features.reports.reports_view import ReportsView
from commons_desktop.shell.controller import Controller
from sync.community import EntryKind
from tests.desktop.helpers import WAIT_MS, answer_save_dialogs, create_profile_via_ui
from tests.desktop.test_accessibility import unlabelled
from tests.desktop.test_crisis_pdf import poppler, run


def open_demo_reports(qtbot, controller: Controller) -> ReportsView:
    create_profile_via_ui(qtbot, controller, "Sam")
    workspace = controller.window.workspace_view
    home = workspace.screen_named("home")
    assert isinstance(home, HomeView)
    qtbot.waitUntil(home.demo_card.explore_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(home.demo_card.explore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(controller.sync.communities) == 1, timeout=WAIT_MS)
    workspace.open_screen("reports")
    screen = workspace.screen_named("reports")
    assert isinstance(screen, ReportsView)
    qtbot.waitUntil(lambda: screen.data is not None, timeout=WAIT_MS)
    return screen


def answer(qtbot, ask: Callable[..., None], space: str | None) -> Any:
    """What the service answers *ask* (a ServiceClient method) for the community *space*."""
    got: list[Any] = []
    ask(space, on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    return got[0]


def choose_folder(monkeypatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a: str(folder)))


def test_demo_town_report_matches_the_money_screens_and_keeps_names_out_unless_chosen(
    qtbot, make_app, monkeypatch, tmp_path: Path
) -> None:
    controller = make_app(sync_service=True)
    screen = open_demo_reports(qtbot, controller)
    assert unlabelled(screen) == []
    assert screen.data is not None
    report = screen.data.report
    flows = {(f.kind, f.currency): f.amount_minor for f in report.money}
    # What the purse and projects screens are told by the same service (the demo town's year holds it all):
    # six deposits (350 GBP) and the urn's 120 GBP withdrawal; each project's stakes, money in and repaid.
    space = screen.community_choice.space
    purse = answer(qtbot, controller.sync.purse_overview, space)
    books = answer(qtbot, controller.sync.project_accounts, space)
    assert flows[(EntryKind.PURSE_DEPOSIT, "GBP")] == purse.deposited["GBP"] == 35000
    assert flows[(EntryKind.PURSE_WITHDRAWAL, "GBP")] == purse.withdrawn["GBP"] == 12000
    assert {p.project_id: (p.stakes_sold, p.raised_minor, p.principal_repaid_minor + p.bonus_repaid_minor)
            for p in report.projects} == {b.project: (b.stakes_sold, b.money_in_minor, b.repaid_minor)
            for b in books}  # fmt: skip
    assert {p.project_id: p.confirmed for p in report.progress} == {
        b.project: b.target_confirmed for b in books
    }
    urn = next(d for d in report.decisions if d.title == "Tea urn and kettle for the hall")
    assert (urn.yes, urn.no, urn.abstain, urn.turnout, urn.voters, urn.paid_out) == (5, 1, 1, 7, 12, True)
    assert "Money in:" in screen.summary.text()

    # By default no resident is named: not in the preview, the PDF's text or the CSV files.
    residents = [name for name in report.names.values() if len(name) > 3]
    assert len(residents) >= 5
    pdf = tmp_path / "report.pdf"
    answer_save_dialogs(monkeypatch, pdf)
    choose_folder(monkeypatch, tmp_path)
    assert screen.export_pdf() == pdf
    assert screen.status.text().startswith(f"Saved the report to {pdf}. The file is not encrypted")
    made = screen.export_csv()
    assert made is not None
    text = run(poppler("pdftotext"), pdf, "-")
    csv_bytes = b"".join(p.read_bytes() for p in made.iterdir())
    preview = screen.preview.toPlainText()
    for name in residents:
        assert name not in text, name
        assert name.encode() not in csv_bytes, name
        assert name not in preview, name
    assert "Tea urn" in text  # a public line (the title may wrap in its cell)
    assert screen.status.text().startswith("Saved 9 CSV file")

    # Who paid what, itemised: asked for from the service only now, then the payers are named in both files
    # (the check above can fail).
    assert report.payments == ()
    screen.set_choice("payments", Disclosure.PUBLIC)
    qtbot.waitUntil(screen.ready_to_export, timeout=WAIT_MS)
    report = screen.data.report
    assert len(report.payments) == sum(f.entries for f in report.money)
    screen.export_pdf()
    screen.export_csv()
    named_payers = {report.names[p.member_id] for p in report.payments if p.member_id in report.names}
    text = run(poppler("pdftotext"), pdf, "-")
    payments = (made / "payments.csv").read_text("utf-8-sig")
    assert named_payers
    assert all(name in payments for name in named_payers)
    assert any(name in text for name in named_payers)

    # A section left out takes its list of names with it.
    screen.set_choice("money", Disclosure.LEFT_OUT)
    assert screen.choice_table.boxes["payments"].currentData() is Disclosure.LEFT_OUT
    assert not screen.choice_table.boxes["payments"].isEnabled()


def test_a_projects_scope_a_backwards_range_and_an_unwritable_place(
    qtbot, make_app, monkeypatch, tmp_path: Path
) -> None:
    controller = make_app(sync_service=True)
    screen = open_demo_reports(qtbot, controller)
    project_id = screen.scope.itemData(1)
    screen.scope.setCurrentIndex(1)
    qtbot.waitUntil(
        lambda: screen.data is not None and screen.data.report.project_id == project_id, timeout=WAIT_MS
    )
    report = screen.data.report
    assert [p.project_id for p in report.progress] == [project_id]
    assert report.decisions == ()
    assert report.circle_rounds == ()

    # An end before the start: said plainly, nothing asked, nothing to export.
    screen.end_edit.setDate(screen.start_edit.date().addDays(-1))
    qtbot.waitUntil(lambda: screen.data is None, timeout=WAIT_MS)
    assert screen.status.text() == "The range ends before it starts: choose an end on or after the start."
    assert not screen.pdf_button.isEnabled()
    assert not screen.csv_button.isEnabled()
    screen.end_edit.setDate(screen.start_edit.date().addYears(1).addDays(-1))
    qtbot.waitUntil(lambda: screen.data is not None, timeout=WAIT_MS)
    assert screen.status.text() == ""

    # An empty range: said plainly, nothing written.
    pdf = tmp_path / "empty.pdf"
    answer_save_dialogs(monkeypatch, pdf)
    screen.start_edit.setDate(QDate(2001, 1, 1))
    screen.end_edit.setDate(QDate(2001, 12, 31))
    qtbot.waitUntil(lambda: screen.data is not None and screen.data.report.end.year == 2001, timeout=WAIT_MS)
    assert screen.summary.text() == "Nothing happened in this range: choose another one to export a report."
    assert not screen.pdf_button.isEnabled()
    assert screen.export_pdf() is None
    assert screen.status.text() == "Nothing happened in this range, so there is nothing to export."
    assert not pdf.exists()
    screen.end_edit.setDate(QDate.currentDate())
    screen.start_edit.setDate(QDate.currentDate().addYears(-1).addDays(1))
    qtbot.waitUntil(lambda: screen.data is not None and not screen.data.report.empty, timeout=WAIT_MS)

    # An unwritable place: the reason, and nothing written.
    out = tmp_path / "out"
    out.mkdir()
    blocker = out / "not a folder"
    blocker.write_text("x")
    answer_save_dialogs(monkeypatch, blocker / "report.pdf")
    choose_folder(monkeypatch, blocker)
    assert screen.export_pdf() is None
    assert screen.status.text().startswith("Could not save the PDF to")
    assert screen.export_csv() is None
    assert screen.status.text().startswith("Could not save the CSV files in")
    assert [p.name for p in out.iterdir()] == ["not a folder"]
    assert blocker.read_text() == "x"
