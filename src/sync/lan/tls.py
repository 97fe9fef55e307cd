"""TLS 1.3 for LAN sync: a device's certificate, the two `ssl` contexts, the pin, and the framed channel.

A device's certificate carries its Ed25519 **signing key** as the subject public key, so the SHA-256 of the
certificate's raw public key is the device id: the connecting side pins the listener by the device id it
expects, without any certificate authority. The certificate names nothing (subject and issuer are the fixed
``CN=commons-device``), its serial number is derived from the key, and its validity is fixed (from
2024-01-01 to 9999-12-31, RFC 5280's "no expiry"), so a device's certificate is the same bytes every time
(Ed25519 signatures are deterministic). Nobody checks the validity dates: the pin is the only check.

Python's `ssl` loads a private key only from a file. The key never touches a disk in the clear: it is written
as an encrypted PKCS#8 PEM (random one-time password) to an in-memory file (``memfd_create``, read back
through ``/proc/self/fd``) or, where that is unavailable, to a private (0600) temporary file that is deleted
as soon as the key is loaded.

`TlsChannel` carries `sync.frames` frames over a TLS stream once `sync.lan.connection` has established who is
on the other end.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import os
import secrets
import ssl
import tempfile
from collections.abc import Callable, Container, Iterator

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.x509.oid import NameOID

from sync.errors import FrameTooLarge, SyncError, TruncatedFrame
from sync.frames import HEADER_SIZE, MAX_FRAME, encode_frame
from sync.identity import DeviceCard, DeviceId, DeviceKeys
from sync.transport import ChannelClosed

__all__ = [
    "SHUTDOWN_TIMEOUT",
    "PinMismatch",
    "TlsChannel",
    "TlsError",
    "client_context",
    "close_writer",
    "device_certificate",
    "peer_device_id",
    "server_context",
    "verify_pin",
]

PROGRESS_FROM = 256 * 1024  # frames at least this long are read in chunks, telling `on_progress`
PROGRESS_CHUNK = 64 * 1024

_SUBJECT = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "commons-device")])
_NOT_BEFORE = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
_NOT_AFTER = dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.UTC)
_SERIAL_LABEL = b"commons/lan-certificate-serial/v1"
SHUTDOWN_TIMEOUT = 2.0
"""Seconds to wait for the peer's TLS close_notify before dropping the socket."""


class TlsError(SyncError):
    """A TLS peer's certificate is unusable; the connection was closed."""


class PinMismatch(TlsError):  # noqa: N818 - reads as what happened
    """The listener's certificate is not the device we meant to reach (or not a device certificate at all)."""


