"""CommunityDocument: every write read back, save/load, from_view, fork/merge, conflicts, refused writes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from automerge import core

from sync.community.document import CommunityDocument, Conflict
from sync.community.errors import CorruptDocumentError, InvalidValueError, NotFoundError
from sync.community.model import AssetKind, Choice, Member, ProjectStatus, Role
from sync.community.view import CommunityView
from tests.sync.community.document_support import (
    T,
    asset,
    at,
    community,
    credit,
    entry,
    event,
    full_view,
    later,
    lending_circle,
    member,
    need,
    project,
    proposal,
    pulse,
    report,
    vote,
    weekly,
)


def reloaded(doc: CommunityDocument) -> CommunityView:
    return CommunityDocument.load(doc.save()).view()


def test_a_new_community_has_its_name_and_nothing_else() -> None:
    doc = CommunityDocument.create("  Elm Street ")
    assert doc.view() == CommunityView(name="Elm Street", receipts=())
    assert reloaded(doc) == CommunityView(name="Elm Street", receipts=())
    assert doc.conflicts() == []


@pytest.mark.parametrize(
    ("write", "collection", "value"),
    [
        ("add_asset", "assets", asset()),
        (
            "add_asset",
            "assets",
            asset("a2", location=None, ratings={}, kind=AssetKind.NATURAL, description=""),
        ),
        ("add_need_or_offer", "needs_offers", need()),
        ("add_event", "events", event()),
        ("add_event", "events", event("e2", recurrence=weekly())),
        ("add_event", "events", event("e3", recurrence=None, ends_at=at(60))),
        ("add_project", "projects", project()),
        ("add_project", "projects", project("p2", reports=())),
        ("add_lending_circle", "circles", lending_circle()),
        ("add_proposal", "proposals", proposal()),
        ("add_pulse_round", "pulse_rounds", pulse()),
        ("add_pulse_round", "pulse_rounds", pulse("u2", submissions={})),
    ],
)
def test_each_entity_reads_back_equal(write: str, collection: str, value: Any) -> None:
    doc = community()
    getattr(doc, write)(value)
    assert getattr(doc.view(), collection) == {value.id: value}
    assert getattr(reloaded(doc), collection) == {value.id: value}
    assert doc.view().problems == ()


def test_members_read_back_equal() -> None:
    doc = community()
    assert doc.view().members == {
        m: member(m, Role.ADMIN if m == "alice" else Role.MEMBER) for m in ("alice", "bob", "carol")
    }


def test_the_ledger_and_votes_keep_append_order() -> None:
    doc = community()
    doc.add_proposal(proposal())
    entries = [entry("l9"), credit("l2"), entry("l5", signature=b"", round=3, memo="")]
    for e in entries:
        doc.append_entry(e)
    votes = [vote("v2"), vote("v1", member_id="carol", choice=Choice.ABSTAIN)]
    for v in votes:
        doc.cast_vote(v)
    assert doc.view().ledger == tuple(entries)
    assert doc.view().votes == tuple(votes)
    assert reloaded(doc).ledger == tuple(entries)


def test_from_view_round_trips_everything() -> None:
    view = full_view()
    doc = CommunityDocument.from_view(view)
    assert doc.view() == view
    assert reloaded(doc) == view
    assert doc.conflicts() == []


def test_the_saved_document_is_plain_automerge_in_the_documented_layout() -> None:
    raw: Any = core.extract(core.Document.load(CommunityDocument.from_view(full_view()).save()))
    assert raw["schema"] == 1
    assert raw["name"] == "Elm Street"
    assert set(raw) == {
        "schema", "name", "members", "assets", "needs_offers", "events", "projects", "circles", "proposals",
        "credit_limits", "pulse_rounds", "areas", "ledger", "votes",
    }  # fmt: skip
    assert raw["areas"]["ar1"]["outline"][1] == {"lat": 51.51, "lon": -0.12}
    assert raw["areas"]["ar2"]["removed"] is True
    a1 = raw["assets"]["a1"]
    assert a1["created_at"] == "2026-11-23T10:00:00.000000Z"
    assert a1["location"] == {"lat": 51.5, "lon": -0.125}
    assert a1["ratings"] == {"bob": 4}
    assert raw["projects"]["p1"]["repay_by"] == "2027-12-31"
    assert raw["projects"]["p1"]["reports"]["r2"]["value"] == 25
    [(write_id, role)] = raw["members"]["alice"]["role"].items()
    assert role == {"value": "admin", "by": "", "at": role["at"], "replaces": []}
    assert role["at"].endswith("Z")
    assert len(write_id) == 16
    [(_, limit)] = raw["credit_limits"]["bob"].items()
    assert limit["value"] == 600
    assert raw["ledger"][0]["signature"] == bytes(range(64)).hex()
    assert raw["ledger"][2]["signature"] == ""
    assert raw["ledger"][2]["round"] == 2
    assert raw["events"]["e2"]["recurrence"] is None
    assert raw["events"]["e1"]["recurrence"] == {
        "frequency": "monthly",
        "interval": 1,
        "count": None,
        "until": "2027-06-01",
    }


def test_an_update_with_the_same_id_replaces_fields_and_keeps_ratings() -> None:
    doc = community()
    doc.add_asset(asset(ratings={"bob": 2}))
    doc.rate_asset("a1", "carol", 5)
    doc.add_asset(asset(title="Village hall", location=None, ratings={"bob": 3}))
    got = doc.view().assets["a1"]
    assert got.title == "Village hall"
    assert got.location is None
    assert got.ratings == {"bob": 3, "carol": 5}
    assert reloaded(doc).assets["a1"] == got


def test_an_update_that_changes_nothing_writes_nothing() -> None:
    doc = community()
    doc.add_project(project())
    heads = doc.heads()
    doc.add_project(project())
    assert doc.heads() == heads


def test_one_rating_per_member_latest_wins() -> None:
    doc = community()
    doc.add_asset(asset(ratings={}))
    doc.rate_asset("a1", "bob", 2)
    doc.rate_asset("a1", "bob", 5)
    doc.rate_asset("a1", "carol", 4)
    assert doc.view().assets["a1"].ratings == {"bob": 5, "carol": 4}
    assert doc.view().assets["a1"].effectiveness == 4.5


def test_setters_change_one_field() -> None:
    doc = community()
    doc.add_need_or_offer(need())
    doc.add_project(project(reports=()))
    doc.set_name("Elm Street North")
    doc.set_open("n1", False)
    doc.set_project_status("p1", ProjectStatus.ACTIVE)
    doc.add_progress_report("p1", report("r9", 40, 30))
    doc.add_progress_report("p1", report("r1", 5, 0))
    doc.set_credit_limit("bob", 120)
    doc.set_credit_limit("bob", 90)
    doc.set_role("carol", Role.ADMIN, by="alice")
    for view in (doc.view(), reloaded(doc)):
        assert view.name == "Elm Street North"
        assert view.needs_offers["n1"].open is False
        assert view.projects["p1"].status is ProjectStatus.ACTIVE
        assert view.projects["p1"].reports == (report("r1", 5, 0), report("r9", 40, 30))  # by time
        assert view.projects["p1"].progress == 40
        assert view.credit_limits == {"bob": 90}
        assert view.members["carol"].role is Role.ADMIN
    assert doc.conflicts() == []


def _refusals() -> list[tuple[str, Callable[[CommunityDocument], None], type[Exception]]]:
    return [
        ("role of nobody", lambda d: d.set_role("zed", Role.ADMIN, by="alice"), NotFoundError),
        ("role set by nobody", lambda d: d.set_role("bob", Role.ADMIN, by="zed"), NotFoundError),
        ("role not a role", lambda d: d.set_role("bob", "boss", by="alice"), InvalidValueError),  # type: ignore[arg-type]
        ("rate missing asset", lambda d: d.rate_asset("zz", "bob", 3), NotFoundError),
        ("rate by nobody", lambda d: d.rate_asset("a1", "zed", 3), NotFoundError),
        ("six stars", lambda d: d.rate_asset("a1", "bob", 6), InvalidValueError),
        ("open missing", lambda d: d.set_open("zz", True), NotFoundError),
        ("open not bool", lambda d: d.set_open("n1", 1), InvalidValueError),  # type: ignore[arg-type]
        ("report missing project", lambda d: d.add_progress_report("zz", report()), NotFoundError),
        ("report not a report", lambda d: d.add_progress_report("p1", "r"), InvalidValueError),  # type: ignore[arg-type]
        ("status missing project", lambda d: d.set_project_status("zz", ProjectStatus.ACTIVE), NotFoundError),
        ("status bad", lambda d: d.set_project_status("p1", "done"), InvalidValueError),  # type: ignore[arg-type]
        ("limit of nobody", lambda d: d.set_credit_limit("zed", 10), NotFoundError),
        ("negative limit", lambda d: d.set_credit_limit("bob", -1), InvalidValueError),
        ("huge limit", lambda d: d.set_credit_limit("bob", 2**60), InvalidValueError),
        ("vote on nothing", lambda d: d.cast_vote(vote(proposal_id="zz")), NotFoundError),
        ("vote twice by id", lambda d: d.cast_vote(vote("v1")), InvalidValueError),
        ("entry id twice", lambda d: d.append_entry(entry("l1")), InvalidValueError),
        ("entry not an entry", lambda d: d.append_entry(vote()), InvalidValueError),  # type: ignore[arg-type]
        ("asset not an asset", lambda d: d.add_asset(need()), InvalidValueError),  # type: ignore[arg-type]
        ("empty name", lambda d: d.set_name("  "), InvalidValueError),
        ("bad id", lambda d: d.set_open("Not An Id!", True), InvalidValueError),
        ("lone surrogate", lambda d: d.add_asset(asset(title="bad \ud800")), InvalidValueError),
    ]


@pytest.mark.parametrize(("what", "write", "error"), _refusals(), ids=[r[0] for r in _refusals()])
def test_refused_writes_leave_the_document_unchanged(
    what: str, write: Callable[[CommunityDocument], None], error: type[Exception]
) -> None:
    doc = community()
    doc.add_asset(asset())
    doc.add_need_or_offer(need())
    doc.add_project(project())
    doc.add_proposal(proposal())
    doc.cast_vote(vote("v1"))
    doc.append_entry(entry("l1"))
    heads, view = doc.heads(), doc.view()
    with pytest.raises(error):
        write(doc)
    assert doc.heads() == heads
    assert doc.view() == view


def test_fork_gets_its_own_actor_and_merge_combines_concurrent_edits() -> None:
    doc = community()
    doc.add_asset(asset())
    other = doc.fork()
    assert other.actor_id != doc.actor_id
    doc.add_asset(asset(title="Village hall"))
    other.add_asset(asset(description="Now with a garden"))
    other.rate_asset("a1", "carol", 3)
    doc.merge(other)
    got = doc.view().assets["a1"]
    assert (got.title, got.description, got.ratings) == (
        "Village hall",
        "Now with a garden",
        {"bob": 4, "carol": 3},
    )
    other.merge(doc)
    assert other.view() == doc.view()
    assert reloaded(doc) == doc.view()


def test_fork_refuses_the_same_actor_and_load_keeps_a_given_actor() -> None:
    doc = community()
    with pytest.raises(InvalidValueError):
        doc.fork(doc.actor_id)
    assert doc.fork(b"\x07" * 16).actor_id == b"\x07" * 16
    assert CommunityDocument.load(doc.save(), actor_id=b"\x09" * 8).actor_id == b"\x09" * 8
    assert CommunityDocument.load(doc.save()).actor_id != doc.actor_id
    with pytest.raises(InvalidValueError):
        CommunityDocument.create("X", actor_id=b"")


def test_merging_a_different_community_is_refused() -> None:
    a, b = community("A"), community("B")
    heads = a.heads()
    with pytest.raises(CorruptDocumentError, match="different community"):
        a.merge(b)
    assert a.heads() == heads
    a.merge(a)  # merging a document with itself changes nothing
    assert a.heads() == heads


def _concurrent_roles() -> tuple[CommunityDocument, CommunityDocument]:
    doc = community()
    left, right = doc.fork(), doc.fork()
    left.set_role("bob", Role.ADMIN, by="alice")
    right.set_role("bob", Role.MEMBER, by="carol")
    return left, right


def test_concurrent_role_changes_are_one_conflict_in_any_merge_order() -> None:
    left, right = _concurrent_roles()
    ab, ba = left.fork(), right.fork()
    ab.merge(right)
    ba.merge(left)
    assert len(ab.conflicts()) == 1
    [conflict] = ab.conflicts()
    assert conflict.path == "members/bob/role"
    assert set(conflict.values) == {"admin", "member"}
    assert ab.conflicts() == ba.conflicts() == CommunityDocument.load(ab.save()).conflicts()
    assert ab.view() == ba.view()
    assert ab.view().members["bob"].role.value == conflict.values[0]  # the shown value comes first


def test_a_later_role_change_resolves_the_conflict() -> None:
    left, right = _concurrent_roles()
    left.merge(right)
    left.set_role("bob", Role.MEMBER, by="alice")
    assert left.conflicts() == []
    assert left.view().members["bob"].role is Role.MEMBER
    right.merge(left)
    assert right.conflicts() == []
    assert right.view() == left.view()


def test_the_same_value_written_concurrently_is_no_conflict() -> None:
    doc = community()
    left, right = doc.fork(), doc.fork()
    left.set_role("bob", Role.ADMIN, by="alice")
    right.set_role("bob", Role.ADMIN, by="carol")
    left.merge(right)
    assert left.conflicts() == []


def test_money_fields_conflict_too() -> None:
    doc = community()
    doc.add_project(project())
    doc.add_lending_circle(lending_circle())
    doc.add_proposal(proposal())
    left, right = doc.fork(), doc.fork()
    left.add_project(project(stake_price_minor=3000, stakes_offered=50))
    right.add_project(project(stake_price_minor=2000))
    left.add_lending_circle(lending_circle(contribution_minor=6000))
    right.add_lending_circle(lending_circle(contribution_minor=7000))
    left.add_proposal(proposal(amount_minor=1))
    right.add_proposal(proposal(amount_minor=2))
    left.set_credit_limit("bob", 10)
    right.set_credit_limit("bob", 20)
    left.set_project_status("p1", ProjectStatus.ACTIVE)
    right.set_project_status("p1", ProjectStatus.CLOSED)
    left.merge(right)
    paths = {c.path: set(c.values) for c in left.conflicts()}
    assert paths == {
        "circles/c1/contribution_minor": {"6000", "7000"},
        "credit_limits/bob": {"10", "20"},
        "projects/p1/stake_price_minor": {"2000", "3000"},
        "projects/p1/status": {"active", "closed"},
        "proposals/q1/amount_minor": {"1", "2"},
    }
    assert left.view().projects["p1"].stakes_offered == 50  # only one side changed it: no conflict
    assert all(isinstance(c, Conflict) for c in left.conflicts())


def test_an_update_keeps_a_conflict_it_does_not_change_and_a_setter_resolves_it() -> None:
    doc = community()
    doc.add_project(project())
    left, right = doc.fork(), doc.fork()
    left.set_project_status("p1", ProjectStatus.ACTIVE)
    right.set_project_status("p1", ProjectStatus.CLOSED)
    left.merge(right)
    shown = left.view().projects["p1"]
    heads = left.heads()
    left.add_project(shown)  # re-saving what is shown changes nothing, so the conflict stays for review
    assert left.heads() == heads
    assert len(left.conflicts()) == 1
    left.set_project_status("p1", shown.status)
    assert left.conflicts() == []


def test_views_after_local_writes_match_a_fresh_read() -> None:
    doc = community()
    view0 = doc.view()
    doc.add_asset(asset())
    doc.add_proposal(proposal())
    doc.rate_asset("a1", "carol", 1)
    doc.cast_vote(vote())
    doc.append_entry(entry())
    doc.set_name("Renamed")
    doc.set_credit_limit("carol", 5)
    assert doc.view() == reloaded(doc)
    assert doc.view() is doc.view()  # cached while nothing changes
    assert view0.assets == {}


def test_view_instants_are_utc_and_exact() -> None:
    doc = community()
    local = dt.datetime(2026, 11, 23, 11, 0, 0, 123456, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    doc.add_asset(asset(created_at=local))
    got = reloaded(doc).assets["a1"].created_at
    assert got == T.replace(microsecond=123456)
    assert got.tzinfo == dt.UTC


def test_from_view_refuses_bad_views_and_writes_nothing() -> None:
    with pytest.raises(InvalidValueError):
        CommunityDocument.from_view(CommunityView(name="X", assets={"other": asset()}))
    with pytest.raises(InvalidValueError):
        CommunityDocument.from_view(CommunityView(name="X", ledger=(entry(), entry())))
    with pytest.raises(InvalidValueError):
        CommunityDocument.from_view(CommunityView(name="X", credit_limits={"bob": -5}))
    with pytest.raises(InvalidValueError):
        CommunityDocument.from_view("not a view")  # type: ignore[arg-type]
    assert CommunityDocument.from_view(later(full_view(), problems=())).view() == full_view()


def test_a_members_choice_to_show_their_circles_is_stored_and_read_back() -> None:
    doc = CommunityDocument.create("Elm Street")
    doc.add_member(Member("ana", "Ana", Role.MEMBER, shows_circles=True))
    again = CommunityDocument.load(doc.save())
    assert again.view().members["ana"].shows_circles
    doc.add_member(Member("ana", "Ana", Role.MEMBER, shows_circles=False))
    assert not CommunityDocument.load(doc.save()).view().members["ana"].shows_circles
