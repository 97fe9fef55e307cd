"""Joining through the relay: the join handshake (`sync.join`) carried as sealed mail on the space's subject.

A QR invite that names a relay lets a device join without ever meeting the inviter on a network. The joiner
cannot be sent a fresh challenge, so the challenge is derived from the invite's secret; the invite works once,
so a request cannot be used twice, and the proof still binds both devices. Everything travels encrypted with a
key derived from the secret, so the relay sees neither the joiner's card nor the membership log:

    offset  size  field
    0       2     magic b"CM"
    2       1     version (2)
    3       1     kind: 1 request (a JoinRequest), 2 reply (a JoinAccepted or JoinRefused)
    4       16    mailbox id = HMAC-SHA256(secret, "commons/relay-join-id/v1")[:16]
    20      12    nonce (random)
    32      n     ChaCha20-Poly1305 ciphertext of the join message ‖ 0x80 ‖ 0x00…, padded so the whole mail
                  is one of the envelopes' bucket sizes (`sync.envelope.BUCKETS`) when one holds it; associated
                  data = bytes 0..32
    key       = HKDF-SHA256(secret, info "commons/relay-join-key/v1")
    challenge = HMAC-SHA256(secret, "commons/relay-join-challenge/v1")

Members of the space skip mail they hold no invite for. The mailbox id only lets the inviter find the invite
without trying each; it means nothing to anyone without the secret. Version 1 mail (not padded) is still opened.
"""

from __future__ import annotations

import enum
import hmac
import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sync.envelope import BUCKETS
from sync.join import MAX_REPLY, JoinError

__all__ = [
    "MAGIC",
    "MailKind",
    "is_mail",
    "mail_header",
    "mailbox_challenge",
    "mailbox_id",
    "open_mail",
    "seal_mail",
]

MAGIC = b"CM"
VERSION = 2
_VERSION_UNPADDED = 1
_TAG = 16
_HEAD = struct.Struct(">2sBB16s12s")
_ID_LABEL = b"commons/relay-join-id/v1"
_KEY_LABEL = b"commons/relay-join-key/v1"
_CHALLENGE_LABEL = b"commons/relay-join-challenge/v1"


class MailKind(enum.IntEnum):
    REQUEST = 1
    REPLY = 2


def mailbox_id(secret: bytes) -> bytes:
    return hmac.digest(secret, _ID_LABEL, "sha256")[:16]


def mailbox_challenge(secret: bytes) -> bytes:
    """The challenge both sides use for a join through the relay (32 bytes, like a fresh one)."""
    return hmac.digest(secret, _CHALLENGE_LABEL, "sha256")


def _key(secret: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_KEY_LABEL).derive(secret)


def is_mail(message: bytes) -> bool:
    return message[:2] == MAGIC


def mail_header(message: bytes) -> tuple[MailKind, bytes]:
    """(kind, mailbox id) without opening. Raises `JoinError` for anything malformed."""
    if len(message) < _HEAD.size + _TAG or len(message) > 2 * (MAX_REPLY + _HEAD.size + _TAG):
        raise JoinError("relay mail is truncated or too large")
    magic, version, kind, box, _ = _HEAD.unpack_from(message)
    if magic != MAGIC or version not in (VERSION, _VERSION_UNPADDED):
        raise JoinError("not relay mail of this version")
    try:
        return MailKind(kind), bytes(box)
    except ValueError:
        raise JoinError(f"unknown relay mail kind {kind}") from None


def _padded(body: bytes) -> bytes:
    """*body* ‖ 0x80 ‖ zeros, so the mail is the smallest bucket that holds it (no zeros if none does)."""
    needed = _HEAD.size + len(body) + 1 + _TAG
    size = next((b for b in BUCKETS if b >= needed), needed)
    return body + b"\x80" + bytes(size - needed)


def seal_mail(secret: bytes, kind: MailKind, body: bytes) -> bytes:
    header = _HEAD.pack(MAGIC, VERSION, kind, mailbox_id(secret), os.urandom(12))
    return header + ChaCha20Poly1305(_key(secret)).encrypt(header[-12:], _padded(body), header)


def open_mail(secret: bytes, message: bytes) -> tuple[MailKind, bytes]:
    """The kind and the join message inside. Raises `JoinError` if it is not for this secret or was altered."""
    kind, box = mail_header(message)
    if not hmac.compare_digest(box, mailbox_id(secret)):
        raise JoinError("the mail is for another invite")
    header = bytes(message[: _HEAD.size])
    try:
        body = ChaCha20Poly1305(_key(secret)).decrypt(header[-12:], bytes(message[_HEAD.size :]), header)
    except InvalidTag:
        raise JoinError("the mail was altered or sealed with another key") from None
    if header[2] == _VERSION_UNPADDED:
        return kind, body
    end = len(body.rstrip(b"\0"))
    if end == 0 or body[end - 1] != 0x80:
        raise JoinError("the mail's padding is malformed")
    return kind, body[: end - 1]
