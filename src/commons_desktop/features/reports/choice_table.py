"""The table where a person chooses, per part of the report, what goes into the files: public and itemised, only
as a total, or left out. A list of names follows its section: its choice is fixed while the section is not
public, and shows what it will be."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from commons_desktop.features.reports.report_choices import (
    Choices,
    Disclosure,
    default_choices,
    disclosure_label,
    fields,
)
from commons_desktop.features.reports.report_tables import PARENT, effective, free
from commons_desktop.widgets.screen_layout import named

__all__ = ["ChoiceTable"]


class ChoiceTable(QTableWidget):
    sig_choices_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        listed = fields()
        super().__init__(len(listed), 3, parent)
        self.choices: Choices = default_choices()
        self.setHorizontalHeaderLabels([self.tr("Section"), self.tr("What"), self.tr("In the files")])
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        named(
            self,
            self.tr("What goes into the files"),
            self.tr("For each part of the report: public and itemised, only as a total, or left out"),
        )
        self.boxes: dict[str, QComboBox] = {}
        for row, field in enumerate(listed):
            self.setItem(row, 0, QTableWidgetItem(field.section))
            what = QTableWidgetItem(field.what)
            what.setToolTip(field.what)
            self.setItem(row, 1, what)
            box = QComboBox()
            for disclosure in field.allowed:
                box.addItem(disclosure_label(disclosure), disclosure)
            box.setCurrentIndex(field.allowed.index(field.default))
            named(box, field.what, self.tr("Public and itemised, only as a total, or left out of the files"))
            box.currentIndexChanged.connect(lambda _i, key=field.key: self._choose(key))
            self.setCellWidget(row, 2, box)
            self.boxes[field.key] = box
        self._follow_sections()

    def set_choice(self, key: str, disclosure: Disclosure) -> None:
        box = self.boxes[key]
        box.setCurrentIndex(box.findData(disclosure))

    def _choose(self, key: str) -> None:
        self.choices[key] = self.boxes[key].currentData()
        self._follow_sections()
        self.sig_choices_changed.emit()

    def _follow_sections(self) -> None:
        for child in PARENT:
            box = self.boxes[child]
            index = box.findData(effective(self.choices, child))
            box.setEnabled(free(self.choices, child))
            box.blockSignals(True)
            box.setCurrentIndex(index if index >= 0 else box.findData(Disclosure.LEFT_OUT))
            box.blockSignals(False)
