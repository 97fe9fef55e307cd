"""Import a profile from an encrypted export file: choose the file, type its passphrase."""

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

from commons_desktop.widgets.screen_layout import default_button, named
from store import EXPORT_SUFFIX, MAX_PASSPHRASE_LENGTH


class ImportDialog(QDialog):
    """Asks for the file and its passphrase; the controller opens the imported profile through the runner."""

    sig_import_requested = Signal(object, str)  # Path of the export file, its passphrase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self.setWindowTitle(self.tr("Import a profile"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "Open a profile saved with “Back up or move this profile…” on this or another computer. "
                "Type the passphrase that was given to the file. This device becomes a new device of yours; "
                "sync treats it as a new one."
            )
        )
        intro.setWordWrap(True)

        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("A file ending in {suffix}").format(suffix=EXPORT_SUFFIX))
        named(self.path_edit, self.tr("Export file"), self.tr("The encrypted profile file to open"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        named(self.choose_button, self.tr("Choose file"), self.tr("Find the file on this computer"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setMaxLength(MAX_PASSPHRASE_LENGTH)
        named(
            self.passphrase_edit,
            self.tr("Passphrase of the file"),
            self.tr("The passphrase typed when the file was saved. The profile keeps it."),
        )
        form = QFormLayout()
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path_edit)  # a row of a layout gets no buddy by itself
        form.addRow(file_label, path_row)
        form.addRow(self.tr("&Passphrase"), self.passphrase_edit)

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
        self.busy_bar.setToolTip(self.tr("Commons is checking and opening the file"))
        self.busy_label = QLabel(self.tr("Checking and opening the file…"))

        self.import_button = default_button(
            self.tr("&Import"),
            self.tr("Import"),
            self.tr("Make a profile on this computer from the file, and open it"),
        )
        self.cancel_button = QPushButton(self.tr("Cancel"))
        named(self.cancel_button, self.tr("Cancel"), self.tr("Close without importing"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_bar)
        buttons.addWidget(self.busy_label)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.choose_button.clicked.connect(self._choose)
        self.path_edit.textChanged.connect(self._update)
        self.passphrase_edit.textChanged.connect(self._update)
        self.passphrase_edit.returnPressed.connect(self._request)
        self.import_button.clicked.connect(self._request)
        self.cancel_button.clicked.connect(self.reject)
        self.set_busy(False)

    # -- what the controller calls --------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        for widget in (self.path_edit, self.choose_button, self.passphrase_edit, self.cancel_button):
            widget.setEnabled(not busy)
        self._update()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error_label.setText(message)
        self.error_label.show()
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()

    def finish(self) -> None:
        """The profile is open: forget the passphrase and close."""
        self.passphrase_edit.clear()
        self._busy = False
        self.accept()

    def reject(self) -> None:
        if not self._busy:  # an import in progress finishes (or fails) first
            self.passphrase_edit.clear()
            super().reject()

    # -- inside ---------------------------------------------------------------------------------

    def _choose(self) -> None:
        start = self.path_edit.text().strip() or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a profile file"),
            start or str(Path.home()),
            self.tr("Commons profiles (*{suffix});;All files (*)").format(suffix=EXPORT_SUFFIX),
        )
        if chosen:
            self.path_edit.setText(chosen)
            self.passphrase_edit.setFocus()

    def _update(self) -> None:
        ready = bool(self.path_edit.text().strip()) and bool(self.passphrase_edit.text())
        self.import_button.setEnabled(ready and not self._busy)

    def _request(self) -> None:
        if not self.import_button.isEnabled():
            return
        self.error_label.hide()
        self.set_busy(True)
        path = Path(self.path_edit.text().strip()).expanduser()
        self.sig_import_requested.emit(path, self.passphrase_edit.text())
