"""Inviting the chosen supporter and stopping sharing with them: the buttons, the steps through the sync
service, and the one-time invite (QR code, short code, expiry) once it is made."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.labels import plain_date
from commons_desktop.service.values import InviteIssued
from commons_desktop.service_client import Failed, ServiceClient
from commons_desktop.widgets.qr import qr_svg
from commons_desktop.widgets.screen_layout import named, styled_label
from store import Supporter


class InvitePanel(QWidget):
    sig_asking = Signal()  # a command for the service is on its way; an earlier error no longer applies
    sig_circle_created = Signal(str, str)  # supporter id, space: their new circle (its invite is asked for)
    sig_invite_shown = Signal()
    sig_revoked = Signal()  # a circle was closed; the screen reads its supporters again

    def __init__(self, service: ServiceClient | None, failed: Failed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._failed = failed  # says why the service could not do what was asked
        self._supporter: Supporter | None = None  # the one chosen on the screen
        self._space: str | None = None  # their circle, once there is one
        self.confirm_box: QMessageBox | None = None
        self.invite_button = QPushButton()
        self.revoke_button = QPushButton()
        self.sync_note = styled_label("", "muted", wrap=True)
        self.card = QFrame()
        self.card.setObjectName("card")
        self.qr_widget = QSvgWidget()
        self.qr_widget.setFixedSize(220, 220)
        self.qr_widget.setAccessibleName(self.tr("Invite QR code"))
        self.code_label = styled_label("", "subheading")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.expiry_label = styled_label("", "muted", wrap=True)
        self.invite_help = QLabel()
        self.invite_help.setWordWrap(True)
        self.qr_text = QLineEdit()
        self.qr_text.setReadOnly(True)
        named(self.qr_text, self.tr("Invite text"), self.tr("The QR code as text, to copy into a message"))
        self._lay_out()
        self.invite_button.clicked.connect(self.invite)
        self.revoke_button.clicked.connect(self.confirm_revoke)
        self.forget()
        self.show_supporter(None, None, syncing=False)

    def _lay_out(self) -> None:
        text = QVBoxLayout()
        for widget in (self.code_label, self.expiry_label, self.invite_help, self.qr_text):
            text.addWidget(widget)
        text.addStretch(1)
        card = QHBoxLayout(self.card)
        card.addWidget(self.qr_widget, 0, Qt.AlignmentFlag.AlignTop)
        card.addLayout(text, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.invite_button)
        actions.addWidget(self.revoke_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(self.sync_note)
        layout.addWidget(self.card)

    def show_supporter(self, supporter: Supporter | None, space: str | None, *, syncing: bool) -> None:
        """Offer to invite *supporter* (or stop sharing, if *space*, their circle, exists); both need sync. An
        invite made for someone else leaves the screen."""
        self._supporter, self._space = supporter, space
        if supporter is None:
            self.invite_button.setText(self.tr("&Invite…"))
            self.revoke_button.setText(self.tr("S&top sharing…"))
        else:
            self.invite_button.setText(self.tr("&Invite {name}…").format(name=supporter.name))
            self.revoke_button.setText(self.tr("S&top sharing with {name}…").format(name=supporter.name))
        shown = self.card.property("supporter")
        if shown and (supporter is None or shown != supporter.id):
            self.forget()
        named(
            self.invite_button, self.invite_button.text().replace("&", ""), self.tr("Make a one-time invite")
        )
        named(
            self.revoke_button,
            self.revoke_button.text().replace("&", ""),
            self.tr("They will see nothing more"),
        )
        self.invite_button.setEnabled(supporter is not None and syncing)
        self.revoke_button.setEnabled(space is not None and syncing)
        self.sync_note.setText(
            ""
            if syncing
            else self.tr(
                "Sync is not running, so you can list your supporters and choose what they may see, but not invite "
                "them or stop sharing. Invitations need sync, which guest sessions don't have."
            )
        )
        self.sync_note.setVisible(not syncing)

    def forget(self) -> None:
        """Hide the invite: the old code must not linger in memory or on screen."""
        self.card.setProperty("supporter", "")
        self.card.hide()
        self.qr_widget.load(QByteArray(qr_svg("-")))
        for label in (self.code_label, self.expiry_label, self.invite_help):
            label.clear()
        self.qr_text.clear()

    def invite(self) -> None:
        """Make a one-time invite for the chosen supporter, first making their circle if they have none."""
        supporter, space = self._supporter, self._space
        service = self._service
        if supporter is None or service is None or not service.running:
            return

        def ask(space: str) -> None:
            service.invite(space, lambda r: self._show_invite(supporter, r), self._failed, owner=self)

        def created(space: str) -> None:
            ask(space)
            self.sig_circle_created.emit(supporter.id, space)

        self.sig_asking.emit()
        if space is None:
            service.create_support_circle(supporter.id, created, self._failed, owner=self)
        else:
            ask(space)

    def _show_invite(self, supporter: Supporter, invite: InviteIssued) -> None:
        if self._supporter is None or self._supporter.id != supporter.id:
            return
        expires = invite.expires.astimezone()
        when = f"{plain_date(expires.date())} {expires:%H:%M}"
        self.qr_widget.load(QByteArray(qr_svg(invite.qr)))
        self.qr_widget.setToolTip(self.tr("Scan this with {name}'s Commons").format(name=supporter.name))
        self.code_label.setText(self.tr("Short code: {code}").format(code=invite.code))
        self.expiry_label.setText(self.tr("Works once, until {when}.").format(when=when))
        self.invite_help.setText(
            self.tr(
                "Give this to {name} in person, or in a message only they read. In their own Commons they open "
                "Support, then People I support, and join with an invite: they scan the code, paste the invite "
                "text, or type the short code."
            ).format(name=supporter.name)
        )
        self.qr_text.setText(invite.qr)
        self.card.setProperty("supporter", supporter.id)
        self.card.show()
        self.sig_invite_shown.emit()

    def confirm_revoke(self) -> None:
        """Ask before closing the chosen supporter's circle."""
        supporter, space = self._supporter, self._space
        if supporter is None or space is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Stop sharing"),
            self.tr(
                "Stop sharing with {name}? They will see nothing you change from now on, and their copy is "
                "deleted when their Commons next hears from yours. What they already saw cannot be recalled."
            ).format(name=supporter.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.revoke(space))
        box.finished.connect(lambda _: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()  # not exec(): the event loop (and a test) must go on

    def revoke(self, space: str) -> None:
        """Close the circle *space*: its supporter sees nothing more."""

        def done(_: object) -> None:
            self.forget()
            self.sig_revoked.emit()

        if self._service is not None:
            self._service.revoke_support_circle(space, done, self._failed, owner=self)

    def clear(self) -> None:
        """Forget the invite on screen, and any "Stop sharing?" question still open (on lock)."""
        self.forget()
        if self.confirm_box is not None:
            self.confirm_box.reject()
