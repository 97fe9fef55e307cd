"""A need's expiry and why it closed, and a project's explicit link to needs: stored, read, judged on receipt,
carried by the JSON format, and absent from older documents without harm."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from automerge import core

from sync.community import (
    CommunityDocument,
    InvalidValueError,
    NeedOrOffer,
    Project,
    Resolution,
    Side,
)
from sync.community.formats import export_json
from sync.community.formats.json_format import ImportProblems, import_json
from tests.sync.community.test_authority import assert_refused_everywhere, community, honest, sync_all

T0 = dt.datetime(2026, 11, 23, 10, tzinfo=dt.UTC)


def need(**overrides: object) -> NeedOrOffer:
    fields: dict[str, object] = {"created_at": T0, "expires_on": dt.date(2026, 12, 1)}
    fields.update(overrides)
    return NeedOrOffer("n1", Side.NEED, "food", "east", "Hot meals", "m1", **fields)  # type: ignore[arg-type]


def project(**overrides: object) -> Project:
    fields: dict[str, object] = {"created_at": T0, "need_ids": ("n1",)}
    fields.update(overrides)
    return Project(
        "p1", "Kitchen", "Meals", "m1", "meals", "meals", 10, 100, "EUR", 5, 0, dt.date(2027, 1, 1), **fields
    )  # type: ignore[arg-type]


def written() -> CommunityDocument:
    doc = CommunityDocument.create("Mill Road", actor_id=b"\x01" * 16)
    doc.add_need_or_offer(need())
    doc.add_project(project())
    return doc


def test_expiry_resolution_and_links_round_trip_through_the_document() -> None:
    doc = written()
    doc.close_need_or_offer("n1", Resolution.WITHDRAWN)
    view = CommunityDocument.load(doc.save()).view()
    item = view.needs_offers["n1"]
    assert (item.open, item.resolution, item.expires_on) == (
        False,
        Resolution.WITHDRAWN,
        dt.date(2026, 12, 1),
    )
    assert view.projects["p1"].need_ids == ("n1",)
    assert not view.problems


def _strip(data: bytes, removals: tuple[tuple[str, str, str], ...]) -> bytes:
    """The saved document with some fields deleted, as a version from before they existed wrote it."""
    raw = core.Document.load(data)
    with raw.transaction() as tx:
        for coll, key, name in removals:
            _kind, collection = raw.get(core.ROOT, coll)  # type: ignore[misc]
            _kind, record = raw.get(collection, key)  # type: ignore[misc]
            tx.delete(record, name)
    return bytes(raw.save())


def test_an_older_document_without_the_new_fields_still_loads() -> None:
    old = _strip(
        written().save(),
        (
            ("needs_offers", "n1", "expires_on"),
            ("needs_offers", "n1", "resolution"),
            ("projects", "p1", "need_ids"),
        ),
    )
    view = CommunityDocument.load(old).view()
    assert not view.problems
    assert view.needs_offers["n1"].expires_on is None
    assert view.needs_offers["n1"].resolution is None
    assert view.projects["p1"].need_ids == ()


def test_a_need_is_open_until_the_end_of_its_expiry_day() -> None:
    item = need()
    assert item.is_open_on(dt.date(2026, 12, 1))
    assert not item.is_open_on(dt.date(2026, 12, 2))
    assert not dataclasses.replace(item, open=False).is_open_on(dt.date(2026, 11, 24))
    assert need(expires_on=None).is_open_on(dt.date(2199, 1, 1))


@pytest.mark.parametrize(
    ("overrides", "path"),
    [
        ({"expires_on": "2026-12-01"}, "needs_offers/n1/expires_on"),
        ({"resolution": "eaten"}, "needs_offers/n1/resolution"),
    ],
)
def test_bad_new_fields_name_the_field(overrides: dict[str, object], path: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        need(**overrides)
    assert caught.value.path == path


def test_a_project_must_name_each_need_once() -> None:
    with pytest.raises(InvalidValueError, match="lists an id twice"):
        project(need_ids=("n1", "n1"))


def test_the_json_format_carries_the_new_fields_and_reads_files_without_them() -> None:
    view = written().view()
    text = export_json(view)
    assert import_json(text) == view
    doc = json.loads(text)
    for record in doc["needs_offers"]:
        del record["expires_on"], record["resolution"]
    for record in doc["projects"]:
        del record["need_ids"]
    older = import_json(json.dumps(doc))
    assert older.needs_offers["n1"].expires_on is None
    assert older.projects["p1"].need_ids == ()
    doc["needs_offers"][0]["expires_on"] = "soon"
    with pytest.raises(ImportProblems, match="expires_on"):
        import_json(json.dumps(doc))


def test_anyone_marks_a_need_met_but_only_its_author_withdraws_it() -> None:
    _log, devices = community()
    alice, bob, mallory = devices["alice"], devices["bob"], devices["mallory"]
    mine = NeedOrOffer("n1", Side.NEED, "food", "east", "Hot meals", alice.member)
    theirs = NeedOrOffer("n2", Side.NEED, "heat", "east", "A heater", alice.member)
    alice.edit(lambda doc: (doc.add_need_or_offer(mine), doc.add_need_or_offer(theirs)))
    sync_all(devices)
    bob.edit(lambda doc: doc.close_need_or_offer("n1", Resolution.MET))
    mallory.edit(lambda doc: doc.close_need_or_offer("n2", Resolution.WITHDRAWN))
    sync_all(devices)
    assert_refused_everywhere(devices, "only the author of 'n2' or an admin withdraws it")
    for d in honest(devices):
        view = d.doc.view()
        assert view.needs_offers["n1"].resolution is Resolution.MET
        assert view.needs_offers["n2"].open
