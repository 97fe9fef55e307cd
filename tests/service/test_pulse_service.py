"""The wellbeing pulse end to end, through six real sync services on loopback (LAN and a real relay): the mean
shown is the sum of the answers, a round shows nothing until everyone posted, a dropout is rerun without, a
round of four is refused, a round that could be set against a shown one is refused, and no answer is found in
any store file, in the document the envelopes carry, or in the relay's files."""

from __future__ import annotations

import datetime as dt
import struct
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from commons_desktop.service import protocol
from commons_desktop.service.process import ServiceError, SyncServiceProcess
from store import ProfileManager, ProfileSession
from sync.community import CommunityDocument, PulseInstrument
from sync.community.formats.json_format import export_json
from sync.community.pulse_rounds import Outcome, PulseStatus, pulse_statuses
from sync.engine import InSync
from sync.relay import RelayServer
from tests.service.test_people_service import wait_until
from tests.service.test_sync_service import records, service_for
from tests.support import (
    FAST_KDF,
    PASSPHRASE,
    EventLog,
    address_of,
    files_containing,
    provisioned_relay,
)

NAMES = ("Ana", "Ben", "Cai", "Dov", "Eve", "Fay")
# The canary: answers no one else gives, looked for unmasked in every file and in the shared document.
CANARY = (9, 0, 9, 1)


@pytest.fixture
def manager(tmp_path: Path) -> ProfileManager:
    return ProfileManager(tmp_path / "data", kdf=FAST_KDF)


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[RelayServer]:
    with provisioned_relay(tmp_path / "relay", store_mib=64, space_mib=8) as server:
        yield server  # as `commons relay` runs: invites carry the community's own login


@pytest.fixture
def services() -> Iterator[list[SyncServiceProcess]]:
    started: list[SyncServiceProcess] = []
    yield started
    for service in started:
        service.stop()


def neighbourhood(
    manager: ProfileManager, services: list[SyncServiceProcess], relay_address: str
) -> tuple[list[ProfileSession], list[SyncServiceProcess], str, dict[str, str]]:
    """Six residents' services in Ana's community (with a relay), each named; their member ids by name."""
    sessions = [manager.create(n, PASSPHRASE) for n in NAMES]
    running = [service_for(manager, session) for session in sessions]
    services += running
    logs = [EventLog(s) for s in running]
    for s in running:
        s.start()
    ana = running[0]
    space = ana.request(protocol.CreateCommunity("Canal Street", my_name="Ana", relay=relay_address))
    for name, s, log in zip(NAMES[1:], running[1:], logs[1:], strict=True):
        assert s.request(protocol.Join(ana.request(protocol.Invite(space)).qr), timeout=40) == space
        log.wait_for(lambda e: isinstance(e, InSync) and e.space_id.hex() == space, timeout=20)
        s.request(protocol.SetMyName(space, name))
    wait_until(lambda: {p.name for p in ana.request(protocol.ListPeople(space))} == set(NAMES), timeout=40)
    ids = {p.name: p.member_id for p in ana.request(protocol.ListPeople(space))}
    return sessions, running, space, ids


def status(service: SyncServiceProcess, space: str, round_id: str) -> PulseStatus | None:
    view = records(service, space)
    return pulse_statuses(view.pulse_rounds, dt.datetime.now(dt.UTC)).get(round_id)


def everywhere(running: list[SyncServiceProcess], space: str, round_id: str, check: object) -> None:
    for s in running:
        wait_until(lambda s=s: (st := status(s, space, round_id)) is not None and check(st), timeout=30)  # type: ignore[operator]


def send(posting: list[SyncServiceProcess], space: str, round_id: str) -> None:
    """Each sends their masked answers, unless they went out already (the last to join posts at once)."""
    for s in posting:
        try:
            s.request(protocol.SendPulseAnswers(space, round_id))
        except ServiceError as exc:
            assert "already in" in str(exc)


