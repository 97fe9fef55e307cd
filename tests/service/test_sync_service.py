"""The sync service as a real process: started with a profile's key over a pipe, commands and events,
two services syncing over loopback TLS, and a kill -9 that loses nothing acknowledged."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from commons_desktop.service import ipc
from commons_desktop.service.process import ServiceError, SyncServiceProcess
from store import ProfileManager, ProfileSession
from sync.engine.replica import Replica
from sync.invites import prove
from sync.join import JoinRequest, new_challenge
from sync.membership import SpaceKind
from sync.ports import device_keys_from
from sync.spaces import Space, SpaceKeyring
from tests.support import FAST_KDF, PASSPHRASE, files_containing

NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def manager(tmp_path: Path) -> ProfileManager:
    return ProfileManager(tmp_path / "data", kdf=FAST_KDF)


def service_for(manager: ProfileManager, session: ProfileSession) -> SyncServiceProcess:
    return SyncServiceProcess(manager.data_dir, session.profile_id, session.database_key())


def started(
    manager: ProfileManager, services: list[SyncServiceProcess], session: ProfileSession
) -> tuple[SyncServiceProcess, ipc.Ready]:
    """A running service for *session*, stopped after the test."""
    service = service_for(manager, session)
    services.append(service)
    return service, service.start()


@pytest.fixture
def services() -> Iterator[list[SyncServiceProcess]]:
    started: list[SyncServiceProcess] = []
    yield started
    for service in started:
        service.stop()


def asset_ids(view_json: str | None) -> set[str]:
    assert view_json is not None
    return {a["id"] for a in json.loads(view_json)["assets"]}


def test_the_service_opens_the_profile_and_answers_commands(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    session = manager.create("Ana", PASSPHRASE)
    service, ready = started(manager, services, session)
    assert ready.spaces == ()
    assert ready.device == str(device_keys_from(session.identity).device_id)
    space = service.request(lambda i: ipc.CreateCommunity(i, "Canal Street"))
    service.request(lambda i: ipc.AddAsset(i, space, "a1", "human", "Bike repair", "ana"))
    changed = service.wait_for(lambda e: isinstance(e, ipc.DocumentChanged))
    assert changed.space == space
    assert asset_ids(service.request(lambda i: ipc.View(i, space))) == {"a1"}
    with pytest.raises(ServiceError, match="no such space"):
        service.request(lambda i: ipc.View(i, "00" * 16))
    assert service.stop() == 0

    restarted = service_for(manager, session)
    services.append(restarted)
    assert restarted.start().spaces == (space,)
    assert asset_ids(restarted.request(lambda i: ipc.View(i, space))) == {"a1"}


def test_requests_from_several_threads_each_get_their_own_reply(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    import threading

    service, _ = started(manager, services, manager.create("Ana", PASSPHRASE))
    spaces = [service.request(lambda i, n=n: ipc.CreateCommunity(i, f"Street {n}")) for n in range(3)]
    answers: dict[int, object] = {}

    def ask(n: int) -> None:
        answers[n] = service.request(lambda i: ipc.View(i, spaces[n % 3]), timeout=20)

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(answers) == list(range(12))
    for n, view in answers.items():
        assert json.loads(view)["name"] == f"Street {n % 3}"  # type: ignore[arg-type]


def test_a_bad_command_gets_a_reason_and_the_service_carries_on(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    service, _ = started(manager, services, manager.create("Ana", PASSPHRASE))
    space = service.request(lambda i: ipc.CreateCommunity(i, "Canal Street"))
    with pytest.raises(ServiceError):
        service.request(lambda i: ipc.AddAsset(i, space, "a1", "no such kind", "x", "ana"))
    with pytest.raises(ServiceError, match=r"shares no space|refused|connect|reach"):
        service.request(lambda i: ipc.AddPeer(i, "127.0.0.1", 9))
    assert service.request(lambda i: ipc.Status(i))["spaces"] == [space]


def provision_pair(manager: ProfileManager) -> tuple[ProfileSession, ProfileSession, bytes]:
    """Ana creates a community with a document and Ben joins it (membership only), through the stores."""
    ana, ben = manager.create("Ana", PASSPHRASE), manager.create("Ben", PASSPHRASE)
    ana_keys, ben_keys = device_keys_from(ana.identity), device_keys_from(ben.identity)
    space = Space.create(SpaceKind.COMMUNITY, ana_keys, ana.spaces, SpaceKeyring(), now=NOW)
    Replica(space.id, ana.documents, ana.identity.get().actor_id).create("Canal Street")
    invite = space.invite(now=NOW)
    challenge = new_challenge()
    proof = prove(invite.secret, invite.inviter, ben_keys.device_id.raw, challenge)
    accepted = space.admit(
        JoinRequest.make(ben_keys, proof, challenge, ana_keys.device_id), challenge, now=NOW
    )
    Space.join(
        accepted, ben_keys, ben.spaces, SpaceKeyring(), secret=invite.secret, inviter=ana_keys.device_id,
        challenge=challenge,
    )  # fmt: skip
    return ana, ben, space.id


def test_two_services_sync_over_loopback(manager: ProfileManager, services: list[SyncServiceProcess]) -> None:
    ana, ben, space_id = provision_pair(manager)
    a, b = service_for(manager, ana), service_for(manager, ben)
    services += [a, b]
    ready_a, ready_b = a.start(), b.start()
    space = space_id.hex()
    assert ready_b.spaces == (space,)
    a.request(lambda i: ipc.AddAsset(i, space, "a1", "human", "Bike repair", "ana"))
    b.request(lambda i: ipc.AddPeer(i, "127.0.0.1", ready_a.port))
    b.wait_for(lambda e: isinstance(e, ipc.DocumentChanged) and e.space == space, timeout=20)
    b.wait_for(
        lambda e: isinstance(e, ipc.InSync) and e.device == ready_a.device and e.space == space, timeout=20
    )
    assert asset_ids(b.request(lambda i: ipc.View(i, space))) == {"a1"}
    b.request(lambda i: ipc.AddAsset(i, space, "b1", "natural", "Orchard", "ben"))
    a.wait_for(lambda e: isinstance(e, ipc.DocumentChanged) and e.from_peer != "", timeout=20)
    assert asset_ids(a.request(lambda i: ipc.View(i, space))) == {"a1", "b1"}
    assert a.request(lambda i: ipc.Status(i))["connected"] == [ready_b.device]


def test_kill_9_during_saves_loses_no_acknowledged_change(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    session = manager.create("Ana", PASSPHRASE)
    service = service_for(manager, session)
    service.start()
    space = service.request(lambda i: ipc.CreateCommunity(i, "Canal Street"))
    acknowledged: set[str] = set()
    rng = random.Random(5)
    for round_ in range(3):
        for n in range(rng.randint(20, 260)):  # compaction every 200 changes: some kills land in one
            asset = f"r{round_}-{n}"
            service.request(lambda i, a=asset: ipc.AddAsset(i, space, a, "built", "Shed", "ana"))  # type: ignore[misc]
            acknowledged.add(asset)
        service.kill()
        service = service_for(manager, session)
        service.start()
        assert acknowledged <= asset_ids(service.request(lambda i: ipc.View(i, space)))
    services.append(service)


def test_no_plaintext_reaches_the_disk(manager: ProfileManager, services: list[SyncServiceProcess]) -> None:
    service, _ = started(manager, services, manager.create("Ana", PASSPHRASE))
    space = service.request(lambda i: ipc.CreateCommunity(i, "CANARY-community-name"))
    service.request(lambda i: ipc.AddAsset(i, space, "a1", "human", "CANARY-asset-title", "ana"))
    service.stop()
    assert files_containing(manager.data_dir, [b"CANARY-community-name", b"CANARY-asset-title"]) == []


def test_the_headless_command_needs_a_known_profile(
    manager: ProfileManager, capsys: pytest.CaptureFixture[str]
) -> None:
    from commons_desktop.cli import main

    manager.create("Ana", PASSPHRASE).lock()
    assert main(["--data-dir", str(manager.data_dir), "sync-service", "--profile", "Nobody"]) == 2
    assert "no single profile" in capsys.readouterr().err
    code = main(
        ["--data-dir", str(manager.data_dir), "sync-service", "--profile", "Ana", "--peer", "nonsense"]
    )
    assert code == 2
    for relay in ("nonsense", "00" * 16 + "=nats://elsewhere:4222", "abc=commons-relay://x"):
        code = main(
            ["--data-dir", str(manager.data_dir), "sync-service", "--profile", "Ana", "--relay", relay]
        )
        assert code == 2
        assert "--relay" in capsys.readouterr().err


def test_concurrent_edits_from_a_peer_are_reported_as_conflicts(manager: ProfileManager) -> None:
    """In-process: the service counts conflicts once a peer's changes settle and reports new ones."""
    import asyncio

    from commons_desktop.service import runner
    from sync.community.model import Member, Role
    from sync.engine import DocumentChanged
    from sync.identity import DeviceKeys
    from sync.membership import ActorClaim
    from sync.membership import Role as LogRole
    from sync.spaces import writers_of

    async def scenario() -> list[object]:
        session = manager.create("Ana", PASSPHRASE)
        sent: list[object] = []
        service = runner.Service(session, sent.append, listen_host="127.0.0.1")
        space = service.engine.create_community("Canal Street").id
        t = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
        me = service.engine.member_id(space)  # the member id this device's card gives it
        service.engine.change(space, lambda d: d.add_member(Member(me, "Ana", Role.ADMIN, (), t)))
        service.engine.change(space, lambda d: d.add_member(Member("ben", "Ben", Role.MEMBER, (), t)))
        doc = service.engine.document(space)
        assert doc is not None
        # Another admin's device, carded in the log, edits the same role concurrently.
        peer_keys, peer_actor = DeviceKeys.generate(), b"\x5a" * 16
        log_space = service.engine.space(space)
        assert log_space is not None
        log_space.add(peer_keys.card, LogRole.ADMIN, now=t)
        log_space.write_card("ben", (ActorClaim(peer_actor),), now=t, device=peer_keys.device_id)
        service.engine.membership_changed(space)
        theirs = doc.fork(peer_actor)
        theirs.guard(space, writers_of(log_space.state))
        theirs.set_role("ben", Role.ADMIN, by="ben")
        theirs.prove(peer_keys.signer)
        service.engine.change(space, lambda d: d.set_role("ben", Role.MEMBER, by=me))
        service.engine.replica(space).adopt(theirs.save(), theirs.proofs())  # as if a peer's sync brought it
        peer = peer_keys.device_id
        service.engine.emit(DocumentChanged(space, peer))
        service.engine.emit(DocumentChanged(space, peer))  # coalesced: one check
        await asyncio.sleep(runner.CONFLICT_CHECK_DELAY + 0.3)
        await service.stop()
        session.lock()
        return sent

    sent = asyncio.run(scenario())
    found = [m for m in sent if isinstance(m, ipc.ConflictFound)]
    assert len(found) == 1
    assert found[0].count >= 1


