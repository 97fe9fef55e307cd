"""The Needs review screen: two neighbours (two windows, two profiles, two real sync services on loopback)
change a project's stake price while apart; once they sync, both windows list it — with who wrote each value
and when — count it in the sidebar and on Home, and when one keeps a value the conflict clears on both. A
stored community document that does not load is listed, never shown as an empty community."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from commons_desktop.features.home.home_view import HomeView
from commons_desktop.features.review.review_view import ReviewView
from commons_desktop.shell.controller import Controller
from store import ProfileManager
from sync.community import Asset, AssetKind
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui, unlock_via_ui
from tests.support import PASSPHRASE

SYNC_WAIT_MS = 60_000


def ask(qtbot, call: Any, *args: Any) -> Any:
    """Run one ServiceClient method and wait for its result (a failure fails the test with its reason)."""
    results: list[Any] = []
    failures: list[str] = []
    call(*args, on_done=results.append, on_failed=failures.append)
    qtbot.waitUntil(lambda: bool(results or failures), timeout=SYNC_WAIT_MS)
    assert not failures, failures
    return results[0]


def review_screen(controller: Controller) -> ReviewView:
    screen = controller.window.workspace_view.screen_named("review")
    assert isinstance(screen, ReviewView)
    return screen


def home(controller: Controller) -> HomeView:
    screen = controller.window.workspace_view.screen_named("home")
    assert isinstance(screen, HomeView)
    return screen


def sidebar_entry(controller: Controller) -> str:
    workspace = controller.window.workspace_view
    return workspace.sidebar.item(workspace._rows["review"]).text()


def running(qtbot, controller: Controller) -> None:
    qtbot.waitUntil(lambda: controller.sync.running and controller.sync.port > 0, timeout=WAIT_MS)


def test_a_price_changed_apart_is_reviewed_on_both_windows_and_settled_on_both(qtbot, make_computer) -> None:
    robin, _ = make_computer("robin-laptop", sync_service=True)
    ana, _ = make_computer("ana-laptop", sync_service=True)
    create_profile_via_ui(qtbot, robin, "Robin")
    create_profile_via_ui(qtbot, ana, "Ana")
    running(qtbot, robin)
    running(qtbot, ana)
    space = ask(qtbot, robin.sync.create_community, "Mill Road", "Robin")
    invite = ask(qtbot, robin.sync.invite, space)
    ask(qtbot, ana.sync.join, invite.qr, "")
    qtbot.waitUntil(lambda: ana.sync.community(space).name == "Mill Road", timeout=SYNC_WAIT_MS)
    ask(qtbot, ana.sync.set_my_name, space, "Ana")
    bench = ask(
        qtbot, ana.sync.add_project, space, "New benches", "Benches on Mill Road", "benches", "benches", 4,
        2500, "EUR", 40, 5, dt.date(2027, 12, 31),
    )  # fmt: skip
    qtbot.waitUntil(lambda: bench in robin.sync.community(space).projects, timeout=SYNC_WAIT_MS)
    assert sidebar_entry(robin) == "Needs review"
    assert not home(robin).review_card.isVisible()

    # Apart: each changes the price (Ana is the project's steward, Robin an admin) while the other is locked.
    robin.lock()
    ask(qtbot, ana.sync.set_stake_price, space, bench, 3000)
    ana.lock()
    unlock_via_ui(qtbot, robin)
    running(qtbot, robin)
    ask(qtbot, robin.sync.set_stake_price, space, bench, 2000)
    unlock_via_ui(qtbot, ana)
    running(qtbot, ana)
    ask(qtbot, robin.sync.add_peer, "127.0.0.1", ana.sync.port)

    # Both windows list it, with who set each value and when, and count it.
    for window in (robin, ana):
        screen = review_screen(window)
        qtbot.waitUntil(lambda s=screen: len(s.keep_buttons) == 2, timeout=SYNC_WAIT_MS)
        qtbot.waitUntil(lambda w=window: sidebar_entry(w) == "Needs review (1)", timeout=WAIT_MS)
        texts = sorted(b.accessibleName() for _c, _w, b in screen.keep_buttons)
        robin_is = "Robin (you)" if window is robin else "Robin"
        ana_is = "Ana (you)" if window is ana else "Ana"
        assert texts[0].startswith(f"Keep this one: 20.00 EUR, set by {robin_is} on ")
        assert texts[1].startswith(f"Keep this one: 30.00 EUR, set by {ana_is} on ")
        assert sum(text.endswith("(shown now)") for text in texts) == 1
        assert "Project ‘New benches’: stake price" in " ".join(
            label.text() for label in screen.findChildren(type(screen.summary))
        )
        assert "1 thing" in screen.summary.text()
        assert "Mill Road" in screen.summary.text()
        card = home(window).review_card
        assert not card.isHidden()
        assert "1 thing" in card.body.text()
        assert "Mill Road" in card.body.text()

    # Home's card opens the screen; Robin keeps Ana's price; both windows clear.
    window = robin.window.workspace_view
    qtbot.mouseClick(home(robin).review_card.button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is review_screen(robin)
    screen = review_screen(robin)
    [(conflict, stale, _b)] = [(c, w, b) for c, w, b in review_screen(ana).keep_buttons if w.value == "2000"]
    [keep] = [b for _c, w, b in screen.keep_buttons if w.value == "3000"]
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    for window in (robin, ana):
        qtbot.waitUntil(lambda w=window: not review_screen(w).keep_buttons, timeout=SYNC_WAIT_MS)
        qtbot.waitUntil(lambda w=window: sidebar_entry(w) == "Needs review", timeout=WAIT_MS)
        assert home(window).review_card.isHidden()
        assert "Nothing needs review in Mill Road" in review_screen(window).summary.text()
        qtbot.waitUntil(
            lambda w=window: w.sync.community(space).projects[bench].stake_price_minor == 3000,
            timeout=SYNC_WAIT_MS,
        )
    assert review_screen(robin).status.text().startswith("Kept.")

    # Ana's choice, made on what she saw before Robin's arrived: refused with a reason, nothing written.
    review_screen(ana)._keep(space, conflict, stale)
    qtbot.waitUntil(
        lambda: review_screen(ana).status.text().startswith("Could not keep it:"), timeout=WAIT_MS
    )
    assert "settled already" in review_screen(ana).status.text()
    assert ana.sync.community(space).projects[bench].stake_price_minor == 3000
    assert sidebar_entry(ana) == "Needs review"


def test_a_stored_community_that_does_not_load_is_listed_for_review(qtbot, make_computer) -> None:
    sam, manager = make_computer("sam-laptop", sync_service=True)
    create_profile_via_ui(qtbot, sam, "Sam")
    running(qtbot, sam)
    space = ask(qtbot, sam.sync.create_community, "Mill Road", "Sam")
    sam.lock()
    qtbot.waitUntil(lambda: not sam.sync.running, timeout=WAIT_MS)
    _damage(manager, space)
    unlock_via_ui(qtbot, sam)
    screen = review_screen(sam)
    qtbot.waitUntil(lambda: sidebar_entry(sam) == "Needs review (1)", timeout=SYNC_WAIT_MS)
    assert "could not be opened" in screen.summary.text()
    shown = " ".join(label.text() for label in screen.findChildren(type(screen.summary)))
    assert "Nothing was deleted" in shown
    assert "did not load" in shown  # the reason, for whoever helps
    card = home(sam).review_card
    assert not card.isHidden()
    assert "a community that did not open" in card.body.text()
    assert sam.sync.communities == ()  # not shown as an empty community


def _damage(manager: ProfileManager, space: str) -> None:
    """Make every stored copy of the community's document unreadable (as a failing disk would)."""
    [info] = manager.list_profiles()
    with manager.unlock(info.profile_id, PASSPHRASE) as session:
        space_id = bytes.fromhex(space)
        stored = session.documents.load_document(space_id)
        assert stored is not None
        garbage = b"\x85o\x4a\x83" + b"\x00" * 64
        session.documents.save_snapshot(space_id, garbage, replaces_changes=len(stored.changes))
        session.documents.save_snapshot(space_id, garbage, replaces_changes=0)


