"""Small validators shared by the model: each raises InvalidValueError with the path of the bad value."""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
import unicodedata
from typing import TypeVar

from .errors import InvalidValueError

E = TypeVar("E", bound=enum.Enum)

MAX_MINOR = (
    10**12
)  # money in minor units: far below 2**53, so JSON and every CRDT implementation keep it exact
_ID = re.compile(r"^[0-9a-z][0-9a-z_-]{0,63}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


MAX_CREDIT_MINUTES = 1_000_000  # a credit limit: about two years of full-time hours
MAX_COMMUNITY_NAME = 120


def community_name(path: str, value: object) -> str:
    return text(path, value, max_len=MAX_COMMUNITY_NAME, one_line=True)


def credit_limit(path: str, value: object) -> int:
    """Minutes of time credit a member may owe."""
    return integer(path, value, low=0, high=MAX_CREDIT_MINUTES)


def text(path: str, value: object, *, max_len: int, required: bool = True, one_line: bool = False) -> str:
    if not isinstance(value, str):
        raise InvalidValueError(path, "must be text")
    clean = unicodedata.normalize("NFC", value).strip()
    if required and not clean:
        raise InvalidValueError(path, "cannot be empty")
    if len(clean) > max_len:
        raise InvalidValueError(path, f"is {len(clean)} characters long; the limit is {max_len}")
    if "\x00" in clean:
        raise InvalidValueError(path, "contains a null character")
    if one_line and ("\n" in clean or "\r" in clean):
        raise InvalidValueError(path, "must fit on one line")
    return clean


def ident(path: str, value: object) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise InvalidValueError(path, "must be an id of 1–64 lowercase letters, digits, '-' or '_'")
    return value


def ids(path: str, value: object, *, unique: bool = True) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise InvalidValueError(path, "must be a list of ids")
    out = tuple(ident(f"{path}/{i}", v) for i, v in enumerate(value))
    if unique and len(set(out)) != len(out):
        raise InvalidValueError(path, "lists an id twice")
    return out


def integer(path: str, value: object, *, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(path, "must be a whole number")
    if not low <= value <= high:
        raise InvalidValueError(path, f"must be between {low} and {high}")
    return value


def money(path: str, value: object, *, allow_zero: bool = False) -> int:
    return integer(path, value, low=0 if allow_zero else 1, high=MAX_MINOR)


def currency(path: str, value: object) -> str:
    if not isinstance(value, str) or not _CURRENCY.match(value):
        raise InvalidValueError(path, "must be a three-letter currency code such as EUR")
    return value


def number(path: str, value: object, *, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InvalidValueError(path, "must be a finite number")
    if not low <= value <= high:
        raise InvalidValueError(path, f"must be between {low} and {high}")
    return float(value)


def choice(path: str, value: object, kind: type[E]) -> E:
    if isinstance(value, kind):
        return value
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in kind)
        raise InvalidValueError(path, f"must be one of {allowed}") from None


def moment(path: str, value: object) -> dt.datetime:
    """A timezone-aware instant, normalised to UTC, within years 1970–2200."""
    if not isinstance(value, dt.datetime) or value.tzinfo is None:
        raise InvalidValueError(path, "must be a date and time with a time zone")
    try:
        utc = value.astimezone(dt.UTC)
    except OverflowError:  # a time near the year 1 or 9999 whose zone takes it past them
        utc = None
    if utc is None or not (
        dt.datetime(1970, 1, 1, tzinfo=dt.UTC) <= utc <= dt.datetime(2200, 12, 31, tzinfo=dt.UTC)
    ):
        raise InvalidValueError(path, "is outside the years 1970–2200")
    return utc


# The text forms every stored or exported file uses (the Automerge document and the JSON export alike).
INSTANT_TEXT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?Z$")
DAY_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HEX_TEXT = re.compile(r"^(?:[0-9a-f]{2})*$")


def utc_text(moment: dt.datetime) -> str:
    """The one text form of an instant everywhere Commons writes one: "2026-11-24T18:30:00.000000Z"."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def day(path: str, value: object) -> dt.date:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise InvalidValueError(path, "must be a calendar date")
    if not dt.date(1970, 1, 1) <= value <= dt.date(2200, 12, 31):
        raise InvalidValueError(path, "is outside the years 1970–2200")
    return value
