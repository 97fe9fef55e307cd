"""The Needs and offers screen: on the demo town (filters, gaps and overlaps, opportunities, starting a project
for a gap, posting with bad input and good, mark met), and on two computers syncing over loopback, where a need
met on one leaves the other's gaps view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from commons_desktop.features.needs.needs_view import NeedsView
from commons_desktop.shell.controller import Controller
from sync.community import Resolution, Side
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui

SYNC_WAIT_MS = 60_000


def needs_screen(qtbot, controller: Controller) -> NeedsView:
    workspace = controller.window.workspace_view
    workspace.open_screen("needs")
    screen = workspace.screen_named("needs")
    assert isinstance(screen, NeedsView)
    return screen


def table_rows(table) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())
    ]


def gap_places(screen: NeedsView) -> set[tuple[str, str]]:
    return {(row[0], row[1]) for row in table_rows(screen.gaps_panel.gaps)}


def listed(screen: NeedsView) -> list[str]:
    return [screen.model.item(r).description for r in range(screen.model.rowCount())]  # type: ignore[union-attr]


def choose(screen: NeedsView, description: str) -> None:
    row = listed(screen).index(description)
    screen.table.selectRow(row)


def test_a_community_worker_finds_the_gaps_and_starts_a_project_on_the_demo_town(qtbot, make_app) -> None:
    controller = make_app(sync_service=True)
    create_profile_via_ui(qtbot, controller, "Sam")
    client = controller.sync
    qtbot.waitUntil(lambda: client.running, timeout=WAIT_MS)
    client.open_demo()
    qtbot.waitUntil(lambda: bool(client.communities), timeout=WAIT_MS)
    screen = needs_screen(qtbot, controller)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 10, timeout=WAIT_MS)
    assert "Millbrook" in screen.count.text()

    # Filters: needs only, in Riverside, urgent.
    screen.side_choice.setCurrentIndex(screen.side_choice.findData(Side.NEED.value))
    screen.area_choice.setCurrentIndex(screen.area_choice.findData("riverside"))
    screen.urgency_choice.setCurrentIndex(screen.urgency_choice.findData("urgent"))
    assert sorted(listed(screen)) == [
        "Hot meals twice a week for older neighbours",
        "Lifts to hospital appointments after my operation",
    ]

    # Gaps and overlaps, with counts.
    screen.tabs.setCurrentWidget(screen.gaps_panel)
    qtbot.waitUntil(lambda: screen.gaps_panel.gaps.rowCount() > 0, timeout=WAIT_MS)
    assert {("transport", "riverside"), ("food", "riverside"), ("childcare", "north end")} <= gap_places(
        screen
    )
    overlaps = {(r[0], r[1]): (r[2], r[3]) for r in table_rows(screen.gaps_panel.overlaps)}
    assert overlaps[("bike repair", "town centre")][1] >= "2"
    assert "need" in screen.gaps_panel.summary.text()

    # Opportunities: the kitchen project names the food need, so only transport and the others remain.
    screen.tabs.setCurrentWidget(screen.opportunities)
    qtbot.waitUntil(lambda: screen.opportunities.table.rowCount() > 0, timeout=WAIT_MS)
    places = [(r[1], r[2]) for r in table_rows(screen.opportunities.table)]
    assert ("transport", "riverside") in places
    assert ("food", "riverside") not in places
    assert not screen.opportunities.start.isEnabled()
    screen.opportunities.table.selectRow(places.index(("transport", "riverside")))
    form = screen.start_project_for(screen.opportunities.chosen())  # type: ignore[arg-type]
    assert form is not None
    assert "Lifts to hospital" in form.linked.text()
    form.currency.setText("eu")
    form.try_start()
    assert form.error.text().startswith("Currency:")  # nothing sent: the gap is still an opportunity
    form.currency.setText("GBP")
    form.try_start()
    qtbot.waitUntil(lambda: ("transport", "riverside") not in _opportunity_places(screen), timeout=WAIT_MS)
    (project,) = [
        p for p in client.community(form_space(screen)).projects.values() if p.title == form.title.text()
    ]  # type: ignore[union-attr]
    assert len(project.need_ids) == 1


def _opportunity_places(screen: NeedsView) -> list[tuple[str, str]]:
    return [(r[1], r[2]) for r in table_rows(screen.opportunities.table)]


def form_space(screen: NeedsView) -> str:
    space = screen.community_choice.space
    assert space is not None
    return space


def test_posting_checks_every_field_then_a_need_is_posted_and_marked_met(qtbot, make_app) -> None:
    controller = make_app(sync_service=True)
    create_profile_via_ui(qtbot, controller, "Robin")
    client = controller.sync
    qtbot.waitUntil(lambda: client.running, timeout=WAIT_MS)
    client.create_community("Elm Street", "Robin")
    qtbot.waitUntil(lambda: bool(client.communities), timeout=WAIT_MS)
    screen = needs_screen(qtbot, controller)
    qtbot.waitUntil(lambda: "No needs or offers yet" in screen.empty.text(), timeout=WAIT_MS)
    form = screen.open_form()
    assert form is not None

    def refused(field: str) -> None:
        form.try_post()
        assert form.error.text().startswith(f"{field}:"), form.error.text()
        assert form.isVisible()

    refused("Category")
    form.category.setEditText("Food")
    refused("Area")
    form.area.setEditText("North")
    refused("What")
    form.description.setPlainText("Hot meals on Fridays")
    form.expires.setChecked(True)
    form.expiry.setDate(QDate.currentDate().addDays(-1))
    refused("Ends on")
    qtbot.wait(200)
    assert client.community(form_space(screen)).needs_offers == {}  # type: ignore[union-attr]
    form.expiry.setDate(QDate.currentDate().addDays(7))
    form.try_post()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: listed(screen) == ["Hot meals on Fridays"], timeout=WAIT_MS)
    (item,) = client.community(form_space(screen)).needs_offers.values()  # type: ignore[union-attr]
    assert (item.category, item.area, item.expires_on) == (
        "food",
        "north",
        dt.date.today() + dt.timedelta(days=7),
    )

    choose(screen, "Hot meals on Fridays")
    assert screen.withdraw_button.isEnabled()  # her own need
    qtbot.mouseClick(screen.met_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: listed(screen) == [], timeout=WAIT_MS)  # the list shows open ones
    assert screen.status.text() == "Marked met."
    screen.open_choice.setCurrentIndex(screen.open_choice.findData(False))
    assert listed(screen) == ["Hot meals on Fridays"]
    assert screen.model.index(0, 6).data() == "Met"
    assert item.id in client.community(form_space(screen)).needs_offers  # type: ignore[union-attr]
    assert client.community(form_space(screen)).needs_offers[item.id].resolution is Resolution.MET  # type: ignore[union-attr]
    controller.lock()
    assert screen.model.rowCount() == 0


def test_a_need_met_on_one_computer_leaves_the_other_s_gaps_view(qtbot, make_computer) -> None:
    robin, _ = make_computer("robin-laptop", sync_service=True)
    ana, _ = make_computer("ana-laptop", sync_service=True)
    create_profile_via_ui(qtbot, robin, "Robin")
    create_profile_via_ui(qtbot, ana, "Ana")
    for c in (robin, ana):
        qtbot.waitUntil(lambda c=c: c.sync.running, timeout=WAIT_MS)
    made: list[str] = []
    robin.sync.create_community("Mill Road", "Robin", made.append)
    qtbot.waitUntil(lambda: bool(made), timeout=WAIT_MS)
    invites: list[object] = []
    robin.sync.invite(made[0], invites.append)
    qtbot.waitUntil(lambda: bool(invites), timeout=WAIT_MS)
    ana.sync.join(invites[0].qr)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(ana.sync.communities), timeout=SYNC_WAIT_MS)
    space = made[0]
    needs: list[str] = []
    robin.sync.add_need_or_offer(
        space, Side.NEED, "lifts", "north", "A lift to the clinic", on_done=needs.append
    )
    qtbot.waitUntil(lambda: bool(needs), timeout=WAIT_MS)

    screen = needs_screen(qtbot, ana)
    screen.tabs.setCurrentWidget(screen.gaps_panel)
    qtbot.waitUntil(lambda: ("lifts", "north") in gap_places(screen), timeout=SYNC_WAIT_MS)
    robin.sync.close_need_or_offer(space, needs[0], Resolution.MET)
    qtbot.waitUntil(lambda: gap_places(screen) == set(), timeout=SYNC_WAIT_MS)
    assert screen.gaps_panel.summary.text().startswith("0 need")  # plural forms come with the translations
