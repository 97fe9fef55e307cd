"""Arabic: Qt picks the right one of the six plural forms for each number, and a name or an address written
into an Arabic sentence keeps its own order while the sentence stays right to left."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QTextDocument, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from commons_desktop.app import install_translations
from commons_desktop.features.plan.crisis_pdf import write_crisis_plan
from commons_desktop.labels import crisis_plan_heading
from store import PlanItem, PlanSection

AR_TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "commons_ar.ts"
FSI, PDI, RLM = "\u2068", "\u2069", "\u200f"  # first-strong isolate, pop isolate, right-to-left mark
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d")
# Digits, times and counts: an isolate beside "/", ":" or "–" would turn "6/10" into "10/6".
NUMBERS = {
    f"{{{name}}}"
    for name in (
        "count",
        "total",
        "percent",
        "mood",
        "h",
        "m",
        "minutes",
        "seconds:02d",
        "avg",
        "avg:.1f",
        "stars",
        "limit",
        "top",
        "index",
        "size",
        "line",
        "page",
        "pages",
        "attempt",
        "most",
        "shown",
        "n",
        "last",
        "start",
        "end",
        "time",
        "mean",
        "done",
        "version",
    )
}


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, "ar")
    yield
    install_translations(qapp)  # the next test starts from the usual translators


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "لا بنود"),
        (1, "بند واحد"),
        (2, "بندان"),
        (3, "3 بنود"),
        (10, "10 بنود"),
        (11, "11 بندًا"),
        (99, "99 بندًا"),
        (100, "100 بند"),
        (102, "102 بند"),
        (103, "103 بنود"),
        (111, "111 بندًا"),
    ],
)
def test_a_count_takes_the_arabic_form_for_its_number(arabic: None, n: int, expected: str) -> None:
    """The six forms of commons_ar.ts are in Qt's order: zero, one, two, 3–10, 11–99, and the rest."""
    assert QCoreApplication.translate("PlanView", "%n item(s)", "", n) == expected


def test_a_line_that_starts_with_a_latin_name_stays_right_to_left(arabic: None) -> None:
    status = QCoreApplication.translate("SyncWords", "no one is connected")
    line = QCoreApplication.translate("SyncStatus", "{name}: {status}").format(
        name="Mill Road", status=status
    )
    assert _direction(line) == Qt.LayoutDirection.RightToLeft
    x = _x_of_each_letter(line)
    name, arabic_word = line.index("Mill"), line.index(status)
    assert x[name] < x[line.index("Road")]  # the name keeps its own order…
    assert x[name] > x[arabic_word]  # …and comes first, at the right, as the sentence reads
    # What the marks are for: the same words without them would be laid out left to right.
    bare = line.translate({ord(FSI): None, ord(PDI): None, ord(RLM): None})
    assert _direction(bare) == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize(
    ("context", "source", "values", "left", "right"),
    [
        ("CheckInHistoryModel", "{day}   ·   mood {mood}/10", {"day": "الاثنين", "mood": 6}, "6", "10"),
        (
            "HandoffSendDialog",
            "The code works for {minutes}:{seconds:02d} more.",
            {"minutes": 9, "seconds": 58},
            "9",
            "58",
        ),
    ],
)
def test_numbers_in_an_arabic_sentence_read_as_written(
    arabic: None, context: str, source: str, values: dict[str, object], left: str, right: str
) -> None:
    """A mood of 6 out of 10 shows "6/10", not "10/6": digits beside "/" or ":" are left bare, not isolated."""
    line = QCoreApplication.translate(context, source).format(**values)
    x = _x_of_each_letter(line)
    assert x[line.index(left)] < x[line.rindex(right)]


