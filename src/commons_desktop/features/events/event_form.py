"""The add/edit dialog of an event: title, times in a time zone, place, organiser, description, how it repeats,
and which occurrences are cancelled or moved. What is typed is checked by the model before anything is sent;
a problem is shown next to the form naming the field, and nothing is stored."""

from __future__ import annotations

import contextlib
import datetime as dt
import zoneinfo
from dataclasses import replace
from functools import cache

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.labels import clock
from commons_desktop.widgets.screen_layout import named
from sync.community import Event, Frequency, InvalidValueError, MovedOccurrence, Recurrence

__all__ = ["EventForm", "local_zone_name", "when_text"]

SHOWN_OCCURRENCES = 26  # occurrences listed for cancelling or moving: half a year of a weekly event


@cache
def _zone_names() -> list[str]:
    return sorted(zoneinfo.available_timezones())


def local_zone_name() -> str:
    """This computer's IANA time zone name (UTC when it has none)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


def when_text(start: dt.datetime, end: dt.datetime, zone: str) -> str:
    """ "Mon 30 Nov 2026, 18:00–20:00" in *zone*, with day and month names in the app's language."""
    tz = zoneinfo.ZoneInfo(zone)
    a, b = start.astimezone(tz), end.astimezone(tz)
    locale = QLocale()
    day = locale.toString(QDate(a.year, a.month, a.day), "ddd d MMM yyyy")
    if a.date() == b.date():
        tail = clock(b)
    else:
        other_day = locale.toString(QDate(b.year, b.month, b.day), "ddd d MMM")
        tail = QCoreApplication.translate("EventForm", "{day} {time}").format(day=other_day, time=clock(b))
    return QCoreApplication.translate("EventForm", "{day}, {start}–{end}").format(
        day=day, start=clock(a), end=tail
    )


def _to_qt(moment: dt.datetime, zone: str) -> QDateTime:
    local = moment.astimezone(zoneinfo.ZoneInfo(zone))
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)


def _from_qt(value: QDateTime, zone: str) -> dt.datetime:
    d, t = value.date(), value.time()
    naive = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
    return naive.replace(tzinfo=zoneinfo.ZoneInfo(zone))


