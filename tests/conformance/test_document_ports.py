"""One suite for every DocumentStore: the in-memory fake and the personal store pass the same tests.

Each test gets `adapters` (see conftest.py); `adapters.documents` is the document store, and `reopen()` locks
and unlocks the store's profile (a no-op for the fake). Nothing a test saw before `reopen()` may change.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable
from typing import Any

import pytest

from store import DocumentRepository
from store import documents as store_documents
from sync import ports
from sync.community.document import CommunityDocument
from sync.invites import SPACE_ID_BYTES
from sync.ports import DocumentStore, InMemoryDocumentStore, StoredDocument
from tests.conformance.conftest import Adapters
from tests.sync.community.document_support import asset, community


def _space() -> bytes:
    return os.urandom(SPACE_ID_BYTES)


def _changes(*names: str) -> list[bytes]:
    return [f"change {n}".encode() for n in names]


def _fields(document: StoredDocument | None) -> tuple[bytes, tuple[bytes, ...], bytes | None, int] | None:
    """The stored values, to compare a fake's record with the store's."""
    if document is None:
        return None
    return document.snapshot, document.changes, document.previous_snapshot, document.generation


def _loaded(adapters: Adapters, space: bytes) -> StoredDocument:
    document = adapters.documents.load_document(space)
    assert document is not None
    return document


def _created(adapters: Adapters, snapshot: bytes = b"snapshot 0") -> bytes:
    space = _space()
    adapters.documents.save_snapshot(space, snapshot, replaces_changes=0)
    return space


# --- shape -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("adapter", [DocumentRepository, InMemoryDocumentStore])
def test_adapter_methods_match_the_protocol(adapter: type) -> None:
    """A runtime echo of the structural check mypy does where the app wires the store into sync."""
    expected = {
        name: inspect.signature(member)
        for name, member in vars(DocumentStore).items()
        if inspect.isfunction(member) and not name.startswith("_")
    }
    assert set(expected) == {
        "load_document",
        "append_changes",
        "save_snapshot",
        "forget_document",
        "save_proofs",
        "load_proofs",
    }
    for name, signature in expected.items():
        got = inspect.signature(getattr(adapter, name)).parameters.values()
        want = signature.parameters.values()
        assert [(p.name, p.kind, p.default) for p in got] == [(p.name, p.kind, p.default) for p in want], name


def test_the_limits_are_the_same_on_both_sides() -> None:
    assert store_documents.MAX_CHANGE_BYTES == ports.MAX_CHANGE_BYTES == 16 * 2**20
    assert store_documents.MAX_SNAPSHOT_BYTES == ports.MAX_SNAPSHOT_BYTES == 64 * 2**20
    assert store_documents.MAX_PROOFS_BYTES == ports.MAX_PROOFS_BYTES == 4 * 2**20


# --- storing and loading -----------------------------------------------------------------------------------


def test_nothing_is_stored_at_first(adapters: Adapters) -> None:
    assert adapters.documents.load_document(_space()) is None


def test_a_new_document_round_trips(adapters: Adapters) -> None:
    space = _created(adapters, b"first snapshot")
    assert _fields(adapters.documents.load_document(space)) == (b"first snapshot", (), None, 0)
    adapters.documents.append_changes(space, _changes("a", "b"))
    expected = (b"first snapshot", tuple(_changes("a", "b")), None, 0)
    assert _fields(adapters.documents.load_document(space)) == expected
    adapters.reopen()
    assert _fields(adapters.documents.load_document(space)) == expected


def test_changes_keep_the_order_they_were_appended(adapters: Adapters) -> None:
    space, other = _created(adapters), _created(adapters)
    names = [f"{i:03d}" for i in range(40)]
    adapters.documents.append_changes(space, _changes(*reversed(names[:20])))
    adapters.documents.append_changes(other, _changes("other"))  # interleaved rows of another space
    for name in names[20:]:
        adapters.documents.append_changes(space, _changes(name))
    expected = tuple(_changes(*reversed(names[:20]), *names[20:]))
    assert _loaded(adapters, space).changes == expected
    adapters.reopen()
    assert _loaded(adapters, space).changes == expected
    assert _loaded(adapters, other).changes == tuple(_changes("other"))


def test_an_identical_change_is_appended_again(adapters: Adapters) -> None:
    """Deduplication is Automerge's job (a repeated change loads once); the store keeps what it is given."""
    space = _created(adapters)
    adapters.documents.append_changes(space, _changes("a", "a"))
    adapters.documents.append_changes(space, _changes("a"))
    assert _loaded(adapters, space).changes == tuple(_changes("a", "a", "a"))


