"""The one window: welcome, unlock or the workspace, with the session actions and a status bar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QStackedWidget, QWidget

from commons_desktop.screen import ScreenContext, ScreenSpec
from commons_desktop.shell.unlock_view import UnlockView
from commons_desktop.shell.welcome_view import WelcomeView
from commons_desktop.shell.workspace_view import WorkspaceView

BUSY_DELAY_MS = 300  # quick ops finish before an indicator would only flicker


class MainWindow(QMainWindow):
    sig_close_requested = Signal()  # closing means quitting: lock, then exit
    sig_hidden_to_tray = (
        Signal()
    )  # closed while keep_in_tray: hidden, the app (and its reminders) still running

    def __init__(
        self, context: ScreenContext, screens: Sequence[ScreenSpec], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Commons"))
        self.setMinimumSize(960, 620)
        self.resize(1180, 760)

        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(
            self.tr("Lock this profile now (Ctrl+L); unlock again with your passphrase")
        )
        self.end_session_action = QAction(self.tr("&End guest session"), self)
        self.end_session_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.end_session_action.setToolTip(self.tr("Wipe this guest profile and everything in it"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setToolTip(self.tr("Auto-lock time, theme and passphrase of this profile"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setToolTip(self.tr("Lock and close Commons"))
        self.quit_action.triggered.connect(self.quit)
        self.keep_in_tray = False  # the controller sets it from the profile's setting, where there is a tray
        self._quitting = False
        menu = self.menuBar().addMenu(self.tr("&Profile"))
        menu.addAction(self.lock_action)
        menu.addAction(self.end_session_action)
        menu.addSeparator()
        menu.addAction(self.settings_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self.about_action = QAction(self.tr("&About Commons"), self)
        self.about_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.about_action.setToolTip(
            self.tr("Versions, where your data lives, and what leaves this computer (F1)")
        )
        self.menuBar().addMenu(self.tr("&Help")).addAction(self.about_action)

        self.welcome_view = WelcomeView()
        self.unlock_view = UnlockView()
        self.workspace_view = WorkspaceView(context, screens, [self.lock_action, self.end_session_action])
        self.starting_view = QLabel()  # shown for the moment before the first profile listing arrives
        self.stack = QStackedWidget()
        for page in (self.starting_view, self.welcome_view, self.unlock_view, self.workspace_view):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)

        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("countdown")
        self.countdown_label.setAccessibleName(self.tr("Auto-lock countdown"))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(90)
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.setToolTip(self.tr("Commons is saving or loading"))
        self.busy_bar.hide()
        self.statusBar().addPermanentWidget(self.countdown_label)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.timeout.connect(self.busy_bar.show)
        context.runner.sig_busy_changed.connect(self._set_busy)
        self.set_unlocked(None)

    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def set_unlocked(self, guest: bool | None) -> None:
        """None: nothing unlocked. Otherwise which session actions apply."""
        self.lock_action.setEnabled(guest is False)
        self.settings_action.setEnabled(guest is not None)
        self.lock_action.setVisible(guest is not True)
        self.end_session_action.setEnabled(guest is True)
        self.end_session_action.setVisible(guest is True)
        if guest is None:
            self.show_countdown(None)

    def show_countdown(self, seconds: int | None, *, guest: bool = False) -> None:
        if seconds is None:
            self.countdown_label.clear()
            self.countdown_label.hide()
            return
        if guest:
            text = self.tr("Ending the guest session in %n s — move the mouse to stay", "", seconds)
        else:
            text = self.tr("Locking in %n s — move the mouse to stay", "", seconds)
        self.countdown_label.setText(text)
        self.countdown_label.show()

    def quit(self) -> None:
        """Close for good (Quit in the menu or the tray), even when closing would only hide the window."""
        self._quitting = True
        if self.isVisible():
            self.close()
        else:
            self.sig_close_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.keep_in_tray and not self._quitting:
            event.ignore()
            self.hide()
            self.sig_hidden_to_tray.emit()
            return
        self.sig_close_requested.emit()
        event.accept()

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start(BUSY_DELAY_MS)
        else:
            self._busy_timer.stop()
            self.busy_bar.hide()
