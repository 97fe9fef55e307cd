"""The Needs and offers screen: the list (filtered, with a form to post one, mark met and withdraw), the gaps
and overlaps by category and area, and opportunities with "Start a project for this gap".

It reads the community's `CommunityState` and writes through the `ServiceClient`'s intent commands. The
analyses (sync.community.analyses) run on the state's view only while their tab shows, once per change.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.community_state import CommunityState
from commons_desktop.features.needs.gaps_panel import GapsPanel
from commons_desktop.features.needs.labels import side_label, urgency_label
from commons_desktop.features.needs.need_form import NeedDraft, NeedForm
from commons_desktop.features.needs.needs_model import Filters, NeedsModel
from commons_desktop.features.needs.opportunities_panel import OpportunitiesPanel
from commons_desktop.features.needs.project_form import GapProjectForm, ProjectDraft
from commons_desktop.screen import ScreenContext
from commons_desktop.widgets.community_picker import CommunityPicker, community_label, not_showing
from commons_desktop.widgets.screen_layout import lay_out_screen, named, styled_label
from sync.community import (
    Gap,
    NeedOrOffer,
    Resolution,
    Side,
    Urgency,
    gaps,
    investment_opportunities,
    overlaps,
)

__all__ = ["NeedsView"]

DEFAULT_CURRENCY = "EUR"  # a gap project's currency when the community has no project to take it from


class NeedsView(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = context.sync
        self._state: CommunityState | None = None
        self._analysis_due = True
        self.model = NeedsModel(self)
        self.community_choice = CommunityPicker(
            self._service, self.tr("Which community's needs and offers to show")
        )
        self._build_filters()
        self._build_list()
        self.gaps_panel = GapsPanel()
        self.opportunities = OpportunitiesPanel()
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(False)
        for button in self.tabs.tabBar().findChildren(QToolButton):  # Qt's scroll arrows, hidden but present
            named(button, self.tr("Scroll tabs"), self.tr("Show more tabs"))
        named(self.tabs, self.tr("Views"), self.tr("The list, the gaps and overlaps, or opportunities"))
        self.tabs.addTab(self._list_page(), self.tr("Needs and offers"))
        self.tabs.addTab(self.gaps_panel, self.tr("Gaps and overlaps"))
        self.tabs.addTab(self.opportunities, self.tr("Opportunities"))
        self._analysis_timer = QTimer(self)
        self._analysis_timer.setSingleShot(True)
        self._analysis_timer.setInterval(0)
        self._analysis_timer.timeout.connect(self.refresh_analysis)

        top = QHBoxLayout()
        top.addWidget(self.community_choice)
        top.addStretch(1)
        body = QVBoxLayout()
        body.addLayout(top)
        body.addWidget(self.tabs, 1)
        lay_out_screen(
            self,
            self.tr("Needs and offers"),
            self.tr(
                "What neighbours need and offer, where nobody meets a need yet, and where a project could."
            ),
            body,
        )
        self.community_choice.sig_chosen.connect(self.show_community)
        self.tabs.currentChanged.connect(lambda _i: self._schedule_analysis())
        self.opportunities.sig_start_requested.connect(self.start_project_for)
        for signal in (self.model.modelReset, self.table.selectionModel().selectionChanged):
            signal.connect(self._show_list_state)
        self._filters_changed()  # the list starts as the filters read: open ones

    # --- building -------------------------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.side_choice = QComboBox()
        named(self.side_choice, self.tr("Needs or offers"), self.tr("Show needs, offers or both"))
        self.side_choice.addItem(self.tr("Needs and offers"), "")
        for side in Side:
            self.side_choice.addItem(side_label(side), side.value)
        self.category_choice = QComboBox()
        named(self.category_choice, self.tr("Category"), self.tr("Show one category"))
        self.area_choice = QComboBox()
        named(self.area_choice, self.tr("Area"), self.tr("Show one area"))
        self.open_choice = QComboBox()
        named(
            self.open_choice,
            self.tr("State"),
            self.tr("Show open ones, closed ones (met, withdrawn, expired) or all"),
        )
        self.open_choice.addItem(self.tr("Open"), True)
        self.open_choice.addItem(self.tr("Closed"), False)
        self.open_choice.addItem(self.tr("Open and closed"), None)
        self.urgency_choice = QComboBox()
        named(self.urgency_choice, self.tr("Urgency"), self.tr("Show one urgency"))
        self.urgency_choice.addItem(self.tr("Any urgency"), "")
        for urgency in Urgency:
            self.urgency_choice.addItem(urgency_label(urgency), urgency.value)
        for choice in (self.category_choice, self.area_choice):
            choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            choice.setMinimumContentsLength(14)
        self._fill_places()
        for choice in (
            self.side_choice,
            self.category_choice,
            self.area_choice,
            self.open_choice,
            self.urgency_choice,
        ):
            choice.currentIndexChanged.connect(self._filters_changed)

    def _build_list(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((110, 0, 120, 120, 90, 100, 90)):
            if width:
                header.resizeSection(column, width)
        named(self.table, self.tr("Needs and offers"), self.tr("The community's needs and offers"))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.table)
        self.count = styled_label("", "muted")
        self.add_button = QPushButton(self.tr("Post a need or offer…"))
        named(self.add_button, self.tr("Post a need or offer"), self.tr("Say what you need or can offer"))
        self.met_button = QPushButton(self.tr("Mark met"))
        named(self.met_button, self.tr("Mark met"), self.tr("The chosen need or offer has been met"))
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        named(self.withdraw_button, self.tr("Withdraw"), self.tr("Take back a need or offer you posted"))
        self.status = styled_label("", "muted", wrap=True)
        self.add_button.clicked.connect(self.open_form)
        self.met_button.clicked.connect(lambda: self.close_chosen(Resolution.MET))
        self.withdraw_button.clicked.connect(lambda: self.close_chosen(Resolution.WITHDRAWN))

    def _list_page(self) -> QWidget:
        filters = QHBoxLayout()
        for choice in (
            self.side_choice,
            self.category_choice,
            self.area_choice,
            self.open_choice,
            self.urgency_choice,
        ):
            filters.addWidget(choice)
        filters.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.add_button, self.met_button, self.withdraw_button):
            actions.addWidget(button)
        actions.addWidget(self.status, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(self.pages, 1)
        layout.addLayout(actions)
        return page

    # --- screen -----------------------------------------------------------------------------------------------

    def load(self) -> None:
        self.community_choice.reload()

    def clear(self) -> None:
        self.community_choice.forget()
        for choice in (
            self.side_choice,
            self.category_choice,
            self.area_choice,
            self.open_choice,
            self.urgency_choice,
        ):
            choice.setCurrentIndex(0)
        self.status.clear()

    def show_community(self, state: CommunityState | None) -> None:
        if state is not self._state:
            if self._state is not None:
                for signal in self._signals(self._state):
                    signal.disconnect(self._community_changed)
            self._state = state
            if state is not None:
                for signal in self._signals(state):
                    signal.connect(self._community_changed)
            self.model.set_state(state)
        self._community_changed()

    @staticmethod
    def _signals(state: CommunityState) -> tuple[SignalInstance, ...]:
        return (
            state.sig_loaded,
            state.sig_needs_offers_changed,
            state.sig_needs_offers_removed,
            state.sig_assets_changed,
            state.sig_assets_removed,
            state.sig_projects_changed,
            state.sig_projects_removed,
        )

    def _community_changed(self, *_ids: object) -> None:
        self._fill_places()
        self._analysis_due = True
        self._schedule_analysis()
        self._show_list_state()

    def _fill_places(self) -> None:
        items = self._state.needs_offers.values() if self._state is not None else ()
        for choice, every, values in (
            (self.category_choice, self.tr("Every category"), {n.category for n in items}),
            (self.area_choice, self.tr("Every area"), {n.area for n in items}),
        ):
            chosen = str(choice.currentData() or "")
            if [choice.itemData(i) for i in range(1, choice.count())] == sorted(values):
                continue
            choice.blockSignals(True)
            choice.clear()
            choice.addItem(every, "")
            for value in sorted(values):
                choice.addItem(value, value)
            choice.setCurrentIndex(max(0, choice.findData(chosen)))
            choice.blockSignals(False)

    def _filters_changed(self) -> None:
        side, urgency = self.side_choice.currentData(), self.urgency_choice.currentData()
        self.model.set_filters(
            Filters(
                side=Side(side) if side else None,
                category=str(self.category_choice.currentData() or ""),
                area=str(self.area_choice.currentData() or ""),
                open=self.open_choice.currentData(),
                urgency=Urgency(urgency) if urgency else None,
            )
        )

    # --- the list ---------------------------------------------------------------------------------------------

    def chosen(self) -> NeedOrOffer | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _may_withdraw(self, item: NeedOrOffer) -> bool:
        summary = self.community_choice.summary
        return summary is not None and (summary.admin or summary.member_id == item.author)

    def _show_list_state(self) -> None:
        state = self._state
        if absent := not_showing(self._service, state):
            self.empty.setText(absent)
        elif state is not None and not state.needs_offers:
            self.empty.setText(self.tr("No needs or offers yet. Post the first one."))
        showing = state is not None and state.loaded and bool(state.needs_offers)
        self.pages.setCurrentWidget(self.table if showing else self.empty)
        name = community_label(state.name, self.community_choice.summary) if state is not None else ""
        self.count.setText(
            self.tr("Showing {shown} of %n need(s) and offer(s) in {community}", "", self.model.total).format(
                shown=self.model.rowCount(), community=name
            )
        )
        self.count.setVisible(showing)
        item = self.chosen()
        self.add_button.setEnabled(state is not None and state.loaded)
        self.met_button.setEnabled(item is not None and item.open)
        self.withdraw_button.setEnabled(item is not None and item.open and self._may_withdraw(item))

    def open_form(self) -> NeedForm | None:
        if self._state is None or self._service is None:
            return None
        form = NeedForm(self._state, self._post, self)
        form.setModal(True)
        form.show()
        return form

    def _post(self, draft: NeedDraft, on_done: object, on_failed: object) -> None:
        space = self.community_choice.space
        if self._service is None or space is None:
            return
        self._service.add_need_or_offer(
            space,
            draft.side,
            draft.category,
            draft.area,
            draft.description,
            urgency=draft.urgency,
            asset_ids=draft.asset_ids,
            expires_on=draft.expires_on,
            on_done=on_done,  # type: ignore[arg-type]
            on_failed=on_failed,  # type: ignore[arg-type]
            owner=self,
        )

    def close_chosen(self, resolution: Resolution) -> None:
        item, space = self.chosen(), self.community_choice.space
        if item is None or space is None or self._service is None:
            return
        done = self.tr("Marked met.") if resolution is Resolution.MET else self.tr("Withdrawn.")
        self._service.close_need_or_offer(
            space,
            item.id,
            resolution,
            on_done=lambda _none: self.status.setText(done),
            on_failed=self.status.setText,
            owner=self,
        )

    # --- gaps, overlaps, opportunities ---------------------------------------------------------------------

    def _schedule_analysis(self) -> None:
        if self._analysis_due and self.tabs.currentIndex() != 0:
            self._analysis_timer.start()

    def refresh_analysis(self) -> None:
        """Gaps, overlaps and opportunities as of today (local date), from the state's view."""
        self._analysis_due = False
        state = self._state
        if state is None:
            self.gaps_panel.show_analysis((), ())
            self.opportunities.show_opportunities(())
            return
        view, today = state.view(), dt.date.today()
        self.gaps_panel.show_analysis(gaps(view, today), overlaps(view, today))
        self.opportunities.show_opportunities(investment_opportunities(view, today))

    def start_project_for(self, gap: Gap) -> GapProjectForm | None:
        if self._state is None:
            return None
        currencies = sorted({p.currency for p in self._state.projects.values()})
        form = GapProjectForm(gap, currencies[0] if currencies else DEFAULT_CURRENCY, self._propose, self)
        form.setModal(True)
        form.accepted.connect(
            lambda: self.opportunities.status.setText(self.tr("Project proposed: the gap now has a project."))
        )
        form.show()
        return form

    def _propose(self, draft: ProjectDraft, on_done: object, on_failed: object) -> None:
        space = self.community_choice.space
        if self._service is None or space is None:
            return
        self._service.start_gap_project(
            space,
            draft.need_ids,
            draft.title,
            draft.goal,
            draft.metric,
            draft.unit,
            draft.target_value,
            draft.stake_price_minor,
            draft.currency,
            draft.stakes_offered,
            draft.bonus_percent,
            draft.repay_by,
            on_done=on_done,  # type: ignore[arg-type]
            on_failed=on_failed,  # type: ignore[arg-type]
            owner=self,
        )
