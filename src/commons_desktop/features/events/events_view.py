"""The Events screen: a community's events as a list (by next occurrence) and as a week, added and edited (time
zone, repeating, an occurrence cancelled or moved), exported one or all as .ics, and imported from an .ics file.

It reads the community's `CommunityState` and writes through the `ServiceClient`'s intent commands (add_event,
edit_event, import_events); export is done here, from the state, since it changes nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.community_state import CommunityState
from commons_desktop.features.events.event_form import EventForm, local_zone_name, when_text
from commons_desktop.features.events.events_model import EventsModel
from commons_desktop.features.events.week_grid import WeekGrid
from commons_desktop.labels import clock
from commons_desktop.screen import ScreenContext
from commons_desktop.service.values import Repeat
from commons_desktop.widgets.community_picker import CommunityPicker, not_showing
from commons_desktop.widgets.screen_layout import lay_out_screen, named, styled_label
from sync.community import CommunityView, Event, Frequency, Recurrence
from sync.community.formats import export_ics
from sync.community.formats.ics_import import MAX_ICS_BYTES

__all__ = ["EventsView"]


class EventsView(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = context.sync
        self._events = context.events
        self._state: CommunityState | None = None
        self._stale = True  # the state changed while the screen was hidden
        self._pending: tuple[str, str] | None = None  # (space, event) to show once it is here
        self.community_choice = CommunityPicker(self._sync, self.tr("Which community's events to show"))
        self.model = EventsModel(
            [self.tr("Event"), self.tr("Next"), self.tr("Repeats"), self.tr("Place")], self._cells, self
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 330), (2, 130), (3, 190)):
            self.table.horizontalHeader().resizeSection(column, width)
        named(self.table, self.tr("Events"), self.tr("The community's events, the next one first"))
        self.week = WeekGrid()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("List"))
        self.tabs.addTab(self.week, self.tr("Week"))
        named(self.tabs, self.tr("Views"), self.tr("See the events as a list or as a week"))
        self.tabs.setUsesScrollButtons(False)
        for arrow in self.tabs.tabBar().findChildren(QToolButton):  # Qt's scroll arrows, hidden but present
            named(arrow, self.tr("Scroll tabs"), self.tr("Show more tabs"))
        self.add_button = QPushButton(self.tr("Add event…"))
        named(self.add_button, self.tr("Add event"), self.tr("Add an event to this community"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        named(
            self.edit_button,
            self.tr("Edit event"),
            self.tr("Change the selected event (its organiser or an admin)"),
        )
        self.export_one_button = QPushButton(self.tr("Export event…"))
        named(
            self.export_one_button,
            self.tr("Export event"),
            self.tr("Save the selected event as an .ics file for your calendar"),
        )
        self.export_all_button = QPushButton(self.tr("Export all…"))
        named(self.export_all_button, self.tr("Export all"), self.tr("Save every event as one .ics file"))
        self.import_button = QPushButton(self.tr("Import…"))
        named(
            self.import_button, self.tr("Import"), self.tr("Add the events of an .ics file to this community")
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        named(self.status, self.tr("Status"), self.tr("What happened last"))
        self.count = styled_label("", "muted")
        top = QHBoxLayout()
        top.addWidget(self.community_choice)
        top.addWidget(self.count, 1)
        for button in (
            self.add_button,
            self.edit_button,
            self.export_one_button,
            self.export_all_button,
            self.import_button,
        ):
            top.addWidget(button)
        body = QVBoxLayout()
        body.addLayout(top)
        body.addWidget(self.tabs, 1)
        body.addWidget(self.status)
        lay_out_screen(
            self,
            self.tr("Events"),
            self.tr(
                "What is on in your community. Export events to your own calendar, or import them from one."
            ),
            body,
        )
        self.community_choice.sig_chosen.connect(self._set_state)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.week.sig_event_chosen.connect(self.select_event)
        self.add_button.clicked.connect(lambda: self._open_form(None))
        self.edit_button.clicked.connect(lambda: self._open_form(self.selected_event()))
        self.table.doubleClicked.connect(lambda _index: self._open_form(self.selected_event()))
        self.export_one_button.clicked.connect(self._export_one)
        self.export_all_button.clicked.connect(self._export_all)
        self.import_button.clicked.connect(self._import)
        context.events.sig_event_requested.connect(self.open_event)
        if self._sync is not None:
            self._sync.sig_communities_changed.connect(self._show_pending)
        self._show()

    # -- the screen protocol --

    def load(self) -> None:
        self.community_choice.reload()

    def clear(self) -> None:
        self.community_choice.forget()
        self.status.clear()

    # -- what others call --

    def open_event(self, space: str, event_id: str) -> None:
        """Show this screen with the event selected (from a commons:// link), as soon as it is here."""
        self._events.sig_screen_requested.emit("events")
        self._pending = (space, event_id)
        self._show_pending()

    def select_event(self, event_id: str) -> None:
        row = self.model.row_of(event_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self.tabs.setCurrentWidget(self.table)

    def selected_event(self) -> Event | None:
        rows = self.table.selectionModel().selectedRows()
        key = self.model.key_at(rows[0].row()) if rows else None
        return self._state.events.get(key) if self._state is not None and isinstance(key, str) else None

    # -- showing --

    def _set_state(self, state: CommunityState | None) -> None:
        if state is self._state:
            return
        if self._state is not None:
            for signal in (
                self._state.sig_loaded,
                self._state.sig_events_changed,
                self._state.sig_events_removed,
            ):
                signal.disconnect(self._show)
        self._state = state
        if state is not None:
            for signal in (state.sig_loaded, state.sig_events_changed, state.sig_events_removed):
                signal.connect(self._show)
        self._show()

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self._show()

    def _show(self, *_args: object) -> None:
        """Redraw from the state; while the screen is hidden, only once it is shown again."""
        self._stale = not self.isVisible()
        if self._stale:
            return
        state = self._state
        events = state.events if state is not None else {}
        chosen = self.selected_event()
        self.model.set_events(events, dt.datetime.now(dt.UTC))
        if chosen is not None:
            self.select_event(chosen.id)
        self.week.set_events(events)
        self.count.setText(self._count_text(state))
        has_state = state is not None and self._sync is not None and self._sync.running
        for button in (self.add_button, self.import_button):
            button.setEnabled(has_state)
        self.export_all_button.setEnabled(has_state and bool(events))
        self._selection_changed()
        self._show_pending()

    def _count_text(self, state: CommunityState | None) -> str:
        if (absent := not_showing(self._sync, state)) or state is None:
            return absent
        return self.tr("%n event(s)", "", len(state.events))

    def _when(self, event: Event, when: tuple[dt.datetime, dt.datetime] | None) -> str:
        """In this computer's zone, and also in the event's own when that differs (a call with a twin town)."""
        if when is None:
            return self.tr("Over (last: {when})").format(
                when=when_text(event.starts_at, event.ends_at, event.time_zone)
            )
        here = local_zone_name()
        text = when_text(when[0], when[1], here)
        if (
            event.time_zone != here
            and when[0].astimezone(ZoneInfo(here)).utcoffset()
            != when[0].astimezone(ZoneInfo(event.time_zone)).utcoffset()
        ):
            there = clock(when[0].astimezone(ZoneInfo(event.time_zone)))
            text = self.tr("{when} ({time} in {zone})").format(when=text, time=there, zone=event.time_zone)
        return text

    def _cells(self, event: Event, when: tuple[dt.datetime, dt.datetime] | None) -> tuple[str, ...]:
        return (event.title, self._when(event, when), self._repeats(event), event.place)

    def _repeats(self, event: Event) -> str:
        rule = event.recurrence
        if rule is None:
            return self.tr("Once")
        if rule.interval == 1:
            names = {
                Frequency.DAILY: self.tr("Every day"),
                Frequency.WEEKLY: self.tr("Every week"),
                Frequency.MONTHLY: self.tr("Every month"),
            }
        else:
            names = {
                Frequency.DAILY: self.tr("Every %n days", "", rule.interval),
                Frequency.WEEKLY: self.tr("Every %n weeks", "", rule.interval),
                Frequency.MONTHLY: self.tr("Every %n months", "", rule.interval),
            }
        text = names[rule.frequency]
        if event.cancelled or event.moved:
            text = self.tr("{rule}, with changes").format(rule=text)
        return text

    def _selection_changed(self) -> None:
        event = self.selected_event()
        self.export_one_button.setEnabled(event is not None)
        self.edit_button.setEnabled(event is not None and self._may_edit(event))

    def _may_edit(self, event: Event) -> bool:
        summary = self.community_choice.summary
        return (
            summary is not None
            and not summary.removed
            and (summary.admin or summary.member_id == event.author)
        )

    def _show_pending(self) -> None:
        pending = self._pending
        if pending is None:
            return
        space, event_id = pending
        if self.community_choice.space != space and not self.community_choice.choose(space):
            self.status.setText(self.tr("The linked event's community is not on this computer (yet)."))
            return
        if self._state is not None and event_id in self._state.events:
            self._pending = None
            self.select_event(event_id)
            self.status.setText(self.tr("Showing the linked event."))
        elif self._state is not None and self._state.loaded:
            self.status.setText(self.tr("The linked event is not in this community (yet)."))

    # -- writing --

    def _open_form(self, event: Event | None) -> None:
        summary = self.community_choice.summary
        state = self._state
        if summary is None or state is None or self._sync is None:
            return
        form = EventForm(event, summary.member_id, self)
        form.accepted.connect(lambda: self.save_form(form))
        form.open()

    def save_form(self, form: EventForm) -> None:
        """Send what the form holds: a new event, or the changes to one."""
        draft, state, sync = form.result_event, self._state, self._sync
        if draft is None or state is None or sync is None:
            return
        space = state.space
        if form.is_new:
            rule = draft.recurrence
            sync.add_event(
                space,
                draft.title,
                draft.starts_at,
                draft.ends_at,
                draft.time_zone,
                place=draft.place,
                organiser=draft.organiser,
                description=draft.description,
                repeat=None if rule is None else _repeat(rule),
                on_done=lambda _id: self.status.setText(self.tr("Event added.")),
                on_failed=self._failed,
                owner=self,
            )
        else:
            sync.edit_event(
                space,
                draft,
                on_done=lambda _none: self.status.setText(self.tr("Event saved.")),
                on_failed=self._failed,
                owner=self,
            )

    def _failed(self, reason: str) -> None:
        self.status.setText(self.tr("Not saved: {reason}").format(reason=reason))

    # -- files --

    def _export_one(self) -> None:
        event = self.selected_event()
        if event is None:
            return
        path = self._save_path(f"{_file_name(event.title)}.ics")
        if path is not None:
            self.export_to(path, (event.id,))

    def _export_all(self) -> None:
        state = self._state
        if state is None:
            return
        path = self._save_path(f"{_file_name(state.name or 'events')}.ics")
        if path is not None:
            self.export_to(path, None)

    def _save_path(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export events"), str(Path.home() / suggested), self.tr("Calendar files (*.ics)")
        )
        return Path(name) if name else None

    def export_to(self, path: Path, event_ids: tuple[str, ...] | None) -> None:
        """Write the events (all of them, or those in *event_ids*) to *path* as an .ics file."""
        state = self._state
        if state is None:
            return
        view = CommunityView(name=state.name, members=dict(state.members), events=dict(state.events))
        text = export_ics(view, event_ids, space=state.space)
        try:
            with path.open("w", encoding="utf-8", newline="") as out:
                out.write(text)
        except OSError as exc:
            self.status.setText(
                self.tr("Could not save {path}: {reason}").format(path=str(path), reason=exc.strerror)
            )
            return
        count = len(view.events) if event_ids is None else len(event_ids)
        self.status.setText(self.tr("Saved %n event(s) to {path}.", "", count).format(path=str(path)))

    def _import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import events"), str(Path.home()), self.tr("Calendar files (*.ics)")
        )
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> None:
        """Add the events of the .ics file at *path*; a file that cannot be read adds nothing and says why."""
        state, sync = self._state, self._sync
        if state is None or sync is None:
            return
        try:
            if path.stat().st_size > MAX_ICS_BYTES:
                self.status.setText(self.tr("Not imported: the file is larger than 2 MB."))
                return
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else self.tr("it is not UTF-8 text")
            self.status.setText(self.tr("Not imported: {reason}.").format(reason=reason))
            return
        sync.import_events(
            state.space,
            text,
            on_done=lambda n: self.status.setText(self.tr("Imported %n event(s).", "", n)),
            on_failed=lambda reason: self.status.setText(reason),
            owner=self,
        )


def _repeat(rule: Recurrence) -> Repeat:
    return Repeat(rule.frequency, rule.interval, rule.count, rule.until)


def _file_name(title: str) -> str:
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()
    return "-".join(kept.split())[:60] or "event"
