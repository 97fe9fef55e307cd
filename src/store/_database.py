"""Opening a SQLCipher database with a raw key, and proving the encryption and safety settings took."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from ._kdf import KEY_LENGTH
from ._paths import PRIVATE_FILE, private_file
from .errors import CorruptProfileError, StoreError

DB_FILE = "profile.db"
PLAINTEXT_SQLITE_MAGIC = b"SQLite format 3\x00"
_TEMP_STORE_MEMORY = 2
PAGE_CACHE_KIB = 16 * 1024

Connection = Any  # sqlcipher3 ships no type information
DatabaseError = sqlcipher3.DatabaseError


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_LENGTH:
        raise StoreError("A database key must be 32 bytes.")
    # A raw key skips SQLCipher's own PBKDF2 (≈220 ms per open); Argon2id already stretched it.
    return f"PRAGMA key = \"x'{key.hex()}'\""


def open_database(path: Path, key: bytes) -> Connection:
    """Open (or create) the encrypted database at *path* and apply the settings every profile needs.

    Raises DatabaseError from sqlcipher3 when the key does not decrypt the file; callers that
    already checked the key translate that into CorruptProfileError.
    """
    if (
        not path.exists()
    ):  # made here first, so SQLite (and its -wal and -shm, which copy its mode) is private
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        private_file(part)  # one an older version left readable to others is tightened
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True, timeout=10.0)
    try:
        conn.execute(_key_pragma(key))
        _verify_cipher(conn)
        # The first statement that reads the file is where a wrong key or a damaged file shows up.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _configure(conn)
        return conn
    except BaseException:
        conn.close()
        raise


def _verify_cipher(conn: Connection) -> None:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    if not row or not row[0]:
        # Without SQLCipher, PRAGMA key is silently ignored and the data would be written in plaintext.
        raise StoreError("The SQLite library in use has no encryption (SQLCipher); refusing to continue.")


def _configure(conn: Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StoreError(f"Could not switch the database to WAL mode (got {mode!r}).")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    # Explicit, not the build's default: decrypted pages stay cached, so reads after unlock stay cheap.
    conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")  # negative: KiB rather than pages
    # A file-backed temp store writes plaintext temporary files: refuse to run unless memory really took.
    if conn.execute("PRAGMA temp_store").fetchone()[0] != _TEMP_STORE_MEMORY:
        raise StoreError("Could not keep temporary data in memory; refusing to write personal data.")
    if conn.execute("PRAGMA foreign_keys").fetchone()[0] != 1:
        raise StoreError("Could not enable foreign keys.")


def assert_encrypted_on_disk(path: Path) -> None:
    """Fail loudly if the database file starts like a plaintext SQLite file."""
    with path.open("rb") as fh:
        head = fh.read(len(PLAINTEXT_SQLITE_MAGIC))
    if head == PLAINTEXT_SQLITE_MAGIC:
        raise StoreError(f"{path.name} is not encrypted; refusing to use it.")


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error, so a write is all or nothing."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def integrity_problems(conn: Connection) -> list[str]:
    """Every problem SQLCipher (page HMACs) and SQLite (structure, foreign keys) find; empty when sound."""
    problems: list[str] = []
    try:
        problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        problems += [r for r in rows if r != "ok"]
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        problems += [f"foreign key broken in {r[0]} row {r[1]}" for r in fk]
    except DatabaseError as exc:
        problems.append(str(exc))
    return problems


def raise_corrupt(exc: BaseException, where: Path) -> CorruptProfileError:
    return CorruptProfileError(
        f"The profile database in {where} is damaged or incomplete ({exc}). "
        "Its files were left exactly as they were; restore it from a backup or an export."
    )
