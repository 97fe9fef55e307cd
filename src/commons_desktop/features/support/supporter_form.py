"""The supporter form under the supporters list: a name, the relationship and how to reach them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from commons_desktop.widgets.screen_layout import named, styled_label
from store import Supporter


@dataclass(frozen=True)
class SupporterDraft:
    """What the form holds, ready for SupporterRepository.add() or, when *supporter_id* is set, update()."""

    name: str
    relationship: str
    contact: str
    supporter_id: str | None  # the supporter being changed; None when adding a new one


class SupporterForm(QWidget):
    sig_save_requested = Signal()  # Enter or the save button; `draft()` holds what to save

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editing: str | None = None  # id of the supporter the form is changing, None when adding
        self.form_title = styled_label("", "subheading")
        self.name_edit, self.relationship_edit, self.contact_edit = QLineEdit(), QLineEdit(), QLineEdit()
        named(self.name_edit, self.tr("Name"), self.tr("The supporter's name, as you call them"))
        named(self.relationship_edit, self.tr("Relationship"), self.tr("E.g. sister, friend, support worker"))
        named(self.contact_edit, self.tr("How to reach them"), self.tr("A phone number, an address, …"))
        self.save_button = QPushButton(self.tr("&Add supporter"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        named(self.cancel_button, self.tr("Cancel"), self.tr("Stop changing this supporter"))
        self._lay_out()
        self.name_edit.textChanged.connect(lambda: self._update_buttons())
        self.name_edit.returnPressed.connect(lambda: self.sig_save_requested.emit())
        self.save_button.clicked.connect(lambda: self.sig_save_requested.emit())
        self.cancel_button.clicked.connect(self.clear)
        self.clear()

    def _lay_out(self) -> None:
        form = QFormLayout()
        for text, field in (
            (self.tr("&Name"), self.name_edit),
            (self.tr("Re&lationship"), self.relationship_edit),
            (self.tr("How to &reach them"), self.contact_edit),
        ):
            label = QLabel(text)
            label.setBuddy(field)  # Alt+letter moves to the field
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_title)
        layout.addLayout(form)
        layout.addLayout(buttons)

    @property
    def editing(self) -> str | None:
        """The id of the supporter the form is changing, or None when it adds a new one."""
        return self._editing

    def clear(self) -> None:
        """An empty form for a new supporter; also used on lock, after saving, and by Cancel."""
        self._editing = None
        for edit in (self.name_edit, self.relationship_edit, self.contact_edit):
            edit.clear()
        self.form_title.setText(self.tr("Add a supporter"))
        self.save_button.setText(self.tr("&Add supporter"))
        self.cancel_button.hide()
        self._update_buttons()

    def load(self, supporter: Supporter) -> None:
        """Show *supporter* for changing; the next save updates them instead of adding someone new."""
        self._editing = supporter.id
        self.name_edit.setText(supporter.name)
        self.relationship_edit.setText(supporter.relationship)
        self.contact_edit.setText(supporter.contact)
        self.form_title.setText(self.tr("Change {name}").format(name=supporter.name))
        self.save_button.setText(self.tr("&Save changes"))
        self.cancel_button.show()
        self._update_buttons()

    def draft(self) -> SupporterDraft:
        return SupporterDraft(
            self.name_edit.text(), self.relationship_edit.text(), self.contact_edit.text(), self._editing
        )

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(bool(self.name_edit.text().strip()))
        named(self.save_button, self.save_button.text().replace("&", ""), self.tr("Store this supporter"))
