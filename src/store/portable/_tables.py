"""The personal-data document as CSV tables, one per kind of record, in one zip file.

Each table is UTF-8 with a byte-order mark and CRLF line ends (RFC 4180): without the mark, spreadsheet programs
on Windows read UTF-8 as the local code page and garble every accented, Arabic or other non-Latin letter; with
it, Excel, LibreOffice and Numbers all open the file as written. A text cell that a spreadsheet would run as a
formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe, so it stays text. The
tables are for reading; the JSON file is the one to import.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .._header import write_atomic
from .._paths import private_file
from ..checkins import Question
from ..session import ProfileSession
from ._document import ITEM_FIELDS, personal_document

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_QUESTIONS = tuple(q.value for q in Question)

CSV_TABLES: dict[str, tuple[str, ...]] = {
    "plan_items.csv": ("section", "section_title", "position", *ITEM_FIELDS),
    "goals.csv": ("id", "title", "why", "status", "target"),
    "goal_actions.csv": ("goal_id", "position", "id", "text", "done", "due"),
    "checkins.csv": ("id", "day", "mood", *_QUESTIONS, "tags", "note"),
    "supporters.csv": ("id", "name", "contact", "relationship", "may_see"),
    "contributions.csv": (
        "id",
        "kind",
        "amount_minor",
        "unit",
        "day",
        "counterparty",
        "note",
        "ledger_ref",
        "direction",
        "community",
        "signed_bytes",
        "signature",
        "signer_key",
        "set_aside",
        "hidden",
    ),
    "settings.csv": ("key", "value"),
}


def write_personal_csv(session: ProfileSession, destination: Path) -> None:
    """Write the tables to the zip *destination*: this account only (0600), replaced atomically."""
    write_atomic(destination, tables_zip(personal_document(session)))
    private_file(destination)


def tables_zip(document: dict[str, Any]) -> bytes:
    moment = dt.datetime.fromisoformat(document["exported_at"].replace("Z", "+00:00"))
    stamp = moment.timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, rows in _tables(document).items():
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            archive.writestr(info, table_csv(CSV_TABLES[name], rows))
    return out.getvalue()


def table_csv(columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return out.getvalue().encode("utf-8-sig")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)  # written by us, never a formula
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _tables(document: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    return {
        "plan_items.csv": [
            {"section": s["key"], "section_title": s["title"], "position": i, **item}
            for s in document["plan"]["sections"]
            for i, item in enumerate(s["items"])
        ],
        "goals.csv": document["goals"],
        "goal_actions.csv": [
            {"goal_id": g["id"], "position": i, **a}
            for g in document["goals"]
            for i, a in enumerate(g["actions"])
        ],
        "checkins.csv": [{**c, **c["answers"], "tags": "; ".join(c["tags"])} for c in document["checkins"]],
        "supporters.csv": [{**s, "may_see": " ".join(s["may_see"])} for s in document["supporters"]],
        "contributions.csv": [{**c, **(c["signed"] or {})} for c in document["contributions"]],
        "settings.csv": [{"key": k, "value": v} for k, v in document["settings"].items()],
    }
