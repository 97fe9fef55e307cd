"""The store's DocumentRepository beyond the shared conformance suite: atomicity, schema, privacy, crashes.

The behaviour it shares with sync.ports.InMemoryDocumentStore is tested in tests/conformance/test_document_ports.py.
"""

from __future__ import annotations

import os
import random
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from store import (
    DocumentRecord,
    DocumentRepository,
    ProfileLockedError,
    ProfileManager,
    ProfileSession,
    ValidationError,
)
from store._database import Connection, DatabaseError
from store._header import read_header
from store._kdf import derive_key
from tests.store.crash_documents_child import change_for, parse_snapshot, snapshot_for
from tests.support import FAST_KDF, PASSPHRASE, files_containing

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT_TABLES = ("document_snapshots", "document_changes", "document_proofs", "document_seen")
KILLS = int(os.environ.get("COMMONS_DOCUMENT_CRASH_KILLS", "6"))


def _rows_for(session: ProfileSession, space: bytes) -> dict[str, int]:
    conn = session.connection()
    return {
        t: conn.execute(f"SELECT count(*) FROM {t} WHERE space_id = ?", (space,)).fetchone()[0]
        for t in DOCUMENT_TABLES
    }


def _document_with_history(session: ProfileSession) -> bytes:
    """A space whose document was compacted once and has three changes since."""
    space = os.urandom(16)
    session.documents.save_snapshot(space, b"snapshot 0", replaces_changes=0)
    session.documents.save_proofs(space, b"proofs")
    session.documents.save_seen(space, [b"h" * 32])
    session.documents.append_changes(space, [b"change 0"])
    session.documents.save_snapshot(space, b"snapshot 1", replaces_changes=1)
    session.documents.append_changes(space, [b"change 1", b"change 2", b"change 3"])
    return space


def test_session_has_a_document_repository(session: ProfileSession) -> None:
    assert isinstance(session.documents, DocumentRepository)
    session.lock()
    with pytest.raises(ProfileLockedError):
        session.documents.load_document(os.urandom(16))


def test_a_record_keeps_its_bytes_out_of_its_repr(session: ProfileSession) -> None:
    space = _document_with_history(session)
    record = session.documents.load_document(space)
    assert isinstance(record, DocumentRecord)
    assert "snapshot" not in repr(record).replace("snapshot=", "")
    assert "change" not in repr(record).replace("changes=", "")
    assert repr(record) == "DocumentRecord(generation=1)"


# --- all or nothing ------------------------------------------------------------------------------------------


class _FailingConnection:
    """Passes everything through, but fails right after one kind of statement ran, as a full disk would."""

    def __init__(self, conn: Connection, after: str) -> None:
        self._conn = conn
        self._after = after

    def _then_fail(self, sql: str, result: object) -> object:
        if sql.startswith(self._after):
            raise DatabaseError("database or disk is full")
        return result

    def execute(self, sql: str, *args: object) -> object:
        return self._then_fail(sql, self._conn.execute(sql, *args))

    def executemany(self, sql: str, *args: object) -> object:
        return self._then_fail(sql, self._conn.executemany(sql, *args))


class _FailingSource:
    def __init__(self, session: ProfileSession, after: str) -> None:
        self._session = session
        self._after = after

    def connection(self) -> _FailingConnection:
        return _FailingConnection(self._session.connection(), self._after)


NEW_SPACE = os.urandom(16)


@pytest.mark.parametrize(
    ("after", "write"),
    [
        ("INSERT INTO document_changes", lambda d, s: d.append_changes(s, [b"change 4", b"change 5"])),
        ("UPDATE document_snapshots", lambda d, s: d.save_snapshot(s, b"snapshot 2", replaces_changes=2)),
        ("DELETE FROM document_changes", lambda d, s: d.save_snapshot(s, b"snapshot 2", replaces_changes=2)),
        (
            "INSERT INTO document_snapshots",
            lambda d, s: d.save_snapshot(NEW_SPACE, b"new", replaces_changes=0),
        ),
        ("DELETE FROM document_changes", lambda d, s: d.forget_document(s)),
        ("DELETE FROM document_snapshots", lambda d, s: d.forget_document(s)),
    ],
)
def test_a_write_that_fails_inside_the_transaction_stores_nothing(
    session: ProfileSession, after: str, write: Callable[[DocumentRepository, bytes], None]
) -> None:
    space = _document_with_history(session)
    before = session.documents.load_document(space)
    with pytest.raises(DatabaseError, match="disk is full"):
        write(DocumentRepository(_FailingSource(session, after)), space)
    assert not session.connection().in_transaction
    assert session.documents.load_document(space) == before
    assert session.documents.load_document(NEW_SPACE) is None


