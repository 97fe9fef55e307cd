"""The sync service's side of support circles: turn a supporter's chosen sections of the plan into the share
the engine sends (`sync.circle.share_for` decides what they see), and keep it current.

The plan and the supporters' choices live in the personal store; the engine knows only circle spaces and
shares. This module is the one place that joins the two, in the service process (which may read both).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

from store import PlanSection, ProfileSession
from store.circles import CircleLink, CircleSide
from sync.circle import CircleShare, SharedItem, SharedSection, share_for

if TYPE_CHECKING:  # the app imports this module for the preview; it needs no engine
    from sync.engine import SyncEngine

__all__ = ["current_share", "publish_circles", "share_for_supporter", "share_json"]


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


def share_for_supporter(session: ProfileSession, supporter_id: str, revision: int) -> CircleShare:
    """Exactly what one of my supporters sees: the sections chosen for them, with their items, in the plan's
    order. The service sends this and the app's "what they see" shows it, so the two cannot differ."""
    chosen = {s.value for s in session.supporters.get(supporter_id).sections}
    return share_for(_plan_sections(session), chosen, revision)


def current_share(
    session: ProfileSession, link: CircleLink, previous: CircleShare | None, now: dt.datetime
) -> CircleShare | None:
    """What the supporter of *link* should see now, or None when nothing changed since *previous*."""
    if link.side is not CircleSide.PERSON or link.supporter_id is None:
        return None
    last = previous.revision if previous is not None else 0
    share = share_for_supporter(session, link.supporter_id, max(int(now.timestamp() * 1000), last + 1))
    if previous is not None and previous.sections == share.sections:
        return None
    return share


def publish_circles(session: ProfileSession, engine: SyncEngine) -> int:
    """Bring every circle of mine up to date with the plan and the choices; returns how many changed."""
    changed = 0
    for link in session.circles.list():
        space = engine.space(link.space_id)
        if space is None or not space.is_member:
            continue
        share = current_share(session, link, engine.share(link.space_id), engine.now())
        if share is not None:
            engine.publish_share(link.space_id, share)
            changed += 1
    return changed


def share_json(share: CircleShare | None) -> str | None:
    """A share as the app reads it: {"revision": …, "sections": [{"key", "title", "items": [[text, response]]}]}"""
    if share is None:
        return None
    return json.dumps(
        {
            "revision": share.revision,
            "sections": [
                {"key": s.key, "title": s.title, "items": [[i.text, i.response] for i in s.items]}
                for s in share.sections
            ],
        },
        ensure_ascii=False,
    )
