"""The full crisis plan's sections reach a supporter exactly as chosen: two windows, two real sync services and
a real relay on loopback, as in test_support; the sections not chosen (a canary among them) never arrive."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from store import PlanSection, ProfileManager
from sync.invites import parse_qr
from sync.relay import RelayServer
from tests.desktop.helpers import texts_on_screen
from tests.desktop.test_support import (
    SYNC_WAIT_MS,
    add_supporter,
    choose_sections,
    open_support,
    press_invite,
    relay,
)
from tests.support import PASSPHRASE, address_of

__all__ = ["relay"]

CANARY = "CANARY-crisis-share-4b9e"
SHARED = (
    "Crisis plan: how I am when I am well\n  • Chatty, up early, out with the dog\n\n"
    "Crisis plan: medications and treatments to avoid\n  • Haloperidol — Bad reaction in 2019"
)


def seed_full_crisis_plan(manager: ProfileManager) -> str:
    with manager.create("Robin", PASSPHRASE) as session:
        session.plan.write_text(PlanSection.CRISIS_WELL, "Chatty, up early, out with the dog")
        session.plan.add(PlanSection.CRISIS_MEDICATIONS_AVOID, "Haloperidol", "Bad reaction in 2019")
        session.plan.add(PlanSection.CRISIS_DECIDERS, CANARY, "Everything")
        session.plan.write_text(PlanSection.CRISIS_INACTIVE, CANARY)
        session.plan.add(PlanSection.CRISIS_CARE_AVOID, CANARY)
        return session.profile_id


def test_a_supporter_sees_exactly_the_chosen_crisis_sections(
    qtbot, make_app, manager: ProfileManager, relay: RelayServer
) -> None:
    robin_id = seed_full_crisis_plan(manager)
    with manager.create("Ana", PASSPHRASE) as session:
        ana_id = session.profile_id
    robin_app = make_app(sync_service=True)
    ana_app = make_app(sync_service=True)
    robin = open_support(qtbot, robin_app, robin_id)
    ana = open_support(qtbot, ana_app, ana_id)

    add_supporter(qtbot, robin, "Ana", "sister")
    choose_sections(qtbot, robin, PlanSection.CRISIS_WELL, PlanSection.CRISIS_MEDICATIONS_AVOID)
    assert robin.preview.toPlainText() == SHARED
    qtbot.waitUntil(lambda: robin.invites.invite_button.isEnabled(), timeout=SYNC_WAIT_MS)
    press_invite(qtbot, robin)
    supporter = robin.selected()
    assert supporter is not None
    space = robin.circle_of(supporter.id)
    assert space is not None
    relay_set: list[object] = []
    robin_app.sync.set_relay(space, address_of(relay), relay_set.append)
    qtbot.waitUntil(lambda: bool(relay_set), timeout=SYNC_WAIT_MS)
    press_invite(qtbot, robin)
    far = dataclasses.replace(parse_qr(robin.invites.qr_text.text()), hints=()).qr_payload()

    ana.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: ana.supported.join_button.isEnabled(), timeout=SYNC_WAIT_MS)
    ana.supported.join_edit.setText(far)
    qtbot.mouseClick(ana.supported.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ana.supported.share_view.toPlainText() == SHARED, timeout=SYNC_WAIT_MS)
    assert CANARY not in "\n".join(texts_on_screen(ana))
