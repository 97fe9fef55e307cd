"""The Events screen on the demo town, with a real sync service: the list and the week, adding and editing an
event (a bad form names the field and stores nothing; an occurrence cancelled and one moved), exporting one or
all as .ics (read back with icalendar), importing (a bad file names its line and adds nothing; a good one lands
in another community with the same events), and a commons:// link opening the event."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
from PySide6.QtCore import QDateTime, Qt

from commons_desktop.features.events.event_form import EventForm
from commons_desktop.features.events.events_view import EventsView
from commons_desktop.features.home.home_view import HomeView
from commons_desktop.shell.controller import Controller
from sync.community import Event
from sync.community.links import event_link
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui


def open_demo_events(qtbot, controller: Controller) -> EventsView:
    create_profile_via_ui(qtbot, controller, "Sam")
    workspace = controller.window.workspace_view
    home = workspace.screen_named("home")
    assert isinstance(home, HomeView)
    qtbot.waitUntil(home.demo_card.explore_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(home.demo_card.explore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(controller.sync.communities) == 1, timeout=WAIT_MS)
    workspace.open_screen("events")
    screen = workspace.screen_named("events")
    assert isinstance(screen, EventsView)
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 5, timeout=WAIT_MS)
    return screen


def the_form(qtbot, screen: EventsView) -> EventForm:
    qtbot.waitUntil(lambda: screen.findChild(EventForm) is not None, timeout=WAIT_MS)
    form = screen.findChild(EventForm)
    assert isinstance(form, EventForm)
    return form


def by_title(screen: EventsView, title: str) -> Event:
    assert screen._state is not None
    (event,) = [e for e in screen._state.events.values() if e.title == title]
    return event


def test_demo_town_events_add_edit_export_import(qtbot, make_app, tmp_path: Path) -> None:
    controller = make_app(sync_service=True)
    screen = open_demo_events(qtbot, controller)
    state = screen._state
    assert state is not None
    before = len(state.events)
    screen.tabs.setCurrentWidget(screen.week)
    assert sum(screen.week.days[c].count() for c in range(7)) >= 3  # the demo's week is busy
    screen.tabs.setCurrentWidget(screen.table)
    assert screen.count.text().startswith(f"{before} event")  # plural forms come with the translations

    # A demo resident's event: only its organiser or an admin edits it.
    screen.select_event(by_title(screen, "Knit and natter").id)
    assert screen.export_one_button.isEnabled()
    summary = screen.community_choice.summary
    assert summary is not None
    assert screen.edit_button.isEnabled() == summary.admin

    # Add: a bad form names the field and sends nothing.
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    form = the_form(qtbot, screen)
    form.zone.setCurrentText("Europe/London")
    start = QDateTime(2031, 3, 3, 19, 0, 0)  # a Monday
    form.starts.setDateTime(start)
    form.ends.setDateTime(start.addSecs(-3600))
    form.title.setText("Choir practice")
    form.save()
    assert form.problem.text() == "Ends: is before the start. Nothing was saved."
    form.ends.setDateTime(start.addSecs(2 * 3600))
    form.title.setText("")
    form.save()
    assert form.problem.text().startswith("Title: ")
    form.zone.setCurrentText("Mars/Olympus")
    form.title.setText("Choir practice")
    form.save()
    assert form.problem.text().startswith("Time zone: must be a time zone name")
    assert form.isVisible()
    form.zone.setCurrentText("Europe/London")
    form.repeat.setCurrentIndex(form.repeat.findData("weekly"))
    form.end_kind.setCurrentIndex(form.end_kind.findData("count"))
    form.count.setValue(4)
    assert form.occurrences.count() == 4
    form.save()
    assert not form.isVisible()
    form.deleteLater()
    qtbot.waitUntil(lambda: len(state.events) == before + 1, timeout=WAIT_MS)
    choir = by_title(screen, "Choir practice")
    assert (choir.time_zone, choir.starts_at.hour) == ("Europe/London", 19)  # winter: London is UTC

    # Edit: the second evening cancelled, the third moved a day later.
    screen.select_event(choir.id)
    assert screen.edit_button.isEnabled()  # mine
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    form = the_form(qtbot, screen)
    assert form.title.text() == "Choir practice"
    form.occurrences.item(1).setCheckState(Qt.CheckState.Unchecked)
    first, second, third, fourth = choir.scheduled(choir.starts_at, choir.starts_at + dt.timedelta(days=30))
    form.move_occurrence(third, third + dt.timedelta(days=1))
    assert "moved to" in form.occurrences.item(2).text()
    assert "(cancelled)" in form.occurrences.item(1).text()
    form.save()
    form.deleteLater()
    qtbot.waitUntil(lambda: by_title(screen, "Choir practice").moved != (), timeout=WAIT_MS)
    edited = by_title(screen, "Choir practice")
    assert edited.cancelled == (second,)
    assert edited.occurrences(first, first + dt.timedelta(days=30)) == [
        first,
        third + dt.timedelta(days=1),
        fourth,
    ]
    screen.week.show_week(dt.date(2031, 3, 17))
    assert any("Choir practice" in t for t in screen.week.shown_titles(1))  # Tuesday, not Monday
    assert not any("Choir practice" in t for t in screen.week.shown_titles(0))

    # Export one and all; what a calendar reads.
    one, every = tmp_path / "choir.ics", tmp_path / "all.ics"
    screen.select_event(choir.id)
    screen.export_to(one, (choir.id,))
    screen.export_to(every, None)
    assert screen.status.text().startswith(f"Saved {before + 1} event")
    assert screen.status.text().endswith(f" to {every}.")
    calendar = icalendar.Calendar.from_ical(one.read_bytes())
    vevents = calendar.walk("VEVENT")
    assert len(vevents) == 2  # the series and its moved evening
    link = event_link(state.space, choir.id)
    assert all(link in str(v["DESCRIPTION"]) for v in vevents)
    assert len(icalendar.Calendar.from_ical(every.read_bytes()).walk("VEVENT")) == before + 2

    # Import: a bad file names its line and adds nothing.
    bad = tmp_path / "bad.ics"
    text = one.read_text(encoding="utf-8")
    bad.write_text(
        text.replace("DTSTART;TZID=Europe/London", "DTSTART;TZID=Mars/Olympus", 1), encoding="utf-8"
    )
    screen.import_from(bad)
    qtbot.waitUntil(lambda: "Nothing was imported" in screen.status.text(), timeout=WAIT_MS)
    line = 1 + text.replace("\r\n", "\n").split("\n").index(
        next(x for x in text.splitlines() if x.startswith("DTSTART;TZID=Europe/London"))
    )
    assert "Mars/Olympus is not a time zone name" in screen.status.text()
    assert f"line {line}: DTSTART" in screen.status.text()
    assert len(state.events) == before + 1

    # A good file, into another community: the same events arrive.
    spaces: list[str] = []
    controller.sync.create_community("Canal Street", "Sam", spaces.append)
    qtbot.waitUntil(lambda: bool(spaces), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.community_choice.choose(spaces[0]), timeout=WAIT_MS)
    other = screen._state
    assert other is not None
    assert other.space == spaces[0]
    screen.import_from(every)
    qtbot.waitUntil(lambda: len(other.events) == before + 1, timeout=WAIT_MS)
    assert screen.status.text().startswith(f"Imported {before + 1} event")
    copied = by_title(screen, "Choir practice")
    assert (copied.cancelled, copied.moved, copied.recurrence) == (
        edited.cancelled,
        edited.moved,
        edited.recurrence,
    )
    assert {(e.title, e.starts_at, e.time_zone) for e in other.events.values()} == {
        (e.title, e.starts_at, e.time_zone) for e in state.events.values()
    }

    # A commons:// link shows the event in its community.
    screen.community_choice.choose(spaces[0])
    controller.window.workspace_view.open_screen("home")
    controller.events.sig_event_requested.emit(state.space, choir.id)
    qtbot.waitUntil(lambda: screen.selected_event() is not None, timeout=WAIT_MS)
    assert screen.community_choice.space == state.space
    selected = screen.selected_event()
    assert selected is not None
    assert selected.id == choir.id
    assert controller.window.workspace_view.pages.currentWidget() is screen
