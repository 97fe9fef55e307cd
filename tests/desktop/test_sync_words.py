"""A community's sync report in words: never "up to date" while a peer announced changes this device lacks or
a change waits to be sent, and each failure says what to do."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from commons_desktop import sync_words
from commons_desktop.app import install_translations
from sync.engine import Failure, FailureKind, PeerReport, Progress, RelayReport, Route, SyncReport
from sync.identity import DeviceKeys

NOW = dt.datetime(2026, 12, 7, 14, 0, tzinfo=dt.UTC)
ANA = PeerReport(
    DeviceKeys.generate().device_id,
    "a1",
    "Ana",
    Route.NETWORK,
    connected=True,
    last_seen=NOW,
    last_exchange=NOW - dt.timedelta(minutes=2),
    up_to_date=True,
    lacking=0,
)
UP_TO_DATE = SyncReport(
    bytes(16),
    has_document=True,
    peers=(ANA,),
    waiting_to_send=0,
    last_exchange=NOW - dt.timedelta(minutes=2),
    has_everything=True,
    missing=0,
    receiving=None,
    relay=None,
    failures=(),
)


@pytest.fixture(autouse=True)
def usual_translations(qapp) -> None:
    install_translations(qapp, "en")  # whatever an earlier test installed


def english(text: str) -> str:
    """*text* as shown; the English plural forms are compiled into commons_en.qm (never "1 change(s)")."""
    assert "(s)" not in text, text
    return text


def test_up_to_date_names_the_peer_the_route_and_when(qapp) -> None:
    assert (
        english(sync_words.summary(UP_TO_DATE, NOW)) == "Up to date with Ana on this network, 2 minutes ago"
    )
    assert sync_words.peer_line(ANA, NOW) == "Ana, on this network: connected, up to date"


@pytest.mark.parametrize(
    "changes",
    [
        {
            "has_everything": False,
            "missing": 1,
            "peers": (dataclasses.replace(ANA, up_to_date=False, lacking=1),),
        },
        {"waiting_to_send": 1},
        {"has_document": False, "has_everything": False},
        {"has_everything": False, "receiving": Progress(2, 5)},
    ],
)
def test_never_up_to_date_while_something_is_missing_or_waiting(qapp, changes) -> None:
    text = sync_words.summary(dataclasses.replace(UP_TO_DATE, **changes), NOW)
    assert "Up to date" not in text
    assert "reset" not in text.casefold()


def test_each_step_in_plain_words(qapp) -> None:
    away = dataclasses.replace(
        ANA, connected=False, up_to_date=False, last_seen=NOW - dt.timedelta(minutes=5)
    )
    offline = dataclasses.replace(UP_TO_DATE, peers=(away,), waiting_to_send=1)
    assert english(sync_words.summary(offline, NOW)) == "1 change waiting to be sent: no one is connected"
    assert english(sync_words.peer_line(away, NOW)) == "Ana, on this network: last seen 5 minutes ago"
    behind = dataclasses.replace(ANA, up_to_date=False, lacking=1)
    receiving = dataclasses.replace(UP_TO_DATE, peers=(behind,), has_everything=False, missing=1)
    assert sync_words.summary(receiving, NOW) == "Receiving changes from Ana…"
    first = dataclasses.replace(
        UP_TO_DATE, has_document=False, has_everything=False, receiving=Progress(2, 5)
    )
    assert sync_words.summary(first, NOW) == "Receiving the community: 40 %"
    relayed = dataclasses.replace(away, route=Route.RELAY, name="")
    assert english(sync_words.peer_line(relayed, NOW)).endswith(
        "through the relay: last heard from 5 minutes ago"
    )
    assert sync_words.peer_line(relayed, NOW).startswith("device ")


@pytest.mark.parametrize("kind", list(FailureKind))
def test_every_failure_says_what_to_do(qapp, kind: FailureKind) -> None:
    failure = Failure(kind, NOW, ANA.device, "the relay refused the credential", 2)
    line = sync_words.failure_line(failure, (ANA,))
    assert len(line) > 60
    assert "reset" not in line.casefold()
    if kind in (FailureKind.PEER_REFUSED, FailureKind.CHANGES_REFUSED):
        assert "Ana" in line
    if kind is FailureKind.RELAY_UNREACHABLE:
        assert "the relay refused the credential" in line


def test_the_relay_detail_line(qapp) -> None:
    report = dataclasses.replace(UP_TO_DATE, relay=RelayReport(False, None))
    assert "Relay: cannot be reached now." in sync_words.detail_lines(report, NOW)
