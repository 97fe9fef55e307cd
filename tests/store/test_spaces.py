"""The store's SpaceRepository beyond the shared conformance suite: atomicity, validation, privacy, crashes.

The behaviour it shares with sync.ports.InMemorySpaceStore is tested in tests/conformance/test_ports.py.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from store import (
    ProfileLockedError,
    ProfileManager,
    ProfileSession,
    SpaceRepository,
    StoreError,
    ValidationError,
)
from store._database import Connection, DatabaseError
from store._header import read_header
from store._kdf import derive_key
from store.spaces import MAX_SEQUENCE
from tests.support import FAST_KDF, PASSPHRASE, files_containing

ROOT = Path(__file__).resolve().parents[2]
SPACE_TABLES = ("space_log_entries", "space_sequences", "space_invites")


def _entry(text: str) -> tuple[bytes, bytes]:
    return hashlib.sha256(text.encode()).digest(), text.encode()


def _rows_for(session: ProfileSession, space: bytes) -> dict[str, int]:
    conn = session.connection()
    return {
        t: conn.execute(f"SELECT count(*) FROM {t} WHERE space_id = ?", (space,)).fetchone()[0]
        for t in SPACE_TABLES
    }


def test_session_has_a_space_repository(session: ProfileSession) -> None:
    assert isinstance(session.spaces, SpaceRepository)
    session.lock()
    with pytest.raises(ProfileLockedError):
        session.spaces.spaces()


# --- all or nothing ------------------------------------------------------------------------------------------


def test_a_bad_entry_in_the_middle_stores_nothing(session: ProfileSession) -> None:
    space = os.urandom(16)
    session.spaces.add_log_entries(space, [_entry("genesis")])
    batch = [_entry("one"), (b"not a 32-byte hash", b"two"), _entry("three")]
    with pytest.raises(ValidationError, match="Log entry 1 hash"):
        session.spaces.add_log_entries(space, batch)
    assert session.spaces.log_entries(space) == [b"genesis"]

    other = os.urandom(16)
    with pytest.raises(ValidationError):
        session.spaces.add_log_entries(other, [_entry("one"), (_entry("two")[0], b"")])
    assert session.spaces.spaces() == [space]  # a failed first batch does not list the space
    assert not session.connection().in_transaction


class _FailingConnection:
    """Passes everything through, but fails right after writing a batch, as a full disk would."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def execute(self, *args: object) -> object:
        return self._conn.execute(*args)

    def executemany(self, *args: object) -> object:
        self._conn.executemany(*args)
        raise DatabaseError("database or disk is full")


class _FailingSource:
    def __init__(self, session: ProfileSession) -> None:
        self._session = session

    def connection(self) -> _FailingConnection:
        return _FailingConnection(self._session.connection())


def test_a_write_that_fails_inside_the_transaction_stores_nothing(session: ProfileSession) -> None:
    space = os.urandom(16)
    session.spaces.add_log_entries(space, [_entry("genesis")])
    with pytest.raises(DatabaseError, match="disk is full"):
        SpaceRepository(_FailingSource(session)).add_log_entries(space, [_entry("one"), _entry("two")])
    assert session.spaces.log_entries(space) == [b"genesis"]
    assert not session.connection().in_transaction


# --- validation ----------------------------------------------------------------------------------------------

SPACE = os.urandom(16)
SECRET = os.urandom(10)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda r: r.add_log_entries(b"short", [_entry("a")]), "Space id"),
        (lambda r: r.add_log_entries("0123456789abcdef", [_entry("a")]), "Space id"),
        (lambda r: r.add_log_entries(bytearray(16), [_entry("a")]), "Space id"),
        (lambda r: r.add_log_entries(SPACE, [[*_entry("a")]]), "Log entry 0"),
        (lambda r: r.add_log_entries(SPACE, [(os.urandom(31), b"a")]), "Log entry 0 hash"),
        (lambda r: r.add_log_entries(SPACE, [(os.urandom(32), b"")]), "Log entry 0"),
        (lambda r: r.log_entries(os.urandom(17)), "Space id"),
        (lambda r: r.reserve_sequence(SPACE, -1), "Epoch"),
        (lambda r: r.reserve_sequence(SPACE, 2**32), "Epoch"),
        (lambda r: r.reserve_sequence(SPACE, 0, True), "Count"),
        (lambda r: r.reserve_sequence(SPACE, 0, 0), "Count"),
        (lambda r: r.put_invite(SPACE, os.urandom(9), b"invite"), "Invite secret"),
        (lambda r: r.put_invite(SPACE, os.urandom(65), b"invite"), "Invite secret"),
        (lambda r: r.put_invite(SPACE, SECRET, b""), "Invite"),
        (lambda r: r.put_invite(SPACE, SECRET, bytes(64 * 1024 + 1)), "Invite"),
        (lambda r: r.invites(b""), "Space id"),
        (lambda r: r.use_invite(SECRET.hex()), "Invite secret"),
        (lambda r: r.forget_space(None), "Space id"),
    ],
)
def test_bad_arguments_are_refused_and_nothing_is_written(
    session: ProfileSession, call: Callable[[SpaceRepository], object], field: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        call(session.spaces)
    assert raised.value.field == field
    assert isinstance(raised.value, ValueError)
    conn = session.connection()
    assert [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in SPACE_TABLES] == [0, 0, 0]


def test_a_secret_no_invite_can_have_is_simply_unknown(session: ProfileSession) -> None:
    assert session.spaces.use_invite(b"") is False
    assert session.spaces.use_invite(os.urandom(65)) is False


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO space_log_entries (space_id, entry_hash, entry) VALUES (zeroblob(15), zeroblob(32), x'00')",
        "INSERT INTO space_log_entries (space_id, entry_hash, entry) VALUES (zeroblob(16), zeroblob(32), x'')",
        "INSERT INTO space_sequences (space_id, epoch, next_sequence) VALUES (zeroblob(16), 4294967296, 1)",
        "INSERT INTO space_invites (secret, space_id, invite, created_at)"
        " VALUES (zeroblob(9), zeroblob(16), x'00', '')",
        "INSERT INTO space_invites (secret, space_id, invite, created_at) VALUES (zeroblob(10), 'text', x'00', '')",
    ],
)
def test_the_schema_refuses_what_validation_refuses(session: ProfileSession, sql: str) -> None:
    with pytest.raises(DatabaseError):
        session.connection().execute(sql)


