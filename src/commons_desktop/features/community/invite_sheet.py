"""An invite to hand over: a printable A4 page (the QR code, the community's name, the short code, where it works
and until when) and the QR code saved as a PNG picture.

Both hold the invite and nothing else of the profile; the dialogs say that whoever has them can join once,
until the invite expires.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from commons_desktop.labels import plain_date
from commons_desktop.widgets.printed import a4_writer, ask_pdf_path, draw_pages
from commons_desktop.widgets.qr_image import qr_image, qr_png
from commons_desktop.widgets.screen_layout import named

__all__ = ["InviteActions", "InviteSheet", "write_invite_pdf"]

_MARGIN_MM = 20.0
_BODY_PT = 13
_QR_PX = 320  # about 8.5 cm: a document sizes its images in 96-dpi pixels, whatever the PDF's resolution
_QR_URL = QUrl("commons-invite:qr.png")

translate = QCoreApplication.translate


@dataclass(frozen=True)
class InviteSheet:
    """What a printed invite says, in the words the screen shows."""

    community: str
    qr: str  # the invite's QR payload
    code: str  # the short code
    where: str  # where it works, in words
    expires: dt.datetime

    @property
    def until(self) -> str:
        local = self.expires.astimezone()
        return f"{plain_date(local.date())} {local:%H:%M}"


def write_invite_pdf(path: Path, sheet: InviteSheet, *, printed_on: dt.date | None = None) -> None:
    """One A4 page at *path*; raises OSError if it cannot be written."""
    title = _title(sheet.community)
    writer = a4_writer(path, title, margin_mm=_MARGIN_MM)
    document = QTextDocument()
    body_font = QFont()
    body_font.setPointSize(_BODY_PT)
    document.setDefaultFont(body_font)
    document.addResource(QTextDocument.ResourceType.ImageResource, _QR_URL, qr_image(sheet.qr, scale=12))
    document.setHtml(_html(sheet, title))
    draw_pages(path, writer, document, body_font=body_font, printed_on=printed_on, page_numbers=False)


def _title(community: str) -> str:
    return translate("invite_sheet", "Join {community} on Commons").format(community=community)


def _html(sheet: InviteSheet, title: str) -> str:
    # Each sentence translated on its own line: lupdate does not see a translate() call inside an f-string.
    how = translate(
        "invite_sheet",
        "In Commons, open Community, then “Start or join”: press “Open QR image…” and choose a photo of this "
        "code.",
    )
    code = translate("invite_sheet", "Or type the short code:")
    until = translate("invite_sheet", "Works once, until {when}.").format(when=sheet.until)
    keep = translate(
        "invite_sheet", "Anyone holding this page can use the invite: give it only to the person invited."
    )
    return "\n".join(
        [
            f"<h1>{_escape(title)}</h1>",
            f'<p align="center"><img src="{_QR_URL.toString()}" width="{_QR_PX}" height="{_QR_PX}"/></p>',
            f"<p>{_escape(how)}</p>",
            f"<p>{_escape(code)} <b><tt>{_escape(sheet.code)}</tt></b></p>",
            f"<p>{_escape(sheet.where)}</p>",
            f"<p>{_escape(until)}</p>",
            f"<p><i>{_escape(keep)}</i></p>",
        ]
    )


def _escape(text: str) -> str:
    return html.escape(text)


class InviteActions(QWidget):
    """The "Save QR image…" and "Print invite (PDF)…" buttons for the invite shown."""

    sig_saved = Signal(str)  # the path written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sheet: InviteSheet | None = None
        self.save_image_button = QPushButton(self.tr("Save QR image…"))
        named(
            self.save_image_button,
            self.tr("Save QR image"),
            self.tr("Save the invite's QR code as a picture, to send or show on another screen"),
        )
        self.print_button = QPushButton(self.tr("Print invite (PDF)…"))
        named(
            self.print_button,
            self.tr("Print invite"),
            self.tr("Save the invite as a page to print: the QR code, the short code and where it works"),
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.save_image_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        self.save_image_button.clicked.connect(self.save_image)
        self.print_button.clicked.connect(self.print_invite)
        self.set_sheet(None)

    def set_sheet(self, sheet: InviteSheet | None) -> None:
        self._sheet = sheet
        self.save_image_button.setEnabled(sheet is not None)
        self.print_button.setEnabled(sheet is not None)

    def save_image(self) -> None:
        sheet = self._sheet
        if sheet is None:
            return
        caption = self.tr("Save QR image")
        path = self._ask_png_path(caption, self.tr("invite-{community}.png").format(community=_slug(sheet)))
        if path is not None:
            self._write(caption, path, lambda: path.write_bytes(qr_png(sheet.qr)))

    def print_invite(self) -> None:
        sheet = self._sheet
        if sheet is None:
            return
        caption = self.tr("Print invite (PDF)")
        path = ask_pdf_path(
            self.window(), caption, self.tr("invite-{community}.pdf").format(community=_slug(sheet))
        )
        if path is not None:
            self._write(caption, path, lambda: write_invite_pdf(path, sheet))

    def _write(self, caption: str, path: Path, write: Callable[[], object]) -> None:
        try:
            write()
        except OSError:
            QMessageBox.warning(
                self.window(),
                caption,
                self.tr("Could not save to {path}. Choose another folder and try again.").format(path=path),
            )
            return
        QMessageBox.information(
            self.window(),
            caption,
            self.tr(
                "Saved to {path}. Whoever has this file can join once until the invite expires: send it only to "
                "the person invited, and delete it afterwards."
            ).format(path=path),
        )
        self.sig_saved.emit(str(path))

    def _ask_png_path(self, caption: str, name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window(), caption, str(Path(folder or Path.home()) / name), self.tr("PNG pictures (*.png)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".png" else path.with_name(path.name + ".png")


def _slug(sheet: InviteSheet) -> str:
    """The community's name as a file name: letters and digits, the rest as dashes."""
    kept = "".join(ch if ch.isalnum() else "-" for ch in sheet.community.strip().lower())
    return "-".join(part for part in kept.split("-") if part)[:40] or "community"
