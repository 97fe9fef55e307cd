"""Everything personal as JSON and CSV: the round trip, every refusal naming its path, file modes, no leaks."""

from __future__ import annotations

import base64
import copy
import csv
import dataclasses
import datetime as dt
import io
import json
import logging
import os
import secrets
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from store import (
    AUTO_LOCK_MINUTES,
    CHECKIN_REMINDER_MINUTE,
    KEEP_IN_TRAY,
    MINUTES,
    THEME,
    ContributionDirection,
    ContributionKind,
    GoalStatus,
    PersonalDataError,
    PlanItem,
    PlanSection,
    ProfileManager,
    ProfileSession,
    Question,
    WeakPassphraseError,
    import_personal,
    read_personal,
    write_personal_csv,
    write_personal_json,
)
from store.contributions import ContributionSource
from store.portable import CSV_TABLES, EXPORTED_SETTINGS, personal_document
from sync.identity import DeviceSigner
from tests.store.test_signed_contributions import signed_line
from tests.support import FAST_KDF, PASSPHRASE, REPO, files_containing

NEW_PASSPHRASE = "copper lantern meadow 77"


def fill(session: ProfileSession, word: Callable[[], str] = lambda: secrets.token_hex(4)) -> None:
    """A profile with something in every part the export covers, in several scripts."""
    for section in PlanSection:
        if section.is_free_text:
            session.plan.write_text(section, f"{word()} نص حر\nsecond line")
            continue
        for n in range(2):
            response = f"{word()} — réponse {n}" if section.response_label else ""
            session.plan.add(section, f"{word()} item {n} ✓", response)
    today = dt.date.today()
    for status in GoalStatus:
        goal = session.goals.add(f"{word()} goal", f"{word()} why", today + dt.timedelta(days=30))
        session.goals.update(goal.id, title=goal.title, why=goal.why, status=status, target=goal.target)
        first = session.goals.add_action(goal.id, f"{word()} step", today)
        session.goals.add_action(goal.id, f"{word()} second step")
        session.goals.set_action_done(first.id, True)
    session.goals.add(f"{word()} no target")
    for days in range(5):
        answers = {q: (days + i) % 5 for i, q in enumerate(Question) if (days + i) % 3}
        session.checkins.record(
            today - dt.timedelta(days=days), 1 + days * 2, f"{word()} note", answers, [f"tag{days}", "ناس"]
        )
    session.supporters.add(f"{word()} Lee", "07700 900123", "sister", frozenset(PlanSection))
    session.supporters.add(f"{word()} Ana", "", "", frozenset())
    session.supporters.add(f"{word()} Sam", "", "friend", frozenset({PlanSection.CRISIS_CONTACTS}))
    for kind in ContributionKind:
        unit = MINUTES if kind.measured_in_time else "EUR"
        session.contributions.add(kind, 90, unit, today, f"{word()} garden", f"{word()} note", None)
    session.contributions.add(ContributionKind.MONEY, 1250, "GBP", today, "=SUM(A1)", "", "ledger-7")
    signer = DeviceSigner.generate()
    received = dataclasses.replace(signed_line(signer, "e2", 700), direction=ContributionDirection.RECEIVED)
    session.contributions.keep_signed([signed_line(signer, "e1"), received])
    session.contributions.set_hidden(session.contributions.list(source=ContributionSource.SIGNED)[0].id, True)
    session.settings.set(AUTO_LOCK_MINUTES, 17)
    session.settings.set(THEME, "dark")
    session.settings.set(CHECKIN_REMINDER_MINUTE, 9 * 60)
    session.settings.set(KEEP_IN_TRAY, True)


def differences(a: Any, b: Any, path: str = "") -> list[str]:
    """Every place two JSON values differ, by path (so a failure names the field)."""
    if isinstance(a, dict) and isinstance(b, dict):
        found = [f"{path}.{k}: only in one" for k in a.keys() ^ b.keys()]
        for key in a.keys() & b.keys():
            found += differences(a[key], b[key], f"{path}.{key}")
        return found
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [f"{path}: {len(a)} entries against {len(b)}"]
        return [
            d for i, (x, y) in enumerate(zip(a, b, strict=True)) for d in differences(x, y, f"{path}[{i}]")
        ]
    return [] if type(a) is type(b) and a == b else [f"{path}: {a!r} != {b!r}"]


