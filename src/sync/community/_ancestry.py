"""Which changes are in a change's history: "before its first vote" judged from the change, not the copy.

A proposal's terms change only before its first vote, a project's money terms only before its first stake.
Judged against the receiver's copy, an edit racing the first vote would be taken by a peer that had not yet
seen the vote and refused by one that had. So the verdict reads only the edit's own history: the edit is
refused when a change that adds a vote naming the proposal (a stake naming the project) is among its
dependencies, transitively. Every peer holds that history before it judges the edit, so every peer agrees.

`Ancestry` keeps each change's dependencies and the few changes that add votes or stakes (their *marks*);
walking back from an edit happens only for terms edits of a proposal or project that has a mark at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ._ops import Action, DecodedChange, OpId

Mark = tuple[str, str]  # ("vote", proposal id) or ("stake", project id)
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

    def learn(self, change: DecodedChange) -> None:
        self.parents[change.hash] = change.deps
        if change.ops and change.deps:  # the layout change is never read (see the gate)
            for mark in self._marks(change):
                self.marked.setdefault(mark, set()).add(change.hash)

    def in_history(self, mark: Mark, deps: Iterable[bytes]) -> bool:
        """Whether a change carrying *mark* is among *deps* or their history."""
        holders = self.marked.get(mark)
        if not holders:
            return False
        stack, seen = list(deps), set()
        while stack:
            digest = stack.pop()
            if digest in seen:
                continue
            if digest in holders:
                return True
            seen.add(digest)
            stack.extend(self.parents.get(digest, ()))
        return False

    def _list_ids(self) -> dict[str, OpId]:
        if self._ids is None:
            found = self._lists()
            if "votes" in found and "ledger" in found:
                self._ids = found
            return found
        return self._ids

    def _marks(self, change: DecodedChange) -> set[Mark]:
        """A vote inserted into the votes list names its proposal; a ledger entry inserted into the ledger
        whose kind is "stake_bought" names its project (`ref`). Elements are written whole in one change."""
        ids = self._list_ids()
        votes, ledger = ids.get("votes"), ids.get("ledger")
        made: dict[OpId, str] = {}  # a vote or ledger element made by this change → which
        fields: dict[OpId, dict[str, object]] = {}
        for op in change.ops:
            if op.insert and op.action is Action.MAKE_MAP and op.obj is not None:
                if op.obj == votes:
                    made[op.id] = "vote"
                elif op.obj == ledger:
                    made[op.id] = "entry"
            elif op.action is Action.SET and op.obj in made and isinstance(op.key, str):
                assert op.obj is not None
                fields.setdefault(op.obj, {})[op.key] = op.value.value
        out: set[Mark] = set()
        for element, what in made.items():
            named = fields.get(element, {})
            if what == "vote" and isinstance(named.get("proposal_id"), str):
                out.add(("vote", str(named["proposal_id"])))
            elif (
                what == "entry" and named.get("kind") == "stake_bought" and isinstance(named.get("ref"), str)
            ):
                out.add(("stake", str(named["ref"])))
        return out


__all__ = ["Ancestry", "Lists", "Mark", "no_lists"]
