"""One-time invites: a short code to type and a QR payload with everything a joiner needs.

An invite carries a one-time secret. The joiner proves it knows the secret with an HMAC over both device ids
and a fresh challenge from the inviter, so the secret itself never crosses the network and a proof cannot be
replayed. The inviter accepts each invite once, before it expires (`sync.spaces.Space.admit`, with the invites kept in
the encrypted store).

Two forms (byte layouts in docs/protocol.md):
- the **QR payload** "COMMONS-INVITE:" + base32(full invite + 4-byte checksum): space id, inviter device id,
  secret, expiry, address hints and relay address;
- the **short code**, 32 characters in groups of four (e.g. "AB3D-…"): version, secret, the first 4 bytes of
  the inviter's device id (to pick the inviter out on the local network) and the expiry, with a 2-byte
  checksum that catches typing mistakes. The space id and addresses come from the inviter after the proof.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import os
import struct
from dataclasses import dataclass, field

import segno

from sync.errors import SyncError

VERSION = 1
SECRET_BYTES = 10  # 80 bits: one use, an expiry and an online check make guessing hopeless
SPACE_ID_BYTES = 16
DEVICE_ID_BYTES = 32
INVITER_PREFIX_BYTES = 4
MAX_HINTS = 4
MAX_ADDRESS = 200
QR_PREFIX = "COMMONS-INVITE:"
_EPOCH = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
_LATEST = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)  # the QR payload keeps the expiry as u32 seconds
_PROOF_LABEL = b"commons/invite-proof/v1"
_CONFIRM_LABEL = b"commons/invite-confirmation/v1"
_TAG_LABEL = b"commons/invite-tag/v1"
_CONFUSABLE = str.maketrans("018", "OIB")  # digits base32 never uses, read as the letters they resemble


class InviteError(SyncError, ValueError):
    """An invite cannot be used; the message says why."""


class InviteMistyped(InviteError):  # noqa: N818 - reads as what happened
    """The code's checksum does not match: a character was mistyped or the code was changed."""


class InviteExpired(InviteError):  # noqa: N818
    """The invite's time is up; ask for a new one."""


class InviteUsed(InviteError):  # noqa: N818
    """The invite was already used; every invite works once."""


class InviteRejected(InviteError):  # noqa: N818
    """The proof does not match any open invite."""


class InviteUnavailable(InviteError):  # noqa: N818
    """The inviting device can no longer add anyone (no longer an admin, or the space is full)."""


def _hours(moment: dt.datetime) -> int:
    return int((moment.astimezone(dt.UTC) - _EPOCH).total_seconds() // 3600)


def _checksum(data: bytes, size: int) -> bytes:
    return hashlib.sha256(b"commons/invite-checksum/v1" + data).digest()[:size]


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _unb32(text: str) -> bytes:
    clean = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    # Letters people confuse with digits that base32 does not use.
    clean = clean.translate(_CONFUSABLE)
    try:
        return base64.b32decode(clean + "=" * (-len(clean) % 8))
    except ValueError:
        raise InviteMistyped(
            "This code has characters an invite never contains; check it and type it again."
        ) from None


@dataclass(frozen=True)
class Invite:
    space_id: bytes
    inviter: bytes  # the inviting device's id (SHA-256 of its Ed25519 public key)
    secret: bytes = field(repr=False)
    expires_at: dt.datetime  # kept to the hour in the short code, to the second in the QR payload
    hints: tuple[str, ...] = ()  # "host:port" addresses where the inviter may be reached
    relay: str = ""

    def __post_init__(self) -> None:
        for name, value, size in (
            ("space id", self.space_id, SPACE_ID_BYTES),
            ("inviter device id", self.inviter, DEVICE_ID_BYTES),
            ("secret", self.secret, SECRET_BYTES),
        ):
            if not isinstance(value, bytes) or len(value) != size:
                raise InviteError(f"The invite's {name} must be {size} bytes.")
        if not isinstance(self.expires_at, dt.datetime) or self.expires_at.tzinfo is None:
            raise InviteError("The invite's expiry must be a date and time with a time zone.")
        if not _EPOCH <= self.expires_at <= _LATEST:
            raise InviteError("The invite's expiry is out of range.")
        if len(self.hints) > MAX_HINTS:
            raise InviteError(f"An invite carries at most {MAX_HINTS} addresses.")
        for address in (*self.hints, self.relay):
            if (
                not isinstance(address, str)
                or len(address.encode()) > MAX_ADDRESS
                or not address.isprintable()
            ):
                raise InviteError("An address in the invite is too long or unreadable.")

    # -- the two forms ------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        out = struct.pack(
            ">B16s32s10sI",
            VERSION,
            self.space_id,
            self.inviter,
            self.secret,
            int(self.expires_at.timestamp()),
        )
        out += struct.pack(">B", len(self.hints))
        for address in (*self.hints, self.relay):
            raw = address.encode("utf-8")
            out += struct.pack(">B", len(raw)) + raw
        return out

    @classmethod
    def from_bytes(cls, body: bytes) -> Invite:
        """Read `to_bytes` output. Raises `InviteError` with a reason a person can act on."""
        return _from_bytes(body)

    def qr_payload(self) -> str:
        body = self.to_bytes()
        return QR_PREFIX + _b32(body + _checksum(body, 4))

    def qr_svg(self) -> str:
        """The QR code as SVG text (error correction M)."""
        return str(segno.make(self.qr_payload(), error="m").svg_inline(scale=4))

    def short_code(self) -> str:
        body = struct.pack(">B10s4s", VERSION, self.secret, self.inviter[:INVITER_PREFIX_BYTES])
        body += _hours(self.expires_at).to_bytes(3, "big")
        text = _b32(body + _checksum(body, 2))
        return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


