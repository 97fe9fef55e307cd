"""The write rules, checked on every operation of every change a peer sends, the same way on every peer.

Where an operation lands is found from an index of the document's objects (which collection, record and
field each map or list is), kept up to date from the operations themselves. The rules:

- the root's collections are made once, by an admin's change with no dependencies (which the gate takes whole),
  and never replaced or added to; only an admin renames the community;
- records are never deleted or replaced; `ledger`, `votes` and `receipts` are append-only: an element is only
  ever inserted, whole, in one change, and never changed or deleted afterwards;
- a receipt names its writer's own member and device (nobody writes one for another, an admin neither);
- a new record names its writer as its author (`author`, or `member_id` for a vote; a member record is the
  writer's own); an admin may create records for others (bringing a community in from elsewhere), but signed
  ledger entries and votes are judged by their signatures whoever inserted them;
- a member edits only their own member record, except the role; roles and credit limits change only by an admin
  (the membership log's roles); a register write names its writer (`by`) or nobody; whether a member's card
  shows the lending circles they completed (`shows_circles`) is theirs alone: an admin who makes a record for
  someone else may not set it;
- a lending circle never changes once made, not even by its author: its members joined those terms;
- a proposal's terms (amount, currency, deadline, quorum, threshold) change only by its author and only before
  its first vote; whether its results stay hidden until the deadline is set when it opens and never changes,
  nor does the deadline of one whose results do (the rules of new votes are in `_vote_rules`); a project's
  money terms (stake price, currency, stakes offered, bonus, repayment date) only by its steward or an admin,
  and only before its first stake; its status by its steward or an admin. "Before" is read from the edit's
  own history (`_ancestry`), never from the receiver's copy, so every peer agrees;
- any member marks a need or offer met, but only its author or an admin withdraws it;
- an event changes only by its author or an admin, and never its id, author or creation time;
- a rating, a progress report and a pulse submission are the writer's own (keyed by, or naming, the writer);
- an asset's fields other than ratings change only by its author or an admin; a person's skill (a human asset)
  never holds a precise location: at most two decimal places (see model.COARSE_DECIMALS).
- an area (an outline on the map) is changed or marked removed only by its author or an admin.
- a pulse round lists at least five people and never changes once opened, except that each participant adds
  their own pulse key and their own masked post, each once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ._codec import LIST_COLLECTIONS, LOG_HEADS, MAP_COLLECTIONS
from ._instants import parse_instant
from ._ops import Action, DecodedChange, Op, OpId
from ._vote_rules import VoteRuleError, check_votes
from .authority import LogPoint, Writer
from .model import MIN_PULSE_ROSTER, is_coarse, quorum_minimum

Path = tuple[str, ...]  # ("members",), ("members", "alice"), ("members", "alice", "role"), …
Record = tuple[str, str]  # (collection, record key): what the window reads again after a change

AUTHORED = {"assets", "needs_offers", "events", "projects", "circles", "proposals", "pulse_rounds", "areas"}
PROPOSAL_TERMS = {"amount_minor", "currency", "deadline", "quorum", "threshold_percent"}
PROJECT_TERMS = {
    "stake_price_minor",
    "currency",
    "stakes_offered",
    "bonus_percent",
    "repay_by",
    "verifiers",
    "verifiers_needed",
}
_MAKES = {Action.MAKE_MAP, Action.MAKE_LIST, Action.MAKE_TEXT}


class RuleError(Exception):
    """An operation breaks a write rule; the message says which."""


@dataclass
class Context:
    """What the rules read from the document as it stands before the change."""

    field: Callable[[str, str, str], object]  # (collection, record key, field) → stored plain value or None
    # (proposal id, a change's dependencies) → a vote naming the proposal is in that history (`_ancestry`)
    has_votes: Callable[[str, tuple[bytes, ...]], bool]
    # (project id, a change's dependencies) → a stake bought in the project is in that history
    has_stakes: Callable[[str, tuple[bytes, ...]], bool]
    # asset id → its stored (lat, lon), or None; a default for contexts built before this rule
    location: Callable[[str], tuple[object, object] | None] = lambda _asset: None
    # (collection, record key, field) → how many elements the stored list holds, or None
    length: Callable[[str, str, str], int | None] = lambda _coll, _key, _name: None
    # (mark, a change's dependencies) → the fields kept of a change carrying the mark in that history, or
    # None (`_ancestry.Ancestry.found`: sealed proposals, sealed votes and reveals)
    recorded: Callable[[tuple[str, str], tuple[bytes, ...]], dict[str, object] | None] = lambda _mark, _deps: (
        None
    )


class Batch:
    """What the changes accepted earlier in one batch wrote. The rules read the document as it stood before the
    batch (it is applied once judged), so a record one change of the batch makes and a later one edits is read
    from here: otherwise its author's edit would be refused as a stranger's, depending on whether the two changes
    happened to arrive together, and peers would disagree."""

    def __init__(self) -> None:
        self.values: dict[Path, object] = {}  # scalar values set, by path
        self.lengths: dict[Path, int] = {}  # elements inserted into the lists the batch made, by path

    def learn(self, made: dict[OpId, Path], values: dict[Path, object], inserted: dict[OpId, int]) -> None:
        self.values.update(values)
        for obj, count in inserted.items():
            path = made.get(obj)
            if path is not None:
                self.lengths[path] = self.lengths.get(path, 0) + count

    def over(self, ctx: Context) -> Context:
        """*ctx*, reading what the batch wrote wherever the document holds nothing yet."""
        values, lengths = self.values, self.lengths

        def field(coll: str, key: str, name: str) -> object:
            held = ctx.field(coll, key, name)
            return values.get((coll, key, name)) if held is None else held

        def location(asset: str) -> tuple[object, object] | None:
            held = ctx.location(asset)
            if held is not None:
                return held
            lat = values.get(("assets", asset, "location", "lat"), _ABSENT)
            lon = values.get(("assets", asset, "location", "lon"), _ABSENT)
            return None if lat is _ABSENT or lon is _ABSENT else (lat, lon)

        def length(coll: str, key: str, name: str) -> int | None:
            held = ctx.length(coll, key, name)
            return lengths.get((coll, key, name)) if held is None else held

        return Context(
            field=field,
            has_votes=ctx.has_votes,
            has_stakes=ctx.has_stakes,
            location=location,
            length=length,
            recorded=ctx.recorded,
        )


class ObjectIndex:
    """Where each object of the document is: its path from the root."""

    def __init__(self) -> None:
        self.paths: dict[OpId, Path] = {}

    def add(self, obj: OpId, path: Path) -> None:
        self.paths[obj] = path

    def path_of(self, obj: OpId | None) -> Path | None:
        return () if obj is None else self.paths.get(obj)


def check_change(
    change: DecodedChange,
    writer: Writer,
    index: ObjectIndex,
    ctx: Context,
    log: LogPoint | None = None,
    batch: Batch | None = None,
) -> set[Record] | None:
    """Raise `RuleError` if an operation of *change* breaks a rule; otherwise record the objects it makes (and,
    given its *batch*, what it wrote) and return the records it touched (`records_touched`, read in the same
    pass). *writer*'s role and *log*'s members are the membership log at the heads the change names."""
    made: dict[OpId, Path] = {}  # objects made by this change, with their paths
    records: set[Path] = set()  # the records (collection, key) this change made
    values: dict[Path, object] = {}  # scalar values this change sets, by path
    inserted: dict[OpId, int] = {}  # how many elements this change inserts into each list it made
    touched: set[Record] | None = set()
    for op in change.ops:
        parent = _parent_of(op, made, index)
        if parent is None:
            raise RuleError("writes into an object this document does not hold")
        if touched is not None:
            record = _record_of(parent, op)
            if record is None:
                touched = None
            else:
                touched.add(record)
        path = _child_path(parent, op)
        if _edits_voters(parent, op):
            raise RuleError(f"proposal '{parent[1]}' keeps the voters it opened with")
        _check_op(op, parent, path, writer, records, ctx, change.deps)
        if op.action in _MAKES:
            made[op.id] = path
            if len(path) == 2:
                records.add(path)
        elif op.action is Action.SET:
            values[path] = op.value.value
        if op.insert and op.obj in made:
            inserted[op.obj] = inserted.get(op.obj, 0) + 1
    _check_new_records(made, values, writer)
    try:
        check_votes(made.values(), values, ctx.recorded, change.deps)
    except VoteRuleError as exc:
        raise RuleError(str(exc)) from None
    _check_voters(made, values, inserted, log)
    _check_human_locations(values, ctx)
    _pulse_roster_size(made, inserted)
    for obj, path in made.items():
        index.add(obj, path)
    if batch is not None:
        batch.learn(made, values, inserted)
    if touched is not None:
        touched.discard(_NO_RECORD)
    return touched


def _edits_voters(parent: Path, op: Op) -> bool:
    """An op inside a proposal's voters list that changes or removes a voter (only inserts make the list)."""
    in_voters = len(parent) >= 3 and parent[0] == "proposals" and parent[2] == "voters"
    return in_voters and (op.action is Action.DELETE or not op.insert)


