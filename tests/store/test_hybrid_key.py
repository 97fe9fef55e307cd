"""The device's hybrid key in the personal store: made with a new profile, made on first use by a profile from
before hybrid keys (migration 0012 leaves it empty), kept encrypted, and read back as the same key."""

from __future__ import annotations

from pathlib import Path

from store import ProfileManager, ProfileSession
from store._database import transaction
from sync.ports import device_keys_from
from tests.support import PASSPHRASE


def test_a_new_profile_has_a_hybrid_key_that_reads_back(session: ProfileSession) -> None:
    identity = session.identity.get()
    assert identity.hybrid_key is not None
    assert len(identity.hybrid_key) == 96
    keys = device_keys_from(session.identity)
    assert keys.hybrid is not None
    assert keys.hybrid.private_bytes() == identity.hybrid_key
    assert session.identity.get() == identity  # reading makes nothing new


def test_a_profile_from_before_hybrid_keys_makes_one_on_first_use_and_keeps_it(
    tmp_path: Path, manager: ProfileManager
) -> None:
    with manager.create("Ana", PASSPHRASE) as session:
        conn = session.connection()
        with transaction(conn):
            conn.execute("UPDATE device_identity SET hybrid_key = NULL")  # as migration 0012 leaves it
        before = session.identity.get()
        assert before.hybrid_key is None
        keys = device_keys_from(session.identity)  # what the sync service does when it starts
        assert keys.hybrid is not None
        made = session.identity.get().hybrid_key
        assert made == keys.hybrid.private_bytes()
        assert session.identity.get().signing_key == before.signing_key  # the device keeps its identity
        profile_id = session.profile_id
    with manager.unlock(profile_id, PASSPHRASE) as again:
        assert again.identity.get().hybrid_key == made
        keys = device_keys_from(again.identity)
        assert keys.hybrid is not None
        assert keys.hybrid.private_bytes() == made
    assert made is not None
    for path in tmp_path.rglob("*"):  # only ever encrypted on disk, raw or as text
        if path.is_file():
            data = path.read_bytes()
            for needle in (made[:32], made[64:]):
                assert needle not in data
                assert needle.hex().encode() not in data
