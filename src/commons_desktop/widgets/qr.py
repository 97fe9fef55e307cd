"""A QR code as SVG for an invite on screen or on paper."""

from __future__ import annotations

import io

import segno

__all__ = ["qr_svg"]


def qr_svg(payload: str) -> bytes:
    """*payload* as a QR code in SVG, black on white whatever the theme (scanners need the contrast)."""
    out = io.BytesIO()
    segno.make(payload, error="m").save(out, kind="svg", scale=6, border=4, dark="#000", light="#fff")
    return out.getvalue()
