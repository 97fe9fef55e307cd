"""Child process of the document kill test: writes records into a community document through a real sync engine
on the real encrypted store (appends, and a compaction every `COMPACT_AFTER` changes), reporting each on stdout.

Usage: python document_kill_child.py PROFILE_DIR KEY_HEX SPACE_HEX PREFIX

Prints "ready", then an asset's id once the change that added it was saved (`SyncEngine.change` returned).
"""

from __future__ import annotations

import sys
from pathlib import Path

from store._database import DB_FILE, open_database
from store.session import ProfileSession
from sync.community import Asset, AssetKind
from sync.engine import SyncEngine, replica
from sync.membership.state import member_id_of
from sync.ports import device_keys_from

CANARY = "CANARY-saved-record"  # in every title: no file may hold it in the clear
COMPACT_AFTER = (
    25  # not 200: compactions (a whole new snapshot) are the larger saves, so more kills land in one
)


def engine_for(session: ProfileSession) -> SyncEngine:
    """The engine as the sync service builds it, on this profile's stores."""
    return SyncEngine(
        device_keys_from(session.identity),
        session.spaces,
        session.documents,
        actor_id=session.identity.get().actor_id,
    )


def _report(line: str) -> None:
    sys.stdout.write(line + "\n")  # one write: a kill cannot cut a line in two
    sys.stdout.flush()


def main() -> None:
    directory, key_hex, space, prefix = (
        Path(sys.argv[1]),
        sys.argv[2],
        bytes.fromhex(sys.argv[3]),
        sys.argv[4],
    )
    session = ProfileSession(
        "crash", "", False, directory, open_database(directory / DB_FILE, bytes.fromhex(key_hex))
    )
    replica.COMPACT_AFTER = COMPACT_AFTER
    engine = engine_for(session)
    author = member_id_of(engine.me.device_id)
    _report("ready")
    n = 0
    while True:
        asset = Asset(f"{prefix}-{n}", AssetKind.BUILT, f"{CANARY} {prefix}-{n}", author)
        engine.change(space, lambda doc, asset=asset: doc.add_asset(asset))  # type: ignore[misc]
        _report(asset.id)  # only after the change was saved
        n += 1


if __name__ == "__main__":
    main()
