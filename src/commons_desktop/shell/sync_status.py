"""What the window says about syncing (the Home card, status-bar notes), and "I need support" sent through it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QMessageBox

from commons_desktop import sync_words
from commons_desktop.events import AppEvents
from commons_desktop.features.support.need_support import NeedSupportDialog
from commons_desktop.service.values import SupportSent
from commons_desktop.service_client import ServiceClient
from commons_desktop.shell.main_window import MainWindow
from commons_desktop.shell.tray import AppTray
from commons_desktop.support_words import tray_text, tray_title
from sync.engine import RelayStatus, SupportRequested

SUPPORT_KEY = "support"  # the tray notification that someone in my support network asked for support

__all__ = ["SyncState", "SyncStatus"]

REWORD_MS = 30_000  # how often Home's "2 minutes ago" is written again


@dataclass
class SyncState:
    """What the Home screen says about syncing, from the sync service's events."""

    running: bool = False
    problem: str = ""
    peers: int = 0
    relays: dict[str, str] = field(
        default_factory=dict
    )  # space -> why its relay is not reachable ("" if it is)
    communities: list[str] = field(default_factory=list)  # one line per community: its name and sync summary

    def describe(self) -> str:
        # Not "tr": lupdate reads any tr(a, b) call as self.tr(text, disambiguation) and would extract "SyncStatus".
        translate = QCoreApplication.translate
        if not self.running:
            return self.problem or translate("SyncStatus", "Not syncing: nothing leaves this computer.")
        lines = [
            translate("SyncStatus", "Syncing. Devices connected: {count}.").format(count=self.peers)
            if self.peers
            else translate("SyncStatus", "The sync service is running; no other device is connected.")
        ]
        if self.relays:
            down = [reason for reason in self.relays.values() if reason]
            if down:
                lines.append(translate("SyncStatus", "Relay: {reason}").format(reason=down[0]))
            else:
                lines.append(translate("SyncStatus", "Relay connected: changes reach members who are away."))
        return "\n".join(lines + self.communities)


class SyncStatus(QObject):
    """Shows the sync service's news in the window and carries "I need support" to it.

    *locked* is the controller's lock signal: a dialog opened here closes with the profile. *show_failure*
    tells the person (status bar and a message box) when the service could not do what was asked. What to say
    about syncing goes out as *events*.sig_sync_status_changed (Home shows it); the screens that talk to the
    service get *sync* from their ScreenContext.
    """

    def __init__(
        self,
        sync: ServiceClient,
        window: MainWindow,
        events: AppEvents,
        locked: SignalInstance,
        show_failure: Callable[[str], None],
        tray: AppTray,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # The desktop notification for a supporter: the words say nothing personal (a shared screen).
        self.tray = tray
        sync.support.sig_request_arrived.connect(
            lambda _space: tray.notify(tray_title(), tray_text(), key=SUPPORT_KEY)
        )
        tray.sig_message_clicked.connect(lambda key: self._open_support() if key == SUPPORT_KEY else None)
        locked.connect(lambda: tray.clear(SUPPORT_KEY))
        self.waiting_box: QMessageBox | None = None  # "not sent yet", while it is open
        self.sync = sync
        self.window = window
        self._events = events
        self._locked = locked
        self._show_failure = show_failure
        self._state = SyncState()
        sync.sig_failed.connect(lambda message: window.statusBar().showMessage(message, 10000))
        sync.sig_command_failed.connect(lambda message: window.statusBar().showMessage(message, 10000))
        sync.sig_peers_changed.connect(self._show_peers)
        sync.sig_ready.connect(lambda _device: self._changed(running=True))
        sync.sig_failed.connect(lambda message: self._changed(running=False, problem=message))
        sync.sig_peers_changed.connect(lambda count: self._changed(peers=count))
        sync.sig_event.connect(self._event)
        sync.sig_sync_report_changed.connect(lambda _space: self._show_communities())
        sync.sig_communities_changed.connect(self._show_communities)
        self._reword = QTimer(self)  # "2 minutes ago" moves on
        self._reword.setInterval(REWORD_MS)
        self._reword.timeout.connect(self._show_communities)
        self._reword.start()

    def reset(self) -> None:
        """Forget what the service reported (on lock: the next profile's service starts from scratch)."""
        self._state = SyncState()

    def support_sent_words(self, sent: SupportSent) -> str:
        """What to say about "I need support" as it leaves, truthfully: sent to a connected computer (delivered
        only once it confirms, which Support and Home then show), going through a relay, or not yet."""
        if not sent.circles:
            return self.tr("Nobody was told: invite a supporter first (Support screen).")
        lines = []
        if sent.now:
            lines.append(
                self.tr(
                    "Sent to the computers of %n supporter(s) connected now; Home shows when each confirms it.",
                    "",
                    sent.now,
                )
            )
        if sent.relay:
            lines.append(
                self.tr(
                    "Going through the relay to %n supporter(s): their computers collect it when their Commons "
                    "next connects.",
                    "",
                    sent.relay,
                )
            )
        if sent.waiting:
            lines.append(
                self.tr(
                    "Not sent yet to %n supporter(s): none of their computers is reachable and there is no "
                    "relay. It is kept on this computer, even if Commons closes, and goes as soon as one of "
                    "their computers is online while Commons is open here. If you need someone now, call them.",
                    "",
                    sent.waiting,
                )
            )
        return " ".join(lines)

    def ask_for_support(self) -> NeedSupportDialog:
        """ "I need support": a few optional words, then the sync service tells every supporter."""
        dialog = NeedSupportDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def told(sent: SupportSent) -> None:
            self.window.statusBar().showMessage(self.support_sent_words(sent), 15000)
            if sent.waiting:
                # Not a status-bar note: someone asking for support must know it has not gone.
                box = QMessageBox(
                    QMessageBox.Icon.Warning,
                    self.tr("Not sent yet"),
                    self.support_sent_words(sent),
                    QMessageBox.StandardButton.Ok,
                    self.window,
                )
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                self._locked.connect(box.reject)
                self.waiting_box = box
                box.open()

        dialog.sig_send.connect(lambda message: self.sync.request_support(message, told, self._show_failure))
        self._locked.connect(dialog.reject)
        dialog.open()
        return dialog

    def _open_support(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        self._events.sig_screen_requested.emit("support")

    def _event(self, event: object) -> None:
        if isinstance(event, SupportRequested):
            self.window.statusBar().showMessage(
                self.tr("Someone you support asked for support: see Support → People I support."), 30000
            )
        if isinstance(event, RelayStatus):
            self._state.relays[event.space_id.hex()] = event.reason if not event.connected else ""
            self._changed()

    def _show_communities(self) -> None:
        """A line per community on Home: its name and where its sync stands (`sync_words.summary`)."""
        lines = []
        for community in self.sync.communities:
            report = self.sync.sync_report(community.space)
            if report is not None:
                name = community.name or self.tr("A community (arriving…)")
                status = sync_words.kept_here() if community.demo else sync_words.summary(report)
                lines.append(self.tr("{name}: {status}").format(name=name, status=status))
        if lines != self._state.communities:
            self._state.communities = lines
            self._changed()

    def _changed(self, *, running: bool | None = None, peers: int | None = None, problem: str = "") -> None:
        state = self._state
        if running is not None:
            state.running, state.problem = running, problem
        if peers is not None:
            state.peers = peers
        self._events.sig_sync_status_changed.emit(state.describe())

    def _show_peers(self, count: int) -> None:
        if count:
            self.window.statusBar().showMessage(
                self.tr("Syncing. Devices connected: {count}.").format(count=count), 8000
            )
