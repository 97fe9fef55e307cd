"""Moving a profile between computers (import, export, handing over the network, recovery kit) and this
computer's drop-in mode."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtWidgets import QWidget

from commons_desktop.ops import SessionInfo, StoreRunner, describe_error
from commons_desktop.shell.dialogs.export_dialog import ExportDialog
from commons_desktop.shell.dialogs.handoff_receive import HandoffReceiveDialog
from commons_desktop.shell.dialogs.handoff_send import HandoffSendDialog
from commons_desktop.shell.dialogs.import_dialog import ImportDialog
from commons_desktop.shell.dialogs.personal_export import PersonalExportDialog
from commons_desktop.shell.dialogs.personal_import import PersonalImportDialog
from commons_desktop.shell.dialogs.recovery_kit import print_recovery_kit
from commons_desktop.shell.main_window import MainWindow
from store import (
    MachineSettings,
    PersonalData,
    PersonalDataError,
    ProfileManager,
    import_personal,
    import_profile,
    import_profile_bytes,
    read_personal,
)

__all__ = ["ProfileFlows", "read_drop_in"]


def read_drop_in(manager: ProfileManager) -> bool:
    """This computer's drop-in mode (a small plain file next to the profiles; read it on the worker)."""
    return MachineSettings(manager.data_dir).drop_in


class ProfileFlows(QObject):
    """The dialogs that bring a profile in or take it out, and the drop-in mode that caps auto-lock.

    *locked* is the controller's lock signal: an export in progress closes with the profile. *on_opened*
    takes an imported profile, opened unlocked; *show_failure* tells the person what went wrong.
    """

    def __init__(
        self,
        runner: StoreRunner,
        window: MainWindow,
        locked: SignalInstance,
        on_opened: Callable[[SessionInfo], None],
        show_failure: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.window = window
        self._locked = locked
        self._on_opened = on_opened
        self._show_failure = show_failure
        self._drop_in = False  # this computer's drop-in mode, as last read on the worker

    # -- drop-in mode ---------------------------------------------------------------------------

    @property
    def drop_in(self) -> bool:
        return self._drop_in

    def set_drop_in(self, drop_in: bool) -> None:
        """Take the drop-in mode read on the worker, and let the unlock screen show it."""
        self._drop_in = drop_in
        self.window.unlock_view.set_drop_in(drop_in)

    def auto_lock_ms(self, minutes: int) -> int:
        """The profile's idle minutes as milliseconds; on a drop-in laptop at most five minutes."""
        return MachineSettings.capped_auto_lock(minutes, drop_in=self._drop_in) * 60_000

    def save_drop_in(self, drop_in: bool) -> None:
        """Turn this computer's drop-in mode on or off (a small plain file, written on the worker)."""

        def work(manager: ProfileManager) -> bool:
            MachineSettings(manager.data_dir).drop_in = drop_in
            return read_drop_in(manager)

        def failed(_exc: BaseException) -> None:
            self._show_failure(
                self.tr(
                    "Could not save drop-in mode in {folder}. Check that the folder can be written to."
                ).format(folder=self.runner.manager.data_dir)
            )

        self.runner.run(work, self.set_drop_in, failed, owner=self)

    # -- moving a profile -----------------------------------------------------------------------

    def open_import(self) -> ImportDialog:
        """Ask for an export file and its passphrase; the imported profile opens unlocked."""
        dialog = ImportDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_import_requested.connect(lambda path, passphrase: self._import(dialog, path, passphrase))
        dialog.open()
        return dialog

    def _import(self, dialog: ImportDialog, path: Path, passphrase: str) -> None:
        def opened(info: SessionInfo) -> None:
            dialog.finish()
            self._on_opened(info)
            self.window.statusBar().showMessage(
                self.tr("Profile imported. This computer is now a new device of yours."), 10000
            )

        self.runner.open_session(
            lambda m: import_profile(m, path, passphrase),
            opened,
            lambda exc: dialog.show_error(describe_error(exc)),
            owner=dialog,
        )

    def open_receive(self) -> HandoffReceiveDialog:
        """Receive a profile from the person's other computer on this network; it opens unlocked here."""
        dialog = HandoffReceiveDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_received.connect(
            lambda bundle, sealed, chosen: self._open_received(dialog, bundle, sealed, chosen)
        )
        dialog.open()
        return dialog

    def _open_received(self, dialog: HandoffReceiveDialog, bundle: bytes, sealed: str, chosen: str) -> None:
        def opened(info: SessionInfo) -> None:
            dialog.opened()
            self._on_opened(info)
            self.window.statusBar().showMessage(
                self.tr("Profile received. This computer is now a new device of yours."), 10000
            )

        self.runner.open_session(
            lambda m: import_profile_bytes(m, bundle, sealed, profile_passphrase=chosen),
            opened,
            lambda exc: dialog.open_failed(describe_error(exc)),
            owner=dialog,
        )

    def open_handoff(self, parent: QWidget) -> HandoffSendDialog:
        """Send the unlocked profile to the person's other computer on this network, with a one-time code."""
        dialog = HandoffSendDialog(self.runner, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._locked.connect(dialog.close_now)
        dialog.open()
        return dialog

    def open_export(self, label: str, parent: QWidget) -> ExportDialog:
        """Back up or move the unlocked profile (called *label*) to an encrypted file."""
        dialog = ExportDialog(self.runner, label, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._locked.connect(dialog.close_now)
        dialog.open()
        return dialog

    def open_personal_export(self, label: str, parent: QWidget) -> PersonalExportDialog:
        """Everything personal in the unlocked profile (called *label*) as JSON and CSV, not encrypted."""
        dialog = PersonalExportDialog(self.runner, label, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._locked.connect(dialog.close_now)
        dialog.open()
        return dialog

    def open_personal_import(self) -> PersonalImportDialog:
        """A new profile from a personal-data JSON file, checked in full when chosen; it opens unlocked."""
        dialog = PersonalImportDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_check_requested.connect(lambda path: self._check_personal(dialog, path))
        dialog.sig_import_requested.connect(
            lambda path, label, passphrase: self._import_personal(dialog, path, label, passphrase)
        )
        dialog.open()
        return dialog

    def _personal_problem(self, exc: BaseException) -> str:
        if isinstance(exc, PersonalDataError):
            return self.tr("This file cannot start a profile. {problem}. Nothing was stored.").format(
                problem=str(exc).rstrip(".")
            )
        return describe_error(exc)

    def _check_personal(self, dialog: PersonalImportDialog, path: Path) -> None:
        def checked(data: PersonalData) -> None:
            dialog.show_checked(path, data)

        self.runner.run(
            lambda _m: read_personal(path),
            checked,
            lambda exc: dialog.show_file_error(path, self._personal_problem(exc)),
            owner=dialog,
        )

    def _import_personal(self, dialog: PersonalImportDialog, path: Path, label: str, passphrase: str) -> None:
        def opened(info: SessionInfo) -> None:
            dialog.finish()
            self._on_opened(info)
            self.window.statusBar().showMessage(
                self.tr("Your new profile holds everything from the export."), 10000
            )

        self.runner.open_session(
            lambda m: import_personal(m, path, label, passphrase),
            opened,
            lambda exc: dialog.show_error(self._personal_problem(exc)),
            owner=dialog,
        )

    def print_recovery_kit(self, parent: QWidget) -> None:
        """Ask where to save the unlocked profile's recovery kit (one A4 page, never the passphrase) and write it."""
        print_recovery_kit(parent, self.runner)
