"""The Support network screen: my supporters, what each may see (and exactly what they see), inviting them and
stopping; and, under "People I support", the plans others share with me, read-only.

Supporters and their choices live in the store (read and written through the StoreRunner); circles, invites and
shares are the sync service's (asked through `SyncHost.request`). Without a service (a guest, or sync off) the
screen still lists supporters and their choices, and says that invitations need sync.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

import segno
from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.labels import plain_date, section_title
from commons_desktop.models.supporters_model import Network, SupportersModel, read_network
from commons_desktop.ops import StoreRunner, describe_error
from commons_desktop.service import ipc
from commons_desktop.sync_host import SyncHost
from commons_desktop.views.screen_layout import lay_out_screen, styled_label
from commons_desktop.views.undo_bar import UndoBar
from store import PlanSection, ProfileSession, Supporter

Sections = Iterable[tuple[str, Iterable[tuple[str, str]]]]  # (title, [(text, response)])


def share_text(sections: Sections) -> str:
    """A share as plain text: each section's title, then its items (with the response after a dash)."""
    blocks = []
    for title, items in sections:
        lines = [title]
        lines += [f"  • {text} — {response}" if response else f"  • {text}" for text, response in items]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def qr_svg(payload: str) -> bytes:
    """The invite's QR code as SVG, black on white whatever the theme (scanners need the contrast)."""
    out = io.BytesIO()
    segno.make(payload, error="m").save(out, kind="svg", scale=6, border=4, dark="#000", light="#fff")
    return out.getvalue()


@dataclass(frozen=True)
class _Ask:
    make: Callable[[int], Any]
    on_done: Callable[[Any], None]
    on_failed: Callable[[str], None]
    timeout: float


def _named(widget: QWidget, name: str, tip: str) -> None:
    widget.setAccessibleName(name)
    widget.setToolTip(tip)


