"""Typed values to JSON and back, driven by type annotations: the one codec of the service protocol.

A message is a frozen dataclass; its fields may be `str`, `int`, `float`, `bool`, `bytes` (as hex), an enum
(by value), `datetime` (aware, as UTC text) or `date`, another dataclass, `tuple[X, ...]`, `tuple[X, Y]`,
`dict[str, X]`, `X | None`, or a `DeviceId` (as shown). `load` checks every value against its annotation and
builds the dataclass, so a model's own checks (`__post_init__`) run too; anything else raises `CodecError`
naming the path of the bad value. Nothing here knows a message by name: `protocol` does.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import types
import typing
from typing import Any

from sync.identity import DeviceId

__all__ = ["CodecError", "dump", "load"]

_MAX_DEPTH = 32


class CodecError(ValueError):
    """A value that does not fit its type; the message names where."""


_PLAIN = (str, int, bool, float, type(None))
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}  # per dataclass type: its fields' names (`fields()` is slow)


def dump(value: object) -> Any:
    """*value* as plain JSON values (dicts, lists, strings, numbers, booleans, None)."""
    kind = type(value)
    if kind in _PLAIN:  # by exact type first: a reply carries thousands of these
        return value
    names = _FIELD_NAMES.get(kind)
    if names is not None:
        return {name: dump(getattr(value, name)) for name in names}
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return _utc_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, DeviceId):
        return str(value)
    if isinstance(value, (tuple, list)):
        return [dump(v) for v in value]
    if isinstance(value, dict):
        return {str(k): dump(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(value))
        return {name: dump(getattr(value, name)) for name in names}
    raise CodecError(f"cannot send a {type(value).__name__}")


def load(annotation: Any, raw: object, path: str = "") -> Any:
    """The value of type *annotation* that *raw* (plain JSON values) holds; raises `CodecError`."""
    return _load(annotation, raw, path or "value", 0)


def _load(tp: Any, raw: object, path: str, depth: int) -> Any:
    if depth > _MAX_DEPTH:
        raise CodecError(f"{path}: nested too deeply")
    if tp is Any:
        return raw
    if tp is None or tp is type(None):
        if raw is not None:
            raise CodecError(f"{path}: must be null")
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(tp)
        if raw is None and type(None) in options:
            return None
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return _load(option, raw, path, depth + 1)
            except CodecError as exc:
                errors.append(str(exc))
        raise CodecError(errors[0] if len(errors) == 1 else f"{path}: fits none of its types")
    if origin is tuple:
        return _tuple(typing.get_args(tp), raw, path, depth)
    if origin is dict:
        key_type, value_type = typing.get_args(tp)
        if key_type is not str or not isinstance(raw, dict):
            raise CodecError(f"{path}: must be an object")
        return {k: _load(value_type, v, f"{path}/{k}", depth + 1) for k, v in raw.items()}
    if origin is typing.Literal:
        if raw not in typing.get_args(tp):
            raise CodecError(f"{path}: must be one of {', '.join(map(repr, typing.get_args(tp)))}")
        return raw
    if isinstance(tp, type):
        return _leaf(tp, raw, path, depth)
    raise CodecError(f"{path}: the protocol cannot carry {tp!r}")


def _tuple(args: tuple[Any, ...], raw: object, path: str, depth: int) -> tuple[Any, ...]:
    if not isinstance(raw, list):
        raise CodecError(f"{path}: must be a list")
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_load(args[0], v, f"{path}/{i}", depth + 1) for i, v in enumerate(raw))
    if len(raw) != len(args):
        raise CodecError(f"{path}: must hold {len(args)} values")
    return tuple(
        _load(t, v, f"{path}/{i}", depth + 1) for i, (t, v) in enumerate(zip(args, raw, strict=True))
    )


def _leaf(tp: type, raw: object, path: str, depth: int) -> Any:
    if tp is bool:
        if not isinstance(raw, bool):
            raise CodecError(f"{path}: must be true or false")
        return raw
    if tp is int:
        if not isinstance(raw, int) or isinstance(raw, bool):
            raise CodecError(f"{path}: must be a whole number")
        return raw
    if tp is float:
        if not isinstance(raw, (int, float)) or isinstance(raw, bool):
            raise CodecError(f"{path}: must be a number")
        return float(raw)
    if tp is str:
        if not isinstance(raw, str):
            raise CodecError(f"{path}: must be text")
        return raw
    if tp is bytes:
        if not isinstance(raw, str):
            raise CodecError(f"{path}: must be hex text")
        try:
            return bytes.fromhex(raw)
        except ValueError:
            raise CodecError(f"{path}: must be hex text") from None
    if issubclass(tp, enum.Enum):
        try:
            return tp(raw)
        except ValueError:
            raise CodecError(f"{path}: is not a known {tp.__name__}") from None
    if tp is dt.datetime:
        return _instant(raw, path)
    if tp is dt.date:
        if not isinstance(raw, str):
            raise CodecError(f"{path}: must be a date")
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            raise CodecError(f"{path}: must be a date (YYYY-MM-DD)") from None
    if tp is DeviceId:
        if not isinstance(raw, str):
            raise CodecError(f"{path}: must be a device id")
        try:
            return DeviceId.parse(raw)
        except ValueError:
            raise CodecError(f"{path}: is not a device id") from None
    if dataclasses.is_dataclass(tp):
        return _dataclass(tp, raw, path, depth)
    raise CodecError(f"{path}: the protocol cannot carry a {tp.__name__}")


def _dataclass(tp: type, raw: object, path: str, depth: int) -> Any:
    if not isinstance(raw, dict):
        raise CodecError(f"{path}: must be an object")
    hints = _hints(tp)
    unknown = set(raw) - set(hints)
    if unknown:
        raise CodecError(f"{path}: unexpected {', '.join(sorted(map(str, unknown)))}")
    values = {name: _load(hints[name], value, f"{path}/{name}", depth + 1) for name, value in raw.items()}
    try:
        return tp(**values)
    except TypeError:
        missing = sorted(set(_required(tp)) - set(values))
        raise CodecError(f"{path}: lacks {', '.join(missing) or 'fields'}") from None
    except ValueError as exc:  # the model's own checks (InvalidValueError is a ValueError)
        raise CodecError(f"{path}: {exc}") from None


@functools.cache
def _hints(tp: type) -> dict[str, Any]:
    init_fields = {f.name for f in dataclasses.fields(tp) if f.init}
    return {name: hint for name, hint in typing.get_type_hints(tp).items() if name in init_fields}


@functools.cache
def _required(tp: type) -> tuple[str, ...]:
    return tuple(
        f.name
        for f in dataclasses.fields(tp)
        if f.init and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    )


def _utc_text(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        raise CodecError("an instant without a time zone cannot be sent")
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _instant(raw: object, path: str) -> dt.datetime:
    if not isinstance(raw, str):
        raise CodecError(f"{path}: must be an instant")
    try:
        moment = dt.datetime.fromisoformat(raw)
    except ValueError:
        raise CodecError(f"{path}: must be an instant (ISO 8601)") from None
    if moment.tzinfo is None:
        raise CodecError(f"{path}: must name its time zone")
    return moment.astimezone(dt.UTC)
