"""Receive a profile from the person's other computer on this network: type its code, choose a passphrase."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.network_thread import NetworkThread
from commons_desktop.widgets.screen_layout import default_button, named, passphrase_edit
from commons_desktop.widgets.strength_meter import StrengthMeter
from handoff import HandoffError, HandoffMistyped, HandoffReceiver, export_passphrase, parse_code
from store.passphrase import assess

__all__ = ["HandoffReceiveDialog"]


class HandoffReceiveDialog(QDialog):
    """Fetches the profile over the network, then hands it to the controller to open (`sig_received`).

    The controller answers with `opened` (the sender's offer ends) or `open_failed` (it stays open).
    """

    sig_received = Signal(bytes, str, str)  # the export, its passphrase, the new profile's passphrase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._network = NetworkThread(self)
        self._receiver: HandoffReceiver | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Receive a profile from another computer"))
        self.setMinimumWidth(540)

        intro = QLabel(
            self.tr(
                "On the computer that has your profile, open Settings, choose “Send to another computer…” "
                "and type the code it shows here. Both computers must be on the same network. Choose the "
                "passphrase this profile will have on this computer; it may be the one you use there."
            )
        )
        intro.setWordWrap(True)

        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXX")
        self.code_edit.setMaxLength(60)
        named(self.code_edit, self.tr("Handoff code"), self.tr("The code the other computer shows"))
        self.passphrase_edit = passphrase_edit(
            self.tr("Passphrase for this profile"),
            self.tr("Needed to open the profile on this computer. A few unrelated words work well."),
        )
        self.repeat_edit = passphrase_edit(self.tr("Repeat passphrase"), self.tr("Type the passphrase again"))
        self.meter = StrengthMeter()
        form = QFormLayout()
        form.addRow(self.tr("&Code"), self.code_edit)
        form.addRow(self.tr("&Passphrase"), self.passphrase_edit)
        form.addRow(self.tr("&Repeat"), self.repeat_edit)
        form.addRow(self.tr("Strength"), self.meter)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Receiving status"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_bar.setToolTip(self.tr("How much of the profile has arrived"))
        self.progress_bar.hide()

        self.receive_button = default_button(
            self.tr("&Receive"),
            self.tr("Receive"),
            self.tr("Connect to the other computer, bring the profile here and open it"),
        )
        self.cancel_button = QPushButton(self.tr("Cancel"))
        named(self.cancel_button, self.tr("Cancel"), self.tr("Close without receiving"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.receive_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar)
        layout.addLayout(buttons)

        for edit in (self.code_edit, self.passphrase_edit, self.repeat_edit):
            edit.textChanged.connect(self._update)
        self.repeat_edit.returnPressed.connect(self._receive)
        self.receive_button.clicked.connect(self._receive)
        self.cancel_button.clicked.connect(self.reject)
        self._update()

    # -- what the controller calls --------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def opened(self) -> None:
        """The profile opened here: tell the other computer (its code stops working) and close."""
        receiver, self._receiver = self._receiver, None
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.clear()
        if receiver is not None:
            self._network.submit(receiver.confirm(), lambda _none: self._close(), lambda _exc: self._close())
        else:
            self._close()

    def open_failed(self, message: str) -> None:
        """The profile did not open here: say why, and tell the other computer (its code keeps working)."""
        receiver, self._receiver = self._receiver, None
        if receiver is not None:
            self._network.submit(receiver.report_failure(message), lambda _none: None, lambda _exc: None)
        self._show_error(message)

    def reject(self) -> None:
        if self._busy:
            return  # receiving or opening finishes (or fails) first
        self._network.stop()
        super().reject()

    # -- inside ---------------------------------------------------------------------------------

    def _update(self) -> None:
        passphrase = self.passphrase_edit.text()
        self.meter.show_strength(assess(passphrase) if passphrase else None)
        if self.repeat_edit.text() and passphrase != self.repeat_edit.text():
            self.status_label.setText(self.tr("The two passphrases do not match yet."))
        elif not self._busy:
            self.status_label.clear()
        self.receive_button.setEnabled(self._ready() and not self._busy)

    def _ready(self) -> bool:
        passphrase = self.passphrase_edit.text()
        return (
            bool(self.code_edit.text().strip())
            and passphrase == self.repeat_edit.text()
            and bool(passphrase)
            and assess(passphrase).acceptable
        )

    def _receive(self) -> None:
        if not self.receive_button.isEnabled():
            return
        try:
            code = parse_code(self.code_edit.text())
        except HandoffMistyped as exc:
            self._show_error(str(exc), focus=self.code_edit)
            return
        chosen = self.passphrase_edit.text()
        self._set_busy(True)
        self.status_label.setText(self.tr("Connecting to {host}…").format(host=code.host))
        receiver = HandoffReceiver(code)
        self._receiver = receiver

        def progress(got: int, total: int) -> None:
            self._network.call_soon(lambda: self._progress(got, total))

        def fetched(bundle: bytes) -> None:
            self.progress_bar.setRange(0, 0)
            self.status_label.setText(self.tr("Opening the profile; this takes a few seconds…"))
            self.sig_received.emit(bundle, export_passphrase(code.secret), chosen)

        self._network.submit(receiver.fetch(progress), fetched, self._fetch_failed)

    def _progress(self, got: int, total: int) -> None:
        self.progress_bar.show()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(got * 100 // max(1, total))
        self.status_label.setText(self.tr("Receiving the profile…"))

    def _fetch_failed(self, exc: BaseException) -> None:
        self._receiver = None
        message = (
            str(exc)
            if isinstance(exc, HandoffError)
            else self.tr("The transfer failed: {error}").format(error=exc)
        )
        self._show_error(message, focus=self.code_edit)

    def _show_error(self, message: str, focus: QWidget | None = None) -> None:
        self._set_busy(False)
        self.status_label.setText(message)
        (focus or self.receive_button).setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress_bar.setVisible(busy)
        if busy:
            self.progress_bar.setRange(0, 0)
        for widget in (self.code_edit, self.passphrase_edit, self.repeat_edit, self.cancel_button):
            widget.setEnabled(not busy)
        self.receive_button.setEnabled(not busy and self._ready())

    def _close(self) -> None:
        self._busy = False
        self._network.stop()
        self.accept()
