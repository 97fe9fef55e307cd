"""What the relay's server and its space users share: the errors, the credential, the data dir's paths and files.

`RelayServer` (`server.py`) and `add_space_user` (`users.py`) both write into a relay's data dir, with the same
credential and the same owner-only files; keeping these here lets both import them without importing each other.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import bcrypt

from sync.envelope import MAX_ENVELOPE
from sync.errors import SyncError

USER = "commons"
"""The operator's user: full access to the shared account; it stays on the relay's own computer."""
PROVISION_USER = "provision"
"""The user whose address admins are given: it may only ask for a space's credential (`provision.py`)."""
PROVISION_SUBJECT = "commons.provision.v1"
HEADER_ALLOWANCE = 64 * 1024
"""Room for NATS headers (Nats-Msg-Id and the like) on top of the largest envelope."""
MAX_MESSAGE = MAX_ENVELOPE + HEADER_ALLOWANCE
"""The server's max_payload and the stream's max_msg_size: one envelope plus its headers."""
BCRYPT_COST = 10
"""nats-server checks the hash on every client connect: a TLS connect took a median 87–155 ms at cost 10 and
306–369 ms at 11 on a busy 2-core machine (10 ms at cost 4; docs/relay.md, "Passwords"). The passwords are 256
random bits, which no cost is needed to protect from guessing; the hash keeps them out of the files."""


class RelayError(SyncError):
    """The relay could not be set up or run."""


class RelayBinaryError(RelayError):
    """No usable nats-server binary was found."""


class RelayStartError(RelayError):
    """nats-server did not come up; the message carries the end of its log."""


class RelayUnreachable(RelayError):  # noqa: N818 - reads as what happened
    """The relay did not answer: no connection, a request timed out, or its storage was not ready. Asking
    again later may work, unlike a refused login or a certificate that does not match."""


class RelayRefused(RelayError):  # noqa: N818 - reads as what happened
    """The relay answered and said no: a permission, a limit, or its provisioning. Not a reachability problem."""


@dataclass(frozen=True)
class Credential:
    """A user and password the relay accepts."""

    user: str
    password: str


def _write_private(path: Path, data: bytes) -> None:
    """Write *data* to *path*, owner-only, atomically: a temporary file beside it, flushed, then renamed over it,
    so a crash leaves the old file or the new one, never half of one (nor the old clear text beside)."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), 0o600)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def hash_password(password: str) -> str:
    """The bcrypt hash nats-server checks a password against ("$2b$10$…"); the relay writes only this."""
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(BCRYPT_COST)).decode("ascii")


def is_password_hash(value: str) -> bool:
    """Whether a stored password is already a bcrypt hash (the form nats-server recognises: "$2a$", "$2b$",
    "$2x$" or "$2y$" and a two-digit cost)."""
    return len(value) == 60 and value[:4] in ("$2a$", "$2b$", "$2x$", "$2y$") and value[6] == "$"


def derive_password(key: bytes, context: bytes) -> str:
    """A password worked out from a secret (a space's claim, the operator's password) rather than stored:
    HMAC-SHA256 in URL-safe base64, 43 characters (bcrypt reads at most 72 bytes)."""
    digest = hmac.new(key, context, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _load_or_create_credential(path: Path, user: str = USER) -> Credential:
    if path.exists():
        stored = json.loads(path.read_text(encoding="utf-8"))
        return Credential(user=str(stored["user"]), password=str(stored["password"]))
    credential = Credential(user=user, password=secrets.token_urlsafe(32))
    _write_private(path, json.dumps({"user": credential.user, "password": credential.password}).encode())
    return credential


@dataclass(frozen=True)
class _Paths:
    root: Path

    @property
    def cert(self) -> Path:
        return self.root / "cert.pem"

    @property
    def key(self) -> Path:
        return self.root / "key.pem"

    @property
    def credential(self) -> Path:
        return self.root / "credential.json"

    @property
    def provision(self) -> Path:
        return self.root / "provision.json"

    @property
    def accounts(self) -> Path:
        return self.root / "accounts.json"

    @property
    def accounts_conf(self) -> Path:
        return self.root / "accounts.conf"

    @property
    def spaces(self) -> Path:
        return self.root / "spaces.json"

    @property
    def users(self) -> Path:
        return self.root / "users.conf"

    @property
    def pid(self) -> Path:
        return self.root / "relay.pid"

    @property
    def config(self) -> Path:
        return self.root / "relay.conf"

    @property
    def log(self) -> Path:
        return self.root / "relay.log"

    @property
    def jetstream(self) -> Path:
        return self.root / "jetstream"

    @property
    def ports(self) -> Path:
        return self.root / "ports"


def _prepare_dir(paths: _Paths) -> None:
    paths.root.mkdir(mode=0o700, parents=True, exist_ok=True)
    paths.root.chmod(0o700)
    paths.jetstream.mkdir(mode=0o700, exist_ok=True)
    paths.ports.mkdir(mode=0o700, exist_ok=True)
