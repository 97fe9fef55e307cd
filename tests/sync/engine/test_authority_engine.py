"""Authority on receipt through the real sync engine: three engines, one of them hostile, on a simulated network.

The document-level attacks are in tests/sync/community/test_authority.py; here the same attacks travel the
way they would between computers — LOG, PROOFS and SYNC messages in sealed envelopes between engines — and the
honest engines must refuse them, report them (`ChangesRefused`), and keep syncing with each other and with the
hostile one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sync.community import CommunityDocument, EntryKind, LedgerEntry, Role
from sync.community._automerge import ROOT, Obj
from sync.community.model import Member
from sync.engine import ChangesRefused
from sync.membership import member_id_of
from tests.sync.engine.simnet import Clock, Peer, SimNetwork, community, converged, write

# Now, not a fixed day: a record may not be dated before what it builds on (register writes carry the clock).
T0 = dt.datetime.now(dt.UTC).replace(microsecond=0)


def setup(
    clock: Clock | None = None,
) -> tuple[list[Peer], bytes, SimNetwork, dict[str, list[ChangesRefused]]]:
    peers, space_id = community(3, clock)  # p0 the admin, p1 honest, p2 hostile
    reports: dict[str, list[ChangesRefused]] = {p.name: [] for p in peers}
    for peer in peers:
        peer.engine.listeners.append(
            lambda e, name=peer.name: reports[name].append(e) if isinstance(e, ChangesRefused) else None
        )
    net = SimNetwork(peers, seed=7)
    net.space_id = space_id
    net.heal()
    write(peers[0], space_id, 0)
    net.settle()
    for peer in peers:
        me = member_id_of(peer.keys.device_id)
        peer.engine.change(
            space_id, lambda d, me=me, n=peer.name: d.add_member(Member(me, n, Role.MEMBER, (), T0))
        )
    net.settle()
    assert converged(peers, space_id)
    return peers, space_id, net, reports


def settle_honest(net: SimNetwork, peers: list[Peer], space_id: bytes, rounds: int = 30) -> None:
    """Exchange until the two honest engines agree (the hostile one never will: it holds refused changes)."""
    for _ in range(rounds):
        net.tick()
        net.run(100_000)
        if converged(peers[:2], space_id):
            net.tick()
            net.run(100_000)
            return
    raise AssertionError("the honest engines did not converge")


def deposit(peer: Peer, entry_id: str) -> LedgerEntry:
    return LedgerEntry(
        entry_id,
        EntryKind.PURSE_DEPOSIT,
        member_id_of(peer.keys.device_id),
        peer.keys.device_id.hex,
        10_00,
        "EUR",
        T0,
    ).signed_by(peer.keys.signer)


def honest_views(peers: list[Peer], space_id: bytes) -> list[object]:
    return [p.engine.document(space_id).view() for p in peers[:2]]  # type: ignore[union-attr]


def raw_ledger_delete(doc: CommunityDocument) -> None:
    ledger = doc._safe.reader().get(ROOT, "ledger", "ledger")
    assert isinstance(ledger, Obj)
    doc._safe.change(lambda w: w._tx.delete(ledger.id, 0))


@pytest.mark.parametrize(
    ("attack", "reason"),
    [
        (lambda d, m, v: d.set_role(m, Role.ADMIN, by=m), "only an admin changes a member's role"),
        (lambda d, m, v: d.set_credit_limit(m, 100_000), "only an admin sets a credit limit"),
        (lambda d, m, v: d.add_member(Member(v, "Not them", Role.MEMBER, (), T0)), "edits their own record"),
        (lambda d, m, v: raw_ledger_delete(d), "append-only"),
    ],
    ids=["self-admin", "own-credit-limit", "edit-another-member", "raw-ledger-delete"],
)
def test_honest_engines_refuse_a_hostile_engine_s_writes_and_keep_syncing(
    attack: object, reason: str
) -> None:
    peers, space_id, net, reports = setup()
    admin, honest, mallory = peers
    admin.engine.change(space_id, lambda d: d.append_entry(deposit(admin, "d1")))
    net.settle()
    before = honest_views(peers, space_id)[0]
    victim = member_id_of(honest.keys.device_id)
    mallory.engine.change(space_id, lambda d: attack(d, member_id_of(mallory.keys.device_id), victim))  # type: ignore[operator]
    honest.engine.change(space_id, lambda d: d.append_entry(deposit(honest, "d2")))  # during the attack
    settle_honest(net, peers, space_id)
    views = honest_views(peers, space_id)
    assert views[0] == views[1]
    assert views[0].members == before.members  # type: ignore[attr-defined]
    assert views[0].credit_limits == before.credit_limits  # type: ignore[attr-defined]
    assert [e.id for e in views[0].ledger] == ["d1", "d2"]  # type: ignore[attr-defined]
    for peer in (admin, honest):
        refused = [r for e in reports[peer.name] for r in e.refused]
        assert any(reason in why for _member, why in refused), (peer.name, refused)
        assert all(member == member_id_of(mallory.keys.device_id) for member, _why in refused)
    # Honest work keeps flowing afterwards, to everyone — the hostile engine too.
    write(admin, space_id, 9)
    settle_honest(net, peers, space_id)
    assert all("p0-9" in p.engine.document(space_id).view().assets for p in peers)  # type: ignore[union-attr]


def test_a_change_forged_under_an_honest_actor_id_never_locks_its_owner_out() -> None:
    peers, space_id, net, _reports = setup()
    admin, honest, mallory = peers
    # Mallory writes under the honest device's actor id, at its next sequence number, into her own copy: her
    # engine offers it to everyone with every proof she holds.
    mine = mallory.engine.replica(space_id).doc
    assert mine is not None
    forged = CommunityDocument.load(mine.save(), actor_id=honest.engine.actor_id)
    forged.set_name("Mallory Road")
    mine.merge(forged)
    mallory.engine.replica(space_id).change(lambda d: None)  # persisted, offered at the next exchange
    settle_honest(net, peers, space_id)
    for peer in (admin, honest):
        assert peer.engine.document(space_id).view().name == "Sim Street"  # type: ignore[union-attr]
    # The real change at that sequence number arrives; the honest device keeps syncing.
    write(honest, space_id, 1)
    settle_honest(net, peers, space_id)
    for peer in (admin, honest):
        doc = peer.engine.document(space_id)
        assert doc is not None
        assert "p1-1" in doc.view().assets
        assert doc.view().name == "Sim Street"
    assert honest_views(peers, space_id)[0] == honest_views(peers, space_id)[1]
    admin_doc = admin.engine.document(space_id)
    assert admin_doc is not None
    reasons = [q.reason for q in admin_doc.quarantined] + [why for _h, why in admin_doc.waiting]
    assert reasons, "the forgery is neither quarantined nor waiting at the admin's"


def test_over_real_tls_on_loopback_a_hostile_member_changes_nothing_and_honest_work_flows() -> None:
    """Issue 14's "done when" with real engines: three engines, TLS on 127.0.0.1, Mallory dialling both."""
    import asyncio

    from tests.sync.engine.test_tls_sync import dial, listen, until

    async def scenario() -> None:
        peers, space_id = community(3)
        admin, honest, mallory = peers
        reports: list[ChangesRefused] = []
        honest.engine.listeners.append(lambda e: reports.append(e) if isinstance(e, ChangesRefused) else None)
        write(admin, space_id, 0)
        tasks: set[asyncio.Task[None]] = set()
        listeners = [await listen(admin, tasks), await listen(honest, tasks)]
        sessions = [
            await dial(honest, admin, listeners[0].port),
            await dial(mallory, admin, listeners[0].port),
            await dial(mallory, honest, listeners[1].port),
        ]
        try:
            await until(lambda: converged(peers, space_id))
            mallory.engine.change(space_id, lambda d: d.set_name("Mallory's Street"))
            forged = CommunityDocument.load(
                mallory.engine.replica(space_id).doc.save(), actor_id=honest.engine.actor_id
            )  # type: ignore[union-attr]
            forged.set_name("Mallory Road")
            mallory.engine.replica(space_id).doc.merge(forged)  # type: ignore[union-attr]
            mallory.engine.change(space_id, lambda d: raw_ledger_delete(d) if d.view().ledger else None)
            write(honest, space_id, 1)
            write(admin, space_id, 2)
            await until(
                lambda: (
                    all(
                        {"p0-0", "p1-1", "p0-2"} <= set(p.engine.document(space_id).view().assets)  # type: ignore[union-attr]
                        for p in (admin, honest)
                    )
                    and converged([admin, honest], space_id)
                    and bool(reports)
                )
            )
            for peer in (admin, honest):
                view = peer.engine.document(space_id).view()  # type: ignore[union-attr]
                assert view.name == "Sim Street"
            assert any("only an admin renames" in why for e in reports for _m, why in e.refused)
        finally:
            for task in sessions:
                task.cancel()
            await asyncio.gather(*sessions, return_exceptions=True)
            for listener in listeners:
                await listener.close()

    asyncio.run(scenario())


