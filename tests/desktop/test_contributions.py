"""The Contributions screen: add from the keyboard, edit, delete with undo, filters and totals, CSV and PDF."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from commons_desktop.features.contributions.contributions_filters import Period, period_bounds
from commons_desktop.features.contributions.contributions_pdf import write_statement
from commons_desktop.features.contributions.contributions_view import ContributionsView
from store import MINUTES, Contribution, ContributionKind, ProfileManager
from tests.desktop.helpers import WAIT_MS, seed_profile, texts_on_screen, unlock_via_ui
from tests.desktop.test_accessibility import unlabelled
from tests.support import PASSPHRASE

TODAY = dt.date.today()
LAST_MONTH = (TODAY.replace(day=1) - dt.timedelta(days=1)).replace(day=15)
LONG_AGO = dt.date(2020, 6, 1)

Seed = tuple[ContributionKind, int, str, dt.date, str, str]
SEEDS: tuple[Seed, ...] = (
    (ContributionKind.HOURS, 120, MINUTES, TODAY, "Canal clean-up", "Litter picking"),
    (ContributionKind.MONEY, 4550, "EUR", TODAY, "Food bank", ""),
    (ContributionKind.STAKE, 10000, "EUR", LAST_MONTH, "Solar co-op", "Second share"),
    (ContributionKind.TIME_CREDIT, 60, MINUTES, LONG_AGO, "Ana", "Fixed a bike"),
)


def open_contributions(
    qtbot,
    make_app,
    manager: ProfileManager,
    seeds: tuple[Seed, ...] = (),
    signed: tuple[Contribution, ...] = (),
):
    """Unlock a profile and open the Contributions screen from the sidebar (Ctrl+4); *signed* lines are kept as
    the sync service keeps them."""
    profile_id = seed_profile(manager, "Sam")
    with manager.unlock(profile_id, PASSPHRASE) as session:
        for seed in seeds:
            session.contributions.add(*seed)
        session.contributions.keep_signed(signed)
    controller = make_app()
    workspace = controller.window.workspace_view
    view = workspace.screen_named("contributions")
    with qtbot.waitSignal(view.sig_contributions_loaded, timeout=WAIT_MS):
        unlock_via_ui(qtbot, controller)
    qtbot.keyClick(workspace.sidebar, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert workspace.pages.currentWidget() is view
    return controller, view


def stored(controller, manager: ProfileManager) -> list[Contribution]:
    controller.shutdown()
    with manager.unlock(manager.list_profiles()[0].profile_id, PASSPHRASE) as session:
        return session.contributions.list()


def choose(qtbot, view: ContributionsView, combo, data: object) -> None:
    with qtbot.waitSignal(view.sig_contributions_loaded, timeout=WAIT_MS):
        combo.setCurrentIndex(combo.findData(data))


def column(view: ContributionsView, col: int) -> list[str]:
    return [view.model.index(row, col).data() for row in range(view.model.rowCount())]


def test_add_from_the_keyboard_edit_delete_and_undo(qtbot, make_app, manager: ProfileManager) -> None:
    controller, view = open_contributions(qtbot, make_app, manager)
    assert view.model.rowCount() == 0
    assert view.form.date_edit.date().toPython() == TODAY
    assert "Nothing recorded" in view.totals_label.text()
    assert unlabelled(view) == []

    assert view.form.kind_combo.currentData() is ContributionKind.HOURS
    view.form.amount_edit.setFocus()
    qtbot.keyClicks(view.form.amount_edit, "1:30")
    qtbot.keyClick(view.form.amount_edit, Qt.Key.Key_Tab)
    assert view.form.counterparty_edit.hasFocus()  # the currency field is hidden for time
    qtbot.keyClicks(view.form.counterparty_edit, "Canal clean-up")
    qtbot.keyClick(view.form.counterparty_edit, Qt.Key.Key_Tab)
    assert view.form.note_edit.hasFocus()
    qtbot.keyClicks(view.form.note_edit, "Litter picking")
    qtbot.keyClick(view.form.note_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT_MS)
    assert [view.model.index(0, c).data() for c in range(4)] == [
        view.model.index(0, 0).data(),
        "Time given",
        "1 h 30 min",
        "Canal clean-up",
    ]
    assert view.totals_label.text() == "1 h 30 min of time given"
    assert view.form.form_status.text() == "Added."
    assert view.form.amount_edit.text() == ""
    assert view.form.amount_edit.hasFocus()

    # Edit: Enter on the chosen row loads it into the form; Enter in the form saves it.
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.form.amount_edit.text() == "1:30"
    assert view.form.add_button.text() == "&Save changes"
    assert view.form.cancel_button.isVisibleTo(view)
    view.form.amount_edit.selectAll()
    qtbot.keyClicks(view.form.amount_edit, "2.25")  # decimal hours work too
    qtbot.keyClick(view.form.amount_edit, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: view.totals_label.text() == "2 h 15 min of time given", timeout=WAIT_MS)
    assert view.model.rowCount() == 1
    assert view.form.form_status.text() == "Saved."
    assert not view.form.cancel_button.isVisibleTo(view)
    [edited] = view.model.contributions

    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=WAIT_MS)
    assert view.undo_bar.isVisible()
    assert "2 h 15 min" in view.undo_bar.message_label.text()
    assert "Nothing recorded" in view.totals_label.text()

    qtbot.mouseClick(view.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT_MS)
    assert view.model.contributions == [edited]
    assert view.totals_label.text() == "2 h 15 min of time given"

    [kept] = stored(controller, manager)
    assert (kept.kind, kept.amount_minor, kept.unit, kept.day) == (
        ContributionKind.HOURS,
        135,
        MINUTES,
        TODAY,
    )
    assert (kept.counterparty, kept.note) == ("Canal clean-up", "Litter picking")


def test_money_needs_a_currency_and_keeps_cents(qtbot, make_app, manager: ProfileManager) -> None:
    controller, view = open_contributions(qtbot, make_app, manager)
    view.form.kind_combo.setCurrentIndex(view.form.kind_combo.findData(ContributionKind.CIRCLE_PAYMENT))
    assert view.form.currency_edit.isVisibleTo(view)
    view.form.currency_edit.setText("gbp")
    view.form.amount_edit.setFocus()
    qtbot.keyClicks(view.form.amount_edit, "12,5")
    qtbot.keyClick(view.form.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT_MS)
    assert view.model.index(0, 2).data() == "12.50 GBP"
    assert view.totals_label.text() == "12.50 GBP paid into lending circles"
    [kept] = stored(controller, manager)
    assert (kept.amount_minor, kept.unit) == (1250, "GBP")


@pytest.mark.parametrize(
    ("kind", "amount", "currency", "expected"),
    [
        (ContributionKind.HOURS, "an hour", "", "Amount: write hours and minutes"),
        (ContributionKind.HOURS, "0:00", "", "Amount: must be between 1 and"),
        (ContributionKind.MONEY, "12.345", "EUR", "Amount: write a number with up to two decimals"),
        (ContributionKind.MONEY, "5", "eu", "Currency: use a three-letter currency code"),
    ],
)
def test_a_validation_error_is_shown_by_the_form_and_nothing_is_stored(
    qtbot, make_app, manager: ProfileManager, kind, amount, currency, expected
) -> None:
    controller, view = open_contributions(qtbot, make_app, manager)
    view.form.kind_combo.setCurrentIndex(view.form.kind_combo.findData(kind))
    view.form.currency_edit.setText(currency)
    view.form.amount_edit.setFocus()
    qtbot.keyClicks(view.form.amount_edit, amount)
    qtbot.keyClick(view.form.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(view.form.form_status.text()), timeout=WAIT_MS)
    assert view.form.form_status.text().startswith(expected)
    assert view.form.form_status.objectName() == "error"
    assert view.form.form_status.isVisibleTo(view)
    assert view.form.amount_edit.text() == amount  # kept, so it can be corrected
    assert view.model.rowCount() == 0
    assert stored(controller, manager) == []


def test_filters_change_the_list_and_the_totals(qtbot, make_app, manager: ProfileManager) -> None:
    _, view = open_contributions(qtbot, make_app, manager, SEEDS)
    assert view.filters.period_combo.currentData() is Period.THIS_MONTH
    assert not view.filters.from_edit.isVisibleTo(view)
    assert sorted(column(view, 3)) == ["Canal clean-up", "Food bank"]
    assert view.totals_label.text() == "2 h of time given\n45.50 EUR given"
    assert view.totals_title.text().startswith("Totals for ")

    choose(qtbot, view, view.filters.kind_combo, ContributionKind.MONEY)
    assert column(view, 3) == ["Food bank"]
    assert view.totals_label.text() == "45.50 EUR given"

    choose(qtbot, view, view.filters.kind_combo, None)
    choose(qtbot, view, view.filters.period_combo, Period.LAST_MONTH)
    assert column(view, 3) == ["Solar co-op"]
    assert view.totals_label.text() == "100.00 EUR in stakes"

    choose(qtbot, view, view.filters.period_combo, Period.THIS_YEAR)
    expected = {"Canal clean-up", "Food bank"} | ({"Solar co-op"} if LAST_MONTH.year == TODAY.year else set())
    assert set(column(view, 3)) == expected

    choose(qtbot, view, view.filters.period_combo, Period.ALL_TIME)
    assert view.model.rowCount() == 4
    days = [c.day for c in view.model.contributions]
    assert days == sorted(days, reverse=True)  # newest first
    assert view.totals_title.text() == "Totals for all time"
    assert "1 h in time credits" in view.totals_label.text()

    choose(qtbot, view, view.filters.period_combo, Period.CUSTOM)
    assert view.filters.from_edit.isVisibleTo(view)
    assert view.filters.to_edit.isVisibleTo(view)
    with qtbot.waitSignal(view.sig_contributions_loaded, timeout=WAIT_MS):
        view.filters.from_edit.setDate(dt.date(2020, 1, 1))
    with qtbot.waitSignal(view.sig_contributions_loaded, timeout=WAIT_MS):
        view.filters.to_edit.setDate(dt.date(2020, 12, 31))
    assert column(view, 3) == ["Ana"]
    assert view.totals_label.text() == "1 h in time credits"
    assert "2020" in view.totals_title.text()


def test_period_bounds() -> None:
    day = dt.date(2025, 3, 14)
    assert period_bounds(Period.THIS_MONTH, day, day, day) == (dt.date(2025, 3, 1), day)
    assert period_bounds(Period.LAST_MONTH, day, day, day) == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    january = dt.date(2025, 1, 5)
    assert period_bounds(Period.LAST_MONTH, january, day, day) == (
        dt.date(2024, 12, 1),
        dt.date(2024, 12, 31),
    )
    assert period_bounds(Period.THIS_YEAR, day, day, day) == (dt.date(2025, 1, 1), day)
    assert period_bounds(Period.ALL_TIME, day, day, day) == (None, None)
    later = dt.date(2025, 4, 1)
    assert period_bounds(Period.CUSTOM, day, later, day) == (day, later)  # from and to in either order


def test_csv_export_has_a_header_and_the_rows_shown(
    qtbot, make_app, manager: ProfileManager, tmp_path: Path, monkeypatch
) -> None:
    seeds = (*SEEDS, (ContributionKind.MONEY, 500, "EUR", TODAY, "=HYPERLINK(1)", "line one\nline two"))
    _, view = open_contributions(qtbot, make_app, manager, seeds)
    asked: list[str] = []

    def save_as(_parent, title, _directory, _filter):
        asked.append(title)
        return str(tmp_path / "mine"), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    choose(qtbot, view, view.filters.period_combo, Period.ALL_TIME)
    qtbot.mouseClick(view.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.status_label.isVisibleTo(view), timeout=WAIT_MS)
    assert "not encrypted" in asked[0]
    assert "not encrypted" in view.csv_button.toolTip()
    assert view.status_label.text() == "5 contributions saved to mine.csv."

    with (tmp_path / "mine.csv").open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Date", "Kind", "Amount", "Unit", "Who with", "Note", "Signed"]
    assert len(rows) == 6
    by_who = {r[4]: r for r in rows[1:]}
    assert by_who["Canal clean-up"] == [
        TODAY.isoformat(),
        "Time given",
        "120",
        "min",
        "Canal clean-up",
        "Litter picking",
        "",  # recorded by hand: not signed
    ]
    assert by_who["Solar co-op"][1:4] == ["Stake", "100.00", "EUR"]
    assert by_who["'=HYPERLINK(1)"][5] == "line one\nline two"  # a formula stays text in a spreadsheet

    choose(qtbot, view, view.filters.kind_combo, ContributionKind.HOURS)
    qtbot.mouseClick(view.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.status_label.text().startswith("1 "), timeout=WAIT_MS)
    with (tmp_path / "mine.csv").open(newline="", encoding="utf-8-sig") as f:
        assert [r[4] for r in csv.reader(f)] == ["Who with", "Canal clean-up"]


def test_export_to_an_unwritable_place_says_what_to_do(
    qtbot, make_app, manager: ProfileManager, tmp_path: Path, monkeypatch
) -> None:
    _, view = open_contributions(qtbot, make_app, manager, SEEDS)
    missing = tmp_path / "no such folder" / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(missing), ""))
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.error_label.isVisibleTo(view), timeout=WAIT_MS)
    assert "Choose another folder" in view.error_label.text()
    assert not missing.exists()


def _poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (Debian package poppler-utils) is not on PATH; it is needed to check the PDF")
    return path


def check_pdf(path: Path, tmp_path: Path) -> tuple[int, str]:
    """Pages and text of the PDF at *path*, after checking it is A4 and renders to a PNG."""
    info = subprocess.run([_poppler("pdfinfo"), str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)[1])  # type: ignore[index]
    assert re.search(r"^Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)", info, re.MULTILINE), info
    subprocess.run(
        [_poppler("pdftoppm"), "-r", "50", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
        check=True,
    )
    [png] = tmp_path.glob("page*.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = ""
    if (pdftotext := shutil.which("pdftotext")) is not None:
        text = subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return pages, text


def test_write_statement_makes_an_a4_pdf(qapp, tmp_path: Path) -> None:
    rows = [
        Contribution(
            str(i), ContributionKind.HOURS, 30 + i, MINUTES, TODAY - dt.timedelta(days=i), f"Group {i}"
        )
        for i in range(120)
    ]
    totals = {(ContributionKind.HOURS, MINUTES): sum(r.amount_minor for r in rows)}
    path = tmp_path / "statement.pdf"
    write_statement(path, "all time <&>", totals, rows)
    pages, text = check_pdf(path, tmp_path)
    assert pages >= 2  # 120 rows do not fit on one page
    if text:
        assert "Contributions statement" in text
        assert "all time <&>" in text
        assert "Group 119" in text


def test_statement_from_the_screen_covers_the_filtered_period(
    qtbot, make_app, manager: ProfileManager, tmp_path: Path, monkeypatch
) -> None:
    _, view = open_contributions(qtbot, make_app, manager, SEEDS)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(tmp_path / "march"), ""))
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.status_label.text() == "Statement saved to march.pdf.", timeout=WAIT_MS)
    pages, text = check_pdf(tmp_path / "march.pdf", tmp_path)
    assert pages == 1
    if text:
        assert "45.50 EUR given" in text
        assert "2 h of time given" in text
        assert "Food bank" in text
        assert "Solar co-op" not in text


def test_clear_leaves_nothing_personal_on_screen(qtbot, make_app, manager: ProfileManager) -> None:
    _, view = open_contributions(qtbot, make_app, manager, SEEDS)
    choose(qtbot, view, view.filters.period_combo, Period.ALL_TIME)
    last = view.model.rowCount() - 1
    cell = view.table.visualRect(view.model.index(last, 3)).center()
    # A real double-click is a click and then a double-click event; QTest sends only the second part.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert view.form.counterparty_edit.text() == "Ana"  # double-click opened it in the form
    view.table.selectRow(0)
    view.delete_selected()
    qtbot.waitUntil(lambda: view.undo_bar.isVisible(), timeout=WAIT_MS)
    personal = ("Canal", "Food bank", "Solar", "Ana", "Fixed a bike", "Litter", "45.50", "100.00", " h")
    assert any(p in t for t in texts_on_screen(view) for p in personal)

    view.clear()
    leaked = [t for t in texts_on_screen(view) for p in personal if p in t]
    assert leaked == []
    assert view.model.rowCount() == 0
    assert not view.undo_bar.pending
    assert view.filters.period_combo.currentData() is Period.THIS_MONTH


def test_locking_clears_the_screen(qtbot, make_app, manager: ProfileManager) -> None:
    controller, view = open_contributions(qtbot, make_app, manager, SEEDS)
    assert any("Canal clean-up" in t for t in texts_on_screen(view))
    controller.lock()
    assert not any(seed[4] in t for seed in SEEDS for t in texts_on_screen(view))
    assert view.model.rowCount() == 0
