"""Support circles: the plan sections a person chose to share, delivered to one supporter.

Each supporter gets a space of its own (kind CIRCLE): the person's devices are its admins, the supporter's
devices its readers. A supporter therefore receives exactly the sections chosen for them and nothing chosen
for anyone else — with one shared circle, every supporter would hold the key to every shared section.

The circle's document is a `SupportShare`: the chosen sections, copied, with a revision number. The person is
its only writer, so it needs no CRDT: each publication replaces the last, and readers keep the highest
revision. `share_for` is the one function that decides what a supporter sees; the app shows its result as
"what this person sees", so the person sees exactly what is sent. Revoking removes the supporter's devices from
the space, which starts a new epoch sealed only to the person's devices: nothing published afterwards can be
opened by the supporter, and the supporter's app drops its copy when it learns of the removal.

Payload layout (inside an envelope): b"CS", version 1, then UTF-8 JSON (docs/protocol.md, "Support circles").
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sync.envelope import Opened
from sync.errors import SyncError
from sync.identity import DeviceId
from sync.membership import Role, SpaceKind
from sync.spaces import Space

__all__ = [
    "MAX_SHARE",
    "SharedItem",
    "SharedSection",
    "SupportCircleError",
    "SupportCircleOwner",
    "SupportCircleReader",
    "SupportRequest",
    "SupportShare",
    "share_for",
]

MAX_SHARE = 1 << 20
MAX_ITEMS = 500
MAX_TEXT = 4000
_MAGIC = b"CS\x01"


class SupportCircleError(SyncError, ValueError):
    """A circle share is malformed or did not come from the circle's owner."""


def _text(path: str, value: object, limit: int, *, required: bool = True) -> str:
    if not isinstance(value, str):
        raise SupportCircleError(f"{path}: must be text")
    if required and not value.strip():
        raise SupportCircleError(f"{path}: must not be empty")
    if len(value) > limit:
        raise SupportCircleError(f"{path}: longer than {limit} characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise SupportCircleError(f"{path}: contains characters that are not text (lone surrogates)") from None
    return value


@dataclass(frozen=True)
class SharedItem:
    text: str
    response: str = ""


@dataclass(frozen=True)
class SharedSection:
    key: str  # the plan section's stable key, e.g. "warning_signs"
    title: str
    items: tuple[SharedItem, ...] = ()

    def __post_init__(self) -> None:
        _text("section key", self.key, 64)
        _text(f"{self.key}/title", self.title, 200)
        if len(self.items) > MAX_ITEMS:
            raise SupportCircleError(f"{self.key}: more than {MAX_ITEMS} items")
        for n, item in enumerate(self.items):
            _text(f"{self.key}/items/{n}/text", item.text, MAX_TEXT)
            _text(f"{self.key}/items/{n}/response", item.response, MAX_TEXT, required=False)


@dataclass(frozen=True)
class SupportShare:
    revision: int
    sections: tuple[SharedSection, ...]

    def section_keys(self) -> list[str]:
        return [s.key for s in self.sections]

    def to_bytes(self) -> bytes:
        doc = {
            "revision": self.revision,
            "sections": [
                {"key": s.key, "title": s.title, "items": [[i.text, i.response] for i in s.items]}
                for s in self.sections
            ],
        }
        body = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
        if len(body) + len(_MAGIC) > MAX_SHARE:
            raise SupportCircleError(f"the shared sections exceed {MAX_SHARE // 1024} KiB; share fewer")
        return _MAGIC + body

    @classmethod
    def from_bytes(cls, data: bytes) -> SupportShare:
        """Read a share; raises `SupportCircleError` (and nothing else) for anything malformed."""
        if len(data) > MAX_SHARE or not data.startswith(_MAGIC):
            raise SupportCircleError("not a support circle share of a known version")
        try:
            doc = json.loads(data[len(_MAGIC) :].decode("utf-8"), object_pairs_hook=_unique_keys)
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise SupportCircleError("the share is not valid JSON") from None
        if not isinstance(doc, dict) or set(doc) != {"revision", "sections"}:
            raise SupportCircleError("the share must have exactly a revision and sections")
        revision, sections = doc["revision"], doc["sections"]
        if not isinstance(revision, int) or isinstance(revision, bool) or not 0 <= revision < 2**63:
            raise SupportCircleError("revision: must be a whole number")
        if not isinstance(sections, list):
            raise SupportCircleError("sections: must be a list")
        out = []
        for n, raw in enumerate(sections):
            if not isinstance(raw, dict) or set(raw) != {"key", "title", "items"}:
                raise SupportCircleError(f"sections/{n}: must have exactly a key, a title and items")
            items = raw["items"]
            if not isinstance(items, list) or not all(
                isinstance(i, list) and len(i) == 2 and all(isinstance(t, str) for t in i) for i in items
            ):
                raise SupportCircleError(f"sections/{n}/items: must be a list of [text, response] pairs")
            out.append(SharedSection(raw["key"], raw["title"], tuple(SharedItem(t, r) for t, r in items)))
        if len({s.key for s in out}) != len(out):
            raise SupportCircleError("a section is shared twice")
        return cls(revision, tuple(out))


MAX_REQUEST_MESSAGE = 500
_REQUEST_MAGIC = b"CA\x01"


@dataclass(frozen=True)
class SupportRequest:
    """ "I need support": sent by the person's device to every supporter's circle; a moment and a few words."""

    at_ms: int  # Unix milliseconds, on the person's device
    message: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.at_ms, bool) or not isinstance(self.at_ms, int) or not 0 <= self.at_ms < 2**63:
            raise SupportCircleError("at: must be a moment in milliseconds")
        _text("message", self.message, MAX_REQUEST_MESSAGE, required=False)

    def to_bytes(self) -> bytes:
        body = json.dumps({"at": self.at_ms, "message": self.message}, ensure_ascii=False, sort_keys=True)
        return _REQUEST_MAGIC + body.encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> SupportRequest:
        """Read a request; raises `SupportCircleError` (and nothing else) for anything malformed."""
        if len(data) > 4 * MAX_REQUEST_MESSAGE + 64 or not data.startswith(_REQUEST_MAGIC):
            raise SupportCircleError("not a support request of a known version")
        try:
            doc = json.loads(data[len(_REQUEST_MAGIC) :].decode("utf-8"), object_pairs_hook=_unique_keys)
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise SupportCircleError("the support request is not valid JSON") from None
        if not isinstance(doc, dict) or set(doc) != {"at", "message"}:
            raise SupportCircleError("a support request has exactly a moment and a message")
        return cls(doc["at"], doc["message"])


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("a key appears twice")
    return result


