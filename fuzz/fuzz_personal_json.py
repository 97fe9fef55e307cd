"""Fuzz the personal-data JSON import (store.portable): `parse_personal` on every input, and on a sample
`import_personal` into a real encrypted profile.

The contract under test:

- Whatever the bytes, only PersonalDataError comes out, with the place in the file and a message. Anything
  else (KeyError, TypeError, ValueError, RecursionError, OverflowError, the store's ValidationError, …) is a
  finding.
- A bad file changes nothing: for a sample of refused inputs (chosen by a checksum of the bytes), the file is
  written to disk and `import_personal` is asked to make a profile from it; it must raise PersonalDataError
  and leave the profiles folder exactly as it was (no profile, no stray file).
- What reads round-trips: written again by the export's own writers, it reads back equal. For a sample of
  accepted inputs, it is imported into a real profile (SQLCipher, Argon2id with small costs), exported with
  `personal_document`, and read back: the same plan, goals, check-ins, supporters, contributions and
  settings (the export lists every setting; those the file named keep their values).

Inputs are real exports of a profile with something in every part (plan items in every section, goals with
actions and targets, check-ins with answers, tags and notes, supporters who may see some sections,
contributions of every kind, every exported setting), ids renumbered so every run starts from the same bytes;
mutated as JSON — a value replaced by one of another type or at an edge (lengths around each limit, dates
around 1900 and 2200, numbers around their ranges, controls, other scripts, deep nesting), a field removed,
added or duplicated, an entry repeated, two values swapped — and as text (JSON's own tokens put in, lines
repeated, dropped or swapped, byte-level edits).

    python fuzz/fuzz_personal_json.py --runs 1000000 [--seed 1]   # seeded mutation loop (no extra packages)
    python fuzz/fuzz_personal_json.py --atheris -runs=1000000      # coverage-guided, if atheris is installed
"""

from __future__ import annotations

import atexit
import datetime as dt
import functools
import json
import random
import shutil
import sys
import tempfile
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

try:
    import _driver  # run as a script: this folder is on sys.path
except ModuleNotFoundError:  # imported by a test, with the repository root on sys.path
    from fuzz import _driver

if TYPE_CHECKING:
    from store import ProfileManager
    from store.portable import PersonalData

expect = _driver.expect

MAX_SIZE = 1 << 15
REFUSED_SAMPLE = 64  # one refused input in 64 (by checksum) is also imported, to see that it changes nothing
READ_SAMPLE = 256  # one accepted input in 256 goes through a real profile (a profile costs ~50 ms)
PASSPHRASE = "violet harbour lantern 42"  # noqa: S105 (a throwaway profile)
DAY = dt.date(2026, 11, 2)
TEXT_TOKENS = (
    b'"', b"\\", b"\\u0000", b"\\ud800", b"[", b"]", b"{", b"}", b",", b":", b"null", b"true", b"false", b"-0",
    b"1e400", b"NaN", b"Infinity", b"9" * 5000, b"\xef\xbb\xbf", b"\xff", b'"id"', b'"format"', b'"version"',
)  # fmt: skip
EDGE_VALUES: tuple[Any, ...] = (
    None, True, False, 0, -1, 1, 4, 5, 10, 11, 2**31, 2**31 - 1, 2**63, -(2**63), 1.5, 1e308, "", " ", "\x00",
    "a\nb", "\r", "\u202e", "e\u0301", "ＡＢ", "ناس", "🙂", "x" * 40, "x" * 41, "x" * 60, "x" * 61, "x" * 64,
    "x" * 65, "x" * 120, "x" * 121, "x" * 200, "x" * 201, "x" * 500, "x" * 501, "x" * 2001, "1899-12-31",
    "1900-01-01", "2200-12-31", "2201-01-01", "2026-02-30", "2026-11-02", "9999-12-31", "20261102",
    "2026-11-02T10:00:00", "AAAA", "AAA", "A" * 88, "minutes", "EUR", "given", "received", "done", "active",
    "money", "time", "crisis_contacts", "warning_signs", "dark", [], {}, [None], [[]], {"": None}, ["x"] * 41,
)  # fmt: skip


# --- the corpus: real exports ----------------------------------------------------------------------------------


