"""What the service sends the window after a change to the ledger (`CommunityUpdate.ledger_from`)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from commons_desktop.service.commands.community import diff
from sync.community.generator import START, generate_view
from sync.community.money_generator import participants, with_money
from sync.community.view import CommunityView


def _community() -> CommunityView:
    view = generate_view(assets=5, members=10, events=1, seed=3)
    return with_money(view, participants(6), 40, start=START, until=START + dt.timedelta(days=30))


def _ledger_after(
    before: tuple[object, ...], update_from: int, sent: tuple[object, ...]
) -> tuple[object, ...]:
    """What the window's state makes of it (`CommunityState`): its ledger up to `ledger_from`, then what came."""
    return before[:update_from] + sent


def test_an_entry_landing_mid_ledger_sends_the_ledger_from_it_not_whole() -> None:
    view = _community()
    ledger = view.ledger
    landed = dataclasses.replace(ledger[-1], id="concurrent")
    after = dataclasses.replace(view, ledger=(*ledger[:30], landed, *ledger[30:]))
    update = diff("space", view, after, ())
    assert update.ledger_changed
    assert update.ledger_from == 30
    assert update.records.ledger == after.ledger[30:]
    assert _ledger_after(ledger, update.ledger_from, update.records.ledger) == after.ledger


def test_an_appended_entry_sends_only_itself_and_an_unchanged_ledger_nothing() -> None:
    view = _community()
    ledger = view.ledger
    after = dataclasses.replace(view, ledger=(*ledger, dataclasses.replace(ledger[-1], id="new")))
    update = diff("space", view, after, ())
    assert (update.ledger_from, update.records.ledger) == (len(ledger), after.ledger[-1:])
    assert not diff("space", view, dataclasses.replace(view, ledger=tuple(ledger)), ()).ledger_changed
