"""A commons://event link on the command line: a bad one is refused before any window opens; a good one asks
for its event once a profile is unlocked (the Events screen then shows it: tests/desktop/test_events.py)."""

from __future__ import annotations

import pytest

from commons_desktop.app import open_after_unlock
from commons_desktop.cli import main, split_link
from sync.community.links import EventLink
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui

SPACE = "0f" * 16


def test_the_link_is_taken_out_of_the_arguments() -> None:
    link = f"commons://event/{SPACE}/e1"
    assert split_link(["--data-dir", "/x", link]) == (["--data-dir", "/x"], link)
    assert split_link(["--data-dir", "/x"]) == (["--data-dir", "/x"], None)


@pytest.mark.parametrize(
    "link", ["commons://event/nothex/e1", "commons://asset/" + SPACE + "/a1", "commons:"]
)
def test_a_bad_link_is_refused_with_a_reason(link: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([link]) == 2
    assert "names no event" in capsys.readouterr().err


def test_a_good_link_asks_for_its_event_after_unlock(qtbot, make_app) -> None:
    controller = make_app()
    open_after_unlock(controller, EventLink(SPACE, "e1"))
    with qtbot.waitSignal(controller.events.sig_event_requested, timeout=WAIT_MS) as requested:
        create_profile_via_ui(qtbot, controller, "Sam")
    assert requested.args == [SPACE, "e1"]
