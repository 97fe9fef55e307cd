"""AlertOutbox: the in-memory fake and the encrypted store behave alike (sync.support_outbox)."""

from __future__ import annotations

import inspect
import os

import pytest

from store.support_outbox import SupportOutboxRepository
from sync.support_outbox import MAX_WAITING_ALERTS, AlertOutbox, InMemoryAlertOutbox
from tests.conformance.conftest import Adapters

ANA, ANA_PHONE, BEN = os.urandom(32), os.urandom(32), os.urandom(32)
REQUEST = b"CA\x01" + b'{"at": 1, "message": "CANARY"}'


@pytest.mark.parametrize("adapter", [InMemoryAlertOutbox, SupportOutboxRepository])
def test_adapter_methods_match_the_protocol(adapter: type) -> None:
    for name, member in inspect.getmembers(AlertOutbox, inspect.isfunction):
        if name.startswith("_"):
            continue
        expected = list(inspect.signature(member).parameters)
        assert list(inspect.signature(getattr(adapter, name)).parameters) == expected, name


def deliveries(outbox: AlertOutbox, space: bytes) -> dict[int, dict[bytes, int | None]]:
    return {a.at_ms: dict(a.deliveries) for a in outbox.alerts() if a.space_id == space}


def test_a_request_waits_per_device_until_each_acknowledged_and_survives_a_restart(
    adapters: Adapters,
) -> None:
    circle = os.urandom(16)
    adapters.outbox.hold_alert(circle, 1000, REQUEST, [ANA, ANA_PHONE])
    adapters.reopen()
    [alert] = adapters.outbox.alerts()
    assert (alert.space_id, alert.at_ms, alert.request, alert.left_at_relay_ms) == (
        circle,
        1000,
        REQUEST,
        None,
    )
    assert dict(alert.deliveries) == {ANA: None, ANA_PHONE: None}
    assert adapters.outbox.waiting_alerts() == 1

    assert adapters.outbox.alert_left_at_relay(circle, 1000, 1500)
    assert not adapters.outbox.alert_left_at_relay(circle, 1000, 1600)  # the first time stays
    assert adapters.outbox.alert_delivered(circle, 1000, ANA, 2000)
    assert not adapters.outbox.alert_delivered(circle, 1000, ANA, 3000)
    [alert] = adapters.outbox.alerts()
    assert alert.request == REQUEST  # the phone has not acknowledged it yet
    assert alert.left_at_relay_ms == 1500
    assert adapters.outbox.alert_delivered(circle, 1000, ANA_PHONE, 2500)
    adapters.reopen()
    [alert] = adapters.outbox.alerts()
    assert alert.request == b""  # the words left the outbox; the times stay
    assert dict(alert.deliveries) == {ANA: 2000, ANA_PHONE: 2500}
    assert adapters.outbox.waiting_alerts() == 0


def test_a_receipt_covers_earlier_requests_and_a_newer_request_replaces_delivered_ones(
    adapters: Adapters,
) -> None:
    circle, other = os.urandom(16), os.urandom(16)
    adapters.outbox.hold_alert(circle, 1000, REQUEST, [ANA])
    adapters.outbox.hold_alert(circle, 2000, REQUEST, [ANA])
    adapters.outbox.hold_alert(other, 2000, REQUEST, [BEN])
    assert adapters.outbox.alert_delivered(circle, 2000, ANA, 2100)
    assert deliveries(adapters.outbox, circle) == {1000: {ANA: 2100}, 2000: {ANA: 2100}}
    assert deliveries(adapters.outbox, other) == {2000: {BEN: None}}
    adapters.outbox.hold_alert(circle, 3000, REQUEST, [ANA])
    assert deliveries(adapters.outbox, circle) == {3000: {ANA: None}}  # delivered ones went
    # A device the request was not listed for (it joined later) is recorded when it acknowledges.
    assert adapters.outbox.alert_delivered(circle, 3000, BEN, 3100)
    assert deliveries(adapters.outbox, circle) == {3000: {ANA: None, BEN: 3100}}
    adapters.outbox.forget_alerts(circle)
    assert deliveries(adapters.outbox, circle) == {}
    assert adapters.outbox.waiting_alerts() == 1


def test_a_full_outbox_refuses_the_newest_and_drops_nothing(adapters: Adapters) -> None:
    circle = os.urandom(16)
    for n in range(MAX_WAITING_ALERTS):
        adapters.outbox.hold_alert(circle, n, REQUEST, [ANA])
    with pytest.raises(ValueError, match=r"still waiting .* none was dropped"):
        adapters.outbox.hold_alert(circle, 10_000, REQUEST, [ANA])
    assert [a.at_ms for a in adapters.outbox.alerts()] == list(range(MAX_WAITING_ALERTS))
    adapters.outbox.alert_delivered(circle, 0, ANA, 5)
    adapters.outbox.hold_alert(circle, 10_000, REQUEST, [ANA])  # room again
    assert adapters.outbox.waiting_alerts() == MAX_WAITING_ALERTS


@pytest.mark.parametrize(
    ("space", "at_ms", "body", "devices"),
    [
        (b"short", 1, REQUEST, [ANA]),
        (os.urandom(16), -1, REQUEST, [ANA]),
        (os.urandom(16), 1, b"", [ANA]),
        (os.urandom(16), 1, b"x" * 4097, [ANA]),
        (os.urandom(16), 1, REQUEST, [b"short"]),
    ],
)
def test_bad_arguments_are_refused_and_write_nothing(
    adapters: Adapters, space: bytes, at_ms: int, body: bytes, devices: list[bytes]
) -> None:
    with pytest.raises(ValueError, match="must be"):
        adapters.outbox.hold_alert(space, at_ms, body, devices)
    assert list(adapters.outbox.alerts()) == []
