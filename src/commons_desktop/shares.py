"""What a supporter sees of my plan: the sections chosen for them, with their items, in the plan's order.

The sync service sends exactly this (`service.commands.support`) and the Support screen's "what they see"
shows it, so the two cannot differ. Reads the personal store only; imports neither Qt nor the engine.
"""

from __future__ import annotations

import datetime as dt

from store import PlanSection, ProfileSession
from store.support_circles import SupportCircleLink, SupportCircleSide
from sync.support_circle import SharedItem, SharedSection, SupportShare, share_for

__all__ = ["current_share", "share_for_supporter"]


def _plan_sections(session: ProfileSession) -> dict[str, SharedSection]:
    """The whole plan as shareable sections, in the plan's order (keys are the store's section names)."""
    plan = session.plan.by_section()
    return {
        section.value: SharedSection(
            section.value,
            section.title,
            tuple(SharedItem(item.text, item.response) for item in plan.get(section, [])),
        )
        for section in PlanSection
    }


def share_for_supporter(session: ProfileSession, supporter_id: str, revision: int) -> SupportShare:
    """Exactly what one of my supporters sees now."""
    chosen = {s.value for s in session.supporters.get(supporter_id).sections}
    return share_for(_plan_sections(session), chosen, revision)


def current_share(
    session: ProfileSession, link: SupportCircleLink, previous: SupportShare | None, now: dt.datetime
) -> SupportShare | None:
    """What the supporter of *link* should see now, or None when nothing changed since *previous*."""
    if link.side is not SupportCircleSide.PERSON or link.supporter_id is None:
        return None
    last = previous.revision if previous is not None else 0
    share = share_for_supporter(session, link.supporter_id, max(int(now.timestamp() * 1000), last + 1))
    if previous is not None and previous.sections == share.sections:
        return None
    return share
