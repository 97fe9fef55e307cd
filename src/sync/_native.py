"""Whether a package runs the compiled copies of its hot modules (setup.py builds them with mypyc) or its plain ones.

The plain modules are the source of truth and always work. The compiled copies live in the package's `_compiled/`
folder with a manifest naming the Python they were built for and the SHA-256 of each source they were built from.
The folder goes first on the package's `__path__` (so its modules are found before the plain ones) only when every
one of those sources is unchanged: a module edited since the last build runs as written, never as it was. Set
COMMONS_PURE_PYTHON=1 to run the plain modules whatever is built.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

FOLDER = "_compiled"
MANIFEST = "manifest.json"


def use_compiled(package_path: list[str]) -> bool:
    """Put the package's compiled folder first on *package_path* (its `__path__`) if it is built from the
    sources beside it; whether it did."""
    if os.environ.get("COMMONS_PURE_PYTHON") or not package_path:
        return False
    package = Path(package_path[-1])  # the package's own folder (a compiled folder goes before it)
    folder = package / FOLDER
    if str(folder) in package_path:
        return True
    if not fresh(package, folder):
        return False
    package_path.insert(0, str(folder))
    return True


def fresh(package: Path, folder: Path) -> bool:
    """Whether *folder* holds modules compiled for this Python from the sources now in *package*."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if manifest["python"] != sys.implementation.cache_tag:
            return False
        sources: dict[str, str] = manifest["sources"]
        return bool(sources) and all(
            hashlib.sha256((package / f"{name}.py").read_bytes()).hexdigest() == digest
            for name, digest in sources.items()
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False
