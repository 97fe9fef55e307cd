"""Fuzz the map's base-layer import (`commons_desktop.features.map.base_layer.parse`): GeoJSON, and the
OpenStreetMap XML extracts the same reader takes.

The contract under test:

- Whatever the bytes, only BaseLayerError comes out, with a message. Anything else (RecursionError, KeyError,
  TypeError, OverflowError, ValueError, expat's own errors, …) is a finding.
- A layer that reads has something to draw, at most MAX_POINTS positions, every latitude within -90..90 and
  longitude within -180..180 (finite), and round-trips through the profile's store: `decode(encode(layer))`
  is the same layer.

Inputs are real map files — a GeoJSON FeatureCollection with every geometry type (Point, MultiPoint,
LineString, MultiLineString, Polygon with a hole, MultiPolygon, GeometryCollection, a feature without a
place, properties) and a bare geometry, and an .osm extract with nodes, ways and tags — mutated as JSON (a
value replaced by one of another type or at an edge: coordinates at and past ±90/±180, NaN and infinities
written as JSON allows or not, integers beyond any float, empty and one-position lines, unknown types, deep
nesting) and as text (JSON's and XML's own tokens, DOCTYPE and entity declarations, lines repeated, dropped
or swapped, byte-level edits).

    python fuzz/fuzz_geojson.py --runs 1000000 [--seed 1]   # seeded mutation loop (no extra packages)
    python fuzz/fuzz_geojson.py --atheris -runs=1000000      # coverage-guided, if atheris is installed
"""

from __future__ import annotations

import functools
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

try:
    import _driver  # run as a script: this folder is on sys.path
except ModuleNotFoundError:  # imported by a test, with the repository root on sys.path
    from fuzz import _driver

expect = _driver.expect

MAX_SIZE = 1 << 14
EDGE_VALUES: tuple[Any, ...] = (
    None, True, 0, -0.0, 1, 90, 90.0000001, -90, -90.0000001, 180, 180.0000001, -180, -181, 1e308, -1e308,
    10**400, 2**63, 0.1234567891, "", "51.5", "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon",
    "MultiPolygon", "GeometryCollection", "Feature", "FeatureCollection", "Topology", [], [[]], [[[]]], [0],
    [0, 0], [0, 0, 0, 0], [-0.1, 51.5], [[-0.1, 51.5]], [[-0.1, 51.5], [-0.2, 51.6]], [None, None],
    ["1", "2"], {}, {"type": None}, {"type": "Point", "coordinates": [0, 0]}, {"type": "Feature"},
    {"type": "Feature", "geometry": None}, {"type": "GeometryCollection", "geometries": []},
)  # fmt: skip
TEXT_TOKENS = tuple(
    t.encode()
    for t in (
        "{", "}", "[", "]", ",", ":", '"', "NaN", "Infinity", "-Infinity", "1e999", "9" * 5000, "\ufeff", "\x00",
        '"type"', '"coordinates"', '"features"', '"geometries"', '"geometry"', "<", ">", "/>", "</osm>",
        "<osm>", "<node id='9' lat='91' lon='0'/>", "<nd ref='1'/>", "<way>", "</way>", "lat='nan'",
        "lon='-inf'", "<!DOCTYPE osm>", "<!ENTITY x 'y'>", "&x;", "&#0;", "<?xml version='1.0'?>", "]]>",
    )
)  # fmt: skip


