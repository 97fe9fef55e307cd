"""Profiles on this device: create, list, unlock, change passphrase, delete, guest sessions."""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import _header
from ._common import clean_text
from ._database import (
    DB_FILE,
    DatabaseError,
    assert_encrypted_on_disk,
    open_database,
    raise_corrupt,
    transaction,
)
from ._header import ProfileHeader, read_header, write_atomic, write_header
from ._kdf import DEFAULT_KDF, KdfParams, derive_key, key_check, new_salt
from ._migrate import migrate, schema_version
from ._paths import PROFILES_FOLDER, default_data_dir, private_dir, private_file
from ._wipe import finish_interrupted_wipes, wipe_directory
from .errors import (
    CorruptProfileError,
    ProfileNotFoundError,
    StoreError,
    WrongPassphraseError,
)
from .identity import replace_identity
from .passphrase import require_strong
from .session import ProfileSession, in_use_elsewhere

# A passphrase change writes the next header here first, so a crash mid-rekey never strands the data.
NEXT_HEADER_FILE = "profile.next.json"
_PROFILE_ID = re.compile(r"^[0-9a-f]{24}$")
GUEST_LABEL = "Guest"


@dataclass(frozen=True)
class ProfileInfo:
    """What the profile picker may show before unlock. *problem* is set when the profile is damaged."""

    profile_id: str
    label: str
    guest: bool
    created_at: str
    problem: str | None = None


