"""An unlocked profile: one open encrypted connection and the repositories that use it."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from ._database import Connection, integrity_problems
from .ballots import SealedBallotRepository
from .checkins import CheckInRepository
from .contributions import ContributionRepository
from .documents import DocumentRepository
from .errors import ProfileLockedError
from .goals import GoalRepository
from .identity import IdentityRepository
from .plan import PlanRepository
from .pulse import PulseAnswerRepository
from .relay import RelayRepository
from .settings import SettingsRepository
from .spaces import SpaceRepository
from .support_circles import SupportCircleRepository
from .support_outbox import SupportOutboxRepository
from .supporters import SupporterRepository

IN_USE_FILE = ".in-use"


def in_use_elsewhere(directory: Path) -> bool:
    """True while another open session holds the profile (see ProfileSession.hold_in_use)."""
    try:
        fd = os.open(directory / IN_USE_FILE, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


class ProfileSession:
    """Use from one thread only (the connection is bound to the thread that unlocked it)."""

    def __init__(
        self, profile_id: str, label: str, guest: bool, directory: Path, conn: Connection, key: bytes = b""
    ) -> None:
        self.profile_id = profile_id
        self._key = key
        self.label = label
        self.guest = guest
        self.directory = directory
        self._conn: Connection | None = conn
        self._in_use_fd: int | None = None
        self.plan = PlanRepository(self)
        self.goals = GoalRepository(self)
        self.checkins = CheckInRepository(self)
        self.supporters = SupporterRepository(self)
        self.contributions = ContributionRepository(self)
        self.settings = SettingsRepository(self)
        self.identity = IdentityRepository(self)
        self.spaces = SpaceRepository(self)
        self.documents = DocumentRepository(self)
        self.relay = RelayRepository(self)
        self.support_circles = SupportCircleRepository(self)
        self.pulse = PulseAnswerRepository(self)
        self.ballots = SealedBallotRepository(self)  # what my sealed votes hide until the reveal
        self.support_outbox = SupportOutboxRepository(self)

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

    def hold_in_use(self) -> None:
        """Mark the profile as in use by this process until lock(), so start-up clean-up elsewhere spares it."""
        fd = os.open(self.directory / IN_USE_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        self._in_use_fd = fd

    def database_key(self) -> bytes:
        """The raw database key, for the one other process that must open this profile while it is unlocked
        (the sync service, which receives it over a pipe). Raises ProfileLockedError once locked."""
        if self._conn is None or not self._key:
            raise ProfileLockedError()
        return self._key

    def lock(self) -> None:
        """Close the database. The key is no longer held by this session; unlock again to continue."""
        self._key = b""
        conn, self._conn = self._conn, None
        if conn is not None:
            # Fold the WAL back into the encrypted main file so no -wal file lingers after lock.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        fd, self._in_use_fd = self._in_use_fd, None
        if fd is not None:
            os.close(fd)  # closing releases the flock

    def __enter__(self) -> ProfileSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()