class EventForm(QDialog):
    """Fill in `event` (None: a new one) and accept; `result_event` is the checked event (new ones get the id
    "new" and *author*: the service gives them their own)."""

    def __init__(self, event: Event | None, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit event") if event is not None else self.tr("Add an event"))
        self._event = event
        self._author = author
        self._cancelled: set[dt.datetime] = set(event.cancelled) if event else set()
        self._moved: dict[dt.datetime, MovedOccurrence] = (
            {m.original: m for m in event.moved} if event else {}
        )
        self.result_event: Event | None = None
        self._build()
        self._fill(event)

    @property
    def is_new(self) -> bool:
        return self._event is None

    # -- building --

    def _build(self) -> None:
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        named(self.title, self.tr("Title"), self.tr("What the event is called"))
        self.starts = QDateTimeEdit()
        self.ends = QDateTimeEdit()
        for edit, name, tip in (
            (self.starts, self.tr("Starts"), self.tr("When it starts, in the event's time zone")),
            (self.ends, self.tr("Ends"), self.tr("When it ends, in the event's time zone")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            named(edit, name, tip)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(_zone_names())
        named(self.zone, self.tr("Time zone"), self.tr("The place's time zone, e.g. Europe/London"))
        self.place = QLineEdit()
        named(self.place, self.tr("Place"), self.tr("Where it happens"))
        self.organiser = QLineEdit()
        named(self.organiser, self.tr("Organiser"), self.tr("Who organises it (a name, shown to everyone)"))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        named(self.description, self.tr("Description"), self.tr("What to know or bring"))
        self.repeat = QComboBox()
        self.repeat.addItem(self.tr("Does not repeat"), "")
        self.repeat.addItem(self.tr("Every day"), Frequency.DAILY.value)
        self.repeat.addItem(self.tr("Every week"), Frequency.WEEKLY.value)
        self.repeat.addItem(self.tr("Every month"), Frequency.MONTHLY.value)
        named(self.repeat, self.tr("Repeats"), self.tr("How often the event happens"))
        self.interval = QSpinBox()
        self.interval.setRange(1, 365)
        named(self.interval, self.tr("Interval"), self.tr("Every how many days, weeks or months"))
        self.end_kind = QComboBox()
        self.end_kind.addItem(self.tr("No end"), "never")
        self.end_kind.addItem(self.tr("After a number of times"), "count")
        self.end_kind.addItem(self.tr("Until a date"), "until")
        named(self.end_kind, self.tr("Repeat ends"), self.tr("When the repeating stops"))
        self.count = QSpinBox()
        self.count.setRange(1, 1000)
        named(self.count, self.tr("Number of times"), self.tr("How many times it happens in all"))
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        named(self.until, self.tr("Last day"), self.tr("The last day an occurrence may start"))
        repeat_row = QHBoxLayout()
        for w in (
            self.repeat,
            QLabel(self.tr("every")),
            self.interval,
            self.end_kind,
            self.count,
            self.until,
        ):
            repeat_row.addWidget(w)
        self.occurrences = QListWidget()
        self.occurrences.setFixedHeight(120)
        named(
            self.occurrences,
            self.tr("Occurrences"),
            self.tr("Untick an occurrence to cancel it; select one and move it to another time"),
        )
        self.move_to = QDateTimeEdit()
        self.move_to.setCalendarPopup(True)
        self.move_to.setDisplayFormat("yyyy-MM-dd HH:mm")
        named(self.move_to, self.tr("Move to"), self.tr("The new start of the selected occurrence"))
        self.move_button = QPushButton(self.tr("Move"))
        named(self.move_button, self.tr("Move"), self.tr("Hold the selected occurrence at the new time"))
        self.unmove_button = QPushButton(self.tr("Back to its usual time"))
        named(
            self.unmove_button,
            self.tr("Back to its usual time"),
            self.tr("Undo the move of the selected occurrence"),
        )
        move_row = QHBoxLayout()
        move_parts: tuple[QWidget, ...] = (self.move_to, self.move_button, self.unmove_button)
        for part in move_parts:
            move_row.addWidget(part)
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.buttons():
            named(button, button.text().replace("&", ""), self.tr("Save the event, or leave it as it was"))
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Starts"), self.starts)
        form.addRow(self.tr("Ends"), self.ends)
        form.addRow(self.tr("Time zone"), self.zone)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Organiser"), self.organiser)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Repeats"), repeat_row)
        self.occurrences_label = QLabel(self.tr("Occurrences"))
        form.addRow(self.occurrences_label, self.occurrences)
        form.addRow("", move_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for signal in (
            self.repeat.currentIndexChanged,
            self.end_kind.currentIndexChanged,
            self.interval.valueChanged,
            self.count.valueChanged,
            self.until.dateChanged,
            self.starts.dateTimeChanged,
            self.zone.currentTextChanged,
        ):
            signal.connect(self._rule_changed)
        self.occurrences.itemChanged.connect(self._ticked)
        self.occurrences.currentItemChanged.connect(self._offer_move)
        self.move_button.clicked.connect(self._move_selected)
        self.unmove_button.clicked.connect(self._unmove_selected)
        self.resize(640, 560)

    def _fill(self, event: Event | None) -> None:
        zone = event.time_zone if event is not None else local_zone_name()
        self.zone.setCurrentText(zone)
        self.move_to.setDateTime(_to_qt(event.starts_at if event else dt.datetime.now(dt.UTC), zone))
        if event is None:
            start = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).replace(
                minute=0, second=0, microsecond=0
            )
            self.starts.setDateTime(_to_qt(start, zone))
            self.ends.setDateTime(_to_qt(start + dt.timedelta(hours=2), zone))
            self.until.setDate(self.starts.date().addMonths(3))
            self.count.setValue(10)
            self._rule_changed()
            return
        self.title.setText(event.title)
        self.starts.setDateTime(_to_qt(event.starts_at, zone))
        self.ends.setDateTime(_to_qt(event.ends_at, zone))
        self.place.setText(event.place)
        self.organiser.setText(event.organiser)
        self.description.setPlainText(event.description)
        rule = event.recurrence
        if rule is not None:
            self.repeat.setCurrentIndex(self.repeat.findData(rule.frequency.value))
            self.interval.setValue(rule.interval)
            kind = "count" if rule.count is not None else "until" if rule.until is not None else "never"
            self.end_kind.setCurrentIndex(self.end_kind.findData(kind))
            self.count.setValue(rule.count or 10)
            if rule.until is not None:
                self.until.setDate(QDate(rule.until.year, rule.until.month, rule.until.day))
        self._rule_changed()

    # -- reading the form --

    def _recurrence(self) -> Recurrence | None:
        frequency = str(self.repeat.currentData() or "")
        if not frequency:
            return None
        kind = self.end_kind.currentData()
        count = self.count.value() if kind == "count" else None
        until = self.until.date().toPython() if kind == "until" else None
        return Recurrence(Frequency(frequency), self.interval.value(), count, until)  # type: ignore[arg-type]

    def _zone_name(self) -> str:
        name = self.zone.currentText().strip()
        try:
            zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            raise InvalidValueError(
                "events/new/time_zone", "must be a time zone name such as Europe/London"
            ) from None
        return name

    def _draft(self) -> Event:
        """The event as typed (InvalidValueError naming the field when something does not fit)."""
        zone = self._zone_name()
        base = self._event
        return Event(
            base.id if base is not None else "new",
            self.title.text(),
            _from_qt(self.starts.dateTime(), zone),
            _from_qt(self.ends.dateTime(), zone),
            zone,
            base.author if base is not None else self._author,
            place=self.place.text(),
            organiser=self.organiser.text(),
            description=self.description.toPlainText(),
            recurrence=self._recurrence(),
            created_at=base.created_at if base is not None else dt.datetime.now(dt.UTC),
        )

    def save(self) -> None:
        try:
            draft = self._draft()
            if draft.recurrence is not None:
                valid = set(draft.scheduled(draft.starts_at, draft.starts_at + dt.timedelta(days=366 * 20)))
                moved = tuple(m for o, m in self._moved.items() if o in valid)
                draft = replace(draft, cancelled=tuple(c for c in self._cancelled if c in valid), moved=moved)
        except InvalidValueError as exc:
            self.problem.setText(self._problem_text(exc))
            return
        self.result_event = draft
        self.accept()

    def _problem_text(self, exc: InvalidValueError) -> str:
        field = exc.path.rsplit("/", 2)
        labels = {
            "title": self.tr("Title"),
            "starts_at": self.tr("Starts"),
            "ends_at": self.tr("Ends"),
            "time_zone": self.tr("Time zone"),
            "place": self.tr("Place"),
            "organiser": self.tr("Organiser"),
            "description": self.tr("Description"),
            "recurrence": self.tr("Repeats"),
            "until": self.tr("Last day"),
            "count": self.tr("Number of times"),
            "interval": self.tr("Interval"),
        }
        label = next((labels[p] for p in reversed(field) if p in labels), self.tr("The event"))
        return self.tr("{field}: {problem}. Nothing was saved.").format(field=label, problem=exc.message)

    # -- occurrences --

    def _rule_changed(self, *_args: object) -> None:
        repeats = bool(self.repeat.currentData())
        kind = self.end_kind.currentData()
        self.interval.setEnabled(repeats)
        self.end_kind.setEnabled(repeats)
        self.count.setVisible(repeats and kind == "count")
        self.until.setVisible(repeats and kind == "until")
        shown: tuple[QWidget, ...] = (
            self.occurrences,
            self.occurrences_label,
            self.move_to,
            self.move_button,
            self.unmove_button,
        )
        for widget in shown:
            widget.setVisible(repeats)
        self._list_occurrences()

    def _list_occurrences(self) -> None:
        self.occurrences.blockSignals(True)
        self.occurrences.clear()
        try:
            draft = self._draft()
        except InvalidValueError:
            draft = None
        if draft is not None and draft.recurrence is not None:
            length = draft.ends_at - draft.starts_at
            start = max(draft.starts_at, dt.datetime.now(dt.UTC) - dt.timedelta(days=7))
            for original in draft.scheduled(start, start + dt.timedelta(days=366 * 5))[:SHOWN_OCCURRENCES]:
                self.occurrences.addItem(self._occurrence_item(original, length, draft.time_zone))
        self.occurrences.blockSignals(False)

    def _occurrence_item(self, original: dt.datetime, length: dt.timedelta, zone: str) -> QListWidgetItem:
        moved = self._moved.get(original)
        text = when_text(original, original + length, zone)
        if moved is not None:
            text = self.tr("{usual} → moved to {when}").format(
                usual=text, when=when_text(moved.starts_at, moved.ends_at, zone)
            )
        if original in self._cancelled:
            text = self.tr("{when} (cancelled)").format(when=text)
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, original)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked if original in self._cancelled else Qt.CheckState.Checked)
        return item

    def _ticked(self, item: QListWidgetItem) -> None:
        original = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._cancelled.discard(original)
        else:
            self._cancelled.add(original)
        self._list_occurrences()

    def _offer_move(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        """Start the "Move to" field at the selected occurrence's own time (or its moved time)."""
        original = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(original, dt.datetime):
            moved = self._moved.get(original)
            zone = self.zone.currentText().strip()
            # An unknown zone typed: the field keeps its value; saving names the zone.
            with contextlib.suppress(zoneinfo.ZoneInfoNotFoundError, ValueError):
                self.move_to.setDateTime(_to_qt(moved.starts_at if moved else original, zone))

    def _selected_original(self) -> dt.datetime | None:
        item = self.occurrences.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, dt.datetime) else None

    def move_occurrence(self, original: dt.datetime, new_start: dt.datetime) -> None:
        """Hold the occurrence that starts at *original* from *new_start*, as long as usual."""
        length = _from_qt(self.ends.dateTime(), "UTC") - _from_qt(self.starts.dateTime(), "UTC")
        self._moved[original] = MovedOccurrence(original, new_start, new_start + length)
        self._list_occurrences()

    def _move_selected(self) -> None:
        original = self._selected_original()
        if original is None:
            self.problem.setText(self.tr("Select the occurrence to move first."))
            return
        try:
            self.move_occurrence(original, _from_qt(self.move_to.dateTime(), self._zone_name()))
        except InvalidValueError as exc:
            self.problem.setText(self._problem_text(exc))

    def _unmove_selected(self) -> None:
        original = self._selected_original()
        if original is not None:
            self._moved.pop(original, None)
            self._list_occurrences()
