"""Arabic: Qt picks the right one of the six plural forms for each number, and a name or an address written
into an Arabic sentence keeps its own order while the sentence stays right to left."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from commons_desktop.app import install_translations

AR_TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "commons_ar.ts"
FSI, PDI, RLM = "\u2068", "\u2069", "\u200f"  # first-strong isolate, pop isolate, right-to-left mark
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d")


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
    # What the marks are for: the same words without them would be laid out left to right.
    bare = line.translate({ord(FSI): None, ord(PDI): None, ord(RLM): None})
    assert _direction(bare) == Qt.LayoutDirection.LeftToRight


def test_every_placeholder_of_an_arabic_sentence_is_isolated() -> None:
    """A name, an address or a date dropped into a sentence is wrapped in FSI…PDI, and a sentence that starts
    with one starts with a right-to-left mark; file names and file-dialog filters are left as they are."""
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
            )
            if not isolated or form.startswith(FSI):
                loose.append(form)
    assert loose == []


def _not_shown(source: str) -> bool:
    """A file name or a file-dialog filter: text a program reads, where an invisible mark would get in."""
    return source.endswith((".png", ".pdf")) or "(*" in source or "({patterns})" in source


def _direction(text: str) -> Qt.LayoutDirection:
    """The direction Qt lays a label's paragraph out in, from its content."""
    document = QTextDocument(text)  # kept alive while its block is read
    return document.begin().textDirection()
