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
        (
            SupportSent(2, 0, 0),
            ["Sent to the computers of 2 supporter", "connected now; Home shows when each confirms it."],
            ["Not sent yet", "relay", "delivered", "told"],
        ),
        (
            SupportSent(0, 1, 0),
            ["Going through the relay to 1 supporter", "their computers collect it"],
            ["told"],
        ),
        (
            SupportSent(1, 0, 1),
            ["computers of 1 supporter", "Not sent yet to 1 supporter", "none of their", "call them"],
            ["delivered", "told"],
        ),
        (SupportSent(0, 0, 2), ["Not sent yet to 2 supporter", "kept on this computer"], ["told"]),
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
    # (Plurals read "supporter(s)" until `make translations` compiles the English numerus forms: the phrases
    # above stop before the plural ending, and test_translations checks the forms exist.)
