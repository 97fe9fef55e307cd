"""One NATS account per provisioned space: its own stream, its own JetStream limits, two users, in accounts.conf.

A space provisioned through `commons relay` (`provision.py`) gets an account of its own, `S_<first 16 hex
digits of its relay tag>`, whose JetStream limits (bytes, messages, one stream, consumers) are that space's
alone: one space flooding the relay fills its own account and is refused; it cannot evict another's envelopes.
The account holds two users: `member-…`, which members and invites carry (the permissions of `users.py`:
its own subject, nothing else), and `keeper-…`, which only the relay process uses, to create the account's
stream. accounts.json (0600) keeps, per space, the two users' bcrypt hashes, the SHA-256 of the space's claim
(see `provision.py`) and a salt; accounts.conf, included by relay.conf inside its `accounts` block, is written
from it. No password is written: the member's is worked out from the claim, which only a request brings (so the
relay's files alone do not give it), and the keeper's from the operator's (credential.json).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import bcrypt

from sync.relay._base import (
    Credential,
    RelayError,
    RelayRefused,
    _Paths,
    _prepare_dir,
    _write_private,
    derive_password,
    hash_password,
    is_password_hash,
)
from sync.relay.users import _check_space_tag, space_permissions

__all__ = [
    "SpaceAccount",
    "SpaceLimits",
    "account_name",
    "hash_stored_account_passwords",
    "keeper_credential",
    "load_accounts",
    "member_credential",
    "provision_account",
    "write_accounts_conf",
]

_MEMBER_PREFIX = "member-"
_KEEPER_PREFIX = "keeper-"
_MEMBER_CONTEXT = b"commons/relay-member/v1"
_KEEPER_CONTEXT = b"commons/relay-keeper/v1"


@dataclass(frozen=True)
class SpaceLimits:
    """What one space may hold on the relay: JetStream account limits and the same limits on its stream."""

    max_bytes: int = 128 * 1024**2
    max_msgs: int = 100_000
    max_consumers: int = 64
    """Each member's device holds one consumer while connected (its watch) and one for a moment per catch-up."""


@dataclass(frozen=True)
class SpaceAccount:
    """A provisioned space as the relay keeps it: user names, bcrypt hashes, the claim's SHA-256, a salt."""

    tag: str  # the relay tag in hex
    member_user: str
    member_hash: str
    keeper_user: str
    keeper_hash: str
    claim_sha256: str  # hex SHA-256 of the claim the first request presented
    salt: str  # hex, 16 random bytes: makes this relay's member password differ from another relay's

    @property
    def account(self) -> str:
        return account_name(bytes.fromhex(self.tag))


def account_name(space_tag: bytes) -> str:
    _check_space_tag(space_tag)
    return "S_" + space_tag.hex()[:16]


def member_credential(account: SpaceAccount, claim: bytes) -> Credential:
    """The space's member login, worked out from the claim a request presents and the account's salt."""
    return Credential(
        account.member_user, derive_password(claim, _MEMBER_CONTEXT + bytes.fromhex(account.salt))
    )


def keeper_credential(account: SpaceAccount, operator: Credential) -> Credential:
    """The login the relay process creates the account's stream with, worked out from the operator's."""
    context = _KEEPER_CONTEXT + bytes.fromhex(account.tag)
    return Credential(account.keeper_user, derive_password(operator.password.encode(), context))


def load_accounts(data_dir: Path) -> dict[str, SpaceAccount]:
    path = _Paths(Path(data_dir)).accounts
    if not path.exists():
        return {}
    stored: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return {
        tag: SpaceAccount(
            tag=tag,
            member_user=s["member"],
            member_hash=s.get("member_bcrypt") or hash_password(s["member_password"]),
            keeper_user=s["keeper"],
            keeper_hash=s.get("keeper_bcrypt", ""),  # "" from before hashes: renewed with the operator's
            claim_sha256=s["claim_sha256"],
            salt=s.get("salt", ""),  # "" from before hashes: the member password was random, not derived
        )
        for tag, s in stored.items()
    }


def _save_accounts(paths: _Paths, accounts: dict[str, SpaceAccount]) -> None:
    stored = {
        t: {
            "member": a.member_user,
            "member_bcrypt": a.member_hash,
            "keeper": a.keeper_user,
            "keeper_bcrypt": a.keeper_hash,
            "claim_sha256": a.claim_sha256,
            "salt": a.salt,
        }
        for t, a in sorted(accounts.items())
    }
    _write_private(paths.accounts, json.dumps(stored, indent=1).encode())


