"""The Lending circles screen on the demo town: the schedule and who is next; a new circle made through the
form's values, a contribution recorded, and a late round said plainly, naming only whose contribution is not
recorded yet."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from commons_desktop.features.circles.circle_form import CircleForm, NewCircle
from commons_desktop.features.circles.circles_view import CirclesView
from commons_desktop.features.home.home_view import HomeView
from commons_desktop.shell.controller import Controller
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui


def circles_screen(qtbot, controller: Controller) -> CirclesView:
    workspace = controller.window.workspace_view
    workspace.open_screen("circles")
    screen = workspace.screen_named("circles")
    assert isinstance(screen, CirclesView)
    qtbot.waitUntil(lambda: bool(screen.circles), timeout=WAIT_MS)
    return screen


def rows(screen: CirclesView) -> list[list[str]]:
    table = screen.schedule
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_demo_circle_schedule_a_new_circle_a_contribution_and_a_late_round(qtbot, make_app) -> None:
    controller = make_app(sync_service=True)
    create_profile_via_ui(qtbot, controller, "Sam")
    home = controller.window.workspace_view.screen_named("home")
    assert isinstance(home, HomeView)
    qtbot.waitUntil(home.demo_card.explore_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(home.demo_card.explore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(controller.sync.communities) == 1, timeout=WAIT_MS)
    space = controller.sync.communities[0].space
    controller.sync.set_my_name(space, "Sam")
    screen = circles_screen(qtbot, controller)

    # The town's circle: six rounds, three paid out, Kasia next; not mine, so nothing to record.
    demo = screen.selected()
    assert demo is not None
    assert demo.name == "Station Road savings circle"
    assert len(rows(screen)) == 6
    assert [r[3:5] for r in rows(screen)] == [["6 of 6", "Yes"]] * 3 + [["0 of 6", ""]] * 3
    nxt = demo.rounds[3]
    assert (
        screen.summary.text()
        == f"Next: round 4 on {nxt.date.isoformat()}, Kasia Wójcik takes the pot of 300.00 GBP."
    )
    assert screen.late.text() == ""
    assert not screen.contribute_button.isEnabled()

    # A new circle with Ada, started forty days ago: two rounds have passed.
    state = screen.community_choice.state
    assert state is not None
    qtbot.waitUntil(lambda: any(m.name == "Sam" for m in state.members.values()), timeout=WAIT_MS)
    me = next(m.id for m in state.members.values() if m.name == "Sam")
    ada = next(m.id for m in state.members.values() if m.name == "Ada Okafor")
    started = dt.date.today() - dt.timedelta(days=40)
    screen.make(NewCircle("Allotment savers", (me, ada), 2000, "GBP", 30, started))
    qtbot.waitUntil(lambda: len(screen.circles or ()) == 2, timeout=WAIT_MS)
    ours = next(
        i
        for i in range(screen.circle_list.count())
        if screen.circle_list.item(i).text().startswith("Allotment")
    )
    screen.circle_list.setCurrentRow(ours)
    assert screen.late.text().splitlines() == [
        "Sam's contribution for round 1 has not been recorded yet.",
        "Ada Okafor's contribution for round 1 has not been recorded yet.",
        "Sam's contribution for round 2 has not been recorded yet.",
        "Ada Okafor's contribution for round 2 has not been recorded yet.",
    ]
    assert screen.contribute_button.isEnabled()
    qtbot.mouseClick(screen.contribute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: screen.status.text() == "Your contribution for round 1 is recorded.", timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: rows(screen)[0][3] == "1 of 2", timeout=WAIT_MS)
    assert screen.schedule.item(0, 3).toolTip() == "Sam"
    assert screen.late.text().splitlines() == [
        "Ada Okafor's contribution for round 1 has not been recorded yet.",
        "Sam's contribution for round 2 has not been recorded yet.",
        "Ada Okafor's contribution for round 2 has not been recorded yet.",
    ]
    assert rows(screen)[0][5] == "Ada Okafor"
    assert screen.summary.text().startswith("Next: round 1 on ")


def test_the_circle_form_says_what_is_missing_and_draws_the_order_once(qtbot) -> None:
    form = CircleForm([("m1", "Ada"), ("m2", "Ben"), ("m3", "Cy")], "m1")
    qtbot.addWidget(form)
    assert form.circle() is None
    assert form.problem.text() == "Give the circle a name."
    form.name.setText("Savers")
    assert form.circle() is None
    assert form.problem.text() == "Tick at least two members."
    form.members.item(2).setCheckState(Qt.CheckState.Checked)
    form.members.setCurrentRow(2)
    form.up.click()
    made = form.circle()
    assert made is not None
    assert made.member_ids == ("m1", "m3")  # agreed: as listed, Cy moved above Ben
    assert (made.contribution_minor, made.currency, made.period_days) == (2000, "EUR", 30)
    form.by_lot.setChecked(True)
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    assert form.made is not None
    assert sorted(form.made.member_ids) == ["m1", "m3"]
