"""What a discovery announcement holds (the TXT record) and how a typed peer address is read; the errors of
discovery. Kept apart from `sync.lan.discovery` (the zeroconf part) so they can be read and tested alone."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import ipaddress
import itertools
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from sync.errors import SyncError

__all__ = [
    "INSTANCE_LABEL",
    "KEY_BYTES",
    "MAX_TAGS",
    "MAX_TXT_BYTES",
    "NONCE_BYTES",
    "PROTOCOL_VERSION",
    "TAG_BYTES",
    "Announcement",
    "BadInterface",
    "BadPeerAddress",
    "BadTags",
    "DiscoveryError",
    "MalformedAnnouncement",
    "NoInterfacesChosen",
    "PeerAddress",
    "announce_key",
    "announced_tags",
    "blind",
    "decode_txt",
    "encode_txt",
    "new_instance_name",
    "new_nonce",
    "parse_peer_address",
]

PROTOCOL_VERSION = 2
TAG_BYTES = 16
NONCE_BYTES = 16
KEY_BYTES = 32
MAX_TAGS = 16  # every announcement holds exactly this many tags: the real ones, and random ones to fill
MAX_TXT_BYTES = 1300  # RFC 6763 §6.2; anything larger is hostile or not ours
_ANNOUNCE_LABEL = b"commons/lan-announce/v2"
_KEY_LABEL = b"commons/lan-announce-key/v2"
_TAG_CHARS = 26  # base32 of 16 bytes, unpadded
_TAGS_PER_KEY = 8  # "tN=" + 8 × 26 characters stays under a TXT string's 255 bytes
_TAG_KEYS = (b"t0", b"t1")
_TAG_TEXT = re.compile(rb"[a-z2-7]{26}")
INSTANCE_LABEL = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")
_HOST_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_PORT = re.compile(r"[0-9]{1,5}")


class DiscoveryError(SyncError):
    """LAN discovery could not start, or was given something it cannot announce."""


class NoInterfacesChosen(DiscoveryError):  # noqa: N818 - reads as what happened
    """Discovery was asked to start without any interface: it stays off rather than use them all."""


class BadInterface(DiscoveryError):  # noqa: N818 - named for what was rejected
    """An interface address is not an IPv4 address of this device, or mDNS cannot be bound to it."""


class BadTags(DiscoveryError, ValueError):  # noqa: N818
    """Keys to announce are not distinct 32-byte values, or there are more than `MAX_TAGS`."""


class MalformedAnnouncement(DiscoveryError):  # noqa: N818
    """A peer's records are not a version-2 Commons announcement (TXT, port or addresses); it is ignored."""


class BadPeerAddress(DiscoveryError, ValueError):  # noqa: N818
    """A typed peer address is not ``host:port``; the message says what to fix."""


# --- what is announced: blinded tags ------------------------------------------------------------------------


def announce_key(secret: bytes) -> bytes:
    """The 32-byte key a space is announced under: from its epoch key (members hold it) or an invite's
    secret (the invitee holds it). Only the holders can recognise the announcement."""
    return hmac.new(secret, _KEY_LABEL, hashlib.sha256).digest()


def blind(key: bytes, nonce: bytes) -> bytes:
    """The tag announcing *key* in the announcement with *nonce*: unlinkable to any other announcement's tag
    without the key."""
    return hmac.new(key, _ANNOUNCE_LABEL + nonce, hashlib.sha256).digest()[:TAG_BYTES]


def announced_tags(keys: Sequence[bytes], nonce: bytes) -> tuple[bytes, ...]:
    """The `MAX_TAGS` tags announcing *keys*: each blinded with *nonce*, random ones to fill, all sorted, so
    the record says neither how many keys there are nor which tag is which."""
    if isinstance(keys, bytes | str) or len(keys) > MAX_TAGS:
        raise BadTags(f"announce a list of at most {MAX_TAGS} keys")
    if any(not isinstance(k, bytes) or len(k) != KEY_BYTES for k in keys) or len(set(keys)) != len(keys):
        raise BadTags(f"keys must be distinct {KEY_BYTES}-byte values")
    tags = {blind(key, nonce) for key in keys}
    while len(tags) < MAX_TAGS:
        tags.add(secrets.token_bytes(TAG_BYTES))
    return tuple(sorted(tags))


def new_nonce() -> bytes:
    return secrets.token_bytes(NONCE_BYTES)


# --- TXT record ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Announcement:
    """What a TXT record says: the protocol version, the nonce and the `MAX_TAGS` tags (distinct, sorted)."""

    version: int
    nonce: bytes
    tags: tuple[bytes, ...]

    def announces(self, key: bytes) -> bool:
        """Whether this announcement names *key* (see `announce_key`)."""
        return blind(key, self.nonce) in self.tags


def encode_txt(keys: Sequence[bytes], nonce: bytes | None = None) -> bytes:
    """The raw TXT rdata announcing *keys*: ``v=2``, ``n=`` the nonce (fresh unless given), and the tags,
    eight per key ``t0`` and ``t1``. Always the same length."""
    nonce = new_nonce() if nonce is None else nonce
    if len(nonce) != NONCE_BYTES:
        raise BadTags(f"a nonce is {NONCE_BYTES} bytes")
    tags = announced_tags(keys, nonce)
    strings = [f"v={PROTOCOL_VERSION}".encode(), b"n=" + _text(nonce)]
    for n, key in enumerate(_TAG_KEYS):
        chunk = tags[n * _TAGS_PER_KEY : (n + 1) * _TAGS_PER_KEY]
        strings.append(key + b"=" + b"".join(_text(t) for t in chunk))
    return b"".join(bytes([len(s)]) + s for s in strings)


