"""Export a whole profile to one encrypted file and import it elsewhere, with a new device identity."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest

from store import (
    ContributionKind,
    ExportFileError,
    PlanSection,
    ProfileManager,
    ProfileSession,
    Question,
    UnsupportedFormatError,
    WeakPassphraseError,
    WrongPassphraseError,
    export_profile,
    export_profile_bytes,
    import_profile,
    import_profile_bytes,
)
from store.transfer import MAGIC
from tests.support import FAST_KDF, files_containing

DOCUMENT_TABLES = ("document_snapshots", "document_changes", "document_proofs")
SPACE_TABLES = ("space_log_entries", "space_sequences", "space_invites")

EXPORT_PASSPHRASE = "amber ferry whistle 1987"


def _fill(s: ProfileSession) -> None:
    s.plan.add(PlanSection.CRISIS_CONTACTS, "Sam", "07700 900123")
    s.checkins.record(dt.date(2026, 11, 20), 6, "CANARY-export-note", {Question.SLEEP: 2}, ["work"])
    s.supporters.add("Lee", "lee@example.org", "sister", frozenset({PlanSection.CRISIS_CONTACTS}))
    s.contributions.add(ContributionKind.HOURS, 90, "min", dt.date(2026, 11, 1), "Food bank")


def test_round_trip_gets_a_new_identity(
    tmp_path: Path, manager: ProfileManager, session: ProfileSession
) -> None:
    _fill(session)
    exported = tmp_path / "ana.commons-profile"
    export_profile(session, exported, EXPORT_PASSPHRASE, FAST_KDF)
    assert exported.read_bytes().startswith(MAGIC)
    assert files_containing(tmp_path, [b"CANARY-export-note", b"07700 900123"]) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ana.commons-profile", "data"]  # no scratch left

    other_device = ProfileManager(tmp_path / "other", kdf=FAST_KDF)
    with import_profile(other_device, exported, EXPORT_PASSPHRASE) as imported:
        assert imported.label == "Ana"
        assert [(i.text, i.response) for i in imported.plan.items()] == [("Sam", "07700 900123")]
        [checkin] = imported.checkins.between()
        assert (checkin.mood, checkin.note, checkin.answers, checkin.tags) == (
            6,
            "CANARY-export-note",
            {Question.SLEEP: 2},
            ("work",),
        )
        assert [s.sections for s in imported.supporters.list()] == [frozenset({PlanSection.CRISIS_CONTACTS})]
        assert imported.contributions.totals() == {(ContributionKind.HOURS, "min"): 90}
        assert imported.integrity_problems() == []
        old, new = session.identity.get(), imported.identity.get()
        assert new.device_id != old.device_id
        assert new.actor_id != old.actor_id
        assert new.agreement_key != old.agreement_key
        assert new.hybrid_key is not None
        assert new.hybrid_key != old.hybrid_key
        assert imported.profile_id != session.profile_id
    # The imported profile opens with the export passphrase.
    other_device.unlock(imported.profile_id, EXPORT_PASSPHRASE).lock()


def test_import_drops_the_old_identitys_spaces(
    tmp_path: Path, manager: ProfileManager, session: ProfileSession
) -> None:
    """Space logs, sequence reservations and invites belonged to the exporting device's identity."""
    space, secret = os.urandom(16), os.urandom(10)
    session.spaces.add_log_entries(space, [(hashlib.sha256(b"genesis").digest(), b"genesis")])
    session.spaces.reserve_sequence(space, 0, 5)
    session.spaces.put_invite(space, secret, b"invite")
    session.documents.save_snapshot(space, b"snapshot", replaces_changes=0)
    session.documents.save_proofs(space, b"proofs")
    session.documents.append_changes(space, [b"change"])
    exported = tmp_path / "ana.commons-profile"
    export_profile(session, exported, EXPORT_PASSPHRASE, FAST_KDF)

    other_device = ProfileManager(tmp_path / "other", kdf=FAST_KDF)
    with import_profile(other_device, exported, EXPORT_PASSPHRASE) as imported:
        conn = imported.connection()
        assert [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in SPACE_TABLES] == [0, 0, 0]
        assert imported.spaces.spaces() == []
        assert imported.spaces.invites(space) == []
        assert imported.spaces.use_invite(secret) is False
        assert imported.spaces.reserve_sequence(space, 0) == 0
        assert imported.documents.load_document(space) is None
        assert [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in DOCUMENT_TABLES] == [0, 0, 0]
    # The exporting profile keeps its own.
    assert session.spaces.spaces() == [space]
    assert session.spaces.invites(space) == [(b"invite", False)]


