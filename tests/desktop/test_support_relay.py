"""The relay for my support network, on the Support screen: a bad address is explained and not stored; a good
one is kept (encrypted, across locking), given to the circles I have and to those made later, and removed; the
address is masked unless asked, and in no log. The real app, its real sync service and a real relay."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from commons_desktop.features.support.support_relay import SupportRelayPanel
from commons_desktop.features.support.support_view import SupportView
from commons_desktop.shell.controller import Controller
from store import SUPPORT_RELAY, ProfileManager
from sync.invites import parse_qr
from sync.relay import RelayServer
from sync.relay.address import RelayAddress
from tests.desktop.helpers import WAIT_MS, texts_on_screen, unlock_via_ui
from tests.desktop.test_support import (
    SYNC_WAIT_MS,
    add_supporter,
    open_support,
    press_invite,
    read_store,
    seed,
)
from tests.service.test_relay_service import relay
from tests.support import address_of, files_containing

__all__ = ["relay"]  # the relay fixture, shared with the service tests


def panel_of(qtbot, view: SupportView) -> SupportRelayPanel:
    panel = view.relay_panel
    qtbot.waitUntil(panel.save_button.isEnabled, timeout=SYNC_WAIT_MS)  # the sync service is up
    return panel


def type_address(qtbot, panel: SupportRelayPanel, text: str) -> None:
    panel.address_edit.clear()
    qtbot.keyClicks(panel.address_edit, text)


def press(qtbot, panel: SupportRelayPanel, button: str) -> None:
    with qtbot.waitSignal(panel.sig_relay_applied, timeout=SYNC_WAIT_MS):
        qtbot.mouseClick(getattr(panel, button), Qt.MouseButton.LeftButton)
    assert panel.error_label.text() == ""


def invite_servers(qtbot, view: SupportView) -> tuple[tuple[str, int], ...]:
    """The relay servers a new invite for the chosen supporter carries (none: empty)."""
    press_invite(qtbot, view)
    text = parse_qr(view.invites.qr_text.text()).relay
    return RelayAddress.from_text(text).servers if text else ()


def stored(qtbot, controller: Controller) -> str:
    return str(read_store(qtbot, controller, lambda s: s.settings.get(SUPPORT_RELAY)))


def test_a_bad_address_is_explained_stored_nowhere_and_masked(
    qtbot, make_app, manager: ProfileManager
) -> None:
    seed(manager, "Robin")
    controller = make_app(sync_service=True)
    view = open_support(qtbot, controller)
    panel = panel_of(qtbot, view)
    assert panel.address_edit.echoMode() is QLineEdit.EchoMode.Password
    assert not panel.remove_button.isEnabled()  # nothing to remove
    assert not panel.error_label.isVisibleTo(view)

    type_address(qtbot, panel, "nats://relay.example.org:4222")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.error_label.isVisibleTo(view)
    assert panel.error_label.text().startswith(
        "This is not a relay address: a relay address starts with commons-relay://."
    )
    assert "from commons-relay:// to the end" in panel.error_label.text()
    assert panel.address_edit.accessibleDescription() == panel.error_label.text()
    type_address(qtbot, panel, "commons-relay://commons:short@relay.example.org:4222#sha256=" + "A" * 43)
    qtbot.keyClick(panel.address_edit, Qt.Key.Key_Return)
    assert "password" in panel.error_label.text()
    assert stored(qtbot, controller) == ""

    # The show toggle reveals the text, and masks it again.
    assert panel.address_edit.displayText() != panel.address_edit.text()
    panel.show_check.click()
    assert panel.address_edit.displayText() == panel.address_edit.text()
    panel.show_check.click()
    assert panel.address_edit.echoMode() is QLineEdit.EchoMode.Password

    controller.lock()
    assert panel.address_edit.text() == ""
    assert panel.error_label.text() == ""
    assert not panel.show_check.isChecked()


def test_a_relay_is_kept_given_to_every_circle_and_removed(
    qtbot,
    make_app,
    manager: ProfileManager,
    relay: RelayServer,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    address = address_of(relay)
    password = relay.credential.password
    here = (("127.0.0.1", relay.port),)
    seed(manager, "Robin")
    controller = make_app(sync_service=True)
    view = open_support(qtbot, controller)
    panel = panel_of(qtbot, view)
    add_supporter(qtbot, view, "Ana")
    assert invite_servers(qtbot, view) == ()  # Ana's circle: no relay anywhere yet

    # Saved: kept, masked, and Ana's circle uses it at once.
    type_address(qtbot, panel, f"  {address}  ")
    press(qtbot, panel, "save_button")
    assert stored(qtbot, controller) == address
    assert panel.address_edit.text() == address
    assert panel.address_edit.echoMode() is QLineEdit.EchoMode.Password
    assert f"127.0.0.1:{relay.port}" in panel.status_label.text()
    assert invite_servers(qtbot, view) == here
    qtbot.waitUntil(lambda: "Relay connected" in panel.status_label.text(), timeout=SYNC_WAIT_MS)

    # A supporter added afterwards: their new circle takes it too.
    add_supporter(qtbot, view, "Ben")
    assert invite_servers(qtbot, view) == here

    # Locked: nothing of it on screen, nothing readable on disk; unlocked: still there.
    controller.lock()
    assert not any(password in text for text in texts_on_screen(controller.window))
    assert files_containing(manager.data_dir, [password.encode()]) == []
    with qtbot.waitSignal(panel.sig_relay_loaded, timeout=WAIT_MS):
        unlock_via_ui(qtbot, controller)
    assert panel.address_edit.text() == address
    assert panel.address_edit.echoMode() is QLineEdit.EchoMode.Password
    qtbot.waitUntil(panel.remove_button.isEnabled, timeout=SYNC_WAIT_MS)

    # Removed: forgotten, and the circles have no relay again (Robin's communities have none).
    press(qtbot, panel, "remove_button")
    assert stored(qtbot, controller) == ""
    assert panel.address_edit.text() == ""
    assert "No relay saved" in panel.status_label.text()
    assert "Relay connected" not in panel.status_label.text()
    view.select(view.model.supporter(0).id)  # type: ignore[union-attr]
    assert invite_servers(qtbot, view) == ()

    controller.lock()
    out, err = capfd.readouterr()
    assert password not in caplog.text + out + err
