"""The Assets screen: what a community has — places and nature, people's skills and knowledge, buildings,
equipment — searchable and filtered by kind, kept current as members add and change them on any device.

It reads the community's `CommunityState` (the `ServiceClient` keeps it current record by record) and never
asks the service for records itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.community_state import CommunityState
from commons_desktop.features.assets.assets_model import AssetsModel, kind_label
from commons_desktop.screen import ScreenContext
from commons_desktop.widgets.community_picker import CommunityPicker, community_label
from commons_desktop.widgets.screen_layout import lay_out_screen, named, styled_label
from sync.community import AssetKind

__all__ = ["AssetsView"]


class AssetsView(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = context.sync
        self._state: CommunityState | None = None
        self.model = AssetsModel(self)

        self.community_choice = CommunityPicker(self._service, self.tr("Which community's assets to show"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search assets, areas, people…"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):  # the clear button Qt adds inside the field
            named(button, self.tr("Clear search"), self.tr("Show every asset again"))
        named(self.search, self.tr("Search"), self.tr("Show only assets with all these words"))
        self.kind_choice = QComboBox()
        named(self.kind_choice, self.tr("Kind"), self.tr("Show one kind of asset"))
        self.kind_choice.addItem(self.tr("Every kind"), "")
        for kind in AssetKind:
            self.kind_choice.addItem(kind_label(kind), kind.value)
        self.count = styled_label("", "muted")

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # Fixed widths, not ResizeToContents: that would measure every one of 10,000 rows on each change.
        for column, width in enumerate((0, 170, 130, 120, 190, 110)):
            if width:
                header.resizeSection(column, width)
        named(self.table, self.tr("Assets"), self.tr("The community's assets"))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.table)

        filters = QHBoxLayout()
        filters.addWidget(self.community_choice)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.kind_choice)
        body = QVBoxLayout()
        body.addLayout(filters)
        body.addWidget(self.count)
        body.addWidget(self.pages, 1)
        lay_out_screen(
            self,
            self.tr("Assets"),
            self.tr(
                "What your community has: nature, people's skills and knowledge, buildings and equipment."
            ),
            body,
        )

        self.search.textChanged.connect(self._filter_changed)
        self.kind_choice.currentIndexChanged.connect(self._filter_changed)
        self.community_choice.sig_chosen.connect(self._set_state)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._show_count)
        if self._service is not None:
            self._service.sig_failed.connect(lambda _reason: self._show_count())
        context.events.sig_asset_requested.connect(self.show_asset)

    def load(self) -> None:
        """Show the communities this device is in (the first one's assets, or the one chosen before)."""
        self.community_choice.reload()

    def clear(self) -> None:
        self.community_choice.forget()
        self.search.clear()
        self.kind_choice.setCurrentIndex(0)

    def show_asset(self, space: str, asset_id: str) -> None:
        """Show *asset_id* of community *space* (another screen asked): that community, no filter, its row chosen."""
        self.community_choice.choose(space)
        self.search.clear()
        self.kind_choice.setCurrentIndex(0)
        row = self.model.row_of(asset_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _set_state(self, state: CommunityState | None) -> None:
        if state is not self._state:
            if self._state is not None:
                self._state.sig_loaded.disconnect(self._show_count)
                self._state.sig_assets_changed.disconnect(self._show_count)
            self._state = state
            if state is not None:
                state.sig_loaded.connect(self._show_count)
                state.sig_assets_changed.connect(
                    self._show_count
                )  # the first assets of a community just joined
            self.model.set_state(state)
        self._show_count()

    def _filter_changed(self) -> None:
        self.model.set_search(self.search.text())
        self.model.set_kind(str(self.kind_choice.currentData() or ""))
        self._show_count()

    def _show_count(self) -> None:
        state = self._state
        if self._service is None or not self._service.running:
            self.empty.setText(self.tr("Community screens need the sync service, which is not running."))
        elif state is None:
            self.empty.setText(self.tr("You are not part of a community on this computer yet."))
        elif not state.loaded:
            self.empty.setText(self.tr("Loading the community…"))
        elif not state.assets:
            self.empty.setText(self.tr("No assets yet."))
        showing = state is not None and state.loaded and bool(state.assets)
        self.pages.setCurrentWidget(self.table if showing else self.empty)
        total = self.model.total
        shown = self.model.rowCount()
        name = community_label(state.name, self.community_choice.summary) if state is not None else ""
        self.count.setText(
            self.tr("%n asset(s) in {community}", "", total).format(community=name)
            if shown == total
            else self.tr("Showing {shown} of {total} in {community}").format(
                shown=shown, total=total, community=name
            )
        )
        self.count.setVisible(showing)
