"""Export a whole profile to one encrypted file, and import it on another device (with a new identity).

File layout (all integers big-endian):
    magic   16 bytes  b"COMMONS-PROFILE\\n"
    length   4 bytes  size of the JSON header
    header   JSON     {"format": 1, "kdf": {...}, "salt": b64, "label": str, "schema": int, "exported_at": str}
    body              a SQLCipher database keyed with Argon2id(export passphrase, salt)

The body is never plaintext: sqlcipher_export writes it encrypted under the export key, and SQLCipher's
per-page HMACs detect tampering and truncation.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import os
import secrets
import struct
from pathlib import Path
from typing import BinaryIO

from ._database import DB_FILE, Connection, DatabaseError, integrity_problems, open_database, transaction
from ._header import ProfileHeader, write_atomic, write_header
from ._kdf import KdfParams, derive_key, key_check, new_salt
from ._migrate import latest_version, migrate, schema_version
from ._paths import PRIVATE_FILE, private_dir
from ._wipe import wipe_directory
from .errors import ExportFileError, UnsupportedFormatError
from .identity import current_identity, replace_identity
from .passphrase import require_strong
from .profiles import ProfileManager
from .session import ProfileSession

MAGIC = b"COMMONS-PROFILE\n"
EXPORT_FORMAT = 1
MAX_HEADER = 16 * 1024
EXPORT_SUFFIX = ".commons-profile"


def export_profile(session: ProfileSession, destination: Path, passphrase: str, kdf: KdfParams) -> None:
    """Write the whole profile, encrypted under *passphrase*, to *destination* (replaced atomically)."""
    write_atomic(
        destination, _export(session, destination.with_name(f".{destination.name}"), passphrase, kdf)
    )


def export_profile_bytes(session: ProfileSession, passphrase: str, kdf: KdfParams) -> bytes:
    """The same export as `export_profile`, kept in memory (to hand the profile over the network).
    The only file it writes is SQLCipher's encrypted scratch copy, in the profile's own folder."""
    return _export(session, session.directory / ".export", passphrase, kdf)


def _export(session: ProfileSession, scratch_stem: Path, passphrase: str, kdf: KdfParams) -> bytes:
    require_strong(passphrase, (session.label,))
    salt = new_salt()
    key = derive_key(passphrase, salt, kdf)
    conn = session.connection()
    scratch = scratch_stem.with_name(f"{scratch_stem.name}.{secrets.token_hex(4)}.db")
    try:
        conn.execute("ATTACH DATABASE ? AS export KEY \"x'" + key.hex() + "'\"", (str(scratch),))
        try:
            conn.execute("SELECT sqlcipher_export('export')")
            # sqlcipher_export copies tables, not the schema version.
            conn.execute(f"PRAGMA export.user_version = {schema_version(conn)}")
        finally:
            conn.execute("DETACH DATABASE export")
        header = json.dumps(
            {
                "format": EXPORT_FORMAT,
                "kdf": kdf.to_json(),
                "salt": base64.b64encode(salt).decode("ascii"),
                "label": session.label,
                "schema": schema_version(conn),
                "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            }
        ).encode("utf-8")
        return MAGIC + struct.pack(">I", len(header)) + header + scratch.read_bytes()
    finally:
        for leftover in (scratch, scratch.with_name(scratch.name + "-journal")):
            if leftover.exists():
                leftover.unlink()


def read_export_header(source: Path) -> tuple[dict[str, object], int]:
    """The export's header and where its body starts; raises ExportFileError for anything else."""
    try:
        with source.open("rb") as fh:
            return _read_header(fh, source.name)
    except OSError as exc:
        raise ExportFileError(f"Could not read {source}: {exc.strerror}.") from exc


def _read_header(fh: BinaryIO, name: str) -> tuple[dict[str, object], int]:
    start = fh.read(len(MAGIC) + 4)
    if len(start) < len(MAGIC) + 4 or start[: len(MAGIC)] != MAGIC:
        raise ExportFileError(f"{name} is not a Commons profile export.")
    (length,) = struct.unpack(">I", start[len(MAGIC) :])
    if length > MAX_HEADER:
        raise ExportFileError(f"{name} is damaged (its header is too large).")
    raw = fh.read(length)
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExportFileError(f"{name} is damaged (unreadable header).") from exc
    if not isinstance(header, dict):
        raise ExportFileError(f"{name} is damaged (unreadable header).")
    if header.get("format") != EXPORT_FORMAT:
        raise UnsupportedFormatError(f"{name} was exported by a newer version of Commons; update first.")
    return header, len(MAGIC) + 4 + length


