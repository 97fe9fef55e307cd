"""Joining with the camera. This machine has no camera, so: the button is absent here (the real check of /dev),
and the scan runs on a second real source, a player of picture files, through the very same feed, QR reading,
invite check and join as a camera's frames; Cancel, closing and locking release the camera at once. Two
neighbours (two profiles, two real sync services on loopback) join this way."""

from __future__ import annotations

import itertools
import time
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt

from commons_desktop.camera import Camera, CameraFeed, find_cameras, played_camera
from commons_desktop.camera.v4l2 import V4l2Source
from commons_desktop.features.community.camera_join import CameraScanDialog
from commons_desktop.features.community.community_view import CommunityView
from commons_desktop.widgets.qr_image import qr_codes_in, qr_png
from tests.desktop.helpers import WAIT_MS
from tests.desktop.test_community import SYNC_WAIT_MS, people
from tests.desktop.test_community_join import a_picture_without_a_qr, invite, neighbour, spaces_stored, start

RELEASE_S = 1.0  # "at once": one read (0.1 s) and closing, with room for a busy shared machine


def pictures(tmp_path: Path, *codes: str) -> list[Path]:
    """A picture with no QR code, then one picture per QR code in *codes*."""
    paths = [a_picture_without_a_qr(tmp_path / "street.png")]
    for number, code in enumerate(codes):
        path = tmp_path / f"code-{number}.png"
        path.write_bytes(qr_png(code))
        paths.append(path)
    return paths


def scan_dialog(qtbot, screen: CommunityView) -> CameraScanDialog:
    qtbot.mouseClick(screen.start_page.scan_camera_button, Qt.MouseButton.LeftButton)
    dialog = screen.start_page.scan_camera_button.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    return dialog


def reopen(screen: CommunityView, controller) -> None:
    """Leave the Community screen and come back, as a person would after plugging a camera in."""
    workspace = controller.window.workspace_view
    workspace.open_screen("home")
    workspace.open_screen("community")
    assert workspace.screen_named("community") is screen


def test_the_feed_looks_at_the_latest_frame_at_most_eight_times_a_second_and_stops_at_once(
    qtbot, tmp_path: Path
) -> None:
    camera, players = played_camera("Desk camera", pictures(tmp_path, "COMMONS-INVITE:x"), seconds_each=0.8)
    looked_at: list[float] = []

    def look(image):
        looked_at.append(time.monotonic())
        return qr_codes_in(image)

    feed = CameraFeed(camera, look)
    seen: list[object] = []
    shown: list[object] = []
    feed.sig_seen.connect(seen.append)
    feed.sig_frame.connect(shown.append)
    feed.start()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert seen[0] == ("COMMONS-INVITE:x",)  # the street picture before it held no code: nothing was sent
    gaps = [later - earlier for earlier, later in itertools.pairwise(looked_at)]
    assert len(gaps) >= 5
    assert min(gaps) >= 0.1  # at most eight looks a second (0.125 s apart; a camera sends one every 0.033 s)
    assert feed.frames > 2 * feed.looks  # the frames in between were dropped, not queued
    assert shown
    assert not feed.released

    with qtbot.waitSignal(feed.sig_stopped, timeout=WAIT_MS):
        asked = time.monotonic()
        feed.stop()
    assert time.monotonic() - asked < RELEASE_S
    assert feed.released
    assert players[0].closed


def test_a_camera_that_sends_nothing_or_cannot_be_opened_is_explained(qtbot, tmp_path: Path) -> None:
    # A camera that sends one picture and then nothing (fps so low the next never comes).
    silent, players = played_camera("Covered camera", pictures(tmp_path), fps=0.01)
    feed = CameraFeed(silent, qr_codes_in, silent_limit=0.5)
    with qtbot.waitSignal(feed.sig_failed, timeout=WAIT_MS) as failed:
        feed.start()
    assert failed.args[0].startswith("The camera sends no picture.")
    qtbot.waitUntil(lambda: feed.released, timeout=WAIT_MS)
    assert players[0].closed

    # The real Video4Linux2 adapter on a device that is no camera: the kernel refuses, a sentence says so.
    feed = CameraFeed(Camera("Not a camera", partial(V4l2Source.open, Path("/dev/null"))), qr_codes_in)
    with qtbot.waitSignal(feed.sig_failed, timeout=WAIT_MS) as failed:
        feed.start()
    assert "does not work as a camera" in failed.args[0]