def test_an_empty_batch_does_nothing(adapters: Adapters) -> None:
    space, unknown = _created(adapters), _space()
    adapters.documents.append_changes(space, [])
    adapters.documents.append_changes(unknown, ())  # not even an error: there is nothing to append
    assert _fields(adapters.documents.load_document(space)) == (b"snapshot 0", (), None, 0)
    assert adapters.documents.load_document(unknown) is None


def test_appending_needs_a_snapshot_first(adapters: Adapters) -> None:
    space = _space()
    with pytest.raises(ValueError, match="save a snapshot first"):
        adapters.documents.append_changes(space, _changes("a"))
    adapters.reopen()
    assert adapters.documents.load_document(space) is None


# --- compaction --------------------------------------------------------------------------------------------


def test_compaction_replaces_the_changes_read_and_keeps_later_ones(adapters: Adapters) -> None:
    space = _created(adapters, b"snapshot 0")
    adapters.documents.append_changes(space, _changes("a", "b"))
    adapters.documents.append_changes(space, _changes("c"))
    read = adapters.documents.load_document(space)
    assert read is not None
    adapters.documents.append_changes(space, _changes("d", "e"))  # arrives while the snapshot is being made

    adapters.documents.save_snapshot(space, b"snapshot 1", replaces_changes=len(read.changes))

    expected = (b"snapshot 1", tuple(_changes("d", "e")), b"snapshot 0", 1)
    assert _fields(adapters.documents.load_document(space)) == expected
    adapters.reopen()
    assert _fields(adapters.documents.load_document(space)) == expected


def test_only_the_last_snapshot_before_the_current_one_is_kept(adapters: Adapters) -> None:
    space = _created(adapters, b"snapshot 0")
    for generation in range(1, 6):
        adapters.documents.append_changes(space, _changes(f"{generation}"))
        adapters.documents.save_snapshot(space, f"snapshot {generation}".encode(), replaces_changes=1)
        expected = (f"snapshot {generation}".encode(), (), f"snapshot {generation - 1}".encode(), generation)
        assert _fields(adapters.documents.load_document(space)) == expected
    adapters.reopen()
    assert _fields(adapters.documents.load_document(space)) == (b"snapshot 5", (), b"snapshot 4", 5)


def test_a_snapshot_may_replace_no_changes_or_some(adapters: Adapters) -> None:
    space = _created(adapters)
    adapters.documents.append_changes(space, _changes("a", "b", "c"))
    adapters.documents.save_snapshot(space, b"snapshot 1", replaces_changes=0)
    assert _fields(adapters.documents.load_document(space)) == (
        b"snapshot 1",
        tuple(_changes("a", "b", "c")),
        b"snapshot 0",
        1,
    )
    adapters.documents.save_snapshot(space, b"snapshot 2", replaces_changes=2)
    assert _loaded(adapters, space).changes == tuple(_changes("c"))


def test_replacing_more_changes_than_are_stored_changes_nothing(adapters: Adapters) -> None:
    space = _created(adapters)
    adapters.documents.append_changes(space, _changes("a", "b"))
    with pytest.raises(ValueError, match="Changes replaced"):
        adapters.documents.save_snapshot(space, b"snapshot 1", replaces_changes=3)
    new = _space()
    with pytest.raises(ValueError, match="Changes replaced"):
        adapters.documents.save_snapshot(new, b"snapshot 0", replaces_changes=1)
    adapters.reopen()
    assert _fields(adapters.documents.load_document(space)) == (
        b"snapshot 0",
        tuple(_changes("a", "b")),
        None,
        0,
    )
    assert adapters.documents.load_document(new) is None


