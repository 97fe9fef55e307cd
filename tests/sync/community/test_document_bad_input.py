"""Bytes and documents that are wrong: each is a CorruptDocumentError or a Problem, never an escaped error.

The documents here are written with automerge.core directly, as another implementation or a hostile peer
could write them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from collections.abc import Callable
from typing import Any

import pytest
from automerge import core

from sync.community.document import CommunityDocument
from sync.community.errors import CorruptDocumentError
from sync.community.view import CommunityView
from tests.sync.community.document_support import (
    asset,
    community,
    entry,
    full_view,
    obj_at,
    put_text,
    raw_edit,
    with_forged_scalar,
)

Edit = Callable[[core.Document, core.Transaction], None]
S = core.ScalarType


def _saved() -> bytes:
    return CommunityDocument.from_view(full_view()).save()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "too few"),
        (b"\x85\x6f\x4a", "too few"),
        (b"hello, this is not automerge at all", "do not start like"),
        (b"\x85\x6f\x4a\x83" + b"\x00" * 60, "not a readable"),
        (core.Document().save(), "schema"),
        ("a string", "bytes"),
    ],
)
def test_bytes_that_are_not_a_community_are_refused(data: Any, reason: str) -> None:
    with pytest.raises(CorruptDocumentError, match=reason):
        CommunityDocument.load(data)


def test_oversized_input_is_refused_before_parsing() -> None:
    with pytest.raises(CorruptDocumentError, match="MiB limit"):
        CommunityDocument.load(b"\x85\x6f\x4a\x83" + bytes(64 * 1024 * 1024))


def test_every_truncation_of_a_save_is_refused_or_readable() -> None:
    data = _saved()
    for cut in range(0, len(data), max(1, len(data) // 300)):
        try:
            doc = CommunityDocument.load(data[:cut])
        except CorruptDocumentError:
            continue
        doc.view()


def test_random_bytes_and_flipped_bits_never_escape() -> None:
    rng = random.Random(5)
    data = _saved()
    for _ in range(300):
        mutant = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            mutant[rng.randrange(len(mutant))] ^= 1 << rng.randrange(8)
        for candidate in (bytes(mutant), rng.randbytes(rng.randint(0, 400))):
            with contextlib.suppress(CorruptDocumentError):
                CommunityDocument.load(candidate).view()


def _root_edit(edit: Edit) -> bytes:
    return raw_edit(CommunityDocument.create("X").save(), edit)


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (lambda raw, tx: tx.delete(core.ROOT, "schema"), "schema"),
        (lambda raw, tx: tx.put(core.ROOT, "schema", S.Int, 2), "schema: 2"),
        (lambda raw, tx: tx.put(core.ROOT, "schema", S.Str, "1"), "schema"),
        (lambda raw, tx: tx.put(core.ROOT, "name", S.Int, 5), "no name"),
        (lambda raw, tx: tx.delete(core.ROOT, "assets"), "'assets' is not a map"),
        (lambda raw, tx: tx.put(core.ROOT, "ledger", S.Str, "x"), "'ledger' is not a list"),
        (lambda raw, tx: tx.put_object(core.ROOT, "votes", core.ObjType.Map), "'votes' is not a list"),
        (lambda raw, tx: tx.put_object(core.ROOT, "members", core.ObjType.Text), "'members' is not a map"),
    ],
)
def test_documents_of_the_wrong_shape_are_refused(edit: Edit, reason: str) -> None:
    with pytest.raises(CorruptDocumentError, match=reason):
        CommunityDocument.load(_root_edit(edit))


def test_a_counter_at_the_root_makes_the_document_unreadable() -> None:
    data = with_forged_scalar(CommunityDocument.create("X").save(), (), "schema", 8)
    with pytest.raises(CorruptDocumentError, match="schema"):
        CommunityDocument.load(data)


def _put(keys: tuple[str, ...], key: str, kind: Any, value: Any) -> Edit:
    return lambda raw, tx: tx.put(obj_at(raw, *keys), key, kind, value)


def _text(keys: tuple[str, ...], key: str, value: str) -> Edit:
    return lambda raw, tx: put_text(tx, obj_at(raw, *keys), key, value)


def _rich_text_title(raw: core.Document, tx: core.Transaction) -> None:
    """A title with a block marker in it, as JavaScript Automerge's splitBlock writes one."""
    text = put_text(tx, obj_at(raw, "assets", "a1"), "title", "Hall")
    tx.insert_object(text, 2, core.ObjType.Map)