def test_a_neighbour_joins_by_holding_the_invite_up_to_the_camera(
    qtbot, make_computer, tmp_path: Path
) -> None:
    _robin, robin_screen = neighbour(qtbot, make_computer, "Robin")
    ana, ana_screen = neighbour(qtbot, make_computer, "Ana")

    # This machine has no camera: the real check finds none and the button is not there.
    assert find_cameras() == ()
    assert ana_screen.start_page.scan_camera_button.isHidden()
    assert not ana_screen.start_page.scan_camera_button.isVisibleTo(ana_screen)

    start(qtbot, robin_screen, "Mill Road", "Robin")
    qtbot.waitUntil(lambda: people(robin_screen) == ["Robin (admin) — you"], timeout=WAIT_MS)
    text = invite(qtbot, robin_screen)

    # Ana's "camera" shows the street, then a poster's web address, then Robin's invite (as the app drew it).
    camera, players = played_camera(
        "Ana's webcam", pictures(tmp_path, "https://example.org/mill-road-party", text), seconds_each=0.8
    )
    ana_screen.start_page.scan_camera_button.find_cameras = lambda: (camera,)
    reopen(ana_screen, ana)
    assert ana_screen.start_page.scan_camera_button.isVisibleTo(ana_screen)
    before = spaces_stored(qtbot, ana)

    with qtbot.waitSignal(
        ana_screen.start_page.scan_camera_button.sig_invite_read, timeout=SYNC_WAIT_MS
    ) as read:
        dialog = scan_dialog(qtbot, ana_screen)
        assert dialog.hint.text() == "Hold the invite's QR code up to the camera"
        assert dialog.camera_choice.isHidden()  # one camera: nothing to choose
        qtbot.waitUntil(lambda: not dialog.picture.pixmap().isNull(), timeout=WAIT_MS)  # the live picture
        with qtbot.waitSignal(dialog.sig_not_an_invite, timeout=WAIT_MS) as refused:
            pass
        assert refused.args[0].startswith("This QR code holds a web address, not a Commons invite.")
        assert dialog.status.text() == refused.args[0]
        assert dialog.isVisible()  # and it keeps looking
        assert ana.sync.communities == ()
    assert read.args == [text]

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: players[0].closed, timeout=WAIT_MS)  # the camera is off once the invite is read
    qtbot.waitUntil(
        lambda: ana_screen.tabs.currentWidget() is ana_screen.community_page, timeout=SYNC_WAIT_MS
    )
    qtbot.waitUntil(lambda: "Robin (admin)" in people(ana_screen), timeout=SYNC_WAIT_MS)
    assert ana_screen.community_choice.currentText() == "Mill Road"
    assert len(spaces_stored(qtbot, ana)) == len(before) + 1
    assert len(players) == 1  # one scan, one camera opened


def test_cancel_closing_and_locking_release_the_camera_at_once(qtbot, make_computer, tmp_path: Path) -> None:
    controller, screen = neighbour(qtbot, make_computer, "Sam")
    camera, players = played_camera("Desk camera", pictures(tmp_path))
    not_a_camera = Camera("Not a camera", partial(V4l2Source.open, Path("/dev/null")))
    screen.start_page.scan_camera_button.find_cameras = lambda: (camera, not_a_camera)
    reopen(screen, controller)

    for close in ("cancel", "close", "lock"):
        dialog = scan_dialog(qtbot, screen)
        assert dialog.camera_choice.isVisibleTo(dialog)  # two cameras: a choice
        qtbot.waitUntil(lambda d=dialog: not d.picture.pixmap().isNull(), timeout=WAIT_MS)
        player = players[-1]
        assert not player.closed
        with qtbot.waitSignal(dialog.sig_camera_released, timeout=WAIT_MS):
            asked = time.monotonic()
            if close == "cancel":
                qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
            elif close == "close":
                dialog.close()
            else:
                controller.lock()
        assert time.monotonic() - asked < RELEASE_S
        assert player.closed, close
        assert not dialog.isVisible()
        if close == "lock":
            break
    assert len(players) == 3
    assert screen.start_page.join_edit.text() == ""


def test_choosing_a_device_that_is_no_camera_says_so_and_releases_the_other(
    qtbot, make_computer, tmp_path: Path
) -> None:
    controller, screen = neighbour(qtbot, make_computer, "Sam")
    camera, players = played_camera("Desk camera", pictures(tmp_path))
    not_a_camera = Camera("Not a camera", partial(V4l2Source.open, Path("/dev/null")))
    screen.start_page.scan_camera_button.find_cameras = lambda: (camera, not_a_camera)
    reopen(screen, controller)
    dialog = scan_dialog(qtbot, screen)
    qtbot.waitUntil(lambda: not dialog.picture.pixmap().isNull(), timeout=WAIT_MS)

    dialog.camera_choice.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "does not work as a camera" in dialog.picture.text(), timeout=WAIT_MS)
    assert dialog.hint.isHidden()  # no "hold it up" under a camera that cannot show anything
    qtbot.waitUntil(lambda: players[0].closed, timeout=int(RELEASE_S * 1000))
    assert dialog.picture.pixmap().isNull()
    assert dialog.cancel_button.text() == "Close"
    dialog.camera_choice.setCurrentIndex(0)  # back to the working one: a fresh start
    qtbot.waitUntil(lambda: not dialog.picture.pixmap().isNull(), timeout=WAIT_MS)
    assert dialog.status.text() == ""
    assert dialog.cancel_button.text() == "Cancel"
    assert not dialog.hint.isHidden()
    dialog.reject()
    qtbot.waitUntil(lambda: players[1].closed, timeout=WAIT_MS)
