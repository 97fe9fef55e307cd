"""Numbered SQL migrations (migrations/NNNN_name.sql), all pending ones applied in one transaction."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from ._database import Connection
from .errors import UnsupportedFormatError

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available_migrations() -> list[Migration]:
    found: list[Migration] = []
    for entry in resources.files("store.migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    expected = list(range(1, len(found) + 1))
    if [m.version for m in found] != expected:
        raise RuntimeError(f"Migrations must be numbered 1..n without gaps, found {[m.name for m in found]}")
    return found


def latest_version() -> int:
    return len(available_migrations())


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, target: int | None = None) -> int:
    """Bring the schema to *target* (default: latest). Returns the version reached."""
    migrations = available_migrations()
    goal = len(migrations) if target is None else target
    current = schema_version(conn)
    if current > len(migrations):
        raise UnsupportedFormatError(
            f"This profile was saved by a newer version of Commons (schema {current}); update Commons to open it."
        )
    pending = [m for m in migrations if current < m.version <= goal]
    if not pending:
        return current
    # executescript would commit an open transaction first, so the script carries its own BEGIN/COMMIT;
    # user_version lives in the database header and changes in the same transaction.
    script = "BEGIN IMMEDIATE;\n"
    for m in pending:
        script += f"-- {m.name}\n{m.sql}\n"
    script += f"PRAGMA user_version = {pending[-1].version};\nCOMMIT;\n"
    try:
        conn.executescript(script)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return pending[-1].version
