"""Handing a whole profile to the person's own computer over the local network, with a one-time code.

The sending computer listens on one of its addresses and shows a **handoff code** (31 characters in groups of
four): that address and port, an 80-bit one-time secret and a checksum. The receiving computer connects to the
address in the code over TLS 1.3 and proves it knows the secret; only then does the sender send the profile.
Nothing is announced on the network: whoever does not have the code does not know the offer exists.

What travels is an ordinary profile export (`store.export_profile_bytes`) whose passphrase is derived from the
secret (`export_passphrase`), so the bytes on the wire are encrypted twice: by TLS, and by the export's Argon2id
key. The TLS certificate is a throw-away one; the proofs bind the secret to it (both sides MAC the SHA-256 of
the certificate the receiver saw), so a machine in the middle that terminates TLS gets a proof it cannot use
and learns nothing it could guess offline short of 2^80 tries.

Messages (each a `sync.frames` frame; the first byte is the kind):

    sender   → HELLO    0x01 ‖ "COMMONS-HANDOFF/1" ‖ sender nonce (32)
    receiver → PROOF    0x02 ‖ receiver nonce (32) ‖ HMAC(k, "receiver" ‖ Ns ‖ Nr ‖ cert hash)
    sender   → REFUSED  0x03                                      (wrong proof; the connection closes)
             | OFFER    0x04 ‖ HMAC(k, "sender" ‖ Nr ‖ Ns ‖ cert hash ‖ bundle hash) ‖ bundle hash ‖ u64 size
    sender   → CHUNK    0x05 ‖ up to 1 MiB of the bundle, until *size* bytes have come
    receiver → RECEIVED 0x06 ‖ HMAC(k, "received" ‖ Ns ‖ Nr ‖ bundle hash)   (the profile opened there)
             | FAILED   0x07 ‖ a short reason in UTF-8                         (it did not; the offer stays open)

with k = HKDF-SHA256(secret, info "commons/handoff/v1/proof") and all hashes SHA-256. An address that sent
`MAX_ATTEMPTS_PER_SOURCE` wrong proofs gets REFUSED in place of the HELLO for the rest of the offer. An offer
ends when one receiver has confirmed, after `MAX_ATTEMPTS` wrong proofs in all, or when it expires
(`OFFER_LIFETIME`).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import ipaddress
import os
import ssl
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sync.errors import FrameError, SyncError
from sync.frames import encode_frame, read_frame
from sync.identity import DeviceKeys
from sync.lan.tls import SHUTDOWN_TIMEOUT, client_context, close_writer, device_certificate, server_context

__all__ = [
    "CODE_LENGTH",
    "MAX_ATTEMPTS",
    "MAX_ATTEMPTS_PER_SOURCE",
    "MAX_BUNDLE",
    "OFFER_LIFETIME",
    "SECRET_BYTES",
    "Delivered",
    "HandoffAbandoned",
    "HandoffBroken",
    "HandoffCode",
    "HandoffError",
    "HandoffEvent",
    "HandoffExpired",
    "HandoffMistyped",
    "HandoffOffer",
    "HandoffReceiver",
    "HandoffRefused",
    "HandoffUnreachable",
    "ReceiverConnected",
    "ReceiverFailed",
    "Sending",
    "WrongCode",
    "export_passphrase",
    "parse_code",
]

VERSION = 0x48  # "H": a handoff code, never mistaken for an invite code (whose first byte is 1)
SECRET_BYTES = 10
CODE_LENGTH = 31  # characters, without the dashes
MAX_ATTEMPTS = 30
"""Wrong proofs, from all addresses together, that end an offer. Guessing an 80-bit secret online, 30 tries
succeed with odds of 2^-75: the cap is not what keeps the secret; it ends an offer someone plainly attacks."""
MAX_ATTEMPTS_PER_SOURCE = 3
"""Wrong proofs one address may send; it is then refused for the rest of the offer. A person who mistypes is
stopped by the code's checksum first, so three is plenty for them, and one stranger cannot end the offer."""
OFFER_LIFETIME = 600.0  # seconds
MAX_BUNDLE = 256 * 1024 * 1024
CHUNK = 1024 * 1024
MAX_FAILURE_REASON = 200
CONNECT_TIMEOUT = 10.0
STEP_TIMEOUT = 30.0  # for each message, except the two below
PROOF_TIMEOUT = (
    10.0  # for the receiver's proof: a computer that connects and says nothing holds the offer no longer
)
OPEN_TIMEOUT = 300.0  # what the sender waits for that answer (the receiver derives keys and imports)
_MAGIC = b"COMMONS-HANDOFF/1"
_HELLO, _PROOF, _REFUSED, _OFFER, _CHUNK, _RECEIVED, _FAILED = range(1, 8)
_NONCE = 32
_MAC = 32
_OFFER_LAYOUT = struct.Struct(">B32s32sQ")
_CONFUSABLE = str.maketrans("018", "OIB")


