"""The fuzzing record: one line per target from the counts `make fuzz` collected, and the table of them in
docs/reliability.md (between `<!-- fuzz:begin -->` and `<!-- fuzz:end -->`, under "## Fuzzing").

    python scripts/fuzz_record.py RECORD.jsonl [--doc docs/reliability.md] [--commit REV]

RECORD.jsonl holds one JSON object per run, appended by `fuzz/fuzz_<target>.py --record` (fuzz/_driver.py:
target, inputs, seed, seconds, outcomes, findings, finished). The runs of one target with different seeds
(shards run side by side) are added up; its row then replaces that target's row, and targets not run this time
keep their rows, so one target can be run again alone. Exit status 1 if any run had a finding.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

BEGIN, END = "<!-- fuzz:begin -->", "<!-- fuzz:end -->"
TITLE = "# Reliability and fuzzing record"
HEADING = "## Fuzzing"
INTRO = (
    "`make fuzz` runs each target's seeded mutation loop (fuzz/, `FUZZ_RUNS`, default 1,000,000 inputs each) and\n"
    "writes this table; a target's docstring says what it checks. *Verdicts* count the inputs by outcome; any\n"
    "exception other than the parser's documented error, or a broken round trip, is a *finding*. `make test`\n"
    "runs a bounded sample of every target (tests/test_fuzz_samples.py and the targets' own tests)."
)
HEADER = "| Target | Inputs | Findings | Time | Verdicts | Run |\n|---|---:|---:|---:|---|---|"
ROW = re.compile(r"^\| `(?P<target>[a-z_]+)` \|")


def read_runs(path: Path) -> dict[str, dict[str, Any]]:
    """Each target's runs in a record file, added up: the newest run of each seed (a target may be run as
    several shards with different seeds, at once on several cores)."""
    by_seed: dict[tuple[str, int], dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            run = json.loads(line)
            by_seed[run["target"], run["seed"]] = run
    runs: dict[str, dict[str, Any]] = {}
    for (target, _), run in sorted(by_seed.items()):
        total = runs.setdefault(
            target,
            {"target": target, "inputs": 0, "seeds": [], "seconds": 0.0, "outcomes": {}, "findings": 0},
        )
        total["inputs"] += run["inputs"]
        total["seeds"].append(run["seed"])
        total["seconds"] = max(total["seconds"], run["seconds"])  # shards run side by side
        total["findings"] += run["findings"]
        total["finished"] = max(total.get("finished", ""), run["finished"])
        for name, count in run["outcomes"].items():
            total["outcomes"][name] = total["outcomes"].get(name, 0) + count
    return runs


def verdicts(outcomes: dict[str, int]) -> str:
    ordered = sorted(outcomes.items(), key=lambda kv: (-kv[1], kv[0]))
    return "; ".join(f"{name} {count:,}" for name, count in ordered)


def summary_line(run: dict[str, Any]) -> str:
    """What `make fuzz` prints for one target."""
    return (
        f"{run['target']:<16} {run['inputs']:>11,} inputs  {run['findings']} findings  "
        f"{run['seconds']:>7,.0f} s  {verdicts(run['outcomes'])}"
    )


def row(run: dict[str, Any], commit: str) -> str:
    seeds = run["seeds"]
    seed = f"seed {seeds[0]}" if len(seeds) == 1 else f"seeds {', '.join(map(str, seeds))}"
    where = f"{run['finished']}, {seed}" + (f", {commit}" if commit else "")
    cells = [
        f"`{run['target']}`",
        f"{run['inputs']:,}",
        str(run["findings"]),
        f"{run['seconds']:,.0f} s",
        verdicts(run["outcomes"]).replace("|", "/"),
        where,
    ]
    return "| " + " | ".join(cells) + " |"


def section(rows: dict[str, str]) -> str:
    body = "\n".join(rows[target] for target in sorted(rows))
    return f"{BEGIN}\n{INTRO}\n\n{HEADER}\n{body}\n{END}"


def existing_rows(text: str) -> dict[str, str]:
    if BEGIN not in text:
        return {}
    inside = text.split(BEGIN, 1)[1].split(END, 1)[0]
    return {m.group("target"): line for line in inside.splitlines() if (m := ROW.match(line))}


def update(doc: Path, runs: dict[str, dict[str, Any]], commit: str) -> None:
    """Replace the rows of the targets in *runs* (keeping the others), creating the file or section if missing."""
    text = doc.read_text(encoding="utf-8") if doc.exists() else f"{TITLE}\n"
    rows = existing_rows(text) | {target: row(run, commit) for target, run in runs.items()}
    new = section(rows)
    if BEGIN in text and END in text:
        before, rest = text.split(BEGIN, 1)
        text = before + new + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + f"\n\n{HEADING}\n\n{new}\n"
    doc.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("record", type=Path)
    parser.add_argument(
        "--doc", type=Path, default=Path(__file__).resolve().parents[1] / "docs/reliability.md"
    )
    parser.add_argument("--commit", default="", help="the commit the runs were made on, for the table")
    args = parser.parse_args()
    runs = read_runs(args.record) if args.record.exists() else {}
    if not runs:
        print(f"no fuzz runs recorded in {args.record}")
        return 1
    for run in sorted(runs.values(), key=lambda r: str(r["target"])):
        print(summary_line(run))
    update(args.doc, runs, args.commit)
    print(f"table updated: {args.doc}")
    return 1 if any(run["findings"] for run in runs.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
