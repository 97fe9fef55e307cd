"""The Time credits screen: on the demo town (balances, a transfer waiting, giving within the limit and a clear
refusal beyond it), and on two real windows syncing on loopback: a transfer counts only once the receiver
confirms it on the other computer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from commons_desktop.features.credits.credits_view import CreditsView
from commons_desktop.features.credits.give_form import GiveForm
from commons_desktop.features.home.home_view import HomeView
from commons_desktop.service.values import CreditBalance
from commons_desktop.shell.controller import Controller
from tests.desktop.community_flows import invite, join_and_name, start, two_neighbours
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui
from tests.desktop.test_community import SYNC_WAIT_MS


def credits_screen(qtbot, controller: Controller) -> CreditsView:
    workspace = controller.window.workspace_view
    workspace.open_screen("credits")
    screen = workspace.screen_named("credits")
    assert isinstance(screen, CreditsView)
    qtbot.waitUntil(lambda: screen.credits is not None, timeout=WAIT_MS)
    return screen


def balance_of(screen: CreditsView, name: str) -> CreditBalance | None:
    credits = screen.credits
    assert credits is not None
    return next((b for b in credits.balances if b.name == name), None)


def said(label) -> str:
    """A label's text with English plurals: "minute(s)" until the lead's `make translations` gives the new
    strings their plural forms (every count in these tests is more than one)."""
    return str(label.text()).replace("(s)", "s")


def cells(screen: CreditsView, table: str) -> list[list[str]]:
    model = getattr(screen, table).model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_demo_town_credits_give_within_the_limit_and_refuse_beyond(qtbot, make_app) -> None:
    controller = make_app(sync_service=True)
    create_profile_via_ui(qtbot, controller, "Sam")
    home = controller.window.workspace_view.screen_named("home")
    assert isinstance(home, HomeView)
    qtbot.waitUntil(home.demo_card.explore_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(home.demo_card.explore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(controller.sync.communities) == 1, timeout=WAIT_MS)
    screen = credits_screen(qtbot, controller)
    assert said(screen.mine) == "Add your name to this community to give and receive time credits."
    assert not screen.give_button.isEnabled()
    controller.sync.set_my_name(controller.sync.communities[0].space, "Sam")
    qtbot.waitUntil(lambda: balance_of(screen, "Sam") is not None, timeout=WAIT_MS)

    # The town's confirmed history, and its newest transfer still waiting for Esther.
    assert len(cells(screen, "history")) == 13
    assert cells(screen, "waiting") == [
        ["Chloe Martin", "Esther Cohen", "30", "First aid refresher", "Waiting for Esther Cohen to confirm"]
    ]
    esther = balance_of(screen, "Esther Cohen")
    assert esther is not None
    assert esther.balance == 90  # 120 received less 30 given; the 30 from Chloe still waits
    assert said(screen.mine) == "Your balance: 0 minutes. You can give up to 120 minutes."  # the default

    # Giving: it waits for the receiver, and what I can give drops at once.
    assert screen.give_button.isEnabled()
    to = balance_of(screen, "Ada Okafor")
    assert to is not None
    screen.give(to.member_id, 100, "Watered my plants")
    qtbot.waitUntil(lambda: len(cells(screen, "waiting")) == 2, timeout=WAIT_MS)
    assert ["Sam", "Ada Okafor", "100", "Watered my plants", "Waiting for Ada Okafor to confirm"] in cells(
        screen, "waiting"
    )
    assert said(screen.mine) == "Your balance: 0 minutes. You can give up to 20 minutes."
    assert said(screen.warning) == "You are close to your limit of 120 minutes below zero."
    screen.waiting.selectRow(0)
    assert not screen.confirm_button.isEnabled()  # neither is mine to confirm

    # Beyond the limit: a clear reason, nothing written.
    screen.give(to.member_id, 21, "")
    qtbot.waitUntil(lambda: "up to 20 min" in screen.status.text(), timeout=WAIT_MS)
    assert screen.status.text() == "That is more than you can give now: up to 20 min."
    assert len(cells(screen, "waiting")) == 2


def test_the_give_form_warns_before_the_limit(qtbot) -> None:
    form = GiveForm([("m1", "Ada"), ("m2", "Ben")], 100)
    qtbot.addWidget(form)
    assert form.minutes.maximum() == 100
    form.minutes.setValue(30)
    assert said(form.warning) == "The receiver confirms, and then it counts."
    form.minutes.setValue(90)
    assert said(form.warning) == "After this you can give 10 more minutes until someone gives you their time."
    form.to.setCurrentIndex(1)
    form.memo.setText("  Moved a sofa ")
    assert form.choice() == ("m2", 90, "Moved a sofa")
    spent = GiveForm([("m1", "Ada")], 0)
    qtbot.addWidget(spent)
    assert not spent.buttons.button(spent.buttons.StandardButton.Ok).isEnabled()


def test_a_transfer_counts_only_once_the_receiver_confirms_on_the_other_computer(
    qtbot, make_computer
) -> None:
    robin, robin_community, ana, ana_community = two_neighbours(qtbot, make_computer)
    start(qtbot, robin_community)
    join_and_name(qtbot, ana_community, invite(qtbot, robin_community), "Ana")
    robin_screen = credits_screen(qtbot, robin)
    qtbot.waitUntil(lambda: balance_of(robin_screen, "Ana") is not None, timeout=SYNC_WAIT_MS)
    to_ana = balance_of(robin_screen, "Ana")
    assert to_ana is not None
    robin_screen.give(to_ana.member_id, 45, "Fixed the gate")
    qtbot.waitUntil(lambda: len(cells(robin_screen, "waiting")) == 1, timeout=WAIT_MS)
    assert cells(robin_screen, "waiting")[0][-1] == "Waiting for Ana to confirm"

    # On Ana's computer: waiting for her, nothing counted yet.
    ana_screen = credits_screen(qtbot, ana)
    qtbot.waitUntil(lambda: len(cells(ana_screen, "waiting")) == 1, timeout=SYNC_WAIT_MS)
    assert cells(ana_screen, "waiting") == [
        ["Robin", "Ana", "45", "Fixed the gate", "Waiting for you to confirm"]
    ]
    assert said(ana_screen.mine).startswith("Your balance: 0 minutes.")
    assert cells(ana_screen, "history") == []
    assert ana_screen.confirm_button.isEnabled()  # the transfer waiting for her is chosen for her
    qtbot.mouseClick(ana_screen.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: said(ana_screen.mine).startswith("Your balance: 45 minutes."), timeout=WAIT_MS)
    assert cells(ana_screen, "waiting") == []

    # Back on Robin's computer: counted, in the history, the same on both.
    qtbot.waitUntil(lambda: cells(robin_screen, "waiting") == [], timeout=SYNC_WAIT_MS)
    assert said(robin_screen.mine) == "Your balance: 45 minutes below zero. You can give up to 75 minutes."
    assert [row[1:] for row in cells(robin_screen, "history")] == [["Robin", "Ana", "45", "Fixed the gate"]]
    assert cells(robin_screen, "balances") == cells(ana_screen, "balances")


def test_a_hidden_credits_screen_asks_again_only_when_it_shows(qtbot, make_app) -> None:
    """A change while the screen is hidden costs the service nothing until the screen shows again, and then the
    screen shows it: on a big community every hidden screen asking after every change kept the service from
    answering the one in front."""
    controller = make_app(sync_service=True)
    create_profile_via_ui(qtbot, controller, "Sam")
    home = controller.window.workspace_view.screen_named("home")
    assert isinstance(home, HomeView)
    qtbot.waitUntil(home.demo_card.explore_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(home.demo_card.explore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(controller.sync.communities) == 1, timeout=WAIT_MS)
    screen = credits_screen(qtbot, controller)
    space = controller.sync.communities[0].space
    controller.window.workspace_view.open_screen("home")
    controller.sync.set_my_name(space, "Sam")
    state = controller.sync.community(space)
    assert state is not None
    qtbot.waitUntil(lambda: "Sam" in {m.name for m in state.members.values()}, timeout=WAIT_MS)
    qtbot.wait(300)
    assert balance_of(screen, "Sam") is None  # not asked while hidden
    controller.window.workspace_view.open_screen("credits")
    qtbot.waitUntil(lambda: balance_of(screen, "Sam") is not None, timeout=WAIT_MS)
