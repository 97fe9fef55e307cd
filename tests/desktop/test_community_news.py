"""The Community screen's "What's new", between two neighbours' computers (two profiles, two real sync services
on loopback): a first look calls nothing new; what the other adds after I looked shows up, named; leaving the
tab or "Mark all as seen" starts afresh, and what arrives while I read stays new."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sync.community import Side
from tests.desktop.community_flows import invite, join_and_name, start, two_neighbours
from tests.desktop.helpers import WAIT_MS
from tests.desktop.test_community import SYNC_WAIT_MS, people


def _news(screen) -> str:
    return screen.news.text.toPlainText()


def test_whats_new_shows_what_a_neighbour_added_since_i_last_looked(qtbot, make_computer) -> None:
    robin, robin_screen, ana, ana_screen = two_neighbours(qtbot, make_computer)
    start(qtbot, robin_screen)

    # Robin's first look: nothing is called new. Leaving the tab marks what it showed as seen.
    robin_screen.tabs.setCurrentWidget(robin_screen.news)
    qtbot.waitUntil(lambda: "first look" in _news(robin_screen), timeout=WAIT_MS)
    robin_screen.tabs.setCurrentWidget(robin_screen.community_page)

    join_and_name(qtbot, ana_screen, invite(qtbot, robin_screen), "Ana")
    qtbot.waitUntil(lambda: "Ana" in people(robin_screen), timeout=SYNC_WAIT_MS)
    space = ana_screen.community_choice.space
    assert space is not None
    ana.sync.add_need_or_offer(space, Side.NEED, "transport", "Mill Road", "Lifts to the clinic on Tuesdays")
    robin_state = robin.sync.community(space)
    assert robin_state is not None
    qtbot.waitUntil(lambda: len(robin_state.view().needs_offers) == 1, timeout=SYNC_WAIT_MS)

    # Back on What's new, Robin sees Ana and her need, by name and in words.
    robin_screen.tabs.setCurrentWidget(robin_screen.news)
    qtbot.waitUntil(lambda: "Lifts to the clinic on Tuesdays" in _news(robin_screen), timeout=WAIT_MS)
    text = _news(robin_screen)
    assert "1 new neighbour" in text
    assert "Ana" in text
    assert "1 new need" in text
    assert "(transport, mill road)" in text
    assert robin_screen.news.seen_button.isEnabled()

    # Mark all as seen: nothing new, until Ana offers something.
    qtbot.mouseClick(robin_screen.news.seen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nothing new since you last looked" in _news(robin_screen), timeout=WAIT_MS)
    assert not robin_screen.news.seen_button.isEnabled()
    ana.sync.add_need_or_offer(space, Side.OFFER, "repairs", "Mill Road", "I can fix bikes")
    qtbot.waitUntil(lambda: "I can fix bikes" in _news(robin_screen), timeout=SYNC_WAIT_MS)
    assert "Lifts to the clinic" not in _news(robin_screen)

    # Ana has never looked: her first look shows nothing as new, not even Robin's community.
    ana_screen.tabs.setCurrentWidget(ana_screen.news)
    qtbot.waitUntil(lambda: "first look" in _news(ana_screen), timeout=WAIT_MS)
