"""The window's CommunityState follows a community record by record: after any sequence of local writes and
merges, applying the service's updates (through the real codec) gives exactly the document's view, and each
signal names every record that changed."""

from __future__ import annotations

import json
from typing import Any

import pytest
import shiboken6
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commons_desktop.community_state import KEYED_COLLECTIONS, CommunityState
from commons_desktop.service.codec import dump, load
from commons_desktop.service.commands import community as watch
from commons_desktop.service.commands.community import diff, pages
from commons_desktop.service.values import CommunityUpdate
from sync.community import CommunityView
from tests.sync.community.test_merge_properties import FORK, OPS, _apply, _base

SPACE = "ab" * 16


def over_the_pipe(update: CommunityUpdate) -> CommunityUpdate:
    decoded: CommunityUpdate = load(CommunityUpdate, json.loads(json.dumps(dump(update))))
    return decoded


class Heard:
    """Every id each signal named."""

    def __init__(self, state: CommunityState) -> None:
        self.changed: dict[str, set[str]] = {coll: set() for coll in KEYED_COLLECTIONS}
        self.removed: dict[str, set[str]] = {coll: set() for coll in KEYED_COLLECTIONS}
        self.lists: set[str] = set()
        for coll in KEYED_COLLECTIONS:
            getattr(state, f"sig_{coll}_changed").connect(lambda ids, c=coll: self.changed[c].update(ids))
            getattr(state, f"sig_{coll}_removed").connect(lambda ids, c=coll: self.removed[c].update(ids))
        state.sig_ledger_changed.connect(lambda: self.lists.add("ledger"))
        state.sig_votes_changed.connect(lambda: self.lists.add("votes"))

    def clear(self) -> None:
        for ids in (*self.changed.values(), *self.removed.values()):
            ids.clear()
        self.lists.clear()


def differing(before: CommunityView, after: CommunityView) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for coll in KEYED_COLLECTIONS:
        old: dict[str, Any] = getattr(before, coll)
        new: dict[str, Any] = getattr(after, coll)
        out[coll] = {k for k in old.keys() | new.keys() if old.get(k) != new.get(k)}
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(program=st.lists(st.tuples(FORK, OPS), min_size=1, max_size=14))
def test_updates_keep_the_state_equal_to_the_document(
    qapp, program: list[tuple[int, tuple[Any, ...]]]
) -> None:
    base = _base()
    forks = [base.fork() for _ in range(3)]
    watched = forks[0]
    state = CommunityState(SPACE)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(watch, "PAGE_RECORDS", 2)
            follow(state, watched, forks, program)
    finally:
        shiboken6.delete(state)  # now, not when the interpreter shuts down (with every example's closures)


def follow(
    state: CommunityState, watched: Any, forks: list[Any], program: list[tuple[int, tuple[Any, ...]]]
) -> None:
    heard = Heard(state)
    sent = watched.view()
    for page in pages(CommunityUpdate(SPACE, True, sent, conflicts=tuple(watched.conflicts()))):
        state.apply(over_the_pipe(page))
    assert state.view() == sent
    for index, op in program:
        _apply(forks[index], forks, op)
        if index != 0:
            continue
        now = watched.view()
        heard.clear()
        update = diff(SPACE, sent, now, tuple(watched.conflicts()))
        assert not update.complete
        for page in pages(update):  # frames of at most 2 records here, applied in order
            state.apply(over_the_pipe(page))
        assert state.view() == now
        assert state.conflicts == tuple(watched.conflicts())
        for coll, ids in differing(sent, now).items():
            assert ids <= heard.changed[coll] | heard.removed[coll], coll
        assert ("ledger" in heard.lists) == (sent.ledger != now.ledger)
        assert ("votes" in heard.lists) == (sent.votes != now.votes)
        sent = now


def test_an_update_of_one_record_carries_that_record_only(qapp) -> None:
    doc = _base()
    before = doc.view()
    _apply(doc, [], ("asset", "a0", "Hall"))
    update = diff(SPACE, before, doc.view(), ())
    assert set(update.records.assets) == {"a0"}
    assert not update.records.projects  # unchanged records stay home
    assert not update.records.proposals
    assert update.records.ledger == ()
    assert not update.ledger_changed


def test_clear_forgets_everything_and_says_so(qapp, qtbot) -> None:
    doc = _base()
    state = CommunityState(SPACE)
    state.apply(CommunityUpdate(SPACE, True, doc.view()))
    assert state.loaded
    assert state.projects
    with qtbot.waitSignal(state.sig_loaded):
        state.clear()
    assert not state.loaded
    assert state.view() == CommunityView(name="")
    shiboken6.delete(state)


def test_a_big_update_is_cut_into_frames_that_add_up_to_it(qapp) -> None:
    from sync.community.generator import generate_view

    view = generate_view(assets=1200, members=30, events=40, seed=3)
    frames = pages(CommunityUpdate(SPACE, True, view, ledger_changed=True, votes_changed=True))
    assert len(frames) == 3
    assert frames[0].complete
    assert not any(f.complete for f in frames[1:])
    assert all(
        sum(len(getattr(f.records, c)) for c in KEYED_COLLECTIONS) <= watch.PAGE_RECORDS for f in frames
    )
    assert frames[-1].ledger_changed
    assert frames[-1].records.ledger == view.ledger
    state = CommunityState(SPACE)
    for frame in frames:
        state.apply(over_the_pipe(frame))
    assert state.view() == view
    shiboken6.delete(state)
