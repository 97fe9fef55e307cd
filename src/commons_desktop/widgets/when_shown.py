"""Work for a widget done once per turn of the event loop, and only while the widget is on screen.

A busy community changes the window's state many times a second (a join brings its records in frames of 500),
and every screen listening redrew itself after each change, hidden or not: the Qt loop stalled for hundreds
of milliseconds. `WhenShown(widget, work)` coalesces: `request()` any number of times, and *work* runs once,
on a timer (0 ms: after the events already queued), if the widget is visible then; a request while it is
hidden runs as it shows (in its show event, so what the screen holds is current when it is first seen).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

__all__ = ["WhenShown"]


class WhenShown(QObject):
    def __init__(self, widget: QWidget, work: Callable[[], None], delay_ms: int = 0) -> None:
        super().__init__(widget)
        self._widget, self._work = widget, work
        self.pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._run)
        widget.installEventFilter(self)

    def request(self) -> None:
        """Have *work* run soon, or when the widget next shows."""
        self.pending = True
        if self._widget.isVisible():
            self._timer.start()

    def now(self) -> None:
        """Run *work* at once if it is pending (a caller that must see the result in this turn)."""
        self._timer.stop()
        if self.pending:
            self._run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._widget and event.type() == QEvent.Type.Show and self.pending:
            self._timer.stop()
            self._run()
        return False

    def _run(self) -> None:
        if self.pending and self._widget.isVisible():
            self.pending = False
            self._work()
