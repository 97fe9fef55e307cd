"""Benchmark of judging a 50,000-entry ledger after a peer's new entry: all of it again (`check_ledger`) against
judging on from the kept books (`IncrementalLedger`), signatures remembered in both, and the view read a peer's
change costs on a real document, in one run.

Run with `.venv/bin/python bench/ledger_judge_bench.py` (`--quick` for 10,000 entries). The ledger is
money_ui_bench's (`sync.community.money_generator`), checked with a bare keyring whose members are the view's.
In rounds, reported as medians:

1. one deposit dated after every entry appended: `check_ledger` of the new view against
   `IncrementalLedger.check` (which must say it judged on, and report the same);
2. the view a peer's change costs: `CommunityDocument.merge` of a fork holding the deposit, then `view()` (a
   whole read that reuses the records stored as before; the service's guarded path re-reads the ledger list
   whole the same way).

Not a test: the only checks are sanity checks (equal reports, judged on).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import statistics
import time
from collections.abc import Callable
from typing import Any

from sync.community.document import CommunityDocument
from sync.community.generator import START, generate_view
from sync.community.incremental import IncrementalLedger, Judged
from sync.community.ledger import check_ledger
from sync.community.model import EntryKind
from sync.community.money_generator import Participant, participants, with_money
from sync.community.signed import KeyringVerifier, LedgerEntry
from sync.community.verified import Remembering, VerifiedSignatures
from sync.community.view import CommunityView


class Keyring:
    """The keyring with the view's members' devices: a verifier that links devices to members."""

    def __init__(self, keys: KeyringVerifier, view: CommunityView) -> None:
        self.keys = keys
        self.linked = {m: frozenset(member.device_ids) for m, member in view.members.items()}

    def verify(self, device_id: str, message: bytes, signature: bytes) -> bool:
        return self.keys.verify(device_id, message, signature)

    def key_of(self, device_id: str) -> bytes | None:
        return self.keys.key_of(device_id)

    def devices_of(self, member_id: str) -> frozenset[str]:
        return self.linked.get(member_id, frozenset())


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return (time.perf_counter() - started) * 1000, result


def deposit(by: Participant, n: int, when: dt.datetime) -> LedgerEntry:
    raw = LedgerEntry(
        f"bench{n}", EntryKind.PURSE_DEPOSIT, by.member_id, by.signer.device_id.hex, 500, "EUR", when
    )
    return raw.signed_by(by.signer)


def run(entries: int, rounds: int) -> None:
    people = participants(60)
    view = with_money(generate_view(assets=100, members=100, events=10, seed=7), people, entries, start=START,
                      until=START + dt.timedelta(days=300))  # fmt: skip
    keys = KeyringVerifier()
    for p in people:
        keys.add(p.signer.public_key)
    keyring, memo = Keyring(keys, view), VerifiedSignatures()
    judge = IncrementalLedger()
    first, _ = timed(lambda: judge.check(view, Remembering(keyring, memo), keyring))
    print(f"{len(view.ledger):,} entries; first judgement (every signature checked): {first / 1000:.1f} s")
    doc = CommunityDocument.from_view(view)
    doc.view()
    latest = max(e.at for e in view.ledger)
    whole: list[float] = []
    on: list[float] = []
    reads: list[float] = []
    for n in range(rounds):
        new = deposit(people[n % len(people)], n, latest + dt.timedelta(minutes=n + 1))
        theirs = doc.fork()
        theirs.append_entry(new)
        read, _ = timed(lambda: (doc.merge(theirs), doc.view()))  # noqa: B023 (called at once)
        reads.append(read)
        view = now = dataclasses.replace(view, ledger=(*view.ledger, new))
        t_on, report = timed(lambda: judge.check(now, Remembering(keyring, memo), keyring))  # noqa: B023
        assert judge.judged is Judged.APPENDED, judge.judged
        t_whole, full = timed(lambda: check_ledger(now, Remembering(keyring, memo)))  # noqa: B023
        assert report == full
        on.append(t_on)
        whole.append(t_whole)
    print(f"{rounds} rounds; medians (ms)")
    print(f"1. judging after one appended deposit: all again {statistics.median(whole):8.1f}")
    print(f"                                       judged on {statistics.median(on):8.1f}")
    print(f"2. the view after a peer's change (merge + view) {statistics.median(reads):8.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="10,000 entries")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    run(10_000 if args.quick else 50_000, args.rounds)


if __name__ == "__main__":
    main()