def element_key(element: OpId) -> str:
    """How a list element (a ledger entry, a vote) is named in a path: by the id of the op that made it."""
    return f"#{element.counter}@{element.actor.hex()}"


def _parent_of(op: Op, made: dict[OpId, Path], index: ObjectIndex) -> Path | None:
    """The path of the object *op* writes into: one this change made, or one the document holds."""
    if op.obj is None:
        return ()
    parent = made.get(op.obj)
    return parent if parent is not None else index.path_of(op.obj)


def _child_path(parent: Path, op: Op) -> Path:
    if isinstance(op.key, str):
        return (*parent, op.key)
    # A list element: ledger and vote records are named by their own object id until their "id" is read.
    return (*parent, element_key(op.id)) if op.insert else (*parent, "#existing")


def _check_op(
    op: Op,
    parent: Path,
    path: Path,
    writer: Writer,
    records: set[Path],
    ctx: Context,
    deps: tuple[bytes, ...],
) -> None:
    depth = len(parent)
    created_here = len(parent) >= 2 and parent[:2] in records  # a record this change made
    if depth == 0:
        _check_root(op, writer)
        return
    coll = parent[0]
    if coll in LIST_COLLECTIONS:
        if depth == 1:
            if not (op.insert and op.action is Action.MAKE_MAP):
                raise RuleError(f"'{coll}' is append-only: its records are never changed or removed")
        elif not created_here:
            raise RuleError(f"'{coll}' is append-only: a record is never changed after it was written")
        return
    if coll not in MAP_COLLECTIONS:
        raise RuleError(f"writes under '{coll}', which is not part of the document")
    if depth == 1:
        if op.action is not Action.MAKE_MAP or op.pred:
            raise RuleError(f"records in '{coll}' are never deleted or replaced")
        if coll in ("members", "credit_limits") and path[1] != writer.member_id and not writer.admin:
            raise RuleError(f"only an admin makes another member's {_what(coll)}")
        return
    if created_here:
        return  # a new record's own fields: checked as a whole in _check_new_records
    key, field = parent[1], path[2] if depth == 2 else parent[2]
    _check_update(coll, key, field, path, op, writer, ctx, deps)


