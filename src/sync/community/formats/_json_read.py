"""Reading untrusted JSON values into model values, recording every problem with its JSON path."""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from .._checks import DAY_TEXT, HEX_TEXT, INSTANT_TEXT
from ..errors import InvalidValueError

MAX_SAFE_INTEGER: Final = 2**53 - 1  # the largest integer every JSON reader keeps exact
MAX_KEY_SHOWN: Final = 80  # longer object keys are shortened in paths
MAX_LISTED_PROBLEMS: Final = 1000  # an error that lists more than this stops listing (the count stays exact)

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class FormatProblem:
    """One thing wrong with an imported file: where (a JSON path such as `$.assets[3].title`) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ImportProblems(InvalidValueError):  # noqa: N818 - named for what it carries
    """The file cannot be imported. `problems` lists every problem found, each with its JSON path."""

    def __init__(self, problems: list[FormatProblem], total: int) -> None:
        self.problems = tuple(problems)
        self.total = total
        lines = [f"  {p}" for p in problems]
        if total > len(problems):
            lines.append(f"  … and {total - len(problems)} more")
        noun = "problem" if total == 1 else "problems"
        super().__init__("$", f"the file has {total} {noun}:\n" + "\n".join(lines))


class NonFinite:
    """What NaN, Infinity and -Infinity parse to: not a number, so every number check rejects it."""

    def __init__(self, text: str) -> None:
        self.text = text


class JsonObject(dict[str, Any]):
    """A parsed JSON object that remembers keys it saw twice (plain `json` keeps only the last)."""

    duplicates: tuple[str, ...] = ()


def object_pairs(pairs: list[tuple[str, Any]]) -> JsonObject:
    out = JsonObject(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        twice: list[str] = []
        for name, _ in pairs:
            if name in seen:
                twice.append(name)
            seen.add(name)
        out.duplicates = tuple(twice)
    return out


def parse(text: str) -> Any:
    return json.loads(text, object_pairs_hook=object_pairs, parse_constant=NonFinite)


def key(path: str, name: str) -> str:
    if len(name) > MAX_KEY_SHOWN:  # an unknown key can be megabytes long: show its start
        name = name[: MAX_KEY_SHOWN - 1] + "…"
    return f"{path}.{name}" if _NAME.match(name) else f"{path}[{json.dumps(name, ensure_ascii=False)}]"


def index(path: str, i: int) -> str:
    return f"{path}[{i}]"


def describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, NonFinite):
        return value.text
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return "text" if isinstance(value, str) else "a number"


class BadValueError(Exception):
    """A converter found a problem at *path* (already a JSON path)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class Reader:
    """Collects problems; converters raise `BadValueError`, or record several and raise `ReportedError`."""

    def __init__(self) -> None:
        self.problems: list[FormatProblem] = []
        self.total = 0

    def add(self, path: str, message: str) -> None:
        self.total += 1
        if len(self.problems) < MAX_LISTED_PROBLEMS:
            self.problems.append(FormatProblem(path, message))

    def error(self) -> ImportProblems:
        return ImportProblems(self.problems, self.total)

    def obj(
        self, path: str, value: object, fields: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, Any] | None:
        """The object's keys are checked against *fields*: unknown, missing and duplicate keys are each
        reported. Returns the object (None if it is not one); the caller treats missing fields as bad."""
        if not isinstance(value, dict):
            self.add(path, f"must be an object, not {describe(value)}")
            return None
        for name in getattr(value, "duplicates", ()):
            self.add(key(path, name), "appears twice in the same object")
        for name in value:
            if name not in fields:
                self.add(key(path, name), "is not a field of this format (unknown field)")
        for name in fields:
            if name not in value and name not in optional:
                self.add(key(path, name), "is missing")
        return value


class ReportedError(Exception):
    """A converter already recorded its problems with the reader."""


Converter = Callable[[Reader, str, object], Any]


