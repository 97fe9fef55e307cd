"""One suite for every adapter of sync.ports: the in-memory fakes and the personal store pass the same tests.

Each test gets `adapters`: an identity source, a space store and `reopen()`. For the store, reopening locks the
profile and unlocks it again (a fresh connection); for the fakes, which live as long as the process, it is a
no-op. Either way nothing a test saw before `reopen()` may change.
"""

from __future__ import annotations

import hashlib
import inspect
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from store import ProfileManager, SpaceRepository
from store.identity import IdentityRepository
from sync.invites import SECRET_BYTES, SPACE_ID_BYTES
from sync.ports import (
    IdentitySource,
    InMemoryIdentitySource,
    InMemorySpaceStore,
    SpaceStore,
    device_keys_from,
)
from tests.conformance.conftest import Adapters
from tests.support import FAST_KDF, PASSPHRASE


def _space() -> bytes:
    return os.urandom(SPACE_ID_BYTES)


def _entries(*texts: str) -> list[tuple[bytes, bytes]]:
    """(hash, entry) pairs; the entries stand in for encoded membership log entries."""
    return [(hashlib.sha256(t.encode()).digest(), t.encode()) for t in texts]


def _secret() -> bytes:
    return os.urandom(SECRET_BYTES)


# --- the adapters have the protocols' shape ---------------------------------------------------------------


def _methods(protocol: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in vars(protocol).items()
        if inspect.isfunction(member) and not name.startswith("_")
    }


@pytest.mark.parametrize(
    ("protocol", "adapter"),
    [
        (SpaceStore, SpaceRepository),
        (SpaceStore, InMemorySpaceStore),
        (IdentitySource, IdentityRepository),
        (IdentitySource, InMemoryIdentitySource),
    ],
)
def test_adapter_methods_match_the_protocol(protocol: type, adapter: type) -> None:
    """A runtime echo of the structural check mypy does where the app wires the store into sync."""
    expected = _methods(protocol)
    assert expected
    for name, signature in expected.items():
        got = inspect.signature(getattr(adapter, name))
        assert list(got.parameters) == list(signature.parameters), name
        assert [p.default for p in got.parameters.values()] == [
            p.default for p in signature.parameters.values()
        ], name


# --- identity ------------------------------------------------------------------------------------------------


def test_identity_gives_device_keys(adapters: Adapters) -> None:
    record = adapters.identity.get()
    assert (len(record.signing_key), len(record.agreement_key), len(record.actor_id)) == (32, 32, 16)
    keys = device_keys_from(adapters.identity)
    agreement_public = X25519PrivateKey.from_private_bytes(record.agreement_key).public_key()
    assert keys.card.agreement_key == agreement_public.public_bytes_raw()
    signing_public = Ed25519PrivateKey.from_private_bytes(record.signing_key).public_key()
    assert bytes(keys.device_id) == hashlib.sha256(signing_public.public_bytes_raw()).digest()


def test_identity_is_stable_across_calls_and_reopen(adapters: Adapters) -> None:
    first = device_keys_from(adapters.identity).device_id
    actor = adapters.identity.get().actor_id
    assert device_keys_from(adapters.identity).device_id == first
    adapters.reopen()
    assert device_keys_from(adapters.identity).device_id == first
    assert adapters.identity.get().actor_id == actor


# --- membership logs -----------------------------------------------------------------------------------------


def test_nothing_is_stored_at_first(adapters: Adapters) -> None:
    space = _space()
    assert adapters.spaces.spaces() == []
    assert adapters.spaces.log_entries(space) == []
    assert adapters.spaces.invites(space) == []


def test_add_log_entries_counts_new_ones_and_skips_known_hashes(adapters: Adapters) -> None:
    space = _space()
    assert adapters.spaces.add_log_entries(space, _entries("genesis", "add bo")) == 2
    assert adapters.spaces.add_log_entries(space, _entries("genesis", "add bo")) == 0
    assert adapters.spaces.add_log_entries(space, _entries("add bo", "add cy", "add cy")) == 1
    assert adapters.spaces.log_entries(space) == [b"genesis", b"add bo", b"add cy"]
    assert adapters.spaces.spaces() == [space]


def test_a_batch_that_repeats_a_hash_keeps_the_first_copy(adapters: Adapters) -> None:
    space = _space()
    [(entry_hash, _)] = _entries("genesis")
    batch = [(entry_hash, b"first copy"), (entry_hash, b"second copy")]
    assert adapters.spaces.add_log_entries(space, batch) == 1
    assert adapters.spaces.log_entries(space) == [b"first copy"]
    adapters.reopen()
    assert adapters.spaces.log_entries(space) == [b"first copy"]