def _check_root(op: Op, writer: Writer) -> None:
    if op.key == LOG_HEADS and op.action is Action.SET:
        return  # read by the gate (sync.community._log_heads)
    if op.key == "name" and op.action is Action.SET:
        if not writer.admin:
            raise RuleError("only an admin renames the community")
        return
    # Collections are laid out by a change with no dependencies, by an admin (the gate takes that one whole).
    raise RuleError(f"the document's '{op.key}' is made once, when the community is created")


def _what(coll: str) -> str:
    return "member record" if coll == "members" else "credit limit"


def _check_update(
    coll: str, key: str, field: str, path: Path, op: Op, writer: Writer, ctx: Context, deps: tuple[bytes, ...]
) -> None:
    me = writer.member_id
    if coll == "members":
        if field == "role":
            if not writer.admin:
                raise RuleError("only an admin changes a member's role")
        elif key != me:
            raise RuleError(f"only member '{key}' edits their own record")
    elif coll == "credit_limits":
        if not writer.admin:
            raise RuleError("only an admin sets a credit limit")
    elif coll == "proposals" and field == "voters":
        raise RuleError(f"proposal '{key}' keeps the voters it opened with")
    elif coll == "proposals" and field == "sealed":
        raise RuleError(f"proposal '{key}' keeps its results hidden, or not, as it opened")
    elif coll == "proposals" and field == "deadline" and ctx.field("proposals", key, "sealed") is True:
        raise RuleError(f"proposal '{key}' hides its results until its deadline: the deadline never changes")
    elif coll == "proposals" and field in PROPOSAL_TERMS:
        voters = ctx.length("proposals", key, "voters")
        if field == "quorum" and voters is not None and _too_small(op.value.value, voters):
            raise RuleError(_quorum_reason(voters))
        if ctx.field("proposals", key, "author") != me:
            raise RuleError(f"only the author of proposal '{key}' changes its terms")
        if ctx.has_votes(key, deps):
            raise RuleError(f"proposal '{key}' has votes: its terms no longer change")
    elif coll == "projects" and (field in PROJECT_TERMS or field == "status"):
        if ctx.field("projects", key, "author") != me and not writer.admin:
            raise RuleError(f"only the steward of project '{key}' or an admin changes its terms")
        if field != "status" and ctx.has_stakes(key, deps):
            raise RuleError(f"project '{key}' has sold stakes: its money terms no longer change")
    elif coll == "needs_offers" and field == "resolution" and op.value.value == "withdrawn":
        if ctx.field("needs_offers", key, "author") != me and not writer.admin:
            raise RuleError(f"only the author of '{key}' or an admin withdraws it")
    elif coll == "events":
        if ctx.field("events", key, "author") != me and not writer.admin:
            raise RuleError(f"only the author of event '{key}' or an admin changes it")
        if field in ("id", "author", "created_at"):
            raise RuleError(f"event '{key}' keeps its {field}")
    elif coll == "circles":
        raise RuleError(f"lending circle '{key}' is fixed once made: its members joined these terms")
    elif coll == "areas" and ctx.field("areas", key, "author") != me and not writer.admin:
        raise RuleError(f"only the author of area '{key}' or an admin changes it")
    elif coll == "assets" and field == "ratings" and len(path) >= 4 and path[3] != me:
        raise RuleError("a member rates an asset only for themselves")
    elif coll == "assets" and field != "ratings":
        if ctx.field("assets", key, "author") != me and not writer.admin:
            raise RuleError(f"only the author of asset '{key}' or an admin edits it")
    elif coll == "pulse_rounds":
        _check_pulse_update(key, field, path, op, me)
    elif coll == "projects" and field == "reports" and path[4:] == ("author",) and op.value.value != me:
        raise RuleError("a progress report names its writer as its author")


