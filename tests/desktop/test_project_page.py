"""A project's page with the history the service sends for it (`ProjectLedger`): its entries listed newest
first with the project's start, and the History tab saying when it holds only the newest of them."""

from __future__ import annotations

import datetime as dt

from commons_desktop.features.projects.project_page import ProjectPage
from commons_desktop.service.values import ProjectLedger
from sync.community import CommunityView, EntryKind, Member, Project, Role
from sync.community.signed import LedgerEntry

START = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)
FRIDGE = Project(
    "fridge", "Fridge", "A shared fridge.", "ana", "meals", "meals", 200, 2500, "EUR", 12, 10,
    dt.date(2028, 6, 30), created_at=START,
)  # fmt: skip
VIEW = CommunityView(
    "Elm Street", members={"ana": Member("ana", "Ana", Role.ADMIN)}, projects={"fridge": FRIDGE}
)


def stake(n: int) -> LedgerEntry:
    at = START + dt.timedelta(days=n + 1)
    return LedgerEntry(f"s{n}", EntryKind.STAKE_BOUGHT, "ana", "d" * 64, 2500, "EUR", at, ref="fridge")


def lines(page: ProjectPage) -> list[str]:
    return [page.history.item(n).text() for n in range(page.history.count())]


def history_tab(page: ProjectPage) -> str:
    return page.tabs.tabText(page.tabs.indexOf(page.history))


def test_the_page_lists_the_history_sent_for_it_and_says_when_it_is_only_the_newest(qtbot) -> None:
    page = ProjectPage()
    qtbot.addWidget(page)
    page.show_project(VIEW, FRIDGE, None, None)  # the history not here yet: the start alone
    assert lines(page) == ["2026-03-01  Started by Ana"]
    assert history_tab(page) == "History"

    newest = (stake(2), stake(1))
    page.show_project(VIEW, FRIDGE, None, ProjectLedger("space", "fridge", newest, total=2))
    shown = lines(page)  # "stake" or "stake(s)": whether an English translator is loaded yet
    assert [line.split(" stake")[0] for line in shown] == [
        "2026-03-04  Ana bought 1",
        "2026-03-03  Ana bought 1",
        "2026-03-01  Started by Ana",
    ]
    assert all(line.endswith(" for 25.00 EUR") for line in shown[:2])
    assert history_tab(page) == "History"

    page.show_project(VIEW, FRIDGE, None, ProjectLedger("space", "fridge", newest, total=1200))
    assert history_tab(page) == "History (the newest 2 of 1200)"
    page.show_project(None, None, None, None)
    assert (lines(page), history_tab(page)) == ([], "History")