def _deep(raw: core.Document, tx: core.Transaction) -> None:
    obj = tx.put_object(obj_at(raw, "assets", "a1"), "extra", core.ObjType.Map)
    for _ in range(20):
        obj = tx.put_object(obj, "x", core.ObjType.Map)


def _no_current_role(raw: core.Document, tx: core.Transaction) -> None:
    register = obj_at(raw, "members", "bob", "role")
    [write_id] = raw.keys(register)
    replaces = tx.put_object(obj_at(raw, "members", "bob", "role", write_id), "replaces", core.ObjType.List)
    tx.insert(replaces, 0, S.Str, write_id)


A1 = ("assets", "a1")
BAD_RECORDS: dict[str, tuple[Edit, str, str]] = {
    "timestamp": (_put(A1, "created_at", S.Timestamp, dt.datetime(2026, 1, 1)), "assets/a1", "timestamp"),
    "bytes": (_put(A1, "title", S.Bytes, b"Hall"), "assets/a1", "raw bytes"),
    "text as a number": (_text(("projects", "p1"), "target_value", "1000"), "projects/p1", "whole number"),
    "text as a map": (_text(A1, "location", "51.5,-0.125"), "assets/a1", "must be a map with lat and lon"),
    "text as a list": (_text(("members", "bob"), "device_ids", "ab" * 32), "members/bob", "list of text"),
    "text as a record": (_text(("assets",), "a1", "Hall"), "assets/a1", "not a map"),
    "text as a limit": (_text(("credit_limits",), "bob", "600"), "credit_limits/bob", "whole number"),
    "rich text": (_rich_text_title, "assets/a1", "rich text"),
    "wrong type": (_put(A1, "title", S.Int, 5), "assets/a1", "must be text"),
    "missing field": (lambda raw, tx: tx.delete(obj_at(raw, *A1), "title"), "assets/a1", "missing"),
    "1 MB string": (_put(A1, "title", S.Str, "x" * 1_000_000), "assets/a1", "the limit is 200"),
    "int ≥ 2^53": (_put(("projects", "p1"), "target_value", S.Int, 2**53), "projects/p1", "2^53"),
    "uint ≥ 2^63": (_put(("projects", "p1"), "target_value", S.Uint, 2**64 - 1), "projects/p1", "2^53"),
    "NaN": (_put((*A1, "location"), "lat", S.F64, float("nan")), "assets/a1", "finite"),
    "bad instant": (_put(A1, "created_at", S.Str, "yesterday"), "assets/a1", "ISO-8601"),
    "too deep": (_deep, "assets/a1", "nested too deeply"),
    "not a map": (_put(("assets",), "a9", S.Str, "hello"), "assets/a9", "not a map"),
    "id mismatch": (_put(A1, "id", S.Str, "a2"), "assets/a1", "holds the record 'a2'"),
    "bad bool": (_put(("needs_offers", "n1"), "open", S.Int, 1), "needs_offers/n1", "true or false"),
    "bad zone": (_put(("events", "e1"), "time_zone", S.Str, "a" * 5000), "events/e1", "time zone"),
    "bad enum": (_put(A1, "kind", S.Str, "magic"), "assets/a1", "must be one of"),
    "no current role": (_no_current_role, "members/bob", "no current value"),
    "bad limit": (_put(("credit_limits",), "bob", S.Str, "5"), "credit_limits/bob", "whole number"),
    "bad signature": (_put(("ledger", "0"), "signature", S.Str, "zz"), "ledger/0", "hex"),
}


@pytest.mark.parametrize(("edit", "path", "reason"), BAD_RECORDS.values(), ids=BAD_RECORDS.keys())
def test_a_bad_record_is_a_problem_and_the_rest_is_read(edit: Edit, path: str, reason: str) -> None:
    good = full_view()
    data = raw_edit(_saved(), edit)
    doc = CommunityDocument.load(data)
    view = doc.view()
    assert [p.path for p in view.problems] == [path]
    assert reason in view.problems[0].reason
    collection, key = path.split("/")
    items = getattr(view, collection)
    if isinstance(items, dict):
        assert key not in items
        assert {k: v for k, v in getattr(good, collection).items() if k != key} == items
    else:
        assert len(items) == len(getattr(good, collection)) - 1
    assert view.members.keys() | {"bob"} == good.members.keys()
    # the record stays in the document: saved again and re-read, it is still the same problem
    assert CommunityDocument.load(doc.save()).view().problems == view.problems


