"""The Community screen's "Start or join" tab: start a community (its name, mine, an optional relay reached
first), or join one with an invite — typed or pasted, read from a picture of its QR code, or scanned with the
camera. Bad input is explained here and never reaches the sync service; what the service refuses is said too.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from commons_desktop.features.community.camera_join import ScanCameraButton
from commons_desktop.features.community.qr_join import OpenQrImageButton, is_web_address
from commons_desktop.service_client import ServiceClient
from commons_desktop.widgets.screen_layout import default_button, named, styled_label
from sync.relay import RelayError
from sync.relay.address import RelayAddress

__all__ = ["MAX_NAME", "StartJoinPage"]

MAX_NAME = 120


class StartJoinPage(QWidget):
    sig_started = Signal(str)  # a community was started: its space
    sig_joined = Signal(str)  # a community was joined: its space

    def __init__(self, sync: ServiceClient | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self.new_name_edit = QLineEdit()
        self.new_name_edit.setMaxLength(MAX_NAME)
        self.new_name_edit.setPlaceholderText(self.tr("e.g. Mill Road"))
        named(self.new_name_edit, self.tr("Community name"), self.tr("The name everyone in it will see"))
        self.founder_name_edit = QLineEdit()
        self.founder_name_edit.setMaxLength(MAX_NAME)
        named(self.founder_name_edit, self.tr("Your name"), self.tr("How the people you invite will see you"))
        self.create_button = default_button(
            self.tr("Start community"),
            self.tr("Start community"),
            self.tr("Start a new community with you in it"),
        )
        self.relay_edit = QLineEdit()
        self.relay_edit.setEchoMode(QLineEdit.EchoMode.Password)  # the address holds the relay's password
        self.relay_edit.setPlaceholderText(self.tr("Optional: commons-relay://…"))
        named(
            self.relay_edit,
            self.tr("Relay"),
            self.tr(
                "A relay lets members who are not on your network sync; paste the address its operator gave "
                "you, or leave it empty"
            ),
        )
        self.join_edit = QLineEdit()
        self.join_edit.setPlaceholderText(self.tr("Paste the invite text, or type the short code"))
        named(self.join_edit, self.tr("Invite"), self.tr("The invite text or the short code you were given"))
        self.via_edit = QLineEdit()
        self.via_edit.setPlaceholderText(self.tr("Optional, e.g. 192.168.1.20:50123"))
        named(
            self.via_edit,
            self.tr("Inviting computer's address"),
            self.tr("Only if the invite does not find the inviting computer by itself"),
        )
        self.join_button = QPushButton(self.tr("Join"))
        named(self.join_button, self.tr("Join"), self.tr("Join the community this invite is for"))
        self.open_qr_button = OpenQrImageButton()
        self.scan_camera_button = ScanCameraButton()
        self.start_status = styled_label("", "muted", wrap=True)
        self._lay_out()
        self.create_button.clicked.connect(self.start_community)
        self.join_button.clicked.connect(self.join)
        self.join_edit.returnPressed.connect(self.join)
        self.open_qr_button.sig_invite_read.connect(self.join_with)
        self.open_qr_button.sig_failed.connect(self.start_status.setText)
        self.scan_camera_button.sig_invite_read.connect(self.join_with)

    def _lay_out(self) -> None:
        start = QFormLayout()
        start.addRow(self.tr("Community name:"), self.new_name_edit)
        start.addRow(self.tr("Your name:"), self.founder_name_edit)
        start.addRow(self.tr("Relay:"), self.relay_edit)
        start.addRow(
            "",
            styled_label(
                self.tr(
                    "Only if you have a relay, for members who are not on your network. It is checked first: if "
                    "it refuses or does not answer, nothing is started."
                ),
                "muted",
                wrap=True,
            ),
        )
        start.addRow("", _left(self.create_button))
        join = QFormLayout()
        join.addRow(self.tr("Invite:"), self.join_edit)
        join.addRow(self.tr("Address:"), self.via_edit)
        join.addRow("", _left(self.join_button, self.open_qr_button, self.scan_camera_button))
        layout = QVBoxLayout(self)
        layout.addWidget(styled_label(self.tr("Start a community"), "subheading"))
        layout.addLayout(start)
        layout.addSpacing(12)
        layout.addWidget(styled_label(self.tr("Join with an invite"), "subheading"))
        layout.addLayout(join)
        layout.addWidget(self.start_status)
        layout.addStretch(1)

    # -- what the screen calls --

    def set_running(self, running: bool) -> None:
        for widget in (self.create_button, self.join_button, self.open_qr_button, self.scan_camera_button):
            widget.setEnabled(running)

    def clear(self) -> None:
        self.scan_camera_button.stop_scan()  # locking turns the camera off
        for edit in (
            self.new_name_edit,
            self.founder_name_edit,
            self.join_edit,
            self.via_edit,
            self.relay_edit,
        ):
            edit.clear()
        self.start_status.clear()

    # -- starting --

    def start_community(self) -> None:
        name, mine = self.new_name_edit.text().strip(), self.founder_name_edit.text().strip()
        if not name or not mine:
            self.start_status.setText(self.tr("Give the community a name, and yours."))
            return
        relay = self._relay_address()
        if self._sync is None or relay is None:
            return

        def created(space: str) -> None:
            self.new_name_edit.clear()
            self.relay_edit.clear()
            self.start_status.setText(
                self.tr("“{name}” is started. Invite your neighbours from “This community”.").format(
                    name=name
                )
            )
            self.sig_started.emit(space)

        def failed(reason: str) -> None:
            if relay:
                reason = self.tr(
                    "Not started, nothing was saved: {reason}. Check the relay address, or leave it empty to "
                    "start without a relay."
                ).format(reason=reason)
            self.start_status.setText(reason)

        self.start_status.setText(self.tr("Reaching the relay…") if relay else self.tr("Starting…"))
        self._sync.create_community(name, mine, created, failed, relay=relay, owner=self)

    def _relay_address(self) -> str | None:
        """The relay address typed (empty for none), or None after saying why it is not one."""
        text = self.relay_edit.text().strip()
        if not text:
            return ""
        try:
            return RelayAddress.from_text(text).to_text()
        except RelayError as exc:
            self.start_status.setText(
                self.tr(
                    "This is not a relay address: {reason}. Paste the whole line you were given, from "
                    "commons-relay:// to the end, or leave it empty."
                ).format(reason=str(exc))
            )
            return None

    # -- joining --

    def join_with(self, invite: str) -> None:
        """Join with an invite read from a QR picture or the camera, as if it had been pasted."""
        self.join_edit.setText(invite)
        self.join()

    def join(self) -> None:
        code = self.join_edit.text().strip()
        if not code:
            self.start_status.setText(
                self.tr("Paste the invite text, or type the short code you were given.")
            )
            return
        if is_web_address(code):
            self.start_status.setText(
                self.tr(
                    "This is a web address, not a Commons invite. Paste the invite text (it starts with "
                    "COMMONS-INVITE:) or type the short code."
                )
            )
            return
        if self._sync is None:
            return

        def joined(space: str) -> None:
            self.join_edit.clear()
            self.via_edit.clear()
            self.join_button.setEnabled(True)
            self.start_status.setText(self.tr("Joined. The community's records arrive in a moment."))
            self.sig_joined.emit(space)

        def failed(reason: str) -> None:
            self.join_button.setEnabled(True)
            self.start_status.setText(self.tr("Could not join: {reason}").format(reason=reason))

        self.join_button.setEnabled(False)
        self.start_status.setText(self.tr("Joining… this can take up to half a minute."))
        self._sync.join(code, self.via_edit.text().strip(), joined, failed, owner=self)


def _left(*buttons: QPushButton) -> QHBoxLayout:
    """A form's buttons at their natural width, on the left."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
