"""The Support network screen: my supporters, what each may see (and exactly what they see), inviting them and
stopping; and, under "People I support", the plans others share with me, read-only.

Supporters and their choices live in the store (read and written through the StoreRunner); circles, invites and
shares are the sync service's (asked through the `ServiceClient`, answered in order). Without a service (a
guest, or sync off) the screen still lists supporters and their choices, and says that invitations need sync.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.features.support.sections_chooser import SectionsChooser
from commons_desktop.features.support.support_invite import InvitePanel
from commons_desktop.features.support.support_relay import SupportRelayPanel
from commons_desktop.features.support.supported_view import SupportedView, share_text, shown_title
from commons_desktop.features.support.supporter_form import SupporterForm
from commons_desktop.features.support.supporters_model import Network, SupportersModel, read_network
from commons_desktop.ops import describe_error
from commons_desktop.screen import ScreenContext
from commons_desktop.service.values import ServiceStatus, SupportCircleInfo
from commons_desktop.support_words import at, delivery_line
from commons_desktop.widgets.screen_layout import lay_out_screen, named, styled_label
from commons_desktop.widgets.undo_bar import UndoBar
from store import PlanSection, ProfileSession, Supporter
from sync.engine import DocumentChanged, SupportRequested


class SupportView(QWidget):
    sig_support_loaded = Signal()  # the list and preview show the store's state
    sig_sync_shown = Signal()  # the sync service's view of the circles was applied
    sig_invite_shown = Signal()
    sig_supported_shown = Signal(str)  # a share I receive (or its empty state) is on screen, by space id

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = context.runner
        # emits sig_supporters_changed when a supporter was added, changed, removed or put back
        self._events = context.events
        self._sync = context.sync
        self._network = Network([], {})
        self._circles: dict[str, SupportCircleInfo] = {}  # space → the service's view of that circle
        self.tabs = QTabWidget()
        named(self.tabs, self.tr("Support network"), self.tr("Your supporters, and the people you support"))
        self.tabs.addTab(self._build_mine(), self.tr("My supporters"))
        self.supported = SupportedView(self._sync, self._sync_failed)
        self.tabs.addTab(self.supported, self.tr("People I support"))
        self.tabs.setUsesScrollButtons(False)
        for button in self.tabs.tabBar().findChildren(QToolButton):  # Qt's scroll arrows, hidden but present
            named(button, self.tr("Scroll tabs"), self.tr("Show more tabs"))
        body = QVBoxLayout()
        body.addWidget(self.tabs, 1)
        lay_out_screen(
            self,
            self.tr("Support network"),
            self.tr("People you trust see only the parts of your plan you choose, and nothing else."),
            body,
        )
        self.supported.sig_supported_shown.connect(self.sig_supported_shown)
        self.supported.sig_joined.connect(self.refresh_sync)
        if self._sync is not None:
            self._sync.sig_ready.connect(lambda _device: self.refresh_sync())
            self._sync.sig_failed.connect(lambda _message: self._update_buttons())
            self._sync.sig_event.connect(self._sync_event)
            self._sync.sig_event.connect(self.relay_panel.sync_event)
            self._sync.support.sig_deliveries_changed.connect(self._show_selected)
            # someone asked: the tray and Home lead here, so this is what the screen opens on
            self._sync.support.sig_request_arrived.connect(
                lambda _space: self.tabs.setCurrentWidget(self.supported)
            )
        self.clear()

    # -- building -------------------------------------------------------------------------------

    def _build_mine(self) -> QWidget:
        self.model = SupportersModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        named(self.list_view, self.tr("Supporters"), self.tr("Choose a supporter to see what they may see"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        named(self.edit_button, self.tr("Edit"), self.tr("Change the chosen supporter's name and details"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        named(
            self.remove_button,
            self.tr("Remove"),
            self.tr("Remove the chosen supporter (Delete); undo is offered"),
        )
        self.form = SupporterForm()
        self.error_label = styled_label("", "muted", wrap=True)
        self.relay_panel = SupportRelayPanel(self._runner, self._sync)
        self.undo_bar = UndoBar(self)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.edit_button)
        list_buttons.addWidget(self.remove_button)
        list_buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list_view, 1)
        left.addLayout(list_buttons)
        left.addWidget(self.undo_bar)
        left.addSpacing(8)
        left.addWidget(self.form)
        left.addWidget(self.error_label)
        left.addWidget(self.relay_panel)

        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addLayout(left, 2)
        layout.addWidget(self._build_detail(), 3)
        self.list_view.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        self.form.sig_save_requested.connect(self.save_supporter)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.list_view, self.remove_selected)
        return page

    def _build_detail(self) -> QWidget:
        self.detail_title = styled_label("", "subheading")
        self.status_label = styled_label("", "muted", wrap=True)
        self.sections = SectionsChooser()
        self.preview_title = styled_label("", "subheading")
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(120)
        self.invites = InvitePanel(self._sync, self._sync_failed)

        detail = QWidget()
        layout = QVBoxLayout(detail)
        for widget in (self.detail_title, self.status_label, self.sections, self.preview_title):
            layout.addWidget(widget)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.invites)
        self.sections.sig_save_requested.connect(self.save_sections)
        self.invites.sig_asking.connect(self.error_label.clear)
        self.invites.sig_circle_created.connect(self._circle_created)
        self.invites.sig_invite_shown.connect(self.sig_invite_shown)
        self.invites.sig_revoked.connect(self.load)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(detail)
        return scroll

    # -- what the shell calls ---------------------------------------------------------------

    @property
    def syncing(self) -> bool:
        return self._sync is not None and self._sync.running

    def load(self) -> None:
        self._runner.with_session(read_network, self._show_network, self._failed, owner=self)
        self.relay_panel.load()
        self.refresh_sync()

    def plan_changed(self) -> None:
        """The plan changed: the previews follow, and the service sends every circle its new share."""
        self.load()
        self._publish()

    def refresh_sync(self) -> None:
        self._update_buttons()
        if self._sync is not None and self.syncing:
            self._sync.list_support_circles(self._show_circles, self._sync_failed, owner=self)
            self._sync.status(self._show_status, self._sync_failed, owner=self)  # answered after the circles

    def clear(self) -> None:
        """Forget every supporter, share and invite on screen (on lock)."""
        self._network = Network([], {})
        self._circles = {}
        self.model.clear()
        self.form.clear()
        self.undo_bar.forget()
        self.error_label.clear()
        self.preview.clear()
        self.invites.clear()
        self.relay_panel.clear()
        self.supported.clear()
        self.tabs.setCurrentIndex(0)
        self._show_selected()

    def circle_of(self, supporter_id: str) -> str | None:
        return self._network.circles.get(supporter_id)

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
        draft = self.form.draft()

        def work(session: ProfileSession) -> tuple[str, Network]:
            if draft.supporter_id is None:
                supporter = session.supporters.add(draft.name, draft.contact, draft.relationship)
            else:
                current = session.supporters.get(draft.supporter_id)
                supporter = session.supporters.update(
                    replace(current, name=draft.name, contact=draft.contact, relationship=draft.relationship)
                )
            return supporter.id, read_network(session)

        def done(result: tuple[str, Network]) -> None:
            self.form.clear()
            self._show_network(result[1], select=result[0])
            self._events.sig_supporters_changed.emit()

        self.error_label.clear()
        self._runner.with_session(work, done, self._failed, owner=self)

    def edit_selected(self) -> None:
        supporter = self.selected()
        if supporter is None:
            return
        self.form.load(supporter)
        self.form.name_edit.setFocus()

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
            if self.form.editing == supporter.id:
                self.form.clear()
            self._show_network(network)
            message = self.tr("{name} removed from your supporters.").format(name=supporter.name)
            self.undo_bar.offer(message, lambda: self._restore(supporter))
            self._events.sig_supporters_changed.emit()

        self.error_label.clear()
        self._runner.with_session(work, done, self._failed, owner=self)

    def _restore(self, gone: Supporter) -> None:
        def work(session: ProfileSession) -> tuple[str, Network]:
            back = session.supporters.restore(gone)
            return back.id, read_network(session)

        def done(result: tuple[str, Network]) -> None:
            self._show_network(result[1], select=result[0])
            self._events.sig_supporters_changed.emit()

        self._runner.with_session(work, done, self._failed, owner=self)

    def save_sections(self) -> None:
        supporter = self.selected()
        if supporter is None:
            return
        chosen = self.sections.checked()

        def work(session: ProfileSession) -> Network:
            session.supporters.update(replace(session.supporters.get(supporter.id), sections=chosen))
            return read_network(session)

        def done(network: Network) -> None:
            self._show_network(network, select=supporter.id)
            self._events.sig_supporters_changed.emit()
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
        self.sections.show_supporter(supporter)
        if supporter is None:
            self.detail_title.setText(self.tr("No supporter chosen"))
            self.status_label.setText(self.tr("Add someone you trust, or choose one from the list."))
            self.preview_title.setText(self.tr("What they see"))
            self.preview.setPlainText(
                self.tr("Choose a supporter to see exactly what they see of your plan.")
            )
        else:
            self.detail_title.setText(name)
            self.status_label.setText(self._status_text(supporter))
            self.preview_title.setText(self.tr("What {name} sees").format(name=name))
            share = self._network.previews.get(supporter.id)
            sections = (
                [
                    (shown_title(s.key, s.title), [(i.text, i.response) for i in s.items])
                    for s in share.sections
                ]
                if share
                else []
            )
            self.preview.setPlainText(  # drawn as the supporter's own screen draws it
                share_text(sections)
                if sections
                else self.tr(
                    "{name} sees nothing of your plan. Tick the sections they may see, then save."
                ).format(name=name)
            )
        named(
            self.preview,
            self.preview_title.text(),
            self.tr("Read-only: exactly what this supporter receives"),
        )
        self._update_buttons()

    def _status_text(self, supporter: Supporter) -> str:
        space = self._network.circles.get(supporter.id)
        if space is None:
            return self.tr("Not invited yet.")
        text = self.tr("Invited, sharing {count} of {total} sections.").format(
            count=len(supporter.sections), total=len(PlanSection)
        )
        delivery = self._sync.support.delivery(space) if self._sync is not None else None
        if delivery is not None:  # my latest "I need support", as far as it got with them
            text += "\n" + self.tr("Your request for support {time}: {status}").format(
                time=at(delivery.asked_at), status=delivery_line(delivery)
            )
        return text

    def _update_buttons(self) -> None:
        supporter = self.selected()
        self.edit_button.setEnabled(supporter is not None)
        self.remove_button.setEnabled(supporter is not None)
        space = self._network.circles.get(supporter.id) if supporter is not None else None
        self.invites.show_supporter(supporter, space, syncing=self.syncing)
        self.supported.set_syncing(self.syncing)
        self.relay_panel.set_syncing(self.syncing)

    # -- circles and shares (the sync service) ------------------------------------------------------

    def _circle_created(self, supporter_id: str, space: str) -> None:
        self._network = replace(self._network, circles={**self._network.circles, supporter_id: space})
        self._show_selected()
        self.refresh_sync()

    def _publish(self) -> None:
        if self._sync is not None and self.syncing:
            self._sync.publish_shares(lambda _: self.refresh_sync(), self._sync_failed, owner=self)

    def _show_circles(self, circles: tuple[SupportCircleInfo, ...]) -> None:
        self._circles = {c.space: c for c in circles}
        mine = {c.supporter: c.space for c in circles if c.side == "person"}
        self._network = replace(self._network, circles=mine)
        self._show_selected()
        self.supported.show_circles(circles)

    def _show_status(self, status: ServiceStatus) -> None:
        self.relay_panel.show_status(tuple(self._circles.values()), status)
        self.sig_sync_shown.emit()

    def _sync_event(self, event: object) -> None:
        if isinstance(event, SupportRequested):
            self.supported.show_request(event.space_id.hex(), event.at_ms, event.message)
            return
        if not isinstance(event, DocumentChanged):
            return
        space = event.space_id.hex()
        if space not in self._circles:
            self.refresh_sync()  # a circle joined meanwhile
            return
        self.supported.document_changed(space)  # re-read only if it is the share on screen

    # -- errors -----------------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        self.error_label.setText(describe_error(exc))

    def _sync_failed(self, reason: str) -> None:
        self.error_label.setText(self.tr("Sync could not do that: {reason}").format(reason=reason))