class SupportView(QWidget):
    sig_support_loaded = Signal()  # the list and preview show the store's state
    sig_supporters_changed = Signal()  # a supporter was added, changed, removed or put back
    sig_sync_shown = Signal()  # the sync service's view of the circles was applied
    sig_invite_shown = Signal()
    sig_supported_shown = Signal(str)  # a share I receive (or its empty state) is on screen, by space id

    def __init__(
        self, runner: StoreRunner, sync: SyncHost | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._sync: SyncHost | None = None
        self._network = Network([], {})
        self._circles: dict[str, dict[str, Any]] = {}  # space → the service's status of that circle
        self._editing: Supporter | None = None
        self.confirm_box: QMessageBox | None = None
        self._asks: deque[_Ask] = deque()  # commands for the service, sent one at a time (see _ask)
        self._asking = False
        self.tabs = QTabWidget()
        _named(self.tabs, self.tr("Support network"), self.tr("Your supporters, and the people you support"))
        self.tabs.addTab(self._build_mine(), self.tr("My supporters"))
        self.tabs.addTab(self._build_theirs(), self.tr("People I support"))
        self.tabs.setUsesScrollButtons(False)
        for button in self.tabs.tabBar().findChildren(QToolButton):  # Qt's scroll arrows, hidden but present
            _named(button, self.tr("Scroll tabs"), self.tr("Show more tabs"))
        body = QVBoxLayout()
        body.addWidget(self.tabs, 1)
        lay_out_screen(
            self,
            self.tr("Support network"),
            self.tr("People you trust see only the parts of your plan you choose, and nothing else."),
            body,
        )
        if sync is not None:
            self.set_sync(sync)
        self.clear()

    # -- building -------------------------------------------------------------------------------

    def _build_mine(self) -> QWidget:
        self.model = SupportersModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        _named(self.list_view, self.tr("Supporters"), self.tr("Choose a supporter to see what they may see"))
        self.name_edit, self.relationship_edit, self.contact_edit = QLineEdit(), QLineEdit(), QLineEdit()
        _named(self.name_edit, self.tr("Name"), self.tr("The supporter's name, as you call them"))
        _named(
            self.relationship_edit, self.tr("Relationship"), self.tr("E.g. sister, friend, support worker")
        )
        _named(self.contact_edit, self.tr("How to reach them"), self.tr("A phone number, an address, …"))
        self.save_button = QPushButton(self.tr("&Add supporter"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        _named(self.cancel_button, self.tr("Cancel"), self.tr("Stop changing this supporter"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        _named(self.edit_button, self.tr("Edit"), self.tr("Change the chosen supporter's name and details"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        _named(
            self.remove_button,
            self.tr("Remove"),
            self.tr("Remove the chosen supporter (Delete); undo is offered"),
        )
        self.form_title = styled_label("", "subheading")
        self.error_label = styled_label("", "muted", wrap=True)
        self.undo_bar = UndoBar(self)
        form = QFormLayout()
        for text, field in (
            (self.tr("&Name"), self.name_edit),
            (self.tr("Re&lationship"), self.relationship_edit),
            (self.tr("How to &reach them"), self.contact_edit),
        ):
            label = QLabel(text)
            label.setBuddy(field)  # Alt+letter moves to the field
            form.addRow(label, field)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.edit_button)
        list_buttons.addWidget(self.remove_button)
        list_buttons.addStretch(1)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.save_button)
        form_buttons.addWidget(self.cancel_button)
        form_buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list_view, 1)
        left.addLayout(list_buttons)
        left.addWidget(self.undo_bar)
        left.addSpacing(8)
        left.addWidget(self.form_title)
        left.addLayout(form)
        left.addLayout(form_buttons)
        left.addWidget(self.error_label)

        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addLayout(left, 2)
        layout.addWidget(self._build_detail(), 3)
        self.list_view.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        self.name_edit.textChanged.connect(lambda: self._update_buttons())
        self.name_edit.returnPressed.connect(self.save_supporter)
        self.save_button.clicked.connect(self.save_supporter)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.list_view, self.remove_selected)
        return page

    def _build_detail(self) -> QWidget:
        self.detail_title = styled_label("", "subheading")
        self.status_label = styled_label("", "muted", wrap=True)
        self.sections_title = styled_label("", "subheading")
        self.section_boxes: dict[PlanSection, QCheckBox] = {}
        boxes = QGridLayout()
        for n, section in enumerate(PlanSection):
            box = QCheckBox(section_title(section))
            _named(box, section_title(section), self.tr("Tick to let this supporter see this section"))
            self.section_boxes[section] = box
            boxes.addWidget(box, n // 2, n % 2)
        self.save_sections_button = QPushButton(self.tr("&Save what they may see"))
        self.preview_title = styled_label("", "subheading")
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(120)
        self.invite_button = QPushButton()
        self.revoke_button = QPushButton()
        self.sync_note = styled_label("", "muted", wrap=True)
        self.invite_panel = QFrame()
        self.invite_panel.setObjectName("card")
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
        _named(self.qr_text, self.tr("Invite text"), self.tr("The QR code as text, to copy into a message"))
        invite_text = QVBoxLayout()
        invite_text.addWidget(self.code_label)
        invite_text.addWidget(self.expiry_label)
        invite_text.addWidget(self.invite_help)
        invite_text.addWidget(self.qr_text)
        invite_text.addStretch(1)
        invite = QHBoxLayout(self.invite_panel)
        invite.addWidget(self.qr_widget, 0, Qt.AlignmentFlag.AlignTop)
        invite.addLayout(invite_text, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.invite_button)
        actions.addWidget(self.revoke_button)
        actions.addStretch(1)

        detail = QWidget()
        layout = QVBoxLayout(detail)
        for widget in (self.detail_title, self.status_label, self.sections_title):
            layout.addWidget(widget)
        layout.addLayout(boxes)
        layout.addWidget(self.save_sections_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.preview, 1)
        layout.addLayout(actions)
        layout.addWidget(self.sync_note)
        layout.addWidget(self.invite_panel)
        self.save_sections_button.clicked.connect(self.save_sections)
        self.invite_button.clicked.connect(self.invite_selected)
        self.revoke_button.clicked.connect(self.confirm_revoke)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(detail)
        return scroll

    def _build_theirs(self) -> QWidget:
        self.supported_list = QListWidget()
        _named(self.supported_list, self.tr("People I support"), self.tr("Choose whose shared plan to read"))
        self.supported_view = QPlainTextEdit()
        self.supported_view.setReadOnly(True)
        _named(
            self.supported_view,
            self.tr("What they share with you"),
            self.tr("Read-only: only they can change it"),
        )
        self.join_edit = QLineEdit()
        self.join_edit.setPlaceholderText(self.tr("Paste the invite text, or type the short code"))
        _named(
            self.join_edit, self.tr("Invite"), self.tr("The invite someone gave you: its text or short code")
        )
        self.join_button = QPushButton(self.tr("&Join with an invite…"))
        _named(
            self.join_button,
            self.tr("Join with an invite"),
            self.tr("Join the circle of someone you support"),
        )
        self.join_status = styled_label("", "muted", wrap=True)
        join = QHBoxLayout()
        join.addWidget(self.join_edit, 1)
        join.addWidget(self.join_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            styled_label(self.tr("Plans shared with you. You can read them, not change them."), "muted")
        )
        columns = QHBoxLayout()
        columns.addWidget(self.supported_list, 1)
        columns.addWidget(self.supported_view, 2)
        layout.addLayout(columns, 1)
        layout.addLayout(join)
        layout.addWidget(self.join_status)
        self.supported_list.currentItemChanged.connect(lambda *_: self._view_supported())
        self.join_button.clicked.connect(self.join)
        self.join_edit.returnPressed.connect(self.join)
        return page

    # -- what the workspace calls ---------------------------------------------------------------

    def set_sync(self, sync: SyncHost) -> None:
        self._sync = sync
        sync.sig_ready.connect(lambda _device: self.refresh_sync())
        sync.sig_failed.connect(lambda _message: self._update_buttons())
        sync.sig_event.connect(self._sync_event)

    @property
    def syncing(self) -> bool:
        return self._sync is not None and self._sync.running

    def load(self) -> None:
        self._runner.with_session(read_network, self._show_network, self._failed, owner=self)
        self.refresh_sync()

    def plan_changed(self) -> None:
        """The plan changed: the previews follow, and the service sends every circle its new share."""
        self.load()
        self._publish()

    def refresh_sync(self) -> None:
        self._update_buttons()
        if self._sync is not None and self.syncing:
            self.ask_service(ipc.Status, self._show_status, self._sync_failed)

    def clear(self) -> None:
        """Forget every supporter, share and invite on screen (on lock)."""
        self._network = Network([], {})
        self._circles = {}
        self._asks.clear()  # SyncHost drops the answer to the one in flight
        self._asking = False
        self.model.clear()
        self.cancel_edit()
        self.undo_bar.forget()
        self.error_label.clear()
        self.preview.clear()
        self._hide_invite()
        self.supported_list.clear()
        self.supported_view.clear()
        self.join_edit.clear()
        self.join_status.clear()
        if self.confirm_box is not None:
            self.confirm_box.reject()
        self.tabs.setCurrentIndex(0)
        self._show_selected()

    # -- my supporters ----------------------------------------------------------------------------

    def selected(self) -> Supporter | None:
        return self.model.supporter(self.list_view.currentIndex().row())

    def select(self, supporter_id: str) -> None:
        row = self.model.row_of(supporter_id)
        if row >= 0:
            self.list_view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def save_supporter(self) -> None:
        name, rel, contact = self.name_edit.text(), self.relationship_edit.text(), self.contact_edit.text()
        editing = self._editing

        def work(session: ProfileSession) -> tuple[str, Network]:
            if editing is None:
                supporter = session.supporters.add(name, contact, rel)
            else:
                current = session.supporters.get(editing.id)
                supporter = session.supporters.update(
                    replace(current, name=name, contact=contact, relationship=rel)
                )
            return supporter.id, read_network(session)

        def done(result: tuple[str, Network]) -> None:
            self.cancel_edit()
            self._show_network(result[1], select=result[0])
            self.sig_supporters_changed.emit()

        self.error_label.clear()
        self._runner.with_session(work, done, self._failed, owner=self)

    def edit_selected(self) -> None:
        supporter = self.selected()
        if supporter is None:
            return
        self._editing = supporter
        self.name_edit.setText(supporter.name)
        self.relationship_edit.setText(supporter.relationship)
        self.contact_edit.setText(supporter.contact)
        self.form_title.setText(self.tr("Change {name}").format(name=supporter.name))
        self.save_button.setText(self.tr("&Save changes"))
        self.cancel_button.show()
        self._update_buttons()
        self.name_edit.setFocus()

    def cancel_edit(self) -> None:
        self._editing = None
        for edit in (self.name_edit, self.relationship_edit, self.contact_edit):
            edit.clear()
        self.form_title.setText(self.tr("Add a supporter"))
        self.save_button.setText(self.tr("&Add supporter"))
        self.cancel_button.hide()
        self._update_buttons()

    def remove_selected(self) -> None:
        supporter = self.selected()
        if supporter is None:
            return
        if supporter.id in self._network.circles:
            self.error_label.setText(
                self.tr(
                    "{name} still has a circle with you. Stop sharing with them first, then remove them."
                ).format(name=supporter.name)
            )
            return

        def work(session: ProfileSession) -> Network:
            session.supporters.remove(supporter.id)
            return read_network(session)

        def done(network: Network) -> None:
            if self._editing is not None and self._editing.id == supporter.id:
                self.cancel_edit()
            self._show_network(network)
            message = self.tr("{name} removed from your supporters.").format(name=supporter.name)
            self.undo_bar.offer(message, lambda: self._restore(supporter))
            self.sig_supporters_changed.emit()

        self.error_label.clear()
        self._runner.with_session(work, done, self._failed, owner=self)

    def _restore(self, gone: Supporter) -> None:
        def work(session: ProfileSession) -> tuple[str, Network]:
            back = session.supporters.add(gone.name, gone.contact, gone.relationship, gone.sections)
            return back.id, read_network(session)

        def done(result: tuple[str, Network]) -> None:
            self._show_network(result[1], select=result[0])
            self.sig_supporters_changed.emit()

        self._runner.with_session(work, done, self._failed, owner=self)

    def checked_sections(self) -> frozenset[PlanSection]:
        return frozenset(s for s, box in self.section_boxes.items() if box.isChecked())

    def save_sections(self) -> None:
        supporter = self.selected()
        if supporter is None:
            return
        chosen = self.checked_sections()

        def work(session: ProfileSession) -> Network:
            session.supporters.update(replace(session.supporters.get(supporter.id), sections=chosen))
            return read_network(session)

        def done(network: Network) -> None:
            self._show_network(network, select=supporter.id)
            self.sig_supporters_changed.emit()
            self._publish()

        self.error_label.clear()
        self._runner.with_session(work, done, self._failed, owner=self)

    def _show_network(self, network: Network, select: str | None = None) -> None:
        keep = select or (self.selected().id if self.selected() is not None else None)  # type: ignore[union-attr]
        self._network = network
        self.model.set_supporters(network.supporters)
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select(keep)
        elif network.supporters:
            self.select(network.supporters[0].id)
        self._show_selected()
        self.sig_support_loaded.emit()

    def _show_selected(self) -> None:
        supporter = self.selected()
        name = supporter.name if supporter is not None else ""
        for box, section in ((b, s) for s, b in self.section_boxes.items()):
            box.setChecked(supporter is not None and section in supporter.sections)
        if supporter is None:
            self.detail_title.setText(self.tr("No supporter chosen"))
            self.status_label.setText(self.tr("Add someone you trust, or choose one from the list."))
            self.sections_title.setText(self.tr("What they may see"))
            self.preview_title.setText(self.tr("What they see"))
            self.preview.setPlainText(
                self.tr("Choose a supporter to see exactly what they see of your plan.")
            )
            self.invite_button.setText(self.tr("&Invite…"))
            self.revoke_button.setText(self.tr("S&top sharing…"))
        else:
            self.detail_title.setText(name)
            self.status_label.setText(self._status_text(supporter))
            self.sections_title.setText(self.tr("What {name} may see").format(name=name))
            self.preview_title.setText(self.tr("What {name} sees").format(name=name))
            share = self._network.previews.get(supporter.id)
            sections = (
                [(s.title, [(i.text, i.response) for i in s.items]) for s in share.sections] if share else []
            )
            self.preview.setPlainText(
                share_text(sections)
                if sections
                else self.tr(
                    "{name} sees nothing of your plan. Tick the sections they may see, then save."
                ).format(name=name)
            )
            self.invite_button.setText(self.tr("&Invite {name}…").format(name=name))
            self.revoke_button.setText(self.tr("S&top sharing with {name}…").format(name=name))
        if supporter is None or self.invite_panel.property("supporter") != supporter.id:
            self._hide_invite()
        _named(
            self.preview,
            self.preview_title.text(),
            self.tr("Read-only: exactly what this supporter receives"),
        )
        _named(
            self.invite_button, self.invite_button.text().replace("&", ""), self.tr("Make a one-time invite")
        )
        _named(
            self.revoke_button,
            self.revoke_button.text().replace("&", ""),
            self.tr("They will see nothing more"),
        )
        _named(
            self.save_sections_button, self.tr("Save what they may see"), self.tr("Store the ticked sections")
        )
        self._update_buttons()

    def _status_text(self, supporter: Supporter) -> str:
        space = self._network.circles.get(supporter.id)
        if space is None:
            return self.tr("Not invited yet.")
        return self.tr("Invited, sharing {count} of {total} sections.").format(
            count=len(supporter.sections), total=len(PlanSection)
        )

    def _update_buttons(self) -> None:
        supporter = self.selected()
        chosen = supporter is not None
        self.save_button.setEnabled(bool(self.name_edit.text().strip()))
        _named(self.save_button, self.save_button.text().replace("&", ""), self.tr("Store this supporter"))
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.save_sections_button.setEnabled(chosen)
        for box in self.section_boxes.values():
            box.setEnabled(chosen)
        has_circle = supporter is not None and supporter.id in self._network.circles
        self.invite_button.setEnabled(chosen and self.syncing)
        self.revoke_button.setEnabled(has_circle and self.syncing)
        self.join_button.setEnabled(self.syncing)
        self.join_edit.setEnabled(self.syncing)
        self.sync_note.setText(
            ""
            if self.syncing
            else self.tr(
                "Sync is not running, so you can list your supporters and choose what they may see, but not invite "
                "them or stop sharing. Invitations need sync, which guest sessions don't have."
            )
        )
        self.sync_note.setVisible(not self.syncing)

    # -- invites and circles (the sync service) ----------------------------------------------------

    def invite_selected(self) -> None:
        supporter = self.selected()
        if supporter is None or self._sync is None or not self.syncing:
            return
        space = self._network.circles.get(supporter.id)

        def ask(space: str) -> None:
            self.ask_service(
                lambda i: ipc.Invite(i, space), lambda r: self._show_invite(supporter, r), self._sync_failed
            )

        def created(space: str) -> None:
            self._network = replace(self._network, circles={**self._network.circles, supporter.id: space})
            self._show_selected()
            ask(space)
            self.refresh_sync()

        self.error_label.clear()
        if space is None:
            self.ask_service(lambda i: ipc.CreateCircle(i, supporter.id), created, self._sync_failed)
        else:
            ask(space)

    def circle_of(self, supporter_id: str) -> str | None:
        return self._network.circles.get(supporter_id)

    def _show_invite(self, supporter: Supporter, invite: dict[str, str]) -> None:
        if self.selected() is None or self.selected().id != supporter.id:  # type: ignore[union-attr]
            return
        expires = dt.datetime.fromisoformat(invite["expires"].replace("Z", "+00:00")).astimezone()
        when = f"{plain_date(expires.date())} {expires:%H:%M}"
        self.qr_widget.load(QByteArray(qr_svg(invite["qr"])))
        self.qr_widget.setToolTip(self.tr("Scan this with {name}'s Commons").format(name=supporter.name))
        self.code_label.setText(self.tr("Short code: {code}").format(code=invite["code"]))
        self.expiry_label.setText(self.tr("Works once, until {when}.").format(when=when))
        self.invite_help.setText(
            self.tr(
                "Give this to {name} in person, or in a message only they read. In their own Commons they open "
                "Support, then People I support, and join with an invite: they scan the code, paste the invite "
                "text, or type the short code."
            ).format(name=supporter.name)
        )
        self.qr_text.setText(invite["qr"])
        self.invite_panel.setProperty("supporter", supporter.id)
        self.invite_panel.show()
        self.sig_invite_shown.emit()

    def _hide_invite(self) -> None:
        self.invite_panel.setProperty("supporter", "")
        self.invite_panel.hide()
        self.qr_widget.load(QByteArray(qr_svg("-")))  # the old code must not linger in memory or on screen
        for label in (self.code_label, self.expiry_label, self.invite_help):
            label.clear()
        self.qr_text.clear()

    def confirm_revoke(self) -> None:
        supporter = self.selected()
        if supporter is None or supporter.id not in self._network.circles:
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
        box.accepted.connect(lambda: self.revoke(supporter.id))
        box.finished.connect(lambda _: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()  # not exec(): the event loop (and a test) must go on

    def revoke(self, supporter_id: str) -> None:
        space = self._network.circles.get(supporter_id)
        if space is None or self._sync is None:
            return

        def done(_: object) -> None:
            self._hide_invite()
            self.load()

        self.ask_service(lambda i: ipc.RevokeCircle(i, space), done, self._sync_failed)

    def _publish(self) -> None:
        if self._sync is not None and self.syncing:
            self.ask_service(ipc.PublishShares, lambda _: self.refresh_sync(), self._sync_failed)

    def _show_status(self, status: dict[str, Any]) -> None:
        self._circles = {c["space"]: c for c in status.get("circles", [])}
        mine = {c["supporter"]: c["space"] for c in self._circles.values() if c["side"] == "person"}
        self._network = replace(self._network, circles=mine)
        current = self.supported_list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.supported_list.blockSignals(True)
        self.supported_list.clear()
        for circle in self._circles.values():
            if circle["side"] != "supporter":
                continue
            label = circle["label"] or self.tr("Someone you support (circle {id})").format(
                id=circle["space"][:8]
            )
            item = QListWidgetItem(label, self.supported_list)
            item.setData(Qt.ItemDataRole.UserRole, circle["space"])
            if circle["space"] == keep:
                self.supported_list.setCurrentItem(item)
        if self.supported_list.currentItem() is None and self.supported_list.count():
            self.supported_list.setCurrentRow(0)
        self.supported_list.blockSignals(False)
        self._show_selected()
        self._view_supported()
        self.sig_sync_shown.emit()

    # -- people I support -------------------------------------------------------------------------

    def _view_supported(self) -> None:
        item = self.supported_list.currentItem()
        if item is None:
            self.supported_view.setPlainText(
                self.tr(
                    "Nobody shares a plan with you yet. When someone invites you, join with their invite below."
                )
            )
            return
        space = str(item.data(Qt.ItemDataRole.UserRole))
        if self._sync is not None and self.syncing:
            self.ask_service(
                lambda i: ipc.ViewShare(i, space),
                lambda text: self._show_supported(space, text),
                self._sync_failed,
            )

    def _show_supported(self, space: str, text: str | None) -> None:
        item = self.supported_list.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) != space:
            return
        share = json.loads(text) if text else None
        sections = (
            [(s["title"], [(i[0], i[1]) for i in s["items"]]) for s in share["sections"]] if share else []
        )
        self.supported_view.setPlainText(
            share_text(sections)
            if sections
            else self.tr(
                "Nothing is shared with you here: they have not shared anything yet, or stopped sharing."
            )
        )
        self.sig_supported_shown.emit(space)

    def _sync_event(self, event: object) -> None:
        if not isinstance(event, ipc.DocumentChanged):
            return
        circle = self._circles.get(event.space)
        if circle is None:
            self.refresh_sync()  # a circle joined meanwhile
            return
        item = self.supported_list.currentItem()
        if (
            circle["side"] == "supporter"
            and item is not None
            and item.data(Qt.ItemDataRole.UserRole) == event.space
        ):
            self._view_supported()

    def join(self) -> None:
        code = self.join_edit.text().strip()
        if not code:
            self.join_status.setText(self.tr("Paste the invite text, or type the short code you were given."))
            return
        if self._sync is None or not self.syncing:
            return

        def done(_space: str) -> None:
            self.join_edit.clear()
            self.join_button.setEnabled(True)
            self.join_status.setText(self.tr("Joined. What they share shows here as it arrives."))
            self.refresh_sync()

        def failed(reason: str) -> None:
            self.join_button.setEnabled(True)
            self.join_status.setText(self.tr("Could not join: {reason}").format(reason=reason))

        self.join_button.setEnabled(False)
        self.join_status.setText(self.tr("Joining… this can take up to half a minute."))
        self.ask_service(lambda i: ipc.Join(i, code), done, failed, timeout=90.0)

    # -- asking the service ---------------------------------------------------------------------------

    def ask_service(
        self,
        make: Callable[[int], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None] | None = None,
        timeout: float = 60.0,
    ) -> None:
        """Ask the sync service, one command at a time (every command of this screen goes through here):
        `SyncServiceProcess.request` is not safe for several waiting threads — one can take another's reply,
        and the other then times out — and the service answers in order anyway."""
        self._asks.append(_Ask(make, on_done, on_failed or self._sync_failed, timeout))
        if not self._asking:
            self._ask_next()

    def _ask_next(self) -> None:
        if self._sync is None or not self._asks:
            self._asking = False
            return
        self._asking = True
        ask = self._asks.popleft()

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._asking = False
            callback(value)
            if not self._asking:
                self._ask_next()

        self._sync.request(
            ask.make,
            lambda r: finish(ask.on_done, r),
            lambda e: finish(ask.on_failed, e),
            timeout=ask.timeout,
        )

    # -- errors -----------------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        self.error_label.setText(describe_error(exc))

    def _sync_failed(self, reason: str) -> None:
        self.error_label.setText(self.tr("Sync could not do that: {reason}").format(reason=reason))
