"""The form to post a need or an offer: category, area, what, urgency, an optional last day and linked assets.

Everything is checked here first, each problem naming its field, so a bad form sends nothing; what the
service still refuses is shown in the form, which stays open with everything typed in it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.community_state import CommunityState
from commons_desktop.features.needs.labels import side_label, urgency_label
from commons_desktop.widgets.screen_layout import named
from sync.community import Side, Urgency

__all__ = ["NeedDraft", "NeedForm", "qdate_day"]

MAX_ASSETS_LISTED = 40  # matches shown at once while searching 10,000 assets


def qdate_day(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


@dataclass(frozen=True)
class NeedDraft:
    side: Side
    category: str
    area: str
    description: str
    urgency: Urgency
    expires_on: dt.date | None
    asset_ids: tuple[str, ...]


Submit = Callable[[NeedDraft, Callable[[str], None], Callable[[str], None]], None]


class NeedForm(QDialog):
    """Post a need or offer; *submit(draft, on_done, on_failed)* sends it (the form closes when it is done)."""

    def __init__(self, state: CommunityState, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Post a need or an offer"))
        self._state, self._submit = state, submit
        self.side = QComboBox()
        for side in Side:
            self.side.addItem(side_label(side), side.value)
        named(self.side, self.tr("Need or offer"), self.tr("Whether you need help or offer it"))
        self.category = self._suggesting({n.category for n in state.needs_offers.values()})
        named(self.category, self.tr("Category"), self.tr("What kind of help, e.g. food, lifts, repairs"))
        self.area = self._suggesting({n.area for n in state.needs_offers.values()})
        named(self.area, self.tr("Area"), self.tr("Where, e.g. a street or part of town"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        named(
            self.description, self.tr("What"), self.tr("Say what is needed or offered, in a sentence or two")
        )
        self.urgency = QComboBox()
        for urgency in Urgency:
            self.urgency.addItem(urgency_label(urgency), urgency.value)
        self.urgency.setCurrentIndex(1)
        named(self.urgency, self.tr("Urgency"), self.tr("How soon it matters"))
        self.expires = QCheckBox(self.tr("Ends on"))
        named(self.expires, self.tr("Ends on a day"), self.tr("After this day it shows as expired"))
        self.expiry = QDateEdit(QDate.currentDate().addDays(30))
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat("d MMM yyyy")
        self.expiry.setEnabled(False)
        named(self.expiry, self.tr("Last day"), self.tr("The last day this need or offer stands"))
        self.expires.toggled.connect(self.expiry.setEnabled)
        self.asset_search = QLineEdit()
        self.asset_search.setPlaceholderText(self.tr("Search assets to link…"))
        named(
            self.asset_search,
            self.tr("Search assets"),
            self.tr("Find assets that meet this need or that it uses"),
        )
        self.assets = QListWidget()
        self.assets.setFixedHeight(90)
        named(self.assets, self.tr("Linked assets"), self.tr("Tick the assets to link"))
        self.asset_search.textChanged.connect(self._list_assets)
        self.assets.itemChanged.connect(self._ticked)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self._linked: dict[str, str] = {}  # asset id → title, ticked ones

        expiry = QHBoxLayout()
        expiry.addWidget(self.expires)
        expiry.addWidget(self.expiry, 1)
        form = QFormLayout()
        form.addRow(self.tr("Need or offer"), self.side)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("What"), self.description)
        form.addRow(self.tr("Urgency"), self.urgency)
        form.addRow(self.tr("Expiry"), expiry)
        form.addRow(self.tr("Linked assets"), self.asset_search)
        form.addRow("", self.assets)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.post = self.buttons.addButton(self.tr("Post"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.post.setDefault(True)
        named(self.post, self.tr("Post"), self.tr("Share it with the community"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, self.tr("Cancel"), self.tr("Close without posting"))
        self.buttons.accepted.connect(self.try_post)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._list_assets()

    @staticmethod
    def _suggesting(values: set[str]) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.addItems(sorted(values))
        box.setCurrentIndex(-1)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return box

    def _list_assets(self) -> None:
        words = self.asset_search.text().casefold().split()
        self.assets.blockSignals(True)
        self.assets.clear()
        shown = dict(self._linked)
        if words:
            for asset in self._state.assets.values():
                if len(shown) >= MAX_ASSETS_LISTED:
                    break
                text = f"{asset.title} {asset.area} {asset.category}".casefold()
                if all(w in text for w in words):
                    shown.setdefault(asset.id, asset.title)
        for asset_id, title in shown.items():
            row = QListWidgetItem(title)
            row.setData(Qt.ItemDataRole.UserRole, asset_id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if asset_id in self._linked else Qt.CheckState.Unchecked)
            self.assets.addItem(row)
        self.assets.blockSignals(False)

    def _ticked(self, row: QListWidgetItem) -> None:
        asset_id = str(row.data(Qt.ItemDataRole.UserRole))
        if row.checkState() == Qt.CheckState.Checked:
            self._linked[asset_id] = row.text()
        else:
            self._linked.pop(asset_id, None)

    def draft(self) -> NeedDraft | str:
        """The form's content, or the first problem with it (naming the field)."""
        category, area = self.category.currentText().strip(), self.area.currentText().strip()
        description = self.description.toPlainText().strip()
        if not category or "\n" in category or len(category) > 80:
            return self.tr("Category: write what kind of help in up to 80 characters, e.g. food or lifts.")
        if not area or len(area) > 120:
            return self.tr("Area: write where in up to 120 characters, e.g. a street or part of town.")
        if not description or len(description) > 4000:
            return self.tr("What: say what is needed or offered, in up to 4,000 characters.")
        expires_on = qdate_day(self.expiry.date()) if self.expires.isChecked() else None
        if expires_on is not None and expires_on < dt.date.today():
            return self.tr("Ends on: that day has already passed; choose today or a later day.")
        return NeedDraft(
            Side(self.side.currentData()),
            category,
            area,
            description,
            Urgency(self.urgency.currentData()),
            expires_on,
            tuple(self._linked),
        )

    def try_post(self) -> None:
        draft = self.draft()
        if isinstance(draft, str):
            self._show_error(draft)
            return
        self.post.setEnabled(False)
        self._submit(draft, lambda _id: self.accept(), self._failed)

    def _failed(self, reason: str) -> None:
        self.post.setEnabled(True)
        self._show_error(reason)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
