"""The Assets screen: what a community has — places and nature, people's skills and knowledge, buildings,
equipment — searchable and filtered by kind, kept current as members add and change them on any device.

It reads the community's `CommunityState` (the `ServiceClient` keeps it current record by record) and never
asks the service for records itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.community_state import CommunityState
from commons_desktop.features.assets.asset_detail import AssetDetail
from commons_desktop.features.assets.asset_filters import AssetFilters
from commons_desktop.features.assets.asset_form import AssetForm, AssetValues
from commons_desktop.features.assets.assets_model import AssetsModel
from commons_desktop.features.assets.export import assets_csv, assets_geojson
from commons_desktop.screen import ScreenContext
from commons_desktop.widgets.community_picker import CommunityPicker, community_label, not_showing
from commons_desktop.widgets.screen_layout import lay_out_screen, named, styled_label
from sync.community import Asset

__all__ = ["AssetsView"]


class AssetsView(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = context.sync
        self._state: CommunityState | None = None
        self.model = AssetsModel(self)
        self.form: AssetForm | None = None  # the add or edit form while it is open
        self._to_select = ""  # an asset just saved, selected when its record arrives

        self.community_choice = CommunityPicker(self._service, self.tr("Which community's assets to show"))
        self.filters = AssetFilters(self.model)
        self.search, self.kind_choice = self.filters.search, self.filters.kind_choice
        self.count = styled_label("", "muted")
        self.status = styled_label("", "muted", wrap=True)
        self.status.hide()
        self.add_button = QPushButton(self.tr("Add an asset…"))
        named(
            self.add_button, self.tr("Add an asset"), self.tr("Add a place, a skill, a building or equipment")
        )
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        named(self.csv_button, self.tr("Export CSV"), self.tr("Save the assets shown as a spreadsheet file"))
        self.geojson_button = QPushButton(self.tr("Export GeoJSON…"))
        named(
            self.geojson_button,
            self.tr("Export GeoJSON"),
            self.tr("Save the assets shown as a GeoJSON file for map programs"),
        )
        self.table = self._make_table()
        self.detail = AssetDetail()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.table)
        self.split.addWidget(self.detail)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([800, 250])
        self.split.setChildrenCollapsible(False)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.split)
        self._lay_out()
        self._connect()
        context.events.sig_asset_requested.connect(self.show_asset)  # "Open in Assets" on the map

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # Fixed widths, not ResizeToContents: that would measure every one of 10,000 rows on each change.
        for column, width in enumerate((0, 125, 95, 95, 125, 85)):
            if width:
                header.resizeSection(column, width)
        named(table, self.tr("Assets"), self.tr("The community's assets"))
        return table

    def _lay_out(self) -> None:
        top = QVBoxLayout()
        top.addWidget(self.community_choice, 0, Qt.AlignmentFlag.AlignLeft)
        top.addWidget(self.filters)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        for button in (self.add_button, self.csv_button, self.geojson_button):
            actions.addWidget(button)
        body = QVBoxLayout()
        body.addLayout(top)
        body.addLayout(actions)
        body.addWidget(self.status)
        body.addWidget(self.pages, 1)
        lay_out_screen(
            self,
            self.tr("Assets"),
            self.tr(
                "What your community has: nature, people's skills and knowledge, buildings and equipment."
            ),
            body,
        )

    def _connect(self) -> None:
        self.filters.sig_changed.connect(self._show_count)
        self.community_choice.sig_chosen.connect(self._set_state)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._show_count)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._show_selected)
        self.detail.sig_rate.connect(self.rate)
        self.detail.sig_edit.connect(self.open_edit)
        self.add_button.clicked.connect(self.open_add)
        self.csv_button.clicked.connect(lambda: self._ask_export("csv"))
        self.geojson_button.clicked.connect(lambda: self._ask_export("geojson"))
        if self._service is not None:
            self._service.sig_failed.connect(lambda _reason: self._show_count())

    def load(self) -> None:
        """Show the communities this device is in (the first one's assets, or the one chosen before)."""
        self.community_choice.reload()

    def clear(self) -> None:
        self.community_choice.forget()
        self.filters.clear()
        self.status.hide()
        if self.form is not None:
            self.form.close()

    def show_asset(self, space: str, asset_id: str) -> None:
        """Show *asset_id* of community *space* (another screen asked): that community, no filter, its row chosen."""
        self.community_choice.choose(space)
        self.filters.show_everything()
        row = self.model.row_of(asset_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _set_state(self, state: CommunityState | None) -> None:
        if state is not self._state:
            if self._state is not None:
                self._state.sig_loaded.disconnect(self._loaded)
                self._state.sig_assets_changed.disconnect(self._assets_changed)
                self._state.sig_members_changed.disconnect(self._show_selected)
            self._state = state
            self.model.set_state(state)  # first: the model has its rows before this screen looks at them
            if state is not None:
                state.sig_loaded.connect(self._loaded)
                state.sig_assets_changed.connect(self._assets_changed)  # the first assets of a community too
                state.sig_members_changed.connect(self._show_selected)  # my name added: I may rate
            self.filters.refill()
        self._show_count()
        self._show_selected()

    def _loaded(self) -> None:
        self.filters.refill()
        self._show_count()
        self._show_selected()

    def _assets_changed(self, ids: tuple[str, ...]) -> None:
        self.filters.notice(ids)
        self._show_count()
        if self._to_select in ids and self.select(self._to_select):
            self._to_select = ""
        selected = self.detail.asset
        if selected is not None and selected.id in ids:
            self._show_selected()

    # -- the selected asset --

    def selected(self) -> Asset | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.asset(rows[0].row()) if rows else None

    def select(self, asset_id: str) -> bool:
        """Select *asset_id*'s row, if the filters show it."""
        row = self.model.row_of(asset_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row is not None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        summary = self.community_choice.summary
        me, admin = (summary.member_id, summary.admin) if summary is not None else ("", False)
        named = self._state is not None and bool(me) and me in self._state.members
        self.detail.show_asset(self.selected(), me, admin=admin, named=named)

    # -- what the person does --

    def rate(self, asset_id: str, stars: int) -> None:
        space = self.community_choice.space
        if self._service is None or space is None:
            return
        self._service.rate_asset(
            space,
            asset_id,
            stars,
            lambda _none: self._say(self.tr("Your rating is saved.")),
            self._say,
            owner=self,
        )

    def open_add(self) -> None:
        self._open_form(None)

    def open_edit(self, asset_id: str) -> None:
        asset = self._state.assets.get(asset_id) if self._state is not None else None
        if asset is not None:
            self._open_form(asset)

    def _open_form(self, asset: Asset | None) -> None:
        if self.form is not None:
            self.form.close()
        form = self.form = AssetForm(asset, self)
        form.sig_submitted.connect(lambda values: self._save(form, asset, values))
        form.finished.connect(lambda _result: self._form_closed(form))
        form.open()

    def _form_closed(self, form: AssetForm) -> None:
        if self.form is form:
            self.form = None
        form.deleteLater()

    def _save(self, form: AssetForm, asset: Asset | None, values: AssetValues) -> None:
        space = self.community_choice.space
        if self._service is None or space is None:
            form.show_error(self.tr("Community screens need the sync service, which is not running."))
            return
        v = values
        if asset is None:
            self._service.add_asset(
                space, v.kind, v.title, category=v.category, area=v.area, description=v.description,
                steward=v.steward, support_offered=v.support_offered, how_used=v.how_used, location=v.location,
                on_done=lambda new: self._saved(form, new), on_failed=form.show_error, owner=form,
            )  # fmt: skip
        else:
            self._service.edit_asset(
                space, asset.id, v.kind, v.title, category=v.category, area=v.area, description=v.description,
                steward=v.steward, support_offered=v.support_offered, how_used=v.how_used, location=v.location,
                on_done=lambda _none: self._saved(form, asset.id), on_failed=form.show_error, owner=form,
            )  # fmt: skip

    def _saved(self, form: AssetForm, asset_id: str) -> None:
        form.accept()
        self._say(self.tr("Saved. Every member of the community will see it."))
        self._to_select = "" if self.select(asset_id) else asset_id  # a new asset's record is still coming

    # -- export --

    def _ask_export(self, kind: str) -> None:
        suffix, title, pattern = (
            ("csv", self.tr("Export assets as CSV"), self.tr("CSV files (*.csv)"))
            if kind == "csv"
            else ("geojson", self.tr("Export assets as GeoJSON"), self.tr("GeoJSON files (*.geojson)"))
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / f"assets.{suffix}"), pattern
        )
        if chosen:
            path = Path(chosen)
            self.export_to(
                path if path.suffix.lower() == f".{suffix}" else path.with_name(f"{path.name}.{suffix}")
            )

    def export_to(self, path: Path) -> None:
        """Write the assets the filters show to *path*: GeoJSON for a .geojson or .json name, CSV otherwise."""
        shown = self.model.shown()
        text = assets_geojson(shown) if path.suffix.lower() in (".geojson", ".json") else assets_csv(shown)
        try:
            path.write_text(text, encoding="utf-8", newline="")
        except OSError as exc:
            self._say(
                self.tr("Could not save {file}: {reason}").format(file=path.name, reason=exc.strerror or exc)
            )
            return
        self._say(self.tr("Saved %n asset(s) to {file}.", "", len(shown)).format(file=str(path)))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _show_count(self) -> None:
        state = self._state
        if absent := not_showing(self._service, state):
            self.empty.setText(absent)
        elif state is not None and not state.assets:
            self.empty.setText(self.tr("No assets yet."))
        showing = state is not None and state.loaded and bool(state.assets)
        self.pages.setCurrentWidget(self.split if showing else self.empty)
        for button in (self.add_button, self.csv_button, self.geojson_button):
            button.setEnabled(state is not None and state.loaded)
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
