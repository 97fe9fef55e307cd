"""Auto-lock: notices when nobody has touched the keyboard or mouse for a while."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, QTimer, Signal

# Only real input counts: a timer or a repaint must never keep a walked-away session open.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)
COUNTDOWN_MS = 30_000


class IdleWatcher(QObject):
    """Emits sig_idle_timeout after *timeout_ms* without input, and a countdown in the last 30 seconds."""

    sig_countdown_changed = Signal(int)  # whole seconds left; only during the last 30 s
    sig_countdown_cancelled = Signal()  # input arrived during the countdown
    sig_idle_timeout = Signal()

    def __init__(self, app: QCoreApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._timeout_ms = 0
        self._clock = QElapsedTimer()
        self._counting_down = False
        self._last_shown = -1
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._check)

    @property
    def active(self) -> bool:
        return self._tick.isActive()

    def start(self, timeout_ms: int) -> None:
        """Start watching; 0 or less means never lock."""
        self.stop()
        if timeout_ms <= 0:
            return
        self._timeout_ms = timeout_ms
        self._clock.start()
        # Tick often enough for a short (test) timeout, and once a second for a real one.
        self._tick.start(max(20, min(1000, timeout_ms // 10)))
        self._app.installEventFilter(self)

    def stop(self) -> None:
        self._tick.stop()
        self._app.removeEventFilter(self)
        self._end_countdown()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _INPUT_EVENTS:
            self._clock.restart()
            if self._counting_down:
                self._end_countdown()
        return False

    def _check(self) -> None:
        remaining = self._timeout_ms - self._clock.elapsed()
        if remaining <= 0:
            self.stop()
            self.sig_idle_timeout.emit()
        elif remaining <= COUNTDOWN_MS:
            seconds = math.ceil(remaining / 1000)
            self._counting_down = True
            if seconds != self._last_shown:
                self._last_shown = seconds
                self.sig_countdown_changed.emit(seconds)

    def _end_countdown(self) -> None:
        if self._counting_down:
            self._counting_down = False
            self._last_shown = -1
            self.sig_countdown_cancelled.emit()
