"""Sum the reliability tests' results (JSON lines, `tests/reliability.py`) into one table: print it, and write it
into docs/reliability.md between the reliability markers, leaving the rest of the file as it is.

Usage: python scripts/reliability_table.py RESULTS_DIR [DOC]

Exits 1 when a row failed, lost or leaked anything, or has no results.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.reliability import RESULTS_FILE, ROWS  # noqa: E402 (the repository's root is on the path only now)

TITLE = "# Reliability and fuzzing record"
HEADING = "## Reliability runs"
BEGIN, END = "<!-- reliability:begin -->", "<!-- reliability:end -->"
STARTED_FILE = "started"  # the run's start, in Unix seconds (written by `make reliability`)
COMMIT_FILE = "commit"  # the commit the run tested (written by `make reliability` when it starts)
GOALS = {  # what issue 20 asks of each row
    "partitions": 1000,
    "store-kills": 1000,
    "document-kills": 500,
    "service-kills": 200,
    "removed-envelopes": 1000,
}
COUNTS = ("runs", "failures", "lost", "leaked")


def totals(results: Path) -> dict[str, dict[str, int]]:
    """Each row's counts summed over every line the tests wrote."""
    summed: dict[str, dict[str, int]] = {}
    path = results / RESULTS_FILE
    lines = path.read_text().splitlines() if path.exists() else []
    for line in lines:
        entry = json.loads(line)
        row = summed.setdefault(entry["row"], dict.fromkeys((*COUNTS, "seconds"), 0))
        for count in COUNTS:
            row[count] += int(entry[count])
        row["seconds"] += round(float(entry.get("seconds", 0)))
    return summed


def table(summed: dict[str, dict[str, int]]) -> list[str]:
    lines = [
        "| What was done | Goal | Runs | Failures | Lost | Leaked | Time |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for key, label in ROWS.items():
        row = summed.get(key)
        counts = (
            [f"{row[c]:,}" for c in COUNTS] + [_duration(row["seconds"])] if row else ["not run", *[""] * 4]
        )
        lines.append(f"| {label} | ≥ {GOALS[key]:,} | " + " | ".join(counts) + " |")
    return lines


def _duration(seconds: int) -> str:
    return f"{seconds // 60} min {seconds % 60} s" if seconds >= 60 else f"{seconds} s"


def provenance(results: Path) -> str:
    """When, on which commit, how long, on how many cores."""
    now = dt.datetime.now(dt.UTC)
    recorded = results / COMMIT_FILE
    commit = recorded.read_text().strip() if recorded.exists() else _head()
    took = ""
    started = results / STARTED_FILE
    if started.exists():
        minutes = (now.timestamp() - float(started.read_text())) / 60
        took = f", took {minutes:.0f} min"
    return (
        f"`make reliability` on {now:%Y-%m-%d %H:%M} UTC, commit {commit or 'unknown'}{took}, "
        f"{os.cpu_count()} cores."
    )


def _head() -> str:
    return subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()


def section(lines: list[str], note: str) -> str:
    return "\n".join([BEGIN, *lines, "", note, END])


def write_into(doc: Path, body: str) -> None:
    """Replace what is between the markers (or add the section) and leave every other section alone."""
    text = doc.read_text() if doc.exists() else f"{TITLE}\n"
    if BEGIN in text and END in text:
        before, rest = text.split(BEGIN, 1)
        after = rest.split(END, 1)[1]
        text = before + body + after
    else:
        text = text.rstrip("\n") + f"\n\n{HEADING}\n\n{body}\n"
    doc.write_text(text)


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    results = Path(argv[1])
    doc = Path(argv[2]) if len(argv) == 3 else ROOT / "docs" / "reliability.md"
    summed = totals(results)
    lines = table(summed)
    note = provenance(results)
    print("\n".join(lines))
    print(note)
    write_into(doc, section(lines, note))
    bad = [k for k in ROWS if k not in summed or any(summed[k][c] for c in ("failures", "lost", "leaked"))]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
