"""Handing a profile to the person's other computer over the network, through both windows (two real apps, real
TLS on 127.0.0.1, real encrypted stores)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from commons_desktop.shell.controller import Controller
from commons_desktop.shell.dialogs.handoff_receive import HandoffReceiveDialog
from commons_desktop.shell.dialogs.handoff_send import HandoffSendDialog, offer_addresses
from handoff import HandoffCode, HandoffUnreachable, parse_code
from handoff import HandoffReceiver as Receiver
from store import ProfileManager
from tests.desktop.helpers import WAIT_MS, open_dialog, seed_profile, unlock_via_ui, wait_for_page
from tests.desktop.test_accessibility import unlabelled
from tests.support import files_containing

CANARY = "CANARY-handoff-plan-9K"
CHOSEN = "lantern otter quietly 4412"


def _send_dialog(qtbot, controller: Controller) -> HandoffSendDialog:
    settings = controller.open_settings()
    assert settings is not None
    qtbot.waitUntil(settings.isVisible, timeout=WAIT_MS)
    assert settings.handoff_button.isVisible()
    return open_dialog(qtbot, settings.handoff_button, settings, HandoffSendDialog)


def _offer_on_loopback(qtbot, dialog: HandoffSendDialog) -> str:
    combo = dialog.network_combo
    combo.setCurrentIndex(combo.findData("127.0.0.1"))  # tests stay on this machine
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not dialog.start_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.code != "", timeout=WAIT_MS)
    assert dialog.countdown_label.text() in (
        "The code works for 10:00 more.",
        "The code works for 9:59 more.",
    )
    return dialog.code


def _receive_dialog(qtbot, controller: Controller) -> HandoffReceiveDialog:
    page = controller.window.stack.currentWidget()
    return open_dialog(qtbot, page.receive_button, controller.window, HandoffReceiveDialog)


def test_a_profile_moves_to_the_other_computer_with_the_code(
    qtbot, make_app, manager: ProfileManager, make_computer, tmp_path: Path
) -> None:
    original_id = seed_profile(manager, "Sam", plan_items=(CANARY,))
    sender = make_app()
    unlock_via_ui(qtbot, sender)
    send = _send_dialog(qtbot, sender)
    assert unlabelled(send) == []
    code = _offer_on_loopback(qtbot, send)

    receiver, other = make_computer("other")
    wait_for_page(qtbot, receiver, receiver.window.welcome_view)  # a new computer: no profile yet
    receive = _receive_dialog(qtbot, receiver)
    assert unlabelled(receive) == []

    # A weak passphrase keeps the button off; a mistyped code is caught before any connection.
    qtbot.keyClicks(receive.code_edit, code[:5] + ("A" if code[5] != "A" else "B") + code[6:])
    qtbot.keyClicks(receive.passphrase_edit, "sam123")
    qtbot.keyClicks(receive.repeat_edit, "sam123")
    assert not receive.receive_button.isEnabled()
    receive.passphrase_edit.setText(CHOSEN)
    receive.repeat_edit.setText(CHOSEN)
    qtbot.mouseClick(receive.receive_button, Qt.MouseButton.LeftButton)
    assert "mistyped" in receive.status_label.text()
    assert receiver.session_info is None

    # The right address with a wrong secret: refused there, and counted here.
    real = parse_code(code)
    receive.code_edit.setText(HandoffCode(real.host, real.port, bytes(10)).text())
    qtbot.mouseClick(receive.receive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "did not accept this code" in receive.status_label.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "wrong code (1 of 30)" in send.status_label.text(), timeout=WAIT_MS)
    qtbot.wait(1100)  # the countdown ticks on beside the warning, without hiding it
    assert "wrong code (1 of 30)" in send.status_label.text()

    receive.code_edit.setText(code.lower())  # case and dashes do not matter
    qtbot.mouseClick(receive.receive_button, Qt.MouseButton.LeftButton)
    assert receive.busy
    receive.reject()  # Escape does not abandon a transfer midway
    wait_for_page(qtbot, receiver, receiver.window.workspace_view)
    info = receiver.session_info
    assert info is not None
    assert info.label == "Sam"
    assert info.profile_id != original_id
    assert "new device" in receiver.window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not shiboken6.isValid(receive) or not receive.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "now on the other computer" in send.status_label.text(), timeout=WAIT_MS)
    assert send.code == ""  # the code is gone from the screen, and it no longer works
    with pytest.raises(HandoffUnreachable):
        asyncio.run(Receiver(parse_code(code)).fetch())

    receiver.shutdown()
    [profile] = other.list_profiles()
    with other.unlock(profile.profile_id, CHOSEN) as session:
        assert [item.text for item in session.plan.items()] == [CANARY]
    # Encrypted on disk on both computers, and no scratch copy left behind by the export.
    assert files_containing(tmp_path, [CANARY.encode()]) == []
    assert not list(manager.root.glob(f"{original_id}/.export*"))


def test_locking_stops_the_offer(qtbot, make_app, manager: ProfileManager) -> None:
    seed_profile(manager, "Sam")
    sender = make_app()
    unlock_via_ui(qtbot, sender)
    send = _send_dialog(qtbot, sender)
    code = _offer_on_loopback(qtbot, send)
    sender.lock()
    wait_for_page(qtbot, sender, sender.window.unlock_view)
    qtbot.waitUntil(lambda: not shiboken6.isValid(send) or not send.isVisible(), timeout=WAIT_MS)
    with pytest.raises(HandoffUnreachable):
        asyncio.run(Receiver(parse_code(code)).fetch())


def test_a_copied_code_leaves_the_clipboard_after_a_while_unless_replaced(
    qtbot, make_app, manager: ProfileManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    clipboard = QGuiApplication.clipboard()
    seed_profile(manager, "Sam")
    sender = make_app()
    unlock_via_ui(qtbot, sender)
    send = _send_dialog(qtbot, sender)
    send.clipboard.seconds = 0.3
    code = _offer_on_loopback(qtbot, send)

    qtbot.mouseClick(send.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == code
    assert "2 minutes" in send.status_label.text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)  # the time is up: gone

    qtbot.mouseClick(send.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == code
    clipboard.setText("the person's own words")  # copied something else since: left alone
    qtbot.wait(600)
    assert clipboard.text() == "the person's own words"
    send.reject()


def test_a_copied_code_leaves_the_clipboard_when_the_offer_ends(
    qtbot, make_app, manager: ProfileManager
) -> None:
    clipboard = QGuiApplication.clipboard()
    seed_profile(manager, "Sam")
    sender = make_app()
    unlock_via_ui(qtbot, sender)
    send = _send_dialog(qtbot, sender)
    code = _offer_on_loopback(qtbot, send)
    qtbot.mouseClick(send.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == code
    send.reject()  # closing ends the offer: the code is useless, and leaves at once
    assert clipboard.text() == ""


def test_the_networks_offered_are_this_computers_with_loopback_last() -> None:
    addresses = [address for _device, address in offer_addresses()]
    assert "127.0.0.1" in addresses
    assert addresses[-1].startswith("127.")
