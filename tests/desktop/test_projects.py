"""The Projects screen on the demo town with a real sync service, and in two synced windows: the list (progress,
money in, status) and a project's page; New project… (a bad form names the field; a good one, linked to a need,
is proposed and chosen); Buy stakes… (a signed entry; sold out is refused with the reason); Add progress report…;
Record a repayment… (beyond the principal is refused with the reason and records nothing); and a stake bought in
one window shows in the other with the same balances."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt

from commons_desktop.features.home.home_view import HomeView
from commons_desktop.features.projects.project_forms import (
    BuyStakesForm,
    ConfirmForm,
    NewProjectForm,
    ProgressForm,
    RepaymentForm,
)
from commons_desktop.features.projects.projects_view import ProjectsView
from commons_desktop.shell.controller import Controller
from sync.community import Project
from tests.desktop.community_flows import invite, join_and_name, start, two_neighbours
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui
from tests.desktop.test_community import SYNC_WAIT_MS, people

F = TypeVar("F")


def projects_screen(qtbot, controller: Controller) -> ProjectsView:
    workspace = controller.window.workspace_view
    workspace.open_screen("projects")
    screen = workspace.screen_named("projects")
    assert isinstance(screen, ProjectsView)
    return screen


def open_demo_projects(qtbot, controller: Controller) -> ProjectsView:
    create_profile_via_ui(qtbot, controller, "Sam")
    home = controller.window.workspace_view.screen_named("home")
    assert isinstance(home, HomeView)
    qtbot.waitUntil(home.demo_card.explore_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(home.demo_card.explore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(controller.sync.communities) == 1, timeout=WAIT_MS)
    screen = projects_screen(qtbot, controller)
    qtbot.waitUntil(lambda: screen.table.rowCount() >= 2 and bool(screen.books), timeout=WAIT_MS)
    # Stakes name a member: the name Sam gives on the Community screen makes the member record.
    space = screen.community_choice.space
    assert space is not None
    assert screen._state is not None
    controller.sync.set_my_name(space, "Sam")
    state = screen._state
    qtbot.waitUntil(lambda: any(m.name == "Sam" for m in state.members.values()), timeout=WAIT_MS)
    return screen


def the_form(qtbot, screen: ProjectsView, kind: type[F]) -> F:
    qtbot.waitUntil(lambda: isinstance(screen.dialog, kind) and screen.dialog.isVisible(), timeout=WAIT_MS)
    form = screen.dialog
    assert isinstance(form, kind)
    return form


def by_title(screen: ProjectsView, title: str) -> Project:
    assert screen._state is not None
    (project,) = [p for p in screen._state.projects.values() if p.title == title]
    return project


def check_verifier(form: NewProjectForm, name: str) -> None:
    (item,) = [
        form.verifiers.item(n) for n in range(form.verifiers.count()) if form.verifiers.item(n).text() == name
    ]
    item.setCheckState(Qt.CheckState.Checked)


def owed_rows(screen: ProjectsView) -> list[list[str]]:
    table = screen.page.owed
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_demo_town_projects_new_buy_report_repay(qtbot, make_app) -> None:
    controller = make_app(sync_service=True)
    screen = open_demo_projects(qtbot, controller)
    state = screen._state
    assert state is not None

    # A demo project's page: its money from the checked ledger, the same as the list's.
    demo = next(p for p in state.projects.values() if screen.books[p.id].stakes_sold > 0)
    screen.select_project(demo.id)
    books = screen.books[demo.id]
    assert f"{books.stakes_sold} of {demo.stakes_offered} stakes sold" in screen.page.money.text()
    assert screen.page.owed.rowCount() == len(books.repayments) > 0
    # Its history is asked for when its page shows: its own entries only, newest first, the books' count.
    qtbot.waitUntil(lambda: screen.history is not None and screen.history.project == demo.id, timeout=WAIT_MS)
    history = screen.history
    assert history is not None
    assert history.total == books.history_total == len(history.entries) > 0
    assert {e.ref for e in history.entries} == {demo.id}
    assert [e.at for e in history.entries] == sorted((e.at for e in history.entries), reverse=True)
    assert screen.page.history.count() == 1 + len(demo.reports) + len(history.entries)
    assert screen.page.tabs.tabText(screen.page.tabs.indexOf(screen.page.history)) == "History"
    assert not screen.repay_button.isEnabled()  # not my project: only its steward repays

    # New project…: a bad form names the field and sends nothing; a good one, linked to a need, is chosen.
    before = len(state.projects)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    form = the_form(qtbot, screen, NewProjectForm)
    form.title.setText("Community fridge")
    form.try_send()
    assert form.problem.text().startswith("Goal: ")
    form.goal.setPlainText("A fridge at the hall for food that would be thrown away.")
    form.measure.setText("meals shared")
    form.unit.setText("meals")
    form.target.setValue(200)
    form.price.setValue(25.0)
    form.currency.setText("EUR")
    form.stakes.setValue(12)
    form.bonus.setValue(10)
    assert form.need.count() > 1
    form.need.setCurrentIndex(1)
    need_id = form.need.currentData()
    form.try_send()
    assert form.problem.text().startswith("Verifiers: ")
    check_verifier(form, "Sam")
    form.try_send()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(state.projects) == before + 1, timeout=WAIT_MS)
    fridge = by_title(screen, "Community fridge")
    assert fridge.need_ids == (need_id,)
    qtbot.waitUntil(lambda: screen.selected_project() == fridge, timeout=WAIT_MS)
    assert screen.repay_button.isEnabled()  # mine

    # Buy stakes…: 3 at 25.00 EUR, signed; the page's money follows the checked ledger.
    qtbot.waitUntil(screen.buy_button.isEnabled, timeout=WAIT_MS)  # once its books are counted
    qtbot.mouseClick(screen.buy_button, Qt.MouseButton.LeftButton)
    buy = the_form(qtbot, screen, BuyStakesForm)
    buy.stakes.setValue(3)
    assert buy.total.text() == "75.00 EUR"
    buy.try_send()
    qtbot.waitUntil(lambda: not buy.isVisible() or buy.problem.isVisible(), timeout=WAIT_MS)
    assert not buy.isVisible(), buy.problem.text()
    qtbot.waitUntil(lambda: screen.books[fridge.id].stakes_sold == 3, timeout=WAIT_MS)
    assert "Money in: 75.00 EUR · 3 of 12 stakes sold" in screen.page.money.text()
    # More than are left: refused with the ledger's reason, nothing recorded.
    qtbot.mouseClick(screen.buy_button, Qt.MouseButton.LeftButton)
    buy = the_form(qtbot, screen, BuyStakesForm)
    buy.stakes.setValue(10)
    buy.try_send()
    qtbot.waitUntil(lambda: "only 9 of the 12 offered are left" in buy.problem.text(), timeout=WAIT_MS)
    assert buy.isVisible()
    buy.reject()

    # Add progress report…
    qtbot.mouseClick(screen.report_button, Qt.MouseButton.LeftButton)
    report = the_form(qtbot, screen, ProgressForm)
    report.value.setValue(50)
    report.note.setPlainText("First month")
    report.try_send()
    qtbot.waitUntil(lambda: by_title(screen, "Community fridge").progress == 50, timeout=WAIT_MS)
    assert screen.page.progress.text().startswith("50 of 200 meals")
    assert "First month" in screen.page.reports.item(0).text()

    # Record a repayment…: beyond the principal is refused while the verifier has not confirmed the target.
    qtbot.mouseClick(screen.repay_button, Qt.MouseButton.LeftButton)
    repay = the_form(qtbot, screen, RepaymentForm)
    assert repay.amount.value() == 75.0  # what is still owed
    repay.amount.setValue(80.0)
    repay.try_send()
    qtbot.waitUntil(lambda: "more than the 75.00 EUR owed" in repay.problem.text(), timeout=WAIT_MS)
    assert "no bonus until 1 of its 1 verifiers confirm the target is met" in repay.problem.text()
    repay.amount.setValue(75.0)
    repay.try_send()
    qtbot.waitUntil(lambda: not repay.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.books[fridge.id].repaid_minor == 7500, timeout=WAIT_MS)
    [row] = owed_rows(screen)
    assert row[1:] == ["3", "75.00 EUR", "once the target is confirmed", "75.00 EUR", "0.00 EUR"]
    assert screen.page.target.text().startswith("Target not yet confirmed: 0 of the 1 verifiers needed")

    # Confirm the target…: short of the target is refused with the reason; then signed, with a note.
    assert screen.confirm_button.isEnabled()  # Sam is its verifier
    qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    confirm = the_form(qtbot, screen, ConfirmForm)
    confirm.value.setValue(150)
    confirm.note.setText("Counted the fridge's log")
    confirm.try_send()
    qtbot.waitUntil(lambda: "short of the target of 200" in confirm.problem.text(), timeout=WAIT_MS)
    confirm.value.setValue(200)
    confirm.try_send()
    qtbot.waitUntil(lambda: not confirm.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.books[fridge.id].target_confirmed, timeout=WAIT_MS)
    assert screen.page.target.text() == "Target confirmed by 1 of the 1 verifiers needed: Sam ✓"
    assert not screen.confirm_button.isEnabled()  # once each
    # The bonus (10 % of 75.00) is now owed, and repaid.
    [row] = owed_rows(screen)
    assert row[3:] == ["7.50 EUR", "75.00 EUR", "7.50 EUR"]
    qtbot.mouseClick(screen.repay_button, Qt.MouseButton.LeftButton)
    repay = the_form(qtbot, screen, RepaymentForm)
    assert repay.amount.value() == 7.5
    repay.try_send()
    qtbot.waitUntil(lambda: screen.books[fridge.id].repaid_minor == 8250, timeout=WAIT_MS)
    # The page's history follows each count of the books: the four entries, asked for again after each.
    qtbot.waitUntil(lambda: screen.history is not None and screen.history.total == 4, timeout=WAIT_MS)
    history = [screen.page.history.item(n).text() for n in range(screen.page.history.count())]
    assert any("bought 3 stake" in line for line in history)
    assert any("repaid Sam 75.00 EUR" in line for line in history)
    assert any("Sam confirmed the target: 200 meals — “Counted the fridge's log”" in line for line in history)


def test_a_stake_bought_in_one_window_shows_in_the_other_and_two_verifiers_release_the_bonus(
    qtbot, make_computer
) -> None:
    robin, robin_community, ana, ana_community = two_neighbours(qtbot, make_computer)
    start(qtbot, robin_community)
    join_and_name(qtbot, ana_community, invite(qtbot, robin_community), "Ana")
    qtbot.waitUntil(lambda: people(robin_community) == ["Ana", "Robin (admin) — you"], timeout=SYNC_WAIT_MS)
    robin_screen = projects_screen(qtbot, robin)
    qtbot.waitUntil(robin_screen.new_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(robin_screen.new_button, Qt.MouseButton.LeftButton)
    form = the_form(qtbot, robin_screen, NewProjectForm)
    form.title.setText("Community fridge")
    form.goal.setPlainText("A shared fridge.")
    form.measure.setText("meals shared")
    form.unit.setText("meals")
    form.stakes.setValue(12)
    form.bonus.setValue(10)
    check_verifier(form, "Ana")
    check_verifier(form, "Robin")
    form.needed.setValue(2)
    form.try_send()
    qtbot.waitUntil(lambda: robin_screen.selected_project() is not None, timeout=WAIT_MS)
    fridge = robin_screen.selected_project()
    assert fridge is not None

    ana_screen = projects_screen(qtbot, ana)
    qtbot.waitUntil(lambda: fridge.id in ana_screen.books, timeout=SYNC_WAIT_MS)
    ana_screen.select_project(fridge.id)
    qtbot.mouseClick(ana_screen.buy_button, Qt.MouseButton.LeftButton)
    buy = the_form(qtbot, ana_screen, BuyStakesForm)
    buy.stakes.setValue(4)
    buy.try_send()
    qtbot.waitUntil(lambda: ana_screen.books[fridge.id].stakes_sold == 4, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: fridge.id in robin_screen.books and robin_screen.books[fridge.id].stakes_sold == 4,
        timeout=SYNC_WAIT_MS,
    )
    mine, theirs = ana_screen.books[fridge.id], robin_screen.books[fridge.id]
    assert (mine.money_in_minor, mine.repayments, mine.history_total) == (
        theirs.money_in_minor, theirs.repayments, theirs.history_total,
    )  # fmt: skip
    assert mine.money_in_minor == 4 * 2500
    assert "Money in: 100.00 EUR · 4 of 12 stakes sold" in robin_screen.page.money.text()
    [row] = owed_rows(robin_screen)
    assert row[:3] == ["Ana", "4", "100.00 EUR"]
    assert robin_screen.page.target.text().startswith("Target not yet confirmed: 0 of the 2 verifiers needed")

    # Robin reports the target met; Ana confirms it in her window, Robin's shows 1 of 2: no bonus yet.
    qtbot.mouseClick(robin_screen.report_button, Qt.MouseButton.LeftButton)
    report = the_form(qtbot, robin_screen, ProgressForm)
    report.value.setValue(100)
    report.try_send()
    qtbot.waitUntil(lambda: not report.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: ana_screen.confirm_button.isEnabled(), timeout=WAIT_MS)
    qtbot.mouseClick(ana_screen.confirm_button, Qt.MouseButton.LeftButton)
    confirm = the_form(qtbot, ana_screen, ConfirmForm)
    confirm.note.setText("Saw the fridge log")
    confirm.try_send()
    qtbot.waitUntil(lambda: robin_screen.books[fridge.id].confirmed_by != (), timeout=SYNC_WAIT_MS)
    assert not robin_screen.books[fridge.id].target_confirmed
    qtbot.mouseClick(robin_screen.repay_button, Qt.MouseButton.LeftButton)
    repay = the_form(qtbot, robin_screen, RepaymentForm)
    repay.amount.setValue(110.0)
    repay.try_send()
    qtbot.waitUntil(
        lambda: "no bonus until 2 of its 2 verifiers confirm" in repay.problem.text(), timeout=WAIT_MS
    )
    repay.reject()

    # Robin confirms too: the bonus is owed in both windows, and Robin repays Ana principal plus bonus.
    qtbot.mouseClick(robin_screen.confirm_button, Qt.MouseButton.LeftButton)
    confirm = the_form(qtbot, robin_screen, ConfirmForm)
    confirm.note.setText("Counted the meals")
    confirm.try_send()
    qtbot.waitUntil(lambda: robin_screen.books[fridge.id].target_confirmed, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: ana_screen.books[fridge.id].target_confirmed, timeout=SYNC_WAIT_MS)
    qtbot.mouseClick(robin_screen.repay_button, Qt.MouseButton.LeftButton)
    repay = the_form(qtbot, robin_screen, RepaymentForm)
    assert repay.amount.value() == 110.0
    repay.try_send()
    qtbot.waitUntil(lambda: ana_screen.books[fridge.id].repaid_minor == 11000, timeout=SYNC_WAIT_MS)
    [due] = ana_screen.books[fridge.id].repayments
    assert (due.principal_minor, due.bonus_minor, due.outstanding_minor) == (10000, 1000, 0)
    qtbot.waitUntil(lambda: robin_screen.books[fridge.id] == ana_screen.books[fridge.id], timeout=WAIT_MS)
