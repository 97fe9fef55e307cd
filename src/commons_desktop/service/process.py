"""Starting, talking to and stopping the sync service process; imports no Qt (the window's `ServiceClient`
and tests build on it).

The service is `python -I` running `commons_desktop.service` from the very files the window was imported from
(in a bundle that runs without Python, the bundle's own executable in its service mode), with pipes on
stdin/stdout; the database key is the
first frame on stdin, so it is never in an argument list, the environment or a file. One thread owns both
pipes: it writes queued commands and reads frames, matches each reply to its command by id (the service
answers in the order it was asked) and hands every event to the listeners at once. Nothing is buffered for
later: a listener that wants to wait for an event keeps its own (see `tests/support.py`).
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import selectors
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sync.frames import FrameDecoder, encode_frame

from . import protocol

__all__ = ["SERVICE_MODE", "ServiceError", "SyncServiceProcess", "service_command"]

R = TypeVar("R")
Listener = Callable[[object], None]  # an event, on the pipe thread
OnReply = Callable[[protocol.Reply], None]  # a reply, on the pipe thread

_CHUNK = 65536
_SOURCE = Path(__file__).resolve().parents[2]  # the folder holding commons_desktop, sync and store
_CHILD = (
    "import runpy, sys; sys.path.insert(0, {source!r}); "
    "runpy.run_module('commons_desktop.service', run_name='__main__')"
)
# The one argument with which a frozen bundle's executable runs the sync service instead of the window
# (commons_desktop.bundle).
SERVICE_MODE = "--commons-sync-service"


def service_command() -> list[str]:
    """How to start the sync service: this interpreter on the window's own source folder, or, in a bundle
    (PyInstaller sets sys.frozen), the bundle's executable, which has no interpreter to give -c to."""
    if getattr(sys, "frozen", False):
        return [sys.executable, SERVICE_MODE]
    # -I (isolated): neither the working folder nor PYTHON* variables reach sys.path, so a store.py or ssl.py in
    # the folder the app was started from is never imported in place of ours (the child receives the database
    # key in its first frame). The folder our own packages were imported from goes first, so the child runs the
    # window's code, never another installed copy of it.
    return [sys.executable, "-I", "-c", _CHILD.format(source=str(_SOURCE))]


class ServiceError(RuntimeError):
    """The sync service did not start, stopped, or did not answer in time."""


@dataclass(frozen=True)
class _Pending:
    command: type[protocol.Command[Any]]
    on_reply: OnReply