def share_for(plan: Mapping[str, SharedSection], chosen: Iterable[str], revision: int) -> SupportShare:
    """Exactly the chosen sections of *plan*, in the plan's order: what the supporter will see."""
    wanted = set(chosen)
    return SupportShare(revision, tuple(section for key, section in plan.items() if key in wanted))


def _revision(now: dt.datetime, last: int) -> int:
    return max(int(now.timestamp() * 1000), last + 1)


class SupportCircleOwner:
    """The person's side of one supporter's circle."""

    def __init__(self, space: Space) -> None:
        if space.kind is not SpaceKind.CIRCLE:
            raise SupportCircleError("a support circle lives in a circle space")
        self.space = space
        self._revision = 0

    def supporters(self) -> list[DeviceId]:
        """The supporter's devices (the readers of this circle)."""
        return sorted(d for d, m in self.space.state.members.items() if m.role is Role.READER)

    def publish(self, plan: Mapping[str, SharedSection], chosen: Iterable[str], *, now: dt.datetime) -> bytes:
        """An envelope with the chosen sections, for the supporter's devices."""
        self._revision = _revision(now, self._revision)
        return self.space.seal(share_for(plan, chosen, self._revision).to_bytes(), now=now)

    def revoke(self, *, now: dt.datetime) -> None:
        """Stop sharing with this supporter: remove their devices; the new key reaches only the person."""
        for device in self.supporters():
            self.space.remove(device, now=now)


class SupportCircleReader:
    """The supporter's side: the latest share from the person, read-only."""

    def __init__(self, space: Space) -> None:
        if space.kind is not SpaceKind.CIRCLE:
            raise SupportCircleError("a support circle lives in a circle space")
        self.space = space
        self.latest: SupportShare | None = None

    def receive(self, envelope: bytes) -> SupportShare | None:
        """Open an envelope from the person and keep it if it is newer. Raises `EnvelopeError` or
        `SupportCircleError` for anything refused; what was shown before stays."""
        opened: Opened = self.space.open(envelope)
        if self.space.state.role_of(opened.sender) is not Role.ADMIN:
            raise SupportCircleError("only the person whose plan this is can publish to their circle")
        share = SupportShare.from_bytes(opened.payload)
        if self.latest is None or share.revision > self.latest.revision:
            self.latest = share
        return self.latest

    def refresh(self) -> None:
        """After membership entries arrive: if this device was removed, drop the copy it held."""
        if not self.space.is_member:
            self.latest = None
