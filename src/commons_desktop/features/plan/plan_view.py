"""The Plan screen: the plan's sections and goals on the left (crisis plan grouped), the chosen one on the right,
and a printable crisis plan."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.features.plan.crisis_pdf import print_crisis_plan_button
from commons_desktop.features.plan.goals_panel import GoalsPanel
from commons_desktop.features.plan.plan_section_panel import PlanSectionPanel
from commons_desktop.features.plan.plan_text_panel import PlanTextPanel
from commons_desktop.labels import crisis_plan_heading, section_short_title
from commons_desktop.ops import describe_error
from commons_desktop.screen import ScreenContext
from commons_desktop.widgets.screen_layout import lay_out_screen
from store import PlanItem, PlanSection, ProfileSession

_SECTION_ROLE = Qt.ItemDataRole.UserRole
GOALS = "goals"  # the tree row that shows the goals instead of a section
Plan = dict[PlanSection, list[PlanItem]]


def _whole_plan(session: ProfileSession) -> Plan:
    return session.plan.by_section()


class PlanView(QWidget):
    sig_plan_loaded = Signal()

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner = context.runner
        # emits sig_plan_changed after any add, edit, remove or undo reached the store
        self._events = context.events
        self._plan: Plan = {}
        self.tree = QTreeWidget()
        self.tree.setObjectName("sections")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(14)
        self.tree.setAccessibleName(self.tr("Plan sections"))
        self.tree.setToolTip(self.tr("Choose a section of your plan; the number is how many items it has"))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._section_items: dict[PlanSection, QTreeWidgetItem] = {}
        self._goals_item = self._build_tree()
        self.panel = PlanSectionPanel()
        self.text_panel = PlanTextPanel()
        self.goals_panel = GoalsPanel(runner)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.panel)
        self.stack.addWidget(self.text_panel)
        self.stack.addWidget(self.goals_panel)
        self.print_button = print_crisis_plan_button(runner, self)

        body = QHBoxLayout()
        body.setSpacing(20)
        privacy = QLabel(
            self.tr(
                "Your plan is encrypted on this computer. Nobody else can read it unless you show it to them."
            )
        )
        privacy.setObjectName("muted")
        privacy.setWordWrap(True)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.tree)
        left.addWidget(privacy)
        left.addWidget(self.print_button)
        left.addStretch(1)
        left_panel = QWidget()
        left_panel.setLayout(left)
        left_panel.setFixedWidth(280)
        left.setContentsMargins(0, 0, 0, 0)
        body.addWidget(left_panel)
        body.addWidget(self.stack, 1)
        lay_out_screen(
            self,
            self.tr("My plan"),
            self.tr("What keeps me well, what to watch for, and what others can do in a crisis."),
            body,
        )

        self.tree.currentItemChanged.connect(self._section_chosen)
        self.panel.sig_add_requested.connect(self._add)
        self.panel.sig_remove_requested.connect(self._remove)
        self.panel.model.sig_edit_requested.connect(self._edit)
        self.text_panel.sig_save_requested.connect(self._write_text)
        self.goals_panel.sig_goals_changed.connect(self._events.sig_plan_changed)
        self.setTabOrder(self.tree, self.panel.table)
        self.select_section(PlanSection.TOOLBOX)

    # -- what the workspace calls ---------------------------------------------------------------

    def load(self) -> None:
        self._runner.with_session(_whole_plan, self._show_plan, self._failed, owner=self)
        self.goals_panel.load()

    def clear(self) -> None:
        """Forget every item (on lock): nothing personal stays in the widgets."""
        self._plan = {}
        self.panel.clear()
        self.text_panel.clear()
        self.goals_panel.clear()
        self._refresh_counts()
        self.select_section(PlanSection.TOOLBOX)

    def select_section(self, section: PlanSection) -> None:
        self.tree.setCurrentItem(self._section_items[section])

    def show_goals(self) -> None:
        self.tree.setCurrentItem(self._goals_item)

    def items(self, section: PlanSection) -> list[PlanItem]:
        return list(self._plan.get(section, []))

    # -- ops ------------------------------------------------------------------------------------

    def _add(self, section: PlanSection, text: str, response: str) -> None:
        def work(session: ProfileSession) -> tuple[PlanItem, Plan]:
            return session.plan.add(section, text, response), session.plan.by_section()

        def done(result: tuple[PlanItem, Plan]) -> None:
            item, plan = result
            self.panel.added()
            self._show_plan(plan, select=item.id)
            self._events.sig_plan_changed.emit()

        self.panel.hide_error()
        self._runner.with_session(work, done, self._failed, owner=self)

    def _edit(self, item_id: str, text: str, response: str) -> None:
        def work(session: ProfileSession) -> tuple[PlanItem, Plan]:
            return session.plan.update(item_id, text, response), session.plan.by_section()

        def done(result: tuple[PlanItem, Plan]) -> None:
            self.panel.hide_error()
            self._show_plan(result[1], select=result[0].id)
            self._events.sig_plan_changed.emit()

        self._runner.with_session(work, done, self._failed, owner=self)

    def _write_text(self, section: PlanSection, text: str) -> None:
        def work(session: ProfileSession) -> Plan:
            session.plan.write_text(section, text)
            return session.plan.by_section()

        def done(plan: Plan) -> None:
            self._show_plan(plan)
            self.text_panel.saved()
            self._events.sig_plan_changed.emit()

        def failed(error: BaseException) -> None:
            self.text_panel.show_error(describe_error(error))

        self._runner.with_session(work, done, failed, owner=self)

    def _remove(self, item_id: str) -> None:
        def work(session: ProfileSession) -> tuple[PlanItem, Plan]:
            return session.plan.remove(item_id), session.plan.by_section()

        def done(result: tuple[PlanItem, Plan]) -> None:
            removed, plan = result
            self._show_plan(plan)
            self.panel.undo_bar.offer(self.tr("Item removed."), lambda: self._restore(removed))
            self._events.sig_plan_changed.emit()

        self._runner.with_session(work, done, self._failed, owner=self)

    def _restore(self, item: PlanItem) -> None:
        def work(session: ProfileSession) -> Plan:
            session.plan.restore(item)
            return session.plan.by_section()

        def done(plan: Plan) -> None:
            self.select_section(item.section)
            self._show_plan(plan, select=item.id)
            self._events.sig_plan_changed.emit()

        self._runner.with_session(work, done, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.panel.show_error(describe_error(error))

    # -- rendering ------------------------------------------------------------------------------

    def _show_plan(self, plan: Plan, select: str | None = None) -> None:
        self._plan = plan
        section = self.panel.section or PlanSection.TOOLBOX
        self.panel.show_section(section, self._plan.get(section, []), select=select)
        if self.text_panel.section is not None:
            self.text_panel.show_section(self.text_panel.section, self._plan.get(self.text_panel.section, []))
        self._refresh_counts()
        self.sig_plan_loaded.emit()

    def _section_chosen(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        section = current.data(0, _SECTION_ROLE) if current is not None else None
        if isinstance(section, PlanSection) and section.is_free_text:
            self.stack.setCurrentWidget(self.text_panel)
            self.text_panel.show_section(section, self._plan.get(section, []))
        elif isinstance(section, PlanSection):
            self.stack.setCurrentWidget(self.panel)
            self.panel.show_section(section, self._plan.get(section, []))
        elif section == GOALS:
            self.stack.setCurrentWidget(self.goals_panel)

    def _refresh_counts(self) -> None:
        for section, tree_item in self._section_items.items():
            count = len(self._plan.get(section, []))
            if section.is_free_text:
                tree_item.setText(1, "✓" if count else "")
                described = self.tr("Written") if count else self.tr("Not written yet")
            else:
                tree_item.setText(1, str(count) if count else "")
                described = self.tr("%n item(s)", "", count)
            tree_item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, described)

    def _build_tree(self) -> QTreeWidgetItem:
        """The sections, the crisis plan's under its heading, then "Goals" (returned)."""
        crisis: QTreeWidgetItem | None = None
        for section in PlanSection:
            if section.is_crisis_plan:
                if crisis is None:
                    crisis = QTreeWidgetItem(self.tree, [crisis_plan_heading(), ""])
                    font = QFont(crisis.font(0))
                    font.setBold(True)
                    crisis.setFont(0, font)
                    crisis.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    crisis.setExpanded(True)
                item = QTreeWidgetItem(crisis, [section_short_title(section), ""])
            else:
                item = QTreeWidgetItem(self.tree, [section_short_title(section), ""])
            item.setData(0, _SECTION_ROLE, section)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._section_items[section] = item
        goals = QTreeWidgetItem(self.tree, [self.tr("Goals"), ""])
        goals.setData(0, _SECTION_ROLE, GOALS)
        self.tree.expandAll()
        self._fit_tree_height()
        return goals

    def _fit_tree_height(self) -> None:
        """Exactly as tall as its rows: the list of sections never scrolls and leaves no empty box."""
        self.tree.ensurePolished()
        rows = len(self._section_items) + 2  # the sections, the "Crisis plan" heading and "Goals"
        row_height = max(self.tree.sizeHintForRow(0), self.fontMetrics().height() + 8)
        self.tree.setFixedHeight(rows * row_height + 2 * self.tree.frameWidth() + 4)
