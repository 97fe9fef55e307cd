"""Compiles the gate's hot modules with mypyc while pip installs Commons (docs/architecture.md, "Compiled modules").

Everything else about the package is in pyproject.toml. The modules in COMPILED stay plain Python and remain the
source of truth: the compiled copies go to `sync/community/_compiled/` with a manifest of the sources they were
built from, and `sync._compiled.prefer_compiled` uses them only while those sources are unchanged. Without a C
compiler, or with COMMONS_PURE_PYTHON=1, the build leaves them out and Commons runs the plain modules.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.errors import CCompilerError, ExecError, PlatformError

HERE = Path(__file__).parent
PACKAGE = "sync.community"
TARGET = f"{PACKAGE}._compiled"
# The gate's hot path (docs/benchmarks.md, "Benchmarks: authority on receipt"): its decoding, then its rules and
# bookkeeping, in import order. tests/sync/community/test_compiled.py type-checks them as mypyc does, so that a
# change mypyc would refuse (which turns the whole build off) fails the tests.
COMPILED = (
    "_chunks", "_change_body", "_op_types", "_ops", "_ancestry", "_instants", "_log_heads", "_ahead", "_rules",
    "_gate",
)  # fmt: skip
MANIFEST = "manifest.json"


def source(module: str) -> Path:
    return HERE / "src" / Path(*PACKAGE.split(".")) / f"{module}.py"


def manifest() -> str:
    sources = {m: hashlib.sha256(source(m).read_bytes()).hexdigest() for m in COMPILED}
    return json.dumps({"python": sys.implementation.cache_tag, "sources": sources}, indent=1, sort_keys=True)


def extensions() -> list[object]:
    if os.environ.get("COMMONS_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify

        built = mypycify(
            # pyproject.toml's mypy settings hold (strict), except that its overrides for modules not compiled
            # here are not reported as unused (mypyc takes that for an error), and the modules these import are
            # not read (the build has none of their dependencies): to the compiled code they are Python objects
            [
                "--no-warn-unused-configs",
                "--follow-imports=skip",
                *(str(source(m).relative_to(HERE)) for m in COMPILED),
            ],
            group_name=f"{TARGET}.gate",  # the shared library lands beside the modules, not at the top level
            target_dir=str(HERE / "build" / "mypyc"),
        )
    except (Exception, SystemExit) as exc:  # mypyc reports a module it cannot compile by exiting
        return skipped(f"mypyc could not compile them ({exc!r})")
    for ext in built:  # each module's thin wrapper goes to _compiled/ too (the module keeps its own name)
        if ext.name.startswith(f"{PACKAGE}.") and not ext.name.startswith(f"{TARGET}."):
            ext.name = f"{TARGET}.{ext.name.rsplit('.', 1)[1]}"
    return built


def skipped(why: str) -> list[object]:
    """Commons installs and runs without the compiled modules, only slower; `make test` notices (the test
    tests/sync/community/test_compiled.py, with COMMONS_EXPECT_COMPILED=1)."""
    print(f"commons: the gate's modules run as plain Python: {why}", file=sys.stderr)
    return []


class BuildCompiled(build_ext):
    """build_ext that writes the manifest beside the compiled modules, in the wheel and, for an editable
    install, in the source tree."""

    def run(self) -> None:
        if not self.extensions:
            return
        try:
            super().run()
        except (CCompilerError, ExecError, PlatformError) as exc:  # no C compiler, or no Python headers
            skipped(f"they did not build ({exc})")
            return
        targets = [Path(self.build_lib, *TARGET.split("."))]
        if self.inplace or getattr(self, "editable_mode", False):
            build_py = self.get_finalized_command("build_py")
            targets.append(Path(build_py.get_package_dir(TARGET)))
        for target in targets:
            target.mkdir(parents=True, exist_ok=True)
            (target / MANIFEST).write_text(manifest())

    def copy_extensions_to_source(self) -> None:
        """An editable install: the compiled modules go to the source tree, whose _compiled/ git never made."""
        build_py = self.get_finalized_command("build_py")
        Path(build_py.get_package_dir(TARGET)).mkdir(parents=True, exist_ok=True)
        super().copy_extensions_to_source()

    def get_outputs(self) -> list[str]:
        return [*super().get_outputs(), str(Path(self.build_lib, *TARGET.split("."), MANIFEST))]


setup(ext_modules=extensions(), cmdclass={"build_ext": BuildCompiled})