def test_documents_of_different_spaces_are_separate(adapters: Adapters) -> None:
    a, b = _created(adapters, b"a 0"), _created(adapters, b"b 0")
    adapters.documents.append_changes(a, _changes("a1", "a2"))
    adapters.documents.append_changes(b, _changes("b1"))
    adapters.documents.save_snapshot(a, b"a 1", replaces_changes=2)
    assert _fields(adapters.documents.load_document(a)) == (b"a 1", (), b"a 0", 1)
    assert _fields(adapters.documents.load_document(b)) == (b"b 0", tuple(_changes("b1")), None, 0)


# --- forgetting --------------------------------------------------------------------------------------------


def test_forget_document_removes_it_and_leaves_others_alone(adapters: Adapters) -> None:
    gone, kept = _created(adapters, b"gone 0"), _created(adapters, b"kept 0")
    for space in (gone, kept):
        adapters.documents.append_changes(space, _changes("x", "y"))
        adapters.documents.save_snapshot(space, b"1 " + space, replaces_changes=1)
        adapters.documents.append_changes(space, _changes("z"))
    adapters.documents.forget_document(gone)
    adapters.reopen()

    assert adapters.documents.load_document(gone) is None
    with pytest.raises(ValueError, match="save a snapshot first"):
        adapters.documents.append_changes(gone, _changes("late"))
    assert _fields(adapters.documents.load_document(kept)) == (
        b"1 " + kept,
        tuple(_changes("y", "z")),
        b"kept 0",
        1,
    )

    adapters.documents.save_snapshot(
        gone, b"again", replaces_changes=0
    )  # a fresh start, nothing carried over
    assert _fields(adapters.documents.load_document(gone)) == (b"again", (), None, 0)


def test_forgetting_an_unknown_document_is_harmless(adapters: Adapters) -> None:
    kept = _created(adapters)
    adapters.documents.forget_document(_space())
    assert _fields(adapters.documents.load_document(kept)) == (b"snapshot 0", (), None, 0)


# --- change proofs -----------------------------------------------------------------------------------------


def test_no_proofs_are_stored_at_first(adapters: Adapters) -> None:
    assert adapters.documents.load_proofs(_space()) is None
    assert adapters.documents.load_proofs(_created(adapters)) is None  # a document alone has none


def test_proofs_round_trip_and_survive_a_restart(adapters: Adapters) -> None:
    space, other = _created(adapters), _created(adapters)
    adapters.documents.save_proofs(space, b"proofs 1")
    assert adapters.documents.load_proofs(space) == b"proofs 1"
    adapters.reopen()
    assert adapters.documents.load_proofs(space) == b"proofs 1"
    assert adapters.documents.load_proofs(other) is None
    assert _fields(adapters.documents.load_document(space)) == (b"snapshot 0", (), None, 0)  # untouched


def test_saving_proofs_replaces_the_ones_stored(adapters: Adapters) -> None:
    space, other = _created(adapters), _created(adapters)
    adapters.documents.save_proofs(other, b"other proofs")
    adapters.documents.save_proofs(space, b"proofs 1, a longer blob")
    adapters.documents.save_proofs(space, b"proofs 2")
    adapters.reopen()
    assert adapters.documents.load_proofs(space) == b"proofs 2"
    assert adapters.documents.load_proofs(other) == b"other proofs"


def test_proofs_stay_through_appends_and_compaction(adapters: Adapters) -> None:
    space = _created(adapters)
    adapters.documents.save_proofs(space, b"proofs")
    adapters.documents.append_changes(space, _changes("a", "b"))
    adapters.documents.save_snapshot(space, b"snapshot 1", replaces_changes=2)
    adapters.reopen()
    assert adapters.documents.load_proofs(space) == b"proofs"