@pytest.mark.parametrize(("type_code", "name"), [(8, "counter"), (10, "unknown"), (13, "unknown")])
def test_forged_counters_and_unknown_scalars_are_problems(type_code: int, name: str) -> None:
    data = with_forged_scalar(_saved(), ("assets", "a1", "ratings"), "carol", type_code)
    doc = CommunityDocument.load(data)
    view = doc.view()
    assert [p.path for p in view.problems] == ["assets/a1/ratings/carol"]  # only that rating is left out
    assert view.assets["a1"] == full_view().assets["a1"]
    doc.rate_asset("a1", "carol", 5)  # and the document works on
    assert doc.view().assets["a1"].ratings == {"bob": 4, "carol": 5}
    assert doc.view().problems == ()


def test_a_forged_counter_in_a_ledger_entry_is_a_problem() -> None:
    data = with_forged_scalar(_saved(), ("ledger", "1"), "amount_minor", 8)
    view = CommunityDocument.load(data).view()
    assert [p.path for p in view.problems] == ["ledger/1"]
    assert [e.id for e in view.ledger] == ["l1", "l3"]


def test_a_counter_as_the_community_name_is_refused_on_load() -> None:
    with pytest.raises(CorruptDocumentError):
        CommunityDocument.load(with_forged_scalar(_saved(), (), "name", 8))


def test_a_bad_rating_is_its_own_problem() -> None:
    data = raw_edit(_saved(), _put(("assets", "a1", "ratings"), "carol", S.Int, 9))
    view = CommunityDocument.load(data).view()
    assert [p.path for p in view.problems] == ["assets/a1/ratings/carol"]
    assert view.assets["a1"].ratings == {"bob": 4}


def test_duplicate_ledger_ids_keep_the_first_and_report_the_rest() -> None:
    doc = community()
    doc.append_entry(entry("l1"))
    other = doc.fork()
    doc.append_entry(entry("l2", memo="mine"))
    other.append_entry(entry("l2", memo="theirs"))
    doc.merge(other)
    view = doc.view()
    assert [e.id for e in view.ledger] == ["l1", "l2"]
    assert [p.reason for p in view.problems] == ["repeats the id 'l2'"]
    assert CommunityDocument.load(doc.save()).view() == view


def test_a_peer_that_breaks_a_collection_leaves_a_readable_view() -> None:
    doc = community()
    doc.add_asset(asset())
    # a loaded document must have the right shape, but a peer's change can still break it
    peer_change = _change_after(doc.save(), lambda raw, tx: tx.put(core.ROOT, "assets", S.Str, "x"))
    doc.apply_changes([peer_change])
    view = doc.view()
    assert [p.path for p in view.problems] == ["assets"]
    assert view.members.keys() == {"alice", "bob", "carol"}
    with pytest.raises(CorruptDocumentError):
        doc.add_asset(asset("a2"))


def _change_after(data: bytes, edit: Edit) -> bytes:
    raw = core.Document.load(data)
    heads = raw.get_heads()
    with raw.transaction() as tx:
        edit(raw, tx)
    [change] = raw.get_changes(heads)
    return change.bytes


def test_plain_values_where_registers_are_expected_are_read() -> None:
    data = raw_edit(_saved(), _put(("members", "bob"), "role", S.Str, "admin"))
    data = raw_edit(data, _put(("credit_limits",), "bob", S.Int, 45))
    doc = CommunityDocument.load(data)
    assert doc.view().members["bob"].role.value == "admin"
    assert doc.view().credit_limits["bob"] == 45
    assert doc.view().problems == ()
    doc.set_credit_limit("bob", 50)
    assert doc.view().credit_limits["bob"] == 50


def test_view_of_an_empty_view_is_fine() -> None:
    assert CommunityDocument.from_view(CommunityView(name="Empty")).view() == CommunityView(name="Empty")