class ProfileManager:
    def __init__(self, data_dir: Path | None = None, kdf: KdfParams = DEFAULT_KDF) -> None:
        self.data_dir = data_dir if data_dir is not None else default_data_dir()
        self.root = self.data_dir / PROFILES_FOLDER
        self.kdf = kdf

    # -- listing ---------------------------------------------------------------------------------

    def list_profiles(self) -> list[ProfileInfo]:
        if not self.root.is_dir():
            return []
        found: list[ProfileInfo] = []
        for entry in sorted(self.root.iterdir()):
            if not entry.is_dir() or not _PROFILE_ID.match(entry.name):
                continue  # in-progress imports, interrupted wipes, stray files
            try:
                h = read_header(entry)
                found.append(ProfileInfo(h.profile_id, h.label, h.guest, h.created_at))
            except StoreError as exc:
                found.append(ProfileInfo(entry.name, "", False, "", problem=str(exc)))
        return sorted(found, key=lambda p: (p.guest, p.label.casefold(), p.created_at))

    def profile_dir(self, profile_id: str) -> Path:
        if not _PROFILE_ID.match(profile_id):
            raise ProfileNotFoundError(profile_id)
        path = self.root / profile_id
        if not path.is_dir():
            raise ProfileNotFoundError(profile_id)
        return path

    # -- create and unlock ----------------------------------------------------------------------

    def create(
        self, label: str, passphrase: str, *, fill: Callable[[ProfileSession], None] | None = None
    ) -> ProfileSession:
        """A new personal profile. *label* is shown in the picker (in plaintext) and may be empty.

        *fill* writes the profile's first content while it is still being built aside (an import): if it
        fails, the half-made profile is wiped and no profile appears."""
        clean = clean_text("Name for the profile picker", label, max_len=60, one_line=True)
        require_strong(passphrase, (clean,))
        return self._create(clean, passphrase, guest=False, fill=fill)

    def create_guest(self) -> ProfileSession:
        """A throw-away profile for one drop-in session; its key exists only in memory."""
        return self._create(GUEST_LABEL, secrets.token_urlsafe(32), guest=True)

    def _create(
        self,
        label: str,
        passphrase: str,
        *,
        guest: bool,
        fill: Callable[[ProfileSession], None] | None = None,
    ) -> ProfileSession:
        private_dir(self.data_dir)
        private_dir(self.root)
        profile_id = secrets.token_hex(12)
        staging = self.root / f".creating-{profile_id}"
        staging.mkdir(mode=0o700)
        try:
            salt = new_salt()
            key = derive_key(passphrase, salt, self.kdf)
            header = ProfileHeader(profile_id, label, guest, _now(), self.kdf, salt, key_check(key))
            write_header(staging, header)
            conn = open_database(staging / DB_FILE, key)
            try:
                migrate(conn)
                with transaction(conn):
                    replace_identity(conn)
                if fill is not None:
                    fill(ProfileSession(profile_id, label, guest, staging, conn))
                assert_encrypted_on_disk(staging / DB_FILE)
            finally:
                conn.close()
            os.replace(staging, self.root / profile_id)
        except BaseException:
            wipe_directory(staging)
            raise
        session = self._open(self.root / profile_id, header, key)
        if guest:
            session.hold_in_use()  # another instance's start-up clean-up must not wipe a live guest
        return session

    def unlock(self, profile_id: str, passphrase: str) -> ProfileSession:
        directory = self.profile_dir(profile_id)
        header = read_header(directory)
        key = derive_key(passphrase, header.salt, header.kdf)
        if _key_matches(header, key):
            return self._open(directory, header, key)
        # A passphrase change may have been interrupted after the rekey: try the pending header.
        pending = directory / NEXT_HEADER_FILE
        if pending.exists():
            next_header = _header.ProfileHeader.from_bytes(pending.read_bytes())
            next_key = derive_key(passphrase, next_header.salt, next_header.kdf)
            if _key_matches(next_header, next_key):
                try:
                    conn = open_database(directory / DB_FILE, next_key)
                except DatabaseError as exc:
                    pending.unlink()  # the rekey never ran: the old passphrase still holds
                    raise StoreError(
                        "Your passphrase change did not finish before Commons stopped. "
                        "Unlock with your previous passphrase."
                    ) from exc
                conn.close()
                os.replace(pending, directory / _header.HEADER_FILE)
                return self._open(directory, next_header, next_key)
        raise WrongPassphraseError()

    def unlock_with_key(self, profile_id: str, key: bytes) -> ProfileSession:
        """Open with an already-derived key (after create or import, to skip a second Argon2id run)."""
        directory = self.profile_dir(profile_id)
        header = read_header(directory)
        if not _key_matches(header, key):
            raise WrongPassphraseError()
        return self._open(directory, header, key)

    def _open(self, directory: Path, header: ProfileHeader, key: bytes) -> ProfileSession:
        for folder in (self.data_dir, self.root, directory):  # an older version may have left them wider
            private_dir(folder)
        private_file(directory / _header.HEADER_FILE)
        db = directory / DB_FILE
        if not db.exists():
            raise CorruptProfileError(f"The profile in {directory} has no database file.")
        if db.stat().st_size == 0:
            # SQLCipher would treat an empty file as a new database and quietly start over.
            raise CorruptProfileError(
                f"The profile database in {directory} is empty; restore it from a backup."
            )
        assert_encrypted_on_disk(db)
        try:
            conn = open_database(db, key)
        except DatabaseError as exc:
            if (directory / NEXT_HEADER_FILE).exists():
                raise StoreError(
                    "Your passphrase was being changed when Commons stopped, and the change finished. "
                    "Unlock with the new passphrase."
                ) from exc
            raise raise_corrupt(exc, directory) from exc
        try:
            if schema_version(conn) == 0:
                raise CorruptProfileError(
                    f"The profile database in {directory} holds no data Commons wrote; restore it from a backup."
                )
            migrate(conn)
        except DatabaseError as exc:
            conn.close()
            raise raise_corrupt(exc, directory) from exc
        except BaseException:
            conn.close()
            raise
        return ProfileSession(header.profile_id, header.label, header.guest, directory, conn, key)

    # -- change passphrase ----------------------------------------------------------------------

    def change_passphrase(self, session: ProfileSession, old: str, new: str) -> None:
        """Re-encrypt the database under a key from *new*. *old* must unlock the profile."""
        directory = session.directory
        header = _require_passphrase(directory, old)
        require_strong(new, (header.label,))
        salt = new_salt()
        key = derive_key(new, salt, self.kdf)
        next_header = header.with_key(salt, self.kdf, key_check(key))
        write_atomic(directory / NEXT_HEADER_FILE, next_header.to_bytes())
        session.connection().execute(f"PRAGMA rekey = \"x'{key.hex()}'\"")
        os.replace(directory / NEXT_HEADER_FILE, directory / _header.HEADER_FILE)

    # -- delete and guests ----------------------------------------------------------------------

    def delete(self, profile_id: str, session: ProfileSession | None = None) -> None:
        """Overwrite and remove every file of the profile. Locks *session* first if given."""
        if session is not None:
            session.lock()
        wipe_directory(self.profile_dir(profile_id))

    def delete_with_passphrase(self, session: ProfileSession, passphrase: str) -> None:
        """Delete the unlocked profile once the person has typed its passphrase again."""
        _require_passphrase(session.directory, passphrase)
        self.delete(session.profile_id, session)

    def end_guest_session(self, session: ProfileSession) -> None:
        if not session.guest:
            raise StoreError("Only a guest profile is wiped at the end of a session.")
        self.delete(session.profile_id, session)

    def clean_up(self) -> None:
        """At start-up: finish interrupted wipes, wipe guests a crash left behind, drop half-made profiles."""
        if not self.root.is_dir():
            return
        finish_interrupted_wipes(self.root)
        for entry in self.root.iterdir():
            if entry.name.startswith((".creating-", ".importing-")) and entry.is_dir():
                wipe_directory(entry)
        for info in self.list_profiles():
            directory = self.root / info.profile_id
            if info.guest and info.problem is None and not in_use_elsewhere(directory):
                wipe_directory(directory)


def _key_matches(header: ProfileHeader, key: bytes) -> bool:
    return secrets.compare_digest(key_check(key), header.key_check)


def _require_passphrase(directory: Path, passphrase: str) -> ProfileHeader:
    """The profile's header, if *passphrase* unlocks it; WrongPassphraseError otherwise."""
    header = read_header(directory)
    if not _key_matches(header, derive_key(passphrase, header.salt, header.kdf)):
        raise WrongPassphraseError()
    return header


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
