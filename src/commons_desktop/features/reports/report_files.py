"""A funder report's files: an A4 PDF (the tables the person chose, and the charts as images) and a folder of CSV
files, one per table. Each is written beside its destination first and moved into place only when complete,
so a failure leaves nothing behind."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import html
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument

from commons_desktop.features.reports.report_cells import plain, shown
from commons_desktop.features.reports.report_tables import Table
from commons_desktop.labels import plain_date
from commons_desktop.widgets.printed import a4_writer, draw_pages

translate = QCoreApplication.translate

__all__ = ["Chart", "ReportHeading", "csv_folder_name", "report_html", "write_csv_folder", "write_pdf"]

_MARGIN_MM = 18.0
_BODY_PT = 10
CHART_WIDTH = 640  # on the page, in the document's pixels (scaled to the PDF's resolution)

_STYLE = """
h1 { font-size: 17pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 12pt; }
p.muted { color: #555555; }
table { border-collapse: collapse; }
th { text-align: left; background: #ebe9e3; }
"""


@dataclass(frozen=True)
class ReportHeading:
    community: str
    scope: str  # "Whole community" or the project's title
    start: dt.date
    end: dt.date
    prepared_on: dt.date


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    image: QImage
    caption: str = ""  # what the colours mean


def report_html(heading: ReportHeading, tables: Sequence[Table], charts: Sequence[Chart] = ()) -> str:
    """The report as the PDF (and the screen's preview) shows it; charts by `chart:<key>` image resources."""
    e = html.escape
    title = translate("ReportsView", "Report for funders: {community}").format(community=heading.community)
    period = translate("ReportsView", "{start} to {end} · {scope}").format(
        start=plain_date(heading.start), end=plain_date(heading.end), scope=heading.scope
    )
    prepared = translate("ReportsView", "Prepared on {day} with Commons, from the community's signed ledger.")
    parts = [f"<h1>{e(title)}</h1>", f"<p><b>{e(period)}</b></p>"]
    parts.append(f'<p class="muted">{e(prepared.format(day=plain_date(heading.prepared_on)))}</p>')
    for chart in charts:
        parts.append(f'<p><img src="chart:{chart.key}" width="{CHART_WIDTH}" alt="{e(chart.title)}"></p>')
        if chart.caption:
            parts.append(f'<p class="muted">{e(chart.caption)}</p>')
    if not tables:
        empty = translate("ReportsView", "Everything is left out: the report is empty.")
        parts.append(f"<p>{e(empty)}</p>")
    for table in tables:
        parts.append(_table_html(table))
    return "\n".join(parts)


def _table_html(table: Table) -> str:
    e = html.escape
    parts = [f"<h2>{e(table.title)}</h2>"]
    if table.note:
        parts.append(f'<p class="muted">{e(table.note)}</p>')
    if not table.rows:
        nothing = translate("ReportsView", "Nothing in this range.")
        parts.append(f"<p>{e(nothing)}</p>")
        return "\n".join(parts)
    parts.append('<table width="100%" cellpadding="3" border="1">')
    parts.append("<tr>" + "".join(f"<th>{e(h)}</th>" for h in table.headers) + "</tr>")
    for row in table.rows:
        parts.append("<tr>" + "".join(f"<td>{e(shown(cell))}</td>" for cell in row) + "</tr>")
    parts.append("</table>")
    return "\n".join(parts)


def write_pdf(path: Path, heading: ReportHeading, tables: Sequence[Table], charts: Sequence[Chart]) -> None:
    """Write the report to *path* (A4, page numbers). Raises OSError, leaving nothing, when it cannot."""
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    partial.touch(exist_ok=False)  # fails at once, with the reason, where nothing may be written
    try:
        document = QTextDocument()
        body_font = QFont()
        body_font.setPointSize(_BODY_PT)
        document.setDefaultFont(body_font)
        document.setDefaultStyleSheet(_STYLE)
        for chart in charts:
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{chart.key}"), chart.image
            )
        document.setHtml(report_html(heading, tables, charts))
        title = translate("ReportsView", "Report for funders: {community}").format(
            community=heading.community
        )
        writer = a4_writer(partial, title, margin_mm=_MARGIN_MM)
        draw_pages(
            partial, writer, document, body_font=body_font, printed_on=heading.prepared_on, page_numbers=True
        )
        del writer  # closes the file
        if partial.stat().st_size == 0:
            raise OSError(f"nothing was written to {path}")
        os.replace(partial, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def csv_folder_name(heading: ReportHeading) -> str:
    """E.g. "Elm Street report 2025-01-01 to 2025-12-31": the folder the CSV files go into."""
    community = re.sub(r"[^\w .-]+", "", heading.community, flags=re.UNICODE).strip(" .") or "community"
    return f"{community} report {heading.start.isoformat()} to {heading.end.isoformat()}"


def write_csv_folder(folder: Path, heading: ReportHeading, tables: Sequence[Table]) -> Path:
    """Write one CSV file per table (UTF-8, header row first) into a new folder inside *folder*, named by
    `csv_folder_name`; return it. Files already there with the same names are replaced. Raises OSError,
    leaving nothing, when it cannot."""
    target = folder / csv_folder_name(heading)
    staging = Path(tempfile.mkdtemp(prefix=".report-", dir=folder))
    try:
        for table in tables:
            with open(staging / f"{table.key}.csv", "w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(table.headers)
                writer.writerows([plain(cell) for cell in row] for row in table.rows)
        if not target.exists():
            os.replace(staging, target)
            return target
        for made in staging.iterdir():
            os.replace(made, target / made.name)
        return target
    finally:
        shutil.rmtree(staging, ignore_errors=True)
