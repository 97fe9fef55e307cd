"""What the community has and lacks: gaps, overlaps, investment opportunities and how effective assets are.

Pure functions over a CommunityView returning frozen values. Needs and offers are matched on their category and
area, which the model already stores case-folded; assets' category and area are case-folded here to compare.
Results are sorted so that every peer shows the same list.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

from .model import Asset, AssetKind, NeedOrOffer, Project, ProjectStatus, Side, Urgency
from .view import CommunityView

URGENCY_RANK = {Urgency.LOW: 0, Urgency.MEDIUM: 1, Urgency.HIGH: 2, Urgency.URGENT: 3}
# Projects that may still fill a gap: not yet funded, being funded or under way.
ADDRESSING_STATUSES = frozenset({ProjectStatus.PROPOSED, ProjectStatus.FUNDING, ProjectStatus.ACTIVE})


@dataclass(frozen=True)
class Gap:
    """Open needs of one (category, area) that no open offer and no asset meets."""

    category: str
    area: str
    needs: tuple[NeedOrOffer, ...]  # by urgency (most urgent first), then age, then id
    urgency: Urgency  # the most urgent of them

    @property
    def count(self) -> int:
        return len(self.needs)


@dataclass(frozen=True)
class Overlap:
    """A (category, area) where an open need has several open offers."""

    category: str
    area: str
    needs: tuple[NeedOrOffer, ...]
    offers: tuple[NeedOrOffer, ...]


@dataclass(frozen=True)
class Opportunity:
    """A gap that no proposed, funding or active project addresses: a project could fill it."""

    gap: Gap
    rank: int  # 1 = most pressing


@dataclass(frozen=True)
class AssetEffectiveness:
    asset_id: str
    title: str
    kind: AssetKind
    average: float | None  # None when nobody has rated it
    ratings: int


@dataclass(frozen=True)
class KindEffectiveness:
    """The mean of the averages of the rated assets of one kind (each asset weighs the same)."""

    kind: AssetKind
    average: float | None
    rated_assets: int
    assets: int


def _fold(value: str) -> str:
    return value.strip().casefold()


def _open(view: CommunityView, side: Side) -> list[NeedOrOffer]:
    return [n for n in view.needs_offers.values() if n.open and n.side is side]


def _need_order(need: NeedOrOffer) -> tuple[int, dt.datetime, str]:
    return -URGENCY_RANK[need.urgency], need.created_at, need.id


def is_met_by_asset(view: CommunityView, need: NeedOrOffer) -> bool:
    """True when an asset in the document is linked to the need, or has its category in its area."""
    if any(a in view.assets for a in need.asset_ids):
        return True
    return any(
        _fold(a.category) == need.category and _fold(a.area) == need.area for a in view.assets.values()
    )


def gaps(view: CommunityView) -> tuple[Gap, ...]:
    """Open needs with no open offer of the same category and area and no asset meeting them.

    Grouped by (category, area), sorted by category then area.
    """
    offered = {(o.category, o.area) for o in _open(view, Side.OFFER)}
    unmet: defaultdict[tuple[str, str], list[NeedOrOffer]] = defaultdict(list)
    for need in _open(view, Side.NEED):
        if (need.category, need.area) not in offered and not is_met_by_asset(view, need):
            unmet[(need.category, need.area)].append(need)
    out = []
    for (category, area), needs in sorted(unmet.items()):
        needs.sort(key=_need_order)
        out.append(Gap(category, area, tuple(needs), needs[0].urgency))
    return tuple(out)


def overlaps(view: CommunityView) -> tuple[Overlap, ...]:
    """(category, area) pairs with an open need and two or more open offers, sorted by category then area."""
    needs: defaultdict[tuple[str, str], list[NeedOrOffer]] = defaultdict(list)
    offers: defaultdict[tuple[str, str], list[NeedOrOffer]] = defaultdict(list)
    for need in _open(view, Side.NEED):
        needs[(need.category, need.area)].append(need)
    for offer in _open(view, Side.OFFER):
        offers[(offer.category, offer.area)].append(offer)
    return tuple(
        Overlap(
            category,
            area,
            tuple(sorted(needs[(category, area)], key=_need_order)),
            tuple(sorted(offers[(category, area)], key=lambda o: (o.created_at, o.id))),
        )
        for (category, area) in sorted(needs)
        if len(offers.get((category, area), ())) >= 2
    )


_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    """Case-folded words, with one trailing 's' dropped so that 'repairs' matches 'repair'."""
    out = set()
    for word in _WORD.findall(text.casefold()):
        out.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return out


def project_addresses(project: Project, gap: Gap) -> bool:
    """A simple, documented match: every word of the gap's category and of its area appears in the project's
    title, goal, metric or unit (case-insensitive, a trailing 's' ignored). A gap with no area words needs only
    the category's. Deliberately plain, so a person can predict it; a steward names the area in the goal."""
    text = _words(" ".join((project.title, project.goal, project.metric, project.unit)))
    return _words(gap.category) <= text and _words(gap.area) <= text


def investment_opportunities(view: CommunityView) -> tuple[Opportunity, ...]:
    """Gaps that no proposed, funding or active project addresses, most urgent first, then the most needs,
    then by category and area."""
    live = [p for p in view.projects.values() if p.status in ADDRESSING_STATUSES]
    open_gaps = [g for g in gaps(view) if not any(project_addresses(p, g) for p in live)]
    open_gaps.sort(key=lambda g: (-URGENCY_RANK[g.urgency], -g.count, g.category, g.area))
    return tuple(Opportunity(g, rank) for rank, g in enumerate(open_gaps, start=1))


def asset_effectiveness(view: CommunityView) -> tuple[AssetEffectiveness, ...]:
    """Each asset's average rating (1–5), sorted by kind, then title, then id."""
    assets = sorted(view.assets.values(), key=lambda a: (a.kind.value, a.title.casefold(), a.id))
    return tuple(AssetEffectiveness(a.id, a.title, a.kind, a.effectiveness, len(a.ratings)) for a in assets)


def kind_effectiveness(view: CommunityView) -> tuple[KindEffectiveness, ...]:
    """For every asset kind (in the enum's order), the mean effectiveness of its rated assets."""
    by_kind: defaultdict[AssetKind, list[Asset]] = defaultdict(list)
    for asset in view.assets.values():
        by_kind[asset.kind].append(asset)
    out = []
    for kind in AssetKind:
        averages = [a.effectiveness for a in by_kind[kind] if a.effectiveness is not None]
        mean = sum(averages) / len(averages) if averages else None
        out.append(KindEffectiveness(kind, mean, len(averages), len(by_kind[kind])))
    return tuple(out)


def assets_by_kind(view: CommunityView) -> dict[AssetKind, int]:
    """How many assets of each kind, every kind listed."""
    counts = dict.fromkeys(AssetKind, 0)
    for asset in view.assets.values():
        counts[asset.kind] += 1
    return counts
