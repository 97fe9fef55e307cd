"""The Assets screen's search field and filters: kind, and area, steward and category filled from the data."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from commons_desktop.features.assets.assets_model import FILTERED, AssetsModel, kind_label
from commons_desktop.widgets.screen_layout import named
from sync.community import AssetKind

__all__ = ["AssetFilters"]


class AssetFilters(QWidget):
    """Drives an `AssetsModel`'s search and filters; `sig_changed` after each change."""

    sig_changed = Signal()

    def __init__(self, model: AssetsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._known: dict[str, set[str]] = {field: set() for field in FILTERED}
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
        self.choices: dict[str, QComboBox] = {field: QComboBox() for field in FILTERED}
        names = {
            "area": (self.tr("Area"), self.tr("Show the assets of one area")),
            "steward": (
                self.tr("Looked after by"),
                self.tr("Show the assets one person or group looks after"),
            ),
            "category": (self.tr("Category"), self.tr("Show the assets of one category")),
        }
        for field, combo in self.choices.items():
            named(combo, *names[field])
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(20 if field == "steward" else 14)
        self.refill()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        row.addWidget(self.kind_choice)
        for combo in self.choices.values():
            row.addWidget(combo)
        row.addStretch(1)
        layout.addLayout(row)
        self.search.textChanged.connect(self._search_changed)
        self.kind_choice.currentIndexChanged.connect(self._kind_changed)
        for field, combo in self.choices.items():
            combo.currentIndexChanged.connect(lambda _i, field=field: self._exact_changed(field))

    def _every(self, field: str) -> str:
        return {
            "area": self.tr("Every area"),
            "steward": self.tr("Looked after by anyone"),
            "category": self.tr("Every category"),
        }[field]

    def show_everything(self) -> None:
        """No search, every kind, every value of each list (another screen asked to show one asset)."""
        self.search.clear()
        self.kind_choice.setCurrentIndex(0)
        for combo in self.choices.values():
            combo.setCurrentIndex(0)

    def refill(self) -> None:
        """List each field's values as the assets hold them now, keeping what was chosen where it still exists."""
        for field, combo in self.choices.items():
            values = self._model.values(field)
            self._known[field] = {v.casefold() for v in values}
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self._every(field), "")
            for value in values:
                combo.addItem(value, value)
            index = combo.findData(chosen) if chosen else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            if chosen and index < 0:  # its last asset changed: show every value again
                self._model.set_exact(field, "")

    def notice(self, ids: tuple[str, ...]) -> None:
        """Assets changed: refill only when one brings a value the lists do not have yet (cheap otherwise)."""
        state = self._model.state
        if state is None:
            return
        for asset_id in ids:
            asset = state.assets.get(asset_id)
            if asset is None:
                continue
            for field in FILTERED:
                value = getattr(asset, field)
                if value and value.casefold() not in self._known[field]:
                    self.refill()
                    return

    def clear(self) -> None:
        self.search.clear()
        self.kind_choice.setCurrentIndex(0)
        for combo in self.choices.values():
            combo.setCurrentIndex(0)

    def choose(self, field: str, value: str) -> bool:
        """Filter *field* by *value*, as if chosen in its list (False when it is not listed)."""
        index = self.choices[field].findData(value)
        if index >= 0:
            self.choices[field].setCurrentIndex(index)
        return index >= 0

    def _search_changed(self, text: str) -> None:
        self._model.set_search(text)
        self.sig_changed.emit()

    def _kind_changed(self) -> None:
        self._model.set_kind(str(self.kind_choice.currentData() or ""))
        self.sig_changed.emit()

    def _exact_changed(self, field: str) -> None:
        self._model.set_exact(field, str(self.choices[field].currentData() or ""))
        self.sig_changed.emit()