def hash_stored_account_passwords(paths: _Paths, operator: Credential) -> dict[str, SpaceAccount]:
    """accounts.json with no password in clear: a member password stored in clear (from before hashes) is
    hashed, and each keeper's hash is made from the operator's password; rewritten if anything changed."""
    accounts = load_accounts(paths.root)
    renewed = {
        tag: _with_keeper_hash(account, operator) if not _keeper_matches(account, operator) else account
        for tag, account in accounts.items()
    }
    if renewed != accounts or (
        paths.accounts.exists() and b'"member_password"' in paths.accounts.read_bytes()
    ):
        _save_accounts(paths, renewed)
    return renewed


def _keeper_matches(account: SpaceAccount, operator: Credential) -> bool:
    if not is_password_hash(account.keeper_hash):
        return False
    password = keeper_credential(account, operator).password
    return bcrypt.checkpw(password.encode(), account.keeper_hash.encode())


def _with_keeper_hash(account: SpaceAccount, operator: Credential) -> SpaceAccount:
    return dataclasses.replace(
        account, keeper_hash=hash_password(keeper_credential(account, operator).password)
    )


def provision_account(
    data_dir: Path,
    space_tag: bytes,
    claim: bytes,
    limits: SpaceLimits,
    *,
    room_for: int,
    operator: Credential,
) -> tuple[SpaceAccount, Credential, bool]:
    """The space's account and its member login, and True if its users changed (made now, or an account from
    before hashes given a worked-out member password): accounts.json and accounts.conf rewritten.

    *claim* must be the one the space's first request presented (RelayRefused otherwise); *room_for* is how
    many space accounts the relay's store can reserve (RelayRefused "full" beyond it). An account from before
    hashes (no salt) gets a member password worked out from the claim now: the one it had stops working.
    """
    _check_space_tag(space_tag)
    paths = _Paths(Path(data_dir))
    _prepare_dir(paths)
    accounts = load_accounts(paths.root)
    tag = space_tag.hex()
    claimed = hashlib.sha256(claim).hexdigest()
    known = accounts.get(tag)
    if known is not None:
        if not secrets.compare_digest(known.claim_sha256, claimed):
            raise RelayRefused("claim")
        if known.salt:
            write_accounts_conf(paths, accounts.values(), limits)
            return known, member_credential(known, claim), False
    elif len(accounts) >= room_for:
        raise RelayRefused("full")
    name = account_name(space_tag)
    if known is None and name in {a.account for a in accounts.values()}:
        raise RelayError(f"another space already has the account {name}")  # 64-bit prefix collision
    suffix = tag[:16]
    account = _with_keeper_hash(
        SpaceAccount(
            tag=tag,
            member_user=_MEMBER_PREFIX + suffix,
            member_hash="",
            keeper_user=_KEEPER_PREFIX + suffix,
            keeper_hash="",
            claim_sha256=claimed,
            salt=secrets.token_hex(16),
        ),
        operator,
    )
    member = member_credential(account, claim)
    accounts[tag] = account = dataclasses.replace(account, member_hash=hash_password(member.password))
    _save_accounts(paths, accounts)
    write_accounts_conf(paths, accounts.values(), limits)
    return account, member, True


def write_accounts_conf(paths: _Paths, accounts: Iterable[SpaceAccount], limits: SpaceLimits) -> None:
    """accounts.conf: one account per space with its limits and users (included inside relay.conf's
    `accounts` block)."""
    q = json.dumps  # NATS config strings accept JSON's double-quoted form, and objects in JSON form
    lines = ["# Generated by `commons relay`; edits are overwritten."]
    for account in sorted(accounts, key=lambda a: a.tag):
        permissions = q(space_permissions(bytes.fromhex(account.tag), account.member_user))
        jetstream = (
            f"{{ max_file: {limits.max_bytes}, max_mem: 0, max_streams: 1, "
            f"max_consumers: {limits.max_consumers} }}"
        )
        lines.append(
            f"{account.account}: {{ jetstream: {jetstream}, users: [\n"
            f"    {{ user: {q(account.keeper_user)}, password: {q(account.keeper_hash)} }}\n"
            f"    {{ user: {q(account.member_user)}, password: {q(account.member_hash)}, "
            f"permissions: {permissions} }}\n"
            "] }"
        )
    _write_private(paths.accounts_conf, ("\n".join(lines) + "\n").encode())
