"""What the fuzz targets in this folder share: the seeded mutation loop, libFuzzer through atheris, the CLI.

A target supplies its seeds, a way to make a mutant from the corpus, and a check that runs one input and
returns the name of its outcome. The check raises only when the contract under test is broken: any exception
that escapes it is a finding, whether the target raised it or the check did (`ContractError`).
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import importlib
import json
import random
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

Check = Callable[[bytes], str]
"""Runs one input; returns its outcome ("refused", "opened", …). Raises only if the contract is broken."""
Make = Callable[[random.Random, list[bytes]], bytes]
"""Makes one mutant from the corpus with the loop's random generator."""
Mutator = Callable[[bytes, int, int], bytes]
"""libFuzzer's custom mutator: (data, max_size, seed) -> new data of at most max_size bytes."""
Findings = list[tuple[bytes, str]]

REPORT_EVERY = 100_000
FINDINGS = Path(__file__).resolve().parent / "findings"
"""Where `main` saves each finding's whole input (gitignored): fuzz/findings/<target>-<sha256 prefix>.bin."""
_stopping = False  # set by SIGTERM in `main`: the loop ends after the input it is on, and the counts are kept
_save_in: Path | None = None  # set by `main`: each finding's input is saved there as soon as it is found


class ContractError(Exception):
    """A check saw the target misbehave without raising (a wrong answer, a late error, a forgery that opened)."""


def expect(condition: bool, what: str) -> None:
    """Raise `ContractError` with *what* unless *condition* holds."""
    if not condition:
        raise ContractError(what)


def mutate_bytes(
    data: bytes, rng: random.Random, corpus: list[bytes], max_size: int, *, prefix: bytes = b""
) -> bytes:
    """One to three byte-level edits that know nothing of the format: flips, interesting bytes, truncation,
    inserted, deleted or duplicated ranges, a cross-over with or an append of another input, random bytes
    (half of them after *prefix*, e.g. the format's magic, when one is given)."""
    out = bytearray(data)
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        op = rng.randrange(9)
        n = len(out)
        if op == 0 and n:  # flip bits
            for _ in range(rng.randint(1, 8)):
                out[rng.randrange(n)] ^= 1 << rng.randrange(8)
        elif op == 1 and n:  # set bytes to interesting values
            for _ in range(rng.randint(1, 4)):
                out[rng.randrange(n)] = rng.choice((0, 1, 0x7F, 0x80, 0xFF, rng.randrange(256)))
        elif op == 2 and n:  # truncate
            del out[rng.randrange(n) :]
        elif op == 3:  # insert random bytes
            at = rng.randint(0, n)
            out[at:at] = rng.randbytes(rng.randint(1, 32))
        elif op == 4 and n:  # delete a range
            a = rng.randrange(n)
            del out[a : a + rng.randint(1, 64)]
        elif op == 5 and n:  # duplicate a range
            a = rng.randrange(n)
            piece = out[a : a + rng.randint(1, 128)]
            at = rng.randint(0, len(out))
            out[at:at] = piece
        elif op == 6:  # cross over with another input
            other = rng.choice(corpus)
            out = out[: rng.randint(0, n)] + bytearray(other[rng.randint(0, len(other)) :])
        elif op == 7:  # append another input
            out += rng.choice(corpus)
        else:  # random bytes
            start = prefix if prefix and rng.random() < 0.5 else b""
            out = bytearray(start + rng.randbytes(rng.randint(0, 200)))
    return bytes(out[:max_size])


