"""LAN discovery over mDNS/DNS-SD: announce blinded space tags and find peers, only on interfaces the person chose.

Anyone on the network reads an announcement, so it names nobody and links to nothing: the instance name is
random, and the TXT record (`sync.lan.records`) holds ``v=2``, a random nonce and always sixteen 16-byte tags,
each the key of a space (or invite) blinded with that nonce, or random filler. A new name and nonce are used at
every start and every `Announcer.rotate`, so a listener without a space's key can link neither two
announcements nor learn how many spaces a device holds. Discovery is off unless a caller starts it with
explicit interface addresses.

A browser keeps at most `MAX_PEERS` instances, and at most `MAX_PEERS_PER_ADDRESS` that announce the same
address: fakes from one address cannot crowd out real peers (when the table is full, an instance of the
address holding most makes room).

python-zeroconf answers unicast queries through a socket bound to 0.0.0.0:5353, so on its own it would answer a
query sent to this device's café address while announcing only on the home interface (reproduced with
zeroconf 0.154.0). Every socket of ours is therefore bound to the chosen device (``SO_BINDTODEVICE``, Linux
only); elsewhere discovery refuses to start and peers are entered by address (:func:`parse_peer_address`).
"""

from __future__ import annotations

import asyncio
import collections
import ctypes
import ipaddress
import logging
import socket
import struct
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial

from zeroconf import IPVersion, NonUniqueNameException, ServiceInfo, ServiceStateChange, Zeroconf
from zeroconf.asyncio import AsyncServiceBrowser, AsyncServiceInfo, AsyncZeroconf

from sync.lan._zeroconf_compat import engine_sockets
from sync.lan.records import (
    INSTANCE_LABEL,
    KEY_BYTES,
    MAX_TAGS,
    PROTOCOL_VERSION,
    Announcement,
    BadInterface,
    BadPeerAddress,
    BadTags,
    DiscoveryError,
    MalformedAnnouncement,
    NoInterfacesChosen,
    PeerAddress,
    announce_key,
    decode_txt,
    encode_txt,
    new_instance_name,
    parse_peer_address,
)

__all__ = [
    "KEY_BYTES",
    "MAX_PEERS",
    "MAX_PEERS_PER_ADDRESS",
    "MAX_TAGS",
    "PROTOCOL_VERSION",
    "SERVICE_TYPE",
    "Announcement",
    "Announcer",
    "BadInterface",
    "BadPeerAddress",
    "BadTags",
    "Browser",
    "DiscoveredPeer",
    "DiscoveryError",
    "MalformedAnnouncement",
    "NoInterfacesChosen",
    "PeerAddress",
    "PeerEvent",
    "PeerFound",
    "PeerRemoved",
    "PeerUpdated",
    "announce_key",
    "decode_txt",
    "encode_txt",
    "interface_addresses",
    "new_instance_name",
    "parse_peer_address",
]
SERVICE_TYPE = "_commons._tcp.local."
MAX_PEERS = 64  # instances tracked (and resolving) at once
MAX_PEERS_PER_ADDRESS = 4  # instances tracked at once that announce one address
_MAX_ADDRESSES = 8
_TTL = 120  # seconds, for every record: a peer that vanishes without a goodbye is forgotten within minutes
_REGISTER_TIMEOUT = 10.0
_STOP_TIMEOUT = 5.0
_RESOLVE_TIMEOUT_MS = 3000
_NAME_ATTEMPTS = 3
_IP_MULTICAST_ALL = 49  # Linux; not exported by Python 3.11's socket module
_SIOCGIFCONF = 0x8912

log = logging.getLogger(__name__)


# --- interfaces ---------------------------------------------------------------------------------------------


def _check_interfaces(interfaces: Sequence[str]) -> tuple[str, ...]:
    if isinstance(interfaces, str | bytes):
        raise BadInterface("give a list of interface addresses, not a single string")
    if not interfaces:
        raise NoInterfacesChosen("LAN discovery stays off until you choose the network interfaces to use")
    checked: dict[str, None] = {}
    for text in interfaces:
        try:
            ip = ipaddress.IPv4Address(text)
        except ValueError:
            raise BadInterface(f"{text!r} is not an IPv4 address of a network interface") from None
        if ip.is_unspecified or ip.is_multicast or ip == ipaddress.IPv4Address("255.255.255.255"):
            raise BadInterface(f"{text} is not the address of one interface")
        checked[str(ip)] = None
    return tuple(checked)