def test_proofs_may_be_from_1_byte_to_4_mib(adapters: Adapters) -> None:
    space = _created(adapters)
    adapters.documents.save_proofs(space, b"\x00")
    assert adapters.documents.load_proofs(space) == b"\x00"
    largest = os.urandom(ports.MAX_PROOFS_BYTES)
    adapters.documents.save_proofs(space, largest)
    for bad in (b"", bytes(ports.MAX_PROOFS_BYTES + 1)):
        with pytest.raises(ValueError, match=r"^Proofs: "):
            adapters.documents.save_proofs(space, bad)
    adapters.reopen()
    assert adapters.documents.load_proofs(space) == largest


def test_saving_proofs_needs_a_snapshot_first(adapters: Adapters) -> None:
    space = _space()
    with pytest.raises(ValueError, match="save a snapshot first"):
        adapters.documents.save_proofs(space, b"proofs")
    adapters.reopen()
    assert adapters.documents.load_proofs(space) is None
    assert adapters.documents.load_document(space) is None


def test_forget_document_deletes_the_proofs_and_leaves_others_alone(adapters: Adapters) -> None:
    gone, kept = _created(adapters), _created(adapters)
    adapters.documents.save_proofs(gone, b"gone proofs")
    adapters.documents.save_proofs(kept, b"kept proofs")
    adapters.documents.forget_document(gone)
    adapters.reopen()

    assert adapters.documents.load_proofs(gone) is None
    with pytest.raises(ValueError, match="save a snapshot first"):
        adapters.documents.save_proofs(gone, b"late proofs")  # cannot bring the space back
    assert adapters.documents.load_proofs(kept) == b"kept proofs"

    adapters.documents.save_snapshot(gone, b"again", replaces_changes=0)
    assert adapters.documents.load_proofs(gone) is None  # a fresh start, nothing carried over


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda d, s: d.load_proofs(s[:15]), "Space id"),
        (lambda d, s: d.load_proofs(s.hex()), "Space id"),
        (lambda d, s: d.save_proofs(s + b"x", b"p"), "Space id"),
        (lambda d, s: d.save_proofs(bytearray(s), b"p"), "Space id"),
        (lambda d, s: d.save_proofs(s, b""), "Proofs"),
        (lambda d, s: d.save_proofs(s, "proofs"), "Proofs"),
        (lambda d, s: d.save_proofs(s, bytearray(b"p")), "Proofs"),
        (lambda d, s: d.save_proofs(s, memoryview(b"p")), "Proofs"),
        (lambda d, s: d.save_proofs(s, None), "Proofs"),
        (lambda d, s: d.save_proofs(s, bytes(ports.MAX_PROOFS_BYTES + 1)), "Proofs"),
    ],
)
def test_bad_proofs_arguments_are_refused_and_nothing_is_written(
    adapters: Adapters, call: Callable[[Any, bytes], object], field: str
) -> None:
    space = _created(adapters)
    adapters.documents.save_proofs(space, b"proofs 0")
    with pytest.raises(ValueError, match=f"^{field}: "):
        call(adapters.documents, space)
    adapters.reopen()
    assert adapters.documents.load_proofs(space) == b"proofs 0"


# --- bad arguments -----------------------------------------------------------------------------------------

