"""Needs and offers through a real sync service: an expiry kept, met and withdrawn told apart, a project started
for a gap linked to its needs by id, and bad input refused with the field named and nothing stored."""

from __future__ import annotations

import datetime as dt

import pytest

from commons_desktop.service import protocol
from commons_desktop.service.process import ServiceError, SyncServiceProcess
from store import ProfileManager
from sync.community import CommunityView, Resolution, Side, Urgency, investment_opportunities
from tests.service.test_sync_service import started
from tests.support import PASSPHRASE

TODAY = dt.datetime.now(dt.UTC).date()


def _view(service: SyncServiceProcess, space: str) -> CommunityView:
    return service.request(protocol.OpenCommunity(space)).records


@pytest.fixture
def community(
    manager: ProfileManager,
    services: list[SyncServiceProcess],
) -> tuple[SyncServiceProcess, str]:
    service, _ = started(manager, services, manager.create("Ana", PASSPHRASE))
    return service, service.request(protocol.CreateCommunity("Mill Road", my_name="Ana"))


def test_a_need_met_leaves_the_gaps_and_a_project_for_a_gap_is_linked(
    community: tuple[SyncServiceProcess, str],
) -> None:
    service, space = community
    add = protocol.AddNeedOrOffer
    meals = service.request(add(space, Side.NEED, "Food", "East", "Hot meals", Urgency.URGENT))
    heater = service.request(add(space, Side.NEED, "heat", "east", "A heater", expires_on=TODAY))
    assert _view(service, space).needs_offers[heater].expires_on == TODAY
    assert len(investment_opportunities(_view(service, space), TODAY)) == 2

    service.request(protocol.CloseNeedOrOffer(space, heater, Resolution.MET))
    project = service.request(
        protocol.StartGapProject(
            space,
            (meals,),
            "Kitchen",
            "Meals",
            "meals",
            "meals",
            100,
            500,
            "EUR",
            10,
            0,
            TODAY.replace(year=TODAY.year + 1),
        )
    )
    view = _view(service, space)
    assert view.needs_offers[heater].resolution is Resolution.MET
    assert not view.needs_offers[heater].open
    assert view.projects[project].need_ids == (meals,)
    assert investment_opportunities(view, TODAY) == ()  # one met, the other has its project


@pytest.mark.parametrize(
    ("command", "field"),
    [
        (lambda s: protocol.AddNeedOrOffer(s, Side.NEED, "", "east", "Meals"), "category"),
        (lambda s: protocol.AddNeedOrOffer(s, Side.NEED, "food", "east", " "), "description"),
        (
            lambda s: protocol.AddNeedOrOffer(
                s, Side.OFFER, "food", "east", "Meals", expires_on=TODAY - dt.timedelta(days=1)
            ),
            "Expires",
        ),
        (
            lambda s: protocol.StartGapProject(
                s, ("0123456789abcdef",), "Kitchen", "Meals", "meals", "meals", 1, 1, "EUR", 1, 0, TODAY
            ),
            "Needs",
        ),
        (
            lambda s: protocol.StartGapProject(
                s, (), "Kitchen", "Meals", "meals", "meals", 1, 1, "EUR", 1, 0, TODAY
            ),
            "Needs",
        ),
        (lambda s: protocol.CloseNeedOrOffer(s, "0123456789abcdef", Resolution.MET), "need or offer"),
    ],
    ids=["no-category", "blank-description", "expired", "unknown-need", "no-need", "close-unknown"],
)
def test_bad_input_names_the_field_and_stores_nothing(
    community: tuple[SyncServiceProcess, str], command: object, field: str
) -> None:
    service, space = community
    before = _view(service, space)
    with pytest.raises(ServiceError, match=field):
        service.request(command(space))  # type: ignore[operator]
    after = _view(service, space)
    assert (after.needs_offers, after.projects) == (before.needs_offers, before.projects)