def test_every_placeholder_of_an_arabic_sentence_is_isolated() -> None:
    """A name, an address or a date dropped into a sentence is wrapped in FSI…PDI, and a sentence that starts
    with a placeholder starts with a right-to-left mark; numbers, file names and file-dialog filters are left
    as they are."""
    loose = []
    for message in ET.parse(AR_TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        if _not_shown(source):
            continue
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            isolated = all(
                form[m.start() - 1 : m.start()] == FSI and form[m.end() : m.end() + 1] == PDI
                for m in PLACEHOLDER.finditer(form)
                if m.group(0) not in NUMBERS
            )
            if not isolated or form.startswith(("{", FSI)):
                loose.append(form)
    assert loose == []


def _not_shown(source: str) -> bool:
    """A file name or a file-dialog filter: text a program reads, where an invisible mark would get in."""
    return source.endswith((".png", ".pdf")) or "(*" in source or "({patterns})" in source


def _x_of_each_letter(text: str) -> dict[int, float]:
    """Where Qt draws each character of *text* on a right-to-left line, by its index in *text*."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(2000)
    layout.endLayout()
    wanted = QTextLayout.GlyphRunRetrievalFlag
    runs = layout.glyphRuns(-1, -1, wanted.RetrieveStringIndexes | wanted.RetrieveGlyphPositions)
    return {i: p.x() for run in runs for i, p in zip(run.stringIndexes(), run.positions(), strict=True)}


def _direction(text: str) -> Qt.LayoutDirection:
    """The direction Qt lays a label's paragraph out in, from its content."""
    document = QTextDocument(text)  # kept alive while its block is read
    return document.begin().textDirection()


def test_an_arabic_crisis_plan_prints_right_to_left(arabic: None, tmp_path: Path) -> None:
    """A supporter's name in Latin letters is printed at the right like the Arabic around it, the footer is
    mirrored, and nothing is set in a slanted font (which has no Arabic letters here: it printed boxes)."""
    pdf = _crisis_plan(tmp_path)
    words = _words(pdf)
    assert words["Mill"] > 595 / 2  # the right half of an A4 page 595 points wide
    assert words["1"] < 595 / 2  # "Page 1 of 1" at the left
    fonts = subprocess.run([_poppler("pdffonts"), str(pdf)], check=True, capture_output=True, text=True)
    assert "Oblique" not in fonts.stdout


def test_an_english_crisis_plan_still_prints_left_to_right(qapp: QApplication, tmp_path: Path) -> None:
    assert _words(_crisis_plan(tmp_path))["Mill"] < 595 / 2


def _crisis_plan(tmp_path: Path) -> Path:
    """A crisis plan with a contact in Latin letters and empty sections ("nothing written here yet")."""
    contact = PlanItem("1", PlanSection.CRISIS_CONTACTS, 0, "Drop-in centre, Mill Road", "Mon–Fri 10–4")
    pdf = tmp_path / "crisis-plan.pdf"
    write_crisis_plan(
        pdf,
        {PlanSection.CRISIS_CONTACTS: [contact]},
        title=crisis_plan_heading(),
        printed_on=dt.date(2026, 3, 2),
    )
    return pdf


def _words(pdf: Path) -> dict[str, float]:
    """The right edge (xMax, in points) of each word pdftotext finds on the first page."""
    out = subprocess.run(
        [_poppler("pdftotext"), "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {m[2]: float(m[1]) for m in re.finditer(r'xMax="([\d.]+)"[^>]*>([^<]+)</word>', out)}


def _poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not on PATH (Debian package poppler-utils)")
    return found


def test_the_reminder_time_reads_left_to_right_in_a_right_to_left_window(arabic: None, qtbot) -> None:
    """Qt draws a QTimeEdit's 09:30 as 30:09 in a right-to-left window unless its line edit runs left to right
    (seen in a screenshot of Settings in Arabic); a time is written left to right in Arabic too."""
    from commons_desktop.shell.dialogs.settings_dialog import SettingsDialog

    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft  # the rest of the dialog mirrors
    assert dialog.remind_time.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.remind_time.lineEdit().layoutDirection() == Qt.LayoutDirection.LeftToRight
