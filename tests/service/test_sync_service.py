"""The sync service as a real process: started with a profile's key over a pipe, commands and events,
two services syncing over loopback TLS, and a kill -9 that loses nothing acknowledged."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import random
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from commons_desktop.cli import RELAYS_ENV
from commons_desktop.service import protocol
from commons_desktop.service.process import ServiceError, SyncServiceProcess
from commons_desktop.service.values import CommunityUpdate
from store import ProfileManager, ProfileSession
from sync.community import KEYED_COLLECTIONS, AssetKind, CommunityView, Role
from sync.engine import ChangesRefused, DocumentChanged, InSync, PeerDisconnected
from sync.engine.replica import Replica
from sync.invites import prove
from sync.join import JoinRequest, new_challenge
from sync.membership import SpaceKind
from sync.ports import device_keys_from
from sync.relay import RelayServer
from sync.relay.address import RelayAddress
from sync.spaces import Space, SpaceKeyring
from tests.support import PASSPHRASE, REPO, EventLog, address_of, files_containing

NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)


def service_for(manager: ProfileManager, session: ProfileSession) -> SyncServiceProcess:
    return SyncServiceProcess(manager.data_dir, session.profile_id, session.database_key())


def started(
    manager: ProfileManager, services: list[SyncServiceProcess], session: ProfileSession
) -> tuple[SyncServiceProcess, protocol.Ready]:
    """A running service for *session*, stopped after the test."""
    service = service_for(manager, session)
    services.append(service)
    return service, service.start()


def records(service: SyncServiceProcess, space: str, timeout: float = 20.0) -> CommunityView:
    """The community's records now (a `CommunityView`), put together as the window's `CommunityState` puts
    them together: `OpenCommunity`'s answer, its further frames, and the update of any change that landed
    before `CloseCommunity` (a neighbour's vote), applied in the order the service sent them."""
    frames: list[CommunityUpdate] = []  # the answer first: the reply and the events come on one thread
    refused: list[str] = []
    answered, whole_again = threading.Event(), threading.Event()

    def listen(event: object) -> None:
        if answered.is_set() and isinstance(event, CommunityUpdate) and event.space == space:
            frames.append(event)
            if not event.more:
                whole_again.set()

    def opened(reply: protocol.Reply) -> None:
        if reply.ok:
            frames.append(reply.result)
            if not reply.result.more:
                whole_again.set()
        else:
            refused.append(reply.error)
        answered.set()

    service.listeners.append(listen)
    try:
        service.send(protocol.OpenCommunity(space), opened)
        if not answered.wait(timeout):
            raise ServiceError("the sync service did not answer in time")
        if refused:
            raise ServiceError(refused[0])
        assert whole_again.wait(timeout), "the community's last frame did not come"
        service.request(protocol.CloseCommunity(space), timeout)
    finally:
        service.listeners.remove(listen)
    return whole(frames)


def whole(frames: list[CommunityUpdate]) -> CommunityView:
    """The records *frames* add up to, applied in order as `CommunityState.apply` applies them: a complete
    frame replaces everything; any other adds or replaces its records, drops those it names as removed,
    replaces the ledger from `ledger_from` on when the ledger changed, and the votes when they changed."""
    keyed: dict[str, dict[str, Any]] = {coll: {} for coll in KEYED_COLLECTIONS}
    ledger: tuple[Any, ...] = ()
    votes: tuple[Any, ...] = ()
    receipts: tuple[Any, ...] | None = None
    for frame in frames:
        got = frame.records
        if frame.complete:
            keyed = {coll: dict(getattr(got, coll)) for coll in KEYED_COLLECTIONS}
            ledger, votes, receipts = got.ledger, got.votes, got.receipts
            continue
        for coll, key in frame.removed:
            keyed[coll].pop(key, None)
        for coll in KEYED_COLLECTIONS:
            keyed[coll].update(getattr(got, coll))
        if frame.ledger_changed:
            ledger = ledger[: frame.ledger_from] + got.ledger
        if frame.votes_changed:
            votes, receipts = got.votes, got.receipts
    end = frames[-1].records
    return CommunityView(
        name=end.name, **keyed, ledger=ledger, votes=votes, receipts=receipts, problems=end.problems
    )


def asset_ids(service: SyncServiceProcess, space: str) -> set[str]:
    return set(records(service, space).assets)


def add_asset(service: SyncServiceProcess, space: str, title: str = "Bike repair", **kw: Any) -> str:
    """A human asset by this device's member; its new id."""
    return service.request(protocol.AddAsset(space, kw.pop("kind", AssetKind.HUMAN), title, **kw))


def test_the_service_opens_the_profile_and_answers_commands(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    session = manager.create("Ana", PASSPHRASE)
    service = service_for(manager, session)
    services.append(service)
    events = EventLog(service)
    ready = service.start()
    assert events.wait_for(lambda e: isinstance(e, protocol.Ready)) == ready
    assert ready.spaces == ()
    assert ready.device == str(device_keys_from(session.identity).device_id)
    space = service.request(protocol.CreateCommunity("Canal Street"))
    a1 = add_asset(service, space)
    changed = events.wait_for(lambda e: isinstance(e, DocumentChanged))
    assert changed.space_id.hex() == space
    assert changed.from_peer is None
    assert asset_ids(service, space) == {a1}
    with pytest.raises(ServiceError, match="no such space"):
        service.request(protocol.OpenCommunity("00" * 16))
    assert service.stop() == 0

    restarted = service_for(manager, session)
    services.append(restarted)
    assert restarted.start().spaces == (space,)
    assert asset_ids(restarted, space) == {a1}


def test_requests_from_several_threads_each_get_their_own_reply(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    import threading

    service, _ = started(manager, services, manager.create("Ana", PASSPHRASE))
    spaces = [service.request(protocol.CreateCommunity(f"Street {n}")) for n in range(3)]
    answers: dict[int, str] = {}

    def ask(n: int) -> None:
        answers[n] = service.request(protocol.ExportCommunity(spaces[n % 3]), timeout=20)

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(answers) == list(range(12))
    for n, exported in answers.items():
        assert json.loads(exported)["name"] == f"Street {n % 3}"


def test_a_bad_command_gets_a_reason_and_the_service_carries_on(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    service, _ = started(manager, services, manager.create("Ana", PASSPHRASE))
    space = service.request(protocol.CreateCommunity("Canal Street"))
    bad_kind = protocol.AddAsset(space, "no such kind", "x")  # type: ignore[arg-type]  # as a buggy window might
    with pytest.raises(ServiceError, match=r"add_asset/kind: is not a known AssetKind"):
        service.request(bad_kind, timeout=10)  # answered, not left waiting
    with pytest.raises(ServiceError, match=r"title: cannot be empty"):
        service.request(
            protocol.AddAsset(space, AssetKind.HUMAN, "")
        )  # the model's own check, in the service
    with pytest.raises(ServiceError, match=r"shares no space|refused|connect|reach"):
        service.request(protocol.AddPeer("127.0.0.1", 9))
    assert service.request(protocol.Status()).spaces == (space,)
    assert asset_ids(service, space) == set()


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
    a_events, b_events = EventLog(a), EventLog(b)
    ready_a, ready_b = a.start(), b.start()
    space = space_id.hex()
    assert ready_b.spaces == (space,)
    a1 = add_asset(a, space)
    assert b.request(protocol.AddPeer("127.0.0.1", ready_a.port)) == ready_a.device
    b_events.wait_for(lambda e: isinstance(e, DocumentChanged) and e.space_id.hex() == space, timeout=20)
    b_events.wait_for(
        lambda e: isinstance(e, InSync) and str(e.peer) == ready_a.device and e.space_id.hex() == space,
        timeout=20,
    )
    assert asset_ids(b, space) == {a1}
    b1 = add_asset(b, space, "Orchard", kind=AssetKind.NATURAL)
    a_events.wait_for(lambda e: isinstance(e, DocumentChanged) and e.from_peer is not None, timeout=20)
    assert asset_ids(a, space) == {a1, b1}
    assert a.request(protocol.Status()).connected == (ready_b.device,)


def test_kill_9_during_saves_loses_no_acknowledged_change(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    session = manager.create("Ana", PASSPHRASE)
    service = service_for(manager, session)
    service.start()
    space = service.request(protocol.CreateCommunity("Canal Street"))
    acknowledged: set[str] = set()
    rng = random.Random(5)
    for round_ in range(3):
        for n in range(rng.randint(20, 260)):  # compaction every 200 changes: some kills land in one
            acknowledged.add(add_asset(service, space, f"Shed {round_}-{n}", kind=AssetKind.BUILT))
        service.kill()
        service = service_for(manager, session)
        service.start()
        assert acknowledged <= asset_ids(service, space)
    services.append(service)


def test_no_plaintext_reaches_the_disk(manager: ProfileManager, services: list[SyncServiceProcess]) -> None:
    service, _ = started(manager, services, manager.create("Ana", PASSPHRASE))
    space = service.request(protocol.CreateCommunity("CANARY-community-name", my_name="CANARY-member-name"))
    add_asset(service, space, "CANARY-asset-title")
    service.stop()
    canaries = [b"CANARY-community-name", b"CANARY-member-name", b"CANARY-asset-title"]
    assert files_containing(manager.data_dir, canaries) == []


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
    code = main(["--data-dir", str(manager.data_dir), "sync-service", "--profile", "Ana", "--relay", "x=y"])
    assert code == 2
    assert "--relay-file" in capsys.readouterr().err  # an address on the command line is refused outright
    for relay in ("nonsense", "00" * 16 + "=nats://elsewhere:4222", "abc=commons-relay://x"):
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv(RELAYS_ENV, relay)
            code = main(["--data-dir", str(manager.data_dir), "sync-service", "--profile", "Ana"])
        assert code == 2
        assert "relay" in capsys.readouterr().err
    shared = manager.data_dir / "relays.txt"
    shared.write_text("# none yet\n")
    shared.chmod(0o644)
    code = main(
        ["--data-dir", str(manager.data_dir), "sync-service", "--profile", "Ana", "--relay-file", str(shared)]
    )
    assert code == 2
    assert "chmod 600" in capsys.readouterr().err


def test_the_headless_command_keeps_the_relay_password_out_of_its_command_line(
    manager: ProfileManager, tmp_path: Path
) -> None:
    """Every user of a shared computer can read /proc/<pid>/cmdline: the relay's address (its password) comes
    from a file only its owner can read, and the real child's command line holds no part of it."""
    _ana, ben, space_id = provision_pair(manager)
    ben.lock()
    with RelayServer(tmp_path / "relay", max_store=64 * 1024 * 1024) as relay:
        address = address_of(relay)
        relays = tmp_path / "relays.txt"
        relays.write_text(f"# Ben's relays\n{space_id.hex()}={address}\n")
        relays.chmod(0o600)
        main = "import sys; from commons_desktop.cli import main; sys.exit(main())"
        command = [sys.executable, "-c", main, "--data-dir", str(manager.data_dir), "sync-service"]
        command += ["--profile", "Ben", "--relay-file", str(relays)]
        env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
        with subprocess.Popen(
            command, stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
        ) as child:
            assert child.stdin is not None
            assert child.stderr is not None
            child.stdin.write(PASSPHRASE + "\n")
            child.stdin.close()
            try:
                said = ""
                while "relay tag" not in said and child.poll() is None:  # bounded by the relay's answer
                    said += child.stderr.readline()
                cmdline = Path(f"/proc/{child.pid}/cmdline").read_bytes()
            finally:
                child.terminate()
                child.wait(timeout=20)
    assert "relay tag" in said, said
    password = RelayAddress.from_text(address).password
    assert password.encode() not in cmdline
    assert b"commons-relay://" not in cmdline
    assert str(relays).encode() in cmdline  # where it is read from, not what it holds


def test_concurrent_edits_from_a_peer_are_reported_as_conflicts(manager: ProfileManager) -> None:
    """In-process: the service counts conflicts once a peer's changes settle and reports new ones."""
    from commons_desktop.service import core
    from sync.community.model import Member
    from sync.identity import DeviceKeys
    from sync.membership import ActorClaim
    from sync.membership import Role as LogRole
    from sync.spaces import writers_of

    async def scenario() -> list[object]:
        session = manager.create("Ana", PASSPHRASE)
        sent: list[object] = []
        service = core.Service(session, sent.append, listen_host="127.0.0.1")
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
        theirs.guard(space, writers_of(log_space.log))
        theirs.set_role("ben", Role.ADMIN, by="ben")
        theirs.prove(peer_keys.signer)
        service.engine.change(space, lambda d: d.set_role("ben", Role.MEMBER, by=me))
        service.engine.replica(space).adopt(theirs.save(), theirs.proofs())  # as if a peer's sync brought it
        peer = peer_keys.device_id
        service.engine.emit(DocumentChanged(space, peer))
        service.engine.emit(DocumentChanged(space, peer))  # coalesced: one check
        await asyncio.sleep(core.CONFLICT_CHECK_DELAY + 0.3)
        await service.stop()
        session.lock()
        return sent

    sent = asyncio.run(scenario())
    found = [m for m in sent if isinstance(m, protocol.ConflictFound)]
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
    space = a.request(protocol.CreateCommunity("Canal Street", my_name="Ana"))
    add_asset(a, space)
    return a, b, space


def test_a_second_profile_joins_with_an_invite_through_the_services(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    a, b, space = two_services_and_a_community(manager, services)
    a_events, b_events = EventLog(a), EventLog(b)
    a_assets = asset_ids(a, space)
    assert len(a_assets) == 1
    invite = a.request(protocol.Invite(space))
    assert invite.expires > dt.datetime.now(dt.UTC)
    assert b.request(protocol.Join(invite.qr)) == space
    b_events.wait_for(lambda e: isinstance(e, InSync) and e.space_id.hex() == space, timeout=20)
    assert asset_ids(b, space) == a_assets
    ana_device = a.ready.device  # type: ignore[union-attr]
    ben_device = b.ready.device  # type: ignore[union-attr]
    with pytest.raises(ServiceError, match="not an admin"):
        b.request(protocol.RemoveMember(space, ana_device))
    a.request(protocol.RemoveMember(space, ben_device))
    a_events.wait_for(lambda e: isinstance(e, PeerDisconnected) and str(e.peer) == ben_device, timeout=20)
    b_events.wait_for(lambda e: isinstance(e, PeerDisconnected) and str(e.peer) == ana_device, timeout=20)
    assert b.request(protocol.Status()).connected == ()
    with pytest.raises(ServiceError, match="already used"):
        manager_c = manager.create("Cai", PASSPHRASE)
        c = service_for(manager, manager_c)
        services.append(c)
        c.start()
        c.request(protocol.Join(invite.qr))


def test_a_record_is_written_through_its_command_and_a_bad_value_is_refused_by_its_path(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    service, _ = started(manager, services, manager.create("Ana", PASSPHRASE))
    space = service.request(protocol.CreateCommunity("Canal Street"))
    service.request(protocol.SetMyName(space, "Ana"))
    members = records(service, space).members
    assert [m.name for m in members.values()] == ["Ana"]
    [me] = members
    assert members[me].role is Role.ADMIN  # the community's creator
    with pytest.raises(ServiceError, match=r"set_role/role: is not a known Role"):
        service.request(protocol.SetRole(space, me, "king"))  # type: ignore[arg-type]
    with pytest.raises(ServiceError, match=rf"members/{me}/name"):
        service.request(protocol.SetMyName(space, "Ana\nthe second"))  # the model's own check: one line
    assert [m.name for m in records(service, space).members.values()] == ["Ana"]


def test_a_peer_s_forbidden_write_is_refused_reported_and_listed_for_review(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    """Ben, a member, writes Ana's member record; Ana's service refuses it, says so (`ChangesRefused`) and lists
    it in `Status`. Ben's later changes build on the refused one, so they are refused with it (a copy that holds
    a refused change cannot write past it). Ben's service offers no command that writes another member's
    record, so his runs in this process, where the test edits his document as a tampered app would."""
    from commons_desktop.service import core
    from sync.community.model import Member

    ana, ben, space_id = provision_pair(manager)
    ana_member = device_keys_from(ana.identity).device_id.raw[:16].hex()
    a = service_for(manager, ana)
    services.append(a)
    a_events = EventLog(a)
    ready_a = a.start()
    space = space_id.hex()
    a1 = add_asset(a, space)

    async def ben_forges() -> tuple[ChangesRefused, ChangesRefused, str]:
        b = core.Service(ben, lambda _event: None, listen_host="127.0.0.1")
        await b.start()
        try:
            await b.running_node().dial("127.0.0.1", ready_a.port)
            while b.engine.document(space_id) is None:
                await asyncio.sleep(0.02)
            # Ana has no member record yet, so Ben's write would make one for her.
            forged = Member(ana_member, "Not Ana", Role.MEMBER, (), dt.datetime.now(dt.UTC))
            b.engine.change(space_id, lambda d: d.add_member(forged))

            def refused_here(e: object) -> bool:
                return isinstance(e, ChangesRefused) and e.space_id == space_id

            refused = await asyncio.to_thread(a_events.wait_for, refused_here, 20)
            answers: list[bytes] = []
            await b.handle(1, protocol.AddAsset(space, AssetKind.NATURAL, "Orchard"), answers.append)
            reply = protocol.decode_from_service(answers[0], lambda _id: str)
            assert isinstance(reply, protocol.Reply)
            assert reply.ok, reply.error
            later = await asyncio.to_thread(a_events.wait_for, refused_here, 20)
            return refused, later, reply.result
        finally:
            await b.stop()

    refused, later, b1 = asyncio.run(ben_forges())
    assert refused.peer is not None
    assert str(refused.peer) == str(device_keys_from(ben.identity).device_id)
    reason = "only an admin makes another member's member record"
    assert any(reason in why for _member, why in refused.refused)
    review = a.request(protocol.Status()).review
    assert any(reason in r for r in review[space].refused)
    assert any("which was refused" in why for _member, why in later.refused)
    view = records(a, space)
    assert all(m.name != "Not Ana" for m in view.members.values())
    assert set(view.assets) == {a1}
    assert b1 not in view.assets
