"""Removing a profile: overwrite every file with random bytes, sync, then unlink."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

WIPING_PREFIX = ".wiping-"
_CHUNK = 1 << 20


def wipe_directory(directory: Path) -> None:
    """Overwrite and delete everything in *directory*, then the directory itself.

    The directory is first renamed so a wipe interrupted by a crash is recognisable and finished
    later (see finish_interrupted_wipes). On copy-on-write or flash storage an overwrite cannot
    promise the old blocks are gone, which is why everything in a profile is encrypted anyway.
    """
    if not directory.exists():
        return
    target = directory
    if not directory.name.startswith(WIPING_PREFIX):
        target = directory.with_name(WIPING_PREFIX + directory.name)
        os.replace(directory, target)
    for path in sorted(target.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_symlink():
            path.unlink()
        elif path.is_file():
            _overwrite(path)
            path.unlink()
        elif path.is_dir():
            path.rmdir()
    target.rmdir()


def finish_interrupted_wipes(root: Path) -> None:
    if not root.is_dir():
        return
    for entry in root.iterdir():
        if entry.name.startswith(WIPING_PREFIX) and entry.is_dir():
            wipe_directory(entry)


def _overwrite(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b", buffering=0) as fh:
        remaining = size
        while remaining > 0:
            n = min(_CHUNK, remaining)
            fh.write(secrets.token_bytes(n))
            remaining -= n
        os.fsync(fh.fileno())
