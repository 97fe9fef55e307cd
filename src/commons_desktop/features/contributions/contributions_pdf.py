"""A printable statement of contributions (A4 PDF through Qt): period, totals in words, then every entry, each
signed line marked with its community and the signing device's short fingerprint."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSizeF
from PySide6.QtGui import QPageLayout, QTextDocument

from commons_desktop.features.contributions.contributions_model import (
    Totals,
    format_amount,
    kind_label,
    kind_text,
    sorted_totals,
    total_phrase,
)
from commons_desktop.labels import long_date, short_date
from commons_desktop.widgets.printed import a4_writer, follow_the_language
from store import Contribution

translate = QCoreApplication.translate
_MARGIN_MM = 18.0

_STYLE = """
h1 { font-size: 18pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 14pt; }
p.muted { color: #555555; }
table { border-collapse: collapse; }
th { text-align: left; background: #ebe9e3; }
td.amount, th.amount { text-align: right; }
"""


def write_statement(
    path: str | Path,
    period_label: str,
    totals: Totals,
    rows: Sequence[Contribution],
    holds: frozenset[str] = frozenset(),
) -> None:
    """Write the statement of *rows* (already filtered to the period) and their *totals* to *path*; *holds*
    names the signed lines whose signature was checked and holds (any other signed line is marked so).

    Needs a QGuiApplication (fonts) but no window; runs on the Qt thread.
    """
    document = QTextDocument()
    document.setDefaultStyleSheet(_STYLE)
    document.setHtml(_statement_html(period_label, totals, rows, holds))
    follow_the_language(document)
    writer = a4_writer(path, translate("contributions", "Contributions statement"), margin_mm=_MARGIN_MM)
    # Lay the text out at the page's width in points, so 10 pt on screen is 10 pt on paper.
    page = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(page.width(), page.height()))
    document.print_(writer)


def signed_cell(c: Contribution, holds: bool) -> str:
    """The statement's mark for one line: "Signed", its community and the signing device's fingerprint."""
    r = c.receipt
    if r is None:
        return ""
    if not holds:
        return translate("contributions", "Signature does not check")
    mark = translate("contributions", "Signed: {community}, device {fingerprint}").format(
        community=r.community, fingerprint=r.fingerprint
    )
    if r.set_aside:
        mark += " " + translate("contributions", "(set aside by the community's ledger: not in the totals)")
    return mark


def _signed_explained() -> str:
    return translate(
        "contributions",
        "A line marked Signed is a copy of an entry in a community's shared ledger, signed by the device whose "
        "fingerprint is shown and checked against the community's members when it was kept; its signature was "
        "checked again for this statement. Lines without the mark were recorded by hand. Amounts received (a "
        "repayment, a payout) are listed but not counted in the totals.",
    )


def _statement_html(
    period_label: str, totals: Totals, rows: Sequence[Contribution], holds: frozenset[str] = frozenset()
) -> str:
    e = html.escape
    # Texts are translated outside the f-strings: lupdate does not see a translate() call inside one.
    title = e(translate("contributions", "Contributions statement"))
    period = e(translate("contributions", "Period:"))
    prepared = translate("contributions", "Prepared on {day} with Commons.").format(
        day=long_date(dt.date.today())
    )
    totals_heading = e(translate("contributions", "Totals"))
    kind_heading = e(translate("contributions", "Kind"))
    parts = [
        f"<h1>{title}</h1>",
        f"<p><b>{period}</b> {e(period_label)}</p>",
        f'<p class="muted">{e(prepared)}</p>',
        f"<h2>{totals_heading}</h2>",
    ]
    ordered = sorted_totals(totals)
    if ordered:
        total_heading = e(translate("contributions", "Total"))
        words_heading = e(translate("contributions", "In words"))
        parts.append('<table width="100%" cellpadding="4" border="1">')
        parts.append(
            f'<tr><th>{kind_heading}</th><th class="amount">{total_heading}</th><th>{words_heading}</th></tr>'
        )
        for kind, unit, amount in ordered:
            parts.append(
                f"<tr><td>{e(kind_label(kind))}</td>"
                f'<td class="amount">{e(format_amount(amount, unit))}</td>'
                f"<td>{e(total_phrase(kind, unit, amount))}</td></tr>"
            )
        parts.append("</table>")
    else:
        nothing = translate("contributions", "Nothing was recorded in this period.")
        parts.append(f"<p>{e(nothing)}</p>")

    listed = translate("contributions", "Contributions")
    parts.append(f"<h2>{e(listed)} ({len(rows)})</h2>")
    if rows:
        date_heading = e(translate("contributions", "Date"))
        amount_heading = e(translate("contributions", "Amount"))
        who_heading = e(translate("contributions", "Who with"))
        note_heading = e(translate("contributions", "Note"))
        signed_heading = e(translate("contributions", "Signed"))
        if any(c.signed for c in rows):
            parts.append(f'<p class="muted">{e(_signed_explained())}</p>')
        parts.append('<table width="100%" cellpadding="4" border="1">')
        parts.append(
            f'<tr><th>{date_heading}</th><th>{kind_heading}</th><th class="amount">{amount_heading}</th>'
            f"<th>{who_heading}</th><th>{signed_heading}</th><th>{note_heading}</th></tr>"
        )
        for c in rows:
            parts.append(
                f"<tr><td>{e(short_date(c.day))}</td><td>{e(kind_text(c))}</td>"
                f'<td class="amount">{e(format_amount(c.amount_minor, c.unit))}</td>'
                f"<td>{e(c.counterparty)}</td><td>{e(signed_cell(c, c.id in holds))}</td>"
                f"<td>{e(c.note).replace(chr(10), '<br>')}</td></tr>"
            )
        parts.append("</table>")
    return "\n".join(parts)