def test_a_change_dated_in_2100_is_listed_as_dated_in_the_future_not_applied(qtbot, make_computer) -> None:
    """Mallory's modified client dates a skill in the year 2100 (written into her store while her window is
    locked, as such a client would). Robin's window lists it as dated in the future, never applies it, and
    Robin's own work after it still reaches Mallory."""
    robin, _ = make_computer("robin-laptop", sync_service=True)
    mallory, mallory_profiles = make_computer("mallory-laptop", sync_service=True)
    create_profile_via_ui(qtbot, robin, "Robin")
    create_profile_via_ui(qtbot, mallory, "Mallory")
    running(qtbot, robin)
    running(qtbot, mallory)
    space = ask(qtbot, robin.sync.create_community, "Mill Road", "Robin")
    ask(qtbot, mallory.sync.join, ask(qtbot, robin.sync.invite, space).qr, "")
    qtbot.waitUntil(lambda: mallory.sync.community(space).name == "Mill Road", timeout=SYNC_WAIT_MS)
    ask(qtbot, mallory.sync.set_my_name, space, "Mallory")
    qtbot.waitUntil(lambda: len(robin.sync.community(space).members) == 2, timeout=SYNC_WAIT_MS)
    mallory.lock()
    qtbot.waitUntil(lambda: not mallory.sync.running, timeout=WAIT_MS)
    _write_dated(mallory_profiles, space, dt.datetime(2100, 1, 10, 12, 0, tzinfo=dt.UTC))
    unlock_via_ui(qtbot, mallory)
    running(qtbot, mallory)
    ask(qtbot, mallory.sync.add_peer, "127.0.0.1", robin.sync.port)

    screen = review_screen(robin)
    qtbot.waitUntil(lambda: sidebar_entry(robin) == "Needs review (1)", timeout=SYNC_WAIT_MS)
    shown = " ".join(label.text() for label in screen.findChildren(type(screen.summary)))
    assert "Changes dated in the future" in shown
    assert "A change by Mallory is dated too far in the future (10 Jan 2100 12:00 UTC): not kept" in shown
    assert "from-2100" not in robin.sync.community(space).assets
    skill = ask(qtbot, robin.sync.add_asset, space, AssetKind.HUMAN, "Bike repairs")
    qtbot.waitUntil(lambda: skill in mallory.sync.community(space).assets, timeout=SYNC_WAIT_MS)


def _write_dated(manager: ProfileManager, space: str, at: dt.datetime) -> None:
    """A skill dated *at*, written into the profile's store by a client that dates what it likes."""
    from sync.engine import SyncEngine
    from sync.ports import device_keys_from

    [info] = manager.list_profiles()
    with manager.unlock(info.profile_id, PASSPHRASE) as session:
        engine = SyncEngine(
            device_keys_from(session.identity),
            session.spaces,
            session.documents,
            actor_id=session.identity.get().actor_id,
            relay=session.relay,
        )
        space_id = bytes.fromhex(space)
        me = engine.member_id(space_id)
        asset = Asset("from-2100", AssetKind.HUMAN, "Time travel", me, created_at=at)
        engine.change(space_id, lambda doc: doc.add_asset(asset))
