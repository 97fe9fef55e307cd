"""The SQLCipher connection: encrypted on disk, and the safety settings really took."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from store import ProfileSession
from store._database import PLAINTEXT_SQLITE_MAGIC, DatabaseError, open_database, transaction
from store.errors import StoreError


def test_database_file_is_encrypted_and_settings_hold(session: ProfileSession) -> None:
    conn = session.connection()
    assert conn.execute("PRAGMA cipher_version").fetchone()[0]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    head = (session.directory / "profile.db").read_bytes()[:16]
    assert head != PLAINTEXT_SQLITE_MAGIC


def test_wrong_key_is_refused_at_open(tmp_path: Path) -> None:
    key = os.urandom(32)
    conn = open_database(tmp_path / "x.db", key)
    conn.execute("CREATE TABLE t (a)")
    conn.close()
    with pytest.raises(DatabaseError):
        open_database(tmp_path / "x.db", os.urandom(32))


def test_key_must_be_32_bytes(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        open_database(tmp_path / "x.db", b"short")
    assert not (tmp_path / "x.db").exists() or (tmp_path / "x.db").stat().st_size == 0


def test_transaction_rolls_back_on_error(session: ProfileSession) -> None:
    conn = session.connection()
    with pytest.raises(RuntimeError), transaction(conn):
        conn.execute("INSERT INTO settings (key, value) VALUES ('k', '1')")
        raise RuntimeError("boom")
    assert conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 0
    assert not conn.in_transaction
