"""Child process for the crash-safety test: commits check-ins in a loop, reporting each commit on stdout.

Usage: python crash_child.py PROFILE_DIR KEY_HEX FIRST_SEQUENCE
"""

from __future__ import annotations

import sys
from pathlib import Path

from store._database import DB_FILE, open_database
from store.session import ProfileSession
from tests.store.crash_schedule import day_for, note_for


def main() -> None:
    directory, key_hex, first = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    session = ProfileSession(
        "crash", "", False, directory, open_database(directory / DB_FILE, bytes.fromhex(key_hex))
    )
    print("ready", flush=True)
    seq = first
    while True:
        session.checkins.record(day_for(seq), 1 + seq % 10, note_for(seq), tags=["crash"])
        print(seq, flush=True)  # only after COMMIT returned
        seq += 1


if __name__ == "__main__":
    main()
