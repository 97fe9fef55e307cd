"""A big ledger reaches the window in frames, and a change that appends entries sends only those.

The service used to send the whole ledger in one frame after every change: at 50,000 entries that frame was
24 MB, over the pipe's 16 MB limit, so the window never heard of the community again. Here the service's own
`diff` and `pages` feed a real `CommunityState`, as the pipe would, frame by frame."""

from __future__ import annotations

import dataclasses
import datetime as dt

from commons_desktop.community_state import CommunityState
from commons_desktop.service.commands.community import PAGE_RECORDS, diff, pages
from commons_desktop.service.values import CommunityUpdate
from sync.community import CommunityView
from sync.community.generator import generate_view
from sync.community.money_generator import participants, with_money

SPACE = "ab" * 16
START = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
UNTIL = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def big() -> CommunityView:
    return with_money(
        generate_view(assets=700, members=20, events=10), participants(8), 2_100, start=START, until=UNTIL
    )


def fed(state: CommunityState, update: CommunityUpdate) -> list[CommunityUpdate]:
    frames = pages(update)
    for frame in frames:
        state.apply(frame)
    return frames


def test_a_big_ledger_comes_in_frames_and_is_whole_at_the_end(qtbot) -> None:
    view = big()
    state = CommunityState(SPACE)
    told: list[int] = []
    state.sig_ledger_changed.connect(lambda: told.append(len(state.ledger)))
    frames = fed(state, CommunityUpdate(SPACE, True, view))
    assert all(len(f.records.ledger) + len(f.records.assets) <= PAGE_RECORDS for f in frames)
    assert state.ledger == view.ledger
    assert told == [len(view.ledger)]  # the screens hear once, when it is whole
    assert state.votes == view.votes
    assert state.receipts == view.receipts


def test_an_appended_entry_sends_only_that_entry(qtbot) -> None:
    view = big()
    state = CommunityState(SPACE)
    fed(state, CommunityUpdate(SPACE, True, view))
    after = dataclasses.replace(
        view, ledger=(*view.ledger, dataclasses.replace(view.ledger[0], id="new-one"))
    )
    update = diff(SPACE, view, after, ())
    assert (update.ledger_changed, update.ledger_from, len(update.records.ledger)) == (
        True,
        len(view.ledger),
        1,
    )
    fed(state, update)
    assert state.ledger == after.ledger


def test_a_ledger_that_is_not_only_appended_to_is_sent_whole(qtbot) -> None:
    view = big()
    state = CommunityState(SPACE)
    fed(state, CommunityUpdate(SPACE, True, view))
    after = dataclasses.replace(view, ledger=view.ledger[1:])  # e.g. a document rebuilt without an entry
    update = diff(SPACE, view, after, ())
    assert (update.ledger_from, len(update.records.ledger)) == (0, len(after.ledger))
    fed(state, update)
    assert state.ledger == after.ledger
    emptied = diff(SPACE, after, dataclasses.replace(after, ledger=()), ())
    fed(state, emptied)
    assert state.ledger == ()
