"""The languages Commons speaks, and the box that picks one: each language named in its own words."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from commons_desktop.widgets.screen_layout import named

# Code (as in resources/translations/commons_<code>.ts) → the language's name in that language: a person who
# cannot read the current language still finds their own. Adding a language: docs/translating.md.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "ar": "العربية"}


class LanguageCombo(QComboBox):
    """ "System language" first (the "" choice), then every language by its own name."""

    sig_language_chosen = Signal(str)  # a code of LANGUAGES, or "" for the system's language

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.addItem(name, code)
        named(
            self,
            self.tr("Language"),
            self.tr("The language of Commons on this computer, before and after unlocking"),
        )
        self.activated.connect(lambda index: self.sig_language_chosen.emit(str(self.itemData(index))))

    def language(self) -> str:
        return str(self.currentData())

    def set_language(self, code: str) -> None:
        """Show *code* as chosen without announcing it ("" or an unknown code: the system language)."""
        self.setCurrentIndex(max(0, self.findData(code)))
