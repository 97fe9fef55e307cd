"""docs/security.md links every claim to the test that checks it: each test it names must exist.

A claim cites `tests/…/test_x.py::test_name`, a file alone, or — after a full path in the same row — a file's name
(`test_x.py::test_name`) or a test's name alone (`test_name`), which then belong to the last file named.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECURITY = ROOT / "docs" / "security.md"
TESTS = ROOT / "tests"

_CODE = re.compile(r"`([^`]+)`")
_FULL = re.compile(r"^(tests/[\w/]+\.py)(?:::(\w+))?$")
_SHORT = re.compile(r"^(test_\w+\.py)::(\w+)$")
_NAME = re.compile(r"^test_\w+$")


@cache
def _tests_in(path: Path) -> frozenset[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return frozenset(
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test_")
    )


def _find(name: str, near: Path | None) -> Path | None:
    if near is not None and (near.parent / name).is_file():
        return near.parent / name
    found = sorted(TESTS.rglob(name))
    return found[0] if len(found) == 1 else None


def _broken_links(text: str) -> list[str]:
    broken: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        current: Path | None = None
        for token in _CODE.findall(line):
            token = token.strip()
            if full := _FULL.match(token):
                path = ROOT / full[1]
                if not path.is_file():
                    broken.append(f"line {number}: no file {full[1]}")
                    continue
                current = path
                if full[2] and full[2] not in _tests_in(path):
                    broken.append(f"line {number}: no test {full[2]} in {full[1]}")
            elif short := _SHORT.match(token):
                path = _find(short[1], current)
                if path is None:
                    broken.append(f"line {number}: no single file named {short[1]}")
                    continue
                current = path
                if short[2] not in _tests_in(path):
                    broken.append(f"line {number}: no test {short[2]} in {short[1]}")
            elif _NAME.match(token) and current is not None and token not in _tests_in(current):
                broken.append(f"line {number}: no test {token} in {current.relative_to(ROOT)}")
    return broken


def test_every_test_security_md_cites_exists() -> None:
    assert _broken_links(SECURITY.read_text(encoding="utf-8")) == []


def test_a_renamed_test_is_caught() -> None:
    line = "| claim | `tests/store/test_canary.py::test_no_canary_in_any_file_or_log`, `test_gone_away` |"
    assert _broken_links(line) == ["line 1: no test test_gone_away in tests/store/test_canary.py"]
    assert _broken_links("| `tests/store/test_nowhere.py` |") == [
        "line 1: no file tests/store/test_nowhere.py"
    ]
    assert (
        _broken_links("| `tests/store/test_canary.py`, `test_canary.py::test_no_canary_in_any_file_or_log` |")
        == []
    )
