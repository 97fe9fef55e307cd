"""Per-space relay users: a user for each space whose permissions name only that space's subject, in users.conf.

A space user may publish to and catch up on its space's subject alone (`space_permissions`): the JetStream
requests it needs are the forms nats-server lets a permission name by subject (direct get of a subject's last
message, consumer create with the filter subject in the request subject), and its replies come to an inbox
prefix of its own (`inbox_prefix_for`). `add_space_user` (`commons relay add-space`) keeps them in spaces.json
and writes users.conf, which the relay's configuration includes; `signal_reload` has a running relay re-read it.

Only bcrypt hashes of these passwords are written (spaces.json, users.conf): a space user's password is shown
once, when `add_space_user` makes it. The provisioning password is worked out from the operator's and a salt
(`provision_credential`), so `commons relay` can print it at every start while provision.json holds its hash.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import signal
from dataclasses import dataclass
from pathlib import Path

import bcrypt

from sync.relay._base import (
    PROVISION_SUBJECT,
    PROVISION_USER,
    Credential,
    RelayError,
    _load_or_create_credential,
    _Paths,
    _prepare_dir,
    _write_private,
    derive_password,
    hash_password,
    is_password_hash,
)
from sync.relay.stream import STREAM_NAME

__all__ = [
    "SPACE_TAG_BYTES",
    "add_space_user",
    "inbox_prefix_for",
    "signal_reload",
    "space_permissions",
    "space_user_name",
]

SPACE_TAG_BYTES = 32
"""A relay tag: 32 bytes a space's members derive from its id; its hex is the last token of the subject."""
_SUBJECT_PREFIX = "commons.v1."
_SPACE_USER_PREFIX = "space-"


def inbox_prefix_for(user: str) -> str:
    """The inbox prefix a client logged in as `user` uses, so that only it may subscribe to its replies."""
    return "_INBOX_" + re.sub(r"[^A-Za-z0-9_-]", "_", user)


def space_user_name(space_tag: bytes) -> str:
    """`space-` and the first 16 hex digits of the relay tag: short to type, and unique among a relay's spaces."""
    _check_space_tag(space_tag)
    return _SPACE_USER_PREFIX + space_tag.hex()[:16]


def space_permissions(space_tag: bytes, user: str) -> dict[str, dict[str, list[str]]]:
    """What a space's user may do: publish to and catch up on that space's subject, and nothing else.

    Each JetStream request here names the subject in the request subject, which a permission can match; the
    forms that carry the subject only in the request body (STREAM.MSG.GET, CONSUMER.CREATE.<stream>) are left
    out, and so is STREAM.INFO (its body may ask for every subject's count).
    """
    _check_space_tag(space_tag)
    subject = _SUBJECT_PREFIX + space_tag.hex()
    requests = [
        f"DIRECT.GET.{STREAM_NAME}.{subject}",
        f"CONSUMER.CREATE.{STREAM_NAME}.*.{subject}",
    ]
    # `$JS.<domain>.API.…` too: a leaf node maps `$JS.API.>` to its hub's domain and checks the mapped subject.
    api = [f"$JS.API.{r}" for r in requests] + [f"$JS.*.API.{r}" for r in requests]
    return {
        "publish": {
            "allow": [subject, *api, f"$JS.FC.{STREAM_NAME}.>"]
        },  # FC: the ordered consumer's flow control
        "subscribe": {"allow": [subject, inbox_prefix_for(user) + ".>"]},
    }


def _check_space_tag(space_tag: bytes) -> None:
    if len(space_tag) != SPACE_TAG_BYTES:
        raise RelayError(f"a relay tag is {SPACE_TAG_BYTES} bytes ({2 * SPACE_TAG_BYTES} hex digits)")


@dataclass(frozen=True)
class SpaceUser:
    """A space's user in the shared account as the relay keeps it: the name and the bcrypt hash."""

    user: str
    password_hash: str


def _load_spaces(path: Path) -> dict[str, SpaceUser]:
    """spaces.json; a password still stored in clear (a relay from before hashes) comes back hashed."""
    if not path.exists():
        return {}
    stored: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return {
        tag: SpaceUser(str(c["user"]), _stored_hash(c.get("password_bcrypt") or c["password"]))
        for tag, c in stored.items()
    }


def _stored_hash(value: str) -> str:
    return value if is_password_hash(value) else hash_password(value)


def _save_spaces(paths: _Paths, spaces: dict[str, SpaceUser]) -> None:
    stored = {t: {"user": c.user, "password_bcrypt": c.password_hash} for t, c in sorted(spaces.items())}
    _write_private(paths.spaces, json.dumps(stored, indent=1).encode())


