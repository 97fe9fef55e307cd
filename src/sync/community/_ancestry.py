"""Which changes are in a change's history: "before its first vote" judged from the change, not the copy.

A proposal's terms change only before its first vote, a project's money terms only before its first stake.
Judged against the receiver's copy, an edit racing the first vote would be taken by a peer that had not yet
seen the vote and refused by one that had. So the verdict reads only the edit's own history: the edit is
refused when a change that adds a vote naming the proposal (a stake naming the project) is among its
dependencies, transitively. Every peer holds that history before it judges the edit, so every peer agrees.

`Ancestry` keeps each change's dependencies and the few changes that add votes or stakes (their *marks*);
walking back from an edit happens only for terms edits of a proposal or project that has a mark at all.

Sealed ballots are judged the same way (`_vote_rules`): the changes that open a proposal with its results
hidden, that add a sealed vote and that add a reveal carry marks too, the first two with the fields the rules
read (a sealed proposal's deadline; a sealed vote's proposal, member, device and commitment), so "a readable
vote on a sealed proposal", "a reveal of the sealed vote it names" and "one reveal per sealed vote" are read
from the vote's own history.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ._ops import Action, DecodedChange, OpId

# ("vote", proposal id), ("stake", project id), ("sealed", proposal id), ("sealed-vote", vote id) or
# ("reveal", sealed vote id)
Mark = tuple[str, str]
Fields = dict[str, object]
Lists = Callable[[], dict[str, OpId]]  # the document's list collections ("votes", "ledger") by object id


def no_lists() -> dict[str, OpId]:
    return {}


class Ancestry:
    """The dependency graph of a document's changes, and which of them add votes or stakes."""

    def __init__(self, lists: Lists = no_lists) -> None:
        self._lists = lists
        self._ids: dict[str, OpId] | None = None  # read once the document has its lists (never replaced)
        self.parents: dict[bytes, tuple[bytes, ...]] = {}
        self.marked: dict[Mark, set[bytes]] = {}  # mark → the changes that carry it
        self.fields: dict[tuple[Mark, bytes], Fields] = {}  # what a sealed proposal or vote's change wrote

    def learn(self, change: DecodedChange) -> None:
        self.parents[change.hash] = change.deps
        if change.ops and change.deps:  # the layout change is never read (see the gate)
            for mark, fields in self._marks(change).items():
                self.marked.setdefault(mark, set()).add(change.hash)
                if fields is not None:
                    self.fields[(mark, change.hash)] = fields

    def in_history(self, mark: Mark, deps: Iterable[bytes]) -> bool:
        """Whether a change carrying *mark* is among *deps* or their history."""
        return self.found(mark, deps) is not None

    def found(self, mark: Mark, deps: Iterable[bytes]) -> Fields | None:
        """The fields kept of a change carrying *mark* among *deps* or their history (empty for a mark that
        keeps none), or None when no such change is there."""
        holders = self.marked.get(mark)
        if not holders:
            return None
        stack, seen = list(deps), set()
        while stack:
            digest = stack.pop()
            if digest in seen:
                continue
            if digest in holders:
                return self.fields.get((mark, digest), {})
            seen.add(digest)
            stack.extend(self.parents.get(digest, ()))
        return None

    def _list_ids(self) -> dict[str, OpId]:
        if self._ids is None:
            found = self._lists()
            if "votes" in found and "ledger" in found:
                self._ids = found
            return found
        return self._ids

    def _marks(self, change: DecodedChange) -> dict[Mark, Fields | None]:
        """A vote inserted into the votes list names its proposal; a ledger entry inserted into the ledger
        whose kind is "stake_bought" names its project (`ref`); a proposal made with its results sealed, a
        sealed vote and a reveal are marked with the fields the vote rules read. Records are written whole in
        one change."""
        ids = self._list_ids()
        votes, ledger, proposals = ids.get("votes"), ids.get("ledger"), ids.get("proposals")
        made: dict[OpId, str] = {}  # a vote, ledger element or proposal made by this change → which
        fields: dict[OpId, Fields] = {}
        for op in change.ops:
            if op.action is Action.MAKE_MAP and op.obj is not None:
                if op.insert and op.obj == votes:
                    made[op.id] = "vote"
                elif op.insert and op.obj == ledger:
                    made[op.id] = "entry"
                elif not op.insert and op.obj == proposals and isinstance(op.key, str):
                    made[op.id] = "proposal"
            elif op.action is Action.SET and op.obj in made and isinstance(op.key, str):
                assert op.obj is not None
                fields.setdefault(op.obj, {})[op.key] = op.value.value
        out: dict[Mark, Fields | None] = {}
        for element, what in made.items():
            named = fields.get(element, {})
            out.update(_marks_of(what, named))
        return out


def _marks_of(what: str, named: Fields) -> dict[Mark, Fields | None]:
    if what == "vote" and isinstance(named.get("proposal_id"), str):
        out: dict[Mark, Fields | None] = {("vote", str(named["proposal_id"])): None}
        if isinstance(named.get("commitment"), str) and isinstance(named.get("id"), str):
            out[("sealed-vote", str(named["id"]))] = named
        if isinstance(named.get("reveals"), str):
            out[("reveal", str(named["reveals"]))] = None
        return out
    if what == "entry" and named.get("kind") == "stake_bought" and isinstance(named.get("ref"), str):
        return {("stake", str(named["ref"])): None}
    if what == "proposal" and named.get("sealed") is True and isinstance(named.get("id"), str):
        return {("sealed", str(named["id"])): {"deadline": named.get("deadline")}}
    return {}


__all__ = ["Ancestry", "Lists", "Mark", "no_lists"]
