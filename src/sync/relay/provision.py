"""Provisioning: an admin's device asks `commons relay` for its space's own credential, holding no operator's.

`commons relay` prints a *provisioning* address whose user (`provision`) may publish to one subject,
`commons.provision.v1`, and read its replies — nothing else. The relay process itself answers there
(`Provisioner`, logged in as the operator on the relay's own computer): it makes the space's account with its
limits (`accounts.py`), has nats-server reload, creates the account's stream as the account's keeper, and replies
with the member credential. Members and invites only ever get that credential.

Request and reply are JSON (docs/protocol.md, "Provisioning"):

    request  {"v": 1, "tag": <relay tag, 64 hex>, "claim": <SHA-256("commons/relay-claim/v1" ‖ space id), 64 hex>}
    reply    {"user": "member-…", "password": "…"}   or   {"refused": "full" | "claim" | "busy" | "bad"}

The claim cannot be worked out from the relay tag (which anyone who sees the subject knows), only from the space
id, which only members hold: the first request fixes it, and a later request for the same tag must repeat it.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import ssl
import time
from dataclasses import dataclass

from nats.aio.client import Client
from nats.aio.msg import Msg

from sync.relay._base import PROVISION_SUBJECT, Credential, RelayError, RelayRefused
from sync.relay._nats_compat import close_connection
from sync.relay.server import RelayServer
from sync.relay.users import SPACE_TAG_BYTES

__all__ = ["REFUSALS", "Provisioner", "RateLimit", "decode_reply", "encode_request", "space_claim"]

log = logging.getLogger(__name__)

_CLAIM_CONTEXT = b"commons/relay-claim/v1"
_HEX64 = re.compile(r"[0-9a-f]{64}")
MAX_REQUEST = 512

REFUSALS = {
    "full": "the relay refused: it has no room for another community — ask its operator to give it more space",
    "claim": (
        "the relay refused: another device already claimed this community's place on it — ask the relay's "
        "operator"
    ),
    "busy": "the relay refused: too many requests for new communities just now; this device will ask again later",
    "bad": "the relay refused the request as malformed",
}


def space_claim(space_id: bytes) -> bytes:
    """What proves, to the relay, that a request comes from someone who knows the space id (not just its tag)."""
    return hashlib.sha256(_CLAIM_CONTEXT + space_id).digest()


def encode_request(space_tag: bytes, claim: bytes) -> bytes:
    return json.dumps({"v": 1, "tag": space_tag.hex(), "claim": claim.hex()}).encode()


def decode_reply(data: bytes) -> Credential:
    """The member credential in a reply; RelayRefused with the reason in words, or RelayError if unreadable."""
    try:
        reply = json.loads(data)
    except ValueError:
        raise RelayError("the relay's provisioning answer is not JSON") from None
    if isinstance(reply, dict) and isinstance(reply.get("refused"), str):
        raise RelayRefused(REFUSALS.get(reply["refused"], REFUSALS["bad"]))
    if (
        isinstance(reply, dict)
        and isinstance(reply.get("user"), str)
        and isinstance(reply.get("password"), str)
    ):
        return Credential(reply["user"], reply["password"])
    raise RelayError("the relay's provisioning answer holds no credential")


def _decode_request(data: bytes) -> tuple[bytes, bytes] | None:
    if len(data) > MAX_REQUEST:
        return None
    try:
        request = json.loads(data)
    except ValueError:
        return None
    if not isinstance(request, dict) or request.get("v") != 1:
        return None
    tag, claim = request.get("tag"), request.get("claim")
    if not (
        isinstance(tag, str) and isinstance(claim, str) and _HEX64.fullmatch(tag) and _HEX64.fullmatch(claim)
    ):
        return None
    return bytes.fromhex(tag), bytes.fromhex(claim)


@dataclass
class RateLimit:
    """A token bucket: at most *burst* at once, then one every *every_s* seconds."""

    burst: int
    every_s: float
    _tokens: float = -1.0
    _at: float = 0.0

    def take(self) -> bool:
        now = time.monotonic()
        if self._tokens < 0:
            self._tokens, self._at = float(self.burst), now
        self._tokens = min(float(self.burst), self._tokens + (now - self._at) / self.every_s)
        self._at = now
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True


class Provisioner:
    """Answers provisioning requests inside the `commons relay` process, logged in as the operator.

    *requests* bounds every request (a password guesser gains nothing, but must not keep the relay busy);
    *new_spaces* bounds the accounts made, so one provisioning address cannot fill the store in a burst.
    """

    def __init__(
        self,
        server: RelayServer,
        *,
        requests: RateLimit | None = None,
        new_spaces: RateLimit | None = None,
    ) -> None:
        self._server = server
        self._requests = requests or RateLimit(burst=30, every_s=2.0)
        self._new_spaces = new_spaces or RateLimit(burst=5, every_s=180.0)
        self._nc = Client()

    async def start(self) -> None:
        server = self._server

        async def quiet(_exc: Exception) -> None:
            pass

        await self._nc.connect(
            server.url,
            tls=ssl.create_default_context(cafile=str(server.certificate_path)),
            user=server.credential.user,
            password=server.credential.password,
            allow_reconnect=True,
            max_reconnect_attempts=-1,
            connect_timeout=5,
            error_cb=quiet,
        )
        await self._nc.subscribe(PROVISION_SUBJECT, cb=self._answer)
        await self._nc.flush(timeout=5)

    async def stop(self) -> None:
        await close_connection(self._nc)

    async def _answer(self, msg: Msg) -> None:
        if not msg.reply:
            return
        reply = await self._reply_for(msg.data)
        await self._nc.publish(msg.reply, json.dumps(reply).encode())

    async def _reply_for(self, data: bytes) -> dict[str, str]:
        if not self._requests.take():
            return {"refused": "busy"}
        request = _decode_request(data)
        if request is None:
            return {"refused": "bad"}
        tag, claim = request
        if len(tag) != SPACE_TAG_BYTES:
            return {"refused": "bad"}
        if not self._server.is_provisioned(tag) and not self._new_spaces.take():
            return {"refused": "busy"}
        try:
            account, member, made = await asyncio.to_thread(self._server.provision, tag, claim)
            await self._server.prepare_space_stream(account)
        except RelayRefused as exc:
            return {"refused": str(exc)}
        except Exception as exc:  # the relay keeps running, and the device asks again later
            log.error("provisioning a space failed (%s)", type(exc).__name__)
            return {"refused": "busy"}
        if made:
            log.info("provisioned a space account")
        return {"user": member.user, "password": member.password}
