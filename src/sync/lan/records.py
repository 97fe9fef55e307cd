"""What a discovery announcement holds (the TXT record) and how a typed peer address is read; the errors of
discovery. Kept apart from `sync.lan.discovery` (the zeroconf part) so they can be read and tested alone."""

from __future__ import annotations

import base64
import contextlib
import ipaddress
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from sync.errors import SyncError

__all__ = [
    "INSTANCE_LABEL",
    "MAX_TAGS",
    "MAX_TXT_BYTES",
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
    "decode_txt",
    "encode_txt",
    "new_instance_name",
    "parse_peer_address",
]

PROTOCOL_VERSION = 1
TAG_BYTES = 32
MAX_TAGS = 16  # 16 tags make a ~860-byte TXT: the whole answer still fits one 1500-byte frame
MAX_TXT_BYTES = 1300  # RFC 6763 §6.2; anything larger is hostile or not ours
_TAG_CHARS = 52  # base32 of 32 bytes, unpadded
_TAGS_PER_KEY = 4  # "tN=" + 4 × 52 characters stays under a TXT string's 255 bytes
_TAG_KEY = re.compile(rb"t[0-9]+")
_TAG_TEXT = re.compile(rb"[a-z2-7]{52}")
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
    """Tags to announce are not distinct 32-byte values, or there are more than `MAX_TAGS`."""


class MalformedAnnouncement(DiscoveryError):  # noqa: N818
    """A peer's records are not a version-1 Commons announcement (TXT, port or addresses); it is ignored."""


class BadPeerAddress(DiscoveryError, ValueError):  # noqa: N818
    """A typed peer address is not ``host:port``; the message says what to fix."""


# --- TXT record ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Announcement:
    """What a TXT record says: the protocol version and the announced space tags (distinct, in order)."""

    version: int
    tags: tuple[bytes, ...]


def encode_txt(tags: Sequence[bytes]) -> bytes:
    """The raw TXT rdata announcing *tags*: ``v=1`` and the tags, four per ``tN`` key."""
    if isinstance(tags, bytes | str) or len(tags) > MAX_TAGS:
        raise BadTags(f"announce a list of at most {MAX_TAGS} space tags")
    if any(not isinstance(t, bytes) or len(t) != TAG_BYTES for t in tags) or len(set(tags)) != len(tags):
        raise BadTags(f"space tags must be distinct {TAG_BYTES}-byte values")
    strings = [f"v={PROTOCOL_VERSION}".encode()]
    for n, start in enumerate(range(0, len(tags), _TAGS_PER_KEY)):
        chunk = tags[start : start + _TAGS_PER_KEY]
        strings.append(f"t{n}=".encode() + b"".join(_tag_text(t) for t in chunk))
    return b"".join(bytes([len(s)]) + s for s in strings)


def decode_txt(text: bytes) -> Announcement:
    """The announcement in a peer's raw TXT rdata; raises `MalformedAnnouncement` for anything else, however hostile."""
    if len(text) > MAX_TXT_BYTES:
        raise MalformedAnnouncement(f"TXT record of {len(text)} bytes (at most {MAX_TXT_BYTES})")
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
    if entries.get(b"v") != str(PROTOCOL_VERSION).encode():
        raise MalformedAnnouncement(f"not protocol version {PROTOCOL_VERSION}: v={entries.get(b'v')!r}")
    tag_keys = {k for k in entries if _TAG_KEY.fullmatch(k)}
    expected = {f"t{n}".encode() for n in range(len(tag_keys))}
    if tag_keys != expected or len(tag_keys) > -(-MAX_TAGS // _TAGS_PER_KEY):
        raise MalformedAnnouncement(f"unexpected tag keys {sorted(tag_keys)}")
    tags: list[bytes] = []
    for n in range(len(tag_keys)):
        value = entries[f"t{n}".encode()] or b""
        if not value or len(value) % _TAG_CHARS or len(value) > _TAGS_PER_KEY * _TAG_CHARS:
            raise MalformedAnnouncement(f"t{n} does not hold 1 to {_TAGS_PER_KEY} tags")
        tags.extend(_tag_bytes(value[i : i + _TAG_CHARS]) for i in range(0, len(value), _TAG_CHARS))
    return Announcement(PROTOCOL_VERSION, tuple(dict.fromkeys(tags)))


def _tag_text(tag: bytes) -> bytes:
    return base64.b32encode(tag).rstrip(b"=").lower()


def _tag_bytes(text: bytes) -> bytes:
    if not _TAG_TEXT.fullmatch(text):
        raise MalformedAnnouncement("a tag is not 52 lowercase base32 characters")
    tag = base64.b32decode(text.upper() + b"====")
    if _tag_text(tag) != text:  # the 4 spare bits must be zero: one spelling per tag
        raise MalformedAnnouncement("a tag is not canonically encoded")
    return tag


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