def test_an_empty_batch_stores_nothing_and_lists_no_space(adapters: Adapters) -> None:
    space = _space()
    assert adapters.spaces.add_log_entries(space, []) == 0
    assert adapters.spaces.spaces() == []
    assert adapters.spaces.log_entries(space) == []
    adapters.reopen()
    assert adapters.spaces.spaces() == []


def test_log_entries_keep_the_order_they_were_stored(adapters: Adapters) -> None:
    space = _space()
    texts = [f"entry {i:03d}" for i in range(40)]
    adapters.spaces.add_log_entries(space, _entries(*reversed(texts[:20])))
    adapters.spaces.add_log_entries(space, _entries(*texts[20:]))
    expected = [t.encode() for t in [*reversed(texts[:20]), *texts[20:]]]
    assert adapters.spaces.log_entries(space) == expected
    adapters.reopen()
    assert adapters.spaces.log_entries(space) == expected


def test_spaces_are_listed_in_the_order_first_stored(adapters: Adapters) -> None:
    first, second, third = _space(), _space(), _space()
    for space in (second, first, third):
        adapters.spaces.add_log_entries(space, _entries("genesis"))
    adapters.spaces.add_log_entries(first, _entries("later"))
    assert adapters.spaces.spaces() == [second, first, third]
    adapters.reopen()
    assert adapters.spaces.spaces() == [second, first, third]


def test_logs_of_different_spaces_are_separate(adapters: Adapters) -> None:
    a, b = _space(), _space()
    assert adapters.spaces.add_log_entries(a, _entries("genesis", "only in a")) == 2
    assert adapters.spaces.add_log_entries(b, _entries("genesis")) == 1  # same hash, other space: new
    assert adapters.spaces.log_entries(a) == [b"genesis", b"only in a"]
    assert adapters.spaces.log_entries(b) == [b"genesis"]


# --- sequence numbers ----------------------------------------------------------------------------------------


def test_reserve_sequence_never_repeats_across_reopen(adapters: Adapters) -> None:
    space = _space()
    handed_out: list[int] = []
    for count in (1, 3, 1, 10):
        first = adapters.spaces.reserve_sequence(space, 7, count)
        assert first >= 0
        assert not handed_out or first > handed_out[-1]
        handed_out += range(first, first + count)
        adapters.reopen()
    assert adapters.spaces.reserve_sequence(space, 7) > handed_out[-1]
    assert len(set(handed_out)) == len(handed_out) == 15


def test_reserve_sequence_defaults_to_one_number(adapters: Adapters) -> None:
    space = _space()
    first = adapters.spaces.reserve_sequence(space, 0)
    assert adapters.spaces.reserve_sequence(space, 0) == first + 1


def test_each_space_and_epoch_counts_from_zero(adapters: Adapters) -> None:
    a, b = _space(), _space()
    assert adapters.spaces.reserve_sequence(a, 1, 100) == 0
    assert adapters.spaces.reserve_sequence(a, 2) == 0
    assert adapters.spaces.reserve_sequence(b, 1) == 0
    assert adapters.spaces.reserve_sequence(a, 1) == 100
    assert adapters.spaces.reserve_sequence(a, 2) == 1


@pytest.mark.parametrize("count", [0, -1])
def test_reserving_fewer_than_one_number_is_an_error(adapters: Adapters, count: int) -> None:
    space = _space()
    first = adapters.spaces.reserve_sequence(space, 0)
    with pytest.raises(ValueError, match="at least one sequence number"):
        adapters.spaces.reserve_sequence(space, 0, count)
    assert adapters.spaces.reserve_sequence(space, 0) == first + 1


# --- invites -------------------------------------------------------------------------------------------------


def test_an_invite_can_be_used_once_and_stays_listed_as_used(adapters: Adapters) -> None:
    space = _space()
    s1, s2 = _secret(), _secret()
    adapters.spaces.put_invite(space, s1, b"invite one")
    adapters.spaces.put_invite(space, s2, b"invite two")
    assert adapters.spaces.invites(space) == [(b"invite one", False), (b"invite two", False)]
    adapters.reopen()
    assert adapters.spaces.use_invite(s1) is True
    assert adapters.spaces.use_invite(s1) is False
    assert adapters.spaces.invites(space) == [(b"invite one", True), (b"invite two", False)]
    adapters.reopen()
    assert adapters.spaces.use_invite(s1) is False
    assert adapters.spaces.invites(space) == [(b"invite one", True), (b"invite two", False)]


