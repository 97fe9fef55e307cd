"""The neighbourhood's network, built from namespaces this module creates: three computers on one home network (a
bridge in a fourth "switch" namespace, one veth pair to each computer) and the relay across town (its own
namespace, one veth pair to each computer: the internet, which joins each computer to the relay and to nothing
else). A packet capture runs in every namespace on every interface. Everything is deleted on exit, also when
the scenario fails; no address here exists outside these namespaces.

    computer k:  LAN 10.199.50.(k+1)/24 (the bridge)   WAN 10.198.k.2/24, route to the relay 10.198.100.1
    relay:       10.198.100.1 on its loopback, 10.198.k.1/24 towards computer k (no forwarding between them)
"""

from __future__ import annotations

import contextlib
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.sync.lan.netns import NetLab, inside, netlab

RELAY_IP = "10.198.100.1"
LAN_PREFIX = "10.199.50."
_TCPDUMP = ("tcpdump", "-i", "any", "-n", "-s", "0", "-U", "-w")  # every interface, whole packets, unbuffered
CONTROL = b"E2E-CONTROL-PLAINTEXT-7f3a"  # sent in the clear on purpose: proves each capture sees traffic


@dataclass(frozen=True)
class Computer:
    """One computer's namespace, its home-network device and address, and its link to the relay."""

    namespace: str
    lan_device: str
    lan_ip: str
    wan_device: str
    wan_ip: str


class TownNetwork:
    """The namespaces, links and captures of one run."""

    def __init__(self, lab: NetLab, captures: Path, computers: int = 3) -> None:
        self._lab = lab
        self.switch = lab.namespace()
        self.relay = lab.namespace()
        self.bridge = self._device("br")
        _ip("-n", self.switch, "link", "add", self.bridge, "type", "bridge")
        _ip("-n", self.switch, "link", "set", self.bridge, "up")
        _ip("-n", self.relay, "addr", "add", f"{RELAY_IP}/32", "dev", "lo")
        self.computers = [self._computer(k) for k in range(computers)]
        self.captures = captures
        self._tcpdumps: list[subprocess.Popen[bytes]] = []

    def _device(self, suffix: str) -> str:
        # Unique to this run (the lab's token) and within Linux's 15 characters.
        return f"cm{self._lab._token}{suffix}"

    def _computer(self, k: int) -> Computer:
        ns = self._lab.namespace()
        lan, hub = self._device(f"l{k}"), self._device(f"h{k}")
        _ip("link", "add", lan, "netns", ns, "type", "veth", "peer", "name", hub, "netns", self.switch)
        _ip("-n", self.switch, "link", "set", hub, "master", self.bridge)
        _ip("-n", self.switch, "link", "set", hub, "up")
        lan_ip = f"{LAN_PREFIX}{k + 1}"
        _ip("-n", ns, "addr", "add", f"{lan_ip}/24", "dev", lan)
        _ip("-n", ns, "link", "set", lan, "up")
        wan, far = self._device(f"w{k}"), self._device(f"r{k}")
        _ip("link", "add", wan, "netns", ns, "type", "veth", "peer", "name", far, "netns", self.relay)
        _ip("-n", ns, "addr", "add", f"10.198.{k}.2/24", "dev", wan)
        _ip("-n", self.relay, "addr", "add", f"10.198.{k}.1/24", "dev", far)
        _ip("-n", ns, "link", "set", wan, "up")
        _ip("-n", self.relay, "link", "set", far, "up")
        _ip("-n", ns, "route", "add", f"{RELAY_IP}/32", "via", f"10.198.{k}.1")
        return Computer(ns, lan, lan_ip, wan, f"10.198.{k}.2")

    # -- cutting a computer off ------------------------------------------------------------------------------

    def set_lan(self, computer: Computer, up: bool) -> None:
        _ip("-n", computer.namespace, "link", "set", computer.lan_device, "up" if up else "down")

    def set_wan(self, computer: Computer, up: bool) -> None:
        _ip("-n", computer.namespace, "link", "set", computer.wan_device, "up" if up else "down")
        if up:  # the route went with the link
            _ip("-n", computer.namespace, "route", "replace", f"{RELAY_IP}/32", "via", _gateway(computer))

    def lan_is_up(self, computer: Computer) -> bool:
        shown = NetLab.ip("-n", computer.namespace, "-o", "link", "show", computer.lan_device).stdout
        return "state UP" in shown or ",UP" in shown.split(">")[0]

    # -- packet captures ------------------------------------------------------------------------------------

    def namespaces(self) -> list[str]:
        return [self.switch, self.relay, *(c.namespace for c in self.computers)]

    def start_captures(self, timeout: float = 10.0) -> None:
        """tcpdump on every interface (`-i any`) of every namespace, whole packets, written as they come."""
        self.captures.mkdir(parents=True, exist_ok=True)
        for ns in self.namespaces():
            log = (self.captures / f"{ns}.log").open("wb")
            self._tcpdumps.append(
                subprocess.Popen(
                    ["ip", "netns", "exec", ns, *_TCPDUMP, str(self.captures / f"{ns}.pcap")],
                    stdout=subprocess.DEVNULL,
                    stderr=log,
                )
            )
            log.close()
        deadline = time.monotonic() + timeout
        for ns in self.namespaces():
            while b"listening on" not in (self.captures / f"{ns}.log").read_bytes():
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"tcpdump did not start in {ns}: {(self.captures / f'{ns}.log').read_text()}"
                    )
                time.sleep(0.02)

    def send_control(self) -> None:
        """A plaintext datagram from each computer across its home network and to the relay: every capture
        must hold it, so a capture that saw nothing cannot pass for one that found no canary."""
        for computer in self.computers:
            others = [c.lan_ip for c in self.computers if c is not computer]
            with inside(computer.namespace), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
                for address in (*others, RELAY_IP):
                    sock.sendto(CONTROL, (address, 9))

    def stop_captures(self) -> list[Path]:
        for tcpdump in self._tcpdumps:
            with contextlib.suppress(ProcessLookupError):
                tcpdump.send_signal(signal.SIGINT)
        for tcpdump in self._tcpdumps:
            try:
                tcpdump.wait(timeout=10)
            except subprocess.TimeoutExpired:
                tcpdump.kill()
                tcpdump.wait()
        self._tcpdumps.clear()
        return sorted(self.captures.glob("*.pcap"))


def _gateway(computer: Computer) -> str:
    return computer.wan_ip.rsplit(".", 1)[0] + ".1"


def _ip(*args: str) -> None:
    done = NetLab.ip(*args)
    if done.returncode != 0:
        raise RuntimeError(f"ip {' '.join(args)} failed: {done.stderr.strip()}")


@contextlib.contextmanager
def town_network(captures: Path) -> Iterator[TownNetwork]:
    """The whole network, captures running; torn down (captures stopped, namespaces deleted) however it ends."""
    with netlab() as lab:
        network = TownNetwork(lab, captures)
        try:
            yield network
        finally:
            network.stop_captures()
