"""Send the unlocked profile to the person's own computer on this network: a one-time code, then the transfer."""

from __future__ import annotations

import ipaddress
import os
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.network_thread import NetworkThread
from commons_desktop.ops import StoreRunner, describe_error
from commons_desktop.widgets.screen_layout import default_button, named
from commons_desktop.widgets.secret_clipboard import SecretClipboard
from handoff import (
    MAX_ATTEMPTS,
    SECRET_BYTES,
    Delivered,
    HandoffCode,
    HandoffError,
    HandoffEvent,
    HandoffOffer,
    ReceiverConnected,
    ReceiverFailed,
    Sending,
    WrongCode,
    export_passphrase,
)
from store import ProfileSession, export_profile_bytes
from sync.lan.discovery import DiscoveryError, interface_addresses

__all__ = ["HandoffSendDialog", "offer_addresses"]


def offer_addresses() -> list[tuple[str, str]]:
    """(device, IPv4 address) this computer can offer a profile on: its networks first, loopback last."""
    try:
        found = interface_addresses()
    except (DiscoveryError, OSError):
        found = []
    usable = [(d, a) for d, a in found if not ipaddress.IPv4Address(a).is_loopback]
    return usable + [(d, a) for d, a in found if ipaddress.IPv4Address(a).is_loopback] or [
        ("lo", "127.0.0.1")
    ]