def device_certificate(me: DeviceKeys) -> x509.Certificate:
    """The device's self-signed certificate; the same bytes on every call for the same key."""
    public_key = me.signer.public_key
    serial = int.from_bytes(hashlib.sha256(_SERIAL_LABEL + public_key).digest()[:16], "big") >> 1
    return (
        x509.CertificateBuilder()
        .subject_name(_SUBJECT)
        .issuer_name(_SUBJECT)
        .public_key(Ed25519PublicKey.from_public_bytes(public_key))
        .serial_number(serial or 1)
        .not_valid_before(_NOT_BEFORE)
        .not_valid_after(_NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(me.signer.private_key, algorithm=None)
    )


def server_context(me: DeviceKeys) -> ssl.SSLContext:
    """A TLS 1.3-only server context presenting the device certificate. Clients present no certificate."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.num_tickets = 0  # no resumption: every connection proves the device afresh
    context.options |= ssl.OP_NO_TICKET
    _load_identity(context, me)
    return context


def client_context() -> ssl.SSLContext:
    """A TLS 1.3-only client context. It accepts any certificate: `verify_pin` is the check, after the handshake."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.options |= ssl.OP_NO_TICKET
    return context


def peer_device_id(certificate_der: bytes | None) -> DeviceId:
    """The device id a DER certificate stands for. Raises `PinMismatch` if it does not hold an Ed25519 key."""
    if not certificate_der:
        raise PinMismatch("the peer presented no certificate")
    try:
        key = x509.load_der_x509_certificate(certificate_der).public_key()
    except ValueError:
        raise PinMismatch("the peer's certificate cannot be read") from None
    if not isinstance(key, Ed25519PublicKey):
        raise PinMismatch("the peer's certificate does not hold an Ed25519 device key")
    return DeviceId.of(key.public_bytes_raw())


def verify_pin(
    ssl_object: ssl.SSLObject | ssl.SSLSocket, expected: DeviceId | Container[DeviceId]
) -> DeviceId:
    """The device the completed TLS 1.3 session is with; raises `PinMismatch` unless it is *expected* (or one
    of them: a peer found by discovery can be any member of the space whose tag it announced)."""
    if ssl_object.version() != "TLSv1.3":
        raise PinMismatch(f"the peer negotiated {ssl_object.version()}, not TLS 1.3")
    found = peer_device_id(ssl_object.getpeercert(binary_form=True))
    if found != expected if isinstance(expected, DeviceId) else found not in expected:
        raise PinMismatch(f"reached device {found.short()}…, not a device this one expected")
    return found


def _load_identity(context: ssl.SSLContext, me: DeviceKeys) -> None:
    password = secrets.token_urlsafe(32).encode("ascii")
    key_pem = me.signer.private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(password),
    )
    chain = device_certificate(me).public_bytes(serialization.Encoding.PEM) + key_pem
    with _key_file(chain) as path:
        _load_chain(context, path, password)


def _load_chain(context: ssl.SSLContext, path: str, password: bytes) -> None:
    context.load_cert_chain(path, password=password)


@contextlib.contextmanager
def _key_file(data: bytes) -> Iterator[str]:
    """A path holding *data* while the block runs: an in-memory file if possible, else a 0600 temp file."""
    fd = _open_memfd()
    if fd is not None:
        try:
            os.write(fd, data)
            path = f"/proc/self/fd/{fd}"
            if os.path.exists(path):
                yield path
                return
        finally:
            os.close(fd)
    fd, path = tempfile.mkstemp(prefix="commons-tls-", suffix=".pem")  # created 0600
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        yield path
    finally:
        os.unlink(path)


def _open_memfd() -> int | None:
    create = getattr(os, "memfd_create", None)
    if create is None:
        return None
    try:
        fd: int = create("commons-tls", os.MFD_CLOEXEC)
    except OSError:
        return None
    return fd


async def close_writer(writer: asyncio.StreamWriter) -> None:
    """Close with a TLS close_notify, waiting a bounded time for the peer's; never raises but CancelledError."""
    if not writer.is_closing():
        writer.close()
    try:
        async with asyncio.timeout(SHUTDOWN_TIMEOUT + 1):
            await writer.wait_closed()
    except asyncio.CancelledError:
        writer.transport.abort()
        raise
    except OSError:  # a reset, an SSL error or the timeout
        writer.transport.abort()  # the transport's own shutdown timer drops the socket in any case


# --- the channel --------------------------------------------------------------------------------------------


