""" "I need support": a few optional words, sent to every supporter the person shares their plan with."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from sync.support_circle import MAX_REQUEST_MESSAGE


class NeedSupportDialog(QDialog):
    sig_send = Signal(str)  # the message ("" for none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("I need support"))
        intro = QLabel(
            self.tr(
                "Your supporters are told that you asked for support, with these words if you add some. "
                "It is not an emergency service: in an emergency, call your crisis contacts or emergency number."
            )
        )
        intro.setWordWrap(True)
        self.message_edit = QLineEdit()
        self.message_edit.setMaxLength(MAX_REQUEST_MESSAGE)
        self.message_edit.setPlaceholderText(self.tr("e.g. Could you call me this evening?"))
        self.message_edit.setAccessibleName(self.tr("Message"))
        self.message_edit.setToolTip(self.tr("A few words for your supporters (optional)"))
        buttons = QDialogButtonBox()
        self.send_button = buttons.addButton(
            self.tr("&Tell my supporters"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setAccessibleName(self.tr("Tell my supporters"))
        self.send_button.setToolTip(self.tr("Send it to everyone you share your plan with"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setToolTip(self.tr("Close without sending"))
        buttons.accepted.connect(self._send)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message_edit)
        layout.addWidget(buttons)
        self.message_edit.setFocus()

    def _send(self) -> None:
        self.sig_send.emit(self.message_edit.text().strip())
        self.accept()