def mutate_text(
    data: bytes, rng: random.Random, corpus: list[bytes], tokens: tuple[bytes, ...], max_size: int
) -> bytes:
    """Edits that keep a text format's shape: a token of the format (a keyword, a separator, a value at a
    boundary) inserted or put in place of a run of word characters, a line repeated, dropped or swapped with
    another; then, a third of the time, byte-level edits on top."""
    out = data
    for _ in range(rng.choice((1, 1, 2, 3))):
        op = rng.randrange(5)
        if op == 0:  # insert a token
            at = rng.randint(0, len(out))
            out = out[:at] + rng.choice(tokens) + out[at:]
        elif op == 1 and out:  # a token in place of a word
            at = rng.randrange(len(out))
            end = at
            while end < len(out) and (chr(out[end]).isalnum() or out[end] in b"_."):
                end += 1
            out = out[:at] + rng.choice(tokens) + out[max(end, at + 1) :]
        else:  # whole lines: repeat, drop, swap
            lines = out.split(b"\n")
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            if op == 2:
                lines.insert(j, lines[i])
            elif op == 3 and len(lines) > 1:
                del lines[i]
            else:
                lines[i], lines[j] = lines[j], lines[i]
            out = b"\n".join(lines)
    if rng.random() < 0.33:
        out = mutate_bytes(out, rng, corpus, max_size)
    return out[:max_size]


def _place(doc: Any, rng: random.Random) -> tuple[Any, Any] | None:
    """(container, key or index) of a value in *doc*, found by a random walk down from the top (walking costs
    the depth, not the size: mutants may hold huge or deeply nested values)."""
    container, key = None, None
    node = doc
    while isinstance(node, (dict, list)) and node:
        keys = list(node) if isinstance(node, dict) else range(len(node))
        container, key = node, rng.choice(keys)
        node = node[key]
        if rng.random() < 0.25:
            break
    return None if container is None else (container, key)


def mutate_json(doc: Any, rng: random.Random, values: tuple[Any, ...]) -> bytes:
    """One to three edits of a parsed JSON document, written back as JSON: a value replaced by one of *values*
    (edges of the format), removed, repeated, wrapped in a list or an object, swapped with another, or
    nested deeply; sometimes an "id" field twice in one object."""
    for _ in range(rng.choice((1, 1, 2, 3))):
        place = _place(doc, rng)
        if place is None:
            break
        container, key = place
        op = rng.randrange(8)
        if op <= 2:
            container[key] = copy.deepcopy(rng.choice(values))
        elif op == 3:
            del container[key]
        elif op == 4 and isinstance(container, list):
            container.insert(key, json.loads(json.dumps(container[key])))
        elif op == 4:
            container[rng.choice(("extra", "ID", "label", "signed", "hidden"))] = copy.deepcopy(
                rng.choice(values)
            )
        elif op == 5:
            other, other_key = _place(doc, rng) or place
            mine, theirs = json.dumps(container[key]), json.dumps(other[other_key])  # copies: no cycle
            container[key], other[other_key] = json.loads(theirs), json.loads(mine)
        elif op == 6:
            container[key] = [container[key]] if rng.random() < 0.5 else {"x": container[key]}
        else:
            depth = rng.choice((10, 500, 5000))
            container[key] = json.loads("[" * depth + "]" * depth) if depth < 1000 else "[" * depth
    text = json.dumps(doc, ensure_ascii=rng.random() < 0.3)
    if rng.random() < 0.05:  # a field twice in one object
        text = text.replace('"id": ', '"id": "dup", "id": ', 1)
    return text.encode()


def run_loop(
    runs: int,
    seed: int,
    *,
    corpus: list[bytes],
    make: Make,
    check: Check,
    keep: Callable[[bytes, str], bool] | None = None,
    report: Callable[[str], None] | None = print,
) -> tuple[Counter[str], Findings]:
    """Make and check *runs* mutants; return (how many had each outcome, findings with their inputs).

    A mutant whose making fails is counted as "unmade (…)" (making it is not under test); one that *keep*
    accepts joins the corpus.
    """
    rng = random.Random(seed)
    outcomes: Counter[str] = Counter()
    findings: Findings = []
    started = time.monotonic()
    for i in range(runs):
        if _stopping:
            break
        try:
            data = make(rng, corpus)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:
            outcomes[f"unmade ({type(exc).__name__})"] += 1
            continue
        try:
            outcome = check(data)
            outcomes[outcome] += 1
            if keep is not None and keep(data, outcome):
                corpus.append(data)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # the finding: anything that escaped
            what = f"{type(exc).__module__}.{type(exc).__name__}: {exc}"
            findings.append((data, what))
            if _save_in is not None:
                saved = save_finding(_save_in, target_name(), data)
                if report is not None:
                    report(f"FINDING after {i + 1} inputs: {what}\n  saved: {saved}")
        if report is not None and (i + 1) % REPORT_EVERY == 0:
            report(
                f"{i + 1} inputs, {dict(outcomes)}, {len(findings)} findings, {time.monotonic() - started:.0f} s"
            )
    return outcomes, findings


