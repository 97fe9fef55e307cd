"""Reading untrusted JSON values with the path of each value, so every refusal names where it is."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import enum
import unicodedata
from collections.abc import Iterator
from typing import TypeVar

from ..errors import PersonalDataError

E = TypeVar("E", bound=enum.Enum)


class At:
    """A JSON value and its path in the file (``checkins[3].mood``)."""

    def __init__(self, value: object, path: str = "") -> None:
        self.value = value
        self.path = path

    def fail(self, message: str) -> PersonalDataError:
        return PersonalDataError(self.path or "the file", message)

    def _child(self, key: str | int, value: object) -> At:
        if isinstance(key, int):
            return At(value, f"{self.path}[{key}]")
        return At(value, f"{self.path}.{key}" if self.path else key)

    # -- containers ------------------------------------------------------------------------------

    def fields(self, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict[str, At]:
        """An object with exactly these fields (optional ones may be missing); any other field is refused, so a
        misspelt name cannot drop data silently."""
        if not isinstance(self.value, dict):
            raise self.fail("expected an object { … }")
        for name in self.value:
            if name not in required and name not in optional:
                raise self._child(name, None).fail("unknown field")
        for name in required:
            if name not in self.value:
                raise self._child(name, None).fail("missing")
        return {
            name: self._child(name, self.value[name]) for name in (*required, *optional) if name in self.value
        }

    def items(self, *, most: int) -> Iterator[At]:
        if not isinstance(self.value, list):
            raise self.fail("expected a list [ … ]")
        if len(self.value) > most:
            raise self.fail(f"has {len(self.value)} entries; at most {most} are allowed")
        return (self._child(i, v) for i, v in enumerate(self.value))

    def entries(self) -> Iterator[tuple[str, At]]:
        if not isinstance(self.value, dict):
            raise self.fail("expected an object { … }")
        return ((str(k), self._child(k, v)) for k, v in self.value.items())

    # -- scalars ---------------------------------------------------------------------------------

    def text(self, *, most: int, required: bool = False, one_line: bool = False) -> str:
        if not isinstance(self.value, str):
            raise self.fail("expected text in quotes")
        text = unicodedata.normalize("NFC", self.value).strip()
        if required and not text:
            raise self.fail("cannot be empty")
        if len(text) > most:
            raise self.fail(f"is {len(text)} characters long; at most {most} are allowed")
        if "\x00" in text:
            raise self.fail("contains a null character")
        if not _encodable(text):  # JSON may write half of a surrogate pair ("\ud800"): no text holds one
            raise self.fail("contains a character that is not text (half of a surrogate pair)")
        if one_line and ("\n" in text or "\r" in text):
            raise self.fail("must fit on one line")
        return text

    def optional_text(self, *, most: int) -> str | None:
        return None if self.value is None else self.text(most=most, one_line=True)

    def number(self, low: int, high: int) -> int:
        value = self.value
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(f"expected a whole number from {low} to {high}")
        return value

    def flag(self) -> bool:
        if not isinstance(self.value, bool):
            raise self.fail("expected true or false")
        return self.value

    def base64(self, *, most: int) -> bytes:
        """Bytes written in standard base64, at most *most* of them."""
        if isinstance(self.value, str) and len(self.value) <= (most + 2) // 3 * 4:
            try:
                return base64.b64decode(self.value, validate=True)
            except (binascii.Error, ValueError):
                pass
        raise self.fail(f"expected base64 text of at most {most} bytes")

    def day(self) -> dt.date:
        if isinstance(self.value, str):
            try:
                day = dt.date.fromisoformat(self.value)
            except ValueError:
                pass
            else:
                if len(self.value) == 10 and dt.date(1900, 1, 1) <= day <= dt.date(2200, 12, 31):
                    return day
        raise self.fail("expected a date written YYYY-MM-DD, between 1900 and 2200")

    def optional_day(self) -> dt.date | None:
        return None if self.value is None else self.day()

    def choice(self, kind: type[E]) -> E:
        for member in kind:
            if member.value == self.value:
                return member
        allowed = ", ".join(repr(m.value) for m in kind)
        raise self.fail(f"expected one of {allowed}")


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
