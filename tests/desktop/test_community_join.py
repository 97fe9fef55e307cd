"""Joining a community from a picture of its invite, a printed invite, and every bad input of joining and
starting: two or three neighbours, each with their own computer (profile and real sync service, on loopback),
and a real relay (nats-server) that refuses a wrong password. A bad input gets a sentence and stores nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import socket
import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QFileDialog

from commons_desktop.features.community.community_view import CommunityView
from commons_desktop.shell.controller import Controller
from commons_desktop.widgets.qr_image import qr_png, read_qr_codes
from sync.engine.status import PeerReport, Route
from sync.invites import parse_qr
from sync.relay import RelayServer
from sync.relay.address import RelayAddress
from tests.desktop.helpers import WAIT_MS, answer_save_dialogs, create_profile_via_ui
from tests.desktop.test_community import SYNC_WAIT_MS, community_screen, people
from tests.desktop.test_crisis_pdf import poppler, run
from tests.desktop.test_support import read_store
from tests.service.test_relay_service import relay
from tests.support import address_of

__all__ = ["relay"]  # the relay fixture


def neighbour(qtbot, make_computer, name: str) -> tuple[Controller, CommunityView]:
    controller, _ = make_computer(f"{name.lower()}-laptop", sync_service=True)
    create_profile_via_ui(qtbot, controller, name)
    return controller, community_screen(qtbot, controller)


def spaces_stored(qtbot, controller: Controller) -> list[bytes]:
    return list(read_store(qtbot, controller, lambda s: s.spaces.spaces()))


def start(qtbot, screen: CommunityView, name: str, founder: str, relay: str = "") -> None:
    screen.start_page.new_name_edit.setText(name)
    screen.start_page.founder_name_edit.setText(founder)
    screen.start_page.relay_edit.setText(relay)
    qtbot.mouseClick(screen.start_page.create_button, Qt.MouseButton.LeftButton)


def invite(qtbot, screen: CommunityView) -> str:
    with qtbot.waitSignal(screen.sig_invite_shown, timeout=WAIT_MS):
        qtbot.mouseClick(screen.invite_button, Qt.MouseButton.LeftButton)
    return screen.invite_card.invite_text.text()


def open_picture(qtbot, monkeypatch, screen: CommunityView, path: Path) -> None:
    """Open *path* with "Open QR image…", as if chosen in the file dialog."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(path), "Pictures (*.png)"))
    )
    screen.start_page.start_status.clear()
    qtbot.mouseClick(screen.start_page.open_qr_button, Qt.MouseButton.LeftButton)


def join_with(qtbot, screen: CommunityView, text: str) -> str:
    """Paste *text*, press Join, and return what the screen then says (once the service answered)."""
    screen.start_page.join_edit.setText(text)
    qtbot.mouseClick(screen.start_page.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(screen.start_page.join_button.isEnabled, timeout=SYNC_WAIT_MS)
    return screen.start_page.start_status.text()


def damaged_invite(text: str) -> str:
    """*text* with its last four characters changed, as a bad copy would: the checksum no longer matches."""
    return text[:-4] + ("AAAA" if not text.endswith("AAAA") else "BBBB")


def a_picture_without_a_qr(path: Path) -> Path:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#d8cfc0"))
    painter = QPainter(image)
    painter.fillRect(100, 100, 200, 150, QColor("#335577"))
    painter.drawText(120, 320, "Mill Road street party, 2 pm")
    painter.end()
    assert image.save(str(path))
    return path


def test_a_neighbour_joins_from_a_picture_of_the_qr_and_bad_pictures_are_explained(
    qtbot, make_computer, monkeypatch, tmp_path: Path
) -> None:
    _robin, robin_screen = neighbour(qtbot, make_computer, "Robin")
    ana, ana_screen = neighbour(qtbot, make_computer, "Ana")
    start(qtbot, robin_screen, "Mill Road", "Robin")
    qtbot.waitUntil(lambda: people(robin_screen) == ["Robin (admin) — you"], timeout=WAIT_MS)
    text = invite(qtbot, robin_screen)

    # Robin saves the QR as a picture, and prints the invite.
    picture = tmp_path / "shared" / "invite.png"
    picture.parent.mkdir()
    _asked, told = answer_save_dialogs(monkeypatch, picture)
    with qtbot.waitSignal(robin_screen.invite_card.invite_actions.sig_saved, timeout=WAIT_MS):
        qtbot.mouseClick(robin_screen.invite_card.invite_actions.save_image_button, Qt.MouseButton.LeftButton)
    assert read_qr_codes(picture) == (text,)
    assert told[-1][0] == "info"
    assert "send it only to the person invited" in told[-1][1]
    printed = tmp_path / "shared" / "invite.pdf"
    answer_save_dialogs(monkeypatch, printed)
    with qtbot.waitSignal(robin_screen.invite_card.invite_actions.sig_saved, timeout=WAIT_MS):
        qtbot.mouseClick(robin_screen.invite_card.invite_actions.print_button, Qt.MouseButton.LeftButton)
    check_printed_invite(printed, tmp_path, text, robin_screen)

    # Ana opens pictures that hold no invite: each is explained, and nothing reaches her store.
    before = spaces_stored(qtbot, ana)
    web = tmp_path / "poster.png"
    web.write_bytes(qr_png("https://example.org/mill-road-party"))
    damaged = tmp_path / "damaged-invite.png"
    damaged.write_bytes(qr_png(damaged_invite(text)))
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(2000))
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    for path, says in (
        (a_picture_without_a_qr(tmp_path / "party.png"), "No QR code was found in this picture."),
        (web, "This QR code holds a web address, not a Commons invite."),
        (damaged, "This QR code is a Commons invite, but it cannot be used: This invite was damaged"),
        (broken, "This file could not be opened as a picture."),
        (empty, "This file could not be opened as a picture."),
    ):
        open_picture(qtbot, monkeypatch, ana_screen, path)
        assert ana_screen.start_page.start_status.text().startswith(says), path.name
        assert ana_screen.start_page.join_edit.text() == ""
    assert ana.sync.communities == ()
    assert spaces_stored(qtbot, ana) == before

    # The picture Robin saved: Ana joins, and both see each other.
    open_picture(qtbot, monkeypatch, ana_screen, picture)
    qtbot.waitUntil(
        lambda: ana_screen.tabs.currentWidget() is ana_screen.community_page, timeout=SYNC_WAIT_MS
    )
    qtbot.waitUntil(lambda: "Robin (admin)" in people(ana_screen), timeout=SYNC_WAIT_MS)
    assert ana_screen.community_choice.currentText() == "Mill Road"
    assert len(spaces_stored(qtbot, ana)) == len(before) + 1