def mixed_mutator(
    corpus: list[bytes],
    mutate: Callable[[bytes, random.Random, list[bytes], int], bytes],
    libfuzzer: Callable[[bytes, int], bytes],
    *,
    libfuzzer_share: float,
) -> Mutator:
    """A custom mutator for atheris: sometimes a seed instead of *data*, then libFuzzer's own mutation for
    *libfuzzer_share* of the inputs and the target's *mutate* for the rest."""

    def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
        rng = random.Random(seed)
        if not data or rng.random() < 0.3:
            data = rng.choice(corpus)
        if rng.random() < libfuzzer_share:
            return libfuzzer(data, max_size)
        return mutate(data, rng, corpus, max_size)

    return custom_mutator


def run_atheris(
    argv: list[str],
    *,
    modules: Iterable[str],
    mutator: Callable[[Callable[[bytes, int], bytes]], Mutator],
    check: Check,
) -> None:
    """Coverage-guided: import *modules* instrumented, then let libFuzzer drive *check*.

    *mutator* is called after the instrumented imports with libFuzzer's own mutation function and returns the
    custom mutator (so seeds are made by instrumented code too).
    """
    import atheris

    with atheris.instrument_imports():
        for name in modules:
            importlib.import_module(name)
    # atheris.Mutate is bound to libFuzzer only once Fuzz() runs: look it up at each call.
    custom_mutator = mutator(lambda data, max_size: atheris.Mutate(data, max_size))  # type: ignore[no-any-return]

    def one_input(data: bytes) -> None:
        check(data)

    atheris.Setup(argv, one_input, custom_mutator=custom_mutator)
    atheris.Fuzz()