def decode_txt(text: bytes) -> Announcement:
    """The announcement in a peer's raw TXT rdata; raises `MalformedAnnouncement` for anything else, however hostile."""
    if len(text) > MAX_TXT_BYTES:
        raise MalformedAnnouncement(f"TXT record of {len(text)} bytes (at most {MAX_TXT_BYTES})")
    entries = _txt_entries(text)
    if entries.get(b"v") != str(PROTOCOL_VERSION).encode():
        raise MalformedAnnouncement(f"not protocol version {PROTOCOL_VERSION}: v={entries.get(b'v')!r}")
    nonce = _bytes(entries.get(b"n") or b"")
    tags: list[bytes] = []
    for key in _TAG_KEYS:
        value = entries.get(key) or b""
        if len(value) != _TAGS_PER_KEY * _TAG_CHARS:
            raise MalformedAnnouncement(f"{key.decode()} does not hold {_TAGS_PER_KEY} tags")
        tags.extend(_bytes(value[i : i + _TAG_CHARS]) for i in range(0, len(value), _TAG_CHARS))
    if any(a >= b for a, b in itertools.pairwise(tags)):
        raise MalformedAnnouncement("the tags are not in ascending order, each once")
    return Announcement(PROTOCOL_VERSION, nonce, tuple(tags))


def _txt_entries(text: bytes) -> dict[bytes, bytes | None]:
    entries: dict[bytes, bytes | None] = {}
    pos = 0
    while pos < len(text):
        end = pos + 1 + text[pos]
        if end > len(text):
            raise MalformedAnnouncement("truncated TXT string")
        key, sep, value = text[pos + 1 : end].partition(b"=")
        pos = end
        if not key and not sep:
            continue  # an empty string: the empty TXT record
        key = key.lower()  # keys are case-insensitive (RFC 6763 §6.4)
        if key in entries:
            raise MalformedAnnouncement(f"duplicate TXT key {key!r}")
        entries[key] = value if sep else None
    return entries


def _text(value: bytes) -> bytes:
    return base64.b32encode(value).rstrip(b"=").lower()


def _bytes(text: bytes) -> bytes:
    """16 bytes from their 26 base32 characters."""
    if not _TAG_TEXT.fullmatch(text):
        raise MalformedAnnouncement("a tag or nonce is not 26 lowercase base32 characters")
    value = base64.b32decode(text.upper() + b"======")
    if _text(value) != text:  # the 2 spare bits must be zero: one spelling per value
        raise MalformedAnnouncement("a tag or nonce is not canonically encoded")
    return value


def new_instance_name() -> str:
    """A fresh random instance label: 16 lowercase base32 characters (80 bits), linkable to nothing."""
    return base64.b32encode(secrets.token_bytes(10)).decode().lower()


# --- manual peer addresses (the fallback when discovery is off) ---------------------------------------------


@dataclass(frozen=True)
class PeerAddress:
    """Where to connect: an IPv4 or IPv6 address (without brackets) or a host name, and a TCP port."""

    host: str
    port: int

    def __str__(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"


def parse_peer_address(text: str) -> PeerAddress:
    """Parse ``192.168.1.20:7340``, ``[fe80::1]:7340`` or ``laptop.local:7340``; `BadPeerAddress` says what's wrong."""
    s = text.strip()
    if not s:
        raise BadPeerAddress("enter the other device's address and port, like 192.168.1.20:7340")
    if "://" in s or "/" in s:
        raise BadPeerAddress(f"{s!r}: enter only host:port, without a scheme or path")
    if s.startswith("["):
        inside, bracket, rest = s[1:].partition("]")
        if not bracket:
            raise BadPeerAddress(f"{s!r}: the IPv6 address has no closing ']'")
        try:
            host = str(ipaddress.IPv6Address(inside))
        except ValueError:
            raise BadPeerAddress(f"{inside!r} is not an IPv6 address") from None
        if not rest.startswith(":"):
            raise BadPeerAddress(f"{s!r}: add the port after the ']', like [{host}]:7340")
        return PeerAddress(host, _parse_port(rest[1:]))
    if s.count(":") > 1:
        with contextlib.suppress(ValueError):
            ipaddress.IPv6Address(s)
            raise BadPeerAddress(f"{s!r}: add the port, with the IPv6 address in brackets: [{s}]:7340")
        raise BadPeerAddress(f"{s!r}: put an IPv6 address in brackets, like [fe80::1]:7340")
    host, colon, port = s.rpartition(":")
    if not colon:
        raise BadPeerAddress(f"{s!r}: add the port after a colon, like {s}:7340")
    if not host:
        raise BadPeerAddress(f"{s!r}: enter the host before the colon")
    if re.fullmatch(r"[0-9.]+", host):
        try:
            host = str(ipaddress.IPv4Address(host))
        except ValueError:
            raise BadPeerAddress(f"{host!r} is not a valid IPv4 address") from None
    elif not _is_hostname(host):
        raise BadPeerAddress(f"{host!r} is neither an IP address nor a host name")
    return PeerAddress(host, _parse_port(port))


def _parse_port(text: str) -> int:
    if not _PORT.fullmatch(text) or not 1 <= int(text) <= 65535:
        raise BadPeerAddress(f"port {text!r}: it must be a number from 1 to 65535")
    return int(text)


def _is_hostname(host: str) -> bool:
    labels = host.removesuffix(".").split(".")
    return (
        len(host) <= 253
        and all(_HOST_LABEL.fullmatch(label) for label in labels)
        and not labels[-1].isdigit()
    )
