"""Exporting assets: CSV read back with the stdlib csv module, formula-like cells escaped; GeoJSON checked
against RFC 7946's structure."""

from __future__ import annotations

import csv
import io
import json
import math
from typing import Any

from commons_desktop.features.assets.export import CSV_COLUMNS, assets_csv, assets_geojson, safe_cell
from sync.community import Asset, AssetKind, Location
from sync.community.generator import generate_view

HOSTILE = ('=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)")


def assert_rfc7946(doc: Any) -> None:
    """The structure RFC 7946 requires of a FeatureCollection of Point (or unlocated) features."""
    assert isinstance(doc, dict)
    assert doc["type"] == "FeatureCollection"
    assert "crs" not in doc  # §4: no coordinate reference system member
    assert isinstance(doc["features"], list)
    for feature in doc["features"]:
        assert feature["type"] == "Feature"
        assert isinstance(feature["id"], (str, int))
        assert not isinstance(feature["id"], bool)
        assert feature["properties"] is None or isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        if geometry is None:  # §3.2: an unlocated feature
            continue
        assert set(geometry) == {"type", "coordinates"}
        assert geometry["type"] == "Point"
        position = geometry["coordinates"]
        assert isinstance(position, list)
        assert len(position) in (2, 3)
        lon, lat = position[0], position[1]  # longitude first
        assert all(isinstance(x, (int, float)) and math.isfinite(x) for x in position)
        assert -180 <= lon <= 180
        assert -90 <= lat <= 90


def test_formula_like_cells_are_escaped_and_read_back_as_text() -> None:
    assets = [
        Asset(f"a{n}", AssetKind.BUILT, text, "m1", area=text, steward=text, location=Location(51.5, -0.12))
        for n, text in enumerate(HOSTILE)
    ]
    rows = list(csv.reader(io.StringIO(assets_csv(assets), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    for row, text in zip(rows[1:], HOSTILE, strict=True):
        record = dict(zip(CSV_COLUMNS, row, strict=True))
        for name in ("title", "area", "steward"):
            assert record[name] == "'" + text
            assert not record[name].startswith(("=", "+", "-", "@", "\t", "\r"))
        assert float(record["longitude"]) == -0.12  # a number we wrote stays a number
    assert safe_cell("\tx") == "'\tx"
    assert safe_cell("\rx") == "'\rx"
    assert safe_cell("Hall") == "Hall"
    assert safe_cell("") == ""


def test_csv_and_geojson_carry_every_asset_of_a_big_community() -> None:
    view = generate_view(assets=500, members=50, events=0, seed=7)
    assets = sorted(view.assets.values(), key=lambda a: a.id)
    rows = list(csv.DictReader(io.StringIO(assets_csv(assets), newline="")))
    assert [r["id"] for r in rows] == [a.id for a in assets]
    for row, asset in zip(rows, assets, strict=True):
        assert row["title"] == safe_cell(asset.title)
        assert row["description"] == safe_cell(asset.description)
        assert row["ratings"] == str(len(asset.ratings))
        assert (row["latitude"] == "") == (asset.location is None)
    doc = json.loads(assets_geojson(assets))
    assert_rfc7946(doc)
    by_id = {f["id"]: f for f in doc["features"]}
    for asset in assets:
        feature = by_id[asset.id]
        if asset.location is None:
            assert feature["geometry"] is None
        else:
            assert feature["geometry"]["coordinates"] == [asset.location.lon, asset.location.lat]
        assert feature["properties"]["title"] == asset.title
    assert any(f["geometry"] is None for f in doc["features"])
    assert any(f["geometry"] is not None for f in doc["features"])
