"""Export all my data: everything personal as a JSON file and CSV tables, after a warning that they are not
encrypted, and then where they went (with "Show in folder")."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.ops import StoreRunner, describe_error
from commons_desktop.widgets.screen_layout import default_button, named, styled_label
from store import ProfileSession, write_personal_csv, write_personal_json

_UNSAFE = re.compile(r"[^\w .-]+")


def export_names(label: str, today: dt.date | None = None) -> tuple[str, str]:
    """The JSON file's and the tables' names: "commons-data-<label>-<date>.json" and "….csv.zip"."""
    stem = _UNSAFE.sub("", label).strip(" .")
    day = (today or dt.date.today()).isoformat()
    base = f"commons-data-{stem}-{day}" if stem else f"commons-data-{day}"
    return f"{base}.json", f"{base}.csv.zip"


class PersonalExportDialog(QDialog):
    """Choose a folder and the formats; confirm the files are not encrypted; the store's worker writes them."""

    def __init__(self, runner: StoreRunner, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._busy = False
        self._json_name, self._zip_name = export_names(label)
        self._written: list[Path] = []
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Export all my data"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Commons writes everything personal in this profile — your plan, goals and actions, check-ins "
                "with their answers and tags, your supporters and what each may see, your contributions and "
                "your preferences — as open files that other programs can read. The JSON file can also start "
                "a new profile (“Start from an export…”). Your communities and this computer's keys are not "
                "included."
            )
        )
        intro.setWordWrap(True)
        self.warning_label = QLabel(
            self.tr(
                "These files are not encrypted. Anyone who can open them can read your plan and check-ins. "
                "Keep them where only you can reach them, and delete them when you no longer need them."
            )
        )
        self.warning_label.setObjectName("error")
        self.warning_label.setWordWrap(True)
        self.warning_label.setAccessibleName(self.tr("Warning: the files are not encrypted"))

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.folder_edit = QLineEdit(folder or str(Path.home()))
        named(self.folder_edit, self.tr("Folder"), self.tr("The folder the files are saved in"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        named(self.choose_button, self.tr("Choose folder"), self.tr("Choose the folder for the files"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)

        self.json_check = QCheckBox(self.tr("A &JSON file: {name}").format(name=self._json_name))
        named(
            self.json_check,
            self.tr("JSON file"),
            self.tr("One file with everything; readable in a text editor, and it can start a new profile"),
        )
        self.csv_check = QCheckBox(self.tr("CSV &tables in a zip: {name}").format(name=self._zip_name))
        named(
            self.csv_check,
            self.tr("CSV tables"),
            self.tr("One table per kind of record (plan items, goals, check-ins…), for a spreadsheet"),
        )
        for check in (self.json_check, self.csv_check):
            check.setChecked(True)
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("Formats"), self.json_check)
        form.addRow("", self.csv_check)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Export result"))
        self.status_label.hide()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.setToolTip(self.tr("Commons is writing the files"))
        self.show_folder_button = QPushButton(self.tr("&Show in folder"))
        named(
            self.show_folder_button,
            self.tr("Show in folder"),
            self.tr("Open the folder the files were saved in"),
        )
        self.show_folder_button.hide()
        self.export_button = default_button(
            self.tr("&Export…"),
            self.tr("Export"),
            self.tr("Write the files; you are asked to confirm first, as they are not encrypted"),
        )
        self.close_button = QPushButton(self.tr("&Close"))
        named(self.close_button, self.tr("Close"), self.tr("Close this window"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_bar)
        buttons.addWidget(self.show_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.warning_label)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(styled_label(self.tr("What is in the files: the user guide, “Your data”."), "muted"))
        layout.addLayout(buttons)

        self.choose_button.clicked.connect(self._choose)
        for check in (self.json_check, self.csv_check):
            check.toggled.connect(self._update)
        self.folder_edit.textChanged.connect(self._update)
        self.export_button.clicked.connect(self._confirm)
        self.show_folder_button.clicked.connect(self._show_folder)
        self.close_button.clicked.connect(self.reject)
        self._set_busy(False)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def written(self) -> list[Path]:
        """The files the last export wrote."""
        return list(self._written)

    def reject(self) -> None:
        if not self._busy:  # the files are finished first; it takes a moment
            super().reject()

    def close_now(self) -> None:
        """Close even while busy (the profile was locked: the result is dropped anyway)."""
        self._busy = False
        if self.confirm_box is not None:
            self.confirm_box.reject()
        super().reject()

    # -- inside ---------------------------------------------------------------------------------

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for your data"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def _targets(self) -> list[Path]:
        folder = Path(self.folder_edit.text().strip()).expanduser()
        names = [self._json_name] if self.json_check.isChecked() else []
        names += [self._zip_name] if self.csv_check.isChecked() else []
        return [folder / name for name in names]

    def _update(self) -> None:
        ready = bool(self.folder_edit.text().strip()) and bool(self._targets()) and not self._busy
        self.export_button.setEnabled(ready)

    def _confirm(self) -> None:
        """Ask before writing: the files are not encrypted."""
        if not self.export_button.isEnabled():
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Write unencrypted files?"),
            self.tr(
                "The files will not be encrypted: anyone who can open {folder} can read your plan, "
                "check-ins and supporters. Continue?"
            ).format(folder=self._targets()[0].parent),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        write = box.addButton(self.tr("&Write unencrypted files"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._confirmed(button is write))
        self.confirm_box = box
        box.open()  # not exec(): a question must never stall the event loop

    def _confirmed(self, yes: bool) -> None:
        self.confirm_box = None
        if not yes:
            self._show(self.tr("Nothing was written."), error=False)
            return
        targets = self._targets()
        self._set_busy(True)
        self._show(self.tr("Writing the files…"), error=False)
        self._runner.with_session(
            lambda session: _write(session, targets),
            lambda _: self._done(targets),
            lambda exc: self._failed(targets[0].parent, exc),
            owner=self,
        )

    def _done(self, targets: list[Path]) -> None:
        self._written = targets
        self._set_busy(False)
        files = "\n".join(str(t) for t in targets)
        self._show(
            self.tr("Saved, not encrypted, to:\n{files}").format(files=files),
            error=False,
        )
        self.show_folder_button.show()
        self.show_folder_button.setFocus()
        self.adjustSize()

    def _failed(self, folder: Path, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, OSError):
            message = self.tr("Could not write in {folder}. Choose another folder and try again.").format(
                folder=folder
            )
        else:
            message = describe_error(exc)
        self._show(message, error=True)

    def _show_folder(self) -> None:
        if self._written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._written[0].parent)))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (
            self.folder_edit,
            self.choose_button,
            self.json_check,
            self.csv_check,
            self.close_button,
        ):
            widget.setEnabled(not busy)
        self._update()

    def _show(self, message: str, *, error: bool) -> None:
        self.status_label.setText(message)
        self.status_label.setObjectName("error" if error else "ok")
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        self.status_label.show()
        self.adjustSize()  # room for the message, so nothing above it is squeezed out of sight


def _write(session: ProfileSession, targets: list[Path]) -> None:
    """On the store's worker: check the folder, then write each file (each replaced whole, private)."""
    folder = targets[0].parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise FileNotFoundError(folder)
    for target in targets:
        if target.suffix == ".json":
            write_personal_json(session, target)
        else:
            write_personal_csv(session, target)