def check_printed_invite(path: Path, tmp_path: Path, text: str, screen: CommunityView) -> None:
    """One A4 page with the name, the short code, where and until when it works; its QR scans as the invite."""
    info = run(poppler("pdfinfo"), path)
    assert "Pages:           1" in info
    assert "Join Mill Road on Commons" in info  # the title
    words = " ".join(
        unicodedata.normalize("NFKC", run(poppler("pdftotext"), path, "-")).split()
    )  # "ﬀ" → "ff"
    code = screen.invite_card.code_label.text().removeprefix("Short code: ")
    assert "Join Mill Road on Commons" in words
    assert f"Or type the short code: {code}" in words
    assert screen.invite_card.where_label.text() in words
    assert "Works once, until" in words
    assert text.removeprefix("COMMONS-INVITE:")[:12] not in words  # the invite text itself is only in the QR
    run(poppler("pdftoppm"), "-r", "150", "-png", path, tmp_path / "printed")
    [page] = tmp_path.glob("printed*.png")
    assert read_qr_codes(page) == (text,)


def test_wrong_expired_and_used_invites_are_explained_and_store_nothing(qtbot, make_computer) -> None:
    robin, robin_screen = neighbour(qtbot, make_computer, "Robin")
    ana, ana_screen = neighbour(qtbot, make_computer, "Ana")
    cat, cat_screen = neighbour(qtbot, make_computer, "Cat")
    start(qtbot, robin_screen, "Mill Road", "Robin")
    qtbot.waitUntil(lambda: robin_screen.tabs.currentWidget() is robin_screen.community_page, timeout=WAIT_MS)
    text = invite(qtbot, robin_screen)
    code = robin_screen.invite_card.code_label.text().removeprefix("Short code: ")
    assert "joined" in join_with(qtbot, ana_screen, text).lower()

    before = spaces_stored(qtbot, cat)
    past = dataclasses.replace(parse_qr(text), expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=2))
    mistyped = code[:5] + ("B" if code[5] != "B" else "C") + code[6:]
    for typed, says in (
        (text, "already used"),
        (mistyped, "A character of this code is mistyped"),
        (code[:-5], "An invite code has 32 characters"),  # its last group left out
        (past.qr_payload(), "This invite has expired"),
        (past.short_code(), "This invite has expired"),
        (damaged_invite(text), "This invite was damaged or changed"),
    ):
        said = join_with(qtbot, cat_screen, typed)
        assert said.startswith("Could not join:"), (typed, said)
        assert says in said, (typed, said)
        assert cat_screen.start_page.join_edit.text() == typed  # kept, to correct
    cat_screen.start_page.join_edit.setText(
        "https://example.org/join"
    )  # a link pasted by mistake: said at once
    qtbot.mouseClick(cat_screen.start_page.join_button, Qt.MouseButton.LeftButton)
    assert cat_screen.start_page.start_status.text().startswith(
        "This is a web address, not a Commons invite."
    )
    assert cat.sync.communities == ()
    assert spaces_stored(qtbot, cat) == before
    assert len(robin.sync.communities) == 1
    assert len(ana.sync.communities) == 1


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_relay_that_refuses_or_does_not_answer_starts_and_joins_nothing(
    qtbot, make_computer, relay: RelayServer
) -> None:
    robin, robin_screen = neighbour(qtbot, make_computer, "Robin")
    ana, ana_screen = neighbour(qtbot, make_computer, "Ana")
    wrong = address_of(relay, password="w" * len(relay.credential.password))
    before = spaces_stored(qtbot, robin)

    # Not an address: said at once, before the service is asked.
    start(qtbot, robin_screen, "Mill Road", "Robin", "nats://relay.example.org:4222")
    assert robin_screen.start_page.start_status.text().startswith("This is not a relay address:")
    for address, says in (
        (wrong, "the relay refused this device's credential"),
        (address_of(relay, port=free_port()), "the relay did not answer"),
    ):
        start(qtbot, robin_screen, "Mill Road", "Robin", address)
        qtbot.waitUntil(
            lambda: "Not started" in robin_screen.start_page.start_status.text(), timeout=SYNC_WAIT_MS
        )
        assert says in robin_screen.start_page.start_status.text()
        assert robin_screen.start_page.new_name_edit.text() == "Mill Road"  # kept, to try again
        robin_screen.start_page.start_status.clear()
    assert robin.sync.communities == ()
    assert spaces_stored(qtbot, robin) == before

    # A relay that takes the credential: started, and the invite says it works through it.
    start(qtbot, robin_screen, "Mill Road", "Robin", address_of(relay))
    qtbot.waitUntil(
        lambda: robin_screen.tabs.currentWidget() is robin_screen.community_page, timeout=SYNC_WAIT_MS
    )
    assert robin_screen.start_page.relay_edit.text() == ""
    text = invite(qtbot, robin_screen)
    assert RelayAddress.from_text(parse_qr(text).relay).servers == (("127.0.0.1", relay.port),)
    assert "through the community's relay" in robin_screen.invite_card.where_label.text()

    # Ana's invite names the relay with a password it refuses (and no address nearby): nothing joined.
    refused = dataclasses.replace(parse_qr(text), hints=(), relay=wrong).qr_payload()
    before = spaces_stored(qtbot, ana)
    said = join_with(qtbot, ana_screen, refused)
    assert said.startswith("Could not join: the relay refused this device's credential"), said
    assert ana.sync.communities == ()
    assert spaces_stored(qtbot, ana) == before