def interface_addresses() -> list[tuple[str, str]]:
    """(device name, IPv4 address) of every interface that is up and has an address (Linux ``SIOCGIFCONF``)."""
    if sys.platform != "linux":
        raise DiscoveryError("LAN discovery can be kept to one network only on Linux: enter peer addresses")
    import fcntl

    ifreq = 40 if struct.calcsize("P") == 8 else 32
    buffer = ctypes.create_string_buffer(ifreq * 1024)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        request = struct.pack("iP", len(buffer), ctypes.addressof(buffer))
        used = struct.unpack("iP", fcntl.ioctl(s.fileno(), _SIOCGIFCONF, request))[0]
    found = []
    for off in range(0, used, ifreq):
        entry = buffer.raw[off : off + ifreq]
        device = entry[:16].split(b"\0", 1)[0].decode().split(":", 1)[0]  # "eth0:1" labels eth0's alias
        found.append((device, socket.inet_ntoa(entry[20:24])))
    return found


def _device_of(ip: str) -> str:
    """The name of the device that has address *ip*."""
    for device, address in interface_addresses():
        if address == ip:
            return device
    raise BadInterface(f"no network interface of this device has the address {ip}")


async def _open_zeroconf(ip: str) -> AsyncZeroconf:
    """Zeroconf on *ip* alone, with every socket bound to its device so nothing is heard or said elsewhere."""
    device = _device_of(ip)
    try:
        azc = AsyncZeroconf(interfaces=[ip], ip_version=IPVersion.V4Only)
    except OSError as e:
        raise BadInterface(f"cannot open mDNS on {ip}: {e}") from e
    try:
        _bind_to_device(azc, ip, device)
    except BaseException as e:
        await _close(azc)
        if isinstance(e, OSError):
            raise BadInterface(f"cannot keep mDNS to {device}: {e}") from e
        raise
    return azc


def _bind_to_device(azc: AsyncZeroconf, ip: str, device: str) -> None:
    sockets = engine_sockets(azc)
    if sockets is None:
        raise BadInterface(f"cannot open mDNS on {ip} (or zeroconf changed): discovery stays off")
    listen, respond = sockets
    for sock in (listen, *respond):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, device.encode())
    listen.setsockopt(socket.IPPROTO_IP, _IP_MULTICAST_ALL, 0)


async def _close(azc: AsyncZeroconf) -> None:
    try:
        async with asyncio.timeout(_STOP_TIMEOUT):
            await azc.async_close()
    except (TimeoutError, OSError) as e:
        log.warning("closing mDNS failed: %s", e)


# --- announcing ---------------------------------------------------------------------------------------------


@dataclass
class _Registration:
    ip: str
    azc: AsyncZeroconf
    info: ServiceInfo | None = None  # set once registered


class Announcer:
    """Announces this device's TLS port and space keys (blinded: `sync.lan.records`) on the chosen interfaces,
    under a new random name and nonce per start and per `rotate`."""

    def __init__(self, interfaces: Sequence[str], port: int, keys: Sequence[bytes]) -> None:
        self._interfaces = _check_interfaces(interfaces)
        if not isinstance(port, int) or not 1 <= port <= 65535:
            raise DiscoveryError(f"port {port!r} is not a TCP port")
        self._port = port
        self._keys = tuple(keys)
        self._text = encode_txt(self._keys)
        self._instance: str | None = None
        self._used: set[str] = set()
        self._registrations: list[_Registration] = []

    @property
    def instance(self) -> str | None:
        """The random instance label while announcing, else None."""
        return self._instance

    def is_own(self, instance: str) -> bool:
        """Whether *instance* is a label this announcer has used (browsers ignore their own device)."""
        return instance.lower() in self._used

    async def start(self) -> None:
        if self._registrations:
            raise DiscoveryError("the announcer is already running")
        self._text = encode_txt(self._keys)  # a fresh nonce
        self._registrations, self._instance = await self._register()

    async def _register(self) -> tuple[list[_Registration], str]:
        """Registrations on every interface under a new random name (a few tries if someone claims it)."""
        for attempt in range(1, _NAME_ATTEMPTS + 1):
            instance = new_instance_name()
            self._used.add(instance)
            registrations: list[_Registration] = []
            try:
                for ip in self._interfaces:
                    registration = _Registration(ip, await _open_zeroconf(ip))
                    registrations.append(registration)
                    info = self._service_info(instance, ip)
                    async with asyncio.timeout(_REGISTER_TIMEOUT):
                        announced = await registration.azc.async_register_service(info)
                        registration.info = info
                        await announced
            except NonUniqueNameException:
                await _unregister(registrations)  # someone answers for our random name: try another
                if attempt == _NAME_ATTEMPTS:
                    raise DiscoveryError("another device keeps claiming our random names") from None
                continue
            except BaseException:
                await _unregister(registrations)
                raise
            return registrations, instance
        raise AssertionError("unreachable")

    async def update(self, keys: Sequence[bytes]) -> None:
        """Announce *keys* from now on (they change with epochs and invites), with a fresh nonce; also applies
        to the next start."""
        self._keys = tuple(keys)
        self._text = encode_txt(self._keys)
        if self._instance is None:
            return
        for registration in self._registrations:
            info = self._service_info(self._instance, registration.ip)
            async with asyncio.timeout(_REGISTER_TIMEOUT):
                announced = await registration.azc.async_update_service(info)
                registration.info = info
                await announced

    async def rotate(self, keys: Sequence[bytes] | None = None) -> None:
        """Announce (*keys*, if given) under a new random name and a new nonce, so nothing links this
        announcement to the last: the new one is registered before the old one says goodbye."""
        if keys is not None:
            self._keys = tuple(keys)
        self._text = encode_txt(self._keys)
        if self._instance is None:
            return
        registrations, instance = await self._register()
        old, self._registrations, self._instance = self._registrations, registrations, instance
        await _unregister(old)

    async def stop(self) -> None:
        """Say goodbye (so browsers drop us at once) and close every socket. Safe to call twice."""
        registrations, self._registrations, self._instance = self._registrations, [], None
        await _unregister(registrations)

    def _service_info(self, instance: str, ip: str) -> ServiceInfo:
        return ServiceInfo(
            SERVICE_TYPE,
            f"{instance}.{SERVICE_TYPE}",
            port=self._port,
            properties=self._text,
            server=f"{instance}.local.",
            addresses=[socket.inet_aton(ip)],  # this interface's address only, not the device's others
            host_ttl=_TTL,
            other_ttl=_TTL,
        )