def string(r: Reader, path: str, value: object) -> str:
    if not isinstance(value, str):
        raise BadValueError(path, f"must be text, not {describe(value)}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a "\ud800" escape: JSON allows it, but it is not a character
        raise BadValueError(path, "contains half of a UTF-16 surrogate pair, which is not text") from None
    return value


def whole(r: Reader, path: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            raise BadValueError(path, "must be a whole number written without a decimal point")
        raise BadValueError(path, f"must be a whole number, not {describe(value)}")
    if abs(value) > MAX_SAFE_INTEGER:
        raise BadValueError(path, "is beyond 2^53 − 1, which JSON readers cannot keep exact")
    return value


def real(r: Reader, path: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise BadValueError(path, f"must be a finite number, not {describe(value)}")
    if isinstance(value, int) and abs(value) > MAX_SAFE_INTEGER:
        raise BadValueError(path, "is beyond 2^53 − 1, which JSON readers cannot keep exact")
    return float(value)


def boolean(r: Reader, path: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise BadValueError(path, f"must be true or false, not {describe(value)}")
    return value


_INSTANT_FORM = "a UTC date and time such as 2026-11-24T18:30:00.000000Z"


def instant(r: Reader, path: str, value: object) -> dt.datetime:
    if not isinstance(value, str):
        raise BadValueError(path, f"must be {_INSTANT_FORM}, not {describe(value)}")
    m = INSTANT_TEXT.match(value)
    if m is None:
        raise BadValueError(path, f"must be {_INSTANT_FORM}")
    text = value
    y, mo, d, h, mi, s, frac = m.groups()
    try:
        return dt.datetime(
            int(y), int(mo), int(d), int(h), int(mi), int(s), int((frac or "0").ljust(6, "0")), tzinfo=dt.UTC
        )
    except ValueError:
        raise BadValueError(path, f"{text!r} is not a real date and time") from None


def day(r: Reader, path: str, value: object) -> dt.date:
    if not isinstance(value, str) or not DAY_TEXT.match(value):
        raise BadValueError(path, f"must be a date written YYYY-MM-DD, not {describe(value)}")
    text = value
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise BadValueError(path, f"{text!r} is not a real date") from None


def choice(kind: type[enum.Enum]) -> Converter:
    def convert(r: Reader, path: str, value: object) -> enum.Enum:
        text = string(r, path, value)
        try:
            return kind(text)
        except ValueError:
            allowed = ", ".join(str(m.value) for m in kind)
            raise BadValueError(path, f"must be one of {allowed}") from None

    return convert


def signature(r: Reader, path: str, value: object) -> bytes:
    text = string(r, path, value)
    if not HEX_TEXT.match(text) or len(text) not in (0, 128):
        raise BadValueError(
            path, "must be 128 lowercase hex digits (an Ed25519 signature), or empty when unsigned"
        )
    return bytes.fromhex(text)


def optional(convert: Converter) -> Converter:
    def maybe(r: Reader, path: str, value: object) -> Any:
        return None if value is None else convert(r, path, value)

    return maybe


def list_of(convert: Converter) -> Converter:
    """A JSON list converted item by item into a tuple; every bad item is reported."""

    def convert_list(r: Reader, path: str, value: object) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise BadValueError(path, f"must be a list, not {describe(value)}")
        out, failed = [], False
        for i, item in enumerate(value):
            try:
                out.append(convert(r, index(path, i), item))
            except BadValueError as bad:
                r.add(bad.path, bad.message)
                failed = True
            except ReportedError:
                failed = True
        if failed:
            raise ReportedError
        return tuple(out)

    return convert_list


def map_of(convert: Converter) -> Converter:
    """A JSON object of id → value converted into a dict; every bad value is reported."""

    def convert_map(r: Reader, path: str, value: object) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise BadValueError(path, f"must be an object, not {describe(value)}")
        out, failed = {}, False
        for name in getattr(value, "duplicates", ()):
            r.add(key(path, name), "appears twice in the same object")
            failed = True
        for name, item in value.items():
            try:
                out[name] = convert(r, key(path, name), item)
            except BadValueError as bad:
                r.add(bad.path, bad.message)
                failed = True
        if failed:
            raise ReportedError
        return out

    return convert_map


def json_path(base: str, raw: object, relative: str) -> str:
    """Turn a model path below an entity (e.g. `ratings/ab12` or `location/lat`) into a JSON path,
    following the raw JSON so that list indexes and object keys are told apart."""
    path, node = base, raw
    parts = [p for p in relative.split("/") if p] if relative else []
    for part in parts:
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            path, node = index(path, int(part)), node[int(part)]
        else:
            path = key(path, part)
            node = node.get(part) if isinstance(node, dict) else None
    return path


@dataclass(frozen=True)
class Field:
    convert: Converter
    placeholder: Any  # a valid stand-in, so the constructor can look for further problems in other fields
    depends: tuple[str, ...] = ()  # fields this one is checked against; if one of them is bad, skip this
    added_later: bool = (
        False  # files written before the field existed lack it: then the placeholder is its value
    )


@dataclass(frozen=True)
class Kind:
    make: Callable[..., Any]
    prefix: Callable[[dict[str, Any]], str]  # the path prefix the model's errors start with
    fields: dict[str, Field]


def build(r: Reader, kind: Kind, path: str, raw: object) -> Any:
    """One entity from its JSON object, or None after recording every problem found in it."""
    before = r.total
    later = tuple(n for n, spec in kind.fields.items() if spec.added_later)
    obj = r.obj(path, raw, tuple(kind.fields), later)
    if obj is None:
        return None
    values: dict[str, Any] = {}
    failed: set[str] = set()
    for name, spec in kind.fields.items():
        if name not in obj:
            if spec.added_later:
                values[name] = spec.placeholder
            else:
                failed.add(name)
            continue
        try:
            values[name] = spec.convert(r, key(path, name), obj[name])
        except BadValueError as bad:
            r.add(bad.path, bad.message)
            failed.add(name)
        except ReportedError:
            failed.add(name)
    failed |= {n for n, spec in kind.fields.items() if failed.intersection(spec.depends)}
    # The constructors stop at their first problem: substitute a stand-in for each bad field and try again,
    # so that a file with several bad fields in one entity gets all of them listed.
    for _ in range(len(kind.fields) + 1):
        args = {n: spec.placeholder if n in failed else values[n] for n, spec in kind.fields.items()}
        try:
            entity = kind.make(**args)
        except InvalidValueError as error:
            prefix = kind.prefix(args)
            rel = error.path[len(prefix) :].lstrip("/") if error.path.startswith(prefix) else error.path
            field = rel.split("/", 1)[0]
            if field not in failed:
                r.add(json_path(path, obj, rel), error.message)
            if field not in kind.fields or field in failed:
                return None
            failed.add(field)
            continue
        return entity if r.total == before else None
    return None


def nested(kind: Kind) -> Converter:
    def convert(r: Reader, path: str, value: object) -> Any:
        entity = build(r, kind, path, value)
        if entity is None:
            raise ReportedError
        return entity

    return convert
