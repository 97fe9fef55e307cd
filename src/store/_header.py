"""The profile header: the only plaintext in a profile directory (id, label, KDF salt and parameters)."""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, replace
from pathlib import Path

from ._kdf import KdfParams
from ._paths import PRIVATE_FILE
from .errors import CorruptProfileError, UnsupportedFormatError

HEADER_FILE = "profile.json"
FORMAT_VERSION = 1
MAX_HEADER_BYTES = 64 * 1024


@dataclass(frozen=True)
class ProfileHeader:
    profile_id: str
    label: str
    guest: bool
    created_at: str
    kdf: KdfParams
    salt: bytes
    key_check: bytes
    format_version: int = FORMAT_VERSION

    def with_key(self, salt: bytes, kdf: KdfParams, key_check: bytes) -> ProfileHeader:
        return replace(self, salt=salt, kdf=kdf, key_check=key_check)

    def to_bytes(self) -> bytes:
        data = {
            "format": self.format_version,
            "profile_id": self.profile_id,
            "label": self.label,
            "guest": self.guest,
            "created_at": self.created_at,
            "kdf": self.kdf.to_json(),
            "salt": base64.b64encode(self.salt).decode("ascii"),
            "key_check": base64.b64encode(self.key_check).decode("ascii"),
        }
        return json.dumps(data, indent=2, sort_keys=True).encode("utf-8") + b"\n"

    @classmethod
    def from_bytes(cls, raw: bytes) -> ProfileHeader:
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CorruptProfileError("The profile's header file is damaged.") from exc
        if not isinstance(data, dict):
            raise CorruptProfileError("The profile's header file is damaged.")
        version = data.get("format")
        if version != FORMAT_VERSION:
            raise UnsupportedFormatError(
                f"This profile was written in format {version!r}; this version of Commons reads "
                f"format {FORMAT_VERSION}. Update Commons to open it."
            )
        try:
            return cls(
                profile_id=str(data["profile_id"]),
                label=str(data.get("label", "")),
                guest=bool(data.get("guest", False)),
                created_at=str(data["created_at"]),
                kdf=KdfParams.from_json(data["kdf"]),
                salt=base64.b64decode(data["salt"], validate=True),
                key_check=base64.b64decode(data["key_check"], validate=True),
            )
        except (KeyError, ValueError) as exc:
            raise CorruptProfileError("The profile's header file is incomplete.") from exc


def read_header(profile_dir: Path) -> ProfileHeader:
    path = profile_dir / HEADER_FILE
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError as exc:
        raise CorruptProfileError(f"The profile in {profile_dir} has no header file.") from exc
    if len(raw) > MAX_HEADER_BYTES:
        raise CorruptProfileError("The profile's header file is too large to be genuine.")
    return ProfileHeader.from_bytes(raw)


def write_header(profile_dir: Path, header: ProfileHeader) -> None:
    """Replace the header atomically: a crash leaves either the old or the new one."""
    write_atomic(profile_dir / HEADER_FILE, header.to_bytes())


def write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    os.fchmod(fd, PRIVATE_FILE)  # also when a .tmp left by a crash was wider
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
