"""Constants and helpers shared by tests in every folder."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import importlib.util
import sys
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from store import KdfParams

if TYPE_CHECKING:
    from commons_desktop.service.process import SyncServiceProcess
    from sync.relay import RelayServer

REPO = Path(__file__).resolve().parents[1]

T = TypeVar("T")

# Real Argon2id, with costs small enough that a test creates a profile in milliseconds.
FAST_KDF = KdfParams(memory_cost_kib=1024, iterations=1, lanes=1)
PASSPHRASE = "violet harbour lantern 42"


def snapshot_files(directory: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's bytes and modification time, to prove an operation changed nothing."""
    return {
        str(p.relative_to(directory)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def files_containing(root: Path, needles: list[bytes]) -> list[tuple[str, bytes]]:
    """(file, needle) for every needle found in any file under *root*, also as UTF-16 (SQLite's other encoding)."""
    hits: list[tuple[str, bytes]] = []
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for needle in needles:
            text = needle.decode("utf-8")
            if needle in data or text.encode("utf-16-le") in data or text.encode("utf-16-be") in data:
                hits.append((str(path), needle))
    return hits


@functools.cache
def load_script(path: Path) -> ModuleType:
    """A script outside the packages (a fuzz driver, scripts/…) imported as a module named after its file."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def fuzz_driver(name: str) -> ModuleType:
    """fuzz/<name>.py, whose `run_loop` the tests run for a bounded number of inputs."""
    return load_script(REPO / "fuzz" / f"{name}.py")


def run(coro: Callable[[], Awaitable[T]], timeout: float = 30.0) -> T:
    """Run the coroutine *coro* makes on a fresh event loop; after *timeout* seconds print where each task
    waits (a hang is a bug to find, not a slow machine) and fail."""

    async def bounded() -> T:
        task = asyncio.ensure_future(coro())
        done, _ = await asyncio.wait({task}, timeout=timeout)
        if not done:
            for other in asyncio.all_tasks():
                other.print_stack(limit=8)
            task.cancel()
            raise AssertionError("hung")
        return task.result()

    return asyncio.run(bounded())


async def until(condition: Callable[[], bool], what: str = "the condition", timeout: float = 20.0) -> None:
    """Wait until *condition* holds; AssertionError naming *what* after *timeout* seconds."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


class EventLog:
    """Every event a `SyncServiceProcess` sends, kept so a test can wait for one that may already have come.

    Attach it before `start()` to see `Ready` too. `wait_for` consumes the first matching event (so waiting
    twice for the same kind of event waits for two of them). Events arrive on the pipe thread; conditions run
    on the waiting thread without the lock held, so a condition may itself send the service a request."""

    def __init__(self, proc: SyncServiceProcess) -> None:
        self._events: list[tuple[int, object]] = []  # (arrival number, event), not consumed yet
        self._arrived_count = 0
        self._seen: deque[str] = deque(maxlen=20)  # the recent event types, for a timeout's message
        self._changed = threading.Condition()
        proc.listeners.append(self._arrived)

    def _arrived(self, event: object) -> None:
        with self._changed:
            self._arrived_count += 1
            self._events.append((self._arrived_count, event))
            self._seen.append(type(event).__name__)
            self._changed.notify_all()

    def wait_for(self, condition: Callable[[Any], bool], timeout: float = 10.0) -> Any:
        """The first event (arrived or arriving) for which *condition* holds, removed from the log. Each event
        is tested once."""
        deadline = time.monotonic() + timeout
        checked = 0  # arrival number of the last event tested
        while True:
            with self._changed:
                fresh = [(n, e) for n, e in self._events if n > checked]
                left = deadline - time.monotonic()
                if not fresh and left <= 0:
                    recent = ", ".join(self._seen) or "none"
                    raise AssertionError(f"no matching event within {timeout} s; recent events: {recent}")
                if not fresh:
                    self._changed.wait(left)
                    continue
            for n, event in fresh:
                checked = n
                if condition(event) and self._take(n):
                    return event

    def _take(self, number: int) -> bool:
        with self._changed:
            for i, (n, _event) in enumerate(self._events):
                if n == number:
                    del self._events[i]
                    return True
        return False  # another waiter took it

    def events(self) -> list[object]:
        """The events not consumed yet, oldest first."""
        with self._changed:
            return [e for _n, e in self._events]


@contextlib.contextmanager
def provisioning(server: RelayServer) -> Iterator[None]:
    """Answer provisioning requests for *server* as `commons relay` does, on a thread of its own, meanwhile."""
    from sync.relay.provision import Provisioner

    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="provisioner", daemon=True)
    thread.start()
    provisioner = Provisioner(server)
    try:
        asyncio.run_coroutine_threadsafe(provisioner.start(), loop).result(timeout=10)
        yield
    finally:
        asyncio.run_coroutine_threadsafe(provisioner.stop(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()


@contextlib.contextmanager
def provisioned_relay(folder: Path, *, store_mib: int = 256, space_mib: int = 16) -> Iterator[RelayServer]:
    """A relay as `commons relay` runs it: its stream prepared, answering provisioning, so each space gets its
    own login and NATS account (*space_mib* each, within *store_mib* in all)."""
    from sync.relay import RelayServer, SpaceLimits

    limits = SpaceLimits(max_bytes=space_mib * 1024 * 1024)
    with RelayServer(folder, max_store=store_mib * 1024 * 1024, space_limits=limits) as server:
        asyncio.run(server.prepare_stream())
        with provisioning(server):
            yield server


def provisioning_address_of(server: RelayServer) -> str:
    """The address `commons relay` prints for admins: its login may only ask for a space's own."""
    from sync.relay.address import RelayAddress

    credential = server.provision_credential
    return RelayAddress(
        (("127.0.0.1", server.port),),
        credential.user,
        credential.password,
        bytes.fromhex(server.certificate_sha256),
    ).to_text()


def address_of(server: RelayServer, *, port: int | None = None, password: str | None = None) -> str:
    """The relay address of a test's relay server on loopback (another *port* or a wrong *password* on request)."""
    from sync.relay.address import RelayAddress

    credential = server.credential
    return RelayAddress(
        (("127.0.0.1", port or server.port),),
        credential.user,
        password or credential.password,
        bytes.fromhex(server.certificate_sha256),
    ).to_text()