def test_the_pulse_end_to_end(
    manager: ProfileManager,
    services: list[SyncServiceProcess],
    relay: RelayServer,
    tmp_path: Path,
) -> None:
    started = time.monotonic()
    sessions, running, space, ids = neighbourhood(manager, services, address_of(relay))
    ana, fay = running[0], running[-1]
    closes = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    roster = tuple(ids[n] for n in NAMES)

    # Four are refused: no answer could hide among them.
    with pytest.raises(ServiceError, match="at least 5 people"):
        ana.request(protocol.OpenPulseRound(space, PulseInstrument.ONS4, roster[:4], closes))
    with pytest.raises(ServiceError, match="Only an admin"):
        running[1].request(protocol.OpenPulseRound(space, PulseInstrument.ONS4, roster, closes))

    # Round 1: all six on the roster. Fay answers first, then her computer goes off before anyone can post.
    first = ana.request(protocol.OpenPulseRound(space, PulseInstrument.ONS4, roster, closes))
    everywhere(running, space, first, lambda st: st.outcome is Outcome.JOINING)
    answers = {n: (i + 3, 10 - i, i, i % 3) for i, n in enumerate(NAMES)}
    answers["Ana"] = CANARY
    fay.request(protocol.AnswerPulse(space, first, answers["Fay"]))
    everywhere(running, space, first, lambda st: st.joined == 1)
    fay.stop()
    five = running[:-1]
    for name, s in zip(NAMES[:-1], five, strict=True):
        s.request(protocol.AnswerPulse(space, first, answers[name]))
    everywhere(five, space, first, lambda st: st.joined == 6)
    send(five, space, first)
    everywhere(five, space, first, lambda st: st.posted == 5)
    stuck = status(ana, space, first)
    assert stuck is not None
    assert (stuck.outcome, stuck.means) == (Outcome.POSTING, ())  # five of six: the sum stays masked
    assert ana.request(protocol.MyPulseAnswers(space, first)) == CANARY  # from Ana's own store

    # Rerun without Fay. The five only answer: each service sends its masked post by itself once the last
    # key arrives, and the mean is exactly the sum of their answers over five.
    second = ana.request(protocol.RerunPulseRound(space, first))
    for name, s in zip(NAMES[:-1], five, strict=True):
        s.request(protocol.AnswerPulse(space, second, answers[name]))
    expected = tuple(sum(answers[n][q] for n in NAMES[:-1]) / 5 for q in range(4))
    everywhere(five, space, second, lambda st: st.outcome is Outcome.SHOWN and st.means == expected)

    # Fay is back: the old round is superseded (her post would unmask it), and she is not on the new one.
    fay = service_for(manager, sessions[-1])
    services.append(fay)
    fay.start()
    everywhere([fay], space, second, lambda st: st.outcome is Outcome.SHOWN)
    assert status(fay, space, first).outcome is Outcome.SUPERSEDED  # type: ignore[union-attr]
    with pytest.raises(ServiceError, match="closed"):
        fay.request(protocol.SendPulseAnswers(space, first))
    with pytest.raises(ServiceError, match="not on this round"):
        fay.request(protocol.AnswerPulse(space, second, answers["Fay"]))
    running[-1] = fay

    # The same questions of the six again would single Fay out against the result just shown: refused.
    with pytest.raises(ServiceError, match="single someone out"):
        ana.request(protocol.OpenPulseRound(space, PulseInstrument.ONS4, roster, closes))

    # WHO-5 with five, of whom four answer: nothing is shown, and there is no rerun with four.
    who = ana.request(protocol.OpenPulseRound(space, PulseInstrument.WHO5, roster[1:], closes))
    everywhere(running, space, who, lambda st: st.outcome is Outcome.JOINING)
    for s in running[1:-1]:
        s.request(protocol.AnswerPulse(space, who, (5, 4, 3, 2, 1)))
    everywhere(running, space, who, lambda st: st.joined == 4)
    late = status(ana, space, who)
    assert late is not None
    assert (late.outcome, late.posted, late.means) == (Outcome.JOINING, 0, ())
    with pytest.raises(ServiceError, match="Fewer than 5"):
        ana.request(protocol.RerunPulseRound(space, who))

    # The canary: not in any file of any profile, the relay, or the document the envelopes carry.
    unmasked = "".join(f"{v:016x}" for v in CANARY)
    needles = [unmasked.encode(), struct.pack(">4Q", *CANARY), b"[9, 0, 9, 1]", b"[9,0,9,1]"]
    for s in running:
        s.stop()
    for session in sessions:
        stored = session.documents.load_document(bytes.fromhex(space))
        assert stored is not None
        data = stored.snapshot + b"".join(stored.changes)
        text = export_json(CommunityDocument.load(data).view()).encode()
        assert [n for n in needles if n in data or n in text] == []
    assert files_containing(manager.data_dir, needles) == []
    relayed = sum(p.stat().st_size for p in (tmp_path / "relay").rglob("*") if p.is_file())
    assert relayed > 10_000  # the posts went through the relay too, sealed
    assert files_containing(tmp_path / "relay", needles) == []
    assert time.monotonic() - started < 60
