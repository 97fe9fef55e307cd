"""Home's demo town card: explore Millbrook, a made-up community kept on this computer only, open it again,
or remove it. It follows the sync service's list of communities (the demo is the one marked `demo`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from commons_desktop.events import AppEvents
from commons_desktop.service_client import ServiceClient
from commons_desktop.widgets.screen_layout import named, styled_label

__all__ = ["DemoCard"]


class DemoCard(QFrame):
    def __init__(self, sync: ServiceClient | None, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._sync = sync
        self._events = events
        self.confirm_box: QMessageBox | None = None
        self.body = styled_label("", "muted", wrap=True)
        self.explore_button = QPushButton(self.tr("Explore a &demo town"))
        named(
            self.explore_button,
            self.tr("Explore a demo town"),
            self.tr("Open Millbrook, a made-up community kept on this computer and not shared with anyone"),
        )
        self.remove_button = QPushButton(self.tr("Remove the demo town…"))
        named(
            self.remove_button,
            self.tr("Remove the demo town"),
            self.tr("Delete the demo town from this computer"),
        )
        self.status = styled_label("", "muted", wrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.explore_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(styled_label(self.tr("Demo town"), "subheading"))
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.explore_button.clicked.connect(self.explore)
        self.remove_button.clicked.connect(self.ask_remove)
        if sync is not None:
            sync.sig_communities_changed.connect(self.refresh)
            sync.sig_ready.connect(lambda _device: self.refresh())
            sync.sig_failed.connect(lambda _reason: self.refresh())
        self.refresh()

    def _demo(self) -> str | None:
        communities = self._sync.communities if self._sync is not None else ()
        return next((c.space for c in communities if c.demo), None)

    def refresh(self) -> None:
        running = self._sync is not None and self._sync.running
        demo = self._demo()
        self.setVisible(self._sync is not None)
        self.body.setText(
            self.tr(
                "Millbrook is a made-up town: its people, assets, events and shared purse show what a "
                "neighbourhood does with Commons. It stays on this computer and is not shared with anyone."
            )
        )
        self.explore_button.setText(
            self.tr("Open the &demo town") if demo else self.tr("Explore a &demo town")
        )
        self.explore_button.setAccessibleName(self.explore_button.text().replace("&", ""))
        self.explore_button.setEnabled(running)
        self.remove_button.setVisible(demo is not None)
        self.remove_button.setEnabled(running)

    def clear(self) -> None:
        self.status.clear()
        if self.confirm_box is not None:
            self.confirm_box.reject()
        self.refresh()

    def explore(self) -> None:
        """Open the demo town (made now if there is none) on the Community screen."""
        if self._sync is None:
            return

        def opened(space: str) -> None:
            self.status.clear()
            self._events.sig_community_requested.emit(space)
            self._events.sig_screen_requested.emit("community")

        self._sync.open_demo(opened, self.status.setText, owner=self)

    def ask_remove(self) -> None:
        space = self._demo()
        if space is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove the demo town"),
            self.tr("Remove the demo town?"),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "It is deleted from this computer. It was never shared with anyone; you can explore a new one."
            )
        )
        remove = box.addButton(self.tr("Remove the demo town"), QMessageBox.ButtonRole.AcceptRole)
        named(remove, self.tr("Remove the demo town"), self.tr("Delete the demo town from this computer"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.remove(space))
        box.finished.connect(lambda _: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def remove(self, space: str) -> None:
        if self._sync is not None:
            self._sync.leave_community(
                space, lambda _: self.status.setText(self.tr("The demo town was removed.")), self.status.setText,
                owner=self,
            )  # fmt: skip
