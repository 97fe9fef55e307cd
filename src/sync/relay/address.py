"""Where a space's relay is and how to trust it: the text an invite carries, and the space's relay subject.

A relay address is one line a person can paste (and an invite can carry, ≤ 200 bytes for one server):

    commons-relay://USER:PASSWORD@HOST:PORT[,HOST:PORT...]#sha256=FINGERPRINT

FINGERPRINT is the unpadded base64url SHA-256 of the relay certificate's DER form. The first connection reads
the relay's certificate over a TLS handshake that sends nothing (`fetch_certificate`), checks it against the
fingerprint, and from then on the certificate itself is the only trust anchor: the credential is never sent
to a server that has not proved it holds the pinned certificate's key.

Each space has one relay subject for its whole life, `commons.v1.<relay tag>`, with the relay tag derived from
the space id, so a device that missed a new epoch still knows where to look (docs/protocol.md, "Relay").
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import json
import re
import ssl
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from sync.relay._base import PROVISION_USER, USER, RelayError, RelayUnreachable
from sync.spaces import relay_tag

__all__ = [
    "MAX_ADDRESS_TEXT",
    "SCHEME",
    "RelayAddress",
    "certificate_fingerprint",
    "fetch_certificate",
    "relay_tag",
]

SCHEME = "commons-relay://"
MAX_ADDRESS_TEXT = 200  # what an invite carries (sync.invites.MAX_ADDRESS)
_FINGERPRINT_PREFIX = "#sha256="
_NAME = re.compile(r"[A-Za-z0-9._~\-]{1,64}")
_PASSWORD = re.compile(r"[A-Za-z0-9._~\-]{8,128}")
# ASCII digits only, no leading zero: the address is kept as `to_text()` writes it, so what reads is what was typed.
_SERVER = re.compile(r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.\-]{1,253}):(0|[1-9][0-9]{0,4})")
_PIN = re.compile(r"[A-Za-z0-9_\-]{43}")  # unpadded base64url of 32 bytes
_INFO_LIMIT = 64 * 1024


def certificate_fingerprint(certificate: bytes) -> bytes:
    """SHA-256 of a certificate's DER form; *certificate* may be DER or PEM."""
    if certificate.lstrip().startswith(b"-----BEGIN"):
        try:
            certificate = x509.load_pem_x509_certificate(certificate).public_bytes(serialization.Encoding.DER)
        except ValueError as exc:
            raise RelayError(f"the relay certificate is not a PEM certificate: {exc}") from exc
    return hashlib.sha256(certificate).digest()


@dataclass(frozen=True)
class RelayAddress:
    """A relay: its servers (one, or several of one NATS cluster), a credential and the certificate pin."""

    servers: tuple[tuple[str, int], ...]
    user: str
    password: str = field(repr=False)
    fingerprint: bytes

    def __post_init__(self) -> None:
        if not self.servers:
            raise RelayError("a relay address names at least one server")
        for host, port in self.servers:
            if not (_SERVER.fullmatch(f"{host}:{port}") and 0 < port < 65536):
                raise RelayError(f"the relay server {host}:{port} is not a host and port")
        if not _NAME.fullmatch(self.user):
            raise RelayError("the relay user name may hold letters, digits and . _ ~ - (1–64 of them)")
        if not _PASSWORD.fullmatch(self.password):
            raise RelayError("the relay password may hold letters, digits and . _ ~ - (8–128 of them)")
        if len(self.fingerprint) != 32:
            raise RelayError("the relay certificate fingerprint is a SHA-256 (32 bytes)")

    @property
    def urls(self) -> list[str]:
        """nats-py server URLs, TLS required."""
        return [f"tls://{host}:{port}" for host, port in self.servers]

    @property
    def relay_id(self) -> bytes:
        """8 bytes naming this relay to other devices (the pin's prefix): stream sequences of one relay mean
        nothing on another."""
        return self.fingerprint[:8]

    def to_text(self) -> str:
        servers = ",".join(f"{host}:{port}" for host, port in self.servers)
        pin = base64.urlsafe_b64encode(self.fingerprint).rstrip(b"=").decode("ascii")
        return f"{SCHEME}{self.user}:{self.password}@{servers}{_FINGERPRINT_PREFIX}{pin}"

    @property
    def is_shared_login(self) -> bool:
        """The login is the operator's or the provisioning one, not one space's: it must never be handed on
        (an invite leaves it out), and a device that holds it asks the relay for its space's own."""
        return self.user in (USER, PROVISION_USER)

    def fits_invite(self) -> bool:
        return len(self.to_text().encode()) <= MAX_ADDRESS_TEXT

    @classmethod
    def from_text(cls, text: str) -> RelayAddress:
        """Read `to_text` output (surrounding spaces ignored). Raises `RelayError` saying what is wrong."""
        text = text.strip() if isinstance(text, str) else ""
        if not text.startswith(SCHEME):
            raise RelayError(f"a relay address starts with {SCHEME}")
        rest = text[len(SCHEME) :]
        credential, at, rest = rest.rpartition("@")  # the last "@": a password with one is never quoted below
        user, colon, password = credential.partition(":")
        if not at or not colon:
            raise RelayError("a relay address holds USER:PASSWORD@ before the server")
        servers_text, hash_sign, pin = rest.partition(_FINGERPRINT_PREFIX)
        if not hash_sign:
            raise RelayError("a relay address ends with #sha256= and the certificate fingerprint")
        fingerprint = _fingerprint(pin)
        servers = []
        for item in servers_text.split(","):
            match = _SERVER.fullmatch(item)
            if match is None:
                raise RelayError(f"{item!r} is not a relay server's HOST:PORT")
            servers.append((match.group(1), int(match.group(2))))
        return cls(tuple(servers), user, password, fingerprint)


