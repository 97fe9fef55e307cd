"""The Community screen: start a community or join one with an invite, see who is in it, say how the others
see you, and invite someone (a QR code, a short code and a text to send, saying where the invite works).

Everything goes through the sync service (`ServiceClient`); the people come from the community's
`CommunityState`, kept current as members join or change their name.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.community_state import CommunityState
from commons_desktop.features.community.camera_join import ScanCameraButton
from commons_desktop.features.community.invite_sheet import InviteActions, InviteSheet
from commons_desktop.features.community.news_panel import NewsPanel
from commons_desktop.features.community.qr_join import OpenQrImageButton, is_web_address
from commons_desktop.features.community.sync_panel import SyncPanel
from commons_desktop.labels import plain_date
from commons_desktop.screen import ScreenContext
from commons_desktop.service.values import CommunitySummary, InviteIssued
from commons_desktop.widgets.community_picker import CommunityPicker, community_label
from commons_desktop.widgets.qr import qr_svg
from commons_desktop.widgets.screen_layout import default_button, lay_out_screen, named, styled_label
from sync.invites import InviteError, parse_qr
from sync.relay import RelayError
from sync.relay.address import RelayAddress

from .people_panel import PeoplePanel

__all__ = ["CommunityView"]

MAX_NAME = 120


class CommunityView(QWidget):
    sig_invite_shown = Signal()
    sig_people_shown = Signal()

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = context.sync
        self._network = context.network
        self._state: CommunityState | None = None
        self._showing_one = (
            True  # whether the screen shows a community (its first tab) rather than start/join
        )
        self.community_choice = CommunityPicker(self._sync, self.tr("Which of your communities to show"))
        self.tabs = QTabWidget()
        named(self.tabs, self.tr("Community"), self.tr("Your community, or starting and joining one"))
        self.news = NewsPanel(self._sync)
        self.tabs.addTab(self.news, self.tr("What's new"))
        self.tabs.addTab(self._build_community(), self.tr("This community"))
        self.tabs.addTab(self._build_start_or_join(), self.tr("Start or join"))
        self.tabs.setUsesScrollButtons(False)
        for button in self.tabs.tabBar().findChildren(QToolButton):  # Qt's scroll arrows, hidden but present
            named(button, self.tr("Scroll tabs"), self.tr("Show more tabs"))
        self.note = styled_label("", "muted", wrap=True)
        self.network_check = QCheckBox()
        named(
            self.network_check,
            self.tr("Sync on this network"),
            self.tr("Sync with neighbours on this network, now and whenever this computer is on it again"),
        )
        self.network_note = styled_label(
            self.tr(
                "Others on this network can then see that a Commons device is here, and a short tag for each of "
                "your communities — never a name or anything in it. On any other network it stays off."
            ),
            "muted",
            wrap=True,
        )
        body = QVBoxLayout()
        body.addWidget(self.community_choice)
        body.addWidget(self.note)
        body.addWidget(self.network_check)
        body.addWidget(self.network_note)
        self.sync_panel = SyncPanel(self._sync, self.community_choice)  # the chosen community's sync status
        body.addWidget(self.sync_panel)
        body.addWidget(self.tabs, 1)
        lay_out_screen(
            self,
            self.tr("Community"),
            self.tr("The neighbours you share a community with, and inviting new ones."),
            body,
        )
        self.community_choice.sig_chosen.connect(self._community_chosen)
        self.network_check.toggled.connect(self._network_toggled)
        if self._network is not None:
            self._network.sig_changed.connect(self._show_network)
            self._network.sig_failed.connect(self.status.setText)
        if self._sync is not None:
            self._sync.sig_ready.connect(lambda _device: self._show_state())
            self._sync.sig_failed.connect(lambda _reason: self._show_state())
        context.events.sig_community_requested.connect(self._choose_when_listed)
        self.clear()

    # -- building --

    def _build_community(self) -> QWidget:
        page = QWidget()
        self.people_panel = PeoplePanel(self._sync)
        self.people = self.people_panel.list
        self.people_panel.sig_people_shown.connect(self.sig_people_shown)
        self.people_panel.sig_left.connect(self._left)
        self.my_name_edit = QLineEdit()
        self.my_name_edit.setMaxLength(MAX_NAME)
        named(
            self.my_name_edit, self.tr("Your name here"), self.tr("How the others in this community see you")
        )
        self.my_name_button = QPushButton(self.tr("Save name"))
        named(
            self.my_name_button,
            self.tr("Save name"),
            self.tr("Show this name to the others in the community"),
        )
        self.invite_button = QPushButton(self.tr("Invite someone…"))
        named(
            self.invite_button, self.tr("Invite someone"), self.tr("Make a one-time invite for a neighbour")
        )
        self.invite_card = QFrame()
        self.invite_card.setObjectName("card")
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
        card = QGridLayout(self.invite_card)
        card.addWidget(self.qr_widget, 0, 0, 4, 1)
        card.addWidget(self.code_label, 0, 1)
        card.addWidget(self.where_label, 1, 1)
        card.addWidget(self.expiry_label, 2, 1)
        text_row = QHBoxLayout()
        text_row.addWidget(self.invite_text, 1)
        text_row.addWidget(self.copy_button)
        card.addLayout(text_row, 3, 1)
        self.invite_actions = InviteActions()
        card.addWidget(self.invite_actions, 4, 1)
        self.invite_card.hide()
        self.status = styled_label("", "muted", wrap=True)

        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Your name here:")))
        name_row.addWidget(self.my_name_edit, 1)
        name_row.addWidget(self.my_name_button)
        layout = QVBoxLayout(page)
        layout.addWidget(styled_label(self.tr("People"), "subheading"))
        layout.addWidget(self.people_panel, 1)
        layout.addLayout(name_row)
        layout.addWidget(self.invite_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.invite_card)
        layout.addWidget(self.status)
        self.my_name_button.clicked.connect(self._save_name)
        self.my_name_edit.returnPressed.connect(self._save_name)
        self.invite_button.clicked.connect(self.invite)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.invite_text.text()))
        # Scrolls when the window is small: the invite card (QR, code, buttons) is never cut off.
        scroll = self.community_page = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        return scroll

    def _build_start_or_join(self) -> QWidget:
        page = self.start_page = QWidget()
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
        join = QFormLayout()
        join.addRow(self.tr("Invite:"), self.join_edit)
        join.addRow(self.tr("Address:"), self.via_edit)
        self.open_qr_button = OpenQrImageButton()
        self.scan_camera_button = ScanCameraButton()
        join.addRow("", _left(self.join_button, self.open_qr_button, self.scan_camera_button))
        self.start_status = styled_label("", "muted", wrap=True)

        layout = QVBoxLayout(page)
        layout.addWidget(styled_label(self.tr("Start a community"), "subheading"))
        layout.addLayout(start)
        layout.addSpacing(12)
        layout.addWidget(styled_label(self.tr("Join with an invite"), "subheading"))
        layout.addLayout(join)
        layout.addWidget(self.start_status)
        layout.addStretch(1)
        self.create_button.clicked.connect(self.start_community)
        self.join_button.clicked.connect(self.join)
        self.join_edit.returnPressed.connect(self.join)
        self.open_qr_button.sig_invite_read.connect(self._join_with)
        self.open_qr_button.sig_failed.connect(self.start_status.setText)
        self.scan_camera_button.sig_invite_read.connect(self._join_with)
        return page

    # -- what the shell calls --

    def load(self) -> None:
        """Show the communities this device is in (the one chosen before, else the first)."""
        self.community_choice.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.scan_camera_button.look_for_cameras()  # a camera may have been plugged in since

    def clear(self) -> None:
        self.people_panel.clear()
        self.scan_camera_button.stop_scan()  # locking turns the camera off
        self.community_choice.forget()
        for edit in (
            self.my_name_edit,
            self.new_name_edit,
            self.founder_name_edit,
            self.join_edit,
            self.via_edit,
            self.relay_edit,
        ):
            edit.clear()
        self._forget_invite()
        self.status.clear()
        self.start_status.clear()
        self._show_state()

    # -- following a community --

    def _community_chosen(self, state: CommunityState | None) -> None:
        if state is not self._state:
            self._forget_invite()
        self._set_state(state)
        self._show_name(self._state.name if self._state is not None else "")
        self._show_state()

    def _set_state(self, state: CommunityState | None) -> None:
        if state is self._state:
            return
        if self._state is not None:
            self._state.sig_loaded.disconnect(self._loaded)
            self._state.sig_members_changed.disconnect(self._show_my_name)
            self._state.sig_name_changed.disconnect(self._show_name)
        self._state = state
        self.news.set_state(state)
        if state is not None:
            state.sig_loaded.connect(self._loaded)
            state.sig_members_changed.connect(self._show_my_name)
            state.sig_name_changed.connect(self._show_name)

    def _show_network(self) -> None:
        network = self._network.network if self._network is not None else None
        running = self._sync is not None and self._sync.running
        self.network_check.blockSignals(True)
        if network is None:
            self.network_check.setText(self.tr("Sync on this network: no network found"))
            self.network_check.setChecked(False)
        else:
            self.network_check.setText(
                self.tr("Sync with neighbours on this network ({network})").format(network=str(network))
            )
            self.network_check.setChecked(self._network is not None and self._network.on)
        self.network_check.setEnabled(network is not None and running)
        self.network_check.blockSignals(False)

    def _network_toggled(self, on: bool) -> None:
        if self._network is not None:
            self.network_check.setEnabled(False)  # until the service has done it
            self._network.set_on(on)

    def _loaded(self) -> None:
        self._show_name(self._state.name if self._state is not None else "")
        self._show_my_name()

    def _summary(self) -> CommunitySummary | None:
        """The community shown, as the service listed it (who I am there, whether I am an admin…)."""
        space = self.community_choice.space
        for community in self._sync.communities if self._sync is not None else ():
            if community.space == space:
                return community
        return None

    def _show_state(self) -> None:
        running = self._sync is not None and self._sync.running
        in_one = self._state is not None
        for page in (self.news, self.community_page):
            self.tabs.setTabEnabled(self.tabs.indexOf(page), in_one)
        if in_one != self._showing_one:  # the first community arrived, or the last one went
            self.tabs.setCurrentWidget(self.community_page if in_one else self.start_page)
            self._showing_one = in_one
        for widget in (
            self.create_button,
            self.join_button,
            self.open_qr_button,
            self.scan_camera_button,
            self.invite_button,
            self.my_name_button,
        ):
            widget.setEnabled(running)
        summary = self._summary()
        # Only an admin invites, and nobody to the demo town (kept on this computer).
        self.invite_button.setVisible(
            summary is not None and summary.admin and not summary.demo and not summary.removed
        )
        self.my_name_button.setEnabled(running and not (summary is not None and summary.removed))
        self.people_panel.show_community(self._state, summary)
        self._show_name(self._state.name if self._state is not None else "")
        if not running:
            self.note.setText(self.tr("Communities need the sync service, which is not running."))
        elif not in_one:
            self.note.setText(
                self.tr("You are not part of a community yet: start one, or join with an invite.")
            )
        else:
            self.note.clear()
        self.note.setVisible(bool(self.note.text()))
        self._show_network()

    def _show_name(self, name: str) -> None:
        summary = self._summary()
        label = community_label(name, summary) if name else self.tr("This community")
        self.tabs.setTabText(self.tabs.indexOf(self.community_page), label)

    def _show_my_name(self) -> None:
        """Put my name in its box, the first time it is known."""
        state, summary = self._state, self._summary()
        mine = state.members.get(summary.member_id) if state is not None and summary is not None else None
        if mine is not None and not self.my_name_edit.text():
            self.my_name_edit.setText(mine.name)

    def _left(self, _space: str) -> None:
        self.start_status.setText(self.tr("Your copy was deleted from this computer."))
        self.my_name_edit.clear()

    # -- starting, joining, naming, inviting --

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
            self._choose_when_listed(space)

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

    def _join_with(self, invite: str) -> None:
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
            self._choose_when_listed(space)

        def failed(reason: str) -> None:
            self.join_button.setEnabled(True)
            self.start_status.setText(self.tr("Could not join: {reason}").format(reason=reason))

        self.join_button.setEnabled(False)
        self.start_status.setText(self.tr("Joining… this can take up to half a minute."))
        self._sync.join(code, self.via_edit.text().strip(), joined, failed, owner=self)

    def _choose_when_listed(self, space: str) -> None:
        """Show *space* once the service lists it (the list is refreshed after a create or a join)."""
        sync = self._sync
        if sync is None:
            return

        def listed() -> None:
            if self.community_choice.choose(space):
                sync.sig_communities_changed.disconnect(listed)
                self.tabs.setCurrentWidget(self.community_page)  # people, my name, inviting: what comes next

        sync.sig_communities_changed.connect(listed)
        if self.community_choice.findData(space) >= 0:
            listed()

    def _save_name(self) -> None:
        space, name = self.community_choice.space, self.my_name_edit.text().strip()
        if space is None or self._sync is None:
            return
        if not name:
            self.status.setText(self.tr("Type the name the others should see."))
            return
        self._sync.set_my_name(
            space,
            name,
            lambda _: self.status.setText(self.tr("Name saved.")),
            self.status.setText,
            owner=self,
        )

    def invite(self) -> None:
        space = self.community_choice.space
        if space is not None and self._sync is not None:
            self._sync.invite(space, self._show_invite, self.status.setText, owner=self)

    def _show_invite(self, invite: InviteIssued) -> None:
        expires = invite.expires.astimezone()
        self.qr_widget.load(QByteArray(qr_svg(invite.qr)))
        self.code_label.setText(self.tr("Short code: {code}").format(code=invite.code))
        self.expiry_label.setText(
            self.tr("Works once, until {when}.").format(when=f"{plain_date(expires.date())} {expires:%H:%M}")
        )
        self.where_label.setText(self._where(invite.qr))
        self.invite_text.setText(invite.qr)
        self.invite_actions.set_sheet(
            InviteSheet(
                self.community_choice.currentText(),
                invite.qr,
                invite.code,
                self.where_label.text(),
                invite.expires,
            )
        )
        self.invite_card.show()
        # Once laid out, scroll the card into view: it is what the person asked for.
        QTimer.singleShot(0, lambda: self.community_page.ensureWidgetVisible(self.invite_card, 0, 0))
        self.sig_invite_shown.emit()

    def _where(self, qr: str) -> str:
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

    def _forget_invite(self) -> None:
        self.invite_card.hide()
        self.invite_text.clear()
        self.code_label.clear()
        self.expiry_label.clear()
        self.where_label.clear()
        self.invite_actions.set_sheet(None)
        self.qr_widget.load(QByteArray(qr_svg("-")))


def _left(*buttons: QPushButton) -> QHBoxLayout:
    """A form's buttons at their natural width, on the left."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