class HandoffError(SyncError):
    """A handoff could not go ahead; the message says what the person can do."""


class HandoffMistyped(HandoffError, ValueError):  # noqa: N818 - reads as what happened
    """The code as typed cannot be a handoff code."""


class HandoffUnreachable(HandoffError):  # noqa: N818
    """Nothing answered at the address in the code."""


class HandoffRefused(HandoffError):  # noqa: N818
    """The sender refused the proof: the code is not the one it shows (or that offer ended)."""


class HandoffBroken(HandoffError):  # noqa: N818
    """The other side broke the protocol, or the connection broke in the middle."""


class HandoffExpired(HandoffError):  # noqa: N818
    """The offer was not taken in time."""


class HandoffAbandoned(HandoffError):  # noqa: N818
    """The offer ended after too many wrong codes."""


# --- the code --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HandoffCode:
    host: str  # the sender's IPv4 address
    port: int
    secret: bytes = field(repr=False)

    def text(self) -> str:
        body = struct.pack(
            ">B4sH10s", VERSION, ipaddress.IPv4Address(self.host).packed, self.port, self.secret
        )
        raw = base64.b32encode(body + _checksum(body)).decode("ascii").rstrip("=")
        return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _checksum(body: bytes) -> bytes:
    return hashlib.sha256(b"commons/handoff-checksum/v1" + body).digest()[:2]


def parse_code(text: str) -> HandoffCode:
    """The code a person typed (dashes, spaces and case do not matter; 0, 1 and 8 read as O, I and B)."""
    clean = "".join(ch for ch in text.upper() if ch not in " -\t\n").translate(_CONFUSABLE)
    if len(clean) == 32:
        raise HandoffMistyped("This looks like an invite code. A handoff code has 31 characters.")
    if len(clean) != CODE_LENGTH:
        raise HandoffMistyped(
            f"A handoff code has {CODE_LENGTH} characters; this one has {len(clean)}. Check for a missing or "
            "extra one."
        )
    try:
        raw = base64.b32decode(clean + "=")
    except ValueError:
        raise HandoffMistyped("This code has characters a handoff code never contains; check it.") from None
    body, check = raw[:-2], raw[-2:]
    # The last character carries 2 bits and 3 of padding: a code whose padding is not zero was mistyped.
    canonical = base64.b32encode(raw).decode("ascii").rstrip("=") == clean
    if not canonical or not hmac.compare_digest(_checksum(body), check):
        raise HandoffMistyped("A character of this code is mistyped; check it and type it again.")
    version, host, port, secret = struct.unpack(">B4sH10s", body)
    if version != VERSION:
        raise HandoffMistyped("This is not a handoff code, or it is from a newer version of Commons.")
    return HandoffCode(str(ipaddress.IPv4Address(host)), port, secret)


def export_passphrase(secret: bytes) -> str:
    """The passphrase of the export that travels: derived from the code's secret, never shown."""
    derived = _hkdf(secret, b"commons/handoff/v1/export-passphrase")
    return base64.b32encode(derived).decode("ascii").rstrip("=").lower()


