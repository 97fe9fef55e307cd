"""Signed lines: copies of a person's community ledger entries, upserted by reference, checked, never edited."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest

from store import (
    MINUTES,
    Contribution,
    ContributionDirection,
    ContributionKind,
    ContributionSource,
    ProfileSession,
    SignedLineError,
    SignedReceipt,
    ValidationError,
)
from store._database import DatabaseError, open_database
from store._migrate import latest_version, migrate
from store.contributions import ContributionRepository
from sync.community import EntryKind
from sync.community.signed import LedgerEntry
from sync.identity import DeviceSigner

SPACE = "ab" * 16
AT = dt.datetime(2026, 11, 5, 14, 30, tzinfo=dt.UTC)


def signed_line(
    signer: DeviceSigner, entry_id: str = "e1", amount: int = 2500, *, community: str = "Elm Street"
) -> Contribution:
    entry = LedgerEntry(
        entry_id, EntryKind.STAKE_BOUGHT, "ana", signer.device_id.hex, amount, "EUR", AT, ref="fridge"
    ).signed_by(signer)
    receipt = SignedReceipt(community, entry.signing_bytes(), entry.signature, signer.public_key)
    return Contribution(
        "", ContributionKind.STAKE, amount, "EUR", AT.date(), "Community fridge", "", f"{SPACE}:{entry_id}",
        receipt=receipt,
    )  # fmt: skip


def test_keep_signed_is_idempotent_and_keeps_the_persons_choices(session: ProfileSession) -> None:
    signer = DeviceSigner.generate()
    c = session.contributions
    assert c.keep_signed([signed_line(signer), signed_line(signer, "e2", 500)]) == 2
    assert c.keep_signed([signed_line(signer), signed_line(signer, "e2", 500)]) == 0  # nothing new, no write
    [first, second] = sorted(c.list(source=ContributionSource.SIGNED), key=lambda x: x.amount_minor)
    assert first.receipt is not None
    assert first.receipt.holds()
    assert first.receipt.fingerprint == " ".join(signer.device_id.hex[i : i + 4] for i in range(0, 16, 4))
    c.set_hidden(first.id, True)
    assert c.keep_signed([signed_line(signer, "e2", 500, community="Elm Street North")]) == 1
    assert c.keep_signed([signed_line(signer, "e2", 500)]) == 1  # the name changed back
    assert [x.id for x in c.list(source=ContributionSource.HIDDEN)] == [first.id]  # still hidden
    assert [x.id for x in c.list()] == [second.id]
    assert len(c.list(source=ContributionSource.MANUAL)) == 0
    assert c.totals() == {(ContributionKind.STAKE, "EUR"): 2500}


def test_a_set_aside_line_is_marked_and_not_counted(session: ProfileSession) -> None:
    signer = DeviceSigner.generate()
    c = session.contributions
    line = signed_line(signer)
    c.keep_signed([line])
    assert c.totals() == {(ContributionKind.STAKE, "EUR"): 2500}
    assert line.receipt is not None
    aside = dataclasses.replace(line, receipt=dataclasses.replace(line.receipt, set_aside="bad signature"))
    assert c.keep_signed([aside]) == 1
    [kept] = c.list()
    assert kept.receipt is not None
    assert kept.receipt.set_aside == "bad signature"
    assert c.totals() == {}


def test_received_lines_are_listed_not_counted(session: ProfileSession) -> None:
    line = dataclasses.replace(signed_line(DeviceSigner.generate()), direction=ContributionDirection.RECEIVED)
    session.contributions.keep_signed([line])
    assert [x.direction for x in session.contributions.list()] == [ContributionDirection.RECEIVED]
    assert session.contributions.totals() == {}


@pytest.mark.parametrize(
    ("spoil", "says"),
    [
        (lambda r: dataclasses.replace(r, signature=bytes(64)), "signature does not match"),
        (lambda r: dataclasses.replace(r, signer_key=DeviceSigner.generate().public_key), "does not match"),
        (lambda r: dataclasses.replace(r, signed_bytes=r.signed_bytes.replace(b"2500", b"9500")), "does not"),
        (lambda r: dataclasses.replace(r, signature=b"short"), "wrong size"),
    ],
)
def test_a_forged_receipt_is_refused_and_nothing_is_kept(
    session: ProfileSession, spoil: object, says: str
) -> None:
    good = signed_line(DeviceSigner.generate(), "e0")
    bad = signed_line(DeviceSigner.generate())
    assert bad.receipt is not None
    forged = dataclasses.replace(bad, receipt=spoil(bad.receipt))  # type: ignore[operator]
    with pytest.raises(ValidationError, match=says):
        session.contributions.keep_signed([good, forged])
    assert session.contributions.list() == []  # all or none


def test_a_receipt_must_sign_this_very_line(session: ProfileSession) -> None:
    line = signed_line(DeviceSigner.generate())
    for other in (
        dataclasses.replace(line, amount_minor=9999),
        dataclasses.replace(line, day=line.day + dt.timedelta(days=1)),
        dataclasses.replace(line, ledger_ref=f"{SPACE}:another"),
    ):
        with pytest.raises(ValidationError, match="differs from what was signed"):
            session.contributions.keep_signed([other])
    with pytest.raises(ValidationError, match="Ledger reference"):
        session.contributions.keep_signed([dataclasses.replace(line, ledger_ref="e1")])
    assert session.contributions.list() == []


def test_signed_lines_cannot_be_changed_or_deleted(session: ProfileSession) -> None:
    c = session.contributions
    c.keep_signed([signed_line(DeviceSigner.generate())])
    [kept] = c.list()
    with pytest.raises(SignedLineError, match="cannot be changed"):
        c.update(dataclasses.replace(kept, amount_minor=1))
    with pytest.raises(SignedLineError, match="cannot be deleted"):
        c.remove(kept.id)
    assert c.list() == [kept]
    manual = c.add(ContributionKind.HOURS, 60, MINUTES, dt.date(2026, 11, 6))
    c.update(dataclasses.replace(manual, amount_minor=90))
    c.remove(manual.id)
    assert c.list() == [kept]


class _Conn:
    def __init__(self, conn: object) -> None:
        self._conn = conn

    def connection(self) -> object:
        return self._conn


def test_a_profile_from_the_previous_schema_keeps_its_lines_and_takes_signed_ones(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "p.db", os.urandom(32))
    assert migrate(conn, target=12) == 12
    conn.execute(
        "INSERT INTO contributions (id, kind, amount_minor, unit, day, counterparty, note, ledger_ref, created_at,"
        " updated_at) VALUES ('old', 'stake', 2500, 'EUR', '2026-10-01', 'Solar', 'typed', 'my-ref', 't', 't')"
    )
    assert migrate(conn) == latest_version()
    repo = ContributionRepository(_Conn(conn))
    [old] = repo.list()
    assert (old.id, old.amount_minor, old.note, old.ledger_ref) == ("old", 2500, "typed", "my-ref")
    assert old.receipt is None
    assert old.direction is ContributionDirection.GIVEN
    assert repo.keep_signed([signed_line(DeviceSigner.generate())]) == 1
    assert len(repo.list(source=ContributionSource.SIGNED)) == 1
    with pytest.raises(DatabaseError, match="ledger reference"):  # a half receipt, past the repository
        conn.execute("UPDATE contributions SET signature = zeroblob(64) WHERE id = 'old'")
    conn.close()
