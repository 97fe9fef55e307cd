"""A community's "What's new": read from the document's history since the heads the member last saw.

The heads are kept in the profile's store next to the document (`DocumentRepository.save_seen`), so "new"
survives a restart and goes with the community when it is forgotten. A report names the heads it was read at;
the window marks exactly those as seen, so what arrives while the person is reading stays new.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sync.community import CommunityError, NotFoundError
from sync.community.incremental import IncrementalLedger
from sync.community.ledger import LedgerReport
from sync.community.news import Seen, news

from ..protocol import CommunityNews, MarkSeen
from ..values import NewsReport
from . import handles
from .community import community_id

if TYPE_CHECKING:
    from sync.community import CommunityDocument, CommunityView, MembershipVerifier

    from ..core import Service

__all__ = ["NewsCache"]


def _document(service: Service, space_id: bytes) -> CommunityDocument:
    doc = service.engine.document(space_id)
    if doc is None:
        raise LookupError("This community's records have not arrived yet.")
    return doc


class NewsCache:
    """Per community, what a report needs that does not change with every change: what its member last saw
    (`Seen`), by the heads it was read at — reading the document as of earlier heads costs about a second for
    a 10,000-asset community, so it is done once per mark (and not at all when the mark is at the current
    heads, whose view is at hand) — and the checked ledger: after a change that only appended entries dated
    after every judged one, only those are judged (`IncrementalLedger`); otherwise all of it again."""

    def __init__(self) -> None:
        self._seen: dict[bytes, tuple[frozenset[bytes], Seen]] = {}
        self._ledgers: dict[bytes, IncrementalLedger] = {}

    def seen(self, space_id: bytes, heads: list[bytes], doc: CommunityDocument) -> Seen | None:
        key = frozenset(heads)
        cached = self._seen.get(space_id)
        if cached is not None and cached[0] == key:
            return cached[1]
        try:
            past = doc.view() if key == frozenset(doc.heads()) else doc.as_of(heads).view()
        except (NotFoundError, CommunityError):
            return None
        seen = Seen.of(past)
        self._seen[space_id] = (key, seen)
        return seen

    def ledger(
        self, space_id: bytes, view: CommunityView, state: object, verifier: MembershipVerifier
    ) -> LedgerReport:
        """The ledger as `check_ledger` judges it; *state* is the space's membership state, replaced whenever
        what the verifier knows of devices and members changes."""
        return self._ledgers.setdefault(space_id, IncrementalLedger()).check(view, verifier, state)

    def forget(self, space_id: bytes) -> None:
        self._seen.pop(space_id, None)
        self._ledgers.pop(space_id, None)


def _seen(service: Service, doc: CommunityDocument, space_id: bytes) -> Seen | None:
    """The community as the member last saw it; None if they never looked, or if the document no longer holds
    what they saw (it was rebuilt without a change a peer later had refused): then this look starts afresh."""
    heads = service.session.documents.load_seen(space_id)
    return service.news.seen(space_id, heads, doc) if heads else None


@handles(CommunityNews)
def community_news(service: Service, command: CommunityNews) -> NewsReport:
    space_id = community_id(service, command.space)
    doc = _document(service, space_id)
    heads = doc.heads()
    now = doc.view()
    space = service.engine.space(space_id)
    assert space is not None  # community_id checked it
    report = news(
        _seen(service, doc, space_id),
        now,
        me=service.engine.member_id(space_id),
        at=service.engine.now(),
        ledger=service.news.ledger(space_id, now, space.state, service.verifier(space_id)),
        review=len(doc.conflicts()) + len(now.problems),
    )
    return NewsReport(command.space, report, tuple(h.hex() for h in heads))


@handles(MarkSeen)
def mark_seen(service: Service, command: MarkSeen) -> None:
    space_id = community_id(service, command.space)
    doc = _document(service, space_id)
    try:
        heads = [bytes.fromhex(h) for h in command.heads]
    except ValueError:
        raise ValueError("Those are not change hashes.") from None
    if not heads or set(doc.known_changes(heads)) != set(heads):
        raise LookupError("This community does not hold what was read: look again.")
    service.session.documents.save_seen(space_id, heads)
    service.news.seen(space_id, heads, doc)  # usually the current view: ready for the next report at once
