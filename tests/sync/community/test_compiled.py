"""The gate's decoding path runs compiled (setup.py, mypyc) when it is built from the sources beside it, and as plain
Python otherwise; the gate's suite passes with both.

In `make test` (COMMONS_EXPECT_COMPILED=1) the modules must be built and loaded compiled, so the whole suite runs
against what ships, and `test_the_gate_suite_passes_with_the_plain_modules` runs the gate's own tests again in a
child process on the plain modules, the source of truth.
"""

from __future__ import annotations

import ast
import hashlib
import importlib
import json
import os
import subprocess
import sys
from importlib.machinery import ExtensionFileLoader
from pathlib import Path

import pytest

import sync.community
from sync._native import FOLDER, MANIFEST, fresh, use_compiled

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = Path(sync.community.__file__).parent
EXPECTED = os.environ.get("COMMONS_EXPECT_COMPILED") == "1"
GATE_SUITE = ("test_ops.py", "test_authority.py", "test_authority_properties.py", "test_pulse_authority.py")


def compiled_modules() -> tuple[str, ...]:
    """The modules setup.py compiles (its COMPILED), read from setup.py without running it."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "COMPILED" for t in node.targets):
            value = ast.literal_eval(node.value)
            assert isinstance(value, tuple)
            return value
    raise AssertionError("setup.py names no COMPILED modules")


def loaded_from(name: str) -> tuple[str, bool]:
    """Where module *name* of the package was loaded from, and whether it is a C extension."""
    spec = importlib.import_module(f"sync.community.{name}").__spec__
    assert spec is not None
    return str(spec.origin), isinstance(spec.loader, ExtensionFileLoader)


def test_each_module_runs_compiled_exactly_when_its_build_is_fresh() -> None:
    folder = PACKAGE / FOLDER
    built = (folder / MANIFEST).exists()
    if EXPECTED:
        assert built, "make test expects the compiled modules: pip install -e . did not build them"
        assert fresh(PACKAGE, folder), "the compiled modules are older than their sources: run make again"
    elif not built:
        pytest.skip("the compiled modules are not built here (pip install -e . builds them)")
    compiled = sync.community._COMPILED
    assert compiled == (fresh(PACKAGE, folder) and not os.environ.get("COMMONS_PURE_PYTHON"))
    for name in compiled_modules():
        where, extension = loaded_from(name)
        assert extension == compiled, (name, where)
        if compiled:
            assert where.startswith(str(PACKAGE / FOLDER)), (name, where)
        else:
            assert where == str(PACKAGE / f"{name}.py"), (name, where)


def test_the_gate_suite_passes_with_the_plain_modules() -> None:
    if not sync.community._COMPILED:
        pytest.skip("this run is the plain modules' already")
    env = {**os.environ, "COMMONS_PURE_PYTHON": "1", "COMMONS_EXPECT_COMPILED": "0"}
    tests = [str(Path(__file__).parent / name) for name in GATE_SUITE]
    check = "import sync.community._ops as m, sys; sys.exit(0 if m.__file__.endswith('.py') else 1)"
    assert subprocess.run([sys.executable, "-c", check], env=env, cwd=ROOT, check=False).returncode == 0
    run = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests]
    result = subprocess.run(run, env=env, cwd=ROOT, capture_output=True, text=True, timeout=240, check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_mypyc_would_compile_every_listed_module() -> None:
    """mypyc type-checks the modules it compiles with setup.py's flags (strict, the modules they import not read)
    and refuses the whole build on one error, after which the install goes on with the plain modules only. The
    same check with mypy, so a change that would turn the build off fails here, in seconds, and says where."""
    sources = [str(PACKAGE / f"{name}.py") for name in compiled_modules()]
    check = [sys.executable, "-m", "mypy", "--no-warn-unused-configs", "--follow-imports=skip"]
    run = [*check, "--cache-dir", os.devnull, *sources]
    result = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, "mypyc would not compile these modules:\n" + result.stdout[-4000:]


def test_setup_compiles_what_the_flags_here_check() -> None:
    """The check above mirrors setup.py's mypyc flags: if those change, so must it."""
    setup = (ROOT / "setup.py").read_text(encoding="utf-8")
    assert '"--no-warn-unused-configs",\n                "--follow-imports=skip",' in setup


def write_package(root: Path, sources: dict[str, bytes], python: str = sys.implementation.cache_tag) -> Path:
    """A package folder with *sources* and a _compiled/ folder whose manifest names them as they are now."""
    for name, text in sources.items():
        (root / f"{name}.py").write_bytes(text)
    (root / FOLDER).mkdir()
    digests = {name: hashlib.sha256(text).hexdigest() for name, text in sources.items()}
    (root / FOLDER / MANIFEST).write_text(json.dumps({"python": python, "sources": digests}))
    return root


def test_a_source_edited_after_the_build_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COMMONS_PURE_PYTHON", raising=False)
    package = write_package(tmp_path, {"_a": b"A = 1\n", "_b": b"B = 2\n"})
    path = [str(package)]
    assert use_compiled(path)
    assert path == [str(package / FOLDER), str(package)]
    assert use_compiled(path)  # asked again: the folder is not added twice
    assert path == [str(package / FOLDER), str(package)]

    (package / "_b.py").write_bytes(b"B = 3\n")
    path = [str(package)]
    assert not use_compiled(path)
    assert path == [str(package)]


@pytest.mark.parametrize(
    "spoil",
    [
        "another Python",
        "a source removed",
        "no sources",
        "a manifest that is not JSON",
        "no manifest",
        "COMMONS_PURE_PYTHON",
    ],
)
def test_the_plain_modules_run_unless_the_build_matches_this_python_and_these_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spoil: str
) -> None:
    monkeypatch.delenv("COMMONS_PURE_PYTHON", raising=False)
    python = "cpython-27" if spoil == "another Python" else sys.implementation.cache_tag
    package = write_package(tmp_path, {} if spoil == "no sources" else {"_a": b"A = 1\n"}, python)
    manifest = package / FOLDER / MANIFEST
    if spoil == "a source removed":
        (package / "_a.py").unlink()
    elif spoil == "a manifest that is not JSON":
        manifest.write_text("{")
    elif spoil == "no manifest":
        manifest.unlink()
    elif spoil == "COMMONS_PURE_PYTHON":
        monkeypatch.setenv("COMMONS_PURE_PYTHON", "1")
    path = [str(package)]
    assert not use_compiled(path)
    assert path == [str(package)]


def test_make_rebuilds_when_a_compiled_source_changes() -> None:
    """The install stamps depend on every compiled module, so `make test` never runs a stale build."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    line = next(x for x in makefile.splitlines() if x.startswith("COMPILED_SOURCES"))
    for name in compiled_modules():
        assert f"src/sync/community/{name}.py" in line, name
    assert "setup.py" in line
