"""QR codes as pictures: one drawn for an invite (to show, save or print) and those read from a picture file."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, cast

import segno
import zxingcpp
from PySide6.QtGui import QImage, QImageReader

__all__ = ["MAX_IMAGE_PIXELS", "UnreadableImage", "qr_codes_in", "qr_image", "qr_png", "read_qr_codes"]

MAX_IMAGE_PIXELS = 50_000_000  # a 48-megapixel phone photo fits; a decompression bomb does not


class UnreadableImage(OSError):  # noqa: N818 - reads as what the file is
    """The file is not a picture this computer can open (damaged, empty, or of another kind)."""


def qr_png(payload: str, *, scale: int = 8) -> bytes:
    """*payload* as a QR code in PNG, black on white with the quiet zone scanners need around it."""
    out = io.BytesIO()
    segno.make(payload, error="m").save(out, kind="png", scale=scale, border=4, dark="#000", light="#fff")
    return out.getvalue()


def qr_image(payload: str, *, scale: int = 8) -> QImage:
    return QImage.fromData(qr_png(payload, scale=scale))


def read_qr_codes(path: Path | str) -> tuple[str, ...]:
    """The text of every QR code in the picture at *path* (a photo, a screenshot or a saved invite), in the
    order zxing-cpp finds them; empty if it holds none. Raises `UnreadableImage` if it is no picture."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # a phone photo taken sideways is read the way it was held
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_IMAGE_PIXELS:
        raise UnreadableImage("the picture is too large to read")
    image = reader.read()
    if image.isNull():
        raise UnreadableImage("the file is not a picture that can be opened")
    return qr_codes_in(image)


def qr_codes_in(image: QImage) -> tuple[str, ...]:
    """The text of every QR code in *image* (a picture opened from a file, or a camera's frame)."""
    # zxing-cpp's own QImage path does not accept PySide6's enums; a grey copy read as bytes works everywhere.
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = bytes(grey.constBits())  # held here: the view does not keep its buffer alive
    # Its stub names a numpy array (any buffer works); numpy is there only with the report charts' pyqtgraph.
    view = zxingcpp.ImageView(
        cast("Any", pixels), grey.width(), grey.height(), zxingcpp.ImageFormat.Lum, grey.bytesPerLine()
    )
    found = zxingcpp.read_barcodes(view, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    return tuple(code.text for code in found if code.valid)