class HandoffSendDialog(QDialog):
    """Choose the network, show the code, and follow the other computer taking the profile.

    The export (sealed with a passphrase derived from the code's secret) is made on the store's worker; the
    offer runs on a `NetworkThread` and ends when the dialog closes or the profile locks (`close_now`).
    """

    def __init__(self, runner: StoreRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._network = NetworkThread(self)
        self._deadline = 0.0
        self.setWindowTitle(self.tr("Send this profile to another computer"))
        self.setMinimumWidth(640)

        intro = QLabel(
            self.tr(
                "Move this profile to your own computer on the same network (the same Wi-Fi or cable). On "
                "the other computer, open Commons, choose “Receive from another computer…” and type the code "
                "that appears here. The profile travels encrypted, and the code works once, for 10 minutes."
            )
        )
        intro.setWordWrap(True)

        self.network_combo = QComboBox()
        for device, address in offer_addresses():
            if ipaddress.IPv4Address(address).is_loopback:
                text = self.tr("This computer only ({address})").format(address=address)
            else:
                text = self.tr("{device}: {address}").format(device=device, address=address)
            self.network_combo.addItem(text, address)
        named(
            self.network_combo,
            self.tr("Network"),
            self.tr("The network both computers are on. The other computer connects to this address."),
        )
        form = QFormLayout()
        form.addRow(self.tr("&Network"), self.network_combo)

        self.code_label = QLabel()
        code_font = QFont("monospace")
        code_font.setStyleHint(QFont.StyleHint.Monospace)
        code_font.setPointSizeF(code_font.pointSizeF() * 1.4)
        self.code_label.setFont(code_font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setAccessibleName(self.tr("Handoff code"))
        self.code_label.hide()
        self.copy_button = QPushButton(self.tr("&Copy code"))
        named(self.copy_button, self.tr("Copy code"), self.tr("Copy the code, to paste it into a message"))
        self.copy_button.hide()
        code_row = QHBoxLayout()
        code_row.addStretch(1)
        code_row.addWidget(self.copy_button)
        code_row.addStretch(1)

        self.countdown_label = QLabel()
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown_label.setAccessibleName(self.tr("How long the code works"))
        self.countdown_label.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # it may quote the other computer's words
        self.status_label.setAccessibleName(self.tr("Sending status"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_bar.setToolTip(self.tr("How far the profile has travelled"))
        self.progress_bar.hide()

        self.start_button = default_button(
            self.tr("&Show a code"),
            self.tr("Show a code"),
            self.tr("Prepare the encrypted profile and show the code to type on the other computer"),
        )
        self.close_button = QPushButton(self.tr("&Close"))
        named(self.close_button, self.tr("Close"), self.tr("Close; a code still showing stops working"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.code_label)
        layout.addLayout(code_row)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar)
        layout.addLayout(buttons)

        self.clipboard = SecretClipboard(self)  # the copied code, until the offer ends or 2 minutes pass
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.start_button.clicked.connect(self._start)
        self.copy_button.clicked.connect(self._copy)
        self.close_button.clicked.connect(self.reject)

    # -- what the controller calls --------------------------------------------------------------

    @property
    def code(self) -> str:
        """The code on screen ("" before it is ready)."""
        return self.code_label.text() if self.code_label.isVisible() else ""

    def close_now(self) -> None:
        """The profile locked: stop offering it and close."""
        self._stop()
        super().reject()

    def reject(self) -> None:
        self._stop()
        super().reject()

    # -- inside ---------------------------------------------------------------------------------

    def _start(self) -> None:
        host = str(self.network_combo.currentData())
        secret = os.urandom(SECRET_BYTES)
        kdf = self._runner.manager.kdf
        self._set_busy(self.tr("Encrypting the profile for the journey; this takes a few seconds…"))

        def work(session: ProfileSession) -> bytes:
            return export_profile_bytes(session, export_passphrase(secret), kdf)

        self._runner.with_session(
            work, lambda bundle: self._offer(bundle, secret, host), self._failed, owner=self
        )

    def _offer(self, bundle: bytes, secret: bytes, host: str) -> None:
        async def offer() -> None:
            handoff = HandoffOffer(
                bundle, secret, host, on_event=lambda e: self._network.call_soon(lambda: self._event(e))
            )
            code = await handoff.start()
            deadline = handoff.deadline
            self._network.call_soon(lambda: self._show_code(code, deadline))
            await handoff.wait()

        self._network.submit(offer(), lambda _none: self._finished(), self._failed)

    def _show_code(self, code: HandoffCode, deadline: float) -> None:
        self._deadline = deadline
        self.code_label.setText(code.text())
        self.code_label.show()
        self.copy_button.show()
        self.countdown_label.show()
        self.start_button.hide()
        self.progress_bar.hide()
        self.status_label.setText(self.tr("Waiting for the other computer."))
        self._countdown.start()
        self._tick()
        self.copy_button.setFocus()
        self.adjustSize()

    def _tick(self) -> None:
        left = max(0, round(self._deadline - time.monotonic()))
        self.countdown_label.setText(
            self.tr("The code works for {minutes}:{seconds:02d} more.").format(
                minutes=left // 60, seconds=left % 60
            )
        )

    def _event(self, event: HandoffEvent) -> None:
        if isinstance(event, ReceiverConnected):
            self.status_label.setText(self.tr("{host} is connecting…").format(host=event.host))
        elif isinstance(event, WrongCode):
            self.status_label.setText(
                self.tr(
                    "A computer typed a wrong code ({attempt} of {most}). Check the code on the other computer."
                ).format(attempt=event.attempt, most=MAX_ATTEMPTS)
            )
        elif isinstance(event, Sending):
            self.progress_bar.show()
            self.progress_bar.setRange(0, 100)
            self.progress_bar.setValue(event.sent * 100 // max(1, event.total))
            self.status_label.setText(self.tr("Sending the profile…"))
        elif isinstance(event, ReceiverFailed):
            self.progress_bar.hide()
            self.status_label.setText(
                self.tr(
                    "The other computer could not open the profile: {reason} The code still works."
                ).format(reason=event.reason)
            )
        elif isinstance(event, Delivered):
            self.progress_bar.setValue(100)

    def _finished(self) -> None:
        self.clipboard.clear()
        self._countdown.stop()
        self.countdown_label.hide()
        self.code_label.hide()
        self.copy_button.hide()
        self.progress_bar.hide()
        self.start_button.hide()
        self.status_label.setText(
            self.tr(
                "Your profile is now on the other computer, where it is a new device of yours. It is still "
                "on this computer too: to remove it from here, use “Delete this profile…” in Settings."
            )
        )
        self.close_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.clipboard.clear()
        self._countdown.stop()
        self.countdown_label.hide()
        self.code_label.hide()
        self.copy_button.hide()
        self.progress_bar.hide()
        self.network_combo.setEnabled(True)
        self.start_button.show()
        self.start_button.setEnabled(True)
        self.start_button.setText(self.tr("&Show a new code"))
        message = str(exc) if isinstance(exc, HandoffError) else describe_error(exc)
        self.status_label.setText(message)
        self.start_button.setFocus()

    def _set_busy(self, message: str) -> None:
        self.network_combo.setEnabled(False)
        self.start_button.setEnabled(False)
        self.status_label.setText(message)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()

    def _copy(self) -> None:
        self.clipboard.copy(self.code_label.text())
        self.status_label.setText(
            self.tr(
                "Code copied. It leaves the clipboard once used, or in 2 minutes. Waiting for the other "
                "computer."
            )
        )

    def _stop(self) -> None:
        self.clipboard.clear()
        self._countdown.stop()
        self._network.stop()
