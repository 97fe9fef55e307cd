"""What the window says after "I need support", from what the sync service reports per circle: told now, only
through the relay, or not yet — never "told" for a circle nobody could be reached in."""

from __future__ import annotations

import pytest

from commons_desktop.service.values import SupportSent
from commons_desktop.shell.sync_status import SyncStatus


@pytest.mark.parametrize(
    ("sent", "says", "never"),
    [
        (SupportSent(0, 0, 0), ["Nobody was told: invite a supporter first"], ["were told ("]),
        (SupportSent(2, 0, 0), ["Your supporters were told (2 circles)."], ["Not sent yet", "relay"]),
        (SupportSent(0, 1, 0), ["Sent through the relay to 1 circle: they see it"], ["were told"]),
        (
            SupportSent(1, 0, 1),
            ["Your supporters were told (1 circle).", "Not sent yet to 1 circle: none of", "call them"],
            [],
        ),
        (SupportSent(0, 0, 2), ["Not sent yet to 2 circles"], ["were told"]),
    ],
)
def test_what_i_need_support_says_follows_what_reached_whom(
    make_app, sent: SupportSent, says: list[str], never: list[str]
) -> None:
    controller = make_app()
    words = controller.findChild(SyncStatus).support_sent_words(sent)
    for text in says:
        assert text in words
    for text in never:
        assert text not in words
    assert "(s)" not in words
