"""Who is in a community: each member with their role and devices; an admin changes a role or removes someone,
and anyone leaves (their copy is deleted). The demo town is removed the same way, and a person an admin
removed sees that here and may delete their copy.

The people come from the sync service (`list_people`: names from the community's records, roles and devices
from its membership log), asked again whenever either changes. Every question is a dialog opened with
`open()`, never `exec()`, so the event loop (and a test) goes on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.community_state import CommunityState
from commons_desktop.service.values import CommunitySummary, PersonInfo
from commons_desktop.service_client import ServiceClient
from commons_desktop.widgets.screen_layout import named, styled_label
from sync.community import Role

__all__ = ["SEPARATOR", "PeoplePanel", "RoleDialog"]

_PERSON = Qt.ItemDataRole.UserRole
SEPARATOR = "  ·  "  # between a person's name and role, and their devices


class RoleDialog(QDialog):
    """Admin or member, for one person."""

    sig_chosen = Signal(object)  # the Role chosen

    def __init__(self, name: str, community: str, role: Role | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change role"))
        self.admin_choice = QRadioButton(self.tr("Admin: invites, changes roles and removes people"))
        self.member_choice = QRadioButton(self.tr("Member: takes part, but invites and removes no one"))
        named(self.admin_choice, self.tr("Admin"), self.tr("Make this person an admin of the community"))
        named(self.member_choice, self.tr("Member"), self.tr("Make this person a member, not an admin"))
        group = QButtonGroup(self)
        for choice in (self.admin_choice, self.member_choice):
            group.addButton(choice)
        (self.admin_choice if role is Role.ADMIN else self.member_choice).setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change role"))
        named(ok, self.tr("Change role"), self.tr("Give the chosen role; every member sees it"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, self.tr("Cancel"), self.tr("Keep the role as it is"))
        layout = QVBoxLayout(self)
        question = QLabel(
            self.tr("What should {name} be in {community}?").format(name=name, community=community)
        )
        question.setWordWrap(True)
        layout.addWidget(question)
        layout.addWidget(self.admin_choice)
        layout.addWidget(self.member_choice)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.accepted.connect(
            lambda: self.sig_chosen.emit(Role.ADMIN if self.admin_choice.isChecked() else Role.MEMBER)
        )


class PeoplePanel(QWidget):
    sig_people_shown = Signal()
    sig_left = Signal(str)  # this device deleted its copy of the community (the space)

    def __init__(self, sync: ServiceClient | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self._state: CommunityState | None = None
        self._summary: CommunitySummary | None = None
        self._people: tuple[PersonInfo, ...] = ()
        self._listed: tuple[bool, tuple[PersonInfo, ...]] | None = None  # what the list holds now
        self._asking = False  # an answer is on its way: one question at a time
        self._ask_again = False  # and something changed since it was asked
        # A big community's members come in frames, each a change: ask once per turn. Hidden too: the list is
        # read by other screens' flows (and tests) while the Community screen is not shown.
        self._asker = QTimer(self)
        self._asker.setSingleShot(True)
        self._asker.setInterval(0)
        self._asker.timeout.connect(self._ask)
        self.dialog: QDialog | None = None  # the question open now, if any
        self.removed_note = styled_label("", "muted", wrap=True)
        self.list = QListWidget()
        named(
            self.list, self.tr("People"), self.tr("Everyone in this community, with their role and devices")
        )
        self.role_button = QPushButton(self.tr("Change role…"))
        named(
            self.role_button, self.tr("Change role"), self.tr("Make the chosen person an admin or a member")
        )
        self.remove_button = QPushButton(self.tr("Remove from community…"))
        named(
            self.remove_button,
            self.tr("Remove from community"),
            self.tr("Remove the chosen person and all their devices; the community gets a new key"),
        )
        self.leave_button = QPushButton(self.tr("Leave this community…"))
        named(
            self.leave_button,
            self.tr("Leave this community"),
            self.tr("Delete your copy of this community from this computer"),
        )
        self.key_note = styled_label("", "muted", wrap=True)
        explained = self.tr(
            "Devices that have updated get the community's keys with post-quantum protection: recording the data "
            "now will not help someone who breaks today's encryption later"
        )
        named(self.key_note, self.tr("Key protection"), explained)
        self.key_note.setAccessibleDescription(explained)
        self.status = styled_label("", "muted", wrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.role_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.leave_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.removed_note)
        self.list.setMinimumHeight(120)
        self.list.setMaximumHeight(260)  # about twelve people; more scroll in the list
        layout.addWidget(self.list, 1)
        layout.addWidget(self.key_note)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.list.currentItemChanged.connect(lambda *_: self._show_actions())
        self.role_button.clicked.connect(self.ask_role)
        self.remove_button.clicked.connect(self.ask_remove)
        self.leave_button.clicked.connect(self.ask_leave)
        if sync is not None:
            sync.sig_membership_changed.connect(self._membership_changed)
        self.show_community(None, None)

    # -- what the screen calls --

    def show_community(self, state: CommunityState | None, summary: CommunitySummary | None) -> None:
        """Follow *state* (None: no community); *summary* says who I am there, as the service listed it."""
        if state is not self._state:
            if self._state is not None:
                self._state.sig_members_changed.disconnect(self.reload)
                self._state.sig_ledger_changed.disconnect(self.reload)  # completed lending circles
                self._state.sig_loaded.disconnect(self.reload)
            self._state = state
            if state is not None:
                state.sig_members_changed.connect(self.reload)
                state.sig_ledger_changed.connect(self.reload)  # completed lending circles
                state.sig_loaded.connect(self.reload)
            self._people = ()
            self.status.clear()
        self._summary = summary
        self.reload()

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.show_community(None, None)

    def reload(self) -> None:
        """Ask the service for the people again (their names, roles or devices changed)."""
        self._show()
        if self._state is not None:
            self._asker.start()

    def _ask(self) -> None:
        state, sync = self._state, self._sync
        if state is None or sync is None or not sync.running:
            return
        if self._asking:
            self._ask_again = True
            return
        self._asking = True
        space = state.space

        def listed(found: tuple[PersonInfo, ...]) -> None:
            self._answered()
            if self._state is not None and self._state.space == space:
                self._people = found
                self._show()

        sync.list_people(space, listed, lambda _reason: self._answered(), owner=self)

    def _answered(self) -> None:
        self._asking = False
        if self._ask_again:
            self._ask_again = False
            self._asker.start()

    def _membership_changed(self, space: str) -> None:
        if self._state is not None and self._state.space == space:
            self.reload()

    # -- showing --

    def _show(self) -> None:
        self._fill_list()
        summary = self._summary
        removed = summary is not None and summary.removed
        self.removed_note.setText(
            self.tr(
                "An admin removed you from this community. You keep what you had, but nothing new reaches "
                "you and nothing you write reaches anyone. You can delete your copy."
            )
            if removed
            else ""
        )
        self.removed_note.setVisible(removed)
        self._show_key_note()
        self._show_actions()
        self.sig_people_shown.emit()

    def _fill_list(self) -> None:
        """The people, drawn again only when they changed: a big community's 2,000 were drawn again after every
        frame of members and every ledger change, the Qt thread's largest cost in a profile of issue 18's
        benchmark."""
        listing = (self._state is not None, self._people)
        if listing == self._listed:
            return
        self._listed = listing
        current = self._chosen()
        self.list.clear()
        for person in sorted(self._people, key=lambda p: (p.role is None, p.name.casefold(), p.member_id)):
            item = QListWidgetItem(self._describe(person))
            item.setData(_PERSON, person.member_id)
            self.list.addItem(item)
            if current is not None and person.member_id == current.member_id:
                self.list.setCurrentItem(item)
        if self._state is not None and not self._people:
            self.list.addItem(self.tr("No one has given a name here yet."))

    def _show_key_note(self) -> None:
        """How many devices still get the community's keys the older way (X25519 only); each moves to the
        post-quantum protection by itself the next time Commons runs on it."""
        older = sum(p.older_key_devices for p in self._people if p.role is not None)
        self.key_note.setText(
            self.tr(
                "%n device(s) still use the older key protection; they will update when next opened.",
                "",
                older,
            )
            if older
            else ""
        )
        self.key_note.setVisible(bool(older))

    def _describe(self, person: PersonInfo) -> str:
        if person.name:
            name = person.name
        elif person.me:
            name = self.tr("You (no name given yet)")
        else:
            name = self.tr("Someone who has not given a name yet")
        if person.role is Role.ADMIN:
            name = self.tr("{name} (admin)").format(name=name)
        if person.me and person.name:
            name = self.tr("{name} — you").format(name=name)
        if person.role is None:
            detail = self.tr("removed from the community")
        else:
            detail = self.tr("%n device(s)", "", len(person.devices))
            if person.removed_devices:
                detail += " · " + self.tr("%n removed", "", person.removed_devices)
        if person.circles_completed:  # shown only if they chose to; counted from the signed ledger
            detail += " · " + self.tr("completed %n lending circle(s)", "", person.circles_completed)
        return f"{name}{SEPARATOR}{detail}"

    def _chosen(self) -> PersonInfo | None:
        item = self.list.currentItem()
        member = item.data(_PERSON) if item is not None else None
        return next((p for p in self._people if p.member_id == member), None)

    def _show_actions(self) -> None:
        summary, chosen = self._summary, self._chosen()
        admin = summary is not None and summary.admin and not summary.removed
        running = self._sync is not None and self._sync.running
        for button in (self.role_button, self.remove_button):
            button.setVisible(admin and not (summary is not None and summary.demo))
        self.role_button.setEnabled(running and chosen is not None and chosen.role is not None)
        self.remove_button.setEnabled(
            running and chosen is not None and chosen.role is not None and not chosen.me
        )
        self.leave_button.setVisible(summary is not None)
        self.leave_button.setEnabled(running)
        if summary is not None and summary.demo:
            self._label(self.leave_button, self.tr("Remove the demo town…"), self.tr("Remove the demo town"))
        elif summary is not None and summary.removed:
            self._label(self.leave_button, self.tr("Delete my copy…"), self.tr("Delete my copy"))
        else:
            self._label(self.leave_button, self.tr("Leave this community…"), self.tr("Leave this community"))

    @staticmethod
    def _label(button: QPushButton, text: str, name: str) -> None:
        button.setText(text)
        button.setAccessibleName(name)

    def _community_name(self) -> str:
        name = self._state.name if self._state is not None else ""
        return name or (self._summary.name if self._summary is not None else "")

    # -- asking --

    def ask_role(self) -> None:
        person, state = self._chosen(), self._state
        if person is None or state is None:
            return
        dialog = RoleDialog(self._name_of(person), self._community_name(), person.role, self)
        space = state.space
        dialog.sig_chosen.connect(lambda role: self._set_role(space, person, role))
        self._open(dialog)

    def ask_remove(self) -> None:
        person, state = self._chosen(), self._state
        if person is None or state is None:
            return
        name, space = self._name_of(person), state.space
        box = self._question(
            self.tr("Remove from community"),
            self.tr("Remove {name} from “{community}”?").format(name=name, community=self._community_name()),
            self.tr(
                "Their %n device(s) are removed and the community gets a new key, which they never "
                "receive. They keep the copy they already have, up to now, but see nothing new, and "
                "nothing they write reaches anyone any more.",
                "",
                len(person.devices),
            ),
            self.tr("Remove {name}").format(name=name),
            lambda: self._remove(space, person),
        )
        self._open(box)

    def ask_leave(self) -> None:
        summary, state = self._summary, self._state
        if summary is None or state is None:
            return
        community, space = self._community_name(), state.space
        if summary.demo:
            title, question, action = (
                self.tr("Remove the demo town"),
                self.tr("Remove the demo town?"),
                self.tr("Remove the demo town"),
            )
            detail = self.tr(
                "It is deleted from this computer. It was never shared with anyone. You can explore a new "
                "one from Home at any time."
            )
        else:
            title, action = self.tr("Leave this community"), self.tr("Leave and delete my copy")
            question = self.tr("Leave “{community}”?").format(community=community)
            detail = self._leave_detail(summary, community)
        self._open(self._question(title, question, detail, action, lambda: self._leave(space)))

    def _leave_detail(self, summary: CommunitySummary, community: str) -> str:
        if summary.removed:
            return self.tr(
                "Your copy of “{community}” is deleted from this computer. An admin already removed you, "
                "so nothing new would have reached it."
            ).format(community=community)
        detail = self.tr(
            "Your copy of “{community}” and its keys are deleted from this computer. The others keep "
            "everything, including what you wrote; they are not told, and still list you until an admin "
            "removes you. To come back you need a new invite."
        ).format(community=community)
        admins = [p for p in self._people if p.role is Role.ADMIN]
        if summary.admin and len(admins) <= 1:
            detail += " " + self.tr(
                "You are its only admin: after you leave, nobody can invite anyone or change roles."
            )
        return detail

    def _question(
        self, title: str, text: str, detail: str, action: str, then: Callable[[], None]
    ) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(detail)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        named(yes, action, detail)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(then)
        return box

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _name_of(self, person: PersonInfo) -> str:
        return person.name or self.tr("this person")

    # -- doing --

    def _set_role(self, space: str, person: PersonInfo, role: Role) -> None:
        if self._sync is None:
            return
        name = self._name_of(person)
        self.status.setText(self.tr("Changing {name}'s role…").format(name=name))
        self._sync.set_role(
            space,
            person.member_id,
            role,
            lambda _: self._done(self.tr("{name}'s role is changed; everyone sees it.").format(name=name)),
            self.status.setText,
            owner=self,
        )

    def _remove(self, space: str, person: PersonInfo) -> None:
        if self._sync is None:
            return
        name = self._name_of(person)
        self.status.setText(self.tr("Removing {name}…").format(name=name))
        self._sync.remove_from_community(
            space,
            person.member_id,
            lambda _n: self._done(
                self.tr("{name} was removed; the community has a new key.").format(name=name)
            ),
            self.status.setText,
            owner=self,
        )

    def _leave(self, space: str) -> None:
        if self._sync is None:
            return

        def left(_: None) -> None:
            self.status.clear()
            self.sig_left.emit(space)

        self._sync.leave_community(space, left, self.status.setText, owner=self)

    def _done(self, message: str) -> None:
        self.status.setText(message)
        self.reload()
