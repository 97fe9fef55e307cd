"""A community's "What's new" through a real sync service: read from history since what was marked seen, kept in
the encrypted store across restarts, and a bad or stale mark refused with nothing changed."""

from __future__ import annotations

import pytest

from commons_desktop.service import protocol
from commons_desktop.service.process import ServiceError, SyncServiceProcess
from store import ProfileManager
from sync.community import Side
from tests.service.test_sync_service import service_for, started
from tests.support import PASSPHRASE


def _need(service: SyncServiceProcess, space: str, description: str) -> str:
    return service.request(protocol.AddNeedOrOffer(space, Side.NEED, "food", "north", description))


def test_whats_new_follows_what_was_marked_seen_across_a_restart(
    manager: ProfileManager,
    services: list[SyncServiceProcess],
) -> None:
    session = manager.create("Ana", PASSPHRASE)
    service, _ = started(manager, services, session)
    space = service.request(protocol.CreateCommunity("Mill Road", my_name="Ana"))
    _need(service, space, "Lifts to the clinic")

    first = service.request(protocol.CommunityNews(space))
    assert first.news.first_look
    assert first.news.new_count == 0
    service.request(protocol.MarkSeen(space, first.heads))

    fresh = _need(service, space, "Someone to walk Rex")
    later = service.request(protocol.CommunityNews(space))
    assert not later.news.first_look
    assert later.news.needs == (fresh,)

    service.stop()
    again = service_for(manager, session)
    services.append(again)
    again.start()
    after_restart = again.request(protocol.CommunityNews(space))
    assert after_restart.news.needs == (fresh,)  # the mark was kept; the new need is still new
    again.request(protocol.MarkSeen(space, after_restart.heads))
    assert again.request(protocol.CommunityNews(space)).news.new_count == 0


@pytest.mark.parametrize(
    ("heads", "reason"),
    [(("zz",), "not change hashes"), (("00" * 32,), "does not hold"), ((), "does not hold")],
)
def test_a_bad_or_stale_mark_is_refused_and_changes_nothing(
    manager: ProfileManager,
    services: list[SyncServiceProcess],
    heads: tuple[str, ...],
    reason: str,
) -> None:
    service, _ = started(manager, services, manager.create("Ana", PASSPHRASE))
    space = service.request(protocol.CreateCommunity("Mill Road", my_name="Ana"))
    service.request(protocol.MarkSeen(space, service.request(protocol.CommunityNews(space)).heads))
    fresh = _need(service, space, "Lifts to the clinic")
    with pytest.raises(ServiceError, match=reason):
        service.request(protocol.MarkSeen(space, heads))
    assert service.request(protocol.CommunityNews(space)).news.needs == (fresh,)