class SyncServiceProcess:
    def __init__(self, data_dir: Path, profile_id: str, key: bytes, *, local_only: bool = False) -> None:
        start = protocol.Start(str(data_dir), profile_id, key.hex(), local_only)
        self._start_frame = protocol.encode_command(0, start)
        self._proc: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None
        self._outgoing: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self._wake_r, self._wake_w = -1, -1
        self._lock = threading.Lock()  # guards _next_id, _pending and _ended
        self._next_id = 0
        self._pending: dict[int, _Pending] = {}
        self._ended = False
        self._ready = threading.Event()
        self.ready: protocol.Ready | None = None
        self.listeners: list[Listener] = []
        self.on_ended: Callable[[], None] | None = None  # on the pipe thread, once the service stopped
        self.bytes_received = 0  # everything the service sent, frames' headers included (for benchmarks)

    @property
    def pid(self) -> int:
        if self._proc is None:
            raise ServiceError("the sync service is not running")
        return self._proc.pid

    @property
    def ended(self) -> bool:
        return self._ended

    # -- life ------------------------------------------------------------------------------------------------

    def start(self, timeout: float = 20.0) -> protocol.Ready:
        """Start the service and wait until its profile is open."""
        self.launch()
        if not self._ready.wait(timeout) or self.ready is None:
            self.kill()
            raise ServiceError(
                "the sync service stopped" if self._ended else "the sync service did not start in time"
            )
        return self.ready

    def launch(self) -> None:
        """Start the service without waiting: `Ready` reaches the listeners once its profile is open, and
        `on_ended` runs if it stops first (or at any time later)."""
        self._proc = subprocess.Popen(  # noqa: S603 (our interpreter, our module, a path we resolved)
            service_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self._wake_r, self._wake_w = os.pipe()
        self._outgoing.put(self._start_frame)
        self._thread = threading.Thread(target=self._pump, name="sync-service-pipe", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> int:
        """Ask the service to stop; kill it if it does not within *timeout*. Returns its exit code."""
        proc = self._proc
        if proc is None:
            return 0
        with contextlib.suppress(ServiceError):
            self.request(protocol.Shutdown(), timeout)
        try:
            code = proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
        self._finish()
        return code

    def kill(self) -> None:
        """Kill -9, as a crash would."""
        proc = self._proc
        if proc is not None:
            proc.kill()
            proc.wait()
            self._finish()

    def _finish(self) -> None:
        """After the process ended: the pipe thread reads what is left (up to the end of the service's output),
        fails what still waits, and closes the pipes; then the wake-up pipe goes too."""
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5.0)
        with self._lock:
            wake, self._wake_r, self._wake_w = (self._wake_r, self._wake_w), -1, -1
        for fd in wake:
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._proc = None

    # -- commands --------------------------------------------------------------------------------------------

    def send(self, command: protocol.Command[Any], on_reply: OnReply) -> int:
        """Queue *command*; *on_reply* runs on the pipe thread with its reply (a failed one if the service
        stops first). Safe from any thread; never blocks."""
        with self._lock:
            if self._ended or self._proc is None:
                raise ServiceError("the sync service is not running")
            self._next_id += 1
            command_id = self._next_id
            self._pending[command_id] = _Pending(type(command), on_reply)
        self._outgoing.put(protocol.encode_command(command_id, command))
        self._wake()
        return command_id

    def request(self, command: protocol.Command[R], timeout: float = 20.0) -> R:
        """Send *command* and wait for its result (tests and the command line; the window never waits).
        Raises ServiceError with the service's reason if it failed."""
        done = threading.Event()
        replies: list[protocol.Reply] = []

        def arrived(reply: protocol.Reply) -> None:
            replies.append(reply)
            done.set()

        self.send(command, arrived)
        if not done.wait(timeout):
            raise ServiceError("the sync service did not answer in time")
        reply = replies[0]
        if not reply.ok:
            raise ServiceError(reply.error)
        return reply.result  # type: ignore[no-any-return]

    def _wake(self) -> None:
        with self._lock:  # never a closed (and perhaps reused) descriptor
            if self._wake_w >= 0:
                with contextlib.suppress(OSError):
                    os.write(self._wake_w, b"\0")

    # -- the pipe thread -------------------------------------------------------------------------------------

    def _pump(self) -> None:
        proc = self._proc
        assert proc is not None
        assert proc.stdin is not None
        assert proc.stdout is not None
        stdin, stdout = proc.stdin, proc.stdout
        os.set_blocking(stdin.fileno(), False)
        decoder = FrameDecoder()
        unsent = b""
        broken = False  # the service closed its stdin: nothing more can be sent, but its answers still count
        selector = selectors.DefaultSelector()
        selector.register(stdout.fileno(), selectors.EVENT_READ, "out")
        selector.register(self._wake_r, selectors.EVENT_READ, "wake")
        writing = False
        try:
            while True:
                while not broken and not unsent and not self._outgoing.empty():
                    unsent = encode_frame(self._outgoing.get())
                if bool(unsent) != writing:
                    writing = bool(unsent)
                    if writing:
                        selector.register(stdin.fileno(), selectors.EVENT_WRITE, "in")
                    else:
                        selector.unregister(stdin.fileno())
                for key, _mask in selector.select():
                    if key.data == "wake":
                        os.read(self._wake_r, _CHUNK)
                    elif key.data == "in":
                        try:
                            unsent = unsent[os.write(stdin.fileno(), unsent) :]
                        except BlockingIOError:
                            pass
                        except OSError:  # BrokenPipeError among them
                            unsent, broken = b"", True
                    else:
                        chunk = os.read(stdout.fileno(), _CHUNK)
                        if not chunk:
                            return  # the service's stdout closed: it stopped
                        self.bytes_received += len(chunk)
                        for frame in decoder.feed(chunk):
                            self._arrived(frame)
        finally:
            selector.close()
            self._ended_now(proc)

    def _result_type(self, command_id: int) -> Any:
        with self._lock:
            pending = self._pending.get(command_id)
        if pending is None:
            raise protocol.ProtocolError("a reply to no command")
        return pending.command.result_type()

    def _arrived(self, frame: bytes) -> None:
        try:
            message = protocol.decode_from_service(frame, self._result_type)
        except protocol.ProtocolError as exc:
            reply_id = _reply_id(frame)
            if reply_id is None:
                return  # an event this window cannot read (a newer service?): nothing waits for it
            message = protocol.Reply(
                reply_id, False, error=f"the sync service's answer was not understood ({exc})"
            )
        if isinstance(message, protocol.Reply):
            with self._lock:
                pending = self._pending.pop(message.id, None)
            if pending is not None:
                pending.on_reply(message)
            return
        if isinstance(message, protocol.Ready):
            self.ready = message
            self._ready.set()
        for listener in list(self.listeners):
            listener(message)

    def _ended_now(self, proc: subprocess.Popen[bytes]) -> None:
        with self._lock:
            self._ended = True
            pending, self._pending = self._pending, {}
        self._ready.set()
        for item in pending.values():
            item.on_reply(protocol.Reply(0, False, error="the sync service stopped"))
        if self.on_ended is not None:
            self.on_ended()
        for pipe in (proc.stdin, proc.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError, ValueError):
                    pipe.close()


def _reply_id(frame: bytes) -> int | None:
    """The id of a reply frame whose result could not be read, so its command still gets an answer."""
    try:
        raw = json.loads(frame)
    except ValueError:
        return None
    if isinstance(raw, dict) and raw.get("type") == "reply" and isinstance(raw.get("id"), int):
        return int(raw["id"])
    return None
