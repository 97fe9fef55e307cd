"""What the relay's server and its space users share: the errors, the credential, the data dir's paths and files.

`RelayServer` (`server.py`) and `add_space_user` (`users.py`) both write into a relay's data dir, with the same
credential and the same owner-only files; keeping these here lets both import them without importing each other.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

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


class RelayError(SyncError):
    """The relay could not be set up or run."""


class RelayBinaryError(RelayError):
    """No usable nats-server binary was found."""


class RelayStartError(RelayError):
    """nats-server did not come up; the message carries the end of its log."""


class RelayRefused(RelayError):  # noqa: N818 - reads as what happened
    """The relay answered and said no: a permission, a limit, or its provisioning. Not a reachability problem."""


@dataclass(frozen=True)
class Credential:
    """A user and password the relay accepts."""

    user: str
    password: str


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        os.fchmod(f.fileno(), 0o600)
        f.write(data)


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