def hash_stored_space_passwords(paths: _Paths) -> dict[str, SpaceUser]:
    """spaces.json with every password as a bcrypt hash: one stored in clear is hashed and the file rewritten."""
    spaces = _load_spaces(paths.spaces)
    if paths.spaces.exists() and b'"password"' in paths.spaces.read_bytes():
        _save_spaces(paths, spaces)
    return spaces


def add_space_user(data_dir: Path, space_tag: bytes) -> Credential:
    """Give a space its own user in a relay's data dir with a new password, and rewrite users.conf; the
    credential, the only time its password is seen (only its hash is written). Asked again for the same space,
    it gives a new password and the earlier one stops working.

    A running relay picks the user up on reload (`signal_reload` or `RelayServer.add_space`).
    """
    paths = _Paths(Path(data_dir))
    _prepare_dir(paths)
    admin = _load_or_create_credential(paths.credential)
    spaces = _load_spaces(paths.spaces)
    tag = space_tag.hex()
    user = space_user_name(space_tag)
    if tag not in spaces and user in {c.user for c in spaces.values()} | {admin.user, PROVISION_USER}:
        raise RelayError(f"another space already has the user {user}")  # 64-bit prefix collision
    credential = Credential(user=user, password=secrets.token_urlsafe(32))
    spaces[tag] = SpaceUser(user, hash_password(credential.password))
    _save_spaces(paths, spaces)
    _write_users(paths, admin, spaces)
    return credential


_PROVISION_CONTEXT = b"commons/relay-provision/v1"


def provision_credential(paths: _Paths, operator: Credential) -> Credential:
    """The provisioning login: worked out from the operator's password and provision.json's salt, so it is
    the same at every start, changes with the operator's, and is never written; provision.json keeps its hash.
    A provision.json from before hashes (its password in clear) is replaced: that old address stops working."""
    stored = _read_json(paths.provision)
    salt = stored.get("salt", "")
    if not (isinstance(salt, str) and re.fullmatch(r"[0-9a-f]{32}", salt)):
        salt = secrets.token_hex(16)
    password = derive_password(operator.password.encode(), _PROVISION_CONTEXT + bytes.fromhex(salt))
    known = stored.get("password_bcrypt", "")
    if (
        stored.get("salt") != salt
        or "password" in stored
        or not (isinstance(known, str) and is_password_hash(known))
        or not bcrypt.checkpw(password.encode(), known.encode())
    ):
        record = {"user": PROVISION_USER, "salt": salt, "password_bcrypt": hash_password(password)}
        _write_private(paths.provision, json.dumps(record).encode())
    return Credential(PROVISION_USER, password)


def _read_json(path: Path) -> dict[str, object]:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _provision_hash(paths: _Paths, operator: Credential) -> str:
    provision_credential(paths, operator)  # makes or renews provision.json
    return str(_read_json(paths.provision)["password_bcrypt"])


def provision_permissions() -> dict[str, dict[str, list[str]]]:
    """What the provisioning user may do: ask for a space's credential, and read the answer. Nothing else."""
    return {
        "publish": {"allow": [PROVISION_SUBJECT]},
        "subscribe": {"allow": [inbox_prefix_for(PROVISION_USER) + ".>"]},
    }


def _write_users(paths: _Paths, admin: Credential, spaces: dict[str, SpaceUser]) -> None:
    """users.conf, with bcrypt hashes for passwords (quoted: unquoted, NATS would read `$2b…` as a variable)."""
    q = json.dumps  # NATS config strings accept JSON's double-quoted form, and objects in JSON form
    lines = [f"    {{ user: {q(admin.user)}, password: {q(hash_password(admin.password))} }}"]
    for tag, space in sorted(spaces.items()):
        permissions = q(space_permissions(bytes.fromhex(tag), space.user))
        lines.append(
            f"    {{ user: {q(space.user)}, password: {q(space.password_hash)}, permissions: {permissions} }}"
        )
    lines.append(
        f"    {{ user: {q(PROVISION_USER)}, password: {q(_provision_hash(paths, admin))}, "
        f"permissions: {q(provision_permissions())} }}"
    )
    text = "# Generated by `commons relay`; edits are overwritten.\nusers: [\n" + "\n".join(lines) + "\n]\n"
    _write_private(paths.users, text.encode())


def signal_reload(data_dir: Path) -> int | None:
    """Ask the relay running from `data_dir` (if any) to reload its users; its process id, or None."""
    paths = _Paths(Path(data_dir))
    try:
        pid = int(paths.pid.read_text(encoding="ascii").strip())
        # A stale pid file may name another process now: only signal the nats-server started with our config.
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except (OSError, ValueError):
        return None
    if str(paths.config).encode() not in cmdline:
        return None
    os.kill(pid, signal.SIGHUP)  # what `nats-server --signal reload=<pid>` sends
    return pid