def test_a_neighbour_across_town_joins_by_pasted_invite_through_the_relay(
    qtbot, make_computer, relay: RelayServer
) -> None:
    """Ana is not on Robin's network: her invite names no address she can reach, only the community's relay.
    She pastes it; the join handshake and then the community itself come through the relay (blind: it only
    stores envelopes), and both windows then see each other and the same community."""
    robin, robin_screen = neighbour(qtbot, make_computer, "Robin")
    ana, ana_screen = neighbour(qtbot, make_computer, "Ana")
    start(qtbot, robin_screen, "Mill Road", "Robin", address_of(relay))
    qtbot.waitUntil(
        lambda: robin_screen.tabs.currentWidget() is robin_screen.community_page, timeout=SYNC_WAIT_MS
    )
    across_town = dataclasses.replace(parse_qr(invite(qtbot, robin_screen)), hints=()).qr_payload()

    said = join_with(qtbot, ana_screen, across_town)
    assert said.startswith("Joined"), said
    qtbot.waitUntil(lambda: "Robin (admin)" in people(ana_screen), timeout=SYNC_WAIT_MS)
    assert ana_screen.community_choice.currentText() == "Mill Road"
    ana_screen.my_name_edit.setText("Ana")
    qtbot.mouseClick(ana_screen.my_name_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ana" in people(robin_screen), timeout=SYNC_WAIT_MS)
    assert ana.sync.communities[0].space == robin.sync.communities[0].space
    # Nothing crossed on a network: each heard the other only through the relay, and the status says so.
    space = robin.sync.communities[0].space
    for controller in (robin, ana):
        qtbot.waitUntil(lambda c=controller: bool(peers_heard(c, space)), timeout=SYNC_WAIT_MS)
        assert {(peer.route, peer.connected) for peer in peers_heard(controller, space)} == {
            (Route.RELAY, False)
        }


def peers_heard(controller: Controller, space: str) -> tuple[PeerReport, ...]:
    report = controller.sync.sync_report(space)
    return () if report is None else report.peers
