"""Which network this computer is on, so that "sync on this network" can be remembered per network.

A network is known by a key: a hash of its gateway's hardware address (the router's, which stays the same
from visit to visit), or, without a gateway, of the interface and its subnet. The key is what the profile
stores; the names and addresses are shown, never stored. Linux only (/proc); elsewhere no network is found
and the window offers manual addresses instead.
"""

from __future__ import annotations

import hashlib
import ipaddress
import socket
import struct
from dataclasses import dataclass
from pathlib import Path

from sync.lan.discovery import DiscoveryError, interface_addresses

__all__ = ["Network", "current_networks"]

PROC = Path("/proc/net")


@dataclass(frozen=True)
class Network:
    device: str  # e.g. "wlan0"
    address: str  # this computer's IPv4 address on it
    key: str  # stable and anonymous: what "trusted" is remembered by

    def __str__(self) -> str:
        return f"{self.device}, {self.address}"


def _hex_ip(text: str) -> str:
    return socket.inet_ntoa(struct.pack("<I", int(text, 16)))


def _routes() -> tuple[dict[str, str], dict[str, list[str]]]:
    """(device → its default gateway, device → its directly reached subnets as "net/prefix")."""
    gateways: dict[str, str] = {}
    subnets: dict[str, list[str]] = {}
    try:
        lines = (PROC / "route").read_text().splitlines()[1:]
    except OSError:
        return gateways, subnets
    for line in lines:
        parts = line.split()
        if len(parts) < 8:
            continue
        device, destination, gateway, mask = parts[0], parts[1], parts[2], parts[7]
        if destination == "00000000" and gateway != "00000000":
            gateways.setdefault(device, _hex_ip(gateway))
        elif gateway == "00000000":
            net = ipaddress.IPv4Network(f"{_hex_ip(destination)}/{_hex_ip(mask)}", strict=False)
            subnets.setdefault(device, []).append(str(net))
    return gateways, subnets


def _hardware_addresses() -> dict[str, str]:
    """IPv4 address → hardware address, from the neighbour table."""
    out: dict[str, str] = {}
    try:
        lines = (PROC / "arp").read_text().splitlines()[1:]
    except OSError:
        return out
    for line in lines:
        parts = line.split()
        if len(parts) >= 4 and parts[3] != "00:00:00:00:00:00":
            out[parts[0]] = parts[3].lower()
    return out


def _key(*parts: str) -> str:
    return hashlib.sha256("\0".join(("commons-network", *parts)).encode()).hexdigest()[:24]


def current_networks() -> list[Network]:
    """The networks this computer is on now (loopback left out), each with its key."""
    try:
        found = interface_addresses()
    except (DiscoveryError, OSError):
        return []
    gateways, subnets = _routes()
    hardware = _hardware_addresses()
    out = []
    for device, address in found:
        if device == "lo" or address.startswith("127."):
            continue
        gateway = gateways.get(device)
        mac = hardware.get(gateway, "") if gateway else ""
        key = _key("gateway", mac) if mac else _key("subnet", device, *sorted(subnets.get(device, [address])))
        out.append(Network(device, address, key))
    return out
