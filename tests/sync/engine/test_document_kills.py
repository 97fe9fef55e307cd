"""Crash safety of the community document's save path: SIGKILL a process whose sync engine is saving changes
(appends and compactions) to the encrypted store; after each kill the document loads through a new engine and
holds every change whose save returned, and no file holds a record's words in the clear."""

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
from tests.support import FAST_KDF, PASSPHRASE, files_containing
from tests.sync.engine.document_kill_child import CANARY, engine_for

KILLS = int(os.environ.get("COMMONS_DOCUMENT_KILLS", "4"))
RUNS_PER_COMMUNITY = 10  # then a new community, so that loading stays quick over a long run
ROOT = Path(__file__).resolve().parents[3]
CHILD = Path(__file__).with_name("document_kill_child.py")


def _run_until_killed(
    directory: Path, key: bytes, space: bytes, prefix: str, after: int, delay: float
) -> list[str]:
    """Start a child writing records, SIGKILL it *delay* seconds after its *after*-th save (so that the number
    of saves does not depend on how loaded the machine is); return the ids it reported saved."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")])}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(directory), key.hex(), space.hex(), prefix],
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
        lines = [child.stdout.readline().decode().strip() for _ in range(after)]
        time.sleep(delay)  # the pipe keeps every line printed before the kill
        child.send_signal(signal.SIGKILL)
        lines += child.stdout.read().decode().splitlines()
        errors = child.stderr.read().decode()
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL, errors
    return lines


def _new_community(manager: ProfileManager, profile_id: str, name: str) -> bytes:
    with manager.unlock(profile_id, PASSPHRASE) as session:
        return engine_for(session).create_community(name).id


def _missing(
    manager: ProfileManager, profile_id: str, space: bytes, saved: set[str]
) -> tuple[int, bool, int]:
    """How many of *saved* the document, loaded by a new engine, lacks; whether the store and the document are
    whole (integrity check passed, every space readable); and the stored snapshot's generation (how many
    compactions it went through)."""
    with manager.unlock(profile_id, PASSPHRASE) as session:
        engine = engine_for(session)
        document = engine.document(space)
        whole = session.integrity_problems() == [] and not engine.unreadable and document is not None
        stored = session.documents.load_document(space)
        held = set(document.view().assets) if document is not None else set()
    return len(saved - held), whole, stored.generation if stored is not None else -1


@pytest.mark.slow
def test_kill_during_document_saves_loses_no_saved_change(tmp_path: Path) -> None:
    seed = int(os.environ.get("COMMONS_CRASH_SEED", str(random.randrange(1 << 30))))
    print(f"COMMONS_CRASH_SEED={seed}")  # shown with a failure, to replay it
    rng = random.Random(seed)
    manager = ProfileManager(tmp_path / "data", kdf=FAST_KDF)
    manager.create("", PASSPHRASE).lock()
    [info] = manager.list_profiles()
    directory = manager.profile_dir(info.profile_id)
    key = derive_key(PASSPHRASE, read_header(directory).salt, read_header(directory).kdf)

    saved: set[str] = set()
    space, total, compactions, generation = b"", 0, 0, 0
    with tally("document-kills") as counted:
        for run in range(KILLS):
            if run % RUNS_PER_COMMUNITY == 0:
                space, saved = _new_community(manager, info.profile_id, f"Street {run}"), set()
                generation = 0
            after, delay = rng.randint(10, 60), rng.uniform(0.0, 0.1)
            reported = _run_until_killed(directory, key, space, f"r{run}", after, delay)
            saved, total = saved | set(reported), total + len(reported)
            lost, whole, now = _missing(manager, info.profile_id, space, saved)
            compactions, generation = compactions + max(0, now - generation), now
            leaked = len(files_containing(tmp_path, [CANARY.encode()]))
            counted.run(lost=lost, leaked=leaked, failed=not whole)

    assert counted.runs == KILLS
    assert counted.failures == 0, f"{counted} (seed {seed})"
    assert total > KILLS * 10, f"too few saves to mean anything (seed {seed})"
    assert compactions > 0, f"too few compactions to mean anything (seed {seed})"
