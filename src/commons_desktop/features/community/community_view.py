"""The Community screen: start a community or join one with an invite, see who is in it, say how the others
see you, and invite someone (a QR code, a short code and a text to send, saying where the invite works).

Everything goes through the sync service (`ServiceClient`); the people come from the community's
`CommunityState`, kept current as members join or change their name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
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
from commons_desktop.features.community.invite_card import InviteCard
from commons_desktop.features.community.news_panel import NewsPanel
from commons_desktop.features.community.start_join import MAX_NAME, StartJoinPage
from commons_desktop.features.community.sync_panel import SyncPanel
from commons_desktop.screen import ScreenContext
from commons_desktop.service.values import CommunitySummary, InviteIssued
from commons_desktop.widgets.community_picker import CommunityPicker, community_label
from commons_desktop.widgets.screen_layout import lay_out_screen, named, styled_label

from .people_panel import PeoplePanel

__all__ = ["CommunityView"]


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
        self.start_page = StartJoinPage(self._sync)
        self.start_page.sig_started.connect(self._choose_when_listed)
        self.start_page.sig_joined.connect(self._choose_when_listed)
        self.tabs.addTab(self.start_page, self.tr("Start or join"))
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
        self.invite_card = InviteCard()
        self.status = styled_label("", "muted", wrap=True)
        self._waiting_name: tuple[str, str] | None = None  # (space, name) saved before its records arrived

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
        # Scrolls when the window is small: the invite card (QR, code, buttons) is never cut off.
        scroll = self.community_page = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        return scroll

    # -- what the shell calls --

    def load(self) -> None:
        """Show the communities this device is in (the one chosen before, else the first)."""
        self.community_choice.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.start_page.scan_camera_button.look_for_cameras()  # a camera may have been plugged in since

    def clear(self) -> None:
        self.people_panel.clear()
        self.start_page.clear()
        self.community_choice.forget()
        self.my_name_edit.clear()
        self._waiting_name = None
        self.invite_card.forget()
        self.status.clear()
        self._show_state()

    # -- following a community --

    def _community_chosen(self, state: CommunityState | None) -> None:
        if state is not self._state:
            self.invite_card.forget()
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
        self.start_page.set_running(running)
        self.invite_button.setEnabled(running)
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
        """Put my name in its box, the first time it is known (and save one typed before the records came)."""
        self._send_waiting_name()
        state, summary = self._state, self._summary()
        mine = state.members.get(summary.member_id) if state is not None and summary is not None else None
        if mine is not None and not self.my_name_edit.text():
            self.my_name_edit.setText(mine.name)

    def _left(self, _space: str) -> None:
        self.start_page.start_status.setText(self.tr("Your copy was deleted from this computer."))
        self.my_name_edit.clear()

    # -- after a start or a join; naming; inviting --

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
        if self._state is None or not _arrived(self._state):
            # Just joined: this computer has no copy of the community yet, so there is nothing to write the
            # name into. Keep it and save it when the records come, rather than failing.
            self._waiting_name = (space, name)
            self.status.setText(
                self.tr(
                    "Your name will be saved as soon as this community's records arrive from a neighbour."
                )
            )
            return
        self._send_name(space, name)

    def _send_waiting_name(self) -> None:
        waiting, state = self._waiting_name, self._state
        if waiting is None or state is None or state.space != waiting[0] or not _arrived(state):
            return
        self._waiting_name = None
        self._send_name(*waiting)

    def _send_name(self, space: str, name: str) -> None:
        if self._sync is None:
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
        self.invite_card.show_invite(invite, self.community_choice.currentText())
        # Once laid out, scroll the card into view: it is what the person asked for.
        QTimer.singleShot(0, lambda: self.community_page.ensureWidgetVisible(self.invite_card, 0, 0))
        self.sig_invite_shown.emit()


def _arrived(state: CommunityState) -> bool:
    """Whether this computer has the community's records yet (just after a join they follow from a neighbour;
    every community has a name and its founder)."""
    return bool(state.name or state.members)
