"""The Lending circles screen on the demo town (the schedule, who is next, a new circle waiting for its members
to join) and on two real windows syncing on loopback: a circle of two forms when the second neighbour joins, a
payment recorded on one computer is confirmed on the other, the rounds say plainly what they wait for, and a
completed circle counts on the member's card once they choose to show it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from commons_desktop.features.circles.circle_form import CircleForm, NewCircle
from commons_desktop.features.circles.circles_view import CirclesView
from commons_desktop.features.home.home_view import HomeView
from commons_desktop.features.review.review_text import set_aside_text
from commons_desktop.labels import plain_date
from commons_desktop.service.values import SetAside
from commons_desktop.shell.controller import Controller
from sync.community import CREDIT_UNIT, EntryKind, LedgerEntry
from sync.identity import DeviceSigner
from tests.desktop.community_flows import invite, join_and_name, start, two_neighbours
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui
from tests.desktop.test_community import SYNC_WAIT_MS


def circles_screen(qtbot, controller: Controller) -> CirclesView:
    workspace = controller.window.workspace_view
    workspace.open_screen("circles")
    screen = workspace.screen_named("circles")
    assert isinstance(screen, CirclesView)
    qtbot.waitUntil(lambda: screen.circles is not None, timeout=WAIT_MS)
    return screen


def rows(screen: CirclesView) -> list[list[str]]:
    table = screen.schedule
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def choose(screen: CirclesView, name: str) -> None:
    row = next(
        i for i in range(screen.circle_list.count()) if screen.circle_list.item(i).text().startswith(name)
    )
    screen.circle_list.setCurrentRow(row)


def test_demo_circle_schedule_and_a_new_circle_waiting_for_its_members(qtbot, make_app) -> None:
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
    qtbot.waitUntil(lambda: bool(screen.circles), timeout=WAIT_MS)

    # The town's circle: six rounds, three received and confirmed, Kasia next; not mine, so nothing to do.
    demo = screen.selected()
    assert demo is not None
    assert demo.name == "Station Road savings circle"
    table = rows(screen)
    assert len(table) == 6
    assert [r[3:] for r in table[:3]] == [
        ["5 of 5", "Received, confirmed by Bartek Nowak"],
        ["5 of 5", "Received, confirmed by Chloe Martin"],
        ["5 of 5", "Received, confirmed by Hamid Rahimi"],
    ]
    nxt = demo.rounds[3]
    assert table[3][3:] == ["0 of 5", f"Due on {plain_date(nxt.date)}"]  # not due yet: when, not "not paid"
    assert (
        screen.summary.text() == f"Next: round 4 on {plain_date(nxt.date)}, Kasia Wójcik receives 250.00 GBP."
    )
    assert screen.waiting.text() == ""
    assert not screen.contribute_button.isEnabled()
    assert not screen.join_button.isVisible()
    assert screen.record.count.text() == "Lending circles you completed: 0"

    # A new circle with Ada, started forty days ago: it waits for Ada to join, and asks nobody to pay yet.
    state = screen.community_choice.state
    assert state is not None
    qtbot.waitUntil(lambda: any(m.name == "Sam" for m in state.members.values()), timeout=WAIT_MS)
    me = next(m.id for m in state.members.values() if m.name == "Sam")
    ada = next(m.id for m in state.members.values() if m.name == "Ada Okafor")
    started = dt.date.today() - dt.timedelta(days=40)
    screen.make(NewCircle("Allotment savers", (me, ada), 2000, "GBP", 30, started))
    qtbot.waitUntil(lambda: len(screen.circles or ()) == 2, timeout=WAIT_MS)
    choose(screen, "Allotment")
    assert screen.summary.text() == "Waiting for Ada Okafor to join. The circle starts once everyone has."
    assert screen.waiting.text() == ""
    assert not screen.contribute_button.isEnabled()
    assert not screen.join_button.isVisible()  # Sam joined when he made it
    assert [r[4] for r in rows(screen)] == ["Waiting for everyone to join"] * 2  # both dates have passed


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


def test_a_circle_of_two_forms_and_a_payment_is_confirmed_on_the_other_computer(qtbot, make_computer) -> None:
    robin, robin_community, ana, ana_community = two_neighbours(qtbot, make_computer)
    start(qtbot, robin_community)
    join_and_name(qtbot, ana_community, invite(qtbot, robin_community), "Ana")
    robin_screen = circles_screen(qtbot, robin)
    state = robin_screen.community_choice.state
    assert state is not None
    qtbot.waitUntil(
        lambda: {m.name for m in state.members.values()} == {"Robin", "Ana"}, timeout=SYNC_WAIT_MS
    )
    ids = {m.name: m.id for m in state.members.values()}
    started = dt.date.today() - dt.timedelta(days=3)  # round 1, for Robin, was due three days ago
    robin_screen.make(NewCircle("Allotment savers", (ids["Robin"], ids["Ana"]), 2000, "EUR", 30, started))
    qtbot.waitUntil(lambda: len(robin_screen.circles or ()) == 1, timeout=WAIT_MS)
    assert robin_screen.summary.text() == "Waiting for Ana to join. The circle starts once everyone has."
    assert [r[4] for r in rows(robin_screen)] == [
        "Waiting for everyone to join",
        f"Due on {plain_date(started + dt.timedelta(days=30))}",
    ]

    # On Ana's computer: she is listed and asked; she joins.
    ana_screen = circles_screen(qtbot, ana)
    qtbot.waitUntil(lambda: bool(ana_screen.circles), timeout=SYNC_WAIT_MS)
    assert ana_screen.join_button.isVisible()
    assert ana_screen.summary.text() == "Waiting for you to join. The circle starts once everyone has."
    assert ana_screen.join_note.text().startswith(
        "You are listed: you would pay 20.00 EUR every 30 days and receive 20.00 EUR in round 2 ("
    )
    assert not ana_screen.contribute_button.isEnabled()
    qtbot.mouseClick(ana_screen.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ana_screen.join_button.isVisible(), timeout=WAIT_MS)
    # Formed: round 1 has come, and it waits for Ana's payment — said plainly, on both computers.
    assert ana_screen.waiting.text() == "Waiting for your payment (round 1, for Robin)."
    assert rows(ana_screen)[0][4] == "Waiting for your payment"
    qtbot.waitUntil(lambda: robin_screen.summary.text().startswith("Next: round 1 on "), timeout=SYNC_WAIT_MS)
    assert robin_screen.summary.text().endswith(", you receive 20.00 EUR.")
    assert robin_screen.waiting.text() == "Waiting for Ana's payment (round 1, for you)."
    assert rows(robin_screen)[0][4] == "Waiting for Ana's payment"
    assert ana_screen.contribute_button.text() == "Record my payment to Robin (round 1)"
    qtbot.mouseClick(ana_screen.contribute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rows(ana_screen)[0][4] == "Waiting for Robin to confirm", timeout=WAIT_MS)
    assert (
        ana_screen.waiting.text() == "Waiting for Robin to confirm the payment from you (round 1, for Robin)."
    )

    # On Robin's computer: "Confirm you received 20.00 EUR from Ana"; he confirms.
    qtbot.waitUntil(lambda: bool(robin_screen.to_confirm.buttons), timeout=SYNC_WAIT_MS)
    assert robin_screen.to_confirm.lines[0].text() == "Confirm you received 20.00 EUR from Ana (round 1)."
    assert rows(robin_screen)[0][4] == "Waiting for you to confirm"
    assert robin_screen.waiting.text() == ""  # the line above asks him already
    qtbot.mouseClick(robin_screen.to_confirm.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rows(robin_screen)[0][4] == "Received, confirmed by you", timeout=WAIT_MS)
    assert robin_screen.to_confirm.buttons == []
    assert robin_screen.waiting.text() == ""

    # Back on Ana's computer: the round is complete, the same there; round 2 is Ana's, so nothing to pay.
    qtbot.waitUntil(lambda: rows(ana_screen)[0][4] == "Received, confirmed by Robin", timeout=SYNC_WAIT_MS)
    assert [r[2] for r in rows(ana_screen)] == ["Robin", "You"]
    assert [r[2] for r in rows(robin_screen)] == ["You", "Ana"]
    assert [r[:2] + r[3:4] for r in rows(ana_screen)] == [r[:2] + r[3:4] for r in rows(robin_screen)]
    assert not ana_screen.contribute_button.isEnabled()
    assert ana_screen.summary.text().startswith("Next: round 2 on ")

    # Round 2, for Ana: Robin pays, Ana confirms; both completed the circle. Ana shows it on her card.
    qtbot.mouseClick(robin_screen.contribute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(ana_screen.to_confirm.buttons), timeout=SYNC_WAIT_MS)
    qtbot.mouseClick(ana_screen.to_confirm.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: ana_screen.record.count.text() == "Lending circles you completed: 1", timeout=WAIT_MS
    )
    assert ana_screen.summary.text() == "Complete: every member received 20.00 EUR."
    assert not ana_screen.record.show_on_card.isChecked()
    ana_screen.record.show_on_card.setChecked(True)
    robin.window.workspace_view.open_screen("community")
    people = robin.window.workspace_view.screen_named("community").people_panel.list

    def ana_card() -> str:
        return next(
            people.item(i).text() for i in range(people.count()) if people.item(i).text().startswith("Ana")
        )

    qtbot.waitUntil(lambda: "completed 1 lending circle" in ana_card(), timeout=SYNC_WAIT_MS)
    assert "lending circle" not in next(
        people.item(i).text() for i in range(people.count()) if people.item(i).text().startswith("Robin")
    )  # Robin completed it too, but did not choose to show it


def test_every_kind_of_ledger_entry_set_aside_is_said_in_words(qtbot) -> None:
    """The review list names each kind of entry the ledger can set aside, the circles' new ones included."""
    signer = DeviceSigner.generate()
    for kind in EntryKind:
        entry = LedgerEntry(
            "e1", kind, "ana", signer.device_id.hex, 2000, CREDIT_UNIT if "credit" in kind.value else "EUR",
            dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC), ref="c1",
        )  # fmt: skip
        text = set_aside_text(None, SetAside("it names no contribution", entry))
        assert text.endswith("is not counted: it names no contribution."), kind
