"""The ledger as CSV for spreadsheets and funders: one row per entry, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections import defaultdict, deque
from typing import Final

from .._checks import utc_text
from ..ledger import LedgerReport, format_amount
from ..signed import LedgerEntry
from ..view import CommunityView

COLUMNS: Final = (
    "id",
    "at",
    "kind",
    "author",
    "author_name",
    "counterparty",
    "counterparty_name",
    "amount",
    "amount_minor",
    "unit",
    "ref",
    "round",
    "memo",
)
REVIEW_COLUMNS: Final = ("status", "reason")
ACCEPTED: Final = "accepted"
NEEDS_REVIEW: Final = "needs review"

# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection); OWASP adds tab and CR.
_FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def ledger_csv(view: CommunityView, report: LedgerReport | None = None) -> str:
    """Every ledger entry in the document's order. `amount` is a decimal with its currency ("12.50 EUR",
    "90 min") and `amount_minor` the exact integer; ids are member, project, circle and proposal ids.

    With a *report* (from `check_ledger`), two more columns say whether each entry was accepted or needs
    review, and why. Lines end in CRLF (RFC 4180): write the text with newline="".
    """
    statuses = None if report is None else _statuses(report)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS + (REVIEW_COLUMNS if statuses is not None else ()))
    for entry in view.ledger:
        row = _row(view, entry)
        if statuses is not None:
            queue = statuses.get(entry)
            reason = queue.popleft() if queue else "not judged: the report is of a different ledger"
            row += [ACCEPTED, ""] if reason is None else [NEEDS_REVIEW, reason]
        writer.writerow([_safe(cell) for cell in row])
    return out.getvalue()


def _statuses(report: LedgerReport) -> dict[LedgerEntry, deque[str | None]]:
    """Entry → its verdicts (None = accepted, else the reason). Entries compare by value, so a report made
    from another copy of the same view still matches; identical copies of one entry each take one verdict."""
    out: defaultdict[LedgerEntry, deque[str | None]] = defaultdict(deque)
    for entry in report.accepted:
        out[entry].append(None)
    for review in report.needs_review:
        out[review.entry].append(review.reason)
    return out


def _row(view: CommunityView, entry: LedgerEntry) -> list[str]:
    return [
        entry.id,
        utc_text(entry.at),
        entry.kind.value,
        entry.author,
        _name(view, entry.author),
        entry.counterparty,
        _name(view, entry.counterparty),
        format_amount(entry.amount_minor, entry.unit),
        str(entry.amount_minor),
        entry.unit,
        entry.ref,
        "" if entry.round is None else str(entry.round),
        entry.memo,
    ]


def _name(view: CommunityView, member_id: str) -> str:
    member = view.members.get(member_id)
    return member.name if member is not None else ""


def _safe(cell: str) -> str:
    """Neutralise a would-be formula with a leading apostrophe, which spreadsheets show as text."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell
