"""One plan section: its prompt, its items (editable in place), and a row to add another."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.features.plan.plan_items_model import PlanItemsModel
from commons_desktop.labels import section_prompt, section_response_label, section_title
from commons_desktop.widgets.screen_layout import styled_label
from commons_desktop.widgets.undo_bar import UndoBar
from store import PlanItem, PlanSection


class PlanSectionPanel(QWidget):
    sig_add_requested = Signal(object, str, str)  # section, text, response
    sig_remove_requested = Signal(str)  # item id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PlanItemsModel(self)
        self.title_label = styled_label("", "subheading")
        self.prompt_label = styled_label("", "muted", wrap=True)

        self.table = QTableView()
        self.table.setObjectName("planItems")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Items in this section"))
        self.table.setToolTip(self.tr("Double-click or press F2 to edit an item; Delete removes it"))
        self.empty_label = styled_label(
            self.tr("Nothing here yet. Add the first item below."), "muted", wrap=True
        )

        self.edit_button = self._button(
            self.tr("&Edit"), self.tr("Edit item"), self.tr("Edit the selected item (F2)")
        )
        self.remove_button = self._button(
            self.tr("&Remove"),
            self.tr("Remove item"),
            self.tr("Remove the selected item (Delete); you can undo it"),
        )
        item_actions = QHBoxLayout()
        item_actions.addWidget(self.empty_label, 1)
        item_actions.addWidget(self.edit_button)
        item_actions.addWidget(self.remove_button)

        self.new_text_edit = QLineEdit()
        self.new_text_edit.setAccessibleName(self.tr("New item"))
        self.new_text_edit.setToolTip(self.tr("Type a new item for this section (Ctrl+N), then press Enter"))
        self.new_response_edit = QLineEdit()
        self.add_button = self._button(
            self.tr("&Add"), self.tr("Add item"), self.tr("Add the new item to this section (Enter)")
        )
        self.add_button.setObjectName("primary")
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_text_edit, 3)
        add_row.addWidget(self.new_response_edit, 2)
        add_row.addWidget(self.add_button)

        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem with this item"))
        self.error_label.hide()
        self.undo_bar = UndoBar(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(item_actions)
        layout.addLayout(add_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.undo_bar)

        self.add_button.clicked.connect(self._request_add)
        self.new_text_edit.returnPressed.connect(self._request_add)
        self.new_response_edit.returnPressed.connect(self._request_add)
        self.new_text_edit.textChanged.connect(self._update_buttons)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_text_edit.setFocus)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.setTabOrder(self.table, self.edit_button)
        self.setTabOrder(self.edit_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.new_text_edit)
        self.setTabOrder(self.new_text_edit, self.new_response_edit)
        self.setTabOrder(self.new_response_edit, self.add_button)
        self.show_section(PlanSection.TOOLBOX, [])

    # -- what PlanView calls ---------------------------------------------------------------------

    @property
    def section(self) -> PlanSection | None:
        return self.model.section

    def show_section(self, section: PlanSection, items: list[PlanItem], select: str | None = None) -> None:
        changed = section != self.model.section
        keep = select or (None if changed else self.selected_item_id())
        self.model.set_items(section, items)
        if changed:
            self.title_label.setText(section_title(section))
            self.prompt_label.setText(section_prompt(section))
            response = section_response_label(section)
            self.new_response_edit.setVisible(response is not None)
            self.new_response_edit.setPlaceholderText(response or "")
            self.new_response_edit.setAccessibleName(response or self.tr("Response"))
            self.new_response_edit.setToolTip(self.tr("Optional: {what}").format(what=response or ""))
            self.new_text_edit.setPlaceholderText(
                self.tr("New item for “{title}”").format(title=section_title(section))
            )
            self.new_text_edit.clear()
            self.new_response_edit.clear()
            self.error_label.hide()
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_hint()
        self._update_buttons()

    def added(self) -> None:
        """The new item was saved: empty the add row for the next one."""
        self.new_text_edit.clear()
        self.new_response_edit.clear()
        self.error_label.hide()
        self.new_text_edit.setFocus()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def hide_error(self) -> None:
        self.error_label.hide()

    def clear(self) -> None:
        """Drop every item and typed text (on lock)."""
        self.model.set_items(self.model.section, [])
        self.new_text_edit.clear()
        self.new_response_edit.clear()
        self.error_label.clear()
        self.error_label.hide()
        self.undo_bar.forget()
        self._update_hint()

    def selected_item_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.model.item_at(rows[0].row()) if rows else None
        return None if item is None else item.id

    def edit_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.setFocus()
            self.table.edit(rows[0])

    def remove_selected(self) -> None:
        item_id = self.selected_item_id()
        if item_id is not None:
            self.sig_remove_requested.emit(item_id)

    # -- inside ---------------------------------------------------------------------------------

    @staticmethod
    def _button(text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        return button

    def _update_hint(self) -> None:
        if self.model.rowCount():
            self.empty_label.setText(self.tr("Double-click an item, or press F2, to change it."))
        else:
            self.empty_label.setText(self.tr("Nothing here yet. Add the first item below."))

    def _update_buttons(self) -> None:
        selected = self.selected_item_id() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
        self.add_button.setEnabled(bool(self.new_text_edit.text().strip()))

    def _request_add(self) -> None:
        if self.model.section is None or not self.new_text_edit.text().strip():
            return
        has_response = self.model.section.response_label is not None
        response = self.new_response_edit.text() if has_response else ""
        self.sig_add_requested.emit(self.model.section, self.new_text_edit.text(), response)
