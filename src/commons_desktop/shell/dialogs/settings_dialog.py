"""Profile settings: auto-lock time, theme, language, passphrase, backing up, a recovery kit, and deleting."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.widgets.language_combo import LanguageCombo
from commons_desktop.widgets.screen_layout import named, passphrase_edit, styled_label
from commons_desktop.widgets.strength_meter import StrengthMeter
from store import AUTO_LOCK_MINUTES, assess


class SettingsDialog(QDialog):
    sig_save_requested = Signal(int, str)  # auto-lock minutes (0 = never), theme
    sig_reminders_save_requested = Signal(int, bool)  # reminder minute of the day (-1 = off), keep in tray
    sig_drop_in_changed = Signal(bool)  # a setting of this computer, not of the profile
    sig_language_chosen = Signal(str)  # so is the language ("" = the system's); sent only when it changed
    sig_change_passphrase_requested = Signal(str, str)  # current, new
    sig_delete_requested = Signal(str)  # passphrase, typed again as confirmation
    sig_export_requested = Signal()
    sig_handoff_requested = Signal()
    sig_recovery_kit_requested = Signal()
    sig_personal_export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)

        self.auto_lock_spin = QSpinBox()
        self.auto_lock_spin.setRange(AUTO_LOCK_MINUTES.low or 0, AUTO_LOCK_MINUTES.high or 240)
        self.auto_lock_spin.setSuffix(self.tr(" min"))
        self.auto_lock_spin.setSpecialValueText(self.tr("Never"))
        named(
            self.auto_lock_spin,
            self.tr("Lock after idle minutes"),
            self.tr("Lock this profile after this many minutes without keyboard or mouse use (0 = never)"),
        )
        self.theme_combo = QComboBox()
        for label, value in (
            (self.tr("Same as the system"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.theme_combo.addItem(label, value)
        named(self.theme_combo, self.tr("Theme"), self.tr("Colours of the window while this profile is open"))
        self.language_combo = LanguageCombo()
        # Shown once another language is chosen: saving it locks, which must not come as a surprise.
        self.language_note = styled_label(
            self.tr("Saving locks Commons (a guest session ends) and opens it again in this language."),
            "muted",
        )  # one line across both columns, under them: a wrapped label in a column would squeeze the others
        self.language_note.hide()
        self._language = ""
        general = QFormLayout()
        general.addRow(self.tr("&Lock when idle for"), self.auto_lock_spin)
        general.addRow(self.tr("&Theme"), self.theme_combo)
        general.addRow(self.tr("Lan&guage"), self.language_combo)

        self._build_reminders()

        self.current_edit = passphrase_edit(
            self.tr("Current passphrase"), self.tr("The passphrase you unlock with")
        )
        self.new_edit = passphrase_edit(self.tr("New passphrase"), self.tr("A few unrelated words work well"))
        self.repeat_edit = passphrase_edit(
            self.tr("Repeat new passphrase"), self.tr("Type the new one again")
        )
        self.meter = StrengthMeter()
        self.change_button = QPushButton(self.tr("C&hange passphrase"))
        named(
            self.change_button,
            self.tr("Change passphrase"),
            self.tr("Re-encrypt this profile under the new passphrase"),
        )
        self.change_button.setEnabled(False)
        self.passphrase_status = QLabel()
        self.passphrase_status.setWordWrap(True)
        self.passphrase_status.setAccessibleName(self.tr("Passphrase change result"))
        form = QFormLayout()
        form.addRow(self.tr("C&urrent"), self.current_edit)
        form.addRow(self.tr("&New"), self.new_edit)
        form.addRow(self.tr("&Repeat"), self.repeat_edit)
        form.addRow("", self.meter)
        form.addRow("", self.change_button)
        form.addRow("", self.passphrase_status)
        self.passphrase_group = QGroupBox(self.tr("Passphrase"))
        self.passphrase_group.setLayout(form)

        self.export_button = QPushButton(self.tr("&Back up or move this profile…"))
        named(
            self.export_button,
            self.tr("Back up or move this profile"),
            self.tr("Save this profile to one encrypted file, to keep as a backup or open on another device"),
        )
        self.handoff_button = QPushButton(self.tr("Send to another &computer…"))
        named(
            self.handoff_button,
            self.tr("Send to another computer"),
            self.tr("Move this profile to your own computer on this network, with a one-time code"),
        )
        self.recovery_kit_button = QPushButton(self.tr("Print a recovery &kit…"))
        named(
            self.recovery_kit_button,
            self.tr("Print a recovery kit"),
            self.tr("A PDF to keep on paper: this profile's name, its folder and how to restore a backup"),
        )
        backup_explain = QLabel(
            self.tr(
                "A backup file holds your whole profile, encrypted. The recovery kit is a page to print and "
                "keep with your backup; it never contains your passphrase."
            )
        )
        backup_explain.setWordWrap(True)
        backup_layout = QVBoxLayout()
        backup_layout.addWidget(backup_explain)
        for button in (self.export_button, self.handoff_button, self.recovery_kit_button):
            backup_layout.addWidget(button)
        self.backup_group = QGroupBox(self.tr("Backup and recovery"))
        self.backup_group.setLayout(backup_layout)

        self._build_your_data()

        self.drop_in_check = QCheckBox(self.tr("Drop-&in mode for this computer"))
        named(
            self.drop_in_check,
            self.tr("Drop-in mode for this computer"),
            self.tr(
                "For a laptop shared at a drop-in: guests first, no profile chosen, locks within 5 minutes"
            ),
        )
        drop_in_explain = QLabel(
            self.tr(
                "For a laptop that visitors share: the profile picker chooses no profile and offers a guest "
                "session first, every profile here locks after at most 5 minutes without use, and closing "
                "Commons always locks. Kept in a small unencrypted file that says nothing about anyone."
            )
        )
        drop_in_explain.setWordWrap(True)
        drop_in_layout = QVBoxLayout()
        drop_in_layout.addWidget(self.drop_in_check)
        drop_in_layout.addWidget(drop_in_explain)
        self.machine_group = QGroupBox(self.tr("This computer"))
        self.machine_group.setLayout(drop_in_layout)
        self._drop_in = False

        self.delete_edit = passphrase_edit(
            self.tr("Passphrase to confirm deletion"), self.tr("Type your passphrase to confirm")
        )
        self.delete_button = QPushButton(self.tr("&Delete this profile…"))
        self.delete_button.setObjectName("danger")
        named(
            self.delete_button,
            self.tr("Delete this profile"),
            self.tr("Overwrite and remove everything in this profile from this computer"),
        )
        self.delete_button.setEnabled(False)
        self.delete_status = QLabel()
        self.delete_status.setWordWrap(True)
        self.delete_status.setAccessibleName(self.tr("Deletion result"))
        explain = QLabel(
            self.tr(
                "Deleting overwrites and removes your plan, check-ins and everything else in this profile. "
                "It cannot be undone."
            )
        )
        explain.setWordWrap(True)
        delete_form = QFormLayout()
        delete_form.addRow(explain)
        delete_form.addRow(self.tr("&Passphrase"), self.delete_edit)
        delete_form.addRow("", self.delete_button)
        delete_form.addRow("", self.delete_status)
        self.delete_group = QGroupBox(self.tr("Delete profile"))
        self.delete_group.setLayout(delete_form)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        named(
            self.save_button, self.tr("Save settings"), self.tr("Keep the auto-lock time, theme and language")
        )
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, self.tr("Close"), self.tr("Close without saving the auto-lock time, theme and language"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)

        # Two columns, so the dialog fits a small laptop's screen: this profile on the left; keeping it
        # safe and this computer on the right.
        left = QVBoxLayout()
        left.addLayout(general)
        left.addWidget(self.passphrase_group)
        left.addWidget(self.your_data_group)
        left.addWidget(self.delete_group)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.reminders_group)
        right.addWidget(self.backup_group)
        right.addWidget(self.machine_group)
        right.addStretch(1)
        self._columns = QHBoxLayout()
        self._columns.addLayout(left, 1)
        self._columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self._columns)
        layout.addWidget(self.language_note)
        layout.addWidget(buttons)

        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.textChanged.connect(self._passphrase_edited)
        self.change_button.clicked.connect(self._change)
        self.delete_edit.textChanged.connect(lambda text: self.delete_button.setEnabled(bool(text)))
        self.delete_button.clicked.connect(self._delete)
        self.export_button.clicked.connect(self.sig_export_requested)
        self.handoff_button.clicked.connect(self.sig_handoff_requested)
        self.recovery_kit_button.clicked.connect(self.sig_recovery_kit_requested)
        self.language_combo.currentIndexChanged.connect(lambda _index: self._show_language_note())
        self.meter.show_strength(None)

    def load(
        self, auto_lock_minutes: int, theme: str, *, guest: bool, drop_in: bool = False, language: str = ""
    ) -> None:
        self.auto_lock_spin.setValue(auto_lock_minutes)
        self._language = language
        self.language_combo.set_language(language)
        self._show_language_note()
        self._drop_in = drop_in
        self.drop_in_check.setChecked(drop_in)
        self.machine_group.setVisible(not guest)  # a visitor must not turn a shared laptop's mode off
        self._columns.setStretch(1, 0 if guest else 1)  # a guest's right column is empty
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(theme)))
        # A guest's passphrase is random and never shown: there is nothing to change.
        self.passphrase_group.setVisible(not guest)
        self.delete_group.setVisible(not guest)  # a guest ends the session instead
        self.backup_group.setVisible(not guest)  # a guest's visit is not kept anywhere
        self.your_data_group.setVisible(not guest)
        self.reminders_group.setVisible(not guest)  # nor reminded of

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        # Tall enough for every wrapped explanation at the width it got: the first size Qt picks squeezes them.
        self.resize(self.width(), max(self.height(), self.heightForWidth(self.width())))

    def load_reminders(self, minute: int, keep_in_tray: bool, *, tray: bool) -> None:
        """Show the profile's reminder settings; *tray* False: this desktop has no tray to stay in."""
        self.remind_check.setChecked(minute >= 0)
        self.remind_time.setTime(QTime(*divmod(minute, 60)) if minute >= 0 else QTime(9, 0))
        self.remind_time.setEnabled(minute >= 0)
        self.tray_check.setChecked(keep_in_tray and tray)
        self.tray_check.setEnabled(tray)
        self.no_tray_note.setVisible(not tray)

    def reminder_minute(self) -> int:
        """The chosen reminder time as minutes after midnight, or -1 when reminders are off."""
        if not self.remind_check.isChecked():
            return -1
        time = self.remind_time.time()
        return time.hour() * 60 + time.minute()

    def _show_language_note(self) -> None:
        changed = self.language_combo.language() != self._language
        if changed != self.language_note.isVisible():
            self.language_note.setVisible(changed)
            self.adjustSize()  # a top-level dialog does not grow for a wrapped label by itself

    def show_passphrase_result(self, message: str, *, ok: bool) -> None:
        self.passphrase_status.setText(message)
        self.passphrase_status.setProperty("error", not ok)
        self.change_button.setEnabled(not ok)
        if ok:
            for edit in (self.current_edit, self.new_edit, self.repeat_edit):
                edit.blockSignals(True)  # keep the result on screen rather than re-validating empty fields
                edit.clear()
                edit.blockSignals(False)
            self.meter.show_strength(None)

    def show_delete_failed(self, message: str) -> None:
        self.delete_status.setText(message)
        self.delete_button.setEnabled(True)

    def _delete(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Delete this profile?"),
            self.tr(
                "Everything in this profile will be overwritten and removed from this computer. "
                "This cannot be undone."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.delete_button.setEnabled(False)
        self.delete_status.setText(self.tr("Deleting…"))
        self.sig_delete_requested.emit(self.delete_edit.text())

    def _save(self) -> None:
        if self.drop_in_check.isChecked() != self._drop_in:
            self.sig_drop_in_changed.emit(self.drop_in_check.isChecked())
        self.sig_save_requested.emit(self.auto_lock_spin.value(), str(self.theme_combo.currentData()))
        if self.reminders_group.isVisible():
            self.sig_reminders_save_requested.emit(self.reminder_minute(), self.tray_check.isChecked())
        self.accept()
        if self.language_combo.language() != self._language:  # last: it locks and opens the window again
            self.sig_language_chosen.emit(self.language_combo.language())

    def _change(self) -> None:
        self.change_button.setEnabled(False)
        self.passphrase_status.setText(self.tr("Re-encrypting your profile…"))
        self.sig_change_passphrase_requested.emit(self.current_edit.text(), self.new_edit.text())

    def _passphrase_edited(self) -> None:
        new = self.new_edit.text()
        strength = assess(new) if new else None
        self.meter.show_strength(strength)
        matches = new == self.repeat_edit.text()
        ready = bool(self.current_edit.text()) and strength is not None and strength.acceptable and matches
        self.change_button.setEnabled(ready)
        if new and self.repeat_edit.text() and not matches:
            self.passphrase_status.setText(self.tr("The new passphrases do not match yet."))
        else:
            self.passphrase_status.clear()

    def _build_your_data(self) -> None:
        self.personal_export_button = QPushButton(self.tr("E&xport all my data…"))
        named(
            self.personal_export_button,
            self.tr("Export all my data"),
            self.tr(
                "Your plan, goals, check-ins, supporters and contributions as JSON and CSV files, not encrypted"
            ),
        )
        explain = QLabel(
            self.tr("Everything personal, as JSON and CSV files that other programs can read. Not encrypted.")
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout()
        layout.addWidget(explain)
        layout.addWidget(self.personal_export_button)
        self.your_data_group = QGroupBox(self.tr("Your data"))
        self.your_data_group.setLayout(layout)
        self.personal_export_button.clicked.connect(self.sig_personal_export_requested)

    def _build_reminders(self) -> None:
        self.remind_check = QCheckBox(self.tr("&Remind me to check in every day at"))
        named(
            self.remind_check,
            self.tr("Daily check-in reminder"),
            self.tr("A short reminder at the time you choose, while Commons is running"),
        )
        self.remind_time = QTimeEdit()
        self.remind_time.setDisplayFormat("HH:mm")
        # A time reads left to right in every language: in a right-to-left window Qt would show 09:30 as
        # 30:09 unless the editor itself (and its line edit, which draws the text) runs left to right.
        self.remind_time.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.remind_time.lineEdit().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        named(self.remind_time, self.tr("Reminder time"), self.tr("The time of day for your reminder"))
        self.remind_check.toggled.connect(self.remind_time.setEnabled)
        self.tray_check = QCheckBox(self.tr("&Keep running in the tray when the window is closed"))
        named(
            self.tray_check,
            self.tr("Keep running in the tray"),
            self.tr(
                "Closing the window hides Commons in the system tray, so reminders still come; "
                "otherwise closing the window quits Commons and locks your profile"
            ),
        )
        explain = QLabel(self.tr("A reminder says only “Time for your check-in”, never what you wrote."))
        explain.setWordWrap(True)
        self.no_tray_note = QLabel(self.tr("No tray on this desktop: closing the window quits Commons."))
        self.no_tray_note.setObjectName("muted")
        self.no_tray_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.remind_check)
        row.addWidget(self.remind_time)
        row.addStretch(1)
        layout = QVBoxLayout()
        layout.addLayout(row)
        layout.addWidget(self.tray_check)
        layout.addWidget(self.no_tray_note)
        layout.addWidget(explain)
        self.reminders_group = QGroupBox(self.tr("Reminders"))
        self.reminders_group.setLayout(layout)