# --- validation and schema -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda d: d.load_document(b"short"), "Space id"),
        (lambda d: d.append_changes(NEW_SPACE, b"change"), "Changes"),
        (lambda d: d.append_changes(NEW_SPACE, [b"ok", b""]), "Change 1"),
        (lambda d: d.append_changes(NEW_SPACE, [b"ok"]), "Document"),
        (lambda d: d.save_snapshot(NEW_SPACE, b"", replaces_changes=0), "Snapshot"),
        (lambda d: d.save_snapshot(NEW_SPACE, b"s", replaces_changes=-1), "Changes replaced"),
        (lambda d: d.save_snapshot(NEW_SPACE, b"s", replaces_changes=1), "Changes replaced"),
        (lambda d: d.forget_document(bytearray(16)), "Space id"),
    ],
)
def test_bad_arguments_raise_validation_errors(
    session: ProfileSession, call: Callable[[DocumentRepository], object], field: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        call(session.documents)
    assert raised.value.field == field
    conn = session.connection()
    counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in DOCUMENT_TABLES]
    assert counts == [0] * len(DOCUMENT_TABLES)


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO document_snapshots VALUES (zeroblob(15), x'00', NULL, 0)",
        "INSERT INTO document_snapshots VALUES (zeroblob(16), x'', NULL, 0)",
        "INSERT INTO document_snapshots VALUES (zeroblob(16), 'text', NULL, 0)",
        "INSERT INTO document_snapshots VALUES (zeroblob(16), x'00', x'00', 0)",
        "INSERT INTO document_snapshots VALUES (zeroblob(16), x'00', NULL, 1)",
        "INSERT INTO document_snapshots VALUES (zeroblob(16), x'00', x'', 1)",
        "INSERT INTO document_snapshots VALUES (zeroblob(16), x'00', NULL, -1)",
        "INSERT INTO document_changes (space_id, change) VALUES (zeroblob(16), x'00')",  # no document
    ],
)
def test_the_schema_refuses_what_validation_refuses(session: ProfileSession, sql: str) -> None:
    with pytest.raises(DatabaseError):
        session.connection().execute(sql)


def test_the_schema_refuses_an_empty_change(session: ProfileSession) -> None:
    conn = session.connection()
    conn.execute("INSERT INTO document_snapshots VALUES (zeroblob(16), x'00', NULL, 0)")
    with pytest.raises(DatabaseError):
        conn.execute("INSERT INTO document_changes (space_id, change) VALUES (zeroblob(16), x'')")


def test_forget_document_leaves_no_row_behind(session: ProfileSession) -> None:
    gone, kept = _document_with_history(session), _document_with_history(session)
    session.documents.forget_document(gone)
    assert set(_rows_for(session, gone).values()) == {0}
    assert _rows_for(session, kept) == {
        "document_snapshots": 1,
        "document_changes": 3,
        "document_proofs": 1,
        "document_seen": 1,
    }


def test_what_was_seen_is_kept_per_document_in_order(session: ProfileSession) -> None:
    space = _document_with_history(session)
    heads = [bytes([n]) * 32 for n in (3, 1, 2)]
    session.documents.save_seen(space, heads)
    assert session.documents.load_seen(space) == heads
    assert session.documents.load_seen(os.urandom(16)) is None


@pytest.mark.parametrize(
    ("heads", "what"),
    [
        ([], "Number of heads"),
        ([b"short"], "Head 0"),
        (b"h" * 32, "Heads"),
        ([b"h" * 32] * 1025, "Number of heads"),
    ],
)
def test_what_was_seen_must_be_change_hashes(session: ProfileSession, heads: object, what: str) -> None:
    space = _document_with_history(session)
    with pytest.raises(ValidationError, match=what):
        session.documents.save_seen(space, heads)  # type: ignore[arg-type]
    assert session.documents.load_seen(space) == [b"h" * 32]  # unchanged


def test_what_was_seen_needs_its_document(session: ProfileSession) -> None:
    with pytest.raises(ValidationError, match="Document"):
        session.documents.save_seen(os.urandom(16), [b"h" * 32])


# --- privacy -------------------------------------------------------------------------------------------------


def _canary(size: int) -> bytes:
    return (b"CANARY" + secrets.token_hex(size).encode())[:size]