def _hkdf(secret: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


def _mac(key: bytes, label: bytes, *parts: bytes) -> bytes:
    return hmac.new(key, label + b"".join(parts), hashlib.sha256).digest()


# --- events the sender reports ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceiverConnected:
    host: str


@dataclass(frozen=True)
class WrongCode:
    attempt: int  # wrong proofs so far; the offer ends at MAX_ATTEMPTS


@dataclass(frozen=True)
class Sending:
    sent: int
    total: int


@dataclass(frozen=True)
class ReceiverFailed:
    reason: str  # what the receiving computer said; the offer stays open


@dataclass(frozen=True)
class Delivered:
    host: str


HandoffEvent = ReceiverConnected | WrongCode | Sending | ReceiverFailed | Delivered


# --- sending ---------------------------------------------------------------------------------------------------


class HandoffOffer:
    """Offer *bundle* (an export sealed with `export_passphrase(secret)`) to whoever proves *secret*.

    `start` listens on *host* (an address of this computer) and returns the code to show; `wait` returns once a
    receiver confirmed that the profile opened there, or raises `HandoffExpired` / `HandoffAbandoned`.
    One receiver is served at a time. *on_event* is called on the event loop.
    """

    def __init__(
        self,
        bundle: bytes,
        secret: bytes,
        host: str,
        *,
        on_event: Callable[[HandoffEvent], None] = lambda _event: None,
        lifetime: float = OFFER_LIFETIME,
    ) -> None:
        if len(bundle) > MAX_BUNDLE:
            raise HandoffError("This profile is too large to hand over the network; use an export file.")
        if len(secret) != SECRET_BYTES:
            raise ValueError("a handoff secret has 10 bytes")
        self._bundle = bundle
        self._digest = hashlib.sha256(bundle).digest()
        self._secret = secret
        self._key = _hkdf(secret, b"commons/handoff/v1/proof")
        self._host = host
        self._on_event = on_event
        self._lifetime = lifetime
        keys = DeviceKeys.generate()  # a throw-away certificate; the proofs bind it
        self._tls = server_context(keys)
        der = device_certificate(keys).public_bytes(serialization.Encoding.DER)
        self._certificate = hashlib.sha256(der).digest()
        self._server: asyncio.Server | None = None
        self._serving = asyncio.Lock()
        self._done: asyncio.Future[None] | None = None
        self._attempts = 0
        self._wrong_by_source: dict[str, int] = {}
        self._deadline = 0.0

    @property
    def deadline(self) -> float:
        """When the offer expires, in `time.monotonic` seconds."""
        return self._deadline

    async def start(self) -> HandoffCode:
        self._done = asyncio.get_running_loop().create_future()
        try:
            self._server = await asyncio.start_server(self._serve, self._host, 0, ssl=self._tls)
        except OSError as exc:
            raise HandoffUnreachable(f"Could not listen on {self._host}: {exc.strerror or exc}.") from exc
        port = self._server.sockets[0].getsockname()[1]
        self._deadline = time.monotonic() + self._lifetime
        return HandoffCode(self._host, port, self._secret)

    async def wait(self) -> None:
        assert self._done is not None, "start first"
        try:
            async with asyncio.timeout(max(0.0, self._deadline - time.monotonic())):
                await asyncio.shield(self._done)
        except TimeoutError:
            raise HandoffExpired(
                f"Nobody took the profile within {round(self._lifetime / 60)} minutes; start again."
            ) from None
        finally:
            await self.close()

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._done is not None and not self._done.done():
            self._done.cancel()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")
        host = str(peer[0]) if peer else "?"
        try:
            if self._blocked(host):
                await _send(writer, bytes([_REFUSED]))  # at once: it holds nobody's turn
                return
            async with self._serving:
                if self._done is None or self._done.done():
                    return
                if self._blocked(host):  # it guessed wrong again while this connection waited its turn
                    await _send(writer, bytes([_REFUSED]))
                    return
                self._on_event(ReceiverConnected(host))
                await self._handle(reader, writer, host)
        except (FrameError, OSError, ssl.SSLError, TimeoutError, HandoffBroken):
            pass  # that receiver is gone; the offer stays open for the next
        finally:
            await close_writer(writer)

    def _blocked(self, host: str) -> bool:
        return self._wrong_by_source.get(host, 0) >= MAX_ATTEMPTS_PER_SOURCE

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str) -> None:
        assert self._done is not None
        certificate = self._certificate
        mine = os.urandom(_NONCE)
        await _send(writer, bytes([_HELLO]) + _MAGIC + mine)
        proof = await _receive(reader, PROOF_TIMEOUT, max_frame=1 + _NONCE + _MAC)
        if len(proof) != 1 + _NONCE + _MAC or proof[0] != _PROOF:
            raise HandoffBroken("not a proof")
        theirs = proof[1 : 1 + _NONCE]
        expected = _mac(self._key, b"receiver", mine, theirs, certificate)
        if not hmac.compare_digest(expected, proof[1 + _NONCE :]):
            self._attempts += 1
            self._wrong_by_source[host] = self._wrong_by_source.get(host, 0) + 1
            self._on_event(WrongCode(self._attempts))
            await _send(writer, bytes([_REFUSED]))
            if self._attempts >= MAX_ATTEMPTS:
                self._done.set_exception(
                    HandoffAbandoned(
                        f"A wrong code was tried {MAX_ATTEMPTS} times, so this code no longer works. Start again "
                        "for a new one, and check that the other computer types it exactly."
                    )
                )
            return
        seal = _mac(self._key, b"sender", theirs, mine, certificate, self._digest)
        await _send(writer, _OFFER_LAYOUT.pack(_OFFER, seal, self._digest, len(self._bundle)))
        total = len(self._bundle)
        for start in range(0, total, CHUNK):
            await _send(writer, bytes([_CHUNK]) + self._bundle[start : start + CHUNK])
            self._on_event(Sending(min(start + CHUNK, total), total))
        answer = await _receive(reader, OPEN_TIMEOUT, max_frame=1 + MAX_FAILURE_REASON * 4)
        if answer[:1] == bytes([_FAILED]):
            reason = answer[1:].decode("utf-8", "replace")[:MAX_FAILURE_REASON]
            self._on_event(ReceiverFailed(reason))
            return
        received = _mac(self._key, b"received", mine, theirs, self._digest)
        if answer[:1] != bytes([_RECEIVED]) or not hmac.compare_digest(answer[1:], received):
            raise HandoffBroken("not a receipt")
        self._on_event(Delivered(host))
        if not self._done.done():
            self._done.set_result(None)