def test_export_needs_a_strong_passphrase(tmp_path: Path, session: ProfileSession) -> None:
    with pytest.raises(WeakPassphraseError):
        export_profile(session, tmp_path / "x.commons-profile", "weak", FAST_KDF)
    assert not (tmp_path / "x.commons-profile").exists()


def test_wrong_passphrase_leaves_nothing_behind(tmp_path: Path, session: ProfileSession) -> None:
    exported = tmp_path / "a.commons-profile"
    export_profile(session, exported, EXPORT_PASSPHRASE, FAST_KDF)
    target = ProfileManager(tmp_path / "other", kdf=FAST_KDF)
    with pytest.raises(ExportFileError, match="passphrase does not open"):
        import_profile(target, exported, "some other long passphrase")
    assert target.list_profiles() == []
    assert list(target.root.iterdir()) == []


@pytest.mark.parametrize("damage", ["truncate", "flip", "not-an-export", "huge-header", "bad-json", "future"])
def test_damaged_export_is_refused_clearly(tmp_path: Path, session: ProfileSession, damage: str) -> None:
    _fill(session)
    exported = tmp_path / "a.commons-profile"
    export_profile(session, exported, EXPORT_PASSPHRASE, FAST_KDF)
    data = bytearray(exported.read_bytes())
    if damage == "truncate":
        data = data[: len(data) - 5000]
    elif damage == "flip":
        data[-3000] ^= 0x40
    elif damage == "not-an-export":
        data = bytearray(b"PK\x03\x04 a zip file")
    elif damage == "huge-header":
        data[len(MAGIC) : len(MAGIC) + 4] = b"\xff\xff\xff\xff"
    elif damage == "bad-json":
        data[len(MAGIC) + 4] = ord("!")
    elif damage == "future":
        data = data.replace(b'"format": 1', b'"format": 7', 1)
    exported.write_bytes(bytes(data))
    target = ProfileManager(tmp_path / "other", kdf=FAST_KDF)
    with pytest.raises((ExportFileError, UnsupportedFormatError)) as info:
        import_profile(target, exported, EXPORT_PASSPHRASE).lock()
    assert str(info.value)
    assert target.list_profiles() == []
    assert exported.read_bytes() == bytes(data)  # the file the person gave us is untouched


def test_an_export_in_memory_opens_with_a_passphrase_of_the_receivers_choice(
    tmp_path: Path, manager: ProfileManager, session: ProfileSession
) -> None:
    _fill(session)
    before = {p.name for p in session.directory.iterdir()}
    data = export_profile_bytes(session, EXPORT_PASSPHRASE, FAST_KDF)
    assert {p.name for p in session.directory.iterdir()} == before  # the scratch copy is gone
    assert b"CANARY-export-note" not in data
    assert files_containing(tmp_path, [b"CANARY-export-note"]) == []

    other_device = ProfileManager(tmp_path / "other", kdf=FAST_KDF)
    with pytest.raises(WeakPassphraseError):
        import_profile_bytes(other_device, data, EXPORT_PASSPHRASE, profile_passphrase="short")
    chosen = "lantern otter quietly 4412"
    with import_profile_bytes(other_device, data, EXPORT_PASSPHRASE, profile_passphrase=chosen) as imported:
        assert imported.checkins.between()[0].note == "CANARY-export-note"
        assert imported.identity.get().device_id != session.identity.get().device_id
        profile_id = imported.profile_id
    other_device.unlock(profile_id, chosen).lock()
    with pytest.raises(WrongPassphraseError):
        other_device.unlock(profile_id, EXPORT_PASSPHRASE)
    with pytest.raises(ExportFileError, match="passphrase does not open"):
        import_profile_bytes(other_device, data, "some other long passphrase", profile_passphrase=chosen)
    with pytest.raises(ExportFileError, match="not a Commons profile"):
        import_profile_bytes(other_device, b"junk", EXPORT_PASSPHRASE, profile_passphrase=chosen)
    assert len(other_device.list_profiles()) == 1
