"""Printable documents: A4 PDFs written by Qt, and asking where to save one.

The crisis plan, the recovery kit and the contributions statement are files a person asked for, to print or
hand over; they are plain PDFs, not encrypted, and the dialogs that offer them say so.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QStandardPaths, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QFileDialog, QWidget

from commons_desktop.labels import long_date

RESOLUTION = 300  # dots per inch: sharp print, small file

translate = QCoreApplication.translate


def a4_writer(path: Path | str, title: str, *, margin_mm: float) -> QPdfWriter:
    """A PDF writer for *path*: A4 portrait, *margin_mm* on every side, titled, 300 dpi."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Commons")
    return writer


FOOTER_PT = 9


def follow_the_language(document: QTextDocument) -> None:
    """Lay *document* out right to left when the window is (Arabic), with no slanted text.

    Without a direction, each paragraph takes the direction of its first letter, so a supporter's name in Latin
    letters would start a left-to-right list inside an Arabic page. Arabic script has no italics, and a font
    without slanted Arabic letters prints empty boxes instead.
    """
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return
    option = document.defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    document.setDefaultTextOption(option)
    upright = QTextCharFormat()
    upright.setFontItalic(False)
    everything = QTextCursor(document)
    everything.select(QTextCursor.SelectionType.Document)
    everything.mergeCharFormat(upright)


def draw_pages(
    path: Path,
    writer: QPdfWriter,
    document: QTextDocument,
    *,
    body_font: QFont,
    printed_on: dt.date | None = None,
    page_numbers: bool,
) -> None:
    """Draw *document* page by page, each with a rule and "Printed from Commons on <date>" (and "Page n of m")
    at its foot. Raises OSError if the file cannot be written."""
    footer = translate("printed", "Printed from Commons on {day}").format(
        day=long_date(printed_on or dt.date.today())
    )
    footer_font = QFont(body_font)
    footer_font.setPointSize(FOOTER_PT)
    follow_the_language(document)
    document.documentLayout().setPaintDevice(writer)  # measure text in the PDF's dots, not the screen's
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        painter.setLayoutDirection(QGuiApplication.layoutDirection())  # the footer mirrors with the page
        painter.setFont(footer_font)
        page = writer.pageLayout().paintRectPixels(RESOLUTION)
        line = painter.fontMetrics().height()
        body = QRectF(0, 0, page.width(), page.height() - line * 2.5)
        document.setPageSize(body.size())
        pages = document.pageCount()
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * body.height())
            document.drawContents(painter, body.translated(0, number * body.height()))
            painter.restore()
            rule = int(page.height() - line * 1.6)
            painter.drawLine(0, rule, page.width(), rule)
            area = QRectF(0, page.height() - line, page.width(), line)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), footer)
            if page_numbers:
                count = translate("printed", "Page {page} of {pages}").format(page=number + 1, pages=pages)
                painter.drawText(
                    area, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), count
                )
    finally:
        painter.end()


def ask_pdf_path(parent: QWidget, caption: str, default_name: str) -> Path | None:
    """Ask where to save a PDF (starting in the Documents folder); None if cancelled. Adds ".pdf" if missing."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = Path(folder or Path.home()) / default_name
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, caption, str(start), translate("printed", "PDF documents (*.pdf)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