def test_no_document_canary_in_any_file(tmp_path: Path) -> None:
    manager = ProfileManager(tmp_path / "data", kdf=FAST_KDF)
    s = manager.create("", PASSPHRASE)
    space, forgotten = _canary(16), _canary(16)
    snapshots = [_canary(40) for _ in range(3)]
    changes = [_canary(40) for _ in range(30)]
    # Large snapshots spill into overflow pages; compactions free pages (secure_delete) along the way.
    s.documents.save_snapshot(space, snapshots[0] * 3000, replaces_changes=0)
    for generation in (1, 2):
        s.documents.append_changes(space, [c * (20 + i) for i, c in enumerate(changes[:15])])
        s.documents.save_snapshot(space, snapshots[generation] * 3000, replaces_changes=10)
    s.documents.append_changes(space, [c * 100 for c in changes[15:]])
    forgotten_snapshot, forgotten_change = _canary(40), _canary(40)
    s.documents.save_snapshot(forgotten, forgotten_snapshot * 500, replaces_changes=0)
    s.documents.append_changes(forgotten, [forgotten_change * 50])
    s.documents.forget_document(forgotten)
    needles = [space, forgotten, forgotten_snapshot, forgotten_change, *snapshots, *changes]

    assert files_containing(tmp_path, needles) == []  # while open: the WAL holds only ciphertext too
    record = s.documents.load_document(space)
    assert record is not None
    assert (record.generation, len(record.changes)) == (2, 25)
    s.lock()
    assert files_containing(tmp_path, needles) == []


# --- crash safety --------------------------------------------------------------------------------------------


def _run_until_killed(directory: Path, key: bytes, space: bytes, seed: str, delay: float) -> list[str]:
    """Start a child that appends and compacts, SIGKILL it after *delay* seconds; return what it reported."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")])}
    script = Path(__file__).with_name("crash_documents_child.py")
    child = subprocess.Popen(
        [sys.executable, str(script), str(directory), key.hex(), space.hex(), seed],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    assert child.stdout is not None
    assert child.stderr is not None
    try:
        ready = child.stdout.readline()
        assert ready == b"ready\n", f"child failed to start: {ready!r} {child.stderr.read()!r}"
        # Read only after the kill: the pipe buffer keeps every line printed before it.
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        lines = child.stdout.read().decode().splitlines()
        errors = child.stderr.read().decode()
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL, errors
    return lines


def _check_document(record: DocumentRecord | None, acked_change: int, acked_generation: int) -> int:
    """Assert the stored document is whole and holds every acknowledged write; returns its generation."""
    assert record is not None
    generation, covered = parse_snapshot(record.snapshot)
    assert record.snapshot == snapshot_for(generation, covered), "torn snapshot"
    assert record.generation == generation >= acked_generation
    if generation == 0:
        assert record.previous_snapshot is None
    else:
        assert record.previous_snapshot is not None
        previous_generation, previous_covered = parse_snapshot(record.previous_snapshot)
        assert previous_generation == generation - 1
        assert previous_covered <= covered
        assert record.previous_snapshot == snapshot_for(previous_generation, previous_covered), (
            "torn previous"
        )
    # The rows are exactly the changes after those the snapshot holds, in order, with none missing.
    assert list(record.changes) == [change_for(n) for n in range(covered, covered + len(record.changes))]
    assert acked_change < covered + len(record.changes), "an acknowledged append was lost"
    return generation


@pytest.mark.slow
def test_kill_during_appends_and_compactions_loses_nothing_acknowledged(tmp_path: Path) -> None:
    seed = int(os.environ.get("COMMONS_CRASH_SEED", str(random.randrange(1 << 30))))
    print(f"COMMONS_CRASH_SEED={seed}")  # shown with a failure, to replay it
    rng = random.Random(seed)
    manager = ProfileManager(tmp_path / "data", kdf=FAST_KDF)
    manager.create("", PASSPHRASE).lock()
    [info] = manager.list_profiles()
    directory = manager.profile_dir(info.profile_id)
    key = derive_key(PASSPHRASE, read_header(directory).salt, read_header(directory).kdf)
    space = os.urandom(16)

    acked_change, acked_generation, appends, compactions = -1, 0, 0, 0
    for run in range(KILLS):
        for line in _run_until_killed(directory, key, space, f"{seed}-{run}", rng.uniform(0.1, 0.45)):
            kind, number = line.split()
            if kind == "a":
                acked_change, appends = int(number), appends + 1
            else:
                acked_generation, compactions = int(number), compactions + 1
        with manager.unlock(info.profile_id, PASSPHRASE) as session:
            assert session.integrity_problems() == [], f"seed {seed}"
            _check_document(session.documents.load_document(space), acked_change, acked_generation)

    assert appends > KILLS, f"too few appends to mean anything (seed {seed})"
    assert compactions > KILLS, f"too few compactions to mean anything (seed {seed})"
