"""A plan section written as one text (e.g. "How I am when I am well"): its prompt, a text box and Save."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from commons_desktop.labels import section_prompt, section_title
from commons_desktop.widgets.screen_layout import named, styled_label
from store import PlanItem, PlanSection
from store.plan import MAX_ITEM_TEXT


class PlanTextPanel(QWidget):
    sig_save_requested = Signal(object, str)  # section, text ("" empties the section)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._section: PlanSection | None = None
        self._saved_text = ""
        self._drafts: dict[PlanSection, str] = {}
        self.title_label = styled_label("", "subheading")
        self.prompt_label = styled_label("", "muted", wrap=True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("planText")
        self.text_edit.setTabChangesFocus(True)
        named(self.text_edit, self.tr("Section text"), self.tr("Write in your own words; Save keeps it"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("primary")
        named(self.save_button, self.tr("Save this section"), self.tr("Keep what you wrote (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.status_label = styled_label("", "muted")
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem with this section"))
        self.error_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.status_label, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        self.text_edit.textChanged.connect(self._edited)
        self.save_button.clicked.connect(self._request_save)

    @property
    def section(self) -> PlanSection | None:
        return self._section

    @property
    def unsaved(self) -> bool:
        return self.text_edit.toPlainText().strip() != self._saved_text

    def show_section(self, section: PlanSection, items: list[PlanItem]) -> None:
        """Show *section*'s text as stored, or the draft typed there and not saved yet (kept until lock)."""
        stored = items[0].text if items else ""
        if section == self._section:
            self._saved_text = stored
            self._edited()
            return
        if self._section is not None and self.unsaved:
            self._drafts[self._section] = self.text_edit.toPlainText()
        self._section = section
        self._saved_text = stored
        title = section_title(section)
        self.title_label.setText(title)
        self.prompt_label.setText(section_prompt(section))
        named(self.text_edit, title, self.tr("Write in your own words; Save keeps it"))
        self.text_edit.setPlaceholderText(section_prompt(section))
        self.status_label.clear()
        self.text_edit.setPlainText(self._drafts.pop(section, stored))
        self.error_label.hide()
        self._edited()

    def saved(self) -> None:
        self.status_label.setText(self.tr("Saved."))
        self.error_label.hide()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def clear(self) -> None:
        """Drop the text and every draft (on lock)."""
        self._saved_text = ""
        self._drafts.clear()
        self.text_edit.clear()
        self.status_label.clear()
        self.error_label.clear()
        self.error_label.hide()

    def _edited(self) -> None:
        length = len(self.text_edit.toPlainText().strip())
        self.save_button.setEnabled(self.unsaved and length <= MAX_ITEM_TEXT)
        if length > MAX_ITEM_TEXT:
            self.status_label.setText(self.tr("%n character(s) too long.", "", length - MAX_ITEM_TEXT))
        elif self.unsaved:
            self.status_label.setText(self.tr("Not saved yet."))
        elif self.status_label.text() != self.tr("Saved."):
            self.status_label.clear()

    def _request_save(self) -> None:
        if self._section is not None and self.unsaved:
            self.sig_save_requested.emit(self._section, self.text_edit.toPlainText())
