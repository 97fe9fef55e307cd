"""Text objects where plain text is expected: read as their string, as JavaScript Automerge writes strings.

JavaScript Automerge 3 stores a string assigned the natural way (`d.title = "Hall"`) as a collaborative Text
object, not a Str scalar. These documents are written with automerge.core (see document_support) the same way:
a Text object, filled one character at a time. `make interop` checks the same with the real JavaScript library.
Text where a number, list or map is expected is refused: see test_document_bad_input.
"""

from __future__ import annotations

import pytest

from sync.community.document import CommunityDocument
from sync.community.errors import InvalidValueError
from sync.community.view import Problem
from tests.sync.community.document_support import (
    asset,
    entry,
    event,
    full_view,
    lending_circle,
    member,
    need,
    obj_at,
    project,
    proposal,
    pulse,
    put_text,
    raw_edit,
    stored_kind,
    with_forged_scalar,
    with_text_objects,
)


def _scalars() -> bytes:
    return CommunityDocument.from_view(full_view()).save()


def test_a_document_holding_text_objects_reads_as_the_same_document_holding_strings() -> None:
    data = _scalars()
    texts = with_text_objects(data)  # every Str in the document, the name and register values too
    assert stored_kind(texts, "name") == "text"
    assert stored_kind(texts, "assets", "a1", "title") == "text"
    assert stored_kind(texts, "members", "alice", "device_ids", "0") == "text"
    doc = CommunityDocument.load(texts)
    expected = CommunityDocument.load(data)
    assert doc.view() == expected.view() == full_view()
    assert doc.view().problems == ()
    assert doc.conflicts() == expected.conflicts() == []
    assert CommunityDocument.load(doc.save()).view() == full_view()


def test_text_objects_in_some_records_only_read_alike() -> None:
    texts = with_text_objects(with_text_objects(_scalars(), "assets", "a1"), "ledger", "1")
    assert stored_kind(texts, "assets", "a2", "title") == "str"
    assert CommunityDocument.load(texts).view() == full_view()


def test_a_text_object_is_read_when_another_field_of_its_record_is_unreadable() -> None:
    # a forged counter spoils the record's one-call read: the record is read field by field instead
    data = with_forged_scalar(
        with_text_objects(_scalars(), "assets", "a1"), ("assets", "a1", "ratings"), "carol", 8
    )
    view = CommunityDocument.load(data).view()
    assert [p.path for p in view.problems] == ["assets/a1/ratings/carol"]
    assert view.assets["a1"] == full_view().assets["a1"]


def test_a_text_rating_is_a_problem_of_its_own() -> None:
    data = raw_edit(
        _scalars(), lambda raw, tx: put_text(tx, obj_at(raw, "assets", "a1", "ratings"), "bob", "4")
    )
    view = CommunityDocument.load(data).view()
    assert view.problems == (
        Problem("assets/a1/ratings/bob", "assets/a1/ratings/bob: must be a whole number"),
    )
    assert view.assets["a1"].ratings == {}


def _texts_doc() -> CommunityDocument:
    return CommunityDocument.load(with_text_objects(_scalars()))


def test_writing_the_same_entities_over_text_objects_writes_nothing() -> None:
    doc = _texts_doc()
    heads = doc.heads()
    good = full_view()
    for m in good.members.values():
        doc.add_member(m)
    doc.add_asset(asset())
    doc.add_need_or_offer(need())
    doc.add_event(event())
    doc.add_project(project())
    doc.add_lending_circle(lending_circle())
    doc.add_proposal(proposal())
    doc.add_pulse_round(pulse())
    assert doc.heads() == heads  # "Library" in a Text object equals "Library" written as a Str


def test_an_update_overwrites_a_text_field_with_a_string_and_leaves_the_others() -> None:
    doc = _texts_doc()
    doc.add_asset(asset(title="Village hall", description="Big room\nwith a new kitchen"))
    got = doc.view().assets["a1"]
    assert (got.title, got.description) == ("Village hall", "Big room\nwith a new kitchen")
    assert got == asset(title="Village hall", description="Big room\nwith a new kitchen")
    saved = doc.save()
    assert stored_kind(saved, "assets", "a1", "title") == "str"  # written as we always write text
    assert stored_kind(saved, "assets", "a1", "area") == "text"  # untouched: still the peer's Text
    again = CommunityDocument.load(saved).view()
    assert again.assets["a1"] == got
    assert again.problems == ()


def test_setters_and_the_name_work_over_text_objects() -> None:
    doc = _texts_doc()
    assert doc.view().name == "Elm Street"
    doc.set_name("Elm Street North")
    doc.set_role("bob", full_view().members["alice"].role, by="alice")
    doc.set_credit_limit("bob", 900)
    view = CommunityDocument.load(doc.save()).view()
    assert view.name == "Elm Street North"
    assert view.members["bob"].role == full_view().members["alice"].role
    assert view.credit_limits["bob"] == 900
    assert view.problems == ()


def test_a_ledger_id_held_as_text_still_counts_as_taken() -> None:
    doc = _texts_doc()
    with pytest.raises(InvalidValueError, match="already in the document"):
        doc.append_entry(entry("l1"))
    doc.append_entry(entry("l4"))
    assert [e.id for e in doc.view().ledger] == ["l1", "l2", "l3", "l4"]


def test_a_member_added_again_over_text_objects_keeps_its_name() -> None:
    doc = _texts_doc()
    doc.add_member(member("bob", name="Robert"))
    assert doc.view().members["bob"].name == "Robert"
    assert stored_kind(doc.save(), "members", "bob", "name") == "str"


def test_a_text_holding_the_object_replacement_character_itself_is_read() -> None:
    # U+FFFC is also what the binding shows for a block marker: then the elements decide (a block: rich text)
    title = "Hall \ufffc annex"
    data = raw_edit(_scalars(), lambda raw, tx: put_text(tx, obj_at(raw, "assets", "a1"), "title", title))
    view = CommunityDocument.load(data).view()
    assert view.problems == ()
    assert view.assets["a1"].title == title
