"""A funder report as the tables that go into its files, with only what the person chose: a line per person or
entry where a field is public, a total where it is "only as a total", nothing where it is left out. Cells stay
typed (money, minutes, dates) until written (`report_cells`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from commons_desktop.features.reports.report_cells import Cell, Minutes, Money, Percent
from commons_desktop.features.reports.report_choices import Choices, Disclosure, allowed, itemised_alone
from sync.community import EntryKind
from sync.community.funder_period import Decision, PeriodReport, ProjectMoney
from sync.community.votes import VoteStatus

translate = QCoreApplication.translate

__all__ = ["PARENT", "Table", "effective", "free", "kind_label", "report_tables"]

# A name list follows its section: never more open than the section it belongs to.
PARENT = {
    "payments": "money",
    "stakeholders": "projects",
    "circle_members": "circles",
    "voters": "decisions",
    "hours_members": "hours",
    "verifiers": "progress",
}
_OPENNESS = (Disclosure.PUBLIC, Disclosure.TOTAL, Disclosure.LEFT_OUT)


@dataclass(frozen=True)
class Table:
    key: str  # the field it shows (its CSV file's name)
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""


def effective(choices: Choices, key: str) -> Disclosure:
    """The choice for *key*, made no more open than its section's: left out with it, and named only when the
    section is itemised too (or has no itemised form, like the hours, which are only ever a total)."""
    own = choices[key]
    parent = PARENT.get(key)
    if parent is None:
        return own
    if choices[parent] is Disclosure.LEFT_OUT:
        return Disclosure.LEFT_OUT
    if choices[parent] is Disclosure.PUBLIC or itemised_alone(parent):
        return own
    closed = max(own, choices[parent], key=_OPENNESS.index)
    offered = allowed(key)  # e.g. voters are named or left out, never a total
    return next(d for d in _OPENNESS[_OPENNESS.index(closed) :] if d in offered)


def free(choices: Choices, key: str) -> bool:
    """Whether the person may choose for *key* as things stand (a list of names waits on its section)."""
    parent = PARENT.get(key)
    return parent is None or effective({**choices, key: Disclosure.PUBLIC}, key) is Disclosure.PUBLIC


def report_tables(report: PeriodReport, choices: Choices) -> tuple[Table, ...]:
    """Every table the files hold, in report order; a field left out gives no table."""
    builders: tuple[tuple[str, Callable[[PeriodReport, Disclosure, Choices], Table]], ...] = (
        ("money", _money),
        ("payments", _payments),
        ("projects", _projects),
        ("stakeholders", _stakeholders),
        ("circles", _circles),
        ("decisions", _decisions),
        ("hours", _hours),
        ("hours_members", _hours_members),
        ("progress", _progress),
        ("pulse", _pulse),
    )
    out = []
    for key, build in builders:
        disclosure = effective(choices, key)
        if disclosure is not Disclosure.LEFT_OUT:
            out.append(build(report, disclosure, choices))
    return tuple(out)


def kind_label(kind: EntryKind) -> str:
    return {
        EntryKind.STAKE_BOUGHT: translate("ReportsView", "Stakes bought"),
        EntryKind.PURSE_DEPOSIT: translate("ReportsView", "Purse deposits"),
        EntryKind.LENDING_CIRCLE_CONTRIBUTION: translate("ReportsView", "Circle contributions"),
        EntryKind.REPAYMENT: translate("ReportsView", "Repayments"),
        EntryKind.PURSE_WITHDRAWAL: translate("ReportsView", "Purse withdrawals"),
        EntryKind.LENDING_CIRCLE_PAYOUT: translate("ReportsView", "Circle payouts"),
    }.get(kind, kind.value)


def _in_out(money_in: bool) -> str:
    return translate("ReportsView", "in") if money_in else translate("ReportsView", "out")


def _name(report: PeriodReport, member_id: str) -> str:
    return report.names.get(member_id) or translate("ReportsView", "a former member")


def _names(report: PeriodReport, members: Iterable[str]) -> str:
    return ", ".join(_name(report, m) for m in members)


def _money(report: PeriodReport, disclosure: Disclosure, _c: Choices) -> Table:
    title = translate("ReportsView", "Money in and out")
    if disclosure is Disclosure.PUBLIC:
        rows = tuple(
            (kind_label(f.kind), _in_out(f.money_in), f.entries, Money(f.amount_minor, f.currency))
            for f in report.money
        )
        return Table(
            "money",
            title,
            (
                translate("ReportsView", "Kind"),
                translate("ReportsView", "In or out"),
                translate("ReportsView", "Entries"),
                translate("ReportsView", "Amount"),
            ),
            rows,
        )
    sums: dict[tuple[str, bool], tuple[int, int]] = {}
    for f in report.money:
        count, amount = sums.get((f.currency, f.money_in), (0, 0))
        sums[(f.currency, f.money_in)] = (count + f.entries, amount + f.amount_minor)
    totals = tuple(
        (_in_out(money_in), count, Money(amount, currency))
        for (currency, money_in), (count, amount) in sorted(
            sums.items(), key=lambda i: (i[0][0], not i[0][1])
        )
    )
    return Table(
        "money",
        title,
        (
            translate("ReportsView", "In or out"),
            translate("ReportsView", "Entries"),
            translate("ReportsView", "Amount"),
        ),
        totals,
    )


def _payments(report: PeriodReport, disclosure: Disclosure, _c: Choices) -> Table:
    title = translate("ReportsView", "Who paid what")
    if disclosure is Disclosure.PUBLIC:
        rows = tuple(
            (
                p.at.astimezone().date(),
                kind_label(p.kind),
                _name(report, p.member_id),
                _name(report, p.counterparty) if p.counterparty else "",
                Money(p.amount_minor, p.currency),
            )
            for p in report.payments
        )
        return Table(
            "payments",
            title,
            (
                translate("ReportsView", "Date"),
                translate("ReportsView", "Kind"),
                translate("ReportsView", "Who"),
                translate("ReportsView", "To whom"),
                translate("ReportsView", "Amount"),
            ),
            rows,
        )
    payers = report.payers
    note = translate("ReportsView", "Only as totals: %n member(s) took part; no one is named.", "", payers)
    return Table(
        "payments",
        title,
        (translate("ReportsView", "Entries"), translate("ReportsView", "Members")),
        ((sum(f.entries for f in report.money), payers),),
        note,
    )


def _projects(report: PeriodReport, disclosure: Disclosure, _c: Choices) -> Table:
    title = translate("ReportsView", "Stakes and repayments")
    headers = (
        translate("ReportsView", "Stakes sold"),
        translate("ReportsView", "Raised"),
        translate("ReportsView", "Principal repaid"),
        translate("ReportsView", "Bonus repaid"),
        translate("ReportsView", "Outstanding"),
    )
    if disclosure is Disclosure.PUBLIC:
        rows = tuple((p.title, *_project_cells(p)) for p in report.projects)
        return Table("projects", title, (translate("ReportsView", "Project"), *headers), rows)
    sums: dict[str, list[int]] = {}
    for p in report.projects:
        acc = sums.setdefault(p.currency, [0, 0, 0, 0, 0, 0])
        values = (1, p.stakes_sold, p.raised_minor, p.principal_repaid_minor, p.bonus_repaid_minor)
        for i, v in enumerate((*values, p.outstanding_minor)):
            acc[i] += v
    rows = tuple(
        (n, sold, *(Money(v, currency) for v in rest)) for currency, (n, sold, *rest) in sorted(sums.items())
    )
    return Table("projects", title, (translate("ReportsView", "Projects"), *headers), rows)


def _project_cells(p: ProjectMoney) -> tuple[Cell, ...]:
    c = p.currency
    return (
        p.stakes_sold,
        Money(p.raised_minor, c),
        Money(p.principal_repaid_minor, c),
        Money(p.bonus_repaid_minor, c),
        Money(p.outstanding_minor, c),
    )


def _stakeholders(report: PeriodReport, disclosure: Disclosure, _c: Choices) -> Table:
    title = translate("ReportsView", "Who holds stakes and was repaid")
    if disclosure is Disclosure.PUBLIC:
        rows: list[tuple[Cell, ...]] = []
        for p in report.projects:
            bought = {m.member_id: m for m in p.stakeholders}
            repaid = {m.member_id: m for m in p.repaid}
            for member in sorted({*bought, *repaid}, key=lambda m: _name(report, m).casefold()):
                b, r = bought.get(member), repaid.get(member)
                rows.append(
                    (
                        p.title,
                        _name(report, member),
                        b.count if b else 0,
                        Money(b.amount_minor if b else 0, p.currency),
                        Money(r.amount_minor if r else 0, p.currency),
                        Money(r.bonus_minor if r else 0, p.currency),
                    )
                )
        headers: tuple[str, ...] = (
            translate("ReportsView", "Project"),
            translate("ReportsView", "Member"),
            translate("ReportsView", "Stakes bought"),
            translate("ReportsView", "Paid"),
            translate("ReportsView", "Repaid"),
            translate("ReportsView", "Of which bonus"),
        )
        return Table("stakeholders", title, headers, tuple(rows))
    rows_ = tuple((p.title, len(p.stakeholders), len(p.repaid)) for p in report.projects)
    headers = (
        translate("ReportsView", "Project"),
        translate("ReportsView", "Members who bought stakes"),
        translate("ReportsView", "Members repaid"),
    )
    return Table(
        "stakeholders", title, headers, rows_, translate("ReportsView", "Only as totals: no one is named.")
    )


def _circles(report: PeriodReport, disclosure: Disclosure, choices: Choices) -> Table:
    title = translate("ReportsView", "Lending circle rounds")
    if disclosure is Disclosure.PUBLIC:
        named = effective(choices, "circle_members") is Disclosure.PUBLIC
        headers: tuple[str, ...] = (
            translate("ReportsView", "Circle"),
            translate("ReportsView", "Round"),
            translate("ReportsView", "Due"),
            translate("ReportsView", "Pot"),
            translate("ReportsView", "Paid in"),
            translate("ReportsView", "Complete"),
        )
        if named:
            headers += (translate("ReportsView", "Receives the pot"), translate("ReportsView", "Who paid in"))
        rows = []
        for r in report.circle_rounds:
            paid_in = translate("ReportsView", "{paid} of {members}").format(
                paid=len(r.paid_in),
                members=r.members - 1,  # the recipient pays nothing into their round
            )
            row: tuple[Cell, ...] = (r.name, r.index + 1, r.date, Money(r.pot_minor, r.currency), paid_in)
            row += (translate("ReportsView", "yes") if r.paid_out else translate("ReportsView", "not yet"),)
            if named:
                row += (_name(report, r.recipient), _names(report, r.paid_in))
            rows.append(row)
        return Table("circles", title, headers, tuple(rows))
    sums: dict[str, list[int]] = {}
    for r in report.circle_rounds:
        acc = sums.setdefault(r.currency, [0, 0, 0])
        acc[0] += 1
        acc[1] += int(r.paid_out)
        acc[2] += r.pot_minor if r.paid_out else 0
    rows_ = tuple((n, paid, Money(pots, c)) for c, (n, paid, pots) in sorted(sums.items()))
    return Table(
        "circles",
        title,
        (
            translate("ReportsView", "Rounds due"),
            translate("ReportsView", "Rounds complete"),
            translate("ReportsView", "Received in complete rounds"),
        ),
        rows_,
    )


def _result(d: Decision) -> str:
    if d.status is VoteStatus.OPEN:
        return translate("ReportsView", "voting open")
    if d.status is VoteStatus.PASSED:
        return (
            translate("ReportsView", "passed, paid out") if d.paid_out else translate("ReportsView", "passed")
        )
    return translate("ReportsView", "not passed")


def _decisions(report: PeriodReport, disclosure: Disclosure, choices: Choices) -> Table:
    title = translate("ReportsView", "Purse decisions")
    if disclosure is Disclosure.PUBLIC:
        named = effective(choices, "voters") is Disclosure.PUBLIC
        headers: tuple[str, ...] = (
            translate("ReportsView", "Proposal"),
            translate("ReportsView", "Amount"),
            translate("ReportsView", "Voting closed"),
            translate("ReportsView", "Result"),
        )
        headers += (
            translate("ReportsView", "Yes"),
            translate("ReportsView", "No"),
            translate("ReportsView", "Abstain"),
            translate("ReportsView", "Turnout"),
        )
        if named:
            headers += (translate("ReportsView", "Voted yes"), translate("ReportsView", "Abstained"))
        rows = []
        for d in report.decisions:
            turnout = translate("ReportsView", "{turnout} of {voters} ({percent} %)").format(
                turnout=d.turnout,
                voters=d.voters,
                percent=round(100 * d.turnout / d.voters) if d.voters else 0,
            )
            row: tuple[Cell, ...] = (
                d.title,
                Money(d.amount_minor, d.currency),
                d.deadline.astimezone().date(),
            )
            row += (_result(d), d.yes, d.no, d.abstain, turnout)
            if named:
                row += (_names(report, d.voted_yes), _names(report, d.abstained))
            rows.append(row)
        return Table("decisions", title, headers, tuple(rows))
    passed = [d for d in report.decisions if d.status is VoteStatus.PASSED]
    return Table(
        "decisions",
        title,
        (translate("ReportsView", "Decisions"), translate("ReportsView", "Passed")),
        ((len(report.decisions), len(passed)),),
    )


def _hours(report: PeriodReport, _d: Disclosure, _c: Choices) -> Table:
    h = report.hours
    return Table(
        "hours",
        translate("ReportsView", "Hours (time credits)"),
        (translate("ReportsView", "Transfers"), translate("ReportsView", "Time given")),
        ((h.transfers, Minutes(h.minutes)),),
    )


def _hours_members(report: PeriodReport, disclosure: Disclosure, _c: Choices) -> Table:
    title = translate("ReportsView", "Hours each member gave and received")
    h = report.hours
    if disclosure is Disclosure.PUBLIC:
        members = sorted({*h.given, *h.received}, key=lambda m: _name(report, m).casefold())
        rows = tuple(
            (_name(report, m), Minutes(h.given.get(m, 0)), Minutes(h.received.get(m, 0))) for m in members
        )
        return Table(
            "hours_members",
            title,
            (
                translate("ReportsView", "Member"),
                translate("ReportsView", "Gave"),
                translate("ReportsView", "Received"),
            ),
            rows,
        )
    row = (len(h.given), len(h.received))
    note = translate("ReportsView", "Only as totals: no one is named.")
    return Table(
        "hours_members",
        title,
        (translate("ReportsView", "Members who gave"), translate("ReportsView", "Members who received")),
        (row,),
        note,
    )


def _progress(report: PeriodReport, disclosure: Disclosure, choices: Choices) -> Table:
    title = translate("ReportsView", "Progress toward each target")
    if disclosure is Disclosure.PUBLIC:
        named = effective(choices, "verifiers") is Disclosure.PUBLIC
        headers: tuple[str, ...] = (
            translate("ReportsView", "Project"),
            translate("ReportsView", "Measure"),
            translate("ReportsView", "Progress"),
            translate("ReportsView", "Target"),
            translate("ReportsView", "Share of target"),
            translate("ReportsView", "Confirmed"),
        )
        if named:
            headers += (translate("ReportsView", "Confirmed by"),)
        rows = []
        for t in report.progress:
            confirmed = translate("ReportsView", "yes") if t.confirmed else translate("ReportsView", "no")
            if t.verifiers:
                confirmed += " " + translate(
                    "ReportsView", "({confirmed} of {needed} verifiers needed)"
                ).format(confirmed=len(t.confirmed_by), needed=t.verifiers_needed)
            row: tuple[Cell, ...] = (
                t.title,
                f"{t.metric} ({t.unit})",
                t.progress,
                t.target,
                Percent(t.percent),
                confirmed,
            )
            if named:
                row += (_names(report, t.confirmed_by),)
            rows.append(row)
        return Table("progress", title, headers, tuple(rows))
    reached = sum(1 for t in report.progress if t.reached)
    confirmed_ = sum(1 for t in report.progress if t.confirmed)
    row_ = (len(report.progress), reached, confirmed_)
    return Table(
        "progress",
        title,
        (
            translate("ReportsView", "Projects"),
            translate("ReportsView", "Targets reached"),
            translate("ReportsView", "Targets confirmed"),
        ),
        (row_,),
    )


def _pulse(report: PeriodReport, _d: Disclosure, _c: Choices) -> Table:
    row = (report.pulse.rounds, report.pulse.shown)
    return Table(
        "pulse",
        translate("ReportsView", "Wellbeing pulse"),
        (translate("ReportsView", "Rounds"), translate("ReportsView", "Results shown")),
        (row,),
    )
