"""Moves the window between welcome, unlock and the workspace, and owns locking (by hand or when idle)."""

from __future__ import annotations

import base64
import binascii
import contextlib
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from commons_desktop.events import AppEvents
from commons_desktop.features.support.need_support import NeedSupportDialog
from commons_desktop.ops import SessionInfo, StoreRunner, describe_error
from commons_desktop.service_client import ServiceClient
from commons_desktop.shell.dialogs.about_dialog import AboutDialog
from commons_desktop.shell.dialogs.export_dialog import ExportDialog
from commons_desktop.shell.dialogs.handoff_receive import HandoffReceiveDialog
from commons_desktop.shell.dialogs.handoff_send import HandoffSendDialog
from commons_desktop.shell.dialogs.import_dialog import ImportDialog
from commons_desktop.shell.dialogs.personal_export import PersonalExportDialog
from commons_desktop.shell.dialogs.personal_import import PersonalImportDialog
from commons_desktop.shell.dialogs.settings_dialog import SettingsDialog
from commons_desktop.shell.idle import IdleWatcher
from commons_desktop.shell.main_window import MainWindow
from commons_desktop.shell.profile_flows import ProfileFlows, read_drop_in
from commons_desktop.shell.reminder_flow import ReminderFlow
from commons_desktop.shell.reminders import Clock
from commons_desktop.shell.sync_status import SyncStatus
from commons_desktop.shell.tray import AppTray
from commons_desktop.theme import apply_theme
from store import (
    AUTO_LOCK_MINUTES,
    CHECKIN_REMINDER_MINUTE,
    KEEP_IN_TRAY,
    THEME,
    WINDOW_GEOMETRY,
    MachineSettings,
    ProfileInfo,
    ProfileManager,
    ProfileSession,
)


@dataclass(frozen=True)
class _Preferences:
    geometry: str
    auto_lock_minutes: int
    theme: str
    reminder_minute: int = CHECKIN_REMINDER_MINUTE.default  # -1: no check-in reminder
    keep_in_tray: bool = KEEP_IN_TRAY.default


def _read_preferences(session: ProfileSession) -> _Preferences:
    settings = session.settings
    return _Preferences(
        settings.get(WINDOW_GEOMETRY),
        settings.get(AUTO_LOCK_MINUTES),
        settings.get(THEME),
        settings.get(CHECKIN_REMINDER_MINUTE),
        settings.get(KEEP_IN_TRAY),
    )