# --- receiving -------------------------------------------------------------------------------------------------


class HandoffReceiver:
    """Fetch the profile a code offers, then tell the sender whether it opened here.

    ``bundle = await receiver.fetch()`` connects, proves the code and returns the export; then exactly one of
    `confirm` (the profile opened: the sender's offer ends) or `report_failure` (the sender's offer stays open).
    """

    def __init__(self, code: HandoffCode) -> None:
        self._code = code
        self._key = _hkdf(code.secret, b"commons/handoff/v1/proof")
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._nonces = (b"", b"")
        self._digest = b""

    async def fetch(self, on_progress: Callable[[int, int], None] = lambda _sent, _total: None) -> bytes:
        code = self._code
        try:
            async with asyncio.timeout(CONNECT_TIMEOUT):
                self._reader, self._writer = await asyncio.open_connection(
                    code.host, code.port, ssl=client_context(), server_hostname=None
                )
        except (OSError, TimeoutError, ssl.SSLError) as exc:
            raise HandoffUnreachable(
                f"Nothing answered at {code.host}. Check that both computers are on the same network and that "
                "the other one still shows this code."
            ) from exc
        try:
            return await self._fetch(self._reader, self._writer, on_progress)
        except (FrameError, OSError, ssl.SSLError, TimeoutError) as exc:
            await self.close()
            raise HandoffBroken("The connection to the other computer broke off; try again.") from exc
        except HandoffError:
            await self.close()
            raise

    async def _fetch(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        on_progress: Callable[[int, int], None],
    ) -> bytes:
        ssl_object = writer.get_extra_info("ssl_object")
        certificate = hashlib.sha256(ssl_object.getpeercert(binary_form=True) or b"").digest()
        hello = await _receive(reader, STEP_TIMEOUT, max_frame=1 + len(_MAGIC) + _NONCE)
        if hello == bytes([_REFUSED]):
            raise HandoffRefused(
                "The other computer refuses this one after too many wrong codes. Start again there for a new "
                "code, and type it exactly."
            )
        if (
            hello[:1] != bytes([_HELLO])
            or hello[1 : 1 + len(_MAGIC)] != _MAGIC
            or len(hello) != 1 + len(_MAGIC) + _NONCE
        ):
            raise HandoffBroken("Something else answered at that address; check the code.")
        theirs, mine = hello[1 + len(_MAGIC) :], os.urandom(_NONCE)
        self._nonces = (theirs, mine)
        await _send(writer, bytes([_PROOF]) + mine + _mac(self._key, b"receiver", theirs, mine, certificate))
        offer = await _receive(reader, STEP_TIMEOUT, max_frame=_OFFER_LAYOUT.size)
        if offer == bytes([_REFUSED]):
            raise HandoffRefused(
                "The other computer did not accept this code. Check it against the code on its screen."
            )
        if len(offer) != _OFFER_LAYOUT.size or offer[0] != _OFFER:
            raise HandoffBroken("The other computer sent something unexpected; try again.")
        _, seal, digest, size = _OFFER_LAYOUT.unpack(offer)
        if not hmac.compare_digest(seal, _mac(self._key, b"sender", mine, theirs, certificate, digest)):
            raise HandoffBroken("The computer that answered does not know this code; do not use it.")
        if size > MAX_BUNDLE:
            raise HandoffBroken("The other computer offered more than a profile can hold.")
        bundle = bytearray()
        while len(bundle) < size:
            chunk = await _receive(reader, STEP_TIMEOUT, max_frame=1 + CHUNK)
            if chunk[:1] != bytes([_CHUNK]) or len(bundle) + len(chunk) - 1 > size:
                raise HandoffBroken("The profile arrived damaged; try again.")
            bundle += chunk[1:]
            on_progress(len(bundle), size)
        if not hmac.compare_digest(hashlib.sha256(bundle).digest(), digest):
            raise HandoffBroken("The profile arrived damaged; try again.")
        self._digest = digest
        return bytes(bundle)

    async def confirm(self) -> None:
        """The profile opened here: tell the sender, whose offer then ends."""
        theirs, mine = self._nonces
        await self._finish(bytes([_RECEIVED]) + _mac(self._key, b"received", theirs, mine, self._digest))

    async def report_failure(self, reason: str) -> None:
        """The profile did not open here (*reason*, shown on the sender): the sender may let it be tried again."""
        await self._finish(bytes([_FAILED]) + reason.encode("utf-8")[:MAX_FAILURE_REASON])

    async def _finish(self, message: bytes) -> None:
        if self._writer is not None:
            with contextlib.suppress(OSError, ssl.SSLError, TimeoutError):
                async with asyncio.timeout(SHUTDOWN_TIMEOUT):
                    await _send(self._writer, message)
        await self.close()

    async def close(self) -> None:
        writer, self._writer = self._writer, None
        if writer is not None:
            await close_writer(writer)


async def _send(writer: asyncio.StreamWriter, payload: bytes) -> None:
    writer.write(encode_frame(payload, max_frame=1 + CHUNK))
    async with asyncio.timeout(STEP_TIMEOUT):
        await writer.drain()


async def _receive(reader: asyncio.StreamReader, timeout: float, *, max_frame: int) -> bytes:
    async with asyncio.timeout(timeout):
        return await read_frame(reader, max_frame=max_frame)
