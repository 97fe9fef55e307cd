"""A screen's commands for the sync service, sent one at a time so their answers are handled in the order asked."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from commons_desktop.sync_host import SyncHost


@dataclass(frozen=True)
class _Ask:
    make: Callable[[int], Any]
    on_done: Callable[[Any], None]
    on_failed: Callable[[str], None]
    timeout: float


class ServiceQueue:
    """Every command of one screen goes through here, and the next is sent only once the last one's answer was
    handled. Several may safely wait at once, but each waits on a thread of its own (`SyncHost.request`), so two
    sent together could reach the service, and their answers the screen, in either order: the circles an older
    Status lists would then overwrite a newer one's."""

    def __init__(self, on_failed: Callable[[str], None]) -> None:
        self._sync: SyncHost | None = None
        self._on_failed = on_failed  # for commands that bring no failure handler of their own
        self._asks: deque[_Ask] = deque()
        self._asking = False

    def set_sync(self, sync: SyncHost) -> None:
        self._sync = sync

    @property
    def running(self) -> bool:
        """Whether there is a sync service to ask (none for a guest, or with sync off)."""
        return self._sync is not None and self._sync.running

    def ask(
        self,
        make: Callable[[int], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None] | None = None,
        timeout: float = 60.0,
    ) -> None:
        """Send *make(id)* after the commands already waiting; *on_done(result)* or *on_failed(reason)* follow."""
        self._asks.append(_Ask(make, on_done, on_failed or self._on_failed, timeout))
        if not self._asking:
            self._ask_next()

    def clear(self) -> None:
        """Forget the waiting commands (on lock); SyncHost drops the answer to the one in flight."""
        self._asks.clear()
        self._asking = False

    def _ask_next(self) -> None:
        if self._sync is None or not self._asks:
            self._asking = False
            return
        self._asking = True
        ask = self._asks.popleft()

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._asking = False
            callback(value)
            if not self._asking:
                self._ask_next()

        self._sync.request(
            ask.make,
            lambda r: finish(ask.on_done, r),
            lambda e: finish(ask.on_failed, e),
            timeout=ask.timeout,
        )
