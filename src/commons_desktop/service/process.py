"""Starting, talking to and stopping the sync service process, from the app (or a test).

The service is `python -m commons_desktop.service` with pipes on stdin/stdout; the database key is the first
frame on stdin, so it is never in an argument list, the environment or a file. A reader thread collects the
service's frames; `request` waits for the reply to one command, `wait_for` for an event. The app turns events
into Qt signals; this module imports no Qt.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from sync.frames import FrameDecoder, encode_frame

from . import ipc

__all__ = ["ServiceError", "SyncServiceProcess"]

MAX_KEPT = 10_000  # messages kept for `wait_for`; older ones nobody asked for are dropped


class ServiceError(RuntimeError):
    """The sync service did not start, stopped, or did not answer in time."""


class SyncServiceProcess:
    def __init__(self, data_dir: Path, profile_id: str, key: bytes) -> None:
        self._start = ipc.Start(str(data_dir), profile_id, key.hex())
        self._proc: subprocess.Popen[bytes] | None = None
        # Every message from the service waits here until a `wait_for` takes it; the condition lets any number
        # of threads wait at once, each for its own message (a reply to its command, say).
        self._events: list[Any] = []
        self._arrived = threading.Condition()
        self._ended = False
        self._next_id = 0
        self._lock = threading.Lock()
        self.ready: ipc.Ready | None = None
        self.on_event: Callable[[Any], None] | None = None  # called on the reader thread
        self._reader: threading.Thread | None = None

    @property
    def pid(self) -> int:
        if self._proc is None:
            raise ServiceError("the sync service is not running")
        return self._proc.pid

    def start(self, timeout: float = 20.0) -> ipc.Ready:
        self._proc = subprocess.Popen(
            # -I (isolated): neither the working folder nor PYTHON* variables reach sys.path, so a store.py or
            # ssl.py in the folder the app was started from is never imported in place of ours (the child
            # receives the database key in its first frame).
            [sys.executable, "-I", "-m", "commons_desktop.service"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self._reader = threading.Thread(target=self._read, name="sync-service-reader", daemon=True)
        self._reader.start()
        self._send(self._start)
        ready = self.wait_for(lambda e: isinstance(e, ipc.Ready), timeout)
        assert isinstance(ready, ipc.Ready)
        self.ready = ready
        return ready

    def _send(self, message: ipc._Message) -> None:
        proc = self._proc
        if proc is None or proc.stdin is None:
            raise ServiceError("the sync service is not running")
        try:
            proc.stdin.write(encode_frame(ipc.encode(message)))
            proc.stdin.flush()
        except (BrokenPipeError, ValueError):
            raise ServiceError("the sync service stopped") from None

    def _read(self) -> None:
        proc = self._proc
        assert proc is not None
        assert proc.stdout is not None
        decoder = FrameDecoder()
        stdout = proc.stdout
        while chunk := _read_some(stdout):
            for frame in decoder.feed(chunk):
                try:
                    message = ipc.decode(frame)
                except ipc.IpcError:
                    continue
                with self._arrived:
                    self._events.append(message)
                    del self._events[:-MAX_KEPT]  # nobody waits for events this old
                    self._arrived.notify_all()
                if self.on_event is not None:
                    self.on_event(message)
        with self._arrived:  # the service's stdout closed: it stopped
            self._ended = True
            self._arrived.notify_all()

    def wait_for(self, condition: Callable[[Any], bool], timeout: float = 10.0) -> Any:
        """The first message (already seen or coming) for which *condition* holds. Safe from several threads
        at once: each takes only the message it waits for."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while True:
                for message in self._events:
                    if condition(message):
                        self._events.remove(message)
                        return message
                if self._ended:
                    raise ServiceError("the sync service stopped")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise ServiceError("the sync service did not answer in time")
                self._arrived.wait(left)

    def request(self, make: Callable[[int], ipc._Message], timeout: float = 20.0) -> Any:
        """Send the command *make(id)* and return its reply's result; raises ServiceError with the service's
        reason if it failed."""
        with self._lock:
            self._next_id += 1
            command_id = self._next_id
        self._send(make(command_id))
        reply = self.wait_for(lambda m: isinstance(m, ipc.Reply) and m.id == command_id, timeout)
        if not reply.ok:
            raise ServiceError(reply.error)
        return reply.result

    def stop(self, timeout: float = 10.0) -> int:
        """Ask the service to stop; kill it if it does not within *timeout*. Returns its exit code."""
        proc = self._proc
        if proc is None:
            return 0
        with contextlib.suppress(ServiceError):
            self.request(ipc.Shutdown, timeout)
        with contextlib.suppress(OSError, ValueError):
            if proc.stdin is not None:
                proc.stdin.close()
        try:
            code = proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
        self._close_pipes(proc)
        return code

    def kill(self) -> None:
        """Kill -9, as a crash would."""
        proc = self._proc
        if proc is not None:
            proc.kill()
            proc.wait()
            self._close_pipes(proc)

    def _close_pipes(self, proc: subprocess.Popen[bytes]) -> None:
        """After the process ended: let the reader finish what is left in the pipe, then close both pipes (closing
        stdout under a reader that is still reading made it fail with "read of closed file")."""
        if self._reader is not None:
            self._reader.join(timeout=5.0)
        for pipe in (proc.stdin, proc.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError, ValueError):
                    pipe.close()
        self._proc = None


def _read_some(stdout: IO[bytes]) -> bytes:
    """What the pipe has (b"" at its end, or once it was closed under us)."""
    try:
        return stdout.read1(65536) if isinstance(stdout, io.BufferedReader) else stdout.read(65536)
    except (OSError, ValueError):
        return b""
