"""Whole-document work: checking arguments, the root's shape on load, and writing a view in one go."""

from __future__ import annotations

from collections.abc import Callable

from . import _checks as c
from ._automerge import MISSING, ROOT, Obj, Plain, Reader, UnreadableError, Writer, plain
from ._codec import LIST_COLLECTIONS, MAP_COLLECTIONS, SCHEMA_VERSION, encode
from ._write import new_register, write_new
from .errors import CorruptDocumentError, InvalidValueError
from .model import Area, Asset, Event, LendingCircle, Member, NeedOrOffer, Project, Proposal, PulseRound
from .signed import LedgerEntry, Receipt, Vote
from .view import OPTIONAL_COLLECTIONS, CommunityView

ENTITY_TYPES: dict[str, type] = {
    "members": Member,
    "assets": Asset,
    "needs_offers": NeedOrOffer,
    "events": Event,
    "projects": Project,
    "circles": LendingCircle,
    "proposals": Proposal,
    "pulse_rounds": PulseRound,
    "areas": Area,
}


def actor(actor_id: object) -> bytes | None:
    if actor_id is None:
        return None
    if not isinstance(actor_id, bytes) or not 1 <= len(actor_id) <= 64:
        raise InvalidValueError("actor_id", "must be 1–64 bytes")
    return actor_id


def community_name(name: object) -> str:
    return c.community_name("name", name)


def fields_of(entity: object, coll: str) -> dict[str, Plain]:
    """The entity's stored fields, checked storable (InvalidValueError) before any transaction opens."""
    fields = plain(encode(entity), coll)
    assert isinstance(fields, dict)
    return fields


def expect(value: object, kind: type, path: str) -> None:
    if not isinstance(value, kind):
        raise InvalidValueError(path, f"must be a {kind.__name__}")


def author_of(entity: object) -> str:
    author = getattr(entity, "author", "")
    return author if isinstance(author, str) else ""


def kind_of(coll: str) -> str:
    return "map" if coll in MAP_COLLECTIONS else "list"


def init_root(w: Writer, name: str, *, receipts: bool = True) -> dict[str, bytes]:
    """The root of a new document: schema, name and every collection (so that all replicas share them).
    Without *receipts* (a community brought in from a time before receipts) votes keep being judged by their
    own date (`CommunityView.receipts`)."""
    w.put(ROOT, "schema", SCHEMA_VERSION)
    w.put(ROOT, "name", name)
    objs = {coll: w.put_map(ROOT, coll) for coll in MAP_COLLECTIONS}
    objs |= {coll: w.put_list(ROOT, coll) for coll in LIST_COLLECTIONS if receipts or coll != "receipts"}
    return objs


def check_shape(reader: Reader) -> None:
    """CorruptDocumentError unless the root is a community document of our schema."""
    try:
        root = dict(reader.items(ROOT, "root"))
    except UnreadableError as exc:
        raise CorruptDocumentError(f"the document's root cannot be read ({exc.reason})") from None
    schema = root.get("schema")
    if schema != SCHEMA_VERSION or type(schema) is not int:
        raise CorruptDocumentError(
            f"not a community document of schema {SCHEMA_VERSION} (schema: {schema!r})"
        )
    if reader.as_text(root.get("name", MISSING), "name") is None:
        raise CorruptDocumentError("the community has no name")
    for coll in MAP_COLLECTIONS + LIST_COLLECTIONS:
        node = root.get(coll)
        if node is None and coll in OPTIONAL_COLLECTIONS:
            continue  # a document made before this collection existed
        if not isinstance(node, Obj) or node.kind != kind_of(coll):
            raise CorruptDocumentError(f"the document's {coll!r} is not a {kind_of(coll)}")


def plan_view(view: CommunityView) -> Callable[[Writer], None]:
    """Check everything in *view* (InvalidValueError), then return the one transaction that writes it."""
    expect(view, CommunityView, "view")
    name = community_name(view.name)
    records: list[tuple[str, str, dict[str, Plain], str]] = []
    for coll, kind in ENTITY_TYPES.items():
        for key, entity in getattr(view, coll).items():
            expect(entity, kind, f"{coll}/{key}")
            if key != entity.id:
                raise InvalidValueError(f"{coll}/{key}", f"holds {entity.id!r}")
            records.append((coll, key, fields_of(entity, coll), author_of(entity)))
    for member, minutes in view.credit_limits.items():
        c.ident("credit_limits", member)
        c.credit_limit(f"credit_limits/{member}", minutes)
    appended: dict[str, list[Plain]] = {}
    for coll, kind in (("ledger", LedgerEntry), ("votes", Vote), ("receipts", Receipt)):
        seen: set[str] = set()
        appended[coll] = []
        for index, record in enumerate(getattr(view, coll) or ()):
            expect(record, kind, f"{coll}/{index}")
            if record.id in seen:
                raise InvalidValueError(f"{coll}/{index}", f"repeats the id {record.id!r}")
            seen.add(record.id)
            appended[coll].append(fields_of(record, coll))
    unlimited = sorted(view.members.keys() - view.credit_limits.keys())

    def write(w: Writer) -> None:
        objs = init_root(w, name, receipts=view.receipts is not None)
        for coll, key, fields, by in records:
            write_new(w, objs[coll], key, coll, fields, by)
        for member, minutes in view.credit_limits.items():
            w.put(objs["credit_limits"], member, new_register(minutes, ""))
        for member in unlimited:  # empty registers: see CommunityDocument.add_member
            w.put_map(objs["credit_limits"], member)
        for coll, values in appended.items():
            for index, value in enumerate(values if coll in objs else ()):
                w.insert(objs[coll], index, value)

    return write
