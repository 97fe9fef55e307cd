"""A project's history through the in-process sync service: `ProjectAccounts` carries each project's summary
and no entries, however long its history; `ProjectHistory` carries one project's newest HISTORY_SHOWN entries,
newest first, with the total, and refuses a project that is not there."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from commons_desktop.service import core, protocol
from commons_desktop.service.values import HISTORY_SHOWN, ProjectLedger
from store import ProfileManager
from sync.community import CommunityDocument, EntryKind
from sync.community.signed import LedgerEntry, project_terms
from tests.service.test_review_service import _ask
from tests.support import PASSPHRASE

STAKES = HISTORY_SHOWN + 1


def stakes(service: core.Service, space_id: bytes, project_id: str, count: int) -> list[LedgerEntry]:
    """*count* signed one-stake entries by me, a millisecond apart, oldest first."""
    doc = service.engine.document(space_id)
    assert doc is not None
    project = doc.view().projects[project_id]
    me, signer = service.engine.member_id(space_id), service.engine.me.signer
    start = service.engine.now()
    return [
        LedgerEntry(
            f"stake-{n:04}",
            EntryKind.STAKE_BOUGHT,
            me,
            signer.device_id.hex,
            100,
            "EUR",
            start + dt.timedelta(milliseconds=n),
            ref=project_id,
            terms=project_terms(project),
        ).signed_by(signer)
        for n in range(count)
    ]


def test_the_books_carry_no_entries_and_a_page_gets_its_newest_with_the_total(
    manager: ProfileManager,
) -> None:
    session = manager.create("Ana", PASSPHRASE)

    async def scenario() -> None:
        service = core.Service(session, lambda _event: None, listen_host="127.0.0.1")
        space_id = service.engine.create_community("Canal Street").id
        space = space_id.hex()
        await _ask(service, protocol.SetMyName(space, "Ana"))
        me = service.engine.member_id(space_id)
        terms = ("Seats", "seats", "seats", 4, 100, "EUR", 1000, 10, dt.date(2028, 6, 30), (me,), 1)
        bench = await _ask(service, protocol.AddProject(space, "Bench", *terms))
        other = await _ask(service, protocol.AddProject(space, "Fridge", *terms))
        written = stakes(service, space_id, bench, STAKES)

        def append_all(doc: CommunityDocument) -> None:
            for entry in written:
                doc.append_entry(entry)

        service.engine.change(space_id, append_all)
        await _ask(service, protocol.BuyStakes(space, other, 2))

        books = {b.project: b for b in await _ask(service, protocol.ProjectAccounts(space))}
        assert (books[bench].stakes_sold, books[bench].history_total, books[bench].set_aside) == (
            STAKES,
            STAKES,
            0,
        )
        assert books[other].history_total == 1
        # The list's reply is the same size with 501 entries as with 1: the entries are not in it.
        reply = protocol.encode_reply(1, (books[bench],))
        assert len(reply) < 2 * len(protocol.encode_reply(1, (books[other],)))

        history = await _ask(service, protocol.ProjectHistory(space, bench))
        assert isinstance(history, ProjectLedger)
        assert (history.project, history.total, len(history.entries)) == (bench, STAKES, HISTORY_SHOWN)
        assert [e.id for e in history.entries] == [e.id for e in reversed(written[1:])]  # newest first
        assert history.entries[0] == written[-1]  # as signed
        [mine] = (await _ask(service, protocol.ProjectHistory(space, other))).entries
        assert (mine.kind, mine.ref, mine.amount_minor) == (EntryKind.STAKE_BOUGHT, other, 200)
        with pytest.raises(LookupError, match="That project is not in this community"):
            await _ask(service, protocol.ProjectHistory(space, "no-such-project"))
        await service.stop()

    asyncio.run(scenario())
