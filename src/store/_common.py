"""Shared helpers for repositories: ids, clock, field validation, and access to the open connection."""

from __future__ import annotations

import datetime as dt
import secrets
import unicodedata
from typing import Protocol

from ._database import Connection
from .errors import ValidationError


class ConnectionSource(Protocol):
    """Something that hands out the open connection, or raises ProfileLockedError once locked."""

    def connection(self) -> Connection: ...


def new_id() -> str:
    return secrets.token_hex(12)


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def clean_text(
    field: str, value: object, *, max_len: int, required: bool = False, one_line: bool = False
) -> str:
    """Normalise a person's text (NFC, trimmed) and check it is acceptable."""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text.")
    text = unicodedata.normalize("NFC", value).strip()
    if required and not text:
        raise ValidationError(field, "cannot be empty.")
    if len(text) > max_len:
        raise ValidationError(field, f"is {len(text)} characters long; keep it to {max_len} or fewer.")
    if "\x00" in text:
        raise ValidationError(field, "contains a null character.")
    if one_line and ("\n" in text or "\r" in text):
        raise ValidationError(field, "must fit on one line.")
    return text


def check_day(field: str, value: object, *, allow_future: bool = True) -> dt.date:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError(field, "must be a calendar date.")
    if not (dt.date(1900, 1, 1) <= value <= dt.date(2200, 12, 31)):
        raise ValidationError(field, "is outside the years 1900–2200.")
    if not allow_future and value > dt.date.today() + dt.timedelta(days=1):
        raise ValidationError(field, "cannot be in the future.")
    return value


def check_int(field: str, value: object, *, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "must be a whole number.")
    if not (low <= value <= high):
        raise ValidationError(field, f"must be between {low} and {high}.")
    return value


def parse_day(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)
