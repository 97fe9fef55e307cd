"""A project's page: its target and progress toward it, money in, stakes sold of offered, who is owed what
(principal and bonus), its progress reports and its history. Money comes only from the service's
`ProjectBooks` (the ledger as every peer's rules count it), never from the raw entries; the history's entries
from its `ProjectLedger` (the newest, asked for when the page shows)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.service.values import ProjectBooks, ProjectLedger
from commons_desktop.widgets.keyed_rows import MEASURED_ROWS
from commons_desktop.widgets.screen_layout import named, styled_label
from commons_desktop.widgets.table_fill import filling
from sync.community import CommunityView, EntryKind, Project, ProjectStatus
from sync.community.finances import RepaymentDue
from sync.community.ledger import format_amount

__all__ = ["ProjectPage", "shown_status", "status_text"]

_STATUS = {
    ProjectStatus.PROPOSED: QT_TRANSLATE_NOOP("ProjectPage", "Proposed"),
    ProjectStatus.FUNDING: QT_TRANSLATE_NOOP("ProjectPage", "Funding"),
    ProjectStatus.ACTIVE: QT_TRANSLATE_NOOP("ProjectPage", "Active"),
    ProjectStatus.TARGET_MET: QT_TRANSLATE_NOOP("ProjectPage", "Target met"),
    ProjectStatus.REPAID: QT_TRANSLATE_NOOP("ProjectPage", "Repaid"),
    ProjectStatus.CLOSED: QT_TRANSLATE_NOOP("ProjectPage", "Closed"),
}


def status_text(status: ProjectStatus) -> str:
    """The project's status in the person's language."""
    return QCoreApplication.translate("ProjectPage", str(_STATUS[status]))


_ORDER = tuple(ProjectStatus)  # proposed → funding → active → target met → repaid → closed


def shown_status(project: Project, books: ProjectBooks | None) -> ProjectStatus:
    """The status to show: the one recorded, or further along where the checked ledger says so. Nothing writes
    the recorded status as stakes are sold, verifiers sign and stakeholders are repaid, so on its own it would
    say "Proposed" for a project that is funded, confirmed and repaid."""
    if books is None:
        return project.status
    if (
        books.target_confirmed
        and books.repayments
        and all(d.outstanding_minor == 0 for d in books.repayments)
    ):
        counted = ProjectStatus.REPAID
    elif books.target_confirmed:
        counted = ProjectStatus.TARGET_MET
    elif books.stakes_sold >= project.stakes_offered:
        counted = ProjectStatus.ACTIVE
    elif books.stakes_sold:
        counted = ProjectStatus.FUNDING
    else:
        counted = ProjectStatus.PROPOSED
    return max(project.status, counted, key=_ORDER.index)


class ProjectPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = styled_label("", "muted", wrap=True)
        self.goal = QLabel()
        self.goal.setWordWrap(True)
        self.progress = QProgressBar()
        named(self.progress, self.tr("Progress toward the target"), self.tr("The latest report of progress"))
        self.money = QLabel()
        self.money.setWordWrap(True)
        named(self.money, self.tr("Money"), self.tr("Money in, stakes sold and repaid"))
        self.terms = styled_label("", "muted", wrap=True)
        self.target = QLabel()
        self.target.setWordWrap(True)
        named(
            self.target, self.tr("Target confirmed"), self.tr("Which named verifiers have signed the target")
        )
        self.owed = QTableWidget(0, 6)
        self.owed.setHorizontalHeaderLabels(
            [
                self.tr("Stakeholder"),
                self.tr("Stakes"),
                self.tr("Principal"),
                self.tr("Bonus"),
                self.tr("Repaid"),
                self.tr("Still owed"),
            ]
        )
        self.owed.verticalHeader().hide()
        self.owed.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.owed.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.owed.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
        self.owed.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        named(
            self.owed, self.tr("Who is owed what"), self.tr("Each stakeholder's principal, bonus and repaid")
        )
        self.reports = QListWidget()
        named(
            self.reports, self.tr("Progress reports"), self.tr("The project's progress reports, newest first")
        )
        self.history = QListWidget()
        named(self.history, self.tr("History"), self.tr("What happened to the project, newest first"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.owed, self.tr("Who is owed what"))
        self.tabs.addTab(self.reports, self.tr("Progress reports"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.setUsesScrollButtons(False)
        named(self.tabs, self.tr("Project details"), self.tr("Repayments, progress reports and history"))
        for arrow in self.tabs.tabBar().findChildren(QToolButton):
            named(arrow, self.tr("Scroll tabs"), self.tr("Show more tabs"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.goal, self.progress, self.target, self.money, self.terms):
            layout.addWidget(widget)
        layout.addWidget(self.tabs, 1)
        self.show_project(None, None, None, None)

    def show_project(
        self,
        view: CommunityView | None,
        project: Project | None,
        books: ProjectBooks | None,
        history: ProjectLedger | None,
    ) -> None:
        self.setEnabled(project is not None)
        if view is None or project is None:
            self.heading.setText(self.tr("Choose a project to see its page."))
            for label in (self.goal, self.money, self.terms, self.target):
                label.clear()
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.owed.setRowCount(0)
            self.reports.clear()
            self.history.clear()
            self._name_history_tab(None)
            return
        names = {m: r.name for m, r in view.members.items()}
        self._show_heading(view, project, books, names)
        self.goal.setText(project.goal)
        self.progress.setRange(0, project.target_value)
        self.progress.setValue(min(project.progress, project.target_value))
        self.progress.setFormat(
            self.tr("{done} of {target} {unit} ({percent} %)").format(
                done=project.progress,
                target=project.target_value,
                unit=project.unit,
                percent=project.progress * 100 // project.target_value,
            )
        )
        self.terms.setText(
            self.tr("{price} a stake · {bonus} % bonus once the target is met · repay by {day}").format(
                price=format_amount(project.stake_price_minor, project.currency),
                bonus=project.bonus_percent,
                day=project.repay_by.isoformat(),
            )
        )
        self._show_money(project, books)
        self._show_target(project, books, names)
        self._show_owed(project, books, names)
        self._show_reports(project, names)
        self._show_history(project, history, names)

    def _show_heading(
        self, view: CommunityView, project: Project, books: ProjectBooks | None, names: dict[str, str]
    ) -> None:
        needs = [view.needs_offers[n] for n in project.need_ids if n in view.needs_offers]
        text = self.tr("{status} · started by {steward} on {day}").format(
            status=status_text(shown_status(project, books)),
            steward=names.get(project.author, self.tr("a former member")),
            day=project.created_at.date().isoformat(),
        )
        if needs:
            text += " · " + self.tr("answers: {need}").format(
                need="; ".join(n.description.splitlines()[0] for n in needs if n.description)
            )
        self.heading.setText(text)

    def _show_money(self, project: Project, books: ProjectBooks | None) -> None:
        if books is None:
            self.money.setText(self.tr("Counting the ledger…"))
            return
        text = self.tr("Money in: {money} · {sold} of {offered} stakes sold · repaid: {repaid}").format(
            money=format_amount(books.money_in_minor, project.currency),
            sold=books.stakes_sold,
            offered=project.stakes_offered,
            repaid=format_amount(books.repaid_minor, project.currency),
        )
        if books.set_aside:
            text += "\n" + self.tr(
                "%n entry(ies) about this project are not counted: see Needs review.",
                "",
                books.set_aside,
            )
        self.money.setText(text)

    def _show_target(self, project: Project, books: ProjectBooks | None, names: dict[str, str]) -> None:
        if not project.verifiers:
            self.target.setText(
                self.tr("No verifiers named: the target counts as met once a report shows it.")
            )
            return
        confirmed = books.confirmed_by if books is not None else ()
        who = ", ".join(
            names.get(v, self.tr("a former member")) + (" ✓" if v in confirmed else "")
            for v in project.verifiers
        )
        if books is not None and books.target_confirmed:
            text = self.tr("Target confirmed by {count} of the {needed} verifiers needed: {who}")
        else:
            text = self.tr(
                "Target not yet confirmed: {count} of the {needed} verifiers needed have signed ({who})"
            )
        self.target.setText(text.format(count=len(confirmed), needed=project.verifiers_needed, who=who))

    def _show_owed(self, project: Project, books: ProjectBooks | None, names: dict[str, str]) -> None:
        rows = books.repayments if books is not None else ()
        with filling(self.owed):  # its columns fit their contents: measured once, not after every cell
            self.owed.setRowCount(len(rows))
            for r, due in enumerate(rows):
                self._owed_row(r, due, project, books, names)

    def _owed_row(
        self, r: int, due: RepaymentDue, project: Project, books: ProjectBooks | None, names: dict[str, str]
    ) -> None:
        outstanding = format_amount(due.outstanding_minor, project.currency)
        if due.overdue:
            outstanding = self.tr("{amount} (past the repay-by day)").format(amount=outstanding)
        bonus = (
            format_amount(due.bonus_minor, project.currency)
            if books is not None and books.target_confirmed
            else self.tr("once the target is confirmed")
        )
        cells = (
            names.get(due.member_id, self.tr("a former member")),
            str(due.stakes),
            format_amount(due.principal_minor, project.currency),
            bonus,
            format_amount(due.repaid_minor, project.currency),
            outstanding,
        )
        for c, text in enumerate(cells):
            self.owed.setItem(r, c, QTableWidgetItem(text))

    def _show_reports(self, project: Project, names: dict[str, str]) -> None:
        self.reports.clear()
        for report in sorted(project.reports, key=lambda r: (r.reported_at, r.id), reverse=True):
            line = self.tr("{day}: {value} {unit}, reported by {name}").format(
                day=report.reported_at.date().isoformat(),
                value=report.value,
                unit=project.unit,
                name=names.get(report.author, self.tr("a former member")),
            )
            self.reports.addItem(f"{line} — {report.note}" if report.note else line)

    def _show_history(self, project: Project, ledger: ProjectLedger | None, names: dict[str, str]) -> None:
        events: list[tuple[dt.datetime, str]] = [
            (project.created_at, self.tr("Started by {name}").format(name=names.get(project.author, "?")))
        ]
        events += [
            (r.reported_at, self.tr("Progress: {value} {unit}").format(value=r.value, unit=project.unit))
            for r in project.reports
        ]
        for entry in ledger.entries if ledger is not None else ():
            amount = format_amount(entry.amount_minor, entry.unit)
            who = names.get(entry.author, self.tr("a former member"))
            if entry.kind is EntryKind.STAKE_BOUGHT:
                stakes = entry.amount_minor // project.stake_price_minor
                text = self.tr("{name} bought %n stake(s) for {amount}", "", stakes).format(
                    name=who, amount=amount
                )
            elif entry.kind is EntryKind.TARGET_CONFIRMED:
                text = self.tr("{name} confirmed the target: {value} {unit} — “{note}”").format(
                    name=who, value=entry.amount_minor, unit=project.unit, note=entry.memo
                )
            else:
                other = names.get(entry.counterparty, self.tr("a former member"))
                text = self.tr("{name} repaid {other} {amount}").format(name=who, other=other, amount=amount)
            events.append((entry.at, text))
        self.history.clear()
        self.history.addItems(
            [
                f"{at.date().isoformat()}  {text}"
                for at, text in sorted(events, key=lambda e: e[0], reverse=True)
            ]
        )
        self._name_history_tab(ledger)

    def _name_history_tab(self, ledger: ProjectLedger | None) -> None:
        """The tab says when the list holds only the newest of the project's entries."""
        index = self.tabs.indexOf(self.history)
        if ledger is None or ledger.total <= len(ledger.entries):
            self.tabs.setTabText(index, self.tr("History"))
            return
        self.tabs.setTabText(
            index,
            self.tr("History (the newest {shown} of {total})").format(
                shown=len(ledger.entries), total=ledger.total
            ),
        )
