"""Per-profile settings, typed: each setting has a default and a validator."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Generic, TypeVar

from ._common import ConnectionSource, check_int
from ._database import transaction
from .errors import ValidationError

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    low: int | None = None
    high: int | None = None
    choices: tuple[str, ...] = ()

    def validate(self, value: object) -> T:
        if isinstance(self.default, bool):
            if not isinstance(value, bool):
                raise ValidationError(self.key, "must be on or off.")
        elif isinstance(self.default, int):
            check_int(self.key, value, low=self.low or 0, high=self.high or 10**9)
        elif isinstance(self.default, str):
            if not isinstance(value, str):
                raise ValidationError(self.key, "must be text.")
            if self.high is not None and len(value) > self.high:
                raise ValidationError(self.key, f"must be at most {self.high} characters.")
            if self.choices and value not in self.choices:
                raise ValidationError(self.key, f"must be one of {', '.join(self.choices)}.")
        return value  # type: ignore[return-value]


AUTO_LOCK_MINUTES: Setting[int] = Setting("auto_lock_minutes", 5, low=0, high=240)  # 0 = never
THEME: Setting[str] = Setting("theme", "system", choices=("system", "light", "dark"))
WINDOW_GEOMETRY: Setting[str] = Setting("window_geometry", "")
# The relay my support circles use ("" = none; never a community's). It holds the relay credential, so it is
# kept only here, in the encrypted store; the app checks it is a relay address before storing it.
SUPPORT_RELAY: Setting[str] = Setting("support_relay", "", high=1024)
# The networks on which the person turned "sync on this network" on: their keys (hashes, not names or
# addresses), separated by spaces. On any other network the sync service neither announces nor listens.
TRUSTED_NETWORKS: Setting[str] = Setting("trusted_networks", "", high=4096)
# The demo town's space id (hex; "" = none): a community kept on this device only, never synced. The sync
# service writes it when it makes the demo and empties it when the demo is removed.
DEMO_COMMUNITY: Setting[str] = Setting("demo_community", "", high=32)
# The map's base layer (streets and outlines from a GeoJSON or OpenStreetMap file the person loaded), as the app
# encoded it ("" = none). Not personal as such, but it shows where the person lives: so it is kept here,
# encrypted, on this computer only, and never shared.
MAP_BASE_LAYER: Setting[str] = Setting("map_base_layer", "", high=16_000_000)
# The daily check-in reminder, as minutes after local midnight (-1 = off, the default). Kept encrypted with the
# profile, so the app knows it only while the profile is unlocked.
CHECKIN_REMINDER_MINUTE: Setting[int] = Setting("checkin_reminder_minute", -1, low=-1, high=24 * 60 - 1)
# Closing the window hides it in the system tray (where the desktop has one) instead of quitting, so reminders
# can still come. Off by default: closing quits and locks, as it always did.
KEEP_IN_TRAY: Setting[bool] = Setting("keep_in_tray", False)


class SettingsRepository:
    def __init__(self, source: ConnectionSource) -> None:
        self._source = source

    def get(self, setting: Setting[T]) -> T:
        row = (
            self._source.connection()
            .execute("SELECT value FROM settings WHERE key = ?", (setting.key,))
            .fetchone()
        )
        if row is None:
            return setting.default
        try:
            return setting.validate(json.loads(row[0]))
        except (ValueError, ValidationError):
            return setting.default  # a value from an older version that no longer validates

    def set(self, setting: Setting[T], value: T) -> None:
        clean = setting.validate(value)
        conn = self._source.connection()
        with transaction(conn):
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (setting.key, json.dumps(clean)),
            )
