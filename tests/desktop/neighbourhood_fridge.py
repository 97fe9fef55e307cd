"""The walk's Projects steps (no tests here): the community fridge proposed with two verifiers, its twelve stakes
bought on three computers, a bonus refused before the verifiers signed, their confirmations, a repayment beyond
principal plus bonus refused, and everyone repaid with the bonus."""

from __future__ import annotations

from PySide6.QtCore import Qt

from commons_desktop.features.projects.project_forms import (
    BuyStakesForm,
    ConfirmForm,
    NewProjectForm,
    ProgressForm,
    RepaymentForm,
)
from commons_desktop.features.projects.projects_view import ProjectsView
from tests.desktop.helpers import WAIT_MS
from tests.desktop.neighbourhood import SHOTS, Neighbour, Town, W, cells, shoot
from tests.desktop.test_community import SYNC_WAIT_MS


def projects(n: Neighbour) -> ProjectsView:
    return n.screen("projects", ProjectsView)


def project_form(qtbot, screen: ProjectsView, kind: type[W]) -> W:
    qtbot.waitUntil(lambda: isinstance(screen.dialog, kind) and screen.dialog.isVisible(), timeout=WAIT_MS)
    form = screen.dialog
    assert isinstance(form, kind)
    return form


def propose_the_fridge(qtbot, town: Town) -> str:
    """Robin proposes the fridge: 12 stakes at 25 EUR, a 10 % bonus, Ana and Carmen its verifiers (both)."""
    screen = projects(town.robin)
    qtbot.waitUntil(screen.new_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    form = project_form(qtbot, screen, NewProjectForm)
    form.title.setText("Community fridge")
    form.goal.setPlainText("A fridge at the hall for food that would otherwise be thrown away.")
    form.measure.setText("meals shared")
    form.unit.setText("meals")
    form.target.setValue(300)
    form.price.setValue(25.0)
    form.currency.setText("EUR")
    form.stakes.setValue(12)
    form.bonus.setValue(10)
    for n in range(form.verifiers.count()):
        item = form.verifiers.item(n)
        if item.text() in ("Ana", "Carmen"):
            item.setCheckState(Qt.CheckState.Checked)
    form.needed.setValue(2)
    shoot(town, "04-fridge-new", form)
    form.try_send()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.selected_project() is not None, timeout=WAIT_MS)
    fridge = screen.selected_project()
    assert fridge is not None
    return fridge.id


