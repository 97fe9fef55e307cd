"""Logging an error nobody expected without leaking what it says (Qt-free: the window and the service use it)."""

from __future__ import annotations

import logging
import traceback

__all__ = ["log_unexpected"]

log = logging.getLogger("commons_desktop")


def log_unexpected(exc: BaseException) -> None:
    """Log where an unexpected error happened, without its message (which may quote personal data)."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in reversed(frames))
    log.error("unexpected %s at %s", type(exc).__name__, where or "?")