PULSE_ENTRIES = {"keys", "submissions"}


def _check_pulse_update(key: str, field: str, path: Path, op: Op, me: str) -> None:
    """A pulse round's terms never change; a participant writes their own key and masked post, each once."""
    if field not in PULSE_ENTRIES:
        raise RuleError(f"pulse round '{key}' is fixed once opened: its {field} never changes")
    if len(path) < 4:
        return  # the entries' map itself, made for an older round
    if path[3] != me:
        raise RuleError("a member writes only their own pulse key and answer")
    if op.pred:  # it replaces a value already there
        raise RuleError(f"a pulse {'key' if field == 'keys' else 'answer'} is written once")


def _pulse_roster_size(made: dict[OpId, Path], inserted: dict[OpId, int]) -> None:
    """A new pulse round lists at least five people (counted from the roster list's inserts)."""
    for obj, path in made.items():
        is_roster = len(path) == 3 and path[0] == "pulse_rounds" and path[2] == "roster"
        if is_roster and inserted.get(obj, 0) < MIN_PULSE_ROSTER:
            raise RuleError(f"a pulse round needs at least {MIN_PULSE_ROSTER} people on its roster")


def _check_new_records(made: dict[OpId, Path], values: dict[Path, object], writer: Writer) -> None:
    """A record made by this change names its writer (an admin may make records for others), and every register
    write in the change, in a new record or an old one, names its writer or nobody."""
    me = writer.member_id
    for path in made.values():
        if len(path) != 2:
            continue
        coll = path[0]
        if coll in AUTHORED and values.get((*path, "author")) != me and not writer.admin:
            raise RuleError(f"a new record in '{coll}' names someone else as its author")
        if coll in ("ledger", "votes"):
            named = values.get((*path, "author" if coll == "ledger" else "member_id"))
            if not isinstance(named, str):
                raise RuleError(f"a new {coll} record names nobody")
        if coll == "members" and path[1] != me and values.get((*path, "shows_circles")) is True:
            raise RuleError("only the member themselves chooses to show their circles on their card")
        if coll == "receipts" and (
            values.get((*path, "member_id")) != me or values.get((*path, "device_id")) != writer.device_id
        ):
            raise RuleError(
                "a receipt names its writer's own device: nobody, an admin neither, writes one for another"
            )
        if coll == "proposals":
            opened, closes = (
                parse_instant(values.get((*path, "created_at"))),
                parse_instant(values.get((*path, "deadline"))),
            )
            if opened is not None and closes is not None and closes <= opened:
                raise RuleError("a proposal's deadline is after it opens")
    for path, value in values.items():
        if len(path) >= 4 and path[-1] == "by" and value not in ("", me):
            raise RuleError("a register write names another member as its writer")
        if writer.admin:
            continue
        if path[0] == "credit_limits" and len(path) >= 3:
            raise RuleError("only an admin sets a credit limit")
        role = path[0] == "members" and len(path) == 5 and path[2] == "role" and path[4] == "value"
        if role and value != "member":
            raise RuleError("only an admin makes a member an admin")