def import_profile(manager: ProfileManager, source: Path, passphrase: str) -> ProfileSession:
    """Create a new profile on this device from an export. It keeps *passphrase*, and gets a new device
    identity and a new CRDT actor id: a copied actor id would break sync with the original device forever.
    It keeps the person's support circles (`_keep_only_my_circles`)."""
    try:
        with source.open("rb") as fh:
            return _import(manager, fh, source.name, passphrase, passphrase)
    except OSError as exc:
        raise ExportFileError(f"Could not read {source}: {exc.strerror}.") from exc


def import_profile_bytes(
    manager: ProfileManager, data: bytes, passphrase: str, *, profile_passphrase: str
) -> ProfileSession:
    """Like `import_profile`, from an export held in memory (handed over the network). The export opens with
    *passphrase*; the new profile is locked with *profile_passphrase*, which must be strong."""
    require_strong(profile_passphrase)
    return _import(manager, io.BytesIO(data), "The profile received", passphrase, profile_passphrase)


def _import(
    manager: ProfileManager, source: BinaryIO, name: str, passphrase: str, profile_passphrase: str
) -> ProfileSession:
    header, body_at = _read_header(source, name)
    try:
        kdf = KdfParams.from_json(header.get("kdf"))
        salt = base64.b64decode(str(header.get("salt")), validate=True)
        if int(str(header.get("schema"))) > latest_version():
            raise UnsupportedFormatError("This export is from a newer version of Commons; update first.")
    except (ValueError, UnsupportedFormatError) as exc:
        raise ExportFileError(f"{name} is damaged or from a newer version ({exc}).") from exc
    label = str(header.get("label", ""))[:60]
    export_key = derive_key(passphrase, salt, kdf)

    private_dir(manager.data_dir)
    private_dir(manager.root)
    profile_id = secrets.token_hex(12)
    staging = manager.root / f".importing-{profile_id}"
    staging.mkdir(mode=0o700)
    try:
        fd = os.open(staging / DB_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as dst:
            source.seek(body_at)
            while chunk := source.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        try:
            conn = open_database(staging / DB_FILE, export_key)
        except DatabaseError as exc:
            raise ExportFileError(
                "The passphrase does not open this export, or the file is damaged."
            ) from exc
        try:
            if problems := integrity_problems(conn):
                raise ExportFileError(f"{name} is damaged: {problems[0]}")
            migrate(conn)
            with transaction(conn):
                _keep_only_my_circles(conn)
            fresh_salt = new_salt()
            key = derive_key(profile_passphrase, fresh_salt, manager.kdf)
            conn.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"")
        finally:
            conn.close()
        write_header(
            staging, ProfileHeader(profile_id, label, False, _now(), manager.kdf, fresh_salt, key_check(key))
        )
        final = manager.root / profile_id
        os.replace(staging, final)
    except BaseException:
        wipe_directory(staging)
        raise
    return manager.unlock_with_key(profile_id, key)


# Tables of spaces, by the space id they are keyed by: what the old device held of each space.
_SPACE_TABLES = (
    "document_seen",
    "document_proofs",
    "document_changes",
    "document_snapshots",
    "space_log_entries",
    "space_sequences",
    "relay_spaces",
    "replay_windows",
    "support_outbox",
)


def _keep_only_my_circles(conn: Connection) -> None:
    """A new device identity and CRDT actor id (a copied actor id would break sync with the original device
    forever), and of the spaces only the person's own support circles, with the old device's keys: the
    supporters know the old device alone, so the new one joins each circle through it at its first sync
    (`sync.rejoin`), and the supporters keep receiving "I need support". Communities, circles where this person
    supports someone, invites and pulse answers belonged to the old device's identity and go (communities
    come back by joining again)."""
    previous = current_identity(conn)
    mine = [bytes(r[0]) for r in conn.execute("SELECT space_id FROM circles WHERE side = 'person'")]
    conn.execute("DELETE FROM circles WHERE side <> 'person'")
    conn.execute("CREATE TEMP TABLE kept_spaces (space_id BLOB PRIMARY KEY)")
    try:
        conn.executemany("INSERT INTO kept_spaces VALUES (?)", [(m,) for m in mine])
        for table in _SPACE_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE space_id NOT IN (SELECT space_id FROM kept_spaces)")
    finally:
        conn.execute("DROP TABLE temp.kept_spaces")
    conn.execute("DELETE FROM space_invites")  # issued by the old device, which leaves every circle
    conn.execute("DELETE FROM pulse_answers")
    conn.execute("DELETE FROM sealed_ballots")  # only the device that sealed a vote can reveal it
    conn.execute("DELETE FROM previous_identity")
    if mine and previous is not None:
        conn.execute(
            "INSERT INTO previous_identity (slot, signing_key, agreement_key, hybrid_key) VALUES (1, ?, ?, ?)",
            (previous.signing_key, previous.agreement_key, previous.hybrid_key),
        )
    replace_identity(conn)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