def save_finding(folder: Path, target: str, data: bytes) -> Path:
    """Write *data* to *folder*/<target>-<first 16 hex digits of its SHA-256>.bin (the same input, the same
    file) and return the path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{target}-{hashlib.sha256(data).hexdigest()[:16]}.bin"
    path.write_bytes(data)
    return path


def replay(check: Check, paths: list[str]) -> int:
    """Run *check* once on each saved input; print its outcome or what escaped. Exit status 1 if anything did."""
    status = 0
    for name in paths:
        try:
            print(f"{name}: {check(Path(name).read_bytes())}")
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:
            print(f"{name}: FINDING {type(exc).__module__}.{type(exc).__name__}: {exc}")
            status = 1
    return status


def main(
    description: str | None,
    *,
    loop: Callable[[int, int], tuple[Counter[str], Findings]],
    atheris: Callable[[list[str]], None],
    check: Check,
) -> int:
    """`--runs N --seed S` for the seeded loop, `--replay FILE…` to run the check on saved inputs, or
    `--atheris` followed by libFuzzer flags. Saves every finding's whole input under `--findings` (printing
    its path the moment it is found), then prints the rate and the outcomes, and every finding with its
    input (hex, cut at 4 KB: the saved file is whole); exit status 1 if anything escaped."""
    parser = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--atheris", action="store_true", help="coverage-guided (pass libFuzzer flags after)")
    parser.add_argument("--record", metavar="FILE", help="append this run's counts to FILE (one JSON line)")
    parser.add_argument(
        "--findings", metavar="DIR", type=Path, default=FINDINGS, help="where each finding's input is saved"
    )
    parser.add_argument("--replay", metavar="FILE", nargs="+", help="run the check on these saved inputs")
    args, rest = parser.parse_known_args()
    if args.replay:
        return replay(check, args.replay)
    if args.atheris:
        atheris([sys.argv[0], *rest])
        return 0
    signal.signal(signal.SIGTERM, _stop)
    global _save_in
    _save_in = args.findings
    started = time.monotonic()
    outcomes, findings = loop(args.runs, args.seed)
    elapsed = max(time.monotonic() - started, 1e-9)
    done = sum(outcomes.values()) + len(findings)
    if done < args.runs:
        print(f"stopped (SIGTERM) after {done} of {args.runs} inputs")
    if args.record:
        record(args.record, target_name(), done, args.seed, elapsed, outcomes, len(findings))
    for data, what in findings[:20]:
        shown = data.hex() if len(data) <= 4096 else f"{data[:4096].hex()}… ({len(data)} bytes)"
        saved = save_finding(args.findings, target_name(), data)
        print(f"FINDING {what}\n  saved: {saved}\n  input: {shown}")
    rate = done / elapsed
    print(f"{done} inputs in {elapsed:.1f} s, {rate:,.0f} inputs/s; {len(findings)} escaped exceptions")
    for outcome, count in outcomes.most_common():
        print(f"  {count:>9,}  {outcome}")
    return 1 if findings else 0


def _stop(_signum: int, _frame: object) -> None:
    global _stopping
    _stopping = True


def target_name() -> str:
    """The running target's name: fuzz/fuzz_wire.py is "wire"."""
    return Path(sys.argv[0]).stem.removeprefix("fuzz_")


def record(
    path: str, target: str, runs: int, seed: int, seconds: float, outcomes: Counter[str], findings: int
) -> None:
    """Append one run's counts to *path* as a JSON line (scripts/fuzz_record.py makes the table of them)."""
    line = {
        "target": target,
        "inputs": runs,
        "seed": seed,
        "seconds": round(seconds, 1),
        "outcomes": dict(outcomes.most_common()),
        "findings": findings,
        "finished": time.strftime("%Y-%m-%d", time.gmtime()),
    }
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(line, ensure_ascii=False) + "\n")


class Target:
    """A target made of its seed inputs, its mutator and its check: the seeded loop and the atheris run every
    target drives the same way (`mutate(data, rng, corpus, max_size)` makes one mutant of *data*)."""

    def __init__(
        self,
        seeds: Callable[[], Iterable[bytes]],
        mutate: Callable[[bytes, random.Random, list[bytes], int], bytes],
        check: Check,
        *,
        modules: tuple[str, ...],
        max_size: int,
        libfuzzer_share: float = 0.2,
    ) -> None:
        self.seeds, self.mutate, self.check = seeds, mutate, check
        self.modules, self.max_size, self.libfuzzer_share = modules, max_size, libfuzzer_share

    def run_loop(
        self, runs: int, seed: int, report: Callable[[str], None] | None = print
    ) -> tuple[Counter[str], Findings]:
        mutate, max_size = self.mutate, self.max_size
        return run_loop(
            runs,
            seed,
            corpus=list(self.seeds()),
            make=lambda rng, corpus: mutate(rng.choice(corpus), rng, corpus, max_size),
            check=self.check,
            report=report,
        )

    def run_atheris(self, argv: list[str]) -> None:
        def mutator(libfuzzer: Callable[[bytes, int], bytes]) -> Mutator:
            return mixed_mutator(
                list(self.seeds()), self.mutate, libfuzzer, libfuzzer_share=self.libfuzzer_share
            )

        run_atheris(argv, modules=self.modules, mutator=mutator, check=self.check)

    def main(self, description: str | None) -> int:
        return main(description, loop=self.run_loop, atheris=self.run_atheris, check=self.check)