@dataclass(frozen=True)
class ShortCode:
    """What a typed code tells a joiner: enough to find the inviter nearby and prove the secret."""

    secret: bytes = field(repr=False)
    inviter_prefix: bytes
    expires_at: dt.datetime

    def matches(self, device_id: bytes) -> bool:
        return device_id[:INVITER_PREFIX_BYTES] == self.inviter_prefix


def new_invite(
    space_id: bytes,
    inviter: bytes,
    *,
    now: dt.datetime,
    valid_for: dt.timedelta = dt.timedelta(hours=24),
    hints: tuple[str, ...] = (),
    relay: str = "",
) -> Invite:
    # Whole hours, so the short code and the QR payload agree on the expiry.
    expires = (now + valid_for).astimezone(dt.UTC).replace(minute=0, second=0, microsecond=0) + dt.timedelta(
        hours=1
    )
    return Invite(space_id, inviter, os.urandom(SECRET_BYTES), expires, hints, relay)


def parse_qr(text: str) -> Invite:
    if not text.strip().upper().startswith(QR_PREFIX):
        raise InviteError("This is not a Commons invite.")
    raw = _unb32(text.strip()[len(QR_PREFIX) :])
    body, check = raw[:-4], raw[-4:]
    if len(raw) < 5 or not hmac.compare_digest(_checksum(body, 4), check):
        raise InviteMistyped("This invite was damaged or changed; ask for a new one.")
    return Invite.from_bytes(body)


def _from_bytes(body: bytes) -> Invite:
    try:
        version, space_id, inviter, secret, expires = struct.unpack_from(">B16s32s10sI", body)
        offset = struct.calcsize(">B16s32s10sI")
        (count,) = struct.unpack_from(">B", body, offset)
        offset += 1
        addresses = []
        for _ in range(count + 1):
            (length,) = struct.unpack_from(">B", body, offset)
            addresses.append(body[offset + 1 : offset + 1 + length].decode("utf-8"))
            offset += 1 + length
    except (struct.error, UnicodeDecodeError):
        raise InviteError("This invite is incomplete; ask for a new one.") from None
    if version != VERSION:
        raise InviteError("This invite is from a newer version of Commons; update to use it.")
    if offset != len(body) or count > MAX_HINTS:
        raise InviteError("This invite has unexpected contents; ask for a new one.")
    return Invite(
        space_id,
        inviter,
        secret,
        dt.datetime.fromtimestamp(expires, dt.UTC),
        tuple(addresses[:-1]),
        addresses[-1],
    )


def parse_short_code(text: str) -> ShortCode:
    raw = _unb32(text)
    if len(raw) != 20:
        raise InviteMistyped("An invite code has 32 characters; check for a missing or extra one.")
    body, check = raw[:18], raw[18:]
    if not hmac.compare_digest(_checksum(body, 2), check):
        raise InviteMistyped("A character of this code is mistyped; check it and type it again.")
    if body[0] != VERSION:
        raise InviteError("This code is from a newer version of Commons; update to use it.")
    hours = int.from_bytes(body[15:18], "big")
    return ShortCode(body[1:11], body[11:15], _EPOCH + dt.timedelta(hours=hours))


def prove(secret: bytes, inviter: bytes, joiner: bytes, challenge: bytes) -> bytes:
    """The joiner's proof that it holds the invite's secret, bound to both devices and a fresh challenge."""
    return hmac.new(secret, _PROOF_LABEL + inviter + joiner + challenge, hashlib.sha256).digest()


def invite_tag(secret: bytes) -> bytes:
    """The 32-byte tag an inviter announces and accepts connections for while the invite is open: it reveals
    nothing of the secret or the space, and only someone holding the invite can compute it."""
    return hmac.new(secret, _TAG_LABEL, hashlib.sha256).digest()


def confirm(secret: bytes, inviter: bytes, joiner: bytes, challenge: bytes, space_id: bytes) -> bytes:
    """The inviter's answer that it, too, holds the secret: the joiner trusts the space it is handed only then.

    Without it a typed short code, which names the inviter by a 4-byte prefix, could be answered by any device
    whose id shares that prefix."""
    return hmac.new(secret, _CONFIRM_LABEL + inviter + joiner + challenge + space_id, hashlib.sha256).digest()