class TlsChannel:
    """A `sync.transport.Channel` over an authenticated TLS stream; made by `sync.lan.connection`."""

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        *,
        peer: DeviceCard,
        shared_space_tags: frozenset[bytes],
        timeout: float,
        idle_timeout: float | None,
    ) -> None:
        self._reader = reader
        self._writer = writer
        self._peer = peer
        self._shared = shared_space_tags
        self._timeout = timeout
        self._idle_timeout = idle_timeout
        self._recv_lock = asyncio.Lock()
        self._closed = False
        # The largest frame `recv` takes: lowered while a device is not yet known to be entitled to more (one
        # that offers an invite's tag before proving it holds the invite sends one small request).
        self.max_frame = MAX_FRAME
        # Told (bytes so far, frame length) while a large frame arrives, chunk by chunk: a first copy of a big
        # community is one frame, and the window shows how far it has come.
        self.on_progress: Callable[[int, int], None] | None = None

    @property
    def peer(self) -> DeviceCard:
        return self._peer

    @property
    def remote_host(self) -> str | None:
        """The peer's IP address as this connection sees it (to match it with what discovery announced)."""
        peername = self._writer.get_extra_info("peername")
        return str(peername[0]) if isinstance(peername, tuple) and peername else None

    @property
    def shared_space_tags(self) -> frozenset[bytes]:
        """The space tags both devices offered in the handshake."""
        return self._shared

    @property
    def tls_version(self) -> str | None:
        ssl_object = self._writer.get_extra_info("ssl_object")
        return None if ssl_object is None else str(ssl_object.version())

    @property
    def closed(self) -> bool:
        return self._closed or self._writer.is_closing()

    async def send(self, payload: bytes) -> None:
        """Send one frame. Raises `ChannelClosed` if the channel is closed or the peer stops reading."""
        frame = encode_frame(payload)
        if self.closed:
            raise ChannelClosed("the channel is closed")
        try:
            self._writer.write(frame)
            async with asyncio.timeout(self._timeout):
                await self._writer.drain()
        except (OSError, TimeoutError) as exc:
            await self.close()
            raise ChannelClosed(f"could not send to the peer: {exc or 'it stopped reading'}") from None

    async def recv(self) -> bytes:
        """The next frame. Raises `ChannelClosed` at the end of the stream or after `idle_timeout` seconds
        without a frame, and a `FrameError` for a malformed frame stream; the channel is then closed.
        Cancelling a wait for a frame is safe; cancelling in the middle of one closes the channel."""
        async with self._recv_lock:
            if self._closed:
                raise ChannelClosed("the channel is closed")
            in_frame = False
            try:
                async with asyncio.timeout(self._idle_timeout):
                    header = await self._reader.readexactly(HEADER_SIZE)
                in_frame = True
                length = int.from_bytes(header, "big")
                if length > self.max_frame:
                    raise FrameTooLarge(length, self.max_frame)
                async with asyncio.timeout(self._timeout):
                    return await self._read_payload(length)
            except asyncio.CancelledError:
                if in_frame:  # the stream is no longer at a frame boundary
                    self.abort()
                raise
            except asyncio.IncompleteReadError as exc:
                await self.close()
                if in_frame or exc.partial:
                    raise TruncatedFrame("the stream ended inside a frame") from None
                raise ChannelClosed("the peer closed the channel") from None
            except TimeoutError:
                await self.close()
                waited = "the rest of a frame" if in_frame else "a frame"
                raise ChannelClosed(f"the peer did not send {waited} within the timeout") from None
            except OSError as exc:
                await self.close()
                raise ChannelClosed(f"the connection broke: {exc}") from None
            except SyncError:
                await self.close()
                raise

    async def _read_payload(self, length: int) -> bytes:
        progress = self.on_progress
        if progress is None or length < PROGRESS_FROM:
            return await self._reader.readexactly(length)
        parts: list[bytes] = []
        got = 0
        while got < length:
            part = await self._reader.readexactly(min(PROGRESS_CHUNK, length - got))
            parts.append(part)
            got += len(part)
            progress(got, length)
        return b"".join(parts)

    def abort(self) -> None:
        """Drop the connection at once, without the TLS shutdown: a pending `recv` ends with `ChannelClosed`."""
        self._closed = True
        self._writer.transport.abort()

    async def close(self) -> None:
        """Close the channel (idempotent); waits a bounded time for the TLS shutdown."""
        if self._closed:
            return
        self._closed = True
        await close_writer(self._writer)

    def __repr__(self) -> str:
        return f"TlsChannel(peer={self._peer.device_id.short()}…, closed={self.closed})"
