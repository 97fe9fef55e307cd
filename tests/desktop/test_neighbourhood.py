"""Issue 18's "Done when", walked as a neighbourhood would on three computers (three real windows, three profiles,
three real sync services on loopback): Robin starts Mill Road, Ana and Carmen join; they open a vote on a repair,
fund the community fridge with twelve stakes bought on all three computers, two named verifiers confirm the target
(a bonus before they signed, and a repayment beyond principal plus bonus, are refused with the reason), everyone is
repaid with the bonus; a time-credit transfer counts once its receiver confirms; a lending circle of five (Dee and
Eli join too, on computers that run the sync service without a window) completes its first round, four payments
each confirmed by the recipient; the vote reaches quorum with the same outcome on all three, a vote after the
deadline is late, and the purse pays for the repair (a withdrawal before the vote passed, and one beyond the purse,
refused with the reason); the treasurer's funder report equals every window's purse and projects figures, and what
each member's own contributions statement says they gave equals the report's lines for them, kind by kind. Every
step is driven through the screens' buttons and forms, and the balances and outcomes are compared on all three
windows. The steps live in tests/desktop/neighbourhood_*.py, one module per part; the town and what they share in
neighbourhood.py.

Set COMMONS_WALK_SHOTS to a folder to save a screenshot of every window at each step (run under Xvfb to see
them as a person would, e.g. `xvfb-run -a -s "-screen 0 1280x800x24"` with QT_QPA_PLATFORM unset).
"""

from __future__ import annotations

from pathlib import Path

from commons_desktop.service.process import SyncServiceProcess
from tests.desktop.neighbourhood import three_neighbours
from tests.desktop.neighbourhood_credits_circles import (
    a_circle_of_five_completes_a_round,
    a_transfer_counts_once_confirmed,
    two_more_join,
)
from tests.desktop.neighbourhood_fridge import fund_the_fridge, verifiers_confirm_and_everyone_is_repaid
from tests.desktop.neighbourhood_purse import open_the_repair_vote, the_purse_pays_for_the_repair
from tests.desktop.neighbourhood_report import the_report_matches_every_screen_and_statement


def test_the_neighbourhood_walks_issue_18_on_three_computers(
    qtbot, make_computer, monkeypatch, tmp_path: Path
) -> None:
    town = three_neighbours(qtbot, make_computer)
    repair = open_the_repair_vote(qtbot, town)  # its deadline passes while the fridge is funded
    fridge = fund_the_fridge(qtbot, town)
    verifiers_confirm_and_everyone_is_repaid(qtbot, town, fridge)
    a_transfer_counts_once_confirmed(qtbot, town)
    housemates: list[SyncServiceProcess] = []
    try:
        mates = two_more_join(qtbot, town, tmp_path, housemates)
        a_circle_of_five_completes_a_round(qtbot, town, mates)
        the_purse_pays_for_the_repair(qtbot, town, repair)
        the_report_matches_every_screen_and_statement(qtbot, town, monkeypatch, tmp_path / "report")
    finally:
        for service in housemates:
            service.stop()
