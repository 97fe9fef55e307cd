"""Bounded samples of the fuzz targets `make fuzz` runs for 1,000,000 inputs each (fuzz/fuzz_*.py; the record is
docs/reliability.md, "Fuzzing"), so `make test` runs every one of them: the same mutators and checks, a few
thousand inputs each. A sample fails on any finding (an exception other than the parser's own error, a broken
round trip), and when its mutants stop reaching both sides of the parser (refused and read).

The targets of the frame layer, envelopes, document load and change decoding have their samples beside their
tests (tests/sync/test_fuzz_wire.py, tests/sync/community/test_fuzz_load.py, tests/sync/community/test_ops.py).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from store.portable._import import parse_personal
from tests.support import REPO, fuzz_driver, load_script

SEED = 20261207


def sample(target: str, runs: int) -> Counter[str]:
    outcomes, findings = fuzz_driver(target).run_loop(runs, seed=SEED, report=None)
    assert findings == [], findings[:3]
    return outcomes


def test_sync_session_messages_read_only_as_documented_and_write_back() -> None:
    outcomes = sample("fuzz_wire", 4_000)
    assert outcomes["refused (frame)"] > 300
    for read in ("log", "receipt", "hello", "hello with relay note", "proofs + sync", "changes + proofs"):
        assert outcomes[read] > 20, (read, outcomes)
    for read in ("log payload", "share", "alert", "sync"):
        assert outcomes[read] > 10, (read, outcomes)


def test_relay_addresses_read_as_typed_or_are_refused() -> None:
    outcomes = sample("fuzz_relay_address", 3_000)
    assert outcomes["refused"] > 1_000
    assert outcomes["read"] > 150


def test_invite_qr_payloads_round_trip_or_are_refused() -> None:
    outcomes = sample("fuzz_invite_qr", 2_000)
    assert outcomes["refused"] > 500  # bodies behind a correct checksum reach the reader
    assert outcomes["mistyped"] > 50
    assert outcomes["read"] > 60
    assert outcomes["read, typed otherwise"] > 30  # case, separators and look-alikes read the same invite


def test_short_codes_round_trip_or_are_refused() -> None:
    outcomes = sample("fuzz_short_code", 3_000)
    assert outcomes["read"] > 500
    assert outcomes["mistyped"] > 250
    assert outcomes["refused"] > 100


def test_geojson_and_osm_files_become_layers_or_are_refused() -> None:
    outcomes = sample("fuzz_geojson", 3_000)
    for verdict in ("geojson refused", "geojson read", "osm refused", "osm read"):
        assert outcomes[verdict] > 50, (verdict, outcomes)


def test_personal_data_files_import_whole_or_change_nothing() -> None:
    outcomes = sample("fuzz_personal_json", 1_500)
    assert outcomes["refused"] > 400
    assert outcomes["read"] > 60
    assert outcomes["refused (through a profile)"] > 5  # refused by the import itself, the folder unchanged


def test_a_real_export_goes_through_a_profile_and_back_and_a_bad_file_changes_nothing() -> None:
    """The sampled checks of the personal-data target on its own seeds (the sample above may draw none)."""
    target = fuzz_driver("fuzz_personal_json")
    for seed in target.seeds():
        target.check_through_a_profile(seed, parse_personal(seed))
    target.check_refused_changes_nothing(target.seeds()[0].replace(b'"version": 1', b'"version": 0'))


def test_ics_files_import_whole_or_name_their_lines() -> None:
    outcomes = sample("fuzz_ics", 1_000)
    assert outcomes["refused"] > 200
    assert outcomes["imported"] > 60
    assert outcomes["imported (through a document)"] >= 3  # added to a document, exported and imported again


def test_the_gate_takes_only_what_the_rules_allow() -> None:
    """Change validation (authority on receipt): changes, sync messages, snapshots and proofs into a guarded
    document; only CommunityError comes out and nothing accepted breaks the write rules."""
    outcomes = sample("fuzz_gate", 300)
    assert sum(n for verdict, n in outcomes.items() if "refused" in verdict) > 50
    assert sum(n for verdict, n in outcomes.items() if "quarantined" in verdict) > 10
    assert sum(n for verdict, n in outcomes.items() if verdict.endswith(": accepted")) > 3


def test_a_gate_finding_of_an_earlier_version_is_refused_now() -> None:
    """fuzz/fuzz_gate.py wrote this input (a sync message with eight proofs) when it was a finding; the gate now
    refuses it with a CommunityError, as the contract says."""
    data = (REPO / "tests" / "fuzz_inputs" / "gate-receive-sync-1").read_bytes()
    assert fuzz_driver("fuzz_gate").check(data) == "receive_sync_message: refused (CorruptDocumentError)"


@pytest.mark.parametrize(
    ("target", "data"),
    [
        # the inputs of the parser fixes the fuzzers found (each also has a test beside its parser)
        ("fuzz_relay_address", b"commons-relay://u:password@h:0\xd9\xa3#sha256=" + b"A" * 43),
        ("fuzz_personal_json", b'{"format": "commons-personal", "version": ' + b"9" * 5000 + b"}"),
        ("fuzz_geojson", b'{"type": "Feature", "geometry": {"type": ["Point"], "coordinates": [1, 2]}}'),
        ("fuzz_geojson", b"<?xml version='1.0' encoding='UTD-8'?><osm/>"),
        (
            "fuzz_ics",
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:A\r\nDTSTART:20270101T100000Z\r\n"
            b"RRULE:FREQ=DAILY\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        ),
    ],
)
def test_what_the_fuzzers_found_is_refused_by_their_checks(target: str, data: bytes) -> None:
    assert "refused" in fuzz_driver(target).check(data)


@pytest.mark.parametrize(
    ("target", "name", "outcome"),
    [
        # an event whose DESCRIPTION held a bare CR: it exported as a newline and did not import the same
        ("fuzz_ics", "ics-description-bare-cr", "imported (through a document)"),
        # a plan whose sections were listed in another order: written again, it did not read back the same
        ("fuzz_personal_json", "personal_json-plan-sections-reordered", "read"),
    ],
)
def test_what_the_long_runs_found_now_keeps_the_contract(target: str, name: str, outcome: str) -> None:
    """Inputs the long runs saved in fuzz/findings/ (the whole file, past what a finding prints), each a broken
    round trip then."""
    assert fuzz_driver(target).check((REPO / "tests" / "fuzz_inputs" / name).read_bytes()) == outcome


def test_a_finding_is_saved_whole_and_replays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The loop saves each finding's whole input as it is found (one file per distinct input), and --replay runs
    a check on the saved files: the finding again, and the outcome once the check passes."""
    target = fuzz_driver("fuzz_personal_json")
    driver = target._driver
    monkeypatch.setattr(driver, "_save_in", tmp_path)
    export = target.seeds()[0]
    assert len(export) > 4096  # longer than a finding prints

    def short_only(data: bytes) -> str:
        driver.expect(len(data) <= 4096, "too long")
        return "short"

    variants = [export, export + b" "]
    _, findings = driver.run_loop(
        4, 1, corpus=variants, make=lambda rng, corpus: corpus[0 if rng.random() < 0.5 else 1], check=short_only,
        report=None,
    )  # fmt: skip
    saved = sorted(tmp_path.iterdir())
    assert len(findings) == 4
    assert sorted(p.read_bytes() for p in saved) == sorted({data for data, _ in findings})
    assert driver.replay(short_only, [str(p) for p in saved]) == 1
    assert driver.replay(target.check, [str(p) for p in saved]) == 0
    assert capsys.readouterr().out.count(": read\n") == len(saved)


