"""The map's optional base layer: streets, paths and outlines a member loads from a GeoJSON file or an
OpenStreetMap XML extract (.osm), read defensively into plain lines and points.

Nothing here trusts the file: its size, its number of points, every coordinate and every nesting is bounded,
and XML is read with no document type and no entities (so no entity expansion, no external files). Anything
wrong is a `BaseLayerError` whose message names the place in the file. The layer is kept in the profile's
encrypted store (`encode` / `decode`), never in the community document: it stays on this computer.
"""

from __future__ import annotations

import codecs
import json
import math
import xml.parsers.expat
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_POINTS",
    "BaseLayer",
    "BaseLayerError",
    "decode",
    "encode",
    "parse",
    "too_large",
]

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_POINTS = 300_000  # every vertex of every line and every point together
_FORMAT = 1
translate = QCoreApplication.translate  # lupdate finds literal translate("BaseLayer", "…") calls

Position = tuple[float, float]  # (latitude, longitude) in degrees


class BaseLayerError(ValueError):
    """The file cannot be a base layer; the message says where and why, in words a person can act on."""


@dataclass(frozen=True)
class BaseLayer:
    lines: tuple[tuple[Position, ...], ...] = ()  # streets, paths, and outlines (a ring ends where it began)
    points: tuple[Position, ...] = ()

    @property
    def size(self) -> int:
        return sum(len(line) for line in self.lines) + len(self.points)


def parse(data: bytes) -> BaseLayer:
    """The base layer in *data*: GeoJSON (it starts with "{") or OpenStreetMap XML (it starts with "<")."""
    if len(data) > MAX_FILE_BYTES:
        raise too_large()
    start = data.removeprefix(codecs.BOM_UTF8).lstrip()[:1]
    if start == b"{":
        layer = _Collector().geojson(data)
    elif start == b"<":
        layer = _osm(data)
    else:
        raise BaseLayerError(
            translate(
                "BaseLayer",
                "This is neither a GeoJSON file nor an OpenStreetMap XML extract (.osm). "
                "Compressed extracts (.pbf, .bz2) must be unpacked to .osm first.",
            )
        )
    if not layer.lines and not layer.points:
        raise BaseLayerError(translate("BaseLayer", "The file has no points, lines or shapes to draw."))
    return layer


# ---- GeoJSON ----------------------------------------------------------------------------------------------


