"""Work the service does by itself after a peer's changes: once per community, a moment after they settle."""

from __future__ import annotations

import asyncio

__all__ = ["WhenSettled"]


class WhenSettled:
    """Runs `look(space_id)` once per community `DELAY` seconds after its first change since the last look, so
    a burst of changes costs one look. `forget` drops a community's pending look, `stop` every one."""

    DELAY = 1.0

    def __init__(self) -> None:
        self._soon: dict[bytes, asyncio.TimerHandle] = {}

    def changed(self, space_id: bytes) -> None:
        if space_id not in self._soon:
            self._soon[space_id] = asyncio.get_running_loop().call_later(self.DELAY, self._due, space_id)

    def forget(self, space_id: bytes) -> None:
        handle = self._soon.pop(space_id, None)
        if handle is not None:
            handle.cancel()

    def stop(self) -> None:
        for space_id in list(self._soon):
            self.forget(space_id)

    def _due(self, space_id: bytes) -> None:
        self._soon.pop(space_id, None)
        self.look(space_id)

    def look(self, space_id: bytes) -> object:
        raise NotImplementedError
