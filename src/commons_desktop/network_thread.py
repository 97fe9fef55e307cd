"""An asyncio event loop on its own thread, for network work the window does itself (handing a profile over).

The Qt thread submits coroutines; their results, failures and any callbacks made on the loop come back to the
Qt thread as queued signals, so widgets are only ever touched where they live.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

__all__ = ["NetworkThread"]

T = TypeVar("T")


class NetworkThread(QObject):
    """Start with the first `submit`; `stop` cancels what runs and ends the thread (call it when done)."""

    _sig_call = Signal(object)  # a callable to run on the Qt thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._futures: set[concurrent.futures.Future[Any]] = set()
        self._sig_call.connect(self._call)  # a method of a QObject of the Qt thread: delivered there

    def submit(
        self,
        coroutine: Coroutine[Any, Any, T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
    ) -> concurrent.futures.Future[T]:
        """Run *coroutine* on the loop; exactly one of the callbacks runs on the Qt thread, unless cancelled."""
        future = asyncio.run_coroutine_threadsafe(coroutine, self._running_loop())
        self._futures.add(future)

        def done(finished: concurrent.futures.Future[T]) -> None:
            self._futures.discard(finished)
            if finished.cancelled():
                return
            error = finished.exception()
            if error is None:
                result = finished.result()
                self.call_soon(lambda: on_success(result))
            else:
                self.call_soon(lambda: on_failure(error))

        future.add_done_callback(done)
        return future

    def call_soon(self, call: Callable[[], None]) -> None:
        """Run *call* on the Qt thread (safe to call from the loop's thread)."""
        self._sig_call.emit(call)

    def stop(self) -> None:
        """Cancel everything submitted and end the thread (waits at most a few seconds)."""
        loop, thread = self._loop, self._thread
        self._loop = self._thread = None
        if loop is None or thread is None:
            return
        for future in list(self._futures):
            future.cancel()

        async def drain() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            loop.stop()

        asyncio.run_coroutine_threadsafe(drain(), loop)
        thread.join(timeout=5.0)

    @Slot(object)
    def _call(self, call: Callable[[], None]) -> None:
        call()

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            loop = asyncio.new_event_loop()
            thread = threading.Thread(target=self._run, args=(loop,), name="commons-network", daemon=True)
            self._loop, self._thread = loop, thread
            thread.start()
        return self._loop

    @staticmethod
    def _run(loop: asyncio.AbstractEventLoop) -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_forever()
        finally:
            loop.close()
