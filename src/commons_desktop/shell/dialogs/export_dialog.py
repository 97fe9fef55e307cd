"""Back up or move a profile: write it to one encrypted file, under a passphrase typed twice."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
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

from commons_desktop.ops import StoreRunner, describe_error
from commons_desktop.widgets.screen_layout import default_button, named, passphrase_edit
from commons_desktop.widgets.strength_meter import StrengthMeter
from store import EXPORT_SUFFIX, ProfileSession, assess, export_profile

_UNSAFE = re.compile(r"[^\w .-]+")


def default_file_name(label: str, today: dt.date | None = None) -> str:
    """ "<label or profile>-<date>.commons-profile", with only characters every file system accepts."""
    stem = _UNSAFE.sub("", label).strip(" .") or "profile"
    return f"{stem}-{(today or dt.date.today()).isoformat()}{EXPORT_SUFFIX}"


class ExportDialog(QDialog):
    """Choose a file and a passphrase for it; the export runs on the store's worker thread."""

    def __init__(self, runner: StoreRunner, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._label = label
        self._busy = False
        self.setWindowTitle(self.tr("Back up or move this profile"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "Commons writes your whole profile to one file, encrypted with the passphrase you type here "
                "(it may be this profile's own). Keep the file as a backup, or open it on your own device "
                "with “Import a profile…”. Anyone who has the file and its passphrase can read everything "
                "in it, and nobody can open it without the passphrase."
            )
        )
        intro.setWordWrap(True)

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.path_edit = QLineEdit(str(Path(folder or Path.home()) / default_file_name(label)))
        named(self.path_edit, self.tr("Export file"), self.tr("Where the encrypted file is saved"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        named(self.choose_button, self.tr("Choose file"), self.tr("Choose the folder and name of the file"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)

        self.passphrase_edit = passphrase_edit(
            self.tr("Passphrase for the file"),
            self.tr("Needed to open the file. A few unrelated words work well; your profile's own is fine."),
        )
        self.repeat_edit = passphrase_edit(
            self.tr("Repeat passphrase for the file"), self.tr("Type the file's passphrase again")
        )
        self.meter = StrengthMeter()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Export result"))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.setToolTip(self.tr("Commons is encrypting and writing the file"))

        form = QFormLayout()
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path_edit)  # a row of a layout gets no buddy by itself
        form.addRow(file_label, path_row)
        form.addRow(self.tr("&Passphrase"), self.passphrase_edit)
        form.addRow(self.tr("&Repeat"), self.repeat_edit)
        form.addRow(self.tr("Strength"), self.meter)

        self.export_button = default_button(
            self.tr("&Export"),
            self.tr("Export"),
            self.tr("Write the encrypted file. Enabled once the passphrase is strong and repeated."),
        )
        self.close_button = QPushButton(self.tr("&Close"))
        named(self.close_button, self.tr("Close"), self.tr("Close this window"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_bar)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        self.choose_button.clicked.connect(self._choose)
        for edit in (self.path_edit, self.passphrase_edit, self.repeat_edit):
            edit.textChanged.connect(self._update)
        self.export_button.clicked.connect(self._export)
        self.close_button.clicked.connect(self.reject)
        self._set_busy(False)

    @property
    def busy(self) -> bool:
        return self._busy

    def reject(self) -> None:
        if not self._busy:  # the export finishes first; it takes seconds
            super().reject()

    def close_now(self) -> None:
        """Close even while busy (the profile was locked: the export's result is dropped anyway)."""
        self._busy = False
        super().reject()

    # -- inside ---------------------------------------------------------------------------------

    def _choose(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the encrypted profile"),
            self.path_edit.text(),
            self.tr("Commons profiles (*{suffix})").format(suffix=EXPORT_SUFFIX),
        )
        if chosen:
            self.path_edit.setText(chosen)

    def _destination(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        if not path.name.endswith(EXPORT_SUFFIX):
            path = path.with_name(path.name + EXPORT_SUFFIX)
        return path

    def _update(self) -> None:
        passphrase = self.passphrase_edit.text()
        strength = assess(passphrase, (self._label,)) if passphrase else None
        self.meter.show_strength(strength)
        repeat = self.repeat_edit.text()
        matching = passphrase == repeat
        if repeat and not matching:
            self._show(self.tr("The two passphrases do not match yet."), error=True)
        elif not self._busy and self.status_label.property("error"):
            self._show("", error=False)
        ready = (
            bool(self.path_edit.text().strip())
            and strength is not None
            and strength.acceptable
            and matching
            and not self._busy
        )
        self.export_button.setEnabled(ready)

    def _export(self) -> None:
        if not self.export_button.isEnabled():
            return
        path = self._destination()
        passphrase = self.passphrase_edit.text()
        kdf = self._runner.manager.kdf
        self._set_busy(True)
        self._show(self.tr("Encrypting and writing the file; this takes a few seconds…"), error=False)

        def work(session: ProfileSession) -> None:
            # SQLite reports a folder it cannot write to in its own words: check it first.
            if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
                raise FileNotFoundError(path.parent)
            export_profile(session, path, passphrase, kdf)

        self._runner.with_session(
            work,
            lambda _: self._done(path),
            lambda exc: self._failed(path, exc),
            owner=self,
        )

    def _done(self, path: Path) -> None:
        self._set_busy(False)
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.blockSignals(True)  # keep the result on screen rather than re-validating empty fields
            edit.clear()
            edit.blockSignals(False)
        self.meter.show_strength(None)
        self.export_button.setEnabled(False)
        self._show(
            self.tr(
                "Saved to {path}. To open it on another device, choose “Import a profile…” there and type "
                "the file's passphrase. Keep the file as safe as a key."
            ).format(path=path),
            error=False,
        )
        self.close_button.setFocus()

    def _failed(self, path: Path, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, OSError):
            message = self.tr("Could not write {path}. Choose another folder and try again.").format(
                path=path
            )
        else:
            message = describe_error(exc)
        self._show(message, error=True)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (
            self.path_edit,
            self.choose_button,
            self.passphrase_edit,
            self.repeat_edit,
            self.close_button,
        ):
            widget.setEnabled(not busy)
        self._update()

    def _show(self, message: str, *, error: bool) -> None:
        self.status_label.setText(message)
        self.status_label.setProperty("error", error)
        self.status_label.setObjectName("error" if error else "")
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