@functools.cache
def seeds() -> tuple[bytes, ...]:
    ring = [[-0.10, 51.50], [-0.09, 51.50], [-0.09, 51.51], [-0.10, 51.51], [-0.10, 51.50]]
    hole = [[-0.098, 51.502], [-0.095, 51.502], [-0.095, 51.505], [-0.098, 51.502]]
    line = [[-0.11, 51.49], [-0.105, 51.495], [-0.1, 51.5]]
    geometries = [
        {"type": "Point", "coordinates": [-0.1, 51.5]},
        {"type": "MultiPoint", "coordinates": [[-0.1, 51.5], [-0.12, 51.52]]},
        {"type": "LineString", "coordinates": line},
        {"type": "MultiLineString", "coordinates": [line, line[::-1]]},
        {"type": "Polygon", "coordinates": [ring, hole]},
        {"type": "MultiPolygon", "coordinates": [[ring], [ring, hole]]},
        {"type": "GeometryCollection", "geometries": [{"type": "Point", "coordinates": [0.0, 0.0, 12.5]}]},
    ]
    features = [
        {"type": "Feature", "properties": {"name": f"n{i}"}, "geometry": g} for i, g in enumerate(geometries)
    ]
    features.append({"type": "Feature", "properties": {}, "geometry": None})
    collection = {"type": "FeatureCollection", "features": features}
    osm = (
        "<?xml version='1.0' encoding='UTF-8'?>\n<osm version='0.6'>\n"
        "<node id='1' lat='51.5' lon='-0.1'/>\n<node id='2' lat='51.51' lon='-0.11'>\n"
        "<tag k='amenity' v='bench'/>\n</node>\n<node id='3' lat='51.52' lon='-0.12'/>\n"
        "<way id='10'>\n<nd ref='1'/>\n<nd ref='2'/>\n<nd ref='99'/>\n<tag k='highway' v='footway'/>\n</way>\n"
        "</osm>\n"
    )
    return (
        json.dumps(collection, indent=1).encode(),
        json.dumps(geometries[4]).encode(),
        osm.encode(),
    )


def mutate(data: bytes, rng: random.Random, corpus: list[bytes], max_size: int = MAX_SIZE) -> bytes:
    if data[:1] == b"{" and rng.random() < 0.7:
        try:
            doc = json.loads(data)
        except ValueError:
            pass
        else:
            return _driver.mutate_json(doc, rng, EDGE_VALUES)[:max_size]
    return _driver.mutate_text(data, rng, corpus, TEXT_TOKENS, max_size)


def check(data: bytes) -> str:
    """ "refused" or "read" (GeoJSON or OSM); raises only when the contract is broken."""
    from commons_desktop.features.map import base_layer

    kind = "osm" if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<" else "geojson"
    try:
        layer = base_layer.parse(data)
    except base_layer.BaseLayerError as exc:
        expect(bool(str(exc)), "a refusal without a message")
        return f"{kind} refused"
    expect(bool(layer.lines or layer.points), "a layer with nothing to draw")
    expect(layer.size <= base_layer.MAX_POINTS, "more positions than a layer may hold")
    positions = [p for line in layer.lines for p in line] + list(layer.points)
    expect(
        all(
            math.isfinite(a) and math.isfinite(b) and -90 <= a <= 90 and -180 <= b <= 180
            for a, b in positions
        ),
        "a position outside the map",
    )
    expect(base_layer.decode(base_layer.encode(layer)) == layer, "a layer does not come back from the store")
    return f"{kind} read"


def run_loop(
    runs: int, seed: int, report: Callable[[str], None] | None = print
) -> tuple[Counter[str], _driver.Findings]:
    return _driver.run_loop(
        runs,
        seed,
        corpus=list(seeds()),
        make=lambda rng, corpus: mutate(rng.choice(corpus), rng, corpus),
        check=check,
        report=report,
    )


def run_atheris(argv: list[str]) -> None:
    def mutator(libfuzzer: Callable[[bytes, int], bytes]) -> _driver.Mutator:
        return _driver.mixed_mutator(list(seeds()), mutate, libfuzzer, libfuzzer_share=0.2)

    _driver.run_atheris(
        argv, modules=("commons_desktop.features.map.base_layer",), mutator=mutator, check=check
    )


if __name__ == "__main__":
    sys.exit(_driver.main(__doc__, loop=run_loop, atheris=run_atheris, check=check))
