"""What the community has and lacks: gaps, overlaps, investment opportunities and how effective assets are.

Pure functions over a CommunityView returning frozen values. Needs and offers are matched on their category and
area, which the model already stores case-folded; assets' category and area are case-folded here to compare.
A need or offer counts while it is open on the day asked (its expiry is read, never written). A project fills a
gap only by naming one of its needs (`Project.need_ids`).
Results are sorted so that every peer shows the same list.
"""

from __future__ import annotations

import datetime as dt
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


def _today(today: dt.date | None) -> dt.date:
    return dt.datetime.now(dt.UTC).date() if today is None else today


def _open(view: CommunityView, side: Side, today: dt.date) -> list[NeedOrOffer]:
    return [n for n in view.needs_offers.values() if n.side is side and n.is_open_on(today)]


def _need_order(need: NeedOrOffer) -> tuple[int, dt.datetime, str]:
    return -URGENCY_RANK[need.urgency], need.created_at, need.id


def _asset_places(view: CommunityView) -> set[tuple[str, str]]:
    """Every (category, area) some asset has, case-folded: built once per analysis, not once per need."""
    return {(_fold(a.category), _fold(a.area)) for a in view.assets.values()}


def is_met_by_asset(
    view: CommunityView, need: NeedOrOffer, places: set[tuple[str, str]] | None = None
) -> bool:
    """True when an asset in the document is linked to the need, or has its category in its area."""
    if any(a in view.assets for a in need.asset_ids):
        return True
    return (need.category, need.area) in (_asset_places(view) if places is None else places)


def gaps(view: CommunityView, today: dt.date | None = None) -> tuple[Gap, ...]:
    """Needs open on *today* (default: the UTC date now) with no open offer of the same category and area and
    no asset meeting them. Grouped by (category, area), sorted by category then area."""
    day = _today(today)
    offered = {(o.category, o.area) for o in _open(view, Side.OFFER, day)}
    places = _asset_places(view)
    unmet: defaultdict[tuple[str, str], list[NeedOrOffer]] = defaultdict(list)
    for need in _open(view, Side.NEED, day):
        if (need.category, need.area) not in offered and not is_met_by_asset(view, need, places):
            unmet[(need.category, need.area)].append(need)
    out = []
    for (category, area), needs in sorted(unmet.items()):
        needs.sort(key=_need_order)
        out.append(Gap(category, area, tuple(needs), needs[0].urgency))
    return tuple(out)


def overlaps(view: CommunityView, today: dt.date | None = None) -> tuple[Overlap, ...]:
    """(category, area) pairs with an open need and two or more open offers, sorted by category then area."""
    day = _today(today)
    needs: defaultdict[tuple[str, str], list[NeedOrOffer]] = defaultdict(list)
    offers: defaultdict[tuple[str, str], list[NeedOrOffer]] = defaultdict(list)
    for need in _open(view, Side.NEED, day):
        needs[(need.category, need.area)].append(need)
    for offer in _open(view, Side.OFFER, day):
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


def project_addresses(project: Project, gap: Gap) -> bool:
    """The project names one of the gap's needs in its `need_ids`: an explicit link a steward makes when
    starting a project for a gap (no guessing from words, so a person can always predict it)."""
    return any(need.id in project.need_ids for need in gap.needs)


def investment_opportunities(view: CommunityView, today: dt.date | None = None) -> tuple[Opportunity, ...]:
    """Gaps that no proposed, funding or active project addresses, most urgent first, then the most needs,
    then by category and area."""
    live = [p for p in view.projects.values() if p.status in ADDRESSING_STATUSES]
    open_gaps = [g for g in gaps(view, today) if not any(project_addresses(p, g) for p in live)]
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
