"""The assets a person sees, written as CSV (for a spreadsheet) or GeoJSON (RFC 7946, for a map program).

Plain functions of `Asset` values, no Qt: the screen passes the rows its filters show. A text cell that a
spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) is written with a
leading apostrophe, so an asset titled "=HYPERLINK(…)" by anyone in the community stays text on the reader's
computer. A person's skill carries only the coarse location the document holds (sync.community.model).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from sync.community import Asset

__all__ = ["CSV_COLUMNS", "assets_csv", "assets_geojson", "safe_cell"]

CSV_COLUMNS = (
    "id",
    "kind",
    "title",
    "category",
    "area",
    "steward",
    "description",
    "support_offered",
    "how_used",
    "latitude",
    "longitude",
    "effectiveness",
    "ratings",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """*text* as a spreadsheet shows it, never runs it (OWASP's CSV injection advice)."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _row(asset: Asset) -> list[str]:
    texts = (asset.title, asset.category, asset.area, asset.steward, asset.description)
    location = asset.location
    effectiveness = asset.effectiveness
    return [
        asset.id,
        asset.kind.value,
        *(safe_cell(t) for t in texts),
        safe_cell(asset.support_offered),
        safe_cell(asset.how_used),
        # Numbers are written by us, not by a member: a negative longitude stays a number.
        "" if location is None else repr(location.lat),
        "" if location is None else repr(location.lon),
        "" if effectiveness is None else f"{effectiveness:.2f}",
        str(len(asset.ratings)),
    ]


def assets_csv(assets: Iterable[Asset]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(_row(a) for a in assets)
    return out.getvalue()


def _feature(asset: Asset) -> dict[str, Any]:
    location = asset.location
    return {
        "type": "Feature",
        "id": asset.id,
        # RFC 7946 §3.2: an unlocated feature has a null geometry; positions are [longitude, latitude].
        "geometry": None
        if location is None
        else {"type": "Point", "coordinates": [location.lon, location.lat]},
        "properties": {
            "kind": asset.kind.value,
            "title": asset.title,
            "category": asset.category,
            "area": asset.area,
            "steward": asset.steward,
            "description": asset.description,
            "support_offered": asset.support_offered,
            "how_used": asset.how_used,
            "effectiveness": asset.effectiveness,
            "ratings": len(asset.ratings),
        },
    }


def assets_geojson(assets: Iterable[Asset]) -> str:
    collection = {"type": "FeatureCollection", "features": [_feature(a) for a in assets]}
    return json.dumps(collection, ensure_ascii=False, indent=1)