def _check_voters(
    made: dict[OpId, Path], values: dict[Path, object], inserted: dict[OpId, int], log: LogPoint | None
) -> None:
    """A new proposal lists its voters: exactly the members of the membership log at the heads its change names
    (sorted member ids), and its quorum is at least `model.quorum_minimum` of them."""
    lists = {path: obj for obj, path in made.items()}
    for path in [p for p in made.values() if len(p) == 2 and p[0] == "proposals"]:
        listed = [v for p, v in values.items() if len(p) == 4 and p[:3] == (*path, "voters")]
        held = lists.get((*path, "voters"))
        if held is None or inserted.get(held, 0) != len(listed):
            raise RuleError(f"proposal '{path[1]}' does not list its voters")
        if log is not None:
            _same_voters(path[1], listed, log.members)
        if _too_small(values.get((*path, "quorum")), len(listed)):
            raise RuleError(_quorum_reason(len(listed)))


def _same_voters(proposal: str, listed: list[object], members: tuple[str, ...]) -> None:
    if not members:
        raise RuleError(f"proposal '{proposal}' has nobody to vote: the log it names lists no member")
    outsiders = len({v for v in listed if v not in members})
    left_out = len(set(members) - set(listed))
    if outsiders or left_out:
        raise RuleError(
            f"proposal '{proposal}' lists {outsiders} voter(s) who were not members when it opened and leaves"
            f" out {left_out} who were: its voters are the {len(members)} members of the log it names"
        )
    if listed != list(members):
        raise RuleError(f"proposal '{proposal}' lists its voters out of order or twice")


def _too_small(quorum: object, voters: int) -> bool:
    return isinstance(quorum, int) and quorum < quorum_minimum(voters)


def _quorum_reason(voters: int) -> str:
    return f"a quorum below {quorum_minimum(voters)}, the least for {voters} voters"