class Controller(QObject):
    sig_unlocked = Signal()
    sig_locked = Signal()
    # The person chose another language ("" = the system's), and it is saved: app.py opens the window again in
    # it (the screens write their texts once, when they are built). Then sig_reopened gives the new controller.
    sig_language_changed = Signal(str)
    sig_reopened = Signal(object)

    def __init__(
        self,
        app: QApplication,
        runner: StoreRunner,
        window: MainWindow,
        idle_timeout_ms: int | None = None,
        parent: QObject | None = None,
        *,
        events: AppEvents,
        sync: ServiceClient,
        sync_service: bool = True,
        tray: AppTray | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.window = window
        self.idle = IdleWatcher(app, self)
        self._idle_override_ms = idle_timeout_ms
        self._info: SessionInfo | None = None
        self._shut_down = False
        self._sync_service = sync_service
        self._demo_requested = False  # "Explore a demo town": open it once this session's service is ready
        self._language = ""  # this computer's language choice, as last read on the worker
        self.events = events  # what the screens tell each other (app.py wires the rest)
        self.sync = sync  # the screens were given it in their ScreenContext
        self.tray = tray or AppTray(self)
        self._sync_status = SyncStatus(
            sync, window, events, self.sig_locked, self._show_failure, self.tray, self
        )
        self._flows = ProfileFlows(runner, window, self.sig_locked, self._opened, self._show_failure, self)
        self.reminders = ReminderFlow(app, runner, window, events, self.tray, clock, self)

        welcome, unlock = window.welcome_view, window.unlock_view
        welcome.sig_create_requested.connect(self._create)
        welcome.sig_guest_requested.connect(self._start_guest)
        welcome.sig_demo_requested.connect(self.explore_demo)
        sync.sig_ready.connect(lambda _device: self._open_demo_if_asked())
        welcome.sig_back_requested.connect(lambda: self.show_profiles())
        welcome.sig_import_requested.connect(self.open_import)
        unlock.sig_import_requested.connect(self.open_import)
        welcome.sig_receive_requested.connect(self.open_receive)
        welcome.sig_personal_import_requested.connect(self.open_personal_import)
        unlock.sig_personal_import_requested.connect(self.open_personal_import)
        unlock.sig_receive_requested.connect(self.open_receive)
        unlock.sig_unlock_requested.connect(self._unlock)
        unlock.sig_create_requested.connect(self._show_create)
        unlock.sig_guest_requested.connect(self._start_guest)
        for combo in (welcome.language_combo, unlock.language_combo):
            combo.sig_language_chosen.connect(self.choose_language)
        window.lock_action.triggered.connect(lambda: self.lock())
        window.end_session_action.triggered.connect(self.end_guest_session)
        window.settings_action.triggered.connect(self.open_settings)
        window.about_action.triggered.connect(self.open_about)
        window.sig_close_requested.connect(self.shutdown)
        runner.sig_failed.connect(self._show_failure)
        self.idle.sig_idle_timeout.connect(lambda: self.lock())
        self.idle.sig_countdown_changed.connect(
            lambda s: window.show_countdown(s, guest=self._info is not None and self._info.guest)
        )
        self.idle.sig_countdown_cancelled.connect(lambda: window.show_countdown(None))

    # -- state ----------------------------------------------------------------------------------

    @property
    def session_info(self) -> SessionInfo | None:
        return self._info

    @property
    def unlocked(self) -> bool:
        return self._info is not None

    # -- before unlock --------------------------------------------------------------------------

    def show_profiles(self, select: str | None = None) -> None:
        """Ask the store which profiles exist, then show the picker, or the welcome screen if none."""
        self.runner.run(
            lambda m: (m.list_profiles(), read_drop_in(m), MachineSettings(m.data_dir).language),
            lambda found: self._show_start(found[0], select, drop_in=found[1], language=found[2]),
            owner=self,
        )

    def choose_language(self, language: str) -> None:
        """Keep *language* ("" = the system's) as this computer's choice, then open the window again in it."""
        if language == self._language:
            return

        def save(manager: ProfileManager) -> str:
            MachineSettings(manager.data_dir).language = language
            return language

        self.runner.run(save, self.sig_language_changed.emit, owner=self)

    @property
    def drop_in(self) -> bool:
        return self._flows.drop_in

    def _show_start(
        self, profiles: list[ProfileInfo], select: str | None, *, drop_in: bool, language: str
    ) -> None:
        self._flows.set_drop_in(drop_in)
        self._language = language
        for combo in (self.window.welcome_view.language_combo, self.window.unlock_view.language_combo):
            combo.set_language(language)
        if self._info is not None:
            return  # unlocked meanwhile (a guest session started while the listing ran)
        personal = [p for p in profiles if not p.guest]
        if personal:
            self.window.unlock_view.set_profiles(personal, select)
            self.window.show_page(self.window.unlock_view)
            self.window.unlock_view.focus_start()
        else:
            self.window.welcome_view.set_can_go_back(False)
            self.window.show_page(self.window.welcome_view)
            self.window.welcome_view.focus_first_field()

    def _show_create(self) -> None:
        welcome = self.window.welcome_view
        welcome.reset()
        welcome.set_can_go_back(True)
        self.window.show_page(welcome)
        welcome.focus_first_field()

    def _create(self, label: str, passphrase: str) -> None:
        welcome = self.window.welcome_view
        self.runner.open_session(
            lambda m: m.create(label, passphrase),
            self._opened,
            lambda exc: welcome.show_error(describe_error(exc)),
            owner=self,
        )

    def _unlock(self, profile_id: str, passphrase: str) -> None:
        unlock = self.window.unlock_view
        self.runner.open_session(
            lambda m: m.unlock(profile_id, passphrase),
            self._opened,
            lambda exc: unlock.show_error(describe_error(exc)),
            owner=self,
        )

    def _start_guest(self) -> None:
        page = self.window.current_page()
        if page is self.window.welcome_view:
            self.window.welcome_view.set_busy(True, self.tr("Starting a guest session…"))
        elif page is self.window.unlock_view:
            self.window.unlock_view.set_busy(True)

        def failed(exc: BaseException) -> None:
            self._demo_requested = False
            self.window.welcome_view.set_busy(False)
            self.window.unlock_view.set_busy(False)
            self._show_failure(describe_error(exc))

        self.runner.open_session(lambda m: m.create_guest(), self._opened, failed, owner=self)

    def explore_demo(self) -> None:
        """The welcome page's "Explore a demo town": a guest session (nothing kept, nothing shared) whose
        sync service, kept on this computer, opens the demo town on the Community screen."""
        self._demo_requested = True
        self._start_guest()

    def _open_demo_if_asked(self) -> None:
        if not self._demo_requested:
            return
        self._demo_requested = False

        def opened(space: str) -> None:
            self.events.sig_community_requested.emit(space)
            self.events.sig_screen_requested.emit("community")

        self.sync.open_demo(opened, self._show_failure, owner=self)

    def open_import(self) -> ImportDialog | None:
        """Ask for an export file and its passphrase; the imported profile opens unlocked."""
        if self._info is not None:
            return None
        return self._flows.open_import()

    def open_personal_import(self) -> PersonalImportDialog | None:
        """ "Start from an export…": a new profile from a personal-data JSON file; it opens unlocked."""
        if self._info is not None:
            return None
        return self._flows.open_personal_import()

    def open_receive(self) -> HandoffReceiveDialog | None:
        """Receive a profile from the person's other computer on this network; it opens unlocked."""
        if self._info is not None:
            return None
        return self._flows.open_receive()

    # -- unlocked -------------------------------------------------------------------------------

    def _opened(self, info: SessionInfo) -> None:
        self._info = info
        window = self.window
        window.welcome_view.reset()
        window.unlock_view.reset()
        window.statusBar().clearMessage()  # "Locked…" or an unlock error no longer applies
        window.workspace_view.set_profile(info.label, info.guest)
        window.set_unlocked(info.guest)
        window.show_page(window.workspace_view)
        window.workspace_view.load()
        window.workspace_view.sidebar.setFocus()
        if self._idle_override_ms is not None:
            self.idle.start(self._idle_override_ms)
        self.runner.with_session(
            _read_preferences, self._apply_preferences, lambda _exc: self._apply_preferences(None), owner=self
        )
        # A guest's visit is not synced anywhere; a guest exploring the demo town gets a service that keeps
        # everything on this computer (it refuses joining, inviting, relays and discovery).
        if self._sync_service and (not info.guest or self._demo_requested):
            data_dir = self.runner.manager.data_dir
            self.runner.with_session(
                lambda session: session.database_key(),
                lambda key: self.sync.start(data_dir, info.profile_id, key, local_only=info.guest),
                owner=self,
            )
        self.sig_unlocked.emit()

    def _apply_preferences(self, prefs: _Preferences | None) -> None:
        if prefs is None:
            prefs = _Preferences("", AUTO_LOCK_MINUTES.default, THEME.default)
        if prefs.geometry:
            # A damaged value keeps the current geometry.
            with contextlib.suppress(binascii.Error, ValueError):
                self.window.restoreGeometry(QByteArray(base64.b64decode(prefs.geometry, validate=True)))
        apply_theme(self.app, prefs.theme)
        self._start_idle(prefs.auto_lock_minutes)
        if self._info is not None:
            self.reminders.unlocked(prefs.reminder_minute, prefs.keep_in_tray, guest=self._info.guest)

    def _start_idle(self, minutes: int) -> None:
        """Auto-lock after the profile's idle minutes; on a drop-in laptop after at most five."""
        if self._idle_override_ms is None:
            self.idle.start(self._flows.auto_lock_ms(minutes))

    def open_about(self) -> AboutDialog:
        dialog = AboutDialog(self.runner.manager.data_dir, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def ask_for_support(self) -> NeedSupportDialog:
        """ "I need support": a few optional words, then the sync service tells every supporter."""
        return self._sync_status.ask_for_support()

    def open_settings(self) -> SettingsDialog | None:
        """Show the settings of the unlocked profile; saved values apply at once."""
        info = self._info
        if info is None:
            return None
        dialog = SettingsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_save_requested.connect(self._save_settings)
        dialog.sig_reminders_save_requested.connect(lambda m, k: self.reminders.save(m, k, guest=info.guest))
        dialog.sig_drop_in_changed.connect(self._flows.save_drop_in)
        dialog.sig_language_chosen.connect(self.choose_language)
        dialog.sig_change_passphrase_requested.connect(
            lambda old, new: self._change_passphrase(dialog, old, new)
        )
        dialog.sig_delete_requested.connect(lambda passphrase: self._delete_profile(dialog, passphrase))
        dialog.sig_export_requested.connect(lambda: self.open_export(dialog))
        dialog.sig_handoff_requested.connect(lambda: self.open_handoff(dialog))
        dialog.sig_personal_export_requested.connect(lambda: self.open_personal_export(dialog))
        dialog.sig_recovery_kit_requested.connect(lambda: self._flows.print_recovery_kit(dialog))
        self.sig_locked.connect(dialog.reject)  # nothing of a locked profile stays on screen

        def show(prefs: _Preferences) -> None:
            dialog.load(
                prefs.auto_lock_minutes,
                prefs.theme,
                guest=info.guest,
                drop_in=self._flows.drop_in,
                language=self._language,
            )
            dialog.load_reminders(
                prefs.reminder_minute, prefs.keep_in_tray, tray=self.reminders.tray.available()
            )
            dialog.open()

        self.runner.with_session(_read_preferences, show, owner=dialog)
        return dialog

    def open_export(self, parent: QWidget | None = None) -> ExportDialog | None:
        """Back up or move the unlocked profile to an encrypted file (not offered to a guest)."""
        info = self._info
        if info is None or info.guest:
            return None
        return self._flows.open_export(info.label, parent or self.window)

    def open_personal_export(self, parent: QWidget | None = None) -> PersonalExportDialog | None:
        """Everything personal as JSON and CSV, not encrypted (not offered to a guest, whose visit is not kept)."""
        info = self._info
        if info is None or info.guest:
            return None
        return self._flows.open_personal_export(info.label, parent or self.window)

    def open_handoff(self, parent: QWidget | None = None) -> HandoffSendDialog | None:
        """Send the unlocked profile to the person's other computer on this network (not offered to a guest)."""
        info = self._info
        if info is None or info.guest:
            return None
        return self._flows.open_handoff(parent or self.window)

    def _save_settings(self, minutes: int, theme: str) -> None:
        def work(session: ProfileSession) -> _Preferences:
            session.settings.set(AUTO_LOCK_MINUTES, minutes)
            session.settings.set(THEME, theme)
            return _read_preferences(session)

        def done(prefs: _Preferences) -> None:
            apply_theme(self.app, prefs.theme)
            self._start_idle(prefs.auto_lock_minutes)
            self.window.statusBar().showMessage(self.tr("Settings saved."), 5000)

        self.runner.with_session(work, done, owner=self)

    def _change_passphrase(self, dialog: SettingsDialog, old: str, new: str) -> None:
        manager = self.runner.manager
        self.runner.with_session(
            lambda session: manager.change_passphrase(session, old, new),
            lambda _: dialog.show_passphrase_result(
                self.tr("Passphrase changed. Use the new one from now on."), ok=True
            ),
            lambda exc: dialog.show_passphrase_result(describe_error(exc), ok=False),
            owner=dialog,
        )

    def _delete_profile(self, dialog: SettingsDialog, passphrase: str) -> None:
        manager = self.runner.manager

        def done(_: None) -> None:
            dialog.accept()
            self.lock(self.tr("The profile was deleted from this computer."))

        self.runner.with_session(
            lambda session: manager.delete_with_passphrase(session, passphrase),
            done,
            lambda exc: dialog.show_delete_failed(describe_error(exc)),
            owner=dialog,
        )

    def lock(self, message: str | None = None) -> None:
        """Lock now (or, for a guest, end the session): clear every screen first, then close the store."""
        info, self._info = self._info, None
        if info is None:
            return
        self.idle.stop()
        self._demo_requested = False
        self.reminders.locked(forget=info.guest or self.drop_in)
        # A guest's service (the demo) must be gone before its profile is wiped: wait for it.
        self.sync.stop(wait=info.guest)
        self._sync_status.reset()
        geometry = self._geometry()
        window = self.window
        window.workspace_view.clear()
        window.set_unlocked(None)
        apply_theme(self.app, "light")
        window.show_page(window.starting_view)

        def save_geometry(session: ProfileSession) -> None:
            session.settings.set(WINDOW_GEOMETRY, geometry)

        self.runner.close_session(
            None if info.guest else save_geometry,
            wipe_guest=info.guest,
            on_done=lambda _: self._closed(info, message),
            owner=self,
        )
        self.sig_locked.emit()

    def _closed(self, info: SessionInfo, message: str | None) -> None:
        if message is None and info.guest:
            message = self.tr("The guest session has ended and its data was wiped.")
        elif message is None:
            message = self.tr("Locked. Your data is encrypted on disk.")
        self.window.statusBar().showMessage(message, 8000)
        self.show_profiles(select=None if info.guest else info.profile_id)

    def end_guest_session(self) -> None:
        if self._info is None or not self._info.guest:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("End guest session"),
            self.tr("End the guest session? Everything in it is wiped and cannot be brought back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.lock()

    def shutdown(self) -> None:
        """On exit: save the geometry and lock (a guest profile is wiped), then stop the worker."""
        if self._shut_down:
            return
        self._shut_down = True
        self.idle.stop()
        self.reminders.locked(forget=True)
        self.reminders.tray.hide()
        self.sync.stop(wait=True)
        info, self._info = self._info, None
        geometry = self._geometry()
        self.window.workspace_view.clear()

        def save_geometry(session: ProfileSession) -> None:
            session.settings.set(WINDOW_GEOMETRY, geometry)

        self.runner.shutdown(None if info is None or info.guest else save_geometry, wipe_guest=True)

    # -- inside ---------------------------------------------------------------------------------

    def _geometry(self) -> str:
        return base64.b64encode(bytes(self.window.saveGeometry().data())).decode("ascii")

    def _show_failure(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10000)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Commons"), message, QMessageBox.StandardButton.Ok, self.window
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): a message must never stall the event loop (or a test)
