"""The scenario's parts that run: a computer (its own data folder and encrypted profile, its real sync service
started inside its namespace) and `commons relay` run inside the relay's namespace."""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from commons_desktop.service import protocol
from commons_desktop.service.process import SyncServiceProcess
from commons_desktop.service.values import RefusedChange
from store import ProfileManager
from sync.community.view import CommunityView
from tests.e2e.town_network import RELAY_IP, Computer
from tests.service.test_sync_service import records
from tests.support import FAST_KDF, PASSPHRASE, REPO, EventLog
from tests.sync.lan.netns import inside

R = TypeVar("R")
RELAY_PORT = 4222  # inside the relay's own namespace: no other process can hold it


def wait(
    condition: Callable[[], bool], what: str, timeout: float = 30.0, seen: Callable[[], object] | None = None
) -> None:
    """Poll *condition* until it holds; AssertionError naming *what* (and what *seen* shows then) after
    *timeout* seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            shown = f"; seen: {seen()}" if seen is not None else ""
            raise AssertionError(f"timed out after {timeout} s waiting for {what}{shown}")
        time.sleep(0.1)


class Neighbour:
    """One computer of the town: a data folder of its own, one profile, its sync service in its namespace."""

    def __init__(self, name: str, net: Computer, data_dir: Path) -> None:
        self.name = name
        self.net = net
        self.manager = ProfileManager(data_dir, kdf=FAST_KDF)
        with self.manager.create(name, PASSPHRASE) as session:
            self.profile_id = session.profile_id
            self.actor_id = session.identity.get().actor_id
            self._key = session.database_key()
        self.service: SyncServiceProcess | None = None
        self.events: EventLog | None = None
        self.member = ""  # this computer's member id in the community, once it is in one

    @property
    def data_dir(self) -> Path:
        return self.manager.data_dir

    def start(self) -> None:
        """The service started from inside this computer's namespace (so it lives there for good), with
        "Sync on this network" on for its home-network address."""
        self.service = SyncServiceProcess(self.data_dir, self.profile_id, self._key)
        self.events = EventLog(self.service)
        with inside(self.net.namespace):
            self.service.start(timeout=30)
        self.ask(protocol.SetDiscovery((self.net.lan_ip,)))

    def stop(self) -> None:
        if self.service is not None:
            self.service.stop()
            self.service = None

    def ask(self, command: protocol.Command[R], timeout: float = 30.0) -> R:
        assert self.service is not None, f"{self.name}'s service is not running"
        return self.service.request(command, timeout)

    def view(self, space: str) -> CommunityView:
        assert self.service is not None
        return records(self.service, space)

    def refused(self, space: str) -> list[RefusedChange]:
        return [
            r for review in self.ask(protocol.ListReviews()) if review.space == space for r in review.refused
        ]


class RelayProcess:
    """`commons relay` run in the relay's namespace, listening on its one address there; what it prints for
    admins (the provisioning address) is read from its output."""

    def __init__(self, namespace: str, folder: Path) -> None:
        self.folder = folder
        self._lines: queue.Queue[str | None] = queue.Queue()
        self.output: list[str] = []
        command = [sys.executable, "-P", "-m", "commons_desktop", "relay", "--data-dir-relay", str(folder)]
        self._proc = subprocess.Popen(
            ["ip", "netns", "exec", namespace, *command, "--host", RELAY_IP, "--port", str(RELAY_PORT)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**_env(), "PYTHONPATH": str(REPO / "src")},
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def provisioning_address(self, timeout: float = 30.0) -> str:
        """The address for admins, once the relay says it runs."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._lines.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                break
            self.output.append(line)
            if line.startswith("Relay running"):
                return next(x.strip() for x in self.output if x.strip().startswith("commons-relay://"))
        raise AssertionError("`commons relay` did not start:\n" + "\n".join(self.output))

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self._proc.send_signal(signal.SIGTERM)
        try:
            self._proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._reader.join(timeout=5)
        if self._proc.stdout is not None:
            self._proc.stdout.close()


def _env() -> dict[str, Any]:
    keep = ("PATH", "LANG", "LC_ALL", "HOME", "TMPDIR")
    return {k: os.environ[k] for k in keep if k in os.environ}