def _fingerprint(pin: str) -> bytes:
    """The 32 bytes *pin* writes, read strictly: base64 decoding would skip characters outside its alphabet
    and ignore the last character's spare bits, so a damaged pin could read as a different certificate's."""
    if not _PIN.fullmatch(pin):
        raise RelayError("the relay certificate fingerprint is a SHA-256 (43 characters of base64url)")
    fingerprint = base64.urlsafe_b64decode(pin + "=")
    if base64.urlsafe_b64encode(fingerprint).rstrip(b"=").decode("ascii") != pin:
        raise RelayError("the relay certificate fingerprint's last character is wrong")
    return fingerprint


async def fetch_certificate(address: RelayAddress, *, timeout: float = 5.0) -> bytes:
    """The relay's certificate (PEM), read from the first server that answers and checked against the pin.

    NATS sends its INFO line in the clear and then upgrades to TLS; this does the same handshake as a client
    but sends nothing else, so no credential reaches a server before it proved it holds the pinned key.
    Raises `RelayError` (unreachable, not a TLS relay, or a certificate that does not match the pin).
    """
    failures: list[str] = []
    for host, port in address.servers:
        try:
            async with asyncio.timeout(timeout):
                der = await _peer_certificate(host.strip("[]"), port)
        except (OSError, TimeoutError, ssl.SSLError, ValueError, RelayError) as exc:
            failures.append(f"{host}:{port}: {exc or type(exc).__name__}")
            continue
        if hashlib.sha256(der).digest() != address.fingerprint:
            raise RelayError(
                "the relay's certificate is not the one in the relay address — it may have been replaced; "
                "ask for a new address or invite"
            )
        return x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM)
    raise RelayUnreachable(
        "relay unreachable — changes are kept and will be sent (" + "; ".join(failures) + ")"
    )


async def _peer_certificate(host: str, port: int) -> bytes:
    reader, writer = await asyncio.open_connection(host, port, limit=_INFO_LIMIT)
    try:
        line = await reader.readline()
        if not line.startswith(b"INFO ") or not line.endswith(b"\r\n"):
            raise RelayError("the server did not greet like a NATS server")
        info = json.loads(line[5:])
        if not isinstance(info, dict) or not (info.get("tls_required") or info.get("tls_available")):
            raise RelayError("the server does not offer TLS; Commons never talks to a relay without it")
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE  # only read here: the fingerprint check decides
        await writer.start_tls(context, server_hostname=None)
        ssl_object = writer.get_extra_info("ssl_object")
        der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
        if not der:
            raise RelayError("the server sent no certificate")
        return bytes(der)
    finally:
        writer.close()
        with contextlib.suppress(OSError, ssl.SSLError, TimeoutError):
            async with asyncio.timeout(1):
                await writer.wait_closed()
