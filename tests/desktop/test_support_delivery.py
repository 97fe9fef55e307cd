""" "I need support" in the window, with real sync services on loopback (and a real relay for the supporter):
the person's Home says the request waits while the supporter's laptop is closed and "delivered" only once the
supporter's computer confirmed it; the supporter's window, unlocked later, fetches it from the relay at once,
raises a notification with nothing personal in it, and keeps it on Home until it is marked seen."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from commons_desktop.features.home.home_view import HomeView
from commons_desktop.service import protocol
from commons_desktop.service.process import SyncServiceProcess
from commons_desktop.shell.controller import Controller
from commons_desktop.shell.sync_status import SUPPORT_KEY
from commons_desktop.support_words import tray_text
from store import SUPPORT_RELAY, ProfileManager
from sync.invites import parse_qr
from sync.relay import RelayServer
from tests.desktop.helpers import unlock_via_ui
from tests.desktop.test_support import SYNC_WAIT_MS
from tests.service.test_relay_service import relay
from tests.support import FAST_KDF, PASSPHRASE, EventLog, address_of

__all__ = ["relay"]  # a fixture


def home_of(qtbot, controller: Controller) -> HomeView:
    unlock_via_ui(qtbot, controller)
    home = controller.window.workspace_view.screen_named("home")
    assert isinstance(home, HomeView)
    qtbot.waitUntil(lambda: controller.sync.port != 0, timeout=SYNC_WAIT_MS)  # the service is ready
    return home


def asked(qtbot, controller: Controller, command: Any) -> Any:
    """Send *command* through the window's ServiceClient method of that name and wait for its answer."""
    answers: list[Any] = []
    command(lambda result: answers.append(result))
    qtbot.waitUntil(lambda: bool(answers), timeout=SYNC_WAIT_MS)
    return answers[0]


def support_text(home: HomeView) -> str:
    return home.support_card.body.text() if home.support_card.isVisible() else ""


def test_the_person_sees_waiting_then_delivered_only_once_the_supporters_computer_confirms(
    qtbot, make_app, manager: ProfileManager, tmp_path: Path
) -> None:
    with manager.create("Robin", PASSPHRASE) as robin:
        ana_id = robin.supporters.add("Ana").id
    ana_manager = ProfileManager(tmp_path / "ana", FAST_KDF)
    ana_session = ana_manager.create("Ana", PASSPHRASE)
    ana = SyncServiceProcess(ana_manager.data_dir, ana_session.profile_id, ana_session.database_key())
    controller = make_app(sync_service=True)
    home = home_of(qtbot, controller)
    sync = controller.sync
    try:
        ana.start()
        circle = asked(qtbot, controller, lambda done: sync.create_support_circle(ana_id, done))
        invite = asked(qtbot, controller, lambda done: sync.invite(circle, done))
        assert ana.request(protocol.Join(invite.qr)) == circle
        ana.stop()  # Ana's laptop is closed

        assert not home.support_card.isVisible()
        sent = asked(qtbot, controller, lambda done: sync.request_support("", done))
        assert sent.waiting == 1
        qtbot.waitUntil(lambda: "Waiting for Ana" in support_text(home), timeout=SYNC_WAIT_MS)
        assert (
            "none of their devices is reachable; it will be sent when one of them is online"
            in support_text(home)
        )
        assert "Delivered" not in support_text(home)

        ana = SyncServiceProcess(ana_manager.data_dir, ana_session.profile_id, ana_session.database_key())
        ana_events = EventLog(ana)
        ready = ana.start()
        asked(qtbot, controller, lambda done: sync.add_peer("127.0.0.1", ready.port, done))
        ana_events.wait_for(lambda e: type(e).__name__ == "SupportRequested", timeout=30)
        qtbot.waitUntil(lambda: "Delivered to Ana's computer at " in support_text(home), timeout=SYNC_WAIT_MS)
        assert "Waiting" not in support_text(home)
    finally:
        ana.stop()
        ana_session.lock()


def test_the_supporter_is_notified_on_unlock_through_the_relay_and_it_stays_until_seen(
    qtbot, make_app, manager: ProfileManager, relay: RelayServer, tmp_path: Path
) -> None:
    robin_manager = ProfileManager(tmp_path / "robin", FAST_KDF)
    with robin_manager.create("Robin", PASSPHRASE) as robin:
        ana_id = robin.supporters.add("Ana").id
        robin.settings.set(SUPPORT_RELAY, address_of(relay))
        r = SyncServiceProcess(robin_manager.data_dir, robin.profile_id, robin.database_key())
    with manager.create("Ana", PASSPHRASE) as ana_session:
        a = SyncServiceProcess(manager.data_dir, ana_session.profile_id, ana_session.database_key())
    r_events = EventLog(r)
    try:
        r.start()
        a.start()
        circle = r.request(protocol.CreateSupportCircle(ana_id))
        far = dataclasses.replace(parse_qr(r.request(protocol.Invite(circle)).qr), hints=())
        assert a.request(protocol.Join(far.qr_payload()), timeout=40) == circle  # through the relay
        a.request(protocol.SetSupportCircleLabel(circle, "Robin"))
        a.stop()  # Ana's Commons is closed; she is not on Robin's network anyway

        r.request(protocol.RequestSupport("Please call me"))
        r_events.wait_for(
            lambda e: (
                isinstance(e, protocol.SupportDeliveries)
                and any(d.left_at_relay is not None for d in e.deliveries)
            ),
            timeout=30,
        )
        [left] = r.request(protocol.ListSupportDeliveries())
        assert left.delivered_at is None  # stored by the relay is not delivered

        controller = make_app(sync_service=True)
        tray = controller.tray
        notified: list[tuple[str, str]] = []
        tray.sig_notified.connect(lambda title, text: notified.append((title, text)))
        home = home_of(qtbot, controller)  # unlocking starts the service, which fetches from the relay
        qtbot.waitUntil(lambda: bool(notified), timeout=SYNC_WAIT_MS)
        assert notified == [("Commons", tray_text())]
        assert tray_text() == "Someone in your support network asked for support — open Commons."
        assert tray.last is not None  # waiting to be opened
        assert tray.last[0] == SUPPORT_KEY
        assert (
            not tray.available()
        )  # offscreen has no system tray: the notifier's own signal is what we check
        qtbot.waitUntil(lambda: "Robin asked for support at " in support_text(home), timeout=SYNC_WAIT_MS)

        # It stays until marked seen (Support → People I support does this through the same method).
        asked(qtbot, controller, lambda done: controller.sync.mark_request_seen(circle, done))
        qtbot.waitUntil(lambda: not home.support_card.isVisible(), timeout=SYNC_WAIT_MS)
        controller.lock()
        assert tray.last is None  # locking takes the notification back: nothing waits over a locked screen
        assert not tray.visible
    finally:
        r.stop()
        a.stop()
