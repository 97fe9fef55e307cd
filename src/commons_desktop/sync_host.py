"""The app's side of the sync service: start it when a profile is unlocked, stop it on lock, relay its events.

Starting and stopping wait on a process, so they run on a short-lived thread; results and the service's
events arrive on the Qt thread as signals. The service stops by itself if the app goes away (its stdin
closes), so a crash of the app leaves no orphan syncing in the background.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from commons_desktop.service import ipc
from commons_desktop.service.process import ServiceError, SyncServiceProcess

__all__ = ["SyncHost"]


class SyncHost(QObject):
    sig_ready = Signal(str)  # this device's id, as shown
    sig_failed = Signal(str)  # a sentence for the status bar
    sig_event = Signal(object)  # an ipc event (peer connected, in sync, …)
    sig_peers_changed = Signal(int)  # how many devices are connected
    _sig_replied = Signal(int, object, object)  # generation, callback, its argument (worker → Qt thread)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: SyncServiceProcess | None = None
        self._lock = threading.Lock()  # guards _process and _generation between the Qt and start threads
        self._generation = 0  # bumped on stop, so a late start result is dropped
        self._peers: set[str] = set()
        self.sig_event.connect(self._track)
        self._sig_replied.connect(self._deliver)

    @property
    def process(self) -> SyncServiceProcess | None:
        return self._process

    def start(self, data_dir: Path, profile_id: str, key: bytes) -> None:
        self.stop()
        with self._lock:
            generation = self._generation
        process = SyncServiceProcess(data_dir, profile_id, key)
        process.on_event = self.sig_event.emit  # Qt queues it to this object's thread

        def work() -> None:
            try:
                ready = process.start()
            except (ServiceError, OSError) as exc:
                self.sig_failed.emit(self.tr("Sync is not running: %1").replace("%1", str(exc)))
                return
            with self._lock:
                current = generation == self._generation
                if current:
                    self._process = process
            if not current:  # stopped (locked) while starting
                process.stop()
                return
            self.sig_ready.emit(ready.device)

        threading.Thread(target=work, name="sync-service-start", daemon=True).start()

    @property
    def running(self) -> bool:
        return self._process is not None

    def request(
        self,
        make: Callable[[int], ipc._Message],
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        *,
        timeout: float = 60.0,
    ) -> None:
        """Send a command to the service without blocking the Qt thread; *on_done(result)* or
        *on_failed(reason)* run on the Qt thread, and not at all once the profile was locked meanwhile."""
        with self._lock:
            process, generation = self._process, self._generation
        if process is None:
            if on_failed is not None:
                on_failed(self.tr("Sync is not running, so this cannot be done now."))
            return

        def work() -> None:
            try:
                result = process.request(make, timeout=timeout)
            except (ServiceError, OSError) as exc:
                self._sig_replied.emit(generation, on_failed, str(exc))
            else:
                self._sig_replied.emit(generation, on_done, result)

        threading.Thread(target=work, name="sync-service-request", daemon=True).start()

    def _deliver(self, generation: int, callback: object, value: object) -> None:
        with self._lock:
            current = generation == self._generation
        if current and callable(callback):
            callback(value)

    def stop(self, *, wait: bool = False) -> None:
        """Stop the service (in the background unless *wait*)."""
        with self._lock:
            self._generation += 1
            process, self._process = self._process, None
        self._peers.clear()
        if process is None:
            return
        if wait:
            process.stop()
        else:
            threading.Thread(target=process.stop, name="sync-service-stop", daemon=True).start()

    def _track(self, event: Any) -> None:
        before = len(self._peers)
        if isinstance(event, ipc.PeerConnected):
            self._peers.add(event.device)
        elif isinstance(event, ipc.PeerDisconnected):
            self._peers.discard(event.device)
        if len(self._peers) != before:
            self.sig_peers_changed.emit(len(self._peers))
