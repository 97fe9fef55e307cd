"""Signed lines on the Contributions screen: they arrive from the sync service by themselves, are marked with
their community, cannot be edited or deleted (only hidden), filter apart from what the person recorded, and
the statement PDF marks them (read back with pdftotext)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from commons_desktop.features.contributions.contributions_pdf import write_statement
from commons_desktop.service import protocol
from store import (
    MINUTES,
    Contribution,
    ContributionDirection,
    ContributionKind,
    ContributionSource,
    ProfileManager,
)
from sync.identity import DeviceSigner
from tests.desktop.helpers import WAIT_MS, seed_profile, unlock_via_ui
from tests.desktop.test_accessibility import unlabelled
from tests.desktop.test_contributions import check_pdf, choose, column, open_contributions, stored
from tests.desktop.test_crisis_pdf import poppler, run
from tests.store.test_signed_contributions import signed_line
from tests.support import PASSPHRASE

SIGNED_COLUMN = 4


def test_signed_lines_are_marked_not_editable_and_only_hidden(
    qtbot, make_app, manager: ProfileManager
) -> None:
    signer = DeviceSigner.generate()
    stake = signed_line(signer)  # dated in 2026-11: shown for all time
    repaid = dataclasses.replace(signed_line(signer, "e2", 700), direction=ContributionDirection.RECEIVED)
    hours = (ContributionKind.HOURS, 90, MINUTES, dt.date.today(), "Library", "")
    controller, view = open_contributions(qtbot, make_app, manager, (hours,), (stake, repaid))
    choose(qtbot, view, view.filters.period_combo, view.filters.period_combo.itemData(3))  # all time
    assert view.model.rowCount() == 3
    assert sorted(column(view, SIGNED_COLUMN)) == ["", "✓ Elm Street", "✓ Elm Street"]
    spoken = [view.model.index(r, SIGNED_COLUMN).data(Qt.ItemDataRole.AccessibleTextRole) for r in range(3)]
    assert sorted(spoken) == ["Recorded by you", "Signed in Elm Street", "Signed in Elm Street"]
    assert "Stake, received" in column(view, 1)
    assert view.totals_label.text().splitlines() == ["1 h 30 min of time given", "25.00 EUR in stakes"]
    assert unlabelled(view) == []

    row = column(view, 2).index("25.00 EUR")
    tip = view.model.index(row, SIGNED_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert "the signature checks" in tip
    assert signer.device_id.hex[:4] in tip
    view.table.setFocus()
    view.table.selectRow(row)
    assert not view.edit_button.isEnabled()
    assert not view.delete_button.isEnabled()
    assert view.hide_button.isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter does not load a signed line into the form
    assert view.form.editing is None
    assert "cannot be changed" in view.error_label.text()

    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # Delete hides it, with an undo
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=WAIT_MS)
    assert "hidden" in view.undo_bar.message_label.text()
    assert view.totals_label.text() == "1 h 30 min of time given"
    choose(qtbot, view, view.filters.source_combo, ContributionSource.HIDDEN)
    assert column(view, 2) == ["25.00 EUR"]
    choose(qtbot, view, view.filters.source_combo, ContributionSource.MANUAL)
    assert column(view, 2) == ["1 h 30 min"]
    choose(qtbot, view, view.filters.source_combo, ContributionSource.SIGNED)
    assert column(view, 2) == ["7.00 EUR"]

    kept = stored(controller, manager)
    assert len(kept) == 2  # the hidden line is still in the store, untouched
    with manager.unlock(manager.list_profiles()[0].profile_id, PASSPHRASE) as session:
        [hidden] = session.contributions.list(source=ContributionSource.HIDDEN)
    assert hidden.amount_minor == stake.amount_minor


def test_a_stake_bought_through_the_service_appears_by_itself(
    qtbot, make_app, manager: ProfileManager
) -> None:
    seed_profile(manager, "Sam")
    controller = make_app(sync_service=True)
    workspace = controller.window.workspace_view
    view = workspace.screen_named("contributions")
    with qtbot.waitSignal(view.sig_contributions_loaded, timeout=WAIT_MS):
        unlock_via_ui(qtbot, controller)
    qtbot.waitUntil(lambda: controller.sync.process is not None, timeout=WAIT_MS)
    process = controller.sync.process
    space = process.request(protocol.CreateCommunity("Canal Street", my_name="Sam"))
    repay_by = dt.date.today() + dt.timedelta(days=90)
    project = process.request(
        protocol.AddProject(space, "Fridge", "a fridge", "meals", "meals", 100, 10_00, "EUR", 12, 5, repay_by)
    )
    process.request(protocol.BuyStakes(space, project, 2))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT_MS)  # nobody reloaded the screen
    assert column(view, 2) == ["20.00 EUR"]
    assert column(view, 3) == ["Fridge"]
    assert column(view, SIGNED_COLUMN) == ["✓ Canal Street"]
    assert view.totals_label.text() == "20.00 EUR in stakes"


def test_the_statement_marks_signed_lines(qapp, tmp_path: Path) -> None:
    signer = DeviceSigner.generate()
    stake = dataclasses.replace(signed_line(signer), id="s1")
    typed = Contribution("m1", ContributionKind.HOURS, 60, MINUTES, stake.day, "Library", "Shelving")
    totals = {(ContributionKind.STAKE, "EUR"): 2500, (ContributionKind.HOURS, MINUTES): 60}
    path = tmp_path / "statement.pdf"
    write_statement(path, "November 2026", totals, [stake, typed], frozenset({"s1"}))
    check_pdf(path, tmp_path)
    text = " ".join(run(poppler("pdftotext"), path, "-").split())
    fingerprint = " ".join(signer.device_id.hex[i : i + 4] for i in range(0, 16, 4))
    assert f"Signed: Elm Street, device {fingerprint}" in text
    assert "A line marked Signed is a copy of an entry in a community's shared ledger" in text
    assert text.count("Signed:") == 1  # the hand-typed line is not marked
    assert "25.00 EUR in stakes" in text

    path.unlink()
    write_statement(path, "November 2026", totals, [stake, typed], frozenset())  # its signature did not check
    text = " ".join(run(poppler("pdftotext"), path, "-").split())
    assert "Signature does not check" in text
    assert "Signed:" not in text