SPACE = os.urandom(SPACE_ID_BYTES)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda d: d.load_document(SPACE[:15]), "Space id"),
        (lambda d: d.load_document(SPACE.hex()), "Space id"),
        (lambda d: d.append_changes(bytearray(SPACE), [b"a"]), "Space id"),
        (lambda d: d.append_changes(SPACE, b"one change"), "Changes"),
        (lambda d: d.append_changes(SPACE, "one change"), "Changes"),
        (lambda d: d.append_changes(SPACE, {b"a"}), "Changes"),
        (lambda d: d.append_changes(SPACE, [b"a", b""]), "Change 1"),
        (lambda d: d.append_changes(SPACE, [b"a", "b"]), "Change 1"),
        (lambda d: d.append_changes(SPACE, [bytes(ports.MAX_CHANGE_BYTES + 1)]), "Change 0"),
        (lambda d: d.save_snapshot(SPACE + b"x", b"s", replaces_changes=0), "Space id"),
        (lambda d: d.save_snapshot(SPACE, b"", replaces_changes=0), "Snapshot"),
        (lambda d: d.save_snapshot(SPACE, memoryview(b"s"), replaces_changes=0), "Snapshot"),
        (
            lambda d: d.save_snapshot(SPACE, bytes(ports.MAX_SNAPSHOT_BYTES + 1), replaces_changes=0),
            "Snapshot",
        ),
        (lambda d: d.save_snapshot(SPACE, b"s", replaces_changes=-1), "Changes replaced"),
        (lambda d: d.save_snapshot(SPACE, b"s", replaces_changes=True), "Changes replaced"),
        (lambda d: d.save_snapshot(SPACE, b"s", replaces_changes=1.0), "Changes replaced"),
        (lambda d: d.save_snapshot(SPACE, b"s", replaces_changes="1"), "Changes replaced"),
        (lambda d: d.save_snapshot(SPACE, b"s", replaces_changes=3), "Changes replaced"),
        (lambda d: d.forget_document(None), "Space id"),
    ],
)
def test_bad_arguments_are_refused_and_nothing_is_written(
    adapters: Adapters, call: Callable[[Any], object], field: str
) -> None:
    documents = adapters.documents
    documents.save_snapshot(SPACE, b"snapshot 0", replaces_changes=0)
    documents.append_changes(SPACE, _changes("a", "b"))
    with pytest.raises(ValueError, match=f"^{field}: "):
        call(documents)
    adapters.reopen()
    assert _fields(adapters.documents.load_document(SPACE)) == (
        b"snapshot 0",
        tuple(_changes("a", "b")),
        None,
        0,
    )


def test_replaces_changes_must_be_named(adapters: Adapters) -> None:
    with pytest.raises(TypeError):
        adapters.documents.save_snapshot(_space(), b"s", 0)  # type: ignore[call-arg]


def test_a_bad_change_in_the_middle_of_a_batch_stores_none_of_it(adapters: Adapters) -> None:
    space = _created(adapters)
    with pytest.raises(ValueError, match="Change 2"):
        adapters.documents.append_changes(space, [*_changes("a", "b"), b"", *_changes("c")])
    assert _loaded(adapters, space).changes == ()


# --- with a real Automerge document ------------------------------------------------------------------------


def _view_of(document: StoredDocument | None) -> object:
    assert document is not None
    return CommunityDocument.load(document.snapshot + b"".join(document.changes)).view()


def test_an_automerge_document_loads_back_from_snapshot_and_changes(adapters: Adapters) -> None:
    doc = community()
    space = _space()
    adapters.documents.save_snapshot(space, doc.save(), replaces_changes=0)
    first_view = doc.view()
    for i in range(3):
        heads = doc.heads()
        doc.add_asset(asset(f"a{i}", title=f"Thing {i}"))
        adapters.documents.append_changes(space, doc.changes_since(heads))
    adapters.reopen()
    assert _view_of(adapters.documents.load_document(space)) == doc.view()

    stored = _loaded(adapters, space)
    assert len(stored.changes) == 3
    compacted = CommunityDocument.load(stored.snapshot + b"".join(stored.changes))
    heads = doc.heads()
    doc.add_asset(asset("late", title="Arrived during compaction"))
    adapters.documents.append_changes(space, doc.changes_since(heads))
    adapters.documents.save_snapshot(space, compacted.save(), replaces_changes=len(stored.changes))
    adapters.reopen()

    reloaded = _loaded(adapters, space)
    assert (reloaded.generation, len(reloaded.changes)) == (1, 1)
    assert _view_of(reloaded) == doc.view()
    assert reloaded.previous_snapshot is not None
    assert CommunityDocument.load(reloaded.previous_snapshot).view() == first_view != doc.view()  # last good
