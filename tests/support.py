"""Constants and helpers shared by tests in every folder."""

from __future__ import annotations

from pathlib import Path

from store import KdfParams

# Real Argon2id, with costs small enough that a test creates a profile in milliseconds.
FAST_KDF = KdfParams(memory_cost_kib=1024, iterations=1, lanes=1)
PASSPHRASE = "violet harbour lantern 42"


def snapshot_files(directory: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's bytes and modification time, to prove an operation changed nothing."""
    return {
        str(p.relative_to(directory)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def files_containing(root: Path, needles: list[bytes]) -> list[tuple[str, bytes]]:
    """(file, needle) for every needle found in any file under *root*, also as UTF-16 (SQLite's other encoding)."""
    hits: list[tuple[str, bytes]] = []
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for needle in needles:
            text = needle.decode("utf-8")
            if needle in data or text.encode("utf-16-le") in data or text.encode("utf-16-be") in data:
                hits.append((str(path), needle))
    return hits
