"""Web Mercator, the projection every street map uses: latitude and longitude to flat map units and back.

The whole world is a square of WORLD units a side (x east, y south), so one unit is about 38 m at the equator:
fine enough that a pin's place never rounds, small enough that Qt's floating point stays exact.
"""

from __future__ import annotations

import math

__all__ = ["MAX_LAT", "WORLD", "to_lat_lon", "to_map"]

WORLD = float(2**20)
MAX_LAT = 85.0511287798  # beyond this Mercator runs to infinity; the poles are clamped


def to_map(lat: float, lon: float) -> tuple[float, float]:
    """Map units (x, y) of a latitude and longitude in degrees."""
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    x = (lon + 180.0) / 360.0 * WORLD
    phi = math.radians(lat)
    y = (1.0 - math.log(math.tan(phi) + 1.0 / math.cos(phi)) / math.pi) / 2.0 * WORLD
    return x, y


def to_lat_lon(x: float, y: float) -> tuple[float, float]:
    """Latitude and longitude in degrees of map units (x, y); the inverse of `to_map`."""
    lon = x / WORLD * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1.0 - 2.0 * y / WORLD))))
    return lat, lon
