"""Forgetting a space (leaving a community) with the real encrypted store: afterwards no table holds a row of
it — its id, its tags, or a canary planted in its document — no file is named after it, and the other
community on the same device is untouched and still syncs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from store import ProfileManager, ProfileSession
from sync.community import Asset, AssetKind, Member, Role
from sync.engine import SyncEngine
from sync.identity import DeviceKeys
from sync.invites import prove
from sync.join import JoinRequest, new_challenge
from sync.membership import SpaceKind, member_id_of
from sync.ports import InMemorySpaceStore, ReplayWindowRow, device_keys_from
from sync.spaces import Space, SpaceKeyring, relay_tag
from tests.support import FAST_KDF, PASSPHRASE

CANARY = "canary-7f3a91-forget-me"
RELAY = "commons-relay://commons:password-123@127.0.0.1:4222#sha256=" + "A" * 43
T0 = dt.datetime.now(dt.UTC).replace(microsecond=0)


def engine_for(session: ProfileSession) -> SyncEngine:
    return SyncEngine(
        device_keys_from(session.identity),
        session.spaces,
        session.documents,
        actor_id=session.identity.get().actor_id,
        relay=session.relay,
    )


def rows_mentioning(session: ProfileSession, needles: list[bytes]) -> set[str]:
    """Every table with a value holding one of *needles* (as bytes, hex or text)."""
    conn = session.connection()
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    texts = [n.hex() for n in needles] + [n.decode("utf-8", "ignore") for n in needles]
    hits = set()
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            for value in row:
                in_bytes = isinstance(value, bytes) and any(n in value for n in needles)
                in_text = isinstance(value, str) and any(t and t in value for t in texts)
                if in_bytes or in_text:
                    hits.add(table)
    return hits


def a_lived_in_community(engine: SyncEngine, name: str, canary: str) -> bytes:
    """A community with a member, an asset, a small change holding *canary* (small enough to be stored
    uncompressed), an invite, sealed envelopes, a relay and its replay windows: every kind of row a space
    leaves in the store."""
    space = engine.create_community(name)
    me = member_id_of(engine.me.device_id)
    engine.change(space.id, lambda d: d.add_member(Member(me, "Ana", Role.ADMIN, (), T0)))
    asset = Asset("a1", AssetKind.HUMAN, "Bike repair", me, created_at=T0)
    engine.change(space.id, lambda d: d.add_asset(asset))
    engine.change(space.id, lambda d: d.add_member(Member(me, canary, Role.ADMIN, (), T0)))
    space.invite(now=engine.now())
    space.seal(b"hello", now=engine.now())  # reserves a sequence number
    engine.set_relay(space.id, RELAY)
    assert engine.relay_store is not None
    engine.relay_store.save_relay_progress(space.id, 3, [bytes(32)])
    engine.relay_store.save_replay_windows(
        space.id, [ReplayWindowRow(relay_tag(space.id), engine.me.device_id.raw, 4, b"\x01")]
    )
    return space.id


def test_forgetting_a_space_leaves_no_row_or_file_of_it(tmp_path: Path) -> None:
    manager = ProfileManager(tmp_path / "data", kdf=FAST_KDF)
    session = manager.create("Ana", PASSPHRASE)
    engine = engine_for(session)
    gone = a_lived_in_community(engine, "Canal Street", CANARY)
    kept = a_lived_in_community(engine, "Mill Road", "kept-canary")
    needles = [gone, relay_tag(gone), CANARY.encode()]

    # The search finds what is there: the space in every kind of table, the canary in its document.
    before = rows_mentioning(session, needles)
    assert {
        "space_log_entries",
        "space_sequences",
        "space_invites",
        "document_snapshots",
        "document_changes",
        "document_proofs",
        "relay_spaces",
        "replay_windows",
    } <= before
    assert rows_mentioning(session, [CANARY.encode()]) == {"document_changes"}

    engine.forget_space(gone)

    assert rows_mentioning(session, needles) == set()
    assert engine.space(gone) is None
    assert engine.document(gone) is None
    assert engine.keyring.space_of(relay_tag(gone)) is None
    assert gone not in engine.space_ids()
    assert not engine.keyring.knows_space_tag(relay_tag(gone))
    session.lock()
    assert not [p for p in (tmp_path / "data").rglob("*") if gone.hex() in p.name]

    # After a restart the other community is whole, and the forgotten one does not come back.
    again = manager.unlock(session.profile_id, PASSPHRASE)
    restarted = engine_for(again)
    assert restarted.space_ids() == [kept]
    doc = restarted.document(kept)
    assert doc is not None
    assert "kept-canary" in {m.name for m in doc.view().members.values()}
    assert rows_mentioning(again, needles) == set()
    again.lock()


def test_a_local_space_is_never_announced_invited_to_or_relayed(tmp_path: Path) -> None:
    session = ProfileManager(tmp_path / "data", kdf=FAST_KDF).create("Ana", PASSPHRASE)
    engine = engine_for(session)
    shared = engine.create_community("Canal Street")
    demo = engine.create_community("Millbrook", local=True)
    assert engine.is_local(demo.id)
    assert not engine.is_local(shared.id)
    assert shared.space_tag in engine.space_tags()
    assert demo.space_tag not in engine.space_tags()
    demo.invite(now=engine.now())  # even an invite made behind the engine's back is never offered
    assert all(space.id != demo.id for space, _ in engine.open_invites().values())
    try:
        engine.set_relay(demo.id, RELAY)
    except ValueError as exc:
        assert "this computer only" in str(exc)
    else:
        raise AssertionError("a local space took a relay")
    assert engine.relay_address(demo.id) is None
    session.lock()


def _join(space: Space, keys: DeviceKeys, store: InMemorySpaceStore, now: dt.datetime) -> Space:
    invite = space.invite(now=now)
    challenge = new_challenge()
    proof = prove(invite.secret, invite.inviter, keys.device_id.raw, challenge)
    request = JoinRequest.make(keys, proof, challenge, space.me.device_id)
    accepted = space.admit(request, challenge, now=now)
    return Space.join(
        accepted, keys, store, SpaceKeyring(), secret=invite.secret, inviter=space.me.device_id,
        challenge=challenge,
    )  # fmt: skip


def test_a_device_that_left_silently_and_comes_back_gets_a_new_key_so_nothing_it_sends_is_a_replay() -> None:
    """Forgetting drops the sequence reservations; coming back with a new invite while still listed must
    not make its first envelopes look like replays of the ones it sent before."""
    ana_keys, ben_keys = DeviceKeys.generate(), DeviceKeys.generate()
    ana = Space.create(SpaceKind.COMMUNITY, ana_keys, InMemorySpaceStore(), SpaceKeyring(), now=T0)
    ben_store = InMemorySpaceStore()
    ben = _join(ana, ben_keys, ben_store, T0)
    ana.open(ben.seal(b"before", now=T0))
    epoch = ana.state.epoch.number

    ben_store.forget_space(ben.id)  # Ben leaves without telling anyone, and comes back
    ben = _join(ana, ben_keys, InMemorySpaceStore(), T0)

    assert ana.state.epoch.number > epoch
    assert ana.open(ben.seal(b"after", now=T0)).payload == b"after"
