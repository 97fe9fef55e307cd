"""Fuzzing the JSON import: whatever the file holds, the answer is a view or ImportProblems, never a crash."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from sync.community.demo import demo_view
from sync.community.formats import FORMAT, VERSION, ImportProblems, export_json, import_json

# Two records of each kind from the demo: every field of every entity, small enough to fuzz quickly.
DEMO: dict[str, Any] = {
    k: v[:2] if isinstance(v, list) else v
    for k, v in json.loads(export_json(demo_view(dt.date(2026, 11, 24)))).items()
}

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def outcome(text: str | bytes) -> str:
    try:
        import_json(text)
    except ImportProblems as problems:
        assert problems.problems
        assert all(p.path.startswith("$") for p in problems.problems)
        return "refused"
    return "imported"


@given(json_values)
def test_any_json_value_is_refused_cleanly(value: object) -> None:
    assert outcome(json.dumps(value)) == "refused"


@given(st.binary(max_size=200))
def test_any_bytes_are_refused_cleanly(data: bytes) -> None:
    assert outcome(data) == "refused"


def _paths(node: object, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    out = [path]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*path, i))
    return out


PATHS = [p for p in _paths(DEMO) if len(p) >= 1]


@given(st.lists(st.tuples(st.sampled_from(PATHS), json_values), min_size=1, max_size=4))
def test_a_valid_file_with_values_swapped_for_junk(
    changes: list[tuple[tuple[str | int, ...], object]],
) -> None:
    doc = copy.deepcopy(DEMO)
    for path, value in changes:
        node: Any = doc
        try:
            for step in path[:-1]:
                node = node[step]
            node[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed this path
    result = outcome(json.dumps(doc))
    if doc["format"] == FORMAT and doc["version"] == VERSION and result == "imported":
        assert import_json(export_json(import_json(json.dumps(doc)))) == import_json(json.dumps(doc))
