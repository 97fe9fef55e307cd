"""The relay keeps only bcrypt hashes of the passwords it gives out, against a real nats-server: someone holding
every file of the relay's data dir learns no space's login and not the provisioning one (docs/security.md, "The
relay operator"), and a data dir from before hashes is rewritten at start with its old logins still working."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.relay import Credential, RelayServer, SpaceLimits
from sync.relay.accounts import keeper_credential, load_accounts
from sync.relay.provision import space_claim
from sync.relay.users import space_user_name
from tests.support import run
from tests.sync.relay.test_provisioning import ask, login, provisioning
from tests.sync.relay.test_server import SMALL_STORE

SPACE_ID = os.urandom(16)
TAG = os.urandom(32)
OLD_TAG, OLD_ACCOUNT_TAG = os.urandom(32), os.urandom(32)
LIMITS = SpaceLimits(max_bytes=8 * 1024 * 1024, max_msgs=1000, max_consumers=4)


@pytest.fixture
def relay_dir(tmp_path: Path) -> Path:
    return tmp_path / "relay"


@pytest.fixture
def relay(relay_dir: Path) -> Iterator[RelayServer]:
    with RelayServer(relay_dir, max_store=SMALL_STORE, space_limits=LIMITS) as server:
        yield server


def files_holding(data_dir: Path, secrets: dict[str, str]) -> list[str]:
    """`what in file` for each secret found in any file under *data_dir* (the envelope store included)."""
    found = []
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [
            f"{what} in {path.relative_to(data_dir)}" for what, s in secrets.items() if s.encode() in data
        ]
    return found


def test_no_file_of_the_relay_holds_a_space_or_provisioning_password(
    relay: RelayServer, relay_dir: Path
) -> None:
    claim = space_claim(SPACE_ID)
    provision = relay.provision_credential

    async def body() -> Credential:
        member = await ask(relay, TAG, SPACE_ID)
        assert await ask(relay, TAG, SPACE_ID) == member  # asked again: the same login, worked out again
        async with await login(relay, member) as client:  # the login it was given connects and publishes
            assert len(await client.publish(TAG, [b"envelope"])) == 1
        return member

    async def scenario() -> Credential:
        async with provisioning(relay):
            return await body()

    member = run(scenario, timeout=60)
    keeper = keeper_credential(load_accounts(relay_dir)[TAG.hex()], relay.credential)
    secrets = {
        "member password": member.password,
        "keeper password": keeper.password,
        "provisioning password": provision.password,
        "claim": claim.hex(),
    }
    assert files_holding(relay_dir, secrets) == []
    conf = (relay_dir / "users.conf").read_text() + (relay_dir / "accounts.conf").read_text()
    assert conf.count('password: "$2b$10$') == 4  # operator, provisioning, the space's member and keeper


def test_a_relay_from_before_hashes_rewrites_its_clear_passwords_and_old_logins_still_work(
    relay_dir: Path,
) -> None:
    with RelayServer(relay_dir, max_store=SMALL_STORE, space_limits=LIMITS):
        pass  # the certificate, the operator's credential.json, an empty store
    old_space = Credential(space_user_name(OLD_TAG), "old-space-password-" + "s" * 24)
    old_member = Credential("member-" + OLD_ACCOUNT_TAG.hex()[:16], "old-member-password-" + "m" * 24)
    old_keeper = Credential("keeper-" + OLD_ACCOUNT_TAG.hex()[:16], "old-keeper-password-" + "k" * 24)
    old_provision = "old-provision-password-" + "p" * 24
    _write_clear_data_dir(relay_dir, old_space, old_member, old_keeper, old_provision)
    clear = {
        "space password": old_space.password,
        "member password": old_member.password,
        "keeper password": old_keeper.password,
        "provisioning password": old_provision,
    }
    assert len(files_holding(relay_dir, clear)) >= 4  # what an old relay left

    with RelayServer(relay_dir, max_store=SMALL_STORE, space_limits=LIMITS) as relay:
        assert files_holding(relay_dir, clear) == []

        async def scenario() -> None:
            await relay.prepare_stream()
            await relay.prepare_space_streams()  # as the keeper, its login now worked out from the operator's
            async with await login(relay, old_space) as client:  # an `add-space` login from before
                assert len(await client.publish(OLD_TAG, [b"still"])) == 1
            async with await login(relay, old_member) as client:  # a provisioned login from before
                assert len(await client.publish(OLD_ACCOUNT_TAG, [b"still"])) == 1

        run(scenario, timeout=60)
        provision = relay.provision_credential
        assert provision.password != old_provision  # a clear provision.json is replaced, not kept
    for name in ("spaces.json", "provision.json", "accounts.json", "users.conf", "accounts.conf"):
        assert (relay_dir / name).stat().st_mode & 0o777 == 0o600, name
    assert not list(relay_dir.glob(".*.tmp"))
    assert files_holding(relay_dir, clear | {"new provisioning password": provision.password}) == []


def _write_clear_data_dir(
    relay_dir: Path, space: Credential, member: Credential, keeper: Credential, provision: str
) -> None:
    """The files a relay from before hashes wrote: the same layout, passwords in clear."""

    def write(name: str, text: str) -> None:
        (relay_dir / name).write_text(text, encoding="utf-8")
        (relay_dir / name).chmod(0o600)

    write("spaces.json", json.dumps({OLD_TAG.hex(): {"user": space.user, "password": space.password}}))
    write("provision.json", json.dumps({"user": "provision", "password": provision}))
    account = {
        "member": member.user,
        "member_password": member.password,
        "keeper": keeper.user,
        "keeper_password": keeper.password,
        "claim_sha256": hashlib.sha256(b"a claim").hexdigest(),
    }
    write("accounts.json", json.dumps({OLD_ACCOUNT_TAG.hex(): account}))
    write(
        "users.conf",
        f"users: [ {{ user: {json.dumps(space.user)}, password: {json.dumps(space.password)} }} ]\n",
    )
    write(
        "accounts.conf",
        f"S_X: {{ users: [ {{ user: {json.dumps(member.user)}, password: {json.dumps(member.password)} }},"
        f" {{ user: {json.dumps(keeper.user)}, password: {json.dumps(keeper.password)} }} ] }}\n",
    )