def test_the_record_keeps_other_targets_rows(tmp_path: Path) -> None:
    script = load_script(REPO / "scripts" / "fuzz_record.py")
    doc = tmp_path / "reliability.md"
    run = {"inputs": 10, "seeds": [1], "seconds": 0.5, "findings": 0, "finished": "2026-12-07"}
    script.update(doc, {"wire": {"target": "wire", "outcomes": {"log": 6, "refused": 4}, **run}}, "abc")
    script.update(doc, {"ics": {"target": "ics", "outcomes": {"refused": 10}, **run}}, "def")
    text = doc.read_text()
    assert text.startswith("# Reliability and fuzzing record\n\n## Fuzzing\n")
    assert "| `wire` | 10 | 0 | 0 s | log 6; refused 4 | 2026-12-07, seed 1, abc |" in text
    assert "| `ics` | 10 | 0 | 0 s | refused 10 | 2026-12-07, seed 1, def |" in text
    assert text.count("<!-- fuzz:begin -->") == 1


def test_shards_of_one_target_are_added_up(tmp_path: Path) -> None:
    script = load_script(REPO / "scripts" / "fuzz_record.py")
    record = tmp_path / "record.jsonl"
    lines = [
        {"target": "ics", "inputs": 5, "seed": 1, "seconds": 3.0, "outcomes": {"refused": 5}, "findings": 0},
        {
            "target": "ics",
            "inputs": 7,
            "seed": 2,
            "seconds": 4.0,
            "outcomes": {"refused": 6, "read": 1},
            "findings": 1,
        },
        # seed 2 again: the newer run replaces the older
        {"target": "ics", "inputs": 9, "seed": 2, "seconds": 5.0, "outcomes": {"read": 9}, "findings": 0},
    ]
    record.write_text("".join(json.dumps(line | {"finished": "2026-12-07"}) + "\n" for line in lines))
    [run] = script.read_runs(record).values()
    assert (run["inputs"], run["seeds"], run["seconds"], run["findings"]) == (14, [1, 2], 5.0, 0)
    assert run["outcomes"] == {"refused": 5, "read": 9}
