"""Child process for the document crash test: appends changes and compacts in a loop, reporting each on stdout.

Usage: python crash_documents_child.py PROFILE_DIR KEY_HEX SPACE_HEX SEED

Prints "ready", then "a N" once the append holding change N returned and "c G" once snapshot G was saved.
Change N and the snapshot of generation G covering the first K changes have fixed contents (below), so the
test can tell a whole snapshot from a torn one and check the change rows against the snapshot.
"""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

from store._database import DB_FILE, open_database
from store.session import ProfileSession


def _filler(label: str, size: int) -> bytes:
    return hashlib.shake_256(label.encode()).digest(size)


def change_for(seq: int) -> bytes:
    return b"change %d|" % seq + _filler(f"change {seq}", 64 + seq * 7919 % 4000)


def snapshot_for(generation: int, covered: int) -> bytes:
    """Generation *generation*, holding changes 0 … covered-1; large, so a save spans many pages."""
    return b"snapshot %d %d|" % (generation, covered) + _filler(
        f"{generation} {covered}", 100_000 + generation % 7 * 150_000
    )


def parse_snapshot(snapshot: bytes) -> tuple[int, int]:
    """(generation, covered) named in the snapshot's header."""
    generation, covered = snapshot[: snapshot.index(b"|")].split()[1:]
    return int(generation), int(covered)


def _report(line: str) -> None:
    # One write, so a kill cannot cut a line in two (print writes its pieces apart when PYTHONUNBUFFERED is set).
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> None:
    directory, key_hex, space, seed = Path(sys.argv[1]), sys.argv[2], bytes.fromhex(sys.argv[3]), sys.argv[4]
    session = ProfileSession(
        "crash", "", False, directory, open_database(directory / DB_FILE, bytes.fromhex(key_hex))
    )
    documents = session.documents
    rng = random.Random(seed)
    stored = documents.load_document(space)
    if stored is None:
        documents.save_snapshot(space, snapshot_for(0, 0), replaces_changes=0)
        generation, covered, next_seq = 0, 0, 0
    else:
        generation, covered = parse_snapshot(stored.snapshot)
        next_seq = covered + len(stored.changes)
    _report("ready")

    def append(count: int) -> None:
        nonlocal next_seq
        documents.append_changes(space, [change_for(next_seq + i) for i in range(count)])
        next_seq += count
        _report(f"a {next_seq - 1}")  # only after COMMIT returned

    while True:
        if rng.random() < 0.3:
            read = documents.load_document(space)
            assert read is not None
            if rng.random() < 0.5:
                append(rng.randint(1, 3))  # arrives between reading and compacting: must stay
            replaced = len(read.changes)
            generation, covered = generation + 1, covered + replaced
            documents.save_snapshot(space, snapshot_for(generation, covered), replaces_changes=replaced)
            _report(f"c {generation}")
        else:
            append(rng.randint(1, 3))


if __name__ == "__main__":
    main()
