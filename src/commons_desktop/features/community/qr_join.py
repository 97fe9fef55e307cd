"""Joining from a picture of an invite's QR code: choose the picture, read the code, check that it is an invite.

A picture that cannot be opened, that holds no QR code, or whose code is something other than a Commons invite
(a web address, a damaged invite) is explained here and never reaches the sync service, so nothing is stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from commons_desktop.widgets.qr_image import UnreadableImage, read_qr_codes
from commons_desktop.widgets.screen_layout import named
from sync.invites import QR_PREFIX, InviteError, parse_qr

__all__ = ["InviteImageError", "OpenQrImageButton", "invite_in_codes", "invite_in_image", "is_web_address"]

PICTURE_FILTER = "*.png *.jpg *.jpeg *.bmp *.gif *.webp"

translate = QCoreApplication.translate


class InviteImageError(ValueError):
    """The picture holds no usable invite; the message says why and what to do instead."""


def invite_in_image(path: Path | str) -> str:
    """The invite text of the QR code in the picture at *path*; raises `InviteImageError` otherwise."""
    try:
        codes = read_qr_codes(path)
    except UnreadableImage:
        raise InviteImageError(
            translate(
                "qr_join",
                "This file could not be opened as a picture. Choose a photo or screenshot of the invite's QR "
                "code (PNG or JPEG).",
            )
        ) from None
    if not codes:
        raise InviteImageError(
            translate(
                "qr_join",
                "No QR code was found in this picture. Use one where the whole code is sharp and nothing covers "
                "it, or paste the invite text instead.",
            )
        )
    return invite_in_codes(codes)


def invite_in_codes(codes: tuple[str, ...]) -> str:
    """The first Commons invite among the QR *codes* read from one picture (a file or a camera's frame), checked;
    raises `InviteImageError` saying what they hold instead."""
    invites = [code.strip() for code in codes if code.strip().upper().startswith(QR_PREFIX)]
    if not invites:
        raise InviteImageError(_not_an_invite(codes))
    try:
        parse_qr(invites[0])
    except InviteError as exc:
        raise InviteImageError(
            translate("qr_join", "This QR code is a Commons invite, but it cannot be used: {reason}").format(
                reason=str(exc)
            )
        ) from None
    return invites[0]


def _not_an_invite(codes: tuple[str, ...]) -> str:
    """Why a picture's QR codes are no invite, saying what they hold without repeating it."""
    if any(is_web_address(code) for code in codes):
        return translate(
            "qr_join",
            "This QR code holds a web address, not a Commons invite. Nothing was joined: ask the person who "
            "invited you for the invite's own code.",
        )
    return translate(
        "qr_join",
        "This QR code is not a Commons invite. Nothing was joined: ask the person who invited you for the "
        "invite's own code.",
    )


def is_web_address(text: str) -> bool:
    """Whether *text* is a web address (a poster's QR code, a link pasted by mistake) rather than an invite."""
    return text.strip().lower().startswith(("http://", "https://", "www."))


class OpenQrImageButton(QPushButton):
    """The "Open QR image…" button: asks for a picture and reads the invite in it."""

    sig_invite_read = Signal(str)  # the invite text, checked
    sig_failed = Signal(str)  # why the picture holds no usable invite

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open QR image…"), parent)
        named(
            self,
            self.tr("Open QR image"),
            self.tr("Join with a photo or screenshot of the invite's QR code"),
        )
        self.clicked.connect(self.open_image)

    def open_image(self) -> None:
        path = self._ask_path()
        if path is not None:
            self.read(path)

    def read(self, path: Path | str) -> None:
        try:
            text = invite_in_image(path)
        except InviteImageError as exc:
            self.sig_failed.emit(str(exc))
            return
        self.sig_invite_read.emit(text)

    def _ask_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window(),
            self.tr("Open a picture of the invite's QR code"),
            folder or str(Path.home()),
            self.tr("Pictures ({patterns})").format(patterns=PICTURE_FILTER),
        )
        return Path(chosen) if chosen else None