async def _unregister(registrations: list[_Registration]) -> None:
    """Goodbyes for *registrations*, and their sockets closed."""
    for registration in registrations:
        try:
            if registration.info is not None:
                async with asyncio.timeout(_STOP_TIMEOUT):
                    goodbye = await registration.azc.async_unregister_service(registration.info)
                    await goodbye
        except (TimeoutError, OSError) as e:
            log.warning("mDNS goodbye on %s failed: %s", registration.ip, e)
        finally:
            await _close(registration.azc)


# --- browsing -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DiscoveredPeer:
    """A peer's announcement: its random instance label, IPv4 addresses, TLS port, protocol version, and the
    nonce and blinded tags that say (to whoever holds a key) which spaces it syncs."""

    instance: str
    addresses: tuple[str, ...]
    port: int
    version: int
    nonce: bytes
    tags: tuple[bytes, ...]

    def announces(self, key: bytes) -> bool:
        """Whether this peer announces the space or invite of *key* (`announce_key`)."""
        return Announcement(self.version, self.nonce, self.tags).announces(key)


@dataclass(frozen=True)
class PeerFound:
    peer: DiscoveredPeer


@dataclass(frozen=True)
class PeerUpdated:
    """The peer announces something new (tags rotated, another address); `peer` is the whole new view."""

    peer: DiscoveredPeer


@dataclass(frozen=True)
class PeerRemoved:
    """The peer said goodbye, its records expired, or it now announces garbage; `peer` is the last good view."""

    peer: DiscoveredPeer


PeerEvent = PeerFound | PeerUpdated | PeerRemoved