class _Collector:
    def __init__(self) -> None:
        self.lines: list[tuple[Position, ...]] = []
        self.points: list[Position] = []
        self.count = 0

    def geojson(self, data: bytes) -> BaseLayer:
        try:
            root = json.loads(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise BaseLayerError(translate("BaseLayer", "The GeoJSON file is not UTF-8 text.")) from None
        except json.JSONDecodeError as exc:
            raise BaseLayerError(
                translate("BaseLayer", "Line {line}: this is not valid JSON ({reason}).").format(
                    line=exc.lineno, reason=exc.msg
                )
            ) from None
        except ValueError:  # a number of thousands of digits (Python's limit on converting them)
            raise BaseLayerError(
                translate("BaseLayer", "The GeoJSON file holds a number too long to read.")
            ) from None
        except RecursionError:
            raise BaseLayerError(
                translate("BaseLayer", "The GeoJSON file is nested too deeply to be a map.")
            ) from None
        self._object(root, "$")
        return BaseLayer(tuple(self.lines), tuple(self.points))

    def _object(self, value: Any, path: str) -> None:
        kind = value.get("type") if isinstance(value, dict) else None
        if kind == "FeatureCollection":
            features = value.get("features")
            if not isinstance(features, list):
                raise BaseLayerError(
                    translate("BaseLayer", "{place}: a FeatureCollection needs a list of features.").format(
                        place=f"{path}.features"
                    )
                )
            for i, feature in enumerate(features):
                self._object(feature, f"{path}.features[{i}]")
        elif kind == "Feature":
            geometry = value.get("geometry")
            if geometry is not None:  # a feature with no place (allowed by GeoJSON): nothing to draw
                self._geometry(geometry, f"{path}.geometry")
        elif isinstance(kind, str):
            self._geometry(value, path)
        else:
            raise BaseLayerError(
                translate("BaseLayer", '{place}: expected a GeoJSON object with a "type".').format(place=path)
            )

    def _geometry(self, value: Any, path: str) -> None:
        kind = value.get("type") if isinstance(value, dict) else None
        if kind == "GeometryCollection":
            parts = value.get("geometries")
            if not isinstance(parts, list):
                raise BaseLayerError(
                    translate(
                        "BaseLayer", "{place}: a GeometryCollection needs a list of geometries."
                    ).format(place=f"{path}.geometries")
                )
            for i, part in enumerate(parts):
                self._geometry(part, f"{path}.geometries[{i}]")
            return
        depth = {"Point": 0, "MultiPoint": 1, "LineString": 1, "MultiLineString": 2, "Polygon": 2}
        depth["MultiPolygon"] = 3
        if not isinstance(kind, str) or kind not in depth:  # a list or an object is no type (nor hashable)
            raise BaseLayerError(
                translate("BaseLayer", "{place}: {kind} is not a GeoJSON geometry type.").format(
                    place=f"{path}.type", kind=repr(str(kind)[:40])
                )
            )
        coords = value.get("coordinates")
        where = f"{path}.coordinates"
        if kind == "Point":
            self.points.append(self._position(coords, where))
        elif kind == "MultiPoint":
            self.points.extend(self._positions(coords, where))
        elif kind == "LineString":
            self.lines.append(self._positions(coords, where))
        else:
            for i, part in enumerate(self._list(coords, where)):
                if kind == "MultiPolygon":
                    for j, ring in enumerate(self._list(part, f"{where}[{i}]")):
                        self.lines.append(self._positions(ring, f"{where}[{i}][{j}]"))
                else:
                    self.lines.append(self._positions(part, f"{where}[{i}]"))

    def _list(self, value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            raise BaseLayerError(
                translate("BaseLayer", "{place}: expected a list of coordinates.").format(place=path)
            )
        return value

    def _positions(self, value: Any, path: str) -> tuple[Position, ...]:
        items = self._list(value, path)
        if len(items) < 1:
            raise BaseLayerError(
                translate("BaseLayer", "{place}: a line needs at least one position.").format(place=path)
            )
        return tuple(self._position(item, f"{path}[{i}]") for i, item in enumerate(items))

    def _position(self, value: Any, path: str) -> Position:
        if not isinstance(value, list) or len(value) < 2 or not all(_is_number(v) for v in value[:2]):
            problem = translate("BaseLayer", "{place}: a position must be [longitude, latitude] in numbers.")
            raise BaseLayerError(problem.format(place=path))
        self.count += 1
        if self.count > MAX_POINTS:
            raise _too_many()
        try:
            lat, lon = float(value[1]), float(value[0])
        except OverflowError:  # an integer beyond any float: certainly not a latitude or longitude
            lat, lon = math.inf, math.inf
        return _checked(lat, lon, path)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _checked(lat: float, lon: float, where: str) -> Position:
    if not (math.isfinite(lat) and -90 <= lat <= 90):
        raise BaseLayerError(
            translate("BaseLayer", "{place}: latitude {value} is not between -90 and 90.").format(
                place=where, value=f"{lat:g}"
            )
        )
    if not (math.isfinite(lon) and -180 <= lon <= 180):
        raise BaseLayerError(
            translate("BaseLayer", "{place}: longitude {value} is not between -180 and 180.").format(
                place=where, value=f"{lon:g}"
            )
        )
    return round(lat, 6), round(lon, 6)


def _too_many() -> BaseLayerError:
    return BaseLayerError(
        translate(
            "BaseLayer", "The file has more than {count} points: cut a smaller extract of your area."
        ).format(count=f"{MAX_POINTS:,}")
    )


def too_large() -> BaseLayerError:
    return BaseLayerError(
        translate(
            "BaseLayer", "The file is larger than {size} MB: cut a smaller extract of your area."
        ).format(size=MAX_FILE_BYTES // (1024 * 1024))
    )


# ---- OpenStreetMap XML ------------------------------------------------------------------------------------


class _RefusedError(Exception):
    """Raised inside an expat handler to stop reading."""


def _osm(data: bytes) -> BaseLayer:
    nodes: dict[str, Position] = {}
    ways: list[list[str]] = []
    seen_root: list[str] = []
    parser = xml.parsers.expat.ParserCreate()

    def line() -> int:
        return int(parser.CurrentLineNumber)

    def refuse(message: str) -> None:
        raise _RefusedError(
            translate("BaseLayer", "Line {line}: {problem}").format(line=line(), problem=message)
        )

    def start(tag: str, attrs: dict[str, str]) -> None:
        if not seen_root:
            seen_root.append(tag)
            if tag != "osm":
                problem = translate("BaseLayer", "an OpenStreetMap extract starts with <osm>, not <{tag}>.")
                refuse(problem.format(tag=tag[:40]))
        if tag == "node":
            if len(nodes) >= MAX_POINTS:
                raise _RefusedError(str(_too_many()))
            nodes[attrs.get("id", "")] = _node_position(attrs, line())
        elif tag == "way":
            ways.append([])
        elif tag == "nd" and ways:
            ways[-1].append(attrs.get("ref", ""))

    def no_doctype(*_args: object) -> None:
        refuse(
            translate(
                "BaseLayer",
                "the file declares a document type; OpenStreetMap extracts have none, so it is refused.",
            )
        )

    def no_entity(*_args: object) -> None:
        refuse(
            translate(
                "BaseLayer", "the file declares entities; OpenStreetMap extracts have none, so it is refused."
            )
        )

    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = no_doctype
    parser.EntityDeclHandler = no_entity
    parser.ExternalEntityRefHandler = no_entity  # type: ignore[assignment]
    try:
        parser.Parse(data, True)
    except _RefusedError as exc:
        raise BaseLayerError(str(exc)) from None
    except LookupError:  # <?xml … encoding="…"?> naming an encoding Python does not know
        raise BaseLayerError(
            translate("BaseLayer", "Line 1: the file is written in an encoding Commons cannot read.")
        ) from None
    except xml.parsers.expat.ExpatError as exc:
        reason = xml.parsers.expat.errors.messages.get(exc.code, "unreadable")
        raise BaseLayerError(
            translate("BaseLayer", "Line {line}: this is not well-formed XML ({reason}).").format(
                line=exc.lineno, reason=reason
            )
        ) from None
    return _ways_to_lines(nodes, ways)


def _node_position(attrs: dict[str, str], line: int) -> Position:
    try:
        lat, lon = float(attrs["lat"]), float(attrs["lon"])
    except (KeyError, ValueError):
        raise _RefusedError(
            translate("BaseLayer", "Line {line}: a node needs a lat and a lon in numbers.").format(line=line)
        ) from None
    try:
        return _checked(lat, lon, translate("BaseLayer", "Line {line}").format(line=line))
    except BaseLayerError as exc:
        raise _RefusedError(str(exc)) from None


def _ways_to_lines(nodes: dict[str, Position], ways: list[list[str]]) -> BaseLayer:
    """Each way as a line through the nodes it names that the extract holds (an extract cuts ways at its
    edge); nodes on no way are drawn as points."""
    lines: list[tuple[Position, ...]] = []
    used: set[str] = set()
    for refs in ways:
        kept = [ref for ref in refs if ref in nodes]
        used.update(kept)
        if len(kept) >= 2:
            lines.append(tuple(nodes[ref] for ref in kept))
    points = tuple(position for key, position in nodes.items() if key not in used)
    return BaseLayer(tuple(lines), points)


# ---- keeping it -------------------------------------------------------------------------------------------


def encode(layer: BaseLayer) -> str:
    """The layer as compact JSON text, as the profile's store keeps it."""
    return json.dumps(
        {
            "format": _FORMAT,
            "lines": [[v for position in line for v in position] for line in layer.lines],
            "points": [v for position in layer.points for v in position],
        },
        separators=(",", ":"),
    )


def decode(text: str) -> BaseLayer | None:
    """A layer `encode` wrote; None for nothing kept, or anything this version cannot read."""
    if not text:
        return None
    try:
        raw = json.loads(text)
        if raw.get("format") != _FORMAT:
            return None
        lines = tuple(_pairs(line) for line in raw["lines"])
        return BaseLayer(lines, _pairs(raw["points"]))
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _pairs(flat: list[float]) -> tuple[Position, ...]:
    return tuple((float(flat[i]), float(flat[i + 1])) for i in range(0, len(flat) - 1, 2))
