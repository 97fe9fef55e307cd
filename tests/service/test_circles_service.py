"""Lending circles through two real sync services on loopback: Ana makes a circle of two (her own join written
with it), it waits for Ben, who joins; Ben pays round 1 to Ana, who confirms it; the round is complete on
both; Ben pays round 2 and Ana's service refuses to confirm a payment made to him. Each refusal is a sentence
and writes nothing; the completed circle counts on Ben's card only once he chooses to show it."""

from __future__ import annotations

import datetime as dt

import pytest

from commons_desktop.service import protocol
from commons_desktop.service.process import ServiceError, SyncServiceProcess
from commons_desktop.service.values import CircleInfo
from store import ProfileManager
from sync.community import EntryKind
from tests.service.test_people_service import ana_and_ben, person, wait_until


def circle_on(service: SyncServiceProcess, space: str, circle: str) -> CircleInfo:
    (found,) = [c for c in service.request(protocol.ListLendingCircles(space)) if c.id == circle]
    return found


def ledger_size(service: SyncServiceProcess, space: str) -> int:
    return len(service.request(protocol.OpenCommunity(space)).records.ledger)


def test_a_circle_of_two_forms_pays_confirms_and_completes_on_both_services(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    _, a, b, _, space = ana_and_ben(manager, services)
    ana, ben = person(a, space, "Ana").member_id, person(a, space, "Ben").member_id
    started = dt.date.today() - dt.timedelta(days=10)  # round 1 was due ten days ago, round 2 in twenty
    circle = a.request(
        protocol.AddLendingCircle(space, "Allotment savers", (ana, ben), 2000, "EUR", 30, started)
    )

    wait_until(lambda: any(c.id == circle for c in b.request(protocol.ListLendingCircles(space))))
    forming = circle_on(b, space, circle)
    assert (forming.formed, forming.not_joined, forming.may_join) == (False, ("Ben",), True)
    assert forming.pot_minor == 2000  # each round's recipient gets one contribution from the other
    with pytest.raises(ServiceError, match=r"Not everyone has joined yet \(still to join: Ben\)"):
        a.request(protocol.RecordContribution(space, circle, 1))

    joined = b.request(protocol.JoinCircle(space, circle))
    assert (joined.kind, joined.author, joined.ref, joined.amount_minor) == (
        EntryKind.CIRCLE_JOINED,
        ben,
        circle,
        2000,
    )
    wait_until(lambda: circle_on(a, space, circle).formed)

    with pytest.raises(ServiceError, match="You receive round 1: you pay nothing into it"):
        a.request(protocol.RecordContribution(space, circle, 0))
    late = circle_on(b, space, circle).rounds[0]
    assert (late.late, late.not_yet, late.recipient_name) == (True, ("Ben",), "Ana")
    paid = b.request(protocol.RecordContribution(space, circle, 0))
    assert (paid.kind, paid.counterparty, paid.round) == (EntryKind.LENDING_CIRCLE_CONTRIBUTION, ana, 0)
    wait_until(lambda: bool(circle_on(a, space, circle).to_confirm))
    (waiting,) = circle_on(a, space, circle).to_confirm
    assert (waiting.id, waiting.payer_name, waiting.amount_minor, waiting.currency) == (
        paid.id,
        "Ben",
        2000,
        "EUR",
    )
    assert circle_on(a, space, circle).rounds[0].unconfirmed == ("Ben",)
    with pytest.raises(ServiceError, match="Only the person this payment was made to"):
        b.request(protocol.ConfirmCircleReceived(space, paid.id))

    a.request(protocol.ConfirmCircleReceived(space, paid.id))
    wait_until(lambda: circle_on(b, space, circle).rounds[0].paid_out)
    done = circle_on(b, space, circle).rounds[0]
    assert (done.late, done.unconfirmed, done.paid_in) == (False, (), ("Ben",))
    assert circle_on(b, space, circle).next_round == 1
    assert circle_on(b, space, circle).my_round is None  # Ben receives round 2: nothing more for him to pay

    # Round 2 pays Ben: Ana pays, and only Ben may confirm it; nothing is written by the refusals.
    second = a.request(protocol.RecordContribution(space, circle, 1))
    with pytest.raises(ServiceError, match="already recorded"):
        a.request(protocol.RecordContribution(space, circle, 1))
    before = ledger_size(a, space)
    with pytest.raises(ServiceError, match="Only the person this payment was made to"):
        a.request(protocol.ConfirmCircleReceived(space, second.id))
    assert ledger_size(a, space) == before
    assert person(a, space, "Ben").circles_completed is None  # not shown until he chooses
    wait_until(lambda: bool(circle_on(b, space, circle).to_confirm))
    b.request(protocol.ConfirmCircleReceived(space, second.id))
    wait_until(lambda: circle_on(a, space, circle).complete)
    b.request(protocol.ShowCirclesOnCard(space, True))
    wait_until(lambda: person(a, space, "Ben").circles_completed == 1)
    assert person(a, space, "Ana").circles_completed is None  # her choice, not Ben's
    b.request(protocol.ShowCirclesOnCard(space, False))
    wait_until(lambda: person(a, space, "Ben").circles_completed is None)
