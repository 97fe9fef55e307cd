"""Benchmark of a year's funder report with charts, rendered to PDF, on a big community: each part against a
baseline measured in the same run.

Run with `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/report_bench.py` (or `make bench`); `--quick` for a
community a fifth of the size.

The community is community_bench.py's (`generate_view`: 10,000 assets, 2,000 members, 5,000 events, with
10,000 signed and confirmed time-credit transfers over three years) plus a year of money, every entry really
signed: 40 projects with their stakes, verifiers' confirmations and repayments, purse deposits, proposals with
votes and their withdrawals, and lending circles' contributions and payouts — 50,000 ledger entries in all,
every one of which the ledger rules accept. Then, in interleaved rounds, reported as medians:

1. data: `period_report` for the year (what the service computes for `BuildReport`, from the ledger it has
   checked once and keeps) against the functions the money screens call on the same ledger (`purse_summary`,
   `repayments_due`, `credit_positions`, `lending_circle_schedules`, `tally` of each proposal); and the answer
   crossing the service's pipe (the protocol's codec to JSON and back), by default without each money entry
   (the window asks for them only when the person itemises who paid what) and with them.
2. files: the redacted tables, both charts drawn offscreen and the A4 PDF (`write_pdf`), against the same PDF
   without charts; and the CSV folder.
3. the whole: data, its crossing, tables, charts and PDF. Goal: ≤ 3 s.

Checking the ledger's signatures (`check_ledger`) is timed once and reported apart: the service does it once
per change of the ledger for every money screen, not per report.

Not a test: the only checks are sanity checks (every entry accepted, the report's totals those of the screens).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from commons_desktop.features.reports.report_charts import (
    chart_image,
    money_chart,
    progress_chart,
    update_money,
    update_progress,
)
from commons_desktop.features.reports.report_choices import default_choices
from commons_desktop.features.reports.report_files import Chart, ReportHeading, write_csv_folder, write_pdf
from commons_desktop.features.reports.report_tables import report_tables
from commons_desktop.service.codec import dump, load
from commons_desktop.service.values import FunderReportData
from sync.community import Choice, EntryKind
from sync.community.finances import credit_positions, lending_circle_schedules, purse_summary, repayments_due
from sync.community.funder_period import PeriodReport, period_report
from sync.community.generator import generate_view, generator_keys
from sync.community.ledger import LedgerReport, check_ledger
from sync.community.model import LendingCircle, ProgressReport, Project, ProjectStatus, Proposal
from sync.community.signed import KeyringVerifier, LedgerEntry, Vote
from sync.community.view import CommunityView
from sync.community.votes import tally
from sync.identity import DeviceSigner

GOAL_MS = 3000
YEAR = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
NOW = dt.datetime(2026, 1, 15, tzinfo=dt.UTC)
FULL = {"assets": 10_000, "members": 2_000, "events": 5_000, "credits": 10_000, "money": 30_000}
QUICK = {"assets": 2_000, "members": 400, "events": 1_000, "credits": 2_000, "money": 6_000}
PROJECTS, PRICE, CIRCLES, CIRCLE_SIZE, PROPOSALS = 40, 1000, 10, 10, 24


def signer(n: int, seed: int = 0) -> DeviceSigner:
    """Member n's device key, derived as `sync.community.generator` derives it (its keys sign the transfers)."""
    return DeviceSigner.from_private_bytes(hashlib.sha256(f"commons-generator/{seed}/{n}".encode()).digest())


def member(n: int) -> str:
    return f"m{n:06d}"


class Money:
    """A year of signed money entries for a generated community, each one the ledger rules accept."""

    def __init__(self, members: int, rng: random.Random) -> None:
        self.members, self.rng = members, rng
        self.signers: dict[int, DeviceSigner] = {}
        self.entries: list[LedgerEntry] = []

    def moment(self, start_day: int = 0, end_day: int = 364) -> dt.datetime:
        day = self.rng.randint(start_day, end_day)
        return dt.datetime(2025, 1, 1, 9, tzinfo=dt.UTC) + dt.timedelta(
            days=day, seconds=self.rng.randrange(28_800)
        )

    def add(self, n: int, kind: EntryKind, amount: int, at: dt.datetime, **extra: Any) -> None:
        key = self.signers.setdefault(n, signer(n))
        entry = LedgerEntry(
            f"x{len(self.entries):07d}", kind, member(n), key.device_id.hex, amount, "EUR", at, **extra
        )
        self.entries.append(entry.signed_by(key))


def projects(members: int) -> dict[str, Project]:
    """40 projects, each with a progress report a month; the even ones reach their target of 120 meals."""
    made = {}
    for p in range(PROJECTS):
        pid = f"p{p:03d}"
        reports = tuple(
            ProgressReport(
                f"r{p}-{m}",
                (m + 1) * (12 if p % 2 == 0 else 5),
                dt.datetime(2025, m + 1, 20, tzinfo=dt.UTC),
                member(p),
            )
            for m in range(12)
        )
        made[pid] = Project(
            pid, f"Project {p}", "A goal", member(p), "meals served", "meals", 120, PRICE, "EUR", 1000, 5,
            dt.date(2026, 12, 31), ProjectStatus.ACTIVE, reports, dt.datetime(2024, 12, 1, tzinfo=dt.UTC),
            verifiers=(member(members - 1), member(members - 2)), verifiers_needed=2,
        )  # fmt: skip
    return made


