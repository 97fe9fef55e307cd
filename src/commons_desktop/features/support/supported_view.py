"""The "People I support" tab: the plans others share with me, read-only, and joining a circle with an invite."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.labels import section_title
from commons_desktop.service.values import SupportCircleInfo
from commons_desktop.service_client import Failed, ServiceClient
from commons_desktop.widgets.screen_layout import named, styled_label
from store import PlanSection
from sync.support_circle import SupportShare

Sections = Iterable[tuple[str, Iterable[tuple[str, str]]]]  # (title, [(text, response)])


_LABEL_ROLE = Qt.ItemDataRole.UserRole + 1  # the name I gave the person ("" if none yet)


def shown_title(key: str, sent: str) -> str:
    """A shared section's title in this app's language when it is one of the plan's sections (the share carries
    the sender's English name), else the title as sent."""
    try:
        return section_title(PlanSection(key))
    except ValueError:
        return sent


def share_text(sections: Sections) -> str:
    """A share as plain text: each section's title, then its items (with the response after a dash)."""
    blocks = []
    for title, items in sections:
        lines = [title]
        lines += [f"  • {text} — {response}" if response else f"  • {text}" for text, response in items]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


class SupportedView(QWidget):
    sig_supported_shown = Signal(str)  # a share I receive (or its empty state) is on screen, by space id
    sig_request_seen = Signal(str)  # the service kept a circle's request as seen
    sig_joined = Signal()  # a circle was joined or renamed; the screen asks the service for its circles again

    def __init__(self, service: ServiceClient | None, failed: Failed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._failed = failed  # says why the service could not do what was asked
        self.people_list = QListWidget()
        named(self.people_list, self.tr("People I support"), self.tr("Choose whose shared plan to read"))
        self.share_view = QPlainTextEdit()
        self.share_view.setReadOnly(True)
        named(
            self.share_view,
            self.tr("What they share with you"),
            self.tr("Read-only: only they can change it"),
        )
        self.join_edit = QLineEdit()
        self.join_edit.setPlaceholderText(self.tr("Paste the invite text, or type the short code"))
        named(
            self.join_edit, self.tr("Invite"), self.tr("The invite someone gave you: its text or short code")
        )
        self.join_button = QPushButton(self.tr("&Join with an invite…"))
        named(
            self.join_button,
            self.tr("Join with an invite"),
            self.tr("Join the circle of someone you support"),
        )
        self.join_status = styled_label("", "muted", wrap=True)
        self.request_label = QLabel()
        self.request_label.setObjectName("error")  # the theme's attention colour
        self.request_label.setWordWrap(True)
        self.request_label.setTextFormat(Qt.TextFormat.PlainText)  # the person's own words, never markup
        self.request_label.setAccessibleName(self.tr("Asked for support"))
        self.request_label.hide()
        self.seen_button = QPushButton(self.tr("I have &seen this"))
        named(
            self.seen_button,
            self.tr("I have seen this"),
            self.tr("Stop showing this request here; a new one shows again"),
        )
        self.seen_button.hide()
        self._request_space = ""  # the circle whose request is on screen
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Robin"))
        named(self.name_edit, self.tr("Their name"), self.tr("The name to show for the person you chose"))
        self.name_button = QPushButton(self.tr("Save &name"))
        named(self.name_button, self.tr("Save name"), self.tr("Show this name for them in the list"))
        self._lay_out()
        self.name_button.clicked.connect(self.rename)
        self.name_edit.returnPressed.connect(self.rename)
        self.people_list.currentItemChanged.connect(lambda *_: self._view_current())
        self.join_button.clicked.connect(self.join)
        self.join_edit.returnPressed.connect(self.join)
        self.seen_button.clicked.connect(self.mark_seen)

    def _lay_out(self) -> None:
        join = QHBoxLayout()
        join.addWidget(self.join_edit, 1)
        join.addWidget(self.join_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            styled_label(self.tr("Plans shared with you. You can read them, not change them."), "muted")
        )
        request = QHBoxLayout()
        request.addWidget(self.request_label, 1)
        request.addWidget(self.seen_button)
        layout.addLayout(request)
        naming = QHBoxLayout()
        naming.addWidget(self.name_edit, 1)
        naming.addWidget(self.name_button)
        people = QVBoxLayout()
        people.addWidget(self.people_list, 1)
        people.addLayout(naming)
        columns = QHBoxLayout()
        columns.addLayout(people, 1)
        columns.addWidget(self.share_view, 2)
        layout.addLayout(columns, 1)
        layout.addLayout(join)
        layout.addWidget(self.join_status)

    def set_syncing(self, syncing: bool) -> None:
        """Joining needs the sync service."""
        for widget in (self.join_button, self.join_edit, self.name_edit, self.name_button):
            widget.setEnabled(syncing)

    def clear(self) -> None:
        """Forget every share and invite on screen (on lock)."""
        self.people_list.clear()
        self.share_view.clear()
        self.join_edit.clear()
        self.join_status.clear()
        self.name_edit.clear()
        self._hide_request()

    @property
    def _running(self) -> bool:
        return self._service is not None and self._service.running

    def show_circles(self, circles: Iterable[SupportCircleInfo]) -> None:
        """List the circles in which I am the supporter, keeping the one chosen, and show what it shares, and the
        newest request for support not yet marked seen."""
        circles = list(circles)
        current = self.people_list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.people_list.blockSignals(True)
        self.people_list.clear()
        for circle in circles:
            if circle.side != "supporter":
                continue
            label = circle.label or self.tr("Someone you support (circle {id})").format(id=circle.space[:8])
            item = QListWidgetItem(label, self.people_list)
            item.setData(Qt.ItemDataRole.UserRole, circle.space)
            item.setData(_LABEL_ROLE, circle.label)
            if circle.space == keep:
                self.people_list.setCurrentItem(item)
        if self.people_list.currentItem() is None and self.people_list.count():
            self.people_list.setCurrentRow(0)
        self.people_list.blockSignals(False)
        self._view_current()
        # Requests are kept on this device until marked seen: the newest one still waiting shows.
        waiting = [
            (c.request.at, c.space, c.request.message)
            for c in circles
            if c.side == "supporter" and c.request is not None and not c.request.seen
        ]
        if waiting:
            at, space, message = max(waiting)
            self.show_request(space, at, message)
        elif self._request_space:
            self._hide_request()

    def document_changed(self, space: str) -> None:
        """A circle's document changed: if it is the share on screen, read it again."""
        item = self.people_list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == space:
            self._view_current()

    def _view_current(self) -> None:
        item = self.people_list.currentItem()
        if item is None:
            self.share_view.setPlainText(
                self.tr(
                    "Nobody shares a plan with you yet. When someone invites you, join with their invite below."
                )
            )
            return
        space = str(item.data(Qt.ItemDataRole.UserRole))
        self.name_edit.setText(str(item.data(_LABEL_ROLE) or ""))
        if self._service is not None and self._service.running:
            self._service.view_share(
                space, lambda share: self._show_share(space, share), self._failed, owner=self
            )

    def _show_share(self, space: str, share: SupportShare | None) -> None:
        item = self.people_list.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) != space:
            return
        sections = (
            [(shown_title(s.key, s.title), [(i.text, i.response) for i in s.items]) for s in share.sections]
            if share is not None
            else []
        )
        self.share_view.setPlainText(
            share_text(sections)
            if sections
            else self.tr(
                "Nothing is shared with you here: they have not shared anything yet, or stopped sharing."
            )
        )
        self.sig_supported_shown.emit(space)

    def show_request(self, space: str, at_ms: int, message: str) -> None:
        """Someone I support asked for support: say who, when, and their words, at the top of the tab."""
        name = next(
            (
                self.people_list.item(n).text()
                for n in range(self.people_list.count())
                if self.people_list.item(n).data(Qt.ItemDataRole.UserRole) == space
            ),
            self.tr("Someone you support"),
        )
        moment = QDateTime.fromMSecsSinceEpoch(at_ms).toString("ddd d MMM, HH:mm")
        text = self.tr("{name} asked for support ({moment}).").format(name=name, moment=moment)
        if message:
            text += " " + self.tr("They wrote: “{message}”").format(message=message)
        self.request_label.setText(text)
        self.request_label.setAccessibleDescription(text)
        self.request_label.show()
        self.seen_button.show()
        self._request_space = space

    def mark_seen(self) -> None:
        """The supporter has seen the request on screen: keep it as seen, and stop showing it."""
        space = self._request_space
        if space and self._service is not None and self._service.running:
            self._service.mark_request_seen(
                space, lambda _none: self.sig_request_seen.emit(space), self._failed, owner=self
            )
        self._hide_request()

    def _hide_request(self) -> None:
        self._request_space = ""
        self.request_label.clear()
        self.request_label.hide()
        self.seen_button.hide()

    def rename(self) -> None:
        """Give the chosen person the name in the field (kept on this device only)."""
        item = self.people_list.currentItem()
        if item is None or self._service is None or not self._service.running:
            return
        space = str(item.data(Qt.ItemDataRole.UserRole))
        label = self.name_edit.text().strip()

        def done(_: object) -> None:
            self.join_status.setText(self.tr("Name saved."))
            self.sig_joined.emit()

        def failed(reason: str) -> None:
            self.join_status.setText(self.tr("Could not save the name: {reason}").format(reason=reason))

        self._service.set_support_circle_label(space, label, done, failed, owner=self)

    def join(self) -> None:
        code = self.join_edit.text().strip()
        if not code:
            self.join_status.setText(self.tr("Paste the invite text, or type the short code you were given."))
            return
        service = self._service
        if service is None or not service.running:
            return

        def done(_space: str) -> None:
            self.join_edit.clear()
            self.join_button.setEnabled(True)
            self.join_status.setText(self.tr("Joined. What they share shows here as it arrives."))
            self.sig_joined.emit()

        def failed(reason: str) -> None:
            self.join_button.setEnabled(True)
            self.join_status.setText(self.tr("Could not join: {reason}").format(reason=reason))

        self.join_button.setEnabled(False)
        self.join_status.setText(self.tr("Joining… this can take up to half a minute."))
        service.join(code, "", done, failed, owner=self)
