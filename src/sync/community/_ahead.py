"""Changes dated ahead of the receiver's clock: held until the clock reaches them, not kept beyond a day ahead.

The instants rule (`_instants`) bounds what a writer chooses from below, by the history it builds on. A record
dated in the year 2100 would therefore poison every honest change built on it: each carries a "now" instant,
"earlier than what it builds on allows". So a change whose newest written instant is later than the receiver's
clock plus `MAX_CLOCK_SKEW` is not judged yet: it waits, with its proof, like a change waiting for a card, and
so does everything built on it. Once the clock reaches that instant less the skew it is judged by the unchanged
rules, which every peer applies alike. No honest change is ever built on one before then.

Holding costs memory, so a change dated more than `HORIZON` ahead of the receiver's clock is not kept at all
(nor is one beyond `MAX_HELD_PER_MEMBER` held changes of its author): it is listed for review without its bytes
and set aside. That is no verdict on the change — a verdict must be the same on every peer, and which peer's
clock a change reaches when is not — so nothing built on it is refused for it: such a change waits for it, and
it is judged like any other once it comes again closer to its date (peers offer it again at every sync; the
receiver stops asking for it until then). `docs/protocol.md` ("Changes dated ahead") says why no deterministic
upper bound can serve instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from ._instants import MAX_CLOCK_SKEW, written_instants
from ._ops import DecodedChange
from .authority import Quarantined, Writer

__all__ = ["HORIZON", "MAX_HELD_PER_MEMBER", "Ahead", "DatedAhead", "utc_now"]

HORIZON = dt.timedelta(days=1)  # beyond this ahead of the receiver's clock a change is not kept
MAX_HELD_PER_MEMBER = 256  # changes of one member held (with their bytes) until their date
MAX_SET_ASIDE = (
    10_000  # changes listed as set aside (without their bytes); beyond that the oldest are forgotten
)

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def shown(moment: dt.datetime) -> str:
    """An instant as the review shows it: "10 Jan 2100 12:00 UTC" (English, like every reason)."""
    return f"{moment.day} {moment:%b %Y %H:%M} UTC"


def held_reason(moment: dt.datetime) -> str:
    return f"dated in the future ({shown(moment)}): not applied yet — it will be looked at again then"


def far_reason(moment: dt.datetime) -> str:
    return (
        f"dated too far in the future ({shown(moment)}): not kept — more than a day ahead of this computer's"
        " clock; it will be looked at again if it comes closer to then"
    )


def crowded_reason(moment: dt.datetime) -> str:
    return (
        f"dated in the future ({shown(moment)}): not kept — this member already has"
        f" {MAX_HELD_PER_MEMBER} changes waiting for their date; it will be looked at again if it comes later"
    )


@dataclass(frozen=True)
class DatedAhead:
    """A change dated ahead of this device's clock: held with its bytes (*kept*), or set aside without."""

    item: Quarantined  # its hash, author and reason, for review (never its bytes)
    at: dt.datetime  # the latest instant it writes
    kept: bool

    @property
    def release(self) -> dt.datetime:
        """When this device's clock lets it be judged."""
        return self.at - MAX_CLOCK_SKEW


class Ahead:
    """What one gate holds for the clock, and what it set aside as too far ahead."""

    def __init__(self) -> None:
        self.held: dict[bytes, DatedAhead] = {}  # the change itself waits in the gate's `waiting`
        self.set_aside: dict[bytes, DatedAhead] = {}

    def judge(self, change: DecodedChange, writer: Writer, now: dt.datetime) -> DatedAhead | None:
        """None when *change* dates nothing past *now* plus the skew (judge it now); otherwise whether it is held
        or set aside, noted here."""
        at = max(written_instants(change), default=None)
        if at is None or at <= now + MAX_CLOCK_SKEW:
            self.held.pop(change.hash, None)
            return None
        self.set_aside.pop(change.hash, None)
        if at > now + HORIZON:
            return self._set_aside(change, writer, at, far_reason(at))
        mine = sum(1 for h in self.held.values() if h.item.member_id == writer.member_id)
        if change.hash not in self.held and mine >= MAX_HELD_PER_MEMBER:
            return self._set_aside(change, writer, at, crowded_reason(at))
        dated = DatedAhead(_item(change, writer, held_reason(at)), at, kept=True)
        self.held[change.hash] = dated
        return dated

    def _set_aside(self, change: DecodedChange, writer: Writer, at: dt.datetime, reason: str) -> DatedAhead:
        self.held.pop(change.hash, None)
        dated = DatedAhead(_item(change, writer, reason), at, kept=False)
        self.set_aside[change.hash] = dated
        while len(self.set_aside) > MAX_SET_ASIDE:
            del self.set_aside[next(iter(self.set_aside))]
        return dated

    def skip(self, digest: bytes, now: dt.datetime) -> bool:
        """Whether a change offered again is still too far ahead to be read (it was set aside)."""
        dated = self.set_aside.get(digest)
        return dated is not None and dated.at > now + HORIZON

    def keep_only(self, waiting: Iterable[bytes], now: dt.datetime) -> None:
        """Forget the held changes that no longer wait, or no longer for the clock (judged at last, dropped
        from the waiting, or waiting for something else now), so `release` never names a past moment."""
        still = set(waiting)
        self.held = {h: d for h, d in self.held.items() if h in still and d.release > now}

    def release(self) -> dt.datetime | None:
        """The earliest moment a held change may be judged (None: none is held)."""
        return min((d.release for d in self.held.values()), default=None)

    def held_back(self, waiting: Mapping[bytes, tuple[DecodedChange, bytes, str]]) -> set[bytes]:
        """The changes held or set aside for their date, and the waiting changes built on them: what is not
        missing but not due yet (the sync status does not count them as still to receive)."""
        children: dict[bytes, list[bytes]] = {}
        for digest, (change, _data, _why) in waiting.items():
            for dep in change.deps:
                children.setdefault(dep, []).append(digest)
        out, stack = set(), [*self.held, *self.set_aside]
        while stack:
            digest = stack.pop()
            if digest not in out:
                out.add(digest)
                stack.extend(children.get(digest, ()))
        return out

    def listed(self) -> tuple[Quarantined, ...]:
        """Held, then set-aside changes, for review."""
        return tuple(d.item for d in (*self.held.values(), *self.set_aside.values()))


def _item(change: DecodedChange, writer: Writer, reason: str) -> Quarantined:
    return Quarantined(change.hash, change.actor, change.seq, writer.member_id, writer.device_id, reason, b"")