def run(args: argparse.Namespace) -> None:
    size = QUICK if args.quick else FULL
    rounds = args.rounds or (3 if args.quick else 5)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    begun = time.perf_counter()
    view, verifier = community(size)
    print(f"built a community of {len(view.assets)} assets and {len(view.ledger)} ledger entries"
          f" in {time.perf_counter() - begun:.1f} s")  # fmt: skip
    ms, ledger = timed(lambda: check_ledger(view, verifier))
    assert not ledger.needs_review, ledger.needs_review[:3]
    print(f"check_ledger (every signature, once per ledger change; not per report): {ms:8.1f} ms")
    print(f"\n{'':<44} {'ours ms':>9} {'base ms':>9} {'ratio':>7}")

    report = period_report(view, ledger, verifier, YEAR, now=NOW)
    sanity(view, ledger, report)
    data, _ = compare(
        "data: period_report vs the money screens",
        lambda: timed(lambda: period_report(view, ledger, verifier, YEAR, now=NOW))[0],
        lambda: timed(lambda: screens(view, ledger, verifier))[0],
        rounds,
    )
    crossing = statistics.median(timed(lambda: cross(report))[0] for _ in range(rounds))
    itemised = period_report(view, ledger, verifier, YEAR, now=NOW, with_payments=True)
    crossing_all = statistics.median(timed(lambda: cross(itemised))[0] for _ in range(rounds))
    print(f"{'the answer crossing the pipe':<44} {crossing:9.1f}")
    print(f"{f'  with each of the {len(itemised.payments)} money entries':<44} {crossing_all:9.1f}")
    with tempfile.TemporaryDirectory(prefix="report-bench-") as tmp:
        folder = Path(tmp)
        heading = ReportHeading(view.name, "Whole community", *YEAR, NOW.date())
        pdf, _ = compare(
            "files: tables + charts + PDF vs PDF alone",
            lambda: timed(lambda: render(report, heading, folder, charts=True))[0],
            lambda: timed(lambda: render(report, heading, folder, charts=False))[0],
            rounds,
        )
        csv_ms = statistics.median(
            timed(lambda: write_csv_folder(folder, heading, report_tables(report, default_choices())))[0]
            for _ in range(rounds)
        )
        size_kb = (folder / "report.pdf").stat().st_size / 1024
    total = data + crossing + pdf
    print(f"{'CSV folder (one file per table)':<44} {csv_ms:9.1f}")
    print(f"\nA year's report with charts, to PDF ({size_kb:.0f} KB): {total:.0f} ms (goal ≤ {GOAL_MS} ms)"
          f" — {'met' if total <= GOAL_MS else 'NOT met'}")  # fmt: skip
    del app