def test_the_review_list_survives_a_restart() -> None:
    from sync.engine import SyncEngine

    peers, space_id, net, _reports = setup()
    admin, _honest, mallory = peers
    mallory.engine.change(space_id, lambda d: d.set_name("Mallory's Street"))
    settle_honest(net, peers, space_id)
    before = [(q.change_hash, q.reason) for q in admin.engine.document(space_id).quarantined]  # type: ignore[union-attr]
    assert before
    restarted = SyncEngine(admin.keys, admin.spaces, admin.documents, actor_id=admin.engine.actor_id)
    after = [(q.change_hash, q.reason) for q in restarted.document(space_id).quarantined]  # type: ignore[union-attr]
    assert after == before


def test_removing_a_device_closes_its_actor_at_the_last_change_the_admin_holds() -> None:
    peers, space_id, net, _reports = setup()
    admin, honest, mallory = peers
    mallory.engine.change(space_id, lambda d: d.append_entry(deposit(mallory, "before")))
    settle_honest(net, peers, space_id)
    admin_doc = admin.engine.document(space_id)
    assert admin_doc is not None
    held = admin_doc.latest_seq(mallory.engine.actor_id)
    assert held > 0
    admin.engine.remove_device(space_id, mallory.keys.device_id)
    settle_honest(net, peers, space_id)
    for peer in (admin, honest):
        space = peer.engine.space(space_id)
        assert space is not None
        binding = space.state.actors[mallory.engine.actor_id]
        assert (binding.last_seq, mallory.keys.device_id in space.state.removed) == (held, True)
        assert [e.id for e in peer.engine.document(space_id).view().ledger] == ["before"]  # type: ignore[union-attr]
