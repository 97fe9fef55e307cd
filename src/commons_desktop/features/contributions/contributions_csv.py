"""Contributions as a CSV file for spreadsheets: one row per line, formulas kept as text, signed lines marked."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from commons_desktop.features.contributions.contributions_model import kind_text, money_text, signed_mark
from store import MINUTES, Contribution


def spreadsheet_safe(text: str) -> str:
    """Spreadsheets run cells starting with = + - @ as formulas; a leading apostrophe keeps them text."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Contribution]) -> None:
    """Write *rows* under *header* (date, kind, amount, unit, who with, note, signed). Runs on the store's worker:
    QCoreApplication.translate is thread-safe, and each signature is checked here, off the Qt thread."""
    with path.open("w", newline="", encoding="utf-8-sig") as out:  # the BOM tells Excel it is UTF-8
        writer = csv.writer(out)
        writer.writerow(header)
        for c in rows:
            amount = str(c.amount_minor) if c.unit == MINUTES else money_text(c.amount_minor)
            texts = (spreadsheet_safe(c.counterparty), spreadsheet_safe(c.note))
            mark = spreadsheet_safe(signed_mark(c, c.receipt is not None and c.receipt.holds()))
            writer.writerow([c.day.isoformat(), kind_text(c), amount, c.unit, *texts, mark])