def _check_human_locations(values: dict[Path, object], ctx: Context) -> None:
    """A person's skill (a HUMAN asset) never carries a precise point: its location, whether written now or
    already stored when the kind becomes human, has at most two decimal places (a ~1 km cell)."""
    for key in {path[1] for path in values if len(path) >= 3 and path[0] == "assets"}:
        kind = values.get(("assets", key, "kind"), _ABSENT)
        if (ctx.field("assets", key, "kind") if kind is _ABSENT else kind) != "human":
            continue
        written = [values.get(("assets", key, "location", axis), _ABSENT) for axis in ("lat", "lon")]
        cleared = ("assets", key, "location") in values  # set to null: no point at all
        if all(w is _ABSENT for w in written) and kind is not _ABSENT and not cleared:
            stored = ctx.location(key)
            written = list(stored) if stored is not None else []
        if not is_coarse(*(w for w in written if w is not _ABSENT)):
            raise RuleError(
                f"asset '{key}' is a person's skill: its location is an area, never a precise point"
            )


_ABSENT = object()


def index_change(change: DecodedChange, index: ObjectIndex) -> None:
    """Record the objects a change made (one already applied, such as a local one) without judging it."""
    made: dict[OpId, Path] = {}
    for op in change.ops:
        parent = _parent_of(op, made, index)
        if parent is not None and op.action in _MAKES:
            made[op.id] = _child_path(parent, op)
    for obj, path in made.items():
        index.add(obj, path)


@dataclass
class ListGrowth:
    """What changes did to the list collections (`ledger`, `votes`, `receipts`): the elements they inserted
    whole, each by the id of the op that made it (the element's object id), and the lists they did anything
    else to (changed or removed an element: the gate refuses that, but a `merge` is not gated)."""

    inserted: dict[str, set[OpId]] = field(default_factory=dict)
    rewritten: set[str] = field(default_factory=set)

    def note(self, op: Op, parent: Path, new_elements: set[Path]) -> None:
        """Note one op landing in a list collection (*parent* is the path of the object it writes into)."""
        coll = parent[0]
        if len(parent) == 1:
            if op.insert and op.action is Action.MAKE_MAP and not op.pred:
                self.inserted.setdefault(coll, set()).add(op.id)
                new_elements.add((coll, element_key(op.id)))
            else:
                self.rewritten.add(coll)
        elif parent[:2] not in new_elements:  # inside an element an earlier change wrote
            self.rewritten.add(coll)


def records_touched(
    change: DecodedChange, index: ObjectIndex, lists: ListGrowth | None = None
) -> set[Record] | None:
    """The records a change writes into, as `(collection, record key)`: `(collection, "")` for the ledger and the
    votes (lists: an element is named by no key of its own), `("", "name")` for the community's name. None when
    an op lands anywhere else (the root's collections, an object the index does not hold): the change's reach
    cannot be told. The index must know the objects of the changes before this one (see `index_change`).
    `check_change` returns the same for a change it judges. With *lists*, also notes the elements the change
    inserted into each list and the lists it rewrote."""
    made: dict[OpId, Path] = {}
    out: set[Record] = set()
    new_elements: set[Path] = set()
    for op in change.ops:
        parent = _parent_of(op, made, index)
        if parent is None:
            return None
        if op.action in _MAKES:
            made[op.id] = _child_path(parent, op)
        record = _record_of(parent, op)
        if record is None:
            return None
        if lists is not None and parent and parent[0] in LIST_COLLECTIONS:
            lists.note(op, parent, new_elements)
        out.add(record)
    out.discard(_NO_RECORD)
    return out


_NO_RECORD: Record = ("", "")  # an op that touches no record (the log heads the change was written at)


def _record_of(parent: Path, op: Op) -> Record | None:
    """The record an op into *parent* writes into (see `records_touched`), `_NO_RECORD`, or None."""
    if not parent:  # the root: only the name is a record; anything else lays the document out
        if op.key == LOG_HEADS:
            return _NO_RECORD  # what the change was written at (sync.community._log_heads): no record
        return ("", "name") if op.key == "name" else None
    coll = parent[0]
    if coll == "name":  # a Text object holding the name
        return ("", "name")
    if coll in LIST_COLLECTIONS:
        return (coll, "")
    if coll in MAP_COLLECTIONS and (len(parent) >= 2 or isinstance(op.key, str)):
        return (coll, parent[1] if len(parent) >= 2 else str(op.key))
    return None