def test_sequence_numbers_that_run_out_are_an_error_not_a_repeat(session: ProfileSession) -> None:
    space = os.urandom(16)
    session.spaces.reserve_sequence(space, 0)
    session.connection().execute("UPDATE space_sequences SET next_sequence = ?", (MAX_SEQUENCE - 1,))
    assert session.spaces.reserve_sequence(space, 0) == MAX_SEQUENCE - 1
    with pytest.raises(StoreError, match="new epoch"):
        session.spaces.reserve_sequence(space, 0)
    assert session.spaces.reserve_sequence(space, 1) == 0


# --- forgetting ----------------------------------------------------------------------------------------------


def test_forget_space_leaves_no_row_of_it(session: ProfileSession) -> None:
    gone, kept = os.urandom(16), os.urandom(16)
    for space in (gone, kept):
        session.spaces.add_log_entries(space, [_entry("genesis"), _entry(space.hex())])
        session.spaces.reserve_sequence(space, 0)
        session.spaces.reserve_sequence(space, 1)
        session.spaces.put_invite(space, os.urandom(10), b"invite")
    session.spaces.forget_space(gone)
    assert _rows_for(session, gone) == {"space_log_entries": 0, "space_sequences": 0, "space_invites": 0}
    assert _rows_for(session, kept) == {"space_log_entries": 2, "space_sequences": 2, "space_invites": 1}


# --- privacy -------------------------------------------------------------------------------------------------


def _canary(size: int) -> bytes:
    return (b"CANARY" + secrets.token_hex(size).encode())[:size]


def test_no_space_canary_in_any_file(tmp_path: Path) -> None:
    manager = ProfileManager(tmp_path / "data", kdf=FAST_KDF)
    s = manager.create("", PASSPHRASE)
    space, entry_hash, entry = _canary(16), _canary(32), _canary(40)
    secret, invite = _canary(20), _canary(40)
    s.spaces.add_log_entries(space, [(entry_hash, entry * 20)])
    # Bulk entries so pages spill, get rewritten and freed (secure_delete) along the way.
    s.spaces.add_log_entries(space, [_entry(f"{i:04d}" + entry.decode() * 30) for i in range(300)])
    s.spaces.put_invite(space, secret, invite)
    s.spaces.reserve_sequence(space, 0, 5)
    forgotten, forgotten_secret = _canary(16), _canary(20)
    s.spaces.add_log_entries(forgotten, [(_canary(32), entry)])
    s.spaces.put_invite(forgotten, forgotten_secret, invite)
    s.spaces.forget_space(forgotten)
    needles = [space, entry_hash, entry, secret, invite, forgotten, forgotten_secret]

    assert files_containing(tmp_path, needles) == []  # while open: the WAL holds only ciphertext too
    assert s.spaces.use_invite(secret)
    s.lock()
    assert files_containing(tmp_path, needles) == []


# --- crash safety --------------------------------------------------------------------------------------------

# Reserves ten numbers, reports the last one, and dies at once: no lock, no checkpoint, no clean close.
_CHILD = """
import os, signal, sys
from pathlib import Path
from store._database import DB_FILE, open_database
from store.session import ProfileSession
directory, key, space = Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), bytes.fromhex(sys.argv[3])
session = ProfileSession("crash", "", False, directory, open_database(directory / DB_FILE, key))
first = session.spaces.reserve_sequence(space, 0, 10)
print(first, first + 9, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_reservation_survives_sigkill_right_after_it_returns(tmp_path: Path) -> None:
    manager = ProfileManager(tmp_path / "data", kdf=FAST_KDF)
    manager.create("", PASSPHRASE).lock()
    [info] = manager.list_profiles()
    directory = manager.profile_dir(info.profile_id)
    key = derive_key(PASSPHRASE, read_header(directory).salt, read_header(directory).kdf)
    space = os.urandom(16)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")])}

    last = -1
    for _ in range(3):
        child = subprocess.run(
            [sys.executable, "-c", _CHILD, str(directory), key.hex(), space.hex()],
            capture_output=True,
            env=env,
            cwd=ROOT,
            timeout=60,
            check=False,
        )
        assert child.returncode == -signal.SIGKILL, child.stderr.decode()
        first, reported = (int(n) for n in child.stdout.split())
        assert first > last
        last = reported

    with manager.unlock(info.profile_id, PASSPHRASE) as session:
        assert session.integrity_problems() == []
        assert session.spaces.reserve_sequence(space, 0) > last