@functools.cache
def workspace() -> Path:
    """A folder for the sampled profiles and files, removed at exit."""
    folder = Path(tempfile.mkdtemp(prefix="commons-fuzz-personal-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


@functools.cache
def manager() -> ProfileManager:
    from store import KdfParams, ProfileManager

    return ProfileManager(workspace() / "data", kdf=KdfParams(memory_cost_kib=1024, iterations=1, lanes=1))


def _fill(session: Any) -> None:
    from store import (
        AUTO_LOCK_MINUTES,
        CHECKIN_REMINDER_MINUTE,
        KEEP_IN_TRAY,
        MINUTES,
        THEME,
        ContributionKind,
        GoalStatus,
        PlanSection,
        Question,
    )  # fmt: skip

    # A few sections of each kind (every section is listed in the file anyway): a smaller file is fuzzed faster.
    sections = [s for s in PlanSection if s.is_free_text][:1] + [
        s for s in PlanSection if not s.is_free_text
    ][:4]
    for n, section in enumerate(sections):
        if section.is_free_text:
            session.plan.write_text(section, f"Free text {n} — نص حر\nsecond line")
            continue
        for k in range(2):
            session.plan.add(section, f"Item {n}.{k} ✓", f"réponse {k}" if section.response_label else "")
    for n, status in enumerate(list(GoalStatus)[:2]):
        goal = session.goals.add(f"Goal {n}", f"Why {n}", DAY + dt.timedelta(days=30))
        session.goals.update(goal.id, title=goal.title, why=goal.why, status=status, target=goal.target)
        first = session.goals.add_action(goal.id, f"Step {n}", DAY)
        session.goals.add_action(goal.id, f"Second step {n}")
        session.goals.set_action_done(first.id, True)
    for days in range(2):
        answers = {q: (days + i) % 5 for i, q in enumerate(Question) if (days + i) % 3}
        session.checkins.record(
            DAY - dt.timedelta(days=days), 1 + days * 2, f"note {days}", answers, ["walk", "ناس"]
        )
    session.supporters.add("Lee", "07700 900123", "sister", frozenset(PlanSection))
    session.supporters.add("Ana", "", "", frozenset())
    for kind in ContributionKind:
        unit = MINUTES if kind.measured_in_time else "EUR"
        session.contributions.add(kind, 90, unit, DAY, "garden", "note", None)
    session.contributions.add(ContributionKind.MONEY, 1250, "GBP", DAY, "=SUM(A1)", "", "ledger-7")
    session.settings.set(AUTO_LOCK_MINUTES, 17)
    session.settings.set(THEME, "dark")
    session.settings.set(CHECKIN_REMINDER_MINUTE, 9 * 60)
    session.settings.set(KEEP_IN_TRAY, True)


def _renumber(value: Any, ids: dict[str, str]) -> Any:
    """Every id (random in the store) replaced by a fixed one, the same id by the same one everywhere."""
    if isinstance(value, dict):
        return {
            k: ids.setdefault(v, f"id{len(ids):03d}")
            if k == "id" and isinstance(v, str)
            else _renumber(v, ids)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_renumber(v, ids) for v in value]
    return value


@functools.cache
def seeds() -> tuple[bytes, ...]:
    """A full export (indented, as the app writes it, and compact), and one of an empty profile."""
    from store.portable import personal_document

    moment = dt.datetime(2026, 11, 3, 9, tzinfo=dt.UTC)
    with manager().create("Fuzz", PASSPHRASE) as session:
        empty = _renumber(personal_document(session, now=moment), {})
        _fill(session)
        full = _renumber(personal_document(session, now=moment), {})
        manager().delete(session.profile_id, session)
    return (
        json.dumps(full, ensure_ascii=False, indent=2).encode(),
        json.dumps(full, separators=(",", ":")).encode(),
        json.dumps(empty, ensure_ascii=False, indent=2).encode(),
    )


# --- mutations -------------------------------------------------------------------------------------------------


def mutate(data: bytes, rng: random.Random, corpus: list[bytes], max_size: int = MAX_SIZE) -> bytes:
    if rng.random() < 0.75:
        try:
            doc = json.loads(data)
        except ValueError:
            pass
        else:
            return _driver.mutate_json(doc, rng, EDGE_VALUES)[:max_size]
    return _driver.mutate_text(data, rng, corpus, TEXT_TOKENS, max_size)


# --- the check -------------------------------------------------------------------------------------------------


def written_again(data: PersonalData) -> bytes:
    """*data* as the export's own writers write it."""
    from store.plan import PlanSection
    from store.portable import FORMAT, VERSION, _document

    by_section = {s: [i for i in data.plan if i.section is s] for s in PlanSection}
    document = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": "2026-11-03T09:00:00Z",
        "profile": {"label": data.label},
        "plan": {"sections": [_document.section_entry(s, items) for s, items in by_section.items()]},
        "goals": [_document._goal(g) for g in data.goals],
        "checkins": [_document._checkin(c) for c in data.checkins],
        "supporters": [_document._supporter(s) for s in data.supporters],
        "contributions": [_document._contribution(c) for c in data.contributions],
        "settings": {setting.key: value for setting, value in data.settings},
    }
    return json.dumps(document, ensure_ascii=False).encode()


def _sorted(data: PersonalData) -> tuple[Any, ...]:
    """What a profile keeps of *data*, in an order the store does not choose."""
    return (
        sorted(data.plan, key=lambda i: (i.section.value, i.position)),
        sorted(data.goals, key=lambda g: g.id),
        sorted(data.checkins, key=lambda c: c.day),
        sorted(data.supporters, key=lambda s: s.id),
        sorted(data.contributions, key=lambda c: c.id),
    )


def _folder_listing() -> list[tuple[str, int]]:
    root = manager().root
    return (
        sorted((str(p.relative_to(root)), p.stat().st_size) for p in root.rglob("*")) if root.exists() else []
    )


def check_refused_changes_nothing(data: bytes) -> None:
    from store import PersonalDataError, import_personal

    path = workspace() / "refused.json"
    path.write_bytes(data)
    before = _folder_listing()
    try:
        session = import_personal(manager(), path, "Refused", PASSPHRASE)
    except PersonalDataError:
        pass
    else:
        session.lock()
        raise _driver.ContractError("a file parse_personal refused made a profile")
    expect(_folder_listing() == before, "a refused import left something in the profiles folder")


def check_through_a_profile(data: bytes, parsed: PersonalData) -> None:
    from store import import_personal
    from store.portable import personal_document
    from store.portable._import import parse_personal

    path = workspace() / "accepted.json"
    path.write_bytes(data)
    session = import_personal(manager(), path, "Imported", PASSPHRASE)
    try:
        exported = parse_personal(json.dumps(personal_document(session)).encode())
    finally:
        manager().delete(session.profile_id, session)
    expect(_sorted(exported) == _sorted(parsed), "what a profile kept of a file is not what the file said")
    kept = dict(exported.settings)
    expect(all(kept[s] == v for s, v in parsed.settings), "a setting the file named was not kept")


def check(data: bytes) -> str:
    """ "refused", "read", or the same with "(through a profile)" for the sample; raises only when the contract
    is broken."""
    from store import PersonalDataError
    from store.portable._import import parse_personal

    crc = zlib.crc32(data)
    try:
        parsed = parse_personal(data)
    except PersonalDataError as exc:
        expect(bool(exc.message), "a refusal without a message")
        if crc % REFUSED_SAMPLE == 0:
            check_refused_changes_nothing(data)
            return "refused (through a profile)"
        return "refused"
    expect(parse_personal(written_again(parsed)) == parsed, "what was read does not read back when written")
    if crc % READ_SAMPLE == 0:
        check_through_a_profile(data, parsed)
        return "read (through a profile)"
    return "read"


def run_loop(
    runs: int, seed: int, report: Callable[[str], None] | None = print
) -> tuple[Counter[str], _driver.Findings]:
    return _driver.run_loop(
        runs,
        seed,
        corpus=list(seeds()),
        make=lambda rng, corpus: mutate(rng.choice(corpus), rng, corpus),
        check=check,
        report=report,
    )


def run_atheris(argv: list[str]) -> None:
    def mutator(libfuzzer: Callable[[bytes, int], bytes]) -> _driver.Mutator:
        return _driver.mixed_mutator(list(seeds()), mutate, libfuzzer, libfuzzer_share=0.2)

    _driver.run_atheris(argv, modules=("store.portable._import", "store.portable._fields"), mutator=mutator,
                        check=check)  # fmt: skip


if __name__ == "__main__":
    sys.exit(_driver.main(__doc__, loop=run_loop, atheris=run_atheris, check=check))
