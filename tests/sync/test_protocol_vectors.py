"""docs/protocol-vectors.json matches the implementation, and the checker notices a vector that was changed.

The checker is scripts/protocol_vectors.py (`--check`); these tests import it, so a mismatch fails here with the
vector's name and what differs.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tests.support import load_script

ROOT = Path(__file__).resolve().parents[2]


vectors = load_script(ROOT / "scripts" / "protocol_vectors.py")
DOC: dict[str, Any] = json.loads(vectors.VECTORS.read_text(encoding="utf-8"))


def _flip(hex_text: str, index: int) -> str:
    data = bytearray(bytes.fromhex(hex_text))
    data[index] ^= 0x01
    return data.hex()


def test_the_file_lists_every_vector_the_checker_knows() -> None:
    assert DOC["format"] == vectors.FORMAT
    assert list(DOC["vectors"]) == list(vectors.CHECKS)


@pytest.mark.parametrize("name", list(vectors.CHECKS))
def test_vector_matches_the_implementation(name: str) -> None:
    problems = vectors.check_vector(name, DOC)
    assert not problems, (
        f"{name} no longer matches the implementation:\n"
        + "\n".join(problems)
        + (
            "\nIf the protocol changed on purpose, run `python scripts/protocol_vectors.py --write` and update "
            "docs/protocol.md."
        )
    )


def test_writing_again_keeps_the_randomised_vectors() -> None:
    assert vectors.build(DOC) == DOC


@pytest.mark.parametrize("index", [0, 2, 5])
@pytest.mark.parametrize("offset", [3, 60, -1])
def test_a_flipped_byte_in_a_membership_entry_is_detected(index: int, offset: int) -> None:
    doc = copy.deepcopy(DOC)
    entry = doc["vectors"]["membership"]["entries"][index]
    size = len(entry["bytes"]) // 2
    entry["bytes"] = _flip(entry["bytes"], offset % size)
    problems = vectors.check(doc)
    assert "membership" in problems
    assert any(f"/entries/{index} " in p for p in problems["membership"]), problems["membership"]


def test_a_changed_recorded_state_is_detected() -> None:
    doc = copy.deepcopy(DOC)
    doc["vectors"]["membership"]["state"]["void"] = []
    assert any(p.startswith("/state/void") for p in vectors.check(doc)["membership"])


def test_the_scenario_has_concurrent_epochs_sharing_a_number() -> None:
    membership = DOC["vectors"]["membership"]
    epochs = membership["state"]["epochs"]
    numbers = [e["number"] for e in epochs]
    assert numbers == [1, 2, 3, 3]
    assert len({e["space_tag"] for e in epochs}) == len(epochs)
    assert all(set(keys) == {e["key_ref"] for e in epochs} for keys in membership["epoch_keys"].values())


def test_a_changed_epoch_number_is_detected() -> None:
    doc = copy.deepcopy(DOC)
    doc["vectors"]["membership"]["entries"][-1]["epoch_after"] = 4
    assert any(p.startswith("/entries/*/epoch_after") for p in vectors.check(doc)["membership"])
    doc = copy.deepcopy(DOC)
    doc["vectors"]["membership"]["state"]["epochs"][-1]["number"] = 4
    assert any(p.startswith("/state/epochs/3/number") for p in vectors.check(doc)["membership"])


def test_a_circle_payload_that_must_be_refused_but_reads_is_detected() -> None:
    doc = copy.deepcopy(DOC)
    doc["vectors"]["circle_share"]["refused"]["a key appears twice"] = doc["vectors"]["circle_share"][
        "payload"
    ]
    problems = vectors.check(doc)
    assert set(problems) == {"circle_share"}, problems
    assert any("/refused/a key appears twice" in p for p in problems["circle_share"])


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("envelope", ("envelope",)),
        ("sealed_key", ("sealed",)),
        ("hybrid_sealing", ("rekey_entry",)),
        ("hybrid_sealing", ("key_entry",)),
        ("key_schedule", ("space_tag",)),
        ("invite", ("body",)),
        ("join", ("request",)),
        ("join", ("accepted",)),
        ("join", ("confirmation",)),
        ("circle_share", ("payload",)),
    ],
)
def test_a_flipped_byte_elsewhere_is_detected_in_that_vector_only(name: str, path: tuple[str, ...]) -> None:
    doc = copy.deepcopy(DOC)
    vector = doc["vectors"][name]
    vector[path[-1]] = _flip(vector[path[-1]], len(vector[path[-1]]) // 4)
    problems = vectors.check(doc)
    assert set(problems) == {name}, problems


def test_a_missing_vector_is_reported() -> None:
    doc = copy.deepcopy(DOC)
    del doc["vectors"]["invite"]
    assert vectors.check(doc) == {"invite": ["missing"]}


def test_the_command_line_check_fails_on_a_changed_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = copy.deepcopy(DOC)
    doc["vectors"]["frames"]["frames"][1]["frame"] = "00000008636f6d6d6f6e73"
    changed = tmp_path / "vectors.json"
    changed.write_text(json.dumps(doc), encoding="utf-8")
    assert vectors.main(["--check", "--file", str(changed)]) == 1
    assert "frames/frames/1/frame" in capsys.readouterr().err
    assert vectors.main(["--check"]) == 0