class Browser:
    """Finds peers on the chosen interfaces and reports them to *on_event* (called on the event loop).

    Records that are not a version-2 announcement are ignored, as is *own* (this device's announcer). At
    most `MAX_PEERS` instances are kept, `MAX_PEERS_PER_ADDRESS` of them for one address.
    """

    def __init__(
        self,
        interfaces: Sequence[str],
        on_event: Callable[[PeerEvent], None],
        *,
        own: Announcer | None = None,
    ) -> None:
        self._interfaces = _check_interfaces(interfaces)
        self._on_event = on_event
        self._own = own
        self._running: list[tuple[AsyncZeroconf, AsyncServiceBrowser | None]] = []
        self._views: dict[
            str, dict[str, DiscoveredPeer]
        ] = {}  # instance -> interface ip -> what was heard there
        self._reported: dict[str, DiscoveredPeer] = {}
        self._resolving: dict[tuple[str, str], asyncio.Task[None]] = {}
        self._rejected = 0

    @property
    def peers(self) -> dict[str, DiscoveredPeer]:
        """The peers currently known, by instance label."""
        return dict(self._reported)

    @property
    def rejected(self) -> int:
        """How many times a record was ignored as not a version-2 announcement (foreign, broken or hostile)."""
        return self._rejected

    async def start(self) -> None:
        if self._running:
            raise DiscoveryError("the browser is already running")
        try:
            for ip in self._interfaces:
                azc = await _open_zeroconf(ip)
                self._running.append((azc, None))
                handlers: list[Callable[..., None]] = [partial(self._changed, ip)]
                self._running[-1] = (azc, AsyncServiceBrowser(azc.zeroconf, SERVICE_TYPE, handlers=handlers))
        except BaseException:
            await self.stop()
            raise

    async def stop(self) -> None:
        """Stop browsing and close every socket; no events are reported afterwards. Safe to call twice."""
        running, self._running = self._running, []
        tasks = list(self._resolving.values())
        self._resolving.clear()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for azc, browser in running:
            if browser is not None:
                await browser.async_cancel()
            await _close(azc)
        self._views.clear()
        self._reported.clear()

    def _changed(
        self, ip: str, zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange
    ) -> None:
        instance = _instance_of(name)
        if instance is None:
            self._rejected += 1
            return
        if self._own is not None and self._own.is_own(instance):
            return
        key = (ip, instance)
        if (old := self._resolving.pop(key, None)) is not None:
            old.cancel()
        if state_change is ServiceStateChange.Removed:
            self._forget(ip, instance)
            return
        if instance not in self._views and len(self._resolving) >= MAX_PEERS:
            log.debug("ignoring %s: already resolving %d instances", instance, MAX_PEERS)
            return
        self._resolving[key] = asyncio.get_running_loop().create_task(
            self._resolve(ip, zeroconf, name, instance)
        )

    async def _resolve(self, ip: str, zeroconf: Zeroconf, name: str, instance: str) -> None:
        try:
            info = AsyncServiceInfo(SERVICE_TYPE, name)
            if not await info.async_request(zeroconf, _RESOLVE_TIMEOUT_MS):
                return
            try:
                peer = _peer_from(instance, info)
            except MalformedAnnouncement as e:
                self._rejected += 1
                log.debug("ignoring %s: %s", instance, e)
                self._forget(ip, instance)
                return
            if instance not in self._views and not self._make_room(peer.addresses[0]):
                log.debug(
                    "ignoring %s: its address already has %d instances", instance, MAX_PEERS_PER_ADDRESS
                )
                return
            self._views.setdefault(instance, {}).pop(ip, None)
            self._views[instance][ip] = peer  # the latest view last: it decides port, version and tags
            self._report(instance)
        finally:
            if self._resolving.get((ip, instance)) is asyncio.current_task():
                del self._resolving[(ip, instance)]

    def _make_room(self, address: str) -> bool:
        """Whether a new instance announcing *address* may be kept: not if that address already has its share;
        when the table is full, an instance of the address holding most (if more than one) makes room."""
        holders = collections.Counter(self._address_of(i) for i in self._views)
        if holders[address] >= MAX_PEERS_PER_ADDRESS:
            return False
        if len(self._views) < MAX_PEERS:
            return True
        greediest, most = holders.most_common(1)[0]
        if most <= 1:
            return False
        evicted = next(i for i in self._views if self._address_of(i) == greediest)
        for ip in list(self._views[evicted]):
            self._forget(ip, evicted)
        return True

    def _address_of(self, instance: str) -> str:
        """The address an instance counts against: the first it announced."""
        return next(iter(self._views[instance].values())).addresses[0]

    def _forget(self, ip: str, instance: str) -> None:
        views = self._views.get(instance, {})
        views.pop(ip, None)
        if not views:
            self._views.pop(instance, None)
        self._report(instance)

    def _report(self, instance: str) -> None:
        views = list(self._views.get(instance, {}).values())
        before = self._reported.get(instance)
        event: PeerEvent
        if not views:
            if before is None:
                return
            del self._reported[instance]
            event = PeerRemoved(before)
        else:
            addresses = tuple(dict.fromkeys(a for view in views for a in view.addresses))
            now = replace(views[-1], addresses=addresses[:_MAX_ADDRESSES])
            if now == before:
                return
            self._reported[instance] = now
            event = PeerFound(now) if before is None else PeerUpdated(now)
        try:
            self._on_event(event)
        except Exception:
            log.exception("a discovery event handler failed")


def _instance_of(name: str) -> str | None:
    """The instance label of a service name of our type, if it is a plain DNS label."""
    suffix = "." + SERVICE_TYPE
    if not name.lower().endswith(suffix):
        return None
    label = name[: -len(suffix)].lower()
    return label if INSTANCE_LABEL.fullmatch(label) else None


def _peer_from(instance: str, info: AsyncServiceInfo) -> DiscoveredPeer:
    announcement = decode_txt(info.text or b"")
    port = info.port
    if port is None or not 1 <= port <= 65535:
        raise MalformedAnnouncement(f"SRV port {port!r}")
    addresses: list[str] = []
    for text in info.parsed_addresses(IPVersion.V4Only):
        ip = ipaddress.IPv4Address(text)
        if not (ip.is_unspecified or ip.is_loopback or ip.is_multicast or ip.is_reserved):
            addresses.append(str(ip))
    if not addresses:
        raise MalformedAnnouncement("no usable IPv4 address")
    return DiscoveredPeer(
        instance,
        tuple(addresses[:_MAX_ADDRESSES]),
        port,
        announcement.version,
        announcement.nonce,
        announcement.tags,
    )
