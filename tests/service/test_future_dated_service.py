"""Changes dated ahead of this device's clock, through the in-process sync service: the review lists them with
their date, and the service judges a held one when its time comes, with nothing else arriving (its timer)."""

from __future__ import annotations

import asyncio
import datetime as dt

from commons_desktop.service import core, protocol
from commons_desktop.service.values import CommunityReview
from store import ProfileManager
from sync.community import Asset, AssetKind, CommunityDocument
from sync.engine import DocumentChanged
from sync.ports import device_keys_from
from sync.spaces import writers_of
from tests.service.test_review_service import _ask
from tests.support import PASSPHRASE


def my_other_copy(service: core.Service, space_id: bytes) -> CommunityDocument:
    """A copy of the document writing as this device (as a modified client on it would), with its proofs."""
    doc = service.engine.document(space_id)
    space = service.engine.space(space_id)
    assert doc is not None
    assert space is not None
    copy = CommunityDocument.load(doc.save(), actor_id=service.engine.actor_id)
    copy.guard(space_id, writers_of(space.log))
    return copy


def test_the_review_lists_changes_dated_ahead_and_a_held_one_is_applied_when_its_time_comes(
    manager: ProfileManager,
) -> None:
    session = manager.create("Ana", PASSPHRASE)
    signer = device_keys_from(session.identity).signer

    async def scenario() -> None:
        sent: list[object] = []
        service = core.Service(session, sent.append, listen_host="127.0.0.1")
        space_id = service.engine.create_community("Canal Street").id
        space = space_id.hex()
        me = service.engine.member_id(space_id)
        await _ask(service, protocol.SetMyName(space, "Ana"))
        copy = my_other_copy(service, space_id)
        before = copy.heads()
        soon = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=15, seconds=2)
        copy.add_asset(Asset("soon", AssetKind.HUMAN, "Soon", me, created_at=soon))
        copy.add_asset(
            Asset("far", AssetKind.HUMAN, "Far", me, created_at=dt.datetime(2100, 1, 10, tzinfo=dt.UTC))
        )
        copy.prove(signer)
        # As the relay driver does: the changes, then what was refused or held is reported.
        service.engine.replica(space_id).apply_changes(copy.changes_since(before), copy.proofs())
        service.engine.changes_refused(space_id, None)
        await asyncio.sleep(0)  # the review is pushed once this turn of the loop is done
        [pushed] = [e for e in sent if isinstance(e, CommunityReview)]
        [review] = await _ask(service, protocol.ListReviews())
        assert pushed == review
        assert [a.reason.split(" (")[0] for a in review.ahead] == ["dated in the future"]
        assert review.ahead[0].member_id == me
        assert review.count == 1
        # Its time comes in two seconds: the service's own timer judges it, nothing else arrives.
        for _ in range(100):
            await asyncio.sleep(0.1)
            if "soon" in service.engine.document(space_id).view().assets:  # type: ignore[union-attr]
                break
        assert "soon" in service.engine.document(space_id).view().assets  # type: ignore[union-attr]
        assert any(isinstance(e, DocumentChanged) for e in sent)
        # What it carried on top, dated in 2100, now comes up and is set aside: listed, not kept.
        [review] = await _ask(service, protocol.ListReviews())
        assert [a.reason.split(" (")[0] for a in review.ahead] == ["dated too far in the future"]
        assert "far" not in service.engine.document(space_id).view().assets  # type: ignore[union-attr]
        await service.stop()

    asyncio.run(scenario())
    session.lock()
