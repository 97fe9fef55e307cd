"""Throw-away network namespaces joined by veth pairs, and child processes run inside them, for LAN tests.

mDNS must never touch the host's real interfaces: every address here exists only inside namespaces this module
creates, and everything it creates is deleted on exit, also when the test fails.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

REPO = Path(__file__).resolve().parents[3]
CHILD_SCRIPT = Path(__file__).with_name("discovery_child.py")
_COMMAND_TIMEOUT = 10.0

Event = dict[str, Any]


class NetnsUnavailable(Exception):  # noqa: N818 - reads as what happened
    """`ip netns` is missing or not permitted here; tests needing it should skip with this reason."""


@dataclass(frozen=True)
class Side:
    """One end of a veth link: the namespace it lives in, its device name and its IPv4 address."""

    namespace: str
    device: str
    ip: str


@dataclass(frozen=True)
class Link:
    a: Side
    b: Side


def _ip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["ip", *args], capture_output=True, text=True, timeout=_COMMAND_TIMEOUT, check=False
    )


def _ip_checked(*args: str) -> None:
    done = _ip(*args)
    if done.returncode != 0:
        raise RuntimeError(f"ip {' '.join(args)} failed: {done.stderr.strip()}")


class NetLab:
    """Namespaces and veth links with names unique to this run (devices stay within Linux's 15 characters)."""

    def __init__(self) -> None:
        self._token = secrets.token_hex(3)
        self.namespaces: list[str] = []
        self.links: list[Link] = []

    def namespace(self) -> str:
        name = f"cm-{self._token}-{len(self.namespaces)}"
        done = _ip("netns", "add", name)
        if done.returncode != 0:
            reason = done.stderr.strip()
            if not self.namespaces and any(
                s in reason.lower() for s in ("permission denied", "operation not permitted")
            ):
                raise NetnsUnavailable(f"`ip netns add` is not permitted here: {reason}")
            raise RuntimeError(f"ip netns add {name} failed: {reason}")
        self.namespaces.append(name)
        _ip_checked("-n", name, "link", "set", "lo", "up")
        return name

    @staticmethod
    def ip(*args: str) -> subprocess.CompletedProcess[str]:
        """Run `ip` with *args* (use ``-n NAMESPACE`` to act inside one of ours)."""
        return _ip(*args)

    def link(self, ns_a: str, ns_b: str) -> Link:
        """A veth pair created directly inside the two namespaces (it never exists in the host's), up, addressed."""
        n = len(self.links)
        a = Side(ns_a, f"cm{self._token}{n}a", f"10.199.{n}.1")
        b = Side(ns_b, f"cm{self._token}{n}b", f"10.199.{n}.2")
        veth = ["type", "veth", "peer", "name", b.device, "netns", b.namespace]
        _ip_checked("link", "add", a.device, "netns", a.namespace, *veth)
        for side in (a, b):
            _ip_checked("-n", side.namespace, "addr", "add", f"{side.ip}/24", "dev", side.device)
            _ip_checked("-n", side.namespace, "link", "set", side.device, "up")
        link = Link(a, b)
        self.links.append(link)
        self._wait_until_up(link)
        return link

    @staticmethod
    def _wait_until_up(link: Link, timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            states = [_ip("-n", s.namespace, "-o", "link", "show", s.device).stdout for s in (link.a, link.b)]
            if all("LOWER_UP" in state for state in states):
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"veth {link.a.device} did not come up within {timeout} s: {states}")
            time.sleep(0.02)

    def close(self) -> None:
        """Kill whatever still runs in our namespaces (only our children can), then delete them with their veths."""
        failed = []
        for name in reversed(self.namespaces):
            pids = _ip("netns", "pids", name).stdout.split()
            for pid in pids:
                with contextlib.suppress(ProcessLookupError, ValueError):
                    os.kill(int(pid), signal.SIGKILL)
            if (done := _ip("netns", "del", name)).returncode != 0:
                failed.append(f"{name}: {done.stderr.strip()}")
        self.namespaces.clear()
        self.links.clear()
        if failed:
            raise RuntimeError(f"could not delete network namespaces: {failed}")


def netns_unavailable_reason() -> str | None:
    if sys.platform != "linux":
        return "network namespaces exist only on Linux"
    if shutil.which("ip") is None:
        return "the `ip` command (iproute2) is not installed"
    return None


@contextlib.contextmanager
def netlab() -> Iterator[NetLab]:
    reason = netns_unavailable_reason()
    if reason is not None:
        raise NetnsUnavailable(reason)
    lab = NetLab()
    try:
        yield lab
    finally:
        lab.close()


@contextlib.contextmanager
def veth_pair() -> Iterator[Link]:
    """Two fresh namespaces joined by one veth pair: 10.199.0.1/24 in `a`, 10.199.0.2/24 in `b`."""
    with netlab() as lab:
        yield lab.link(lab.namespace(), lab.namespace())


_CLONE_NEWNET = 0x40000000


@contextlib.contextmanager
def inside(namespace: str) -> Iterator[None]:
    """Run this thread inside *namespace* (one of ours) until the block ends: a process it starts meanwhile (a
    sync service a window launches, say) lives there for good, while the rest of this process stays home."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    home = os.open("/proc/thread-self/ns/net", os.O_RDONLY)
    there = os.open(f"/run/netns/{namespace}", os.O_RDONLY)
    try:
        if libc.setns(there, _CLONE_NEWNET) != 0:
            raise OSError(ctypes.get_errno(), f"could not enter network namespace {namespace}")
        try:
            yield
        finally:
            if libc.setns(home, _CLONE_NEWNET) != 0:  # never carry on in the wrong namespace
                sys.stderr.write(f"could not return from network namespace {namespace}\n")
                os._exit(70)
    finally:
        os.close(there)
        os.close(home)


def existing_namespaces() -> set[str]:
    return {line.split()[0] for line in _ip("netns", "list").stdout.splitlines() if line.strip()}


class Child:
    """`discovery_child.py` run inside a namespace, speaking JSON lines: commands on stdin, events on stdout."""

    def __init__(
        self,
        namespace: str,
        args: Sequence[str],
        *,
        env: dict[str, str] | None = None,
        hostname: str | None = None,
    ) -> None:
        command = [sys.executable, str(CHILD_SCRIPT), *args]
        if hostname is not None:
            # A private UTS namespace, so the canary host name is what the child's system reports; if `unshare`
            # fails, `hostname` never runs (the host's own name is never touched).
            command = ["unshare", "--uts", "--", "sh", "-c", 'hostname "$0" && exec "$@"', hostname, *command]
        self._stderr: TextIO = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        self._lines: queue.Queue[Event | None] = queue.Queue()
        self._stderr_text = ""
        self.events: list[Event] = []
        self.started = time.monotonic()
        self._process = subprocess.Popen(
            ["ip", "netns", "exec", namespace, *command],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            encoding="utf-8",
            cwd=REPO,
            env={**_child_env(), **(env or {})},
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                event = {"event": "garbage", "line": line}
            event["_at"] = time.monotonic()
            self._lines.put(event)
        self._lines.put(None)

    def send(self, **command: Any) -> None:
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps(command) + "\n")
        self._process.stdin.flush()

    def expect(self, matches: Callable[[Event], bool] | str, timeout: float) -> Event:
        """The first not yet seen event that *matches* (a predicate or an event name), waiting at most *timeout*."""
        wanted = (lambda e: e.get("event") == matches) if isinstance(matches, str) else matches
        for event in self.events:
            if not event.get("_taken") and wanted(event):
                event["_taken"] = True
                return event
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._lines.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                raise AssertionError(f"child exited early; events {self.events}\n{self.stderr()}")
            event = line
            self.events.append(event)
            if event.get("event") == "error":
                raise AssertionError(f"child reported an error: {event}\n{self.stderr()}")
            if wanted(event):
                event["_taken"] = True
                return event
        raise AssertionError(f"no matching event within {timeout} s; events {self.events}\n{self.stderr()}")

    def stderr(self) -> str:
        if self._stderr.closed:
            return self._stderr_text
        self._stderr.seek(0)
        return self._stderr.read()

    def close(self, timeout: float = 5.0) -> int:
        """Ask the child to quit; kill it if it does not within *timeout*. Returns its exit status."""
        with contextlib.suppress(OSError, ValueError):
            self.send(cmd="quit")
        with contextlib.suppress(OSError, ValueError):
            assert self._process.stdin is not None
            self._process.stdin.close()
        try:
            code = self._process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            code = self._process.wait(timeout=timeout)
        self._reader.join(timeout=timeout)
        while (event := self._drain()) is not None:
            self.events.append(event)
        return code

    def _drain(self) -> Event | None:
        try:
            return self._lines.get_nowait()
        except queue.Empty:
            return None

    def kill(self) -> None:
        if self._process.poll() is None:
            self._process.kill()

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if exc[0] is not None:
                self.kill()
            self.close()
        finally:
            if self._process.stdout is not None:
                self._process.stdout.close()
            self._stderr_text = self.stderr()
            self._stderr.close()


def _child_env() -> dict[str, str]:
    keep = ("PATH", "LANG", "LC_ALL", "HOME", "TMPDIR", "COMMONS_DATA_DIR")
    env = {k: os.environ[k] for k in keep if k in os.environ}
    env["PYTHONPATH"] = str(REPO / "src")
    env["PYTHONUNBUFFERED"] = "1"
    return env