def test_invites_are_listed_oldest_first(adapters: Adapters) -> None:
    space = _space()
    texts = [f"invite {i:02d}".encode() for i in range(12)]
    for text in texts:
        adapters.spaces.put_invite(space, _secret(), text)
    assert adapters.spaces.invites(space) == [(t, False) for t in texts]


def test_unknown_invite_cannot_be_used(adapters: Adapters) -> None:
    adapters.spaces.put_invite(_space(), _secret(), b"invite")
    assert adapters.spaces.use_invite(_secret()) is False


def test_invites_are_listed_only_for_their_space(adapters: Adapters) -> None:
    a, b = _space(), _space()
    adapters.spaces.put_invite(a, _secret(), b"for a")
    adapters.spaces.put_invite(b, _secret(), b"for b")
    assert adapters.spaces.invites(a) == [(b"for a", False)]
    assert adapters.spaces.invites(b) == [(b"for b", False)]
    assert adapters.spaces.invites(_space()) == []
    assert adapters.spaces.spaces() == []  # an invite alone is not a stored log


# --- forgetting a space --------------------------------------------------------------------------------------


def test_forget_space_removes_log_and_invites_and_leaves_other_spaces_alone(adapters: Adapters) -> None:
    gone, kept = _space(), _space()
    gone_secret, kept_secret = _secret(), _secret()
    for space, secret in ((gone, gone_secret), (kept, kept_secret)):
        adapters.spaces.add_log_entries(space, _entries("genesis", space.hex()))
        adapters.spaces.put_invite(space, secret, b"invite " + space)
        adapters.spaces.reserve_sequence(space, 3, 5)
    used_secret = _secret()
    adapters.spaces.put_invite(gone, used_secret, b"used")
    assert adapters.spaces.use_invite(used_secret)

    adapters.spaces.forget_space(gone)
    adapters.reopen()

    assert adapters.spaces.spaces() == [kept]
    assert adapters.spaces.log_entries(gone) == []
    assert adapters.spaces.invites(gone) == []
    assert adapters.spaces.use_invite(gone_secret) is False
    assert adapters.spaces.use_invite(used_secret) is False
    assert adapters.spaces.log_entries(kept) == [b"genesis", kept.hex().encode()]
    assert adapters.spaces.invites(kept) == [(b"invite " + kept, False)]
    assert adapters.spaces.reserve_sequence(kept, 3) == 5
    assert adapters.spaces.use_invite(kept_secret) is True


def test_forget_space_drops_its_sequence_reservations_only(adapters: Adapters) -> None:
    """Nothing of a forgotten space stays; a device that comes back is given a new epoch (Space.admit)."""
    space, kept = _space(), _space()
    for each in (space, kept):
        adapters.spaces.add_log_entries(each, _entries("genesis"))
        assert adapters.spaces.reserve_sequence(each, 2, 5) == 0  # 0..4
    adapters.spaces.forget_space(space)
    adapters.reopen()
    assert adapters.spaces.spaces() == [kept]
    assert adapters.spaces.reserve_sequence(space, 2) == 0
    assert adapters.spaces.reserve_sequence(kept, 2) == 5


def test_forgetting_an_unknown_space_is_harmless(adapters: Adapters) -> None:
    kept = _space()
    adapters.spaces.add_log_entries(kept, _entries("genesis"))
    adapters.spaces.forget_space(_space())
    assert adapters.spaces.spaces() == [kept]


# --- store only ----------------------------------------------------------------------------------------------


def test_store_without_an_identity_raises_lookup_error(tmp_path: Path) -> None:
    with ProfileManager(tmp_path / "data", kdf=FAST_KDF).create("", PASSPHRASE) as session:
        session.connection().execute("DELETE FROM device_identity")
        with pytest.raises(LookupError):
            session.identity.get()
        with pytest.raises(LookupError):
            device_keys_from(session.identity)


def test_store_device_id_is_the_one_sync_derives(tmp_path: Path) -> None:
    with ProfileManager(tmp_path / "data", kdf=FAST_KDF).create("", PASSPHRASE) as session:
        assert bytes(device_keys_from(session.identity).device_id) == session.identity.get().device_id
