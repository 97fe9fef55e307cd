"""The daily check-in reminder: when it is next due, and a timer that says so (with a clock tests can set).

Reminder times are wall-clock times in the person's own time zone ("9:00 every day"), so this module works in
naive local time: 9:00 stays 9:00 across a daylight-saving change. It knows nothing of profiles or of what the
person wrote: it only says "due"; the controller decides what to show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

Clock = Callable[[], dt.datetime]  # naive local time, like dt.datetime.now
CHECK_EVERY_MS = 20_000  # how often the time is compared: a reminder comes at most this late
MINUTES_PER_DAY = 24 * 60


def next_due(after: dt.datetime, minute_of_day: int) -> dt.datetime:
    """The first moment strictly after *after* whose local time is *minute_of_day* (0 = midnight)."""
    if not 0 <= minute_of_day < MINUTES_PER_DAY:
        raise ValueError("minute_of_day must be between 0 and 1439")
    hour, minute = divmod(minute_of_day, 60)
    due = after.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return due if due > after else due + dt.timedelta(days=1)


class CheckInReminder(QObject):
    """Armed with a time of day, emits sig_due once a day at that time; disarmed, never."""

    sig_due = Signal()

    def __init__(
        self, clock: Clock | None = None, check_every_ms: int = CHECK_EVERY_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock: Clock = clock or dt.datetime.now
        self._minute: int | None = None
        self._due: dt.datetime | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check)

    @property
    def minute_of_day(self) -> int | None:
        return self._minute

    @property
    def due(self) -> dt.datetime | None:
        """When the reminder comes next, or None when it is off."""
        return self._due

    def arm(self, minute_of_day: int | None) -> None:
        """Remind every day at *minute_of_day* from now on (the next one after this moment); None turns it off."""
        if minute_of_day is None or minute_of_day < 0:
            self.disarm()
            return
        self._minute = minute_of_day
        self._due = next_due(self._clock(), minute_of_day)
        self._timer.start()

    def disarm(self) -> None:
        self._timer.stop()
        self._minute = None
        self._due = None

    def check(self) -> None:
        """Emit sig_due if the time has come (once, even if the computer slept through several days)."""
        if self._due is None or self._minute is None:
            return
        now = self._clock()
        if now >= self._due:
            self._due = next_due(now, self._minute)
            self.sig_due.emit()
