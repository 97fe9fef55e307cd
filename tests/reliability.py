"""The reliability record's results: each long-running reliability test tallies its runs and writes one JSON line
to `$COMMONS_RELIABILITY_DIR/results.jsonl` (when set), which `scripts/reliability_table.py` sums into the table
of docs/reliability.md. Nothing is parsed from pytest's output."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

__all__ = ["RESULTS_ENV", "ROWS", "Tally", "tally"]

RESULTS_ENV = "COMMONS_RELIABILITY_DIR"
RESULTS_FILE = "results.jsonl"

# Row key -> what the row counts, in the table's order. "Lost" and "leaked" say what each row means by them.
ROWS = {
    "partitions": "Partition/heal schedules of 5 peers with drops, duplicates and reordering "
    "(lost: a written record missing on a peer)",
    "store-kills": "SIGKILLs of the store while committing (lost: a reported commit missing)",
    "document-kills": "SIGKILLs during community document saves (lost: a change whose save returned missing; "
    "leaked: a file holding a record's words in the clear)",
    "service-kills": "Kills of a sync service mid-session (lost: an acknowledged write or waiting support "
    "request missing; a duplicate fails the run; leaked: as above)",
    "removed-envelopes": "Envelopes sealed after a member's removal and key rotation (lost: one a remaining "
    "member could not open; leaked: one the removed member opened)",
}


@dataclass
class Tally:
    """What one test saw: runs done, runs that failed, the items lost and leaked over all runs, and how long it
    took."""

    row: str
    runs: int = 0
    failures: int = 0
    lost: int = 0
    leaked: int = 0
    seconds: float = 0.0  # how long the test took, set when it is written
    started: float = field(default_factory=time.monotonic, repr=False)

    def run(self, *, lost: int = 0, leaked: int = 0, failed: bool = False) -> None:
        """Count one run; it failed if it lost or leaked anything (or *failed* says so)."""
        self.runs += 1
        self.lost += lost
        self.leaked += leaked
        self.failures += int(failed or lost > 0 or leaked > 0)

    def write(self) -> None:
        folder = os.environ.get(RESULTS_ENV)
        if not folder:
            return
        self.seconds = round(time.monotonic() - self.started, 3)
        entry = asdict(self)
        del entry["started"]
        line = json.dumps(entry) + "\n"
        # One append of one short line: tests in several processes may write to the same file.
        fd = os.open(Path(folder) / RESULTS_FILE, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line.encode())
        finally:
            os.close(fd)


@contextmanager
def tally(row: str) -> Iterator[Tally]:
    """A tally for *row*, written when the block ends; an exception escaping the block counts as one more failed
    run (so a test that stops at its first assertion is still in the record)."""
    if row not in ROWS:
        raise ValueError(f"unknown reliability row {row!r}")
    counted = Tally(row)
    try:
        yield counted
    except BaseException:
        counted.run(failed=True)
        raise
    finally:
        counted.write()
