""" "I need support" with no supporter reachable, through real sync services on loopback: it waits in the
encrypted outbox through a kill -9 of the person's service and a restart, is delivered when the supporter's
service comes up, shows as delivered only then, and its words never reach a file in the clear."""

from __future__ import annotations

from pathlib import Path

import pytest

from commons_desktop.service import protocol
from commons_desktop.service.process import SyncServiceProcess
from commons_desktop.service.values import SupportDelivery
from store import ProfileManager
from sync.engine import SupportRequested
from tests.service.test_sync_service import service_for
from tests.support import PASSPHRASE, EventLog, files_containing

CANARY = "CANARY-please-call-me-tonight"


def deliveries_event(log: EventLog, condition: object) -> protocol.SupportDeliveries:
    return log.wait_for(
        lambda e: isinstance(e, protocol.SupportDeliveries) and condition(e),  # type: ignore[operator]
        timeout=30,
    )


def test_a_waiting_alert_survives_kill_9_and_is_delivered_when_the_supporter_comes_up(
    manager: ProfileManager,
    services: list[SyncServiceProcess],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))  # the services' temporary files, to search them afterwards
    robin_session = manager.create("Robin", PASSPHRASE)
    ana_id = robin_session.supporters.add("Ana").id
    robin_session.lock()
    robin_session = manager.unlock(robin_session.profile_id, PASSPHRASE)
    r = service_for(manager, robin_session)
    ana_session = manager.create("Ana", PASSPHRASE)
    a = service_for(manager, ana_session)
    services += [r, a]
    r.start()
    a.start()
    circle = r.request(protocol.CreateSupportCircle(ana_id))
    assert a.request(protocol.Join(r.request(protocol.Invite(circle)).qr)) == circle
    a.stop()  # Ana's laptop is closed

    sent = r.request(protocol.RequestSupport(CANARY))
    assert (sent.now, sent.relay, sent.waiting) == (0, 0, 1)
    [waiting] = r.request(protocol.ListSupportDeliveries())
    assert waiting == SupportDelivery(circle, "Ana", waiting.asked_at, None, 1, None, False)

    r.kill()  # a crash: nothing is stopped in order
    assert files_containing(manager.data_dir, [CANARY.encode()]) == []
    assert files_containing(temp, [CANARY.encode()]) == []
    r = service_for(manager, robin_session)
    services.append(r)
    r_events = EventLog(r)
    reports: list[protocol.SupportDeliveries] = []  # every report, in order
    r.listeners.append(lambda e: reports.append(e) if isinstance(e, protocol.SupportDeliveries) else None)
    r.start()
    assert r.request(protocol.ListSupportDeliveries()) == (waiting,)  # still waiting, and says so

    a = service_for(manager, ana_session)
    services.append(a)
    a_events = EventLog(a)
    ana_ready = a.start()
    r.request(protocol.AddPeer("127.0.0.1", ana_ready.port))
    asked = a_events.wait_for(lambda e: isinstance(e, SupportRequested), timeout=30)
    assert (asked.space_id.hex(), asked.message, asked.at_ms) == (circle, CANARY, waiting.asked_at)
    delivered = deliveries_event(r_events, lambda e: e.deliveries[0].delivered_at is not None)
    [now] = delivered.deliveries
    assert now.waiting == 0
    assert now.delivered_at is not None
    assert now.delivered_at >= waiting.asked_at
    # Before the receipt nothing said "delivered": every earlier report of this request said it waits.
    before = reports[: reports.index(delivered)]
    assert before  # the restarted service said where it stood at start
    assert all(d.delivered_at is None for e in before for d in e.deliveries)
    assert r.request(protocol.ListSupportDeliveries()) == (now,)
    r.stop()
    a.stop()
    robin_session.lock()
    ana_session.lock()
    assert files_containing(manager.data_dir, [CANARY.encode()]) == []
    assert files_containing(temp, [CANARY.encode()]) == []
