"""An unlocked profile: one open encrypted connection and the repositories that use it."""

from __future__ import annotations

from pathlib import Path

from ._database import Connection, integrity_problems
from .checkins import CheckInRepository
from .contributions import ContributionRepository
from .errors import ProfileLockedError
from .goals import GoalRepository
from .identity import IdentityRepository
from .plan import PlanRepository
from .settings import SettingsRepository
from .supporters import SupporterRepository


class ProfileSession:
    """Use from one thread only (the connection is bound to the thread that unlocked it)."""

    def __init__(self, profile_id: str, label: str, guest: bool, directory: Path, conn: Connection) -> None:
        self.profile_id = profile_id
        self.label = label
        self.guest = guest
        self.directory = directory
        self._conn: Connection | None = conn
        self.plan = PlanRepository(self)
        self.goals = GoalRepository(self)
        self.checkins = CheckInRepository(self)
        self.supporters = SupporterRepository(self)
        self.contributions = ContributionRepository(self)
        self.settings = SettingsRepository(self)
        self.identity = IdentityRepository(self)

    def connection(self) -> Connection:
        if self._conn is None:
            raise ProfileLockedError()
        return self._conn

    @property
    def locked(self) -> bool:
        return self._conn is None

    def integrity_problems(self) -> list[str]:
        """Problems found by SQLCipher's page check and SQLite's structure check; empty when sound."""
        return integrity_problems(self.connection())

    def lock(self) -> None:
        """Close the database. The key is no longer held by this session; unlock again to continue."""
        conn, self._conn = self._conn, None
        if conn is not None:
            # Fold the WAL back into the encrypted main file so no -wal file lingers after lock.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()

    def __enter__(self) -> ProfileSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()
