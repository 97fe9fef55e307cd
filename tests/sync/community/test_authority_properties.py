"""Authority on receipt as a property: honest and forbidden writes, interleaved, merged in any order.

Three honest devices (an admin, Alice, Bob) and Mallory each hold a guarded copy. Mallory was an admin until
the log made her a member, and every copy holds a change written after that. A random schedule of honest
operations (skills, deposits, proposals) and Mallory's forbidden ones (raising herself to admin, setting her
own credit limit, editing Alice's record, deleting a ledger entry, renaming the community, writing under
Alice's actor id, an admin-only write naming the log heads from before her demotion, a proposal whose voters
leave someone out, a quorum below the share of its voters) is run with random syncs between random pairs.
Then everyone syncs with everyone: every honest copy shows the same view, that view holds exactly the honest
operations, and every forbidden write is quarantined on every honest copy.
`make props` runs it with the "props" Hypothesis profile (at least 10,000 examples).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from sync.community import CommunityDocument, Member, Proposal, Role
from sync.community._automerge import ROOT, Obj
from sync.community.model import Asset, AssetKind
from sync.spaces import voters_now
from tests.sync.community.test_authority import Device, community, deposit, sync, sync_all

HONEST = ("admin", "alice", "bob")
FORBIDDEN = (
    "raise",
    "limit",
    "edit-alice",
    "delete-ledger",
    "rename",
    "forge-alice",
    "stale-heads",
    "wrong-voters",
    "small-quorum",
)

steps = st.lists(
    st.one_of(
        st.tuples(st.just("asset"), st.sampled_from(HONEST)),
        st.tuples(st.just("deposit"), st.sampled_from(HONEST)),
        st.tuples(st.just("proposal"), st.sampled_from(HONEST)),
        st.tuples(st.just("mallory"), st.sampled_from(FORBIDDEN)),
        st.tuples(st.just("sync"), st.sampled_from([(a, b) for a in range(4) for b in range(4) if a < b])),
    ),
    min_size=1,
    max_size=14,
)


def a_proposal(d: Device, pid: str, voters: tuple[str, ...]) -> Proposal:
    deadline = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
    return Proposal(pid, "Roof", "repair", d.member, 100_00, "EUR", deadline, 1, 50, voters=voters)


def with_heads(d: Device, heads: tuple[bytes, ...], write: object) -> None:
    """*write* as a modified client makes it: naming the log heads *heads*, not its log's current ones."""
    guard = d.doc._guard
    assert guard is not None
    guard.log_heads = lambda: heads  # type: ignore[method-assign]
    try:
        d.edit(write)
    finally:
        del guard.log_heads


def forbidden(kind: str, devices: dict[str, Device], n: int, voters: tuple[str, ...]) -> None:
    mallory, alice = devices["mallory"], devices["alice"]
    if kind == "stale-heads":  # still an admin at those heads, but she has seen a change made after them
        with_heads(mallory, mallory.heads_before, lambda doc: doc.set_credit_limit(mallory.member, 500 + n))
        return
    if kind == "wrong-voters":
        left_out = tuple(v for v in voters if v != alice.member)
        mallory.edit(lambda doc: doc.add_proposal(a_proposal(mallory, f"m{n}", left_out)))
        return
    if kind == "small-quorum":
        small = a_proposal(mallory, f"m{n}", voters)
        object.__setattr__(small, "quorum", 0)  # below any share of the voters; the typed API refuses it
        mallory.edit(lambda doc: doc.add_proposal(small))
        return
    if kind == "forge-alice":  # a change under Alice's actor id, straight into Bob's copy
        forged = CommunityDocument.load(mallory.doc.save(), actor_id=alice.actor)
        forged.set_name(f"Forged {n}")
        devices["bob"].doc.apply_changes(forged.changes_since(mallory.doc.heads()), mallory.doc.proofs())
        return
    if kind == "delete-ledger":
        reader = mallory.doc._safe.reader()
        ledger = reader.get(ROOT, "ledger", "ledger")
        assert isinstance(ledger, Obj)
        if reader.length(ledger.id, "ledger") == 0:
            mallory.edit(lambda doc: doc.set_name(f"Mallory {n}"))  # another forbidden write instead
            return
        mallory.edit(lambda doc: doc._safe.change(lambda w: w._tx.delete(ledger.id, 0)))
        return
    if kind == "edit-alice":
        record = mallory.doc.view().members[alice.member]
        mallory.edit(
            lambda doc: doc.add_member(Member(record.id, f"Not Alice {n}", record.role, (), record.joined_at))
        )
        return
    edits = {
        "raise": lambda doc: doc.set_role(mallory.member, Role.ADMIN, by=mallory.member),
        "limit": lambda doc: doc.set_credit_limit(mallory.member, 10_000 + n),
        "rename": lambda doc: doc.set_name(f"Mallory {n}"),
    }
    mallory.edit(edits[kind])


@given(steps)
def test_honest_copies_agree_and_hold_exactly_the_honest_writes(schedule: list[tuple[str, object]]) -> None:
    log, devices = community(demoted_mallory=True)
    names = list(devices)
    before = devices["admin"].doc.view()
    voters = voters_now(log)
    assets: set[str] = set()
    ledger: set[str] = set()
    proposals: set[str] = set()
    wrote_forbidden = False
    for n, (kind, arg) in enumerate(schedule):
        if kind == "asset":
            d = devices[str(arg)]
            asset = Asset(f"a{n}", AssetKind.HUMAN, f"Skill {n}", d.member)  # created now
            d.edit(lambda doc, asset=asset: doc.add_asset(asset))
            assets.add(asset.id)
        elif kind == "deposit":
            d = devices[str(arg)]
            d.edit(lambda doc, d=d, n=n: doc.append_entry(deposit(d, f"d{n}", 100 + n)))
            ledger.add(f"d{n}")
        elif kind == "proposal":
            d = devices[str(arg)]
            d.edit(lambda doc, d=d, n=n: doc.add_proposal(a_proposal(d, f"q{n}", voters)))
            proposals.add(f"q{n}")
        elif kind == "mallory":
            forbidden(str(arg), devices, n, voters)
            wrote_forbidden = True
        else:
            a, b = arg  # type: ignore[misc]
            sync(devices[names[a]], devices[names[b]])
    sync_all(devices)
    sync_all(devices)
    views = [devices[n].doc.view() for n in HONEST]
    assert all(v == views[0] for v in views[1:])
    view = views[0]
    assert set(view.assets) == assets
    assert {e.id for e in view.ledger} == ledger
    assert set(view.proposals) == proposals
    assert view.name == before.name
    assert view.members == before.members
    assert view.credit_limits == before.credit_limits
    mallory, alice = devices["mallory"], devices["alice"]
    for name in HONEST:
        # Only Mallory's writes and the forgeries under Alice's actor id are ever quarantined.
        for item in devices[name].doc.quarantined:
            assert item.member_id == mallory.member or item.actor == alice.actor, item.describe()
        if wrote_forbidden:  # and each of her direct writes reached every honest copy and was refused there
            assert devices[name].doc.quarantined or only_forgeries(schedule), name


def only_forgeries(schedule: list[tuple[str, object]]) -> bool:
    return all(arg == "forge-alice" for kind, arg in schedule if kind == "mallory")
