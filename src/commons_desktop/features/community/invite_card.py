"""An invite on screen: its QR code, short code, where it works, until when, its text to copy, and saving or
printing it (`InviteActions`). The Community screen asks the sync service for the invite and hands it here."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from commons_desktop.features.community.invite_sheet import InviteActions, InviteSheet
from commons_desktop.labels import plain_date
from commons_desktop.service.values import InviteIssued
from commons_desktop.widgets.qr import qr_svg
from commons_desktop.widgets.screen_layout import named, styled_label
from commons_desktop.widgets.secret_clipboard import SecretClipboard
from sync.invites import InviteError, parse_qr

__all__ = ["InviteCard"]


class InviteCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.qr_widget = QSvgWidget()
        self.qr_widget.setFixedSize(200, 200)
        self.qr_widget.setAccessibleName(self.tr("Invite QR code"))
        self.code_label = styled_label("", "subheading")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where_label = styled_label("", "muted", wrap=True)
        self.expiry_label = styled_label("", "muted", wrap=True)
        self.invite_text = QLineEdit()
        self.invite_text.setReadOnly(True)
        named(
            self.invite_text,
            self.tr("Invite text"),
            self.tr("The whole invite, to send to the person you invite"),
        )
        self.copy_button = QPushButton(self.tr("Copy"))
        named(
            self.copy_button, self.tr("Copy invite"), self.tr("Copy the invite text, to paste into a message")
        )
        self.invite_actions = InviteActions()
        card = QGridLayout(self)
        card.addWidget(self.qr_widget, 0, 0, 4, 1)
        card.addWidget(self.code_label, 0, 1)
        card.addWidget(self.where_label, 1, 1)
        card.addWidget(self.expiry_label, 2, 1)
        text_row = QHBoxLayout()
        text_row.addWidget(self.invite_text, 1)
        text_row.addWidget(self.copy_button)
        card.addLayout(text_row, 3, 1)
        card.addWidget(self.invite_actions, 4, 1)
        # An invite admits whoever holds it, so a copied one leaves the clipboard when the card forgets it
        # (another invite, leaving the screen, locking) or after 2 minutes, whichever is first.
        self.clipboard = SecretClipboard(self)
        self.copy_button.clicked.connect(lambda: self.clipboard.copy(self.invite_text.text()))
        self.forget()

    def show_invite(self, invite: InviteIssued, community: str) -> None:
        """Show *invite* to *community* (its name as the screen shows it, for the printed page)."""
        expires = invite.expires.astimezone()
        self.qr_widget.load(QByteArray(qr_svg(invite.qr)))
        self.code_label.setText(self.tr("Short code: {code}").format(code=invite.code))
        self.expiry_label.setText(
            self.tr("Works once, until {when}.").format(when=f"{plain_date(expires.date())} {expires:%H:%M}")
        )
        self.where_label.setText(self.where(invite.qr))
        self.invite_text.setText(invite.qr)
        self.invite_actions.set_sheet(
            InviteSheet(community, invite.qr, invite.code, self.where_label.text(), invite.expires)
        )
        self.show()

    def forget(self) -> None:
        """Hidden, holding nothing of the last invite (nor the clipboard, if it still holds it)."""
        self.clipboard.clear()
        self.hide()
        self.invite_text.clear()
        self.code_label.clear()
        self.expiry_label.clear()
        self.where_label.clear()
        self.invite_actions.set_sheet(None)
        self.qr_widget.load(QByteArray(qr_svg("-")))

    def where(self, qr: str) -> str:
        """Where an invite can reach this computer, in words."""
        try:
            scanned = parse_qr(qr)
        except InviteError:
            return ""
        nearby = [h for h in scanned.hints if not h.startswith("127.")]
        if nearby and scanned.relay:
            return self.tr("Works on this network and, from anywhere, through the community's relay.")
        if scanned.relay:
            return self.tr("Works from anywhere, through the community's relay.")
        if nearby:
            return self.tr("Works on this network only (this computer must be on and awake).")
        return self.tr(
            "Works only on this computer for now: sync on this network is off and the community has no relay."
        )