def buy(qtbot, town: Town, n: Neighbour, fridge: str, stakes: int) -> None:
    screen = projects(n)
    qtbot.waitUntil(lambda: fridge in screen.books, timeout=SYNC_WAIT_MS)
    screen.select_project(fridge)
    qtbot.waitUntil(screen.buy_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(screen.buy_button, Qt.MouseButton.LeftButton)
    form = project_form(qtbot, screen, BuyStakesForm)
    form.stakes.setValue(stakes)
    form.try_send()
    qtbot.waitUntil(lambda: not form.isVisible() or form.problem.isVisible(), timeout=WAIT_MS)
    assert not form.isVisible(), form.problem.text()


def same_books(town: Town, fridge: str) -> bool:
    books = [projects(n).books.get(fridge) for n in town.everyone]
    return books[0] is not None and books[0] == books[1] == books[2]


def fund_the_fridge(qtbot, town: Town) -> str:
    """Twelve stakes bought on the three computers: Ana 5, Carmen 4, Robin 3."""
    fridge = propose_the_fridge(qtbot, town)
    for n, stakes in ((town.ana, 5), (town.carmen, 4), (town.robin, 3)):
        buy(qtbot, town, n, fridge, stakes)
    for n in town.everyone:
        qtbot.waitUntil(lambda n=n: projects(n).books[fridge].stakes_sold == 12, timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: same_books(town, fridge), timeout=SYNC_WAIT_MS)
    books = projects(town.robin).books[fridge]
    assert books.money_in_minor == 12 * 2500
    for n in town.everyone:
        page = projects(n).page
        assert "Money in: 300.00 EUR · 12 of 12 stakes sold" in page.money.text()
        assert not projects(n).buy_button.isEnabled()  # sold out
    assert shown_statuses(town, fridge) == ["Active"] * 3  # was "Proposed" to the end: nothing moved it on
    shoot(town, "05-fridge-funded")
    return fridge


def shown_statuses(town: Town, fridge: str) -> list[str]:
    """The fridge's Status cell in each window's list of projects."""
    found = []
    for n in town.everyone:
        screen = projects(n)
        row = next(
            r for r in range(screen.table.rowCount()) if screen.table.item(r, 0).text() == "Community fridge"
        )
        found.append(screen.table.item(row, 1).text())
    return found


def owed(screen: ProjectsView) -> dict[str, list[str]]:
    rows = cells(screen.page.owed)
    return {row[0]: row[1:] for row in rows}


def repay(qtbot, town: Town, to: str, amount: float | None = None) -> RepaymentForm:
    """Robin's repayment form for *to*, sent (with *amount*, else what the form fills in: all still owed)."""
    screen = projects(town.robin)
    qtbot.mouseClick(screen.repay_button, Qt.MouseButton.LeftButton)
    form = project_form(qtbot, screen, RepaymentForm)
    index = next(i for i in range(form.stakeholder.count()) if form.stakeholder.itemText(i).startswith(to))
    form.stakeholder.setCurrentIndex(index)
    if amount is not None:
        form.amount.setValue(amount)
    form.try_send()
    qtbot.waitUntil(lambda: not form.isVisible() or form.problem.isVisible(), timeout=WAIT_MS)
    return form


def confirm(qtbot, town: Town, n: Neighbour, fridge: str, note: str) -> None:
    screen = projects(n)
    screen.select_project(fridge)
    qtbot.waitUntil(screen.confirm_button.isEnabled, timeout=SYNC_WAIT_MS)
    qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    form = project_form(qtbot, screen, ConfirmForm)
    form.note.setText(note)
    shoot(town, f"07-fridge-confirm-{n.name.lower()}", form)
    form.try_send()
    qtbot.waitUntil(lambda: not form.isVisible() or form.problem.isVisible(), timeout=WAIT_MS)
    assert not form.isVisible(), form.problem.text()


def verifiers_confirm_and_everyone_is_repaid(qtbot, town: Town, fridge: str) -> None:
    screen = projects(town.robin)
    screen.select_project(fridge)
    qtbot.mouseClick(screen.report_button, Qt.MouseButton.LeftButton)
    report = project_form(qtbot, screen, ProgressForm)
    report.value.setValue(320)
    report.note.setPlainText("Three months of the fridge log")
    report.try_send()
    qtbot.waitUntil(lambda: not report.isVisible(), timeout=WAIT_MS)

    # Before the verifiers signed: principal only; the bonus is refused with the reason.
    form = repay(qtbot, town, "Ana", 137.50)
    assert form.problem.text() == (
        "Repayment: refused, nothing was recorded: repays 137.50 EUR in all, more than the 125.00 EUR"
        " owed (principal; no bonus until 2 of its 2 verifiers confirm the target is met)."
    )
    shoot(town, "06-fridge-bonus-too-early", form)
    form.reject()

    confirm(qtbot, town, town.ana, fridge, "Read the fridge log")
    qtbot.waitUntil(lambda: len(projects(town.robin).books[fridge].confirmed_by) == 1, timeout=SYNC_WAIT_MS)
    assert not projects(town.robin).books[fridge].target_confirmed  # 1 of 2
    confirm(qtbot, town, town.carmen, fridge, "Counted the meals on Saturdays")
    for n in town.everyone:
        qtbot.waitUntil(lambda n=n: projects(n).books[fridge].target_confirmed, timeout=SYNC_WAIT_MS)
        assert projects(n).page.target.text() == (
            "Target confirmed by 2 of the 2 verifiers needed: Ana ✓, Carmen ✓"
        )
    assert owed(screen)["Ana"] == ["5", "125.00 EUR", "12.50 EUR", "0.00 EUR", "137.50 EUR"]
    assert shown_statuses(town, fridge) == ["Target met"] * 3

    # More than principal plus bonus: refused, nothing recorded. Then each is repaid what the form fills in.
    form = repay(qtbot, town, "Ana", 140.0)
    assert "more than the 137.50 EUR owed (principal plus bonus)" in form.problem.text()
    shoot(town, "08-fridge-repay-beyond", form)
    form.reject()
    for name, total in (("Ana", 13750), ("Carmen", 11000), ("Robin", 8250)):
        form = repay(qtbot, town, name)
        assert not form.isVisible(), form.problem.text()
        member = town.member(name)
        qtbot.waitUntil(
            lambda m=member, t=total: any(
                d.member_id == m and d.repaid_minor == t for d in screen.books[fridge].repayments
            ),
            timeout=WAIT_MS,
        )
    for n in town.everyone:
        qtbot.waitUntil(lambda n=n: projects(n).books[fridge].repaid_minor == 33000, timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: same_books(town, fridge), timeout=SYNC_WAIT_MS)
    expected = {
        "Ana": ["5", "125.00 EUR", "12.50 EUR", "137.50 EUR", "0.00 EUR"],
        "Carmen": ["4", "100.00 EUR", "10.00 EUR", "110.00 EUR", "0.00 EUR"],
        "Robin": ["3", "75.00 EUR", "7.50 EUR", "82.50 EUR", "0.00 EUR"],
    }
    for n in town.everyone:
        assert owed(projects(n)) == expected
    assert shown_statuses(town, fridge) == ["Repaid"] * 3
    assert projects(town.ana).page.heading.text().startswith("Repaid · started by Robin")
    shoot(town, "09-fridge-repaid")
    if SHOTS:
        for n in town.everyone:
            page = projects(n).page
            page.tabs.setCurrentWidget(page.history)
        shoot(town, "09-fridge-history")
        for n in town.everyone:
            page = projects(n).page
            page.tabs.setCurrentWidget(page.owed)
