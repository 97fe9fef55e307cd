"""Privacy: personal data never appears in plaintext in any file of the profile or in any log output."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from pathlib import Path

import pytest

from store import (
    MINUTES,
    ContributionKind,
    PlanSection,
    ProfileManager,
    Question,
    WrongPassphraseError,
    export_profile,
)
from tests.support import FAST_KDF, PASSPHRASE, files_containing


def _canaries(n: int) -> list[str]:
    return [f"CANARY{secrets.token_hex(8)}" for _ in range(n)]


def test_no_canary_in_any_file_or_log(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    canaries = _canaries(60)  # enough for every plan section (the full crisis plan has 19)
    it = iter(canaries)
    manager = ProfileManager(tmp_path / "data", kdf=FAST_KDF)
    s = manager.create("", PASSPHRASE)
    for section in PlanSection:
        s.plan.add(section, next(it), next(it) if section.response_label else "")
    g = s.goals.add(next(it), next(it))
    s.goals.add_action(g.id, next(it))
    today = dt.date.today()
    for day in range(3):
        s.checkins.record(
            today - dt.timedelta(days=day), 5, next(it), {Question.STRESS: 3}, [next(it).lower()]
        )
    s.supporters.add(next(it), next(it), next(it), frozenset({PlanSection.TOOLBOX}))
    s.contributions.add(ContributionKind.HOURS, 60, MINUTES, today, next(it), next(it))
    # Bulk data so pages spill, get rewritten and freed (secure_delete) along the way.
    for i in range(200):
        s.checkins.record(today - dt.timedelta(days=10 + i), 1 + i % 10, canaries[i % len(canaries)] * 5)
    removed = s.plan.items()[0]
    s.plan.remove(removed.id)
    needles = [c.encode() for c in canaries] + [c.lower().encode() for c in canaries]

    # While open: the write-ahead log and shared memory file hold only ciphertext too.
    assert files_containing(tmp_path, needles) == []
    manager.change_passphrase(s, PASSPHRASE, "quiet meadow copper kettle")
    export_profile(s, tmp_path / "out.commons-profile", "amber ferry whistle 1987", FAST_KDF)
    s.lock()
    with pytest.raises(WrongPassphraseError):
        manager.unlock(s.profile_id, PASSPHRASE)

    assert files_containing(tmp_path, needles) == []
    out, err = capfd.readouterr()
    logged = caplog.text + out + err
    assert [c for c in canaries if c in logged or c.lower() in logged] == []


def _spilled_temp_bytes(conn: object, canary: str) -> bytes:
    """Run a sort too large for the page cache and return what SQLite's (unlinked) temp files hold."""
    conn.execute("PRAGMA cache_size = 10")  # type: ignore[attr-defined]
    cursor = conn.execute(  # type: ignore[attr-defined]
        "SELECT text || ? FROM plan_items ORDER BY text || ? DESC", (canary, canary)
    )
    cursor.fetchone()  # the sort has run; its spill files are open until the cursor finishes
    spilled = b""
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = Path(fd).readlink()
        except OSError:
            continue
        if "etilqs_" in target.name:  # SQLite's temp file prefix, wherever its temp directory is
            spilled += Path(fd).read_bytes()
    cursor.close()
    return spilled


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs /proc to see unlinked temp files")
def test_temp_store_keeps_sorts_in_memory(tmp_path: Path) -> None:
    """SQLite unlinks its temp files at once, so the test reads them through /proc while they are open."""
    manager = ProfileManager(tmp_path / "data", kdf=FAST_KDF)
    canary = _canaries(1)[0]
    with manager.create("", PASSPHRASE) as s:
        conn = s.connection()
        # Past SQLite's sorter threshold (250 pages, ~1 MB), a sort spills to temp storage.
        conn.executemany(
            "INSERT INTO plan_items (id, section, position, text, created_at, updated_at)"
            " VALUES (?, 'toolbox', ?, ?, '', '')",
            [(f"{i:05d}", i, f"{i:05d}" + "y" * 1900) for i in range(1500)],
        )
        assert canary.encode() not in _spilled_temp_bytes(conn, canary)
        # Control: the same sort with temp_store=FILE does leak, so this test can see a leak.
        conn.execute("PRAGMA temp_store = FILE")
        assert canary.encode() in _spilled_temp_bytes(conn, canary)
