"""The relay for my support network: its address (masked), Save and Remove, and whether my circles reach it.

The address holds the relay's password: it is kept only in the encrypted store (setting `support_relay`, read
and written through the StoreRunner), shown masked unless asked, and forgotten on lock. Once stored, the sync
service applies it to every circle of mine (`set_support_relay`), and circles made later take it too.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from commons_desktop.ops import StoreRunner, describe_error
from commons_desktop.service.values import ServiceStatus, SupportCircleInfo
from commons_desktop.service_client import ServiceClient
from commons_desktop.widgets.screen_layout import named, styled_label
from store import SUPPORT_RELAY, ProfileSession
from sync.engine import RelayStatus
from sync.relay import RelayError
from sync.relay.address import RelayAddress


class SupportRelayPanel(QWidget):
    sig_relay_loaded = Signal()  # the stored address (or none) is in the field
    sig_relay_applied = Signal()  # a saved or removed address reached the sync service (or could not)

    def __init__(
        self, runner: StoreRunner, service: ServiceClient | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._service = service
        self._saved = ""  # the stored address: a secret, held only while the profile is unlocked
        self._circles: set[str] = set()  # my circles (spaces), as the sync service last listed them
        self._relays: dict[str, tuple[bool, str]] = {}  # my circle → (relay reached, why not), once tried
        self.address_edit = QLineEdit()
        self.address_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.address_edit.setPlaceholderText("commons-relay://…")
        named(
            self.address_edit,
            self.tr("Relay for my support network"),
            self.tr("The relay address you were given; it starts with commons-relay:// and holds a password"),
        )
        self.show_check = QCheckBox(self.tr("Show"))
        named(self.show_check, self.tr("Show relay address"), self.tr("Show the address, password included"))
        self.save_button = QPushButton(self.tr("Save relay"))
        named(self.save_button, self.tr("Save relay"), self.tr("Use this relay for all your supporters"))
        self.remove_button = QPushButton(self.tr("Remove relay"))
        named(
            self.remove_button,
            self.tr("Remove relay"),
            self.tr(
                "Stop using this relay; supporters then get what you share only when you meet on a network"
            ),
        )
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.status_label = styled_label("", "muted", wrap=True)
        self._lay_out()
        self.show_check.toggled.connect(self._show_address)
        self.address_edit.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self._show_error("")
        self.set_syncing(False)

    def _lay_out(self) -> None:
        field = QHBoxLayout()
        field.addWidget(self.address_edit, 1)
        field.addWidget(self.show_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(styled_label(self.tr("Relay for my support network"), "subheading"))
        layout.addWidget(
            styled_label(
                self.tr(
                    "Lets supporters who are not on your network receive what you share. The relay stores only "
                    "encrypted data."
                ),
                "muted",
                wrap=True,
            )
        )
        layout.addLayout(field)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)

    # -- what the Support screen calls ------------------------------------------------------------

    def load(self) -> None:
        self._runner.with_session(
            lambda s: s.settings.get(SUPPORT_RELAY), self._show_saved, self._failed, owner=self
        )

    def set_syncing(self, syncing: bool) -> None:
        """Saving and removing need the sync service: it is what gives my circles the relay."""
        self.save_button.setEnabled(syncing)
        self.remove_button.setEnabled(syncing and bool(self._saved))
        self._show_state(syncing)

    @property
    def _running(self) -> bool:
        return self._service is not None and self._service.running

    def show_status(self, circles: tuple[SupportCircleInfo, ...], status: ServiceStatus) -> None:
        """What the sync service says: which circles are mine, and how their relays fare."""
        self._circles = {c.space for c in circles if c.side == "person"}
        self._relays = {
            space: (relay.connected, relay.problem)
            for space, relay in status.relays.items()
            if space in self._circles
        }
        self._show_state(self._running)

    def sync_event(self, event: object) -> None:
        if isinstance(event, RelayStatus) and event.space_id.hex() in self._circles:
            self._relays[event.space_id.hex()] = (event.connected, event.reason)
            self._show_state(self._running)

    def clear(self) -> None:
        """Forget the address and everything said about it (on lock)."""
        self._saved = ""
        self._circles, self._relays = set(), {}
        self.address_edit.clear()
        self.show_check.setChecked(False)
        self._show_error("")
        self.set_syncing(False)
        self.status_label.clear()

    # -- saving and removing ------------------------------------------------------------------------

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        text = self.address_edit.text().strip()
        if not text:
            self._show_error(
                self.tr("Paste the relay address first, or press Remove relay to stop using one.")
            )
            return
        try:
            address = RelayAddress.from_text(text).to_text()
        except RelayError as exc:
            self._show_error(
                self.tr(
                    "This is not a relay address: {reason}. Paste the whole line you were given, from "
                    "commons-relay:// to the end."
                ).format(reason=str(exc))
            )
            return
        if SUPPORT_RELAY.high is not None and len(address) > SUPPORT_RELAY.high:
            self._show_error(self.tr("This relay address is too long. Ask for one with fewer servers."))
            return
        self._store(address)

    def remove(self) -> None:
        if self.remove_button.isEnabled():
            self._store("")

    def _store(self, address: str) -> None:
        self._show_error("")

        def work(session: ProfileSession) -> None:
            session.settings.set(SUPPORT_RELAY, address)

        self._runner.with_session(work, lambda _: self._stored(address), self._failed, owner=self)

    def _stored(self, address: str) -> None:
        self._saved = address
        self.address_edit.setText(address)
        self.show_check.setChecked(False)
        self.set_syncing(self._running)
        if self._service is not None:
            self._service.set_support_relay(address, self._applied, self._apply_failed, owner=self)

    def _applied(self, _circles: int) -> None:
        self._relays = {}  # what was said of the old relay no longer holds
        self._show_state(self._running)
        service = self._service
        if service is not None:  # which circles are mine, then which relays they now reach
            service.list_support_circles(
                lambda circles: service.status(lambda status: self.show_status(circles, status), owner=self),
                owner=self,
            )
        self.sig_relay_applied.emit()

    def _apply_failed(self, reason: str) -> None:
        self._show_error(
            self.tr(
                "Saved, but your supporters' circles could not be changed: {reason} Save again later."
            ).format(reason=reason)
        )
        self.sig_relay_applied.emit()

    # -- showing ------------------------------------------------------------------------------------

    def _show_saved(self, address: str) -> None:
        if self.address_edit.text() == self._saved:  # keep what the person is typing
            self.address_edit.setText(address)
        self._saved = address
        self.set_syncing(self._running)
        self.sig_relay_loaded.emit()

    def _show_address(self, shown: bool) -> None:
        self.address_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.address_edit.setAccessibleDescription(message)  # a screen reader says it with the field

    def _show_state(self, syncing: bool) -> None:
        if self._saved:
            lines = [
                self.tr("Saved: your supporters' circles use the relay at {servers}.").format(
                    servers=_servers(self._saved)
                )
            ]
        else:
            lines = [
                self.tr(
                    "No relay saved: supporters get what you share only when your computers meet on a network."
                    " Your community's relay is not used for them."
                )
            ]
        problems = [why for up, why in self._relays.values() if not up and why]
        if problems:
            lines.append(self.tr("Relay: {reason}").format(reason=problems[0]))
        elif any(up for up, _ in self._relays.values()):
            lines.append(self.tr("Relay connected: what you share reaches supporters who are away."))
        if not syncing:
            lines.append(self.tr("Sync is not running, so the relay cannot be changed now."))
        self.status_label.setText("\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        self._show_error(describe_error(exc))


def _servers(address: str) -> str:
    """Where the relay is, without its credential ("?" for text that is not a relay address)."""
    try:
        return ", ".join(f"{host}:{port}" for host, port in RelayAddress.from_text(address).servers)
    except RelayError:
        return "?"
