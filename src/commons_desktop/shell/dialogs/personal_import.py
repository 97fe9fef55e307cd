"""Start from an export: a new profile made from a personal-data JSON file, which is checked in full first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.widgets.screen_layout import default_button, named, passphrase_edit
from commons_desktop.widgets.strength_meter import StrengthMeter
from store import PersonalData, assess


class PersonalImportDialog(QDialog):
    """Asks for the file (checked as soon as it is chosen), a name and a passphrase for the new profile; the
    profile flows run the check and the import on the store's worker."""

    sig_check_requested = Signal(object)  # Path of the JSON file
    sig_import_requested = Signal(object, str, str)  # Path, name for the picker, passphrase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self._checked: Path | None = None  # the file whose check passed
        self._asked: Path | None = None  # the file last sent to be checked
        self.setWindowTitle(self.tr("Start from an export"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Make a new profile on this computer from a file saved with “Export all my data…” (a .json "
                "file). Commons checks the whole file first: if anything in it is wrong, it says where, and "
                "stores nothing."
            )
        )
        intro.setWordWrap(True)

        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("A file ending in .json"))
        named(self.path_edit, self.tr("Export file"), self.tr("The personal-data file to start from"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        named(self.choose_button, self.tr("Choose file"), self.tr("Find the file on this computer"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("ok")
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("What the file holds"))
        self.summary_label.hide()

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(60)
        self.name_edit.setPlaceholderText(self.tr("Optional, e.g. a nickname"))
        named(
            self.name_edit,
            self.tr("Name for the profile picker"),
            self.tr("Shown on this computer before unlocking; a nickname is fine"),
        )
        self.passphrase_edit = passphrase_edit(
            self.tr("Passphrase for the new profile"),
            self.tr("At least 10 characters. A few unrelated words are easy to remember and hard to guess."),
        )
        self.repeat_edit = passphrase_edit(self.tr("Repeat passphrase"), self.tr("Type the passphrase again"))
        self.meter = StrengthMeter()
        form = QFormLayout()
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        form.addRow("", self.summary_label)
        form.addRow(self.tr("&Name (optional)"), self.name_edit)
        form.addRow(self.tr("&Passphrase"), self.passphrase_edit)
        form.addRow(self.tr("&Repeat"), self.repeat_edit)
        form.addRow(self.tr("Strength"), self.meter)

        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Import problem"))
        self.error_label.hide()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.setToolTip(self.tr("Commons is checking the file or making the profile"))
        self.create_button = default_button(
            self.tr("&Create profile"),
            self.tr("Create profile"),
            self.tr(
                "Make the new profile from the file and open it. Enabled once the file is checked and the "
                "passphrase is strong and repeated."
            ),
        )
        self.cancel_button = QPushButton(self.tr("Cancel"))
        named(self.cancel_button, self.tr("Cancel"), self.tr("Close without making a profile"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_bar)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.choose_button.clicked.connect(self._choose)
        self.path_edit.editingFinished.connect(self._path_typed)
        self.path_edit.textEdited.connect(self._file_edited)
        for edit in (self.name_edit, self.passphrase_edit, self.repeat_edit):
            edit.textChanged.connect(self._update)
        self.repeat_edit.returnPressed.connect(self._request_import)
        self.create_button.clicked.connect(self._request_import)
        self.cancel_button.clicked.connect(self.reject)
        self.set_busy(False)

    # -- what the profile flows call ------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (
            self.path_edit,
            self.choose_button,
            self.name_edit,
            self.passphrase_edit,
            self.repeat_edit,
            self.cancel_button,
        ):
            widget.setEnabled(not busy)
        self._update()

    def show_checked(self, path: Path, data: PersonalData) -> None:
        """The file passed its check: say what it holds, and offer its name for the new profile."""
        if path != self._path():
            return  # another file was chosen meanwhile
        self._checked = path
        self.set_busy(False)
        self.error_label.hide()
        items = len(data.plan)
        parts = [
            self.tr("%n plan item(s)", "", items),
            self.tr("%n goal(s)", "", len(data.goals)),
            self.tr("%n check-in(s)", "", len(data.checkins)),
            self.tr("%n supporter(s)", "", len(data.supporters)),
            self.tr("%n contribution(s)", "", len(data.contributions)),
        ]
        self.summary_label.setText(
            self.tr("The file is sound. It holds {parts}.").format(parts=", ".join(parts))
        )
        self.summary_label.show()
        if not self.name_edit.text():
            self.name_edit.setText(data.label)
        self.passphrase_edit.setFocus()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error_label.setText(message)
        self.error_label.show()

    def show_file_error(self, path: Path, message: str) -> None:
        """The file failed its check: nothing can be made from it."""
        if path != self._path():
            return
        self._checked = None
        self.summary_label.hide()
        self.show_error(message)

    def finish(self) -> None:
        """The profile is open: forget the passphrase and close."""
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.clear()
        self._busy = False
        self.accept()

    def reject(self) -> None:
        if not self._busy:
            for edit in (self.passphrase_edit, self.repeat_edit):
                edit.clear()
            super().reject()

    # -- inside ---------------------------------------------------------------------------------

    def _path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def _choose(self) -> None:
        start = self.path_edit.text().strip() or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a personal-data export"),
            start or str(Path.home()),
            self.tr("Commons personal data (*.json);;All files (*)"),
        )
        if chosen:
            self.path_edit.setText(chosen)
            self._request_check()  # again even for the same file: it may have been corrected meanwhile

    def _file_edited(self) -> None:
        self._checked = None
        self.summary_label.hide()
        self._update()

    def _path_typed(self) -> None:
        """Enter in the file field, or leaving it: check a path not checked yet (leaving it happens on every
        click elsewhere, so the same file is not checked again for that)."""
        if self._path() != self._asked:
            self._request_check()

    def _request_check(self) -> None:
        if not self.path_edit.text().strip():
            return
        self._asked = self._path()
        self._checked = None
        self.summary_label.hide()
        self.error_label.hide()
        self.set_busy(True)
        self.sig_check_requested.emit(self._path())

    def _update(self) -> None:
        passphrase = self.passphrase_edit.text()
        strength = assess(passphrase, (self.name_edit.text().strip(),)) if passphrase else None
        self.meter.show_strength(strength)
        matching = passphrase == self.repeat_edit.text()
        ready = (
            self._checked is not None
            and self._checked == self._path()
            and strength is not None
            and strength.acceptable
            and matching
            and not self._busy
        )
        self.create_button.setEnabled(ready)

    def _request_import(self) -> None:
        if not self.create_button.isEnabled() or self._checked is None:
            return
        self.error_label.hide()
        self.set_busy(True)
        self.sig_import_requested.emit(
            self._checked, self.name_edit.text().strip(), self.passphrase_edit.text()
        )