def community(size: dict[str, int]) -> tuple[CommunityView, KeyringVerifier]:
    rng = random.Random(7)
    view = generate_view(size["assets"], size["members"], size["events"], credit_transfers=size["credits"])
    money = Money(size["members"], rng)
    made = projects(size["members"])
    stakes(money, made, size["money"] // 3)
    deposits(money, size["money"] // 3)
    circles = lending_circles(money)
    proposals, votes = purse_votes(money, size["members"])
    fill(money, size["money"] - len(money.entries))
    return (
        replace(
            view,
            projects=made,
            circles=circles,
            proposals=proposals,
            votes=votes,
            ledger=(*view.ledger, *money.entries),
        ),
        generator_keys(size["members"]),
    )


def stakes(money: Money, made: dict[str, Project], count: int) -> None:
    """*count* stakes of one each, in the first half; the targets confirmed; each holder repaid in full later."""
    held: dict[tuple[str, int], int] = {}
    for _ in range(count):
        pid, buyer = f"p{money.rng.randrange(PROJECTS):03d}", money.rng.randrange(money.members)
        money.add(buyer, EntryKind.STAKE_BOUGHT, PRICE, money.moment(0, 180), ref=pid)
        held[(pid, buyer)] = held.get((pid, buyer), 0) + 1
    for p in range(0, PROJECTS, 2):
        for verifier in (money.members - 1, money.members - 2):
            money.add(verifier, EntryKind.TARGET_CONFIRMED, 120, money.moment(330, 335), ref=f"p{p:03d}")
    for (pid, buyer), count_ in sorted(held.items()):
        steward = int(made[pid].author[1:])
        money.add(
            steward,
            EntryKind.REPAYMENT,
            count_ * PRICE,
            money.moment(200, 320),
            ref=pid,
            counterparty=member(buyer),
        )


def deposits(money: Money, count: int) -> None:
    for _ in range(count):
        money.add(
            money.rng.randrange(money.members),
            EntryKind.PURSE_DEPOSIT,
            money.rng.randint(5, 50) * 100,
            money.moment(),
        )


def fill(money: Money, count: int) -> None:
    """More deposits, up to the ledger's size."""
    deposits(money, max(0, count))


def lending_circles(money: Money) -> dict[str, LendingCircle]:
    made = {}
    for c in range(CIRCLES):
        people = [100 + c * CIRCLE_SIZE + k for k in range(CIRCLE_SIZE)]
        circle = LendingCircle(
            f"c{c:02d}", f"Circle {c}", member(people[0]), tuple(member(n) for n in people), 2000, "EUR", 30,
            dt.date(2025, 1, 15), dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
        )  # fmt: skip
        made[circle.id] = circle
        for k in range(CIRCLE_SIZE):
            day = circle.round_date(k)
            at = dt.datetime(day.year, day.month, day.day, 10, tzinfo=dt.UTC)
            for n in people:
                money.add(n, EntryKind.LENDING_CIRCLE_CONTRIBUTION, 2000, at, ref=circle.id, round=k)
            money.add(people[0], EntryKind.LENDING_CIRCLE_PAYOUT, circle.pot_minor, at + dt.timedelta(hours=2),
                      ref=circle.id, round=k, counterparty=member(people[k]))  # fmt: skip
    return made


def purse_votes(money: Money, members: int) -> tuple[dict[str, Proposal], tuple[Vote, ...]]:
    """Two proposals a month, each voted on by 15 members (12 yes, 3 no) and paid out after its deadline."""
    made, votes = {}, []
    for q in range(PROPOSALS):
        deadline = dt.datetime(2025, q // 2 + 1, 10 + 10 * (q % 2), 18, tzinfo=dt.UTC)
        proposal = Proposal(f"q{q:03d}", f"Proposal {q}", "For the hall", member(q), 10_000, "EUR", deadline,
                            10, 50, deadline - dt.timedelta(days=7))  # fmt: skip
        made[proposal.id] = proposal
        for v in range(15):
            n = (q * 37 + v * 11) % members
            key = money.signers.setdefault(n, signer(n))
            vote = Vote(f"v{q:03d}-{v:02d}", proposal.id, member(n), key.device_id.hex,
                        Choice.YES if v < 12 else Choice.NO, deadline - dt.timedelta(days=1))  # fmt: skip
            votes.append(vote.signed_by(key))
        money.add(q, EntryKind.PURSE_WITHDRAWAL, 10_000, deadline + dt.timedelta(days=1), ref=proposal.id)
    return made, tuple(votes)


def cross(report: PeriodReport) -> FunderReportData:
    """The service's answer to the window and back, as the pipe carries it."""
    text = json.dumps(dump(FunderReportData("00" * 16, report, NOW)))
    return load(FunderReportData, json.loads(text))


def screens(view: CommunityView, ledger: LedgerReport, verifier: KeyringVerifier) -> None:
    """What the purse, projects, credits and circles screens compute from the same checked ledger."""
    purse_summary(ledger)
    repayments_due(view, ledger, NOW.date())
    credit_positions(view, ledger)
    lending_circle_schedules(view, ledger)
    for proposal in view.proposals:
        tally(view, proposal, verifier, NOW)


def render(report: PeriodReport, heading: ReportHeading, folder: Path, *, charts: bool) -> None:
    tables = report_tables(report, default_choices())
    drawn: list[Chart] = []
    if charts:
        for key, make, update in (
            ("money", money_chart, update_money),
            ("progress", progress_chart, update_progress),
        ):
            plot = make()
            update(plot, report)
            drawn.append(Chart(key, key, chart_image(plot)))
            plot.deleteLater()
    write_pdf(folder / "report.pdf", heading, tables, drawn)


def sanity(view: CommunityView, ledger: LedgerReport, report: PeriodReport) -> None:
    deposited = sum(f.amount_minor for f in report.money if f.kind is EntryKind.PURSE_DEPOSIT)
    assert deposited == purse_summary(ledger).deposited["EUR"], "the year's deposits are every deposit"
    assert len(report.decisions) == PROPOSALS
    assert all(d.yes == 12 and d.no == 3 and d.paid_out for d in report.decisions)
    assert sum(p.stakes_sold for p in report.projects) == sum(sum(h.values()) for h in ledger.stakes.values())
    assert len(view.ledger) >= 50_000 or len(view.ledger) < 20_000  # the full size, or --quick


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    start = time.perf_counter()
    result = call()
    return (time.perf_counter() - start) * 1000, result


def compare(
    name: str, ours: Callable[[], float], base: Callable[[], float], rounds: int
) -> tuple[float, float]:
    """Interleaved rounds (ours then the baseline, then the other way round, …); prints and returns medians."""
    a: list[float] = []
    b: list[float] = []
    for r in range(rounds):
        pair = [(a, ours), (b, base)]
        for samples, measure in pair if r % 2 == 0 else reversed(pair):
            samples.append(measure())
    med_a, med_b = statistics.median(a), statistics.median(b)
    print(f"{name:<44} {med_a:9.1f} {med_b:9.1f} {med_a / med_b:7.2f}")
    return med_a, med_b


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a smaller community and fewer rounds")
    parser.add_argument("--rounds", type=int, default=0, help="rounds of each comparison")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
