"""Profile lifecycle: create, list, unlock, wrong passphrase, corruption, rekey, delete, guests."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from store import (
    DEFAULT_KDF,
    CorruptProfileError,
    PlanSection,
    ProfileLockedError,
    ProfileManager,
    ProfileNotFoundError,
    ProfileSession,
    StoreError,
    UnsupportedFormatError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from store.profiles import NEXT_HEADER_FILE
from tests.support import PASSPHRASE, snapshot_files

NEW_PASSPHRASE = "quiet meadow copper kettle"


def test_create_lists_and_unlocks(manager: ProfileManager) -> None:
    s = manager.create("Ana", PASSPHRASE)
    s.plan.add(PlanSection.TOOLBOX, "Walk by the river")
    s.lock()
    [info] = manager.list_profiles()
    assert (info.profile_id, info.label, info.guest, info.problem) == (s.profile_id, "Ana", False, None)
    with manager.unlock(info.profile_id, PASSPHRASE) as again:
        assert [i.text for i in again.plan.items()] == ["Walk by the river"]
    assert sorted(p.name for p in (manager.root / s.profile_id).iterdir()) == ["profile.db", "profile.json"]


def test_profile_directory_is_private(manager: ProfileManager, session: ProfileSession) -> None:
    assert session.directory.stat().st_mode & 0o077 == 0


def test_header_holds_only_what_the_picker_needs(session: ProfileSession) -> None:
    header = json.loads((session.directory / "profile.json").read_text())
    assert set(header) == {"format", "profile_id", "label", "guest", "created_at", "kdf", "salt", "key_check"}


def test_default_kdf_parameters_are_stored_per_profile(tmp_path: Path) -> None:
    manager = ProfileManager(tmp_path)  # the real cost: one Argon2id derivation of ~0.35 s
    with manager.create("", PASSPHRASE) as s:
        header = json.loads((s.directory / "profile.json").read_text())
    assert header["kdf"] == DEFAULT_KDF.to_json()
    assert DEFAULT_KDF.memory_cost_kib >= 64 * 1024


def test_locked_session_refuses_work(session: ProfileSession) -> None:
    session.lock()
    with pytest.raises(ProfileLockedError):
        session.plan.items()
    session.lock()  # locking twice is harmless


def test_wrong_passphrase_touches_no_file(manager: ProfileManager, session: ProfileSession) -> None:
    session.lock()
    before = snapshot_files(session.directory)
    with pytest.raises(WrongPassphraseError, match="Nothing was changed"):
        manager.unlock(session.profile_id, "not the passphrase at all")
    assert snapshot_files(session.directory) == before


def test_unknown_profile(manager: ProfileManager) -> None:
    with pytest.raises(ProfileNotFoundError):
        manager.unlock("0" * 24, PASSPHRASE)
    with pytest.raises(ProfileNotFoundError):
        manager.unlock("../../etc", PASSPHRASE)


@pytest.mark.parametrize(
    ("weak", "reason"),
    [
        ("", "at least 10"),
        ("short1", "at least 10"),
        ("password123", "common"),
        ("aaaaaaaaaaaaaaaa", "Repeat"),
        ("Ana Ana Ana 1", ""),
    ],
)
def test_weak_passphrase_is_rejected_with_a_reason(manager: ProfileManager, weak: str, reason: str) -> None:
    with pytest.raises(WeakPassphraseError) as info:
        manager.create("Ana", weak)
    assert reason.lower() in info.value.reason.lower()
    assert info.value.reason
    assert manager.list_profiles() == []
    assert not manager.root.exists() or not any(manager.root.iterdir())


def test_long_passphrases_work(manager: ProfileManager) -> None:
    long_one = "the first seventy two characters decide the score, so type on " * 8
    with manager.create("Ana", long_one) as s:
        profile_id = s.profile_id
    manager.unlock(profile_id, long_one).lock()
    with pytest.raises(WrongPassphraseError):  # every character counts for the key, not just the scored ones
        manager.unlock(profile_id, long_one[:-1])
    with pytest.raises(WeakPassphraseError, match="at most 1024"):
        manager.create("Ana", "x" * 1025)


def _damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "truncate":
        path.write_bytes(bytes(data[: len(data) // 2 + 7]))
    elif how == "flip":
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "page1":
        data[100] ^= 0x01
        path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["truncate", "flip", "empty", "page1"])
def test_damaged_database_gives_a_clear_error_and_is_kept(manager: ProfileManager, how: str) -> None:
    s = manager.create("Ana", PASSPHRASE)
    for i in range(300):  # several pages, so damage in the middle hits a data page
        s.plan.add(PlanSection.TOOLBOX, f"item {i} " + "x" * 200)
    s.lock()
    db = s.directory / "profile.db"
    _damage(db, how)
    damaged = db.read_bytes()
    try:
        opened = manager.unlock(s.profile_id, PASSPHRASE)
    except CorruptProfileError as exc:
        assert "restore it from a backup" in str(exc)
    else:
        # Damage inside a data page is found by the integrity check rather than at unlock.
        assert opened.integrity_problems() != []
        opened.lock()
    assert db.read_bytes() == damaged


def test_missing_database_file(manager: ProfileManager, session: ProfileSession) -> None:
    session.lock()
    (session.directory / "profile.db").unlink()
    with pytest.raises(CorruptProfileError, match="no database"):
        manager.unlock(session.profile_id, PASSPHRASE)


@pytest.mark.parametrize("content", [b"", b"{not json", b"[]", b'{"format": 99}', b'{"format": 1}'])
def test_damaged_header_is_reported_in_the_picker(
    manager: ProfileManager, session: ProfileSession, content: bytes
) -> None:
    session.lock()
    (session.directory / "profile.json").write_bytes(content)
    [info] = manager.list_profiles()
    assert info.problem
    with pytest.raises((CorruptProfileError, UnsupportedFormatError)):
        manager.unlock(session.profile_id, PASSPHRASE)


def test_tampered_kdf_cost_is_refused(manager: ProfileManager, session: ProfileSession) -> None:
    session.lock()
    path = session.directory / "profile.json"
    header = json.loads(path.read_text())
    header["kdf"]["memory_cost_kib"] = 1 << 40
    path.write_text(json.dumps(header))
    with pytest.raises(UnsupportedFormatError, match="out of range"):
        manager.unlock(session.profile_id, PASSPHRASE)


def test_change_passphrase_rekeys(manager: ProfileManager, session: ProfileSession) -> None:
    session.plan.add(PlanSection.TRIGGERS, "Crowds", "Step outside")
    old_db = (session.directory / "profile.db").read_bytes()
    with pytest.raises(WrongPassphraseError):
        manager.change_passphrase(session, "wrong old passphrase", NEW_PASSPHRASE)
    with pytest.raises(WeakPassphraseError):
        manager.change_passphrase(session, PASSPHRASE, "weak")
    manager.change_passphrase(session, PASSPHRASE, NEW_PASSPHRASE)
    assert [i.text for i in session.plan.items()] == ["Crowds"]  # the open session keeps working
    session.lock()
    assert (session.directory / "profile.db").read_bytes() != old_db
    assert not (session.directory / NEXT_HEADER_FILE).exists()
    with pytest.raises(WrongPassphraseError):
        manager.unlock(session.profile_id, PASSPHRASE)
    with manager.unlock(session.profile_id, NEW_PASSPHRASE) as again:
        assert [i.response for i in again.plan.items()] == ["Step outside"]
        assert again.integrity_problems() == []


def test_rekey_interrupted_after_the_database_changed(
    manager: ProfileManager, session: ProfileSession
) -> None:
    """Crash between rekey and header swap: the new passphrase works and the header is repaired."""
    session.plan.add(PlanSection.TOOLBOX, "Tea")
    old_header = (session.directory / "profile.json").read_bytes()
    manager.change_passphrase(session, PASSPHRASE, NEW_PASSPHRASE)
    session.lock()
    new_header = (session.directory / "profile.json").read_bytes()
    (session.directory / "profile.json").write_bytes(old_header)
    (session.directory / NEXT_HEADER_FILE).write_bytes(new_header)

    with pytest.raises(StoreError, match="new passphrase"):
        manager.unlock(session.profile_id, PASSPHRASE)
    with manager.unlock(session.profile_id, NEW_PASSPHRASE) as s:
        assert [i.text for i in s.plan.items()] == ["Tea"]
    assert not (session.directory / NEXT_HEADER_FILE).exists()
    manager.unlock(session.profile_id, NEW_PASSPHRASE).lock()


def test_rekey_interrupted_before_the_database_changed(
    manager: ProfileManager, session: ProfileSession
) -> None:
    """Crash after the next header was written but before rekey: the old passphrase still works."""
    session.lock()
    other = manager.create("Other", NEW_PASSPHRASE)  # a header made from the new passphrase
    other.lock()
    (session.directory / NEXT_HEADER_FILE).write_bytes((other.directory / "profile.json").read_bytes())
    with pytest.raises(StoreError, match="previous passphrase"):
        manager.unlock(session.profile_id, NEW_PASSPHRASE)
    assert not (session.directory / NEXT_HEADER_FILE).exists()
    manager.unlock(session.profile_id, PASSPHRASE).lock()


def test_delete_overwrites_and_removes(manager: ProfileManager, session: ProfileSession) -> None:
    session.plan.add(PlanSection.TOOLBOX, "Music")
    directory = session.directory
    manager.delete(session.profile_id, session)
    assert session.locked
    assert not directory.exists()
    assert list(manager.root.iterdir()) == []
    assert manager.list_profiles() == []


def test_guest_session_leaves_no_file(manager: ProfileManager) -> None:
    guest = manager.create_guest()
    assert guest.guest
    guest.plan.add(PlanSection.TOOLBOX, "Guest note")
    assert manager.list_profiles()[0].guest
    manager.end_guest_session(guest)
    assert list(manager.root.rglob("*")) == []


def test_only_guests_are_ended(manager: ProfileManager, session: ProfileSession) -> None:
    with pytest.raises(StoreError):
        manager.end_guest_session(session)
    assert session.directory.exists()


def test_clean_up_wipes_leftovers(manager: ProfileManager, session: ProfileSession) -> None:
    guest = manager.create_guest()
    guest.lock()  # the app crashed: the guest profile was never ended
    (manager.root / ".creating-abc").mkdir()
    (manager.root / ".creating-abc" / "profile.db").write_bytes(os.urandom(100))
    (manager.root / ".wiping-def").mkdir()
    live_guest = manager.create_guest()  # another window's session, still in use
    manager.clean_up()
    assert sorted(p.name for p in manager.root.iterdir()) == sorted(
        [session.profile_id, live_guest.profile_id]
    )
    manager.end_guest_session(live_guest)
    assert [p.name for p in manager.root.iterdir()] == [session.profile_id]


def test_delete_with_passphrase(manager: ProfileManager, session: ProfileSession) -> None:
    with pytest.raises(WrongPassphraseError):
        manager.delete_with_passphrase(session, "not the passphrase at all")
    assert session.directory.exists()
    assert not session.locked
    manager.delete_with_passphrase(session, PASSPHRASE)
    assert session.locked
    assert manager.list_profiles() == []
