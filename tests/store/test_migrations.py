"""Numbered migrations: empty to latest in one transaction; failures and newer schemas leave data intact."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from store import UnsupportedFormatError
from store._database import DatabaseError, open_database
from store._migrate import Migration, available_migrations, latest_version, migrate, schema_version

EXPECTED_TABLES = {
    "plan_items",
    "goals",
    "goal_actions",
    "checkins",
    "checkin_answers",
    "checkin_tags",
    "supporters",
    "supporter_sections",
    "contributions",
    "settings",
    "device_identity",
    "space_log_entries",
    "space_sequences",
    "space_invites",
    "document_snapshots",
    "document_changes",
    "document_proofs",
}


def _tables(conn: object) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()  # type: ignore[attr-defined]
    return {r[0] for r in rows}


def test_migrations_are_numbered_without_gaps() -> None:
    versions = [m.version for m in available_migrations()]
    assert versions == list(range(1, len(versions) + 1))


def test_empty_to_latest(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "p.db", os.urandom(32))
    assert schema_version(conn) == 0
    assert migrate(conn) == latest_version()
    assert schema_version(conn) == latest_version()
    assert _tables(conn) >= EXPECTED_TABLES
    assert migrate(conn) == latest_version()  # idempotent
    conn.close()


def test_upgrade_from_first_version_keeps_data(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "p.db", os.urandom(32))
    assert migrate(conn, target=1) == 1
    conn.execute("INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')")
    assert migrate(conn) == latest_version()
    assert _tables(conn) >= EXPECTED_TABLES
    assert conn.execute("SELECT value FROM settings WHERE key = 'theme'").fetchone()[0] == '"dark"'
    conn.close()


def test_upgrade_from_spaces_adds_documents_and_keeps_space_logs(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "p.db", os.urandom(32))
    assert migrate(conn, target=2) == 2
    assert "document_snapshots" not in _tables(conn)
    conn.execute(
        "INSERT INTO space_log_entries (space_id, entry_hash, entry) VALUES (zeroblob(16), zeroblob(32), x'01')"
    )
    assert migrate(conn) == latest_version()
    assert conn.execute("SELECT entry FROM space_log_entries").fetchone()[0] == b"\x01"
    conn.execute("INSERT INTO document_snapshots VALUES (zeroblob(16), x'01', NULL, 0)")
    conn.execute("INSERT INTO document_changes (space_id, change) VALUES (zeroblob(16), x'02')")
    conn.close()


def test_upgrade_from_circle_requests_adds_document_proofs_and_keeps_documents(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "p.db", os.urandom(32))
    assert migrate(conn, target=6) == 6
    assert "document_proofs" not in _tables(conn)
    conn.execute("INSERT INTO document_snapshots VALUES (zeroblob(16), x'01', NULL, 0)")
    conn.execute("INSERT INTO document_changes (space_id, change) VALUES (zeroblob(16), x'02')")
    assert migrate(conn) == latest_version()
    assert conn.execute("SELECT snapshot FROM document_snapshots").fetchone()[0] == b"\x01"
    assert conn.execute("SELECT change FROM document_changes").fetchone()[0] == b"\x02"
    conn.execute("INSERT INTO document_proofs VALUES (zeroblob(16), x'03')")
    for refused in (
        "INSERT INTO document_proofs VALUES (x'01' || zeroblob(15), x'03')",  # no document
        "INSERT INTO document_proofs VALUES (zeroblob(15), x'03')",
        "UPDATE document_proofs SET proofs = x''",
        "UPDATE document_proofs SET proofs = 'text'",
        "UPDATE document_proofs SET proofs = zeroblob(4194305)",
    ):
        with pytest.raises(DatabaseError):
            conn.execute(refused)
    conn.execute("UPDATE document_proofs SET proofs = zeroblob(4194304)")  # the largest allowed
    conn.execute("DELETE FROM document_snapshots")  # the proofs go with their document
    assert conn.execute("SELECT count(*) FROM document_proofs").fetchone()[0] == 0
    conn.close()


def test_failed_migration_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = open_database(tmp_path / "p.db", os.urandom(32))
    before = migrate(conn)
    broken = [
        *available_migrations(),
        Migration(
            latest_version() + 1, "9999_broken.sql", "CREATE TABLE extra (a);\nINSERT INTO nope VALUES (1);"
        ),
    ]
    monkeypatch.setattr("store._migrate.available_migrations", lambda: broken)
    with pytest.raises(Exception, match="nope"):
        migrate(conn)
    assert schema_version(conn) == before
    assert "extra" not in _tables(conn)
    assert not conn.in_transaction
    conn.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "p.db", os.urandom(32))
    migrate(conn)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    with pytest.raises(UnsupportedFormatError, match="newer version"):
        migrate(conn)
    conn.close()


def test_upgrade_to_the_full_crisis_plan_keeps_every_plan_item(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "p.db", os.urandom(32))
    assert migrate(conn, target=10) == 10  # the plan as the app wrote it before the full crisis plan
    rows = [
        ("a", "toolbox", 0, "Walk by the canal", "", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"),
        ("b", "crisis_contacts", 0, "Ana", "07700 900123", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"),
        ("c", "crisis_contacts", 1, "Dr Okafor", "Surgery", "2026-01-03T00:00:00Z", "2026-01-03T00:00:00Z"),
        ("d", "crisis_avoid", 0, "Raised voices", "", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"),
        ("e", "after_crisis", 0, "Quiet days", "", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"),
    ]
    conn.executemany("INSERT INTO plan_items VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    with pytest.raises(DatabaseError):  # the old schema knows no such section
        conn.execute("INSERT INTO plan_items VALUES ('x', 'crisis_care', 0, 'Home', '', '', '')")
    assert migrate(conn) == latest_version()
    assert conn.execute("SELECT * FROM plan_items ORDER BY id").fetchall() == rows
    conn.execute("INSERT INTO plan_items VALUES ('f', 'crisis_care', 0, 'Home', '', '', '')")
    with pytest.raises(DatabaseError):
        conn.execute("INSERT INTO plan_items VALUES ('g', 'crisis_unknown', 0, 'Home', '', '', '')")
    index = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'plan_items_by_section'").fetchone()
    assert index is not None
    conn.close()
