"""Crash safety: SIGKILL a process that is committing check-ins, then prove every reported commit survived."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store import ProfileManager
from store._header import read_header
from store._kdf import derive_key
from tests.reliability import tally
from tests.store.crash_schedule import DAYS, day_for, seq_in
from tests.support import FAST_KDF, PASSPHRASE

KILLS = int(os.environ.get("COMMONS_CRASH_KILLS", "50"))
ROOT = Path(__file__).resolve().parents[2]


def _run_until_killed(directory: Path, key: bytes, first: int, rng: random.Random) -> list[int]:
    """Start a child, let it commit for a random while, SIGKILL it; return the sequence numbers it reported."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")])}
    child = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("crash_child.py")),
            str(directory),
            key.hex(),
            str(first),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )
    assert child.stdout is not None
    lines: list[bytes] = []
    try:
        ready = child.stdout.readline()
        assert ready == b"ready\n", f"child failed to start: {ready!r}"
        # Read only after the kill: the pipe buffer keeps every line printed before it.
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        lines = child.stdout.read().splitlines()
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    return [int(line) for line in lines]


def _lost(manager: ProfileManager, profile_id: str, reported: list[int]) -> tuple[int, bool]:
    """How many of *reported* the store lacks (a later commit on the same day may replace one), and whether
    its integrity check passed."""
    with manager.unlock(profile_id, PASSPHRASE) as session:
        whole = session.integrity_problems() == []
        stored = {c.day: seq_in(c.note) for c in session.checkins.between()}
    lost = [
        s for s in reported if not (stored.get(day_for(s), -1) >= s and stored[day_for(s)] % DAYS == s % DAYS)
    ]
    return len(lost), whole


@pytest.mark.slow
def test_kill_during_commits_loses_nothing_reported(tmp_path: Path) -> None:
    seed = int(os.environ.get("COMMONS_CRASH_SEED", str(random.randrange(1 << 30))))
    rng = random.Random(seed)
    manager = ProfileManager(tmp_path / "data", kdf=FAST_KDF)
    manager.create("", PASSPHRASE).lock()
    [info] = manager.list_profiles()
    directory = manager.profile_dir(info.profile_id)
    header = read_header(directory)
    key = derive_key(PASSPHRASE, header.salt, header.kdf)

    reported: list[int] = []
    next_seq = 0
    with tally("store-kills") as counted:
        for _ in range(KILLS):
            got = _run_until_killed(directory, key, next_seq, rng)
            reported += got
            next_seq = (max(got) + 1) if got else next_seq
            lost, whole = _lost(manager, info.profile_id, got)
            counted.run(lost=lost, failed=not whole)

    assert len(reported) > KILLS, f"too few commits to mean anything (seed {seed})"
    assert counted.failures == 0, f"{counted.failures} of {KILLS} runs failed (seed {seed})"
    lost, whole = _lost(manager, info.profile_id, reported)
    assert whole, f"seed {seed}"
    assert lost == 0, f"{lost} reported commits lost (seed {seed})"
