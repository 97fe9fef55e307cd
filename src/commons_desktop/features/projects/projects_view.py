"""The Projects screen: a community's projects (progress toward the target, money in, status) and the chosen
project's page; New project…, Buy stakes…, Add progress report… and Record a repayment….

It reads the community's `CommunityState` for the projects themselves, and asks the service for their money
(`project_accounts`: the ledger as every peer's rules count it, signatures checked, a summary per project)
whenever the ledger or the projects change, and for the chosen project's history (`project_history`, its newest
entries) when its page shows and after each such count. Stakes and repayments are signed ledger entries the
service writes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.community_state import CommunityState
from commons_desktop.features.projects.project_forms import (
    BuyStakesForm,
    ConfirmForm,
    Done,
    Failed,
    NewProjectForm,
    ProgressForm,
    ProjectDraft,
    RepaymentForm,
)
from commons_desktop.features.projects.project_page import ProjectPage, shown_status, status_text
from commons_desktop.screen import ScreenContext
from commons_desktop.service.values import ProjectBooks, ProjectLedger
from commons_desktop.widgets.community_picker import CommunityPicker, not_showing
from commons_desktop.widgets.keyed_rows import MEASURED_ROWS
from commons_desktop.widgets.screen_layout import lay_out_screen, named, styled_label
from sync.community import Project, ProjectStatus, Side
from sync.community.ledger import format_amount

__all__ = ["ProjectsView"]

_ID = Qt.ItemDataRole.UserRole


class ProjectsView(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = context.sync
        self._state: CommunityState | None = None
        self._stale = True
        self._books_stale = True  # the books were not asked for since the last change (the screen was hidden)
        self.books: dict[str, ProjectBooks] = {}  # project id → its money, as last counted
        self.history: ProjectLedger | None = None  # the chosen project's newest entries, as last asked
        self._counted = 0  # the books' answers so far: the chosen project's history is asked again after each
        self._history_asked: tuple[str, int] | None = None  # (project id, _counted) it was last asked at
        self.dialog: QWidget | None = None  # the open form, if any
        self._select_next: str | None = None  # a project just proposed: chosen once it is here
        self.community_choice = CommunityPicker(self._sync, self.tr("Which community's projects to show"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Project"), self.tr("Status"), self.tr("Progress"), self.tr("Money in")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        named(
            self.table, self.tr("Projects"), self.tr("The community's projects; choose one to see its page")
        )
        self.page = ProjectPage()
        self.new_button = QPushButton(self.tr("New project…"))
        named(
            self.new_button, self.tr("New project"), self.tr("Propose a project with a social-benefit target")
        )
        self.buy_button = QPushButton(self.tr("Buy stakes…"))
        named(self.buy_button, self.tr("Buy stakes"), self.tr("Buy stakes in the chosen project"))
        self.report_button = QPushButton(self.tr("Add progress report…"))
        named(
            self.report_button,
            self.tr("Add progress report"),
            self.tr("Say how far the chosen project has come"),
        )
        self.repay_button = QPushButton(self.tr("Record a repayment…"))
        named(
            self.repay_button,
            self.tr("Record a repayment"),
            self.tr("As the project's steward, record what you paid back to a stakeholder"),
        )
        self.confirm_button = QPushButton(self.tr("Confirm the target…"))
        named(
            self.confirm_button,
            self.tr("Confirm the target"),
            self.tr("As one of the project's verifiers, sign that it has met its target"),
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        named(self.status, self.tr("Status"), self.tr("What happened last"))
        self.count = styled_label("", "muted")
        top = QHBoxLayout()
        top.addWidget(self.community_choice)
        top.addWidget(self.count, 1)
        top.addWidget(self.new_button)
        actions = QHBoxLayout()
        for button in (self.buy_button, self.report_button, self.confirm_button, self.repay_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.page, 1)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([460, 560])
        body = QVBoxLayout()
        body.addLayout(top)
        body.addWidget(split, 1)
        body.addWidget(self.status)
        lay_out_screen(
            self,
            self.tr("Projects"),
            self.tr(
                "Neighbours fund projects by buying stakes, and are repaid — with a bonus once the project"
                " has met its target."
            ),
            body,
        )
        self.community_choice.sig_chosen.connect(self._set_state)
        self.table.itemSelectionChanged.connect(self._show_page)
        self.new_button.clicked.connect(self.open_new_project)
        self.buy_button.clicked.connect(self.open_buy_stakes)
        self.report_button.clicked.connect(self.open_progress_report)
        self.repay_button.clicked.connect(self.open_repayment)
        self.confirm_button.clicked.connect(self.open_confirmation)
        self._show()

    # -- the screen protocol --

    def load(self) -> None:
        self.community_choice.reload()

    def clear(self) -> None:
        self.community_choice.forget()
        self.books = {}
        self._forget_history()
        self.status.clear()

    # -- what others (and tests) call --

    def selected_project(self) -> Project | None:
        rows = self.table.selectionModel().selectedRows()
        key = self._key_at(rows[0].row()) if rows else None
        return self._state.projects.get(key) if self._state is not None and isinstance(key, str) else None

    def select_project(self, project_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self._key_at(row) == project_id:
                self.table.selectRow(row)
                return

    def _key_at(self, row: int) -> object:
        item = self.table.item(row, 0)
        return item.data(_ID) if item is not None else None

    # -- showing --

    def _set_state(self, state: CommunityState | None) -> None:
        if state is self._state:
            return
        if self._state is not None:
            for signal in self._signals(self._state):
                signal.disconnect(self._changed)
        self._state = state
        self.books = {}
        self._forget_history()
        if state is not None:
            for signal in self._signals(state):
                signal.connect(self._changed)
        self._changed()

    @staticmethod
    def _signals(state: CommunityState) -> tuple:  # type: ignore[type-arg]
        return (
            state.sig_loaded,
            state.sig_projects_changed,
            state.sig_projects_removed,
            state.sig_ledger_changed,
            state.sig_members_changed,
        )

    def _changed(self, *_args: object) -> None:
        self._count_books()
        self._show()

    def _count_books(self) -> None:
        """Ask the service for every project's money; the page shows it when the answer comes. Only while the
        screen shows: every project's books cost the service a look at the whole ledger, and a hidden screen
        asking after every change of a busy community kept it from answering the screen in front."""
        self._books_stale = not self.isVisible()
        if self._books_stale:
            return
        space = self.community_choice.space
        if self._sync is None or not self._sync.running or space is None or self._state is None:
            return
        self._sync.project_accounts(
            space, on_done=lambda books: self._got_books(space, books), on_failed=self._failed, owner=self
        )

    def _got_books(self, space: str, books: tuple[ProjectBooks, ...]) -> None:
        if space != self.community_choice.space:
            return  # an answer about a community no longer shown
        self.books = {b.project: b for b in books}
        self._counted += 1
        self._show()

    def _forget_history(self) -> None:
        self.history = None
        self._history_asked = None

    def _ask_history(self, project: Project) -> None:
        """Ask for the chosen project's history once per count of the books: the list's summary leaves the
        entries out, so only the page shown waits for its own (at most HISTORY_SHOWN, newest first)."""
        space = self.community_choice.space
        asked = (project.id, self._counted)
        if self._history_asked == asked or self._sync is None or not self._sync.running or space is None:
            return
        self._history_asked = asked
        self._sync.project_history(
            space,
            project.id,
            on_done=lambda ledger: self._got_history(space, ledger),
            on_failed=self._failed,
            owner=self,
        )

    def _got_history(self, space: str, ledger: ProjectLedger) -> None:
        chosen = self.selected_project()
        if space != self.community_choice.space or chosen is None or chosen.id != ledger.project:
            return  # an answer about a page no longer shown
        self.history = ledger
        self._show_page()

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        if self._books_stale:
            self._count_books()
        if self._stale:
            self._show()

    def _show(self) -> None:
        self._stale = not self.isVisible()
        if self._stale:
            return
        chosen = self.selected_project()
        projects = sorted(
            self._state.projects.values() if self._state is not None else (),
            key=lambda p: (p.title.casefold(), p.id),
        )
        self.table.blockSignals(True)
        self.table.setRowCount(len(projects))
        for row, project in enumerate(projects):
            for column, text in enumerate(self._cells(project)):
                item = QTableWidgetItem(text)
                item.setData(_ID, project.id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        if self._state is not None and self._select_next in self._state.projects:
            self.select_project(self._select_next)
            self._select_next = None
        elif chosen is not None:
            self.select_project(chosen.id)
        self.count.setText(self._count_text())
        self.new_button.setEnabled(self._may_write())
        self._show_page()

    def _count_text(self) -> str:
        if (absent := not_showing(self._sync, self._state)) or self._state is None:
            return absent
        return self.tr("%n project(s)", "", len(self._state.projects))

    def _cells(self, project: Project) -> tuple[str, str, str, str]:
        books = self.books.get(project.id)
        money = format_amount(books.money_in_minor, project.currency) if books is not None else "…"
        progress = self.tr("{done} of {target} {unit}").format(
            done=project.progress, target=project.target_value, unit=project.unit
        )
        return project.title, status_text(shown_status(project, books)), progress, money

    def _show_page(self) -> None:
        project = self.selected_project()
        view = self._state.view() if self._state is not None and project is not None else None
        books = self.books.get(project.id) if project is not None else None
        if project is not None:
            self._ask_history(project)
        shown = self.history is not None and project is not None and self.history.project == project.id
        self.page.show_project(view, project, books, self.history if shown else None)
        writable = self._may_write() and project is not None
        summary = self.community_choice.summary
        left = project.stakes_offered - books.stakes_sold if project is not None and books is not None else 0
        settled = project is not None and project.status in (ProjectStatus.REPAID, ProjectStatus.CLOSED)
        self.buy_button.setEnabled(writable and left > 0 and not settled)
        self.report_button.setEnabled(writable)
        me = summary.member_id if summary is not None else None
        self.repay_button.setEnabled(writable and project is not None and me == project.author)
        self.confirm_button.setEnabled(
            writable
            and project is not None
            and books is not None
            and me in project.verifiers
            and me not in books.confirmed_by
        )

    def _may_write(self) -> bool:
        summary = self.community_choice.summary
        return (
            self._state is not None
            and self._sync is not None
            and self._sync.running
            and summary is not None
            and not summary.removed
        )

    def _failed(self, reason: str) -> None:
        self.status.setText(reason)

    # -- the forms --

    def _open(self, form: QWidget) -> None:
        self.dialog = form
        form.show()

    def open_new_project(self) -> None:
        state, space = self._state, self.community_choice.space
        if state is None or space is None:
            return
        needs = [
            (n.id, n.description.splitlines()[0][:80])
            for n in sorted(state.needs_offers.values(), key=lambda n: n.description.casefold())
            if n.side is Side.NEED and n.open and n.description
        ]
        members = sorted(((m.id, m.name) for m in state.members.values()), key=lambda m: m[1].casefold())
        currencies = [p.currency for p in state.projects.values()]
        currency = max(set(currencies), key=currencies.count) if currencies else "EUR"

        def submit(draft: ProjectDraft, ok: Done, bad: Failed) -> None:
            self._add_project(space, draft, ok, bad)

        self._open(NewProjectForm(needs, members, currency, submit, self))

    def _add_project(self, space: str, draft: ProjectDraft, ok: Done, bad: Failed) -> None:
        assert self._sync is not None
        terms = (
            draft.title, draft.goal, draft.metric, draft.unit, draft.target_value, draft.stake_price_minor,
            draft.currency, draft.stakes_offered, draft.bonus_percent, draft.repay_by, draft.verifiers,
            draft.verifiers_needed,
        )  # fmt: skip

        def done(project_id: str) -> None:
            self.status.setText(self.tr("Project proposed: {title}.").format(title=draft.title))
            self._select_next = project_id
            ok(project_id)

        if draft.need_id:
            self._sync.start_gap_project(
                space, (draft.need_id,), *terms, on_done=done, on_failed=bad, owner=self
            )
        else:
            self._sync.add_project(space, *terms, on_done=done, on_failed=bad, owner=self)

    def open_buy_stakes(self) -> None:
        project, space = self.selected_project(), self.community_choice.space
        if project is None or space is None:
            return
        books = self.books.get(project.id)
        left = project.stakes_offered - (books.stakes_sold if books is not None else 0)

        def submit(stakes: int, ok: Done, bad: Failed) -> None:
            assert self._sync is not None

            def done(_entry: object) -> None:
                self.status.setText(
                    self.tr("You bought %n stake(s) in {title}.", "", stakes).format(title=project.title)
                )
                ok(_entry)

            self._sync.buy_stakes(space, project.id, stakes, on_done=done, on_failed=bad, owner=self)

        self._open(BuyStakesForm(project, left, submit, self))

    def open_progress_report(self) -> None:
        project, space = self.selected_project(), self.community_choice.space
        if project is None or space is None:
            return

        def submit(value: int, note: str, ok: Done, bad: Failed) -> None:
            assert self._sync is not None
            self._sync.add_progress_report(
                space, project.id, value, note, on_done=ok, on_failed=bad, owner=self
            )

        self._open(ProgressForm(project, submit, self))

    def open_repayment(self) -> None:
        project, space, state = self.selected_project(), self.community_choice.space, self._state
        if project is None or space is None or state is None:
            return
        books = self.books.get(project.id)
        owed = [
            (due.member_id, state.members[due.member_id].name if due.member_id in state.members else "?",
             due.outstanding_minor)
            for due in (books.repayments if books is not None else ())
        ]  # fmt: skip

        def submit(member: str, amount: int, memo: str, ok: Done, bad: Failed) -> None:
            assert self._sync is not None
            self._sync.record_repayment(
                space, project.id, member, amount, memo, on_done=ok, on_failed=bad, owner=self
            )

        self._open(RepaymentForm(project, owed, submit, self))

    def open_confirmation(self) -> None:
        project, space = self.selected_project(), self.community_choice.space
        if project is None or space is None:
            return

        def submit(value: int, note: str, ok: Done, bad: Failed) -> None:
            assert self._sync is not None
            self._sync.confirm_target(space, project.id, value, note, on_done=ok, on_failed=bad, owner=self)

        self._open(ConfirmForm(project, submit, self))