@pytest.fixture
def full(session: ProfileSession) -> ProfileSession:
    fill(session)
    return session


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One full export, made once for the many cases that edit a copy of it."""
    manager = ProfileManager(tmp_path_factory.mktemp("exported") / "data", kdf=FAST_KDF)
    with manager.create("Ana", PASSPHRASE) as session:
        fill(session)
        return personal_document(session)


def _export(session: ProfileSession, tmp_path: Path, name: str = "me.json") -> Path:
    target = tmp_path / "out" / name
    target.parent.mkdir(exist_ok=True)
    write_personal_json(session, target)
    return target


def _write(tmp_path: Path, document: object, name: str = "edited.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _profile_folders(manager: ProfileManager) -> list[str]:
    return sorted(p.name for p in manager.root.iterdir()) if manager.root.exists() else []


# -- the round trip ------------------------------------------------------------------------------


def test_export_import_export_is_equal_field_by_field(
    full: ProfileSession, manager: ProfileManager, tmp_path: Path
) -> None:
    first = _export(full, tmp_path)
    original = json.loads(first.read_text(encoding="utf-8"))
    with import_personal(manager, first, "Ana again", NEW_PASSPHRASE) as imported:
        again = personal_document(imported)
        assert imported.identity.get().device_id != full.identity.get().device_id
    assert original["profile"] == {"label": "Ana"}
    assert again["profile"] == {"label": "Ana again"}  # the name chosen for the new profile
    for document in (original, again):
        del document["exported_at"], document["profile"]
    assert differences(original, again) == []
    # Nothing was empty by accident: every part of the profile made it into the file.
    assert all(s["items"] for s in original["plan"]["sections"])
    assert len(original["goals"]) == len(GoalStatus) + 1
    assert {g["status"] for g in original["goals"]} == {s.value for s in GoalStatus}
    assert any(a["done"] for g in original["goals"] for a in g["actions"])
    assert len(original["checkins"]) == 5
    assert all(c["tags"] for c in original["checkins"])
    assert any(c["answers"] for c in original["checkins"])
    assert {s["name"].split()[1] for s in original["supporters"]} == {"Lee", "Ana", "Sam"}
    assert {c["kind"] for c in original["contributions"]} == {k.value for k in ContributionKind}
    signed = [c for c in original["contributions"] if c["signed"]]
    assert sorted((c["direction"], c["signed"]["hidden"]) for c in signed) == [
        ("given", False),
        ("received", True),
    ]
    assert len(imported_signed := [c for c in again["contributions"] if c["signed"]]) == 2
    assert all(c["signed"]["signature"] and c["signed"]["community"] == "Elm Street" for c in imported_signed)
    assert original["settings"] == {
        "auto_lock_minutes": 17,
        "theme": "dark",
        "checkin_reminder_minute": 540,
        "keep_in_tray": True,
    }
    # And the new profile opens with its passphrase, like any other.
    with manager.unlock(manager.list_profiles()[-1].profile_id, NEW_PASSPHRASE) as reopened:
        assert reopened.checkins.count() == 5


def test_the_plan_is_read_from_the_stores_own_model(full: ProfileSession) -> None:
    """Every section the store has, in its order, and every field of its items (a field or section added to the
    store's model is exported without a second edit)."""
    document = personal_document(full)
    sections = document["plan"]["sections"]
    assert [s["key"] for s in sections] == [s.value for s in PlanSection]
    item_fields = {f.name for f in dataclasses.fields(PlanItem)} - {"section", "position"}
    for entry, section in zip(sections, PlanSection, strict=True):
        assert entry["title"] == section.title
        assert entry["kind"] == ("text" if section.is_free_text else "list")
        assert entry["second_column"] == section.response_label
        stored = full.plan.items(section)
        assert [set(i) for i in entry["items"]] == [item_fields] * len(stored)
        assert [i["text"] for i in entry["items"]] == [i.text for i in stored]
        assert [i["response"] for i in entry["items"]] == [i.response for i in stored]


def test_the_file_is_readable_json_in_every_script(full: ProfileSession, tmp_path: Path) -> None:
    text = _export(full, tmp_path).read_text(encoding="utf-8")
    assert text.startswith('{\n  "format": "commons-personal",\n  "version": 1,')
    assert "نص حر" in text
    assert "\\u" not in text
    assert text.endswith("}\n")


# -- files ---------------------------------------------------------------------------------------


def test_files_are_private_and_replaced_whole(full: ProfileSession, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    json_path, zip_path = out / "me.json", out / "me.zip"
    for path in (json_path, zip_path):
        path.write_text("an older, wider file")
        path.chmod(0o644)
    old_umask = os.umask(0)  # the most permissive umask a person could have
    try:
        write_personal_json(full, json_path)
        write_personal_csv(full, zip_path)
    finally:
        os.umask(old_umask)
    assert sorted(p.name for p in out.iterdir()) == ["me.json", "me.zip"]  # no temporary file left
    for path in (json_path, zip_path):
        assert path.stat().st_mode & 0o777 == 0o600
    assert read_personal(json_path).label == "Ana"
    assert zipfile.ZipFile(zip_path).testzip() is None


def test_csv_tables_open_in_a_spreadsheet_as_written(full: ProfileSession, tmp_path: Path) -> None:
    path = tmp_path / "tables.zip"
    write_personal_csv(full, path)
    archive = zipfile.ZipFile(path)
    assert archive.namelist() == list(CSV_TABLES)
    document = personal_document(full)
    tables: dict[str, list[dict[str, str]]] = {}
    for name, columns in CSV_TABLES.items():
        raw = archive.read(name)
        assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark
        assert b"\r\n" in raw
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
        assert rows == [] or tuple(rows[0]) == columns
        tables[name] = rows
    items = sum(len(s["items"]) for s in document["plan"]["sections"])
    assert len(tables["plan_items.csv"]) == items
    assert len(tables["checkins.csv"]) == 5
    assert {r["section"] for r in tables["plan_items.csv"]} == {s.value for s in PlanSection}
    assert any("ناس" in r["tags"] for r in tables["checkins.csv"])
    formula = next(r for r in tables["contributions.csv"] if r["unit"] == "GBP")
    assert formula["counterparty"] == "'=SUM(A1)"  # shown as text, never run
    assert formula["amount_minor"] == "1250"
    assert formula["ledger_ref"] == "ledger-7"
    lee = next(r for r in tables["supporters.csv"] if "Lee" in r["name"])
    assert lee["may_see"].split() == [s.value for s in PlanSection]
    assert {r["key"]: r["value"] for r in tables["settings.csv"]}["checkin_reminder_minute"] == "540"


# -- refusals ------------------------------------------------------------------------------------

Edit = Callable[[dict[str, Any]], None]


def _set(path: list[str | int], value: object) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        target: Any = document
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return edit


def _delete(path: list[str | int]) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        target: Any = document
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]

    return edit


def _append(path: list[str | int], copy_of: int) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        target: Any = document
        for step in path:
            target = target[step]
        target.append(copy.deepcopy(target[copy_of]))

    return edit


TOMORROW_BUT_ONE = (dt.date.today() + dt.timedelta(days=2)).isoformat()

REFUSALS: list[tuple[str, Edit, str, str]] = [
    ("wrong format", _set(["format"], "something-else"), "format", "not a Commons personal-data export"),
    ("newer version", _set(["version"], 2), "version", "newer Commons"),
    ("unknown top field", _set(["extra"], 1), "extra", "unknown field"),
    ("mood too high", _set(["checkins", 3, "mood"], 11), "checkins[3].mood", "whole number from 1 to 10"),
    ("mood as text", _set(["checkins", 3, "mood"], "7"), "checkins[3].mood", "whole number from 1 to 10"),
    ("mood as bool", _set(["checkins", 0, "mood"], True), "checkins[0].mood", "whole number"),
    (
        "answer out of range",
        _set(["checkins", 1, "answers", "sleep"], 9),
        "checkins[1].answers.sleep",
        "0 to 4",
    ),
    (
        "unknown question",
        _set(["checkins", 1, "answers", "hunger"], 2),
        "checkins[1].answers.hunger",
        "one of",
    ),
    ("day not a date", _set(["checkins", 2, "day"], "02/03/2024"), "checkins[2].day", "YYYY-MM-DD"),
    ("day in the future", _set(["checkins", 2, "day"], TOMORROW_BUT_ONE), "checkins[2].day", "future"),
    ("no day", _set(["checkins", 4, "day"], None), "checkins[4].day", "YYYY-MM-DD"),
    ("bad tag", _set(["checkins", 0, "tags"], ["no!pe"]), "checkins[0].tags", "letters, digits"),
    ("missing id", _delete(["checkins", 0, "id"]), "checkins[0].id", "missing"),
    ("id used twice", _append(["goals"], 0), "goals[5].id", "used twice"),
    ("unknown section", _set(["plan", "sections", 2, "key"], "diary"), "plan.sections[2].key", "one of"),
    (
        "second item in a one-text section",
        _append(["plan", "sections", 5, "items"], 0),
        "plan.sections[5].items",
        "one text",
    ),
    (
        "response where there is no second column",
        _set(["plan", "sections", 0, "items", 0, "response"], "do this"),
        "plan.sections[0].items[0].response",
        "no second column",
    ),
    (
        "empty item",
        _set(["plan", "sections", 1, "items", 1, "text"], "   "),
        "plan.sections[1].items[1].text",
        "empty",
    ),
    (
        "item too long",
        _set(["plan", "sections", 1, "items", 0, "text"], "x" * 2001),
        "plan.sections[1].items[0].text",
        "at most 2000",
    ),
    ("unknown goal status", _set(["goals", 1, "status"], "someday"), "goals[1].status", "'active'"),
    (
        "action done as text",
        _set(["goals", 0, "actions", 1, "done"], "yes"),
        "goals[0].actions[1].done",
        "true or false",
    ),
    ("title on two lines", _set(["goals", 0, "title"], "a\nb"), "goals[0].title", "one line"),
    (
        "supporter sees a made-up section",
        _set(["supporters", 0, "may_see"], ["diary"]),
        "supporters[0].may_see[0]",
        "one of",
    ),
    ("no name", _set(["supporters", 1, "name"], ""), "supporters[1].name", "empty"),
    ("amount zero", _set(["contributions", 0, "amount_minor"], 0), "contributions[0].amount_minor", "1 to"),
    (
        "amount fractional",
        _set(["contributions", 0, "amount_minor"], 1.5),
        "contributions[0].amount_minor",
        "whole",
    ),
    ("hours in euros", _set(["contributions", 1, "unit"], "EUR"), "contributions[1].unit", "minutes"),
    ("bad currency", _set(["contributions", 0, "unit"], "euro"), "contributions[0].unit", "three-letter"),
    ("unknown setting", _set(["settings", "support_relay"], "x"), "settings.support_relay", "not a setting"),
    ("bad theme", _set(["settings", "theme"], "neon"), "settings.theme", "system, light, dark"),
    ("checkins not a list", _set(["checkins"], {}), "checkins", "expected a list"),
    ("record not an object", _set(["goals", 0], "goal"), "goals[0]", "expected an object"),
]


def test_a_signed_line_with_a_forged_signature_is_refused(
    exported: dict[str, Any], manager: ProfileManager, tmp_path: Path
) -> None:
    document = copy.deepcopy(exported)
    index = next(i for i, c in enumerate(document["contributions"]) if c["signed"])
    document["contributions"][index]["signed"]["signature"] = base64.b64encode(bytes(64)).decode()
    before = _profile_folders(manager)
    with pytest.raises(PersonalDataError) as caught:
        import_personal(manager, _write(tmp_path, document), "New", NEW_PASSPHRASE)
    assert caught.value.path == f"contributions[{index}].signed", str(caught.value)
    assert "signature does not match" in caught.value.message
    assert _profile_folders(manager) == before


@pytest.mark.parametrize(("edit", "path", "says"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_each_refusal_names_its_path_and_stores_nothing(
    exported: dict[str, Any], manager: ProfileManager, tmp_path: Path, edit: Edit, path: str, says: str
) -> None:
    document = copy.deepcopy(exported)
    # Contributions of one day are in id order; the cases point at a money one first, then an hours one.
    by_kind = {c["kind"]: c for c in document["contributions"]}
    document["contributions"] = [by_kind["money"], by_kind["hours"]]
    edit(document)
    source = _write(tmp_path, document)
    before = _profile_folders(manager)
    with pytest.raises(PersonalDataError) as caught:
        import_personal(manager, source, "New", NEW_PASSPHRASE)
    assert caught.value.path == path, str(caught.value)
    assert says in caught.value.message, str(caught.value)
    assert str(caught.value).startswith(f"{path}: ")
    assert _profile_folders(manager) == before  # no profile, no half-made folder


def test_a_day_with_two_check_ins_is_refused_with_both_places(
    exported: dict[str, Any], manager: ProfileManager, tmp_path: Path
) -> None:
    document = copy.deepcopy(exported)
    document["checkins"][4]["day"] = document["checkins"][1]["day"]
    before = _profile_folders(manager)
    with pytest.raises(PersonalDataError) as caught:
        import_personal(manager, _write(tmp_path, document), "New", NEW_PASSPHRASE)
    assert caught.value.path == "checkins[4].day"
    assert "checkins[1]" in caught.value.message
    assert _profile_folders(manager) == before


def test_half_a_surrogate_pair_is_refused_and_nothing_is_stored(
    exported: dict[str, Any], manager: ProfileManager, tmp_path: Path
) -> None:
    """Found by fuzz/fuzz_personal_json.py: JSON may write "\\ud800" (half of a pair), which the reader let
    through and SQLite could not store (UnicodeEncodeError from the import instead of the file's problem)."""
    document = copy.deepcopy(exported)
    document["goals"][0]["title"] = "Walk \ud800 daily"
    source = tmp_path / "surrogate.json"
    source.write_text(json.dumps(document), encoding="utf-8")  # ensure_ascii: written as \ud800
    before = _profile_folders(manager)
    with pytest.raises(PersonalDataError) as caught:
        import_personal(manager, source, "New", NEW_PASSPHRASE)
    assert caught.value.path == "goals[0].title"
    assert "surrogate" in caught.value.message
    assert _profile_folders(manager) == before


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        (b'{"format": "commons-personal", "version": 1,,}', "not valid JSON: Expecting property name"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b'{"format": "commons-personal", "version": 1, "version": 1}', "appears twice"),
        (
            b'{"format": "commons-personal", "version": 1,'
            b' "checkins": [{"id": "a", "day": "2020-01-01", "mood": NaN}]}',
            "NaN",
        ),
        (b"[1, 2]", "not a Commons personal-data export"),
        (b"[" * 100_000, "nests too deeply"),
        # Found by fuzz/fuzz_personal_json.py: Python refuses to convert an integer of more than 4,300 digits
        # with a plain ValueError, which came out of the import as it was.
        (b'{"format": "commons-personal", "version": ' + b"9" * 5000 + b"}", "number too long"),
    ],
)
def test_a_file_that_is_not_a_valid_export_is_refused_and_nothing_is_stored(
    manager: ProfileManager, tmp_path: Path, raw: bytes, says: str
) -> None:
    source = tmp_path / "broken.json"
    source.write_bytes(raw)
    manager.root.mkdir(parents=True, exist_ok=True)
    with pytest.raises(PersonalDataError) as caught:
        import_personal(manager, source, "New", NEW_PASSPHRASE)
    assert says in str(caught.value)
    assert _profile_folders(manager) == []


def test_a_weak_passphrase_or_a_failure_while_storing_leaves_no_profile(
    full: ProfileSession, manager: ProfileManager, tmp_path: Path
) -> None:
    source = _export(full, tmp_path)
    before = _profile_folders(manager)
    with pytest.raises(WeakPassphraseError):
        import_personal(manager, source, "New", "short")
    data = read_personal(source)

    def fails_half_way(session: ProfileSession) -> None:
        session.plan.restore(data.plan[0])
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        manager.create("New", NEW_PASSPHRASE, fill=fails_half_way)
    assert _profile_folders(manager) == before


def test_the_plan_reads_the_same_whatever_order_its_sections_are_listed_in(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    """The store orders a plan by section and position, so a file listing the same sections in another order
    (edited by hand, written by another tool) says the same thing, and written again reads back the same
    (found by fuzz/fuzz_personal_json.py)."""
    shuffled = copy.deepcopy(exported)
    shuffled["plan"]["sections"].reverse()
    as_exported = read_personal(_write(tmp_path, exported, "as-exported.json"))
    assert read_personal(_write(tmp_path, shuffled)).plan == as_exported.plan
    assert [(i.section, i.position) for i in as_exported.plan] == sorted(
        ((i.section, i.position) for i in as_exported.plan),
        key=lambda k: (list(PlanSection).index(k[0]), k[1]),
    )


def test_a_minimal_hand_written_file_is_enough(manager: ProfileManager, tmp_path: Path) -> None:
    day = dt.date.today().isoformat()
    source = _write(
        tmp_path,
        {"format": "commons-personal", "version": 1, "checkins": [{"id": "c1", "day": day, "mood": 6}]},
    )
    with import_personal(manager, source, "", NEW_PASSPHRASE) as imported:
        document = personal_document(imported)
    assert [(c["day"], c["mood"], c["tags"], c["answers"]) for c in document["checkins"]] == [
        (day, 6, [], {})
    ]
    assert document["settings"] == {s.key: s.default for s in EXPORTED_SETTINGS}


# -- nothing personal anywhere else --------------------------------------------------------------


def test_no_canary_in_logs_or_temporary_files_during_export_and_import(
    manager: ProfileManager,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    canaries = [f"CANARY{secrets.token_hex(6)}" for _ in range(200)]
    words = iter(canaries)
    with manager.create("Ana", PASSPHRASE) as session:
        fill(session, lambda: next(words))
        out = tmp_path / "out"
        out.mkdir()
        write_personal_json(session, out / "me.json")
        write_personal_csv(session, out / "me.zip")
    used = canaries[: canaries.index(next(words))]
    needles = [c.encode() for c in used]
    assert {n for _f, n in files_containing(out, needles)} == set(needles)  # the search finds them
    with import_personal(manager, out / "me.json", "Ana 2", NEW_PASSPHRASE) as imported:
        assert imported.plan.items()
    assert files_containing(manager.data_dir, needles) == []  # the profiles hold them encrypted only
    assert files_containing(temp, needles) == []
    output, errors = capfd.readouterr()
    logged = caplog.text + output + errors
    assert [c for c in used if c in logged] == []


# -- the documented schema -----------------------------------------------------------------------


def _schema() -> dict[str, Any]:
    return json.loads((REPO / "docs" / "commons-personal.schema.json").read_text(encoding="utf-8"))


def test_the_json_schema_in_docs_matches_the_store(full: ProfileSession) -> None:
    schema = _schema()
    defs = schema["$defs"]
    assert schema["properties"]["format"]["const"] == "commons-personal"
    assert schema["properties"]["version"]["const"] == 1
    assert set(schema["properties"]) == set(personal_document(full))
    assert defs["section_key"]["enum"] == [s.value for s in PlanSection]
    assert defs["goal"]["properties"]["status"]["enum"] == [s.value for s in GoalStatus]
    assert set(defs["checkin"]["properties"]["answers"]["properties"]) == {q.value for q in Question}
    assert defs["contribution"]["properties"]["kind"]["enum"] == [k.value for k in ContributionKind]
    assert set(schema["properties"]["settings"]["properties"]) == {s.key for s in EXPORTED_SETTINGS}
    document = personal_document(full)
    for name, record in (
        ("plan_item", document["plan"]["sections"][2]["items"][0]),
        ("goal", document["goals"][0]),
        ("action", document["goals"][0]["actions"][0]),
        ("checkin", document["checkins"][0]),
        ("supporter", document["supporters"][0]),
        ("contribution", document["contributions"][0]),
        ("signed_receipt", next(c["signed"] for c in document["contributions"] if c["signed"])),
    ):
        assert set(record) == set(defs[name]["properties"]), name
        assert set(defs[name]["required"]) <= set(record), name