def test_one_sync_service_per_profile(manager: ProfileManager, services: list[SyncServiceProcess]) -> None:
    session = manager.create("Ana", PASSPHRASE)
    first = service_for(manager, session)
    services.append(first)
    first.start()
    second = service_for(manager, session)
    with pytest.raises(ServiceError, match="stopped"):
        second.start()
    second.stop()
    first.stop()
    third = service_for(manager, session)  # the lock went with the first service
    services.append(third)
    third.start()


def two_services_and_a_community(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> tuple[SyncServiceProcess, SyncServiceProcess, str]:
    """Ana's and Ben's services running; Ana's community with one asset. Ben is in no space yet."""
    ana, ben = manager.create("Ana", PASSPHRASE), manager.create("Ben", PASSPHRASE)
    a, b = service_for(manager, ana), service_for(manager, ben)
    services += [a, b]
    a.start()
    b.start()
    space = a.request(lambda i: ipc.CreateCommunity(i, "Canal Street"))
    a.request(lambda i: ipc.AddAsset(i, space, "a1", "human", "Bike repair", "ana"))
    return a, b, space


def test_a_second_profile_joins_with_an_invite_through_the_services(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    a, b, space = two_services_and_a_community(manager, services)
    invite = a.request(lambda i: ipc.Invite(i, space))
    assert b.request(lambda i: ipc.Join(i, invite["qr"])) == space
    b.wait_for(lambda e: isinstance(e, ipc.InSync) and e.space == space, timeout=20)
    assert asset_ids(b.request(lambda i: ipc.View(i, space))) == {"a1"}
    ana_device = a.ready.device  # type: ignore[union-attr]
    ben_device = b.ready.device  # type: ignore[union-attr]
    with pytest.raises(ServiceError, match="not an admin"):
        b.request(lambda i: ipc.RemoveMember(i, space, ana_device))
    a.request(lambda i: ipc.RemoveMember(i, space, ben_device))
    a.wait_for(lambda e: isinstance(e, ipc.PeerDisconnected) and e.device == ben_device, timeout=20)
    b.wait_for(lambda e: isinstance(e, ipc.PeerDisconnected) and e.device == ana_device, timeout=20)
    assert b.request(lambda i: ipc.Status(i))["connected"] == []
    with pytest.raises(ServiceError, match="already used"):
        manager_c = manager.create("Cai", PASSPHRASE)
        c = service_for(manager, manager_c)
        services.append(c)
        c.start()
        c.request(lambda i: ipc.Join(i, invite["qr"]))


def test_any_record_of_the_export_format_can_be_put(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    service, _ = started(manager, services, manager.create("Ana", PASSPHRASE))
    space = service.request(lambda i: ipc.CreateCommunity(i, "Canal Street"))
    member = {
        "id": "ana",
        "name": "Ana",
        "role": "admin",
        "device_ids": [],
        "joined_at": "2026-12-01T10:00:00.000000Z",
    }
    service.request(lambda i: ipc.Put(i, space, "members", json.dumps(member)))
    view = json.loads(service.request(lambda i: ipc.View(i, space)))
    assert [m["name"] for m in view["members"]] == ["Ana"]
    with pytest.raises(ServiceError, match=r"\$\.role"):
        service.request(lambda i: ipc.Put(i, space, "members", json.dumps({**member, "role": "king"})))
    with pytest.raises(ServiceError, match="is not one of"):
        service.request(lambda i: ipc.Put(i, space, "secrets", "{}"))


def test_a_peer_s_forbidden_write_is_refused_reported_and_listed_for_review(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    """Ben, a member, writes Ana's member record through his own service; Ana's service refuses it, says so
    (`changes_refused`) and lists it in `status`. Ben's later changes build on the refused one, so they are
    refused with it (a copy that holds a refused change cannot write past it)."""
    ana, ben, space_id = provision_pair(manager)
    ana_member = device_keys_from(ana.identity).device_id.raw[:16].hex()
    a, b = service_for(manager, ana), service_for(manager, ben)
    services += [a, b]
    ready_a, _ = a.start(), b.start()
    space = space_id.hex()
    a.request(lambda i: ipc.AddAsset(i, space, "a1", "human", "Bike repair", ""))
    b.request(lambda i: ipc.AddPeer(i, "127.0.0.1", ready_a.port))
    b.wait_for(lambda e: isinstance(e, ipc.DocumentChanged) and e.space == space, timeout=20)
    forged = {"id": ana_member, "name": "Not Ana", "role": "member", "device_ids": [], "joined_at": iso_now()}
    b.request(lambda i: ipc.Put(i, space, "members", json.dumps(forged)))
    refused = a.wait_for(lambda e: isinstance(e, ipc.ChangesRefused) and e.space == space, timeout=20)
    # Ana has no member record yet, so Ben's write would make one for her.
    reason = "only an admin makes another member's member record"
    assert any(reason in r for r in refused.refused)
    status = a.request(lambda i: ipc.Status(i))
    assert any(reason in r for r in status["authority"][space]["refused"])
    b.request(lambda i: ipc.AddAsset(i, space, "b1", "natural", "Orchard", ""))
    later = a.wait_for(lambda e: isinstance(e, ipc.ChangesRefused) and e is not refused, timeout=20)
    assert any("which was refused" in r for r in later.refused)
    view = json.loads(a.request(lambda i: ipc.View(i, space)))
    assert all(m["name"] != "Not Ana" for m in view["members"])
    assert asset_ids(a.request(lambda i: ipc.View(i, space))) == {"a1"}


def iso_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
