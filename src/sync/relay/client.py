"""The relay client: publish envelopes to a space's subject and catch up from a stream sequence, over pinned TLS."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import secrets
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from types import TracebackType
from typing import Any, TypeVar

import nats.errors
import nats.js.errors
from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.js import JetStreamContext
from nats.js.api import ConsumerConfig, DeliverPolicy

from sync.relay._base import PROVISION_SUBJECT, Credential, RelayError, RelayRefused, RelayUnreachable
from sync.relay._nats_compat import (
    abandon_transport,
    close_connection,
    is_permissions_violation,
    is_refused_login,
    publish_async_loses_errors,
    reading_task,
)
from sync.relay.provision import decode_reply, encode_request
from sync.relay.stream import STREAM_NAME
from sync.relay.users import inbox_prefix_for

__all__ = ["SUBJECT_PREFIX", "RelayClient", "subject_for"]

T = TypeVar("T")

SUBJECT_PREFIX = "commons.v1."
MSG_ID_HEADER = "Nats-Msg-Id"
_HEADER_ROOM = 256
"""Bytes kept for the NATS header block (`NATS/1.0`, `Nats-Msg-Id: <64 hex>`) on top of an envelope."""
_DEFAULT_TIMEOUT_S = 5.0
_STREAM_NOT_FOUND = 10059

UNREACHABLE = "relay unreachable — changes are kept and will be sent"
REFUSED_CREDENTIAL = (
    "the relay refused this device's credential — ask for a new invite or check the relay password"
)
WRONG_CERTIFICATE = (
    "the relay's certificate is not the one this device pinned — it may have been replaced; "
    "ask for a new invite"
)
NO_STREAM = "the relay has no Commons stream yet — start it with `commons relay` or ask its operator"
NOT_PERMITTED = (
    "the relay refused: this device's credential may not reach that space — ask for a new invite for it"
)
FULL = (
    "the relay refused: this community's space on the relay is full — what is waiting is kept here and "
    "goes to members on the local network; ask the relay's operator"
)
TOO_MANY_CONSUMERS = (
    "the relay refused: too many devices are reading this community at once; this device tries again"
)
NO_PROVISIONING = (
    "this relay hands out no per-community credentials (it is older than this app, or not `commons relay`) — "
    "ask its operator for this community's own address"
)
PROVISION_TIME = 4
"""How many of the client's timeouts a provisioning request may take."""
_LIMIT_CODES = {10077, 10078, 10047, 10028, 10002}
"""JetStream codes of a publish over a stream's or account's limits (messages, bytes, resources, size)."""
_CONSUMER_LIMIT_CODES = {10026, 10027}


def subject_for(space_tag: bytes) -> str:
    """The subject a space's envelopes live on: `commons.v1.<space tag as lowercase hex>`."""
    if not space_tag:
        raise ValueError("the space tag is empty")
    return SUBJECT_PREFIX + space_tag.hex()


def _msg_id(envelope: bytes) -> str:
    # The content hash as message id: a retried publish is recognised by the stream and stored once.
    return hashlib.sha256(envelope).hexdigest()


def _pinned_context(certificate_pem: bytes) -> ssl.SSLContext:
    try:
        context = ssl.create_default_context(cadata=certificate_pem.decode("ascii"))
    except (ssl.SSLError, UnicodeDecodeError, ValueError) as exc:
        raise RelayError(f"the pinned relay certificate is not a PEM certificate: {exc}") from exc
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def _as_relay_error(exc: BaseException, *, refused_permission: bool = False) -> RelayError:
    """One RelayError, with a reason a person can act on, for whatever nats-py or the socket raised.

    Classified by type and JetStream error code. *refused_permission*: the server reported a permissions
    violation on this connection while the call ran (nats-py reports those only to the error callback; the
    call itself then times out or finds no responder).
    """
    if isinstance(exc, RelayError):
        return exc
    if isinstance(exc, ssl.SSLCertVerificationError):
        return RelayError(WRONG_CERTIFICATE)
    if isinstance(exc, nats.errors.AuthorizationError) or is_refused_login(exc):
        return RelayError(REFUSED_CREDENTIAL)
    if isinstance(exc, nats.js.errors.NoStreamResponseError) or (
        isinstance(exc, nats.js.errors.APIError) and exc.err_code == _STREAM_NOT_FOUND
    ):
        return RelayError(NO_STREAM)
    if isinstance(exc, nats.js.errors.ServiceUnavailableError) and not (
        refused_permission or is_permissions_violation(exc)
    ):
        # No JetStream answered in the account, as while the relay loads a space it has just made: try again.
        return RelayUnreachable(f"{UNREACHABLE} (its storage did not answer yet)")
    if isinstance(exc, nats.js.errors.APIError) and exc.err_code in _LIMIT_CODES:
        return RelayRefused(FULL)
    if isinstance(exc, nats.js.errors.APIError) and exc.err_code in _CONSUMER_LIMIT_CODES:
        return RelayRefused(TOO_MANY_CONSUMERS)
    if isinstance(exc, nats.js.errors.APIError):
        return RelayRefused(f"the relay refused the request: {exc.description or exc}")
    if refused_permission or is_permissions_violation(exc):
        return RelayRefused(NOT_PERMITTED)
    return RelayUnreachable(f"{UNREACHABLE} ({type(exc).__name__}{': ' + str(exc) if str(exc) else ''})")


class _SslEofNoise(logging.Filter):
    """nats-py's protocol answers an end of stream with True, which asyncio warns is ignored under TLS on every
    close ("returning true from eof_received() has no effect when using ssl"): harmless, and not for users."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "eof_received() has no effect when using ssl" not in record.getMessage()


logging.getLogger("asyncio").addFilter(_SslEofNoise())


class RelayClient:
    """One connection to a relay. Not reconnecting: a lost connection fails the call, and the caller connects again."""

    def __init__(
        self, nc: Client, js: JetStreamContext, max_envelope: int, timeout: float, lost: _Flag
    ) -> None:
        self._nc = nc
        self._lost = lost
        self._js = js
        self._timeout = timeout
        self.max_envelope = max_envelope
        """The largest envelope the relay's stream stores, after room for headers."""

    @classmethod
    async def connect(
        cls,
        url: str | Sequence[str],
        user: str,
        password: str,
        certificate_pem: bytes,
        *,
        timeout: float = _DEFAULT_TIMEOUT_S,
    ) -> RelayClient:
        """Connect over TLS trusting only `certificate_pem`, log in, and read the stream's limits.

        `url` may list several servers of one cluster; the first that answers is used. Replies come to an
        inbox prefix of the user's own (`inbox_prefix_for`), which a relay's per-space users are limited to.
        """
        tls = _pinned_context(certificate_pem)
        lost = _Flag()
        nc = Client()
        try:
            async with asyncio.timeout(timeout + 1):
                await nc.connect(
                    url if isinstance(url, str) else list(url),
                    tls=tls,
                    inbox_prefix=inbox_prefix_for(user),
                    user=user,
                    password=password,
                    allow_reconnect=False,
                    # nats-py retries a refused first connection forever unless attempts are capped (> 0).
                    max_reconnect_attempts=1,
                    reconnect_time_wait=0,
                    connect_timeout=max(1, round(timeout)),
                    error_cb=lost.note_error,
                    closed_cb=lost.set_async,
                )
        except BaseException as exc:
            await _abandon(nc)
            if isinstance(exc, Exception):
                raise _as_relay_error(exc) from exc
            raise
        lost.watch(reading_task(nc))
        # The server's max_payload bounds a message; `commons relay` sets the stream's limit to the same. The
        # stream itself is not asked about (STREAM.INFO would show a space's user every other space's subject):
        # a relay without the stream says so on the first publish or fetch.
        limit = nc.max_payload - _HEADER_ROOM
        return cls(nc, nc.jetstream(timeout=timeout), limit, timeout, lost)

    def _error(self, exc: BaseException) -> RelayError:
        return _as_relay_error(exc, refused_permission=self._lost.take_refusal())

    async def close(self) -> None:
        """Close the connection. Safe to call twice."""
        await close_connection(self._nc)

    async def __aenter__(self) -> RelayClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    # -- publishing

    async def publish(self, space_tag: bytes, envelopes: Sequence[bytes]) -> list[int]:
        """Store each envelope once on the space's subject; the stream sequence of each, in the order given.

        An envelope the relay already holds (same bytes, within the duplicate window) returns the original's
        sequence. All or nothing from the caller's view: any failure raises, and a retry is safe.
        """
        subject = subject_for(space_tag)
        self._lost.take_refusal()  # a refusal reported before this call is not this call's
        for envelope in envelopes:
            if len(envelope) > self.max_envelope:
                raise RelayError(
                    f"an envelope of {len(envelope)} bytes is larger than the relay accepts "
                    f"({self.max_envelope} bytes); it was not sent"
                )
        try:
            # One bound for handing every envelope over (nats-py's `wait_stall` would bound each one, and on
            # Python 3.11 make each wait for the event loop, so every envelope went in a socket write of its own).
            async with asyncio.timeout(self._timeout):
                futures = [
                    await self._js.publish_async(
                        subject, envelope, headers={MSG_ID_HEADER: _msg_id(envelope)}
                    )
                    for envelope in envelopes
                ]
            try:
                acks = await self._lost.race(asyncio.gather(*futures), self._timeout)
            except TimeoutError:
                await self._ask_why_unanswered(subject, envelopes, futures)
                raise
            finally:
                for future in futures:
                    future.cancel()  # no-op once done; frees the pending slot of an ack that never came
        except Exception as exc:
            raise self._error(exc) from exc
        return [ack.seq for ack in acks]

    async def _ask_why_unanswered(
        self, subject: str, envelopes: Sequence[bytes], futures: Sequence[asyncio.Future[Any]]
    ) -> None:
        """Publish the first unanswered envelope again, the request way, which reports a refusal (a full space)
        as an error: nats-py loses refusals sent to `publish_async` (`_nats_compat.publish_async_loses_errors`).
        The same message id makes the stream keep one copy if this one is taken."""
        if not publish_async_loses_errors():
            return
        for envelope, future in zip(envelopes, futures, strict=True):
            if not future.done() or future.cancelled():  # the wait for them all cancelled those unanswered
                headers = {MSG_ID_HEADER: _msg_id(envelope)}
                await self._js.publish(subject, envelope, headers=headers, timeout=self._timeout)
                return

    # -- provisioning

    async def provision(self, space_tag: bytes, claim: bytes) -> Credential:
        """Ask the relay for the space's own credential (`provision.py`); RelayRefused says why not."""
        self._lost.take_refusal()
        try:
            # Making a space's account reloads the relay and creates a stream: slower than a publish.
            reply = await self._nc.request(
                PROVISION_SUBJECT, encode_request(space_tag, claim), timeout=self._timeout * PROVISION_TIME
            )
        except nats.errors.NoRespondersError:
            if self._lost.take_refusal():
                raise RelayRefused(NOT_PERMITTED) from None
            raise RelayRefused(NO_PROVISIONING) from None
        except Exception as exc:
            raise self._error(exc) from exc
        return decode_reply(reply.data)

    # -- catching up

    async def fetch(
        self, space_tag: bytes, after: int = 0, limit: int | None = None, *, last: int | None = None
    ) -> AsyncIterator[tuple[int, bytes]]:
        """Yield `(sequence, envelope)` of the space stored after sequence `after`, in order, until caught up.

        "Caught up" is the last message of the space when the fetch starts (*last*, if the caller just read it
        with `last_sequence`); later ones wait for the next fetch.
        """
        if after < 0:
            raise ValueError("the cursor is a stream sequence, 0 or more")
        subject = subject_for(space_tag)
        self._lost.take_refusal()
        if last is None:
            last = await self._last_sequence(subject)
        if last <= after:
            return
        # A named consumer is created on `CONSUMER.CREATE.<stream>.<name>.<subject>`, which a space user's
        # permission allows for its own subject only.
        config = ConsumerConfig(
            name=secrets.token_hex(8),
            deliver_policy=DeliverPolicy.BY_START_SEQUENCE,
            opt_start_seq=after + 1,
        )
        try:
            sub = await self._js.subscribe(subject, stream=STREAM_NAME, ordered_consumer=True, config=config)
        except Exception as exc:
            raise self._error(exc) from exc
        try:
            count = 0
            while limit is None or count < limit:
                try:
                    msg = await sub.next_msg(timeout=self._timeout)
                except Exception as exc:
                    raise self._error(exc) from exc
                meta = msg.metadata
                seq = meta.sequence.stream
                yield seq, msg.data
                count += 1
                if seq >= last or meta.num_pending == 0:
                    return
        finally:
            await _unsubscribe(sub)

    async def last_sequence(self, space_tag: bytes) -> int:
        """The stream sequence of the space's last envelope, 0 if it has none."""
        self._lost.take_refusal()
        return await self._last_sequence(subject_for(space_tag))

    async def _last_sequence(self, subject: str) -> int:
        """The stream sequence of the subject's last message, 0 if none; read with a direct get, whose request
        subject names the subject (STREAM.MSG.GET carries it in the body, where no permission can see it)."""
        try:
            try:
                return (await self._js.get_last_msg(STREAM_NAME, subject, direct=True)).seq or 0
            except nats.errors.NoRespondersError:
                # A stream made before direct gets were switched on: the relay's own user can still ask.
                return (await self._js.get_last_msg(STREAM_NAME, subject)).seq or 0
        except nats.js.errors.NotFoundError:
            return 0  # nothing stored for this space
        except Exception as exc:
            raise self._error(exc) from exc

    async def fetch_all(
        self, space_tag: bytes, after: int = 0, limit: int | None = None
    ) -> list[tuple[int, bytes]]:
        """`fetch` collected into a list."""
        return [item async for item in self.fetch(space_tag, after, limit)]

    async def watch(self, space_tag: bytes, on_new: Callable[[], None]) -> Callable[[], Awaitable[None]]:
        """Call *on_new* whenever an envelope is stored for the space from now on; returns the way to stop.

        Only the headers of new messages come (`headers_only`), so a watched space costs a few bytes per
        envelope; the envelopes themselves are read with `fetch`.
        """
        subject = subject_for(space_tag)
        self._lost.take_refusal()

        async def seen(_msg: Msg) -> None:
            on_new()

        # Named, so nats-py uses the create request that names the subject (what a space's user may send).
        config = ConsumerConfig(
            name=secrets.token_hex(8), deliver_policy=DeliverPolicy.NEW, headers_only=True
        )
        try:
            sub = await self._js.subscribe(
                subject, stream=STREAM_NAME, ordered_consumer=True, config=config, cb=seen
            )
        except Exception as exc:
            raise self._error(exc) from exc

        async def stop() -> None:
            await _unsubscribe(sub)

        return stop


class _Flag:
    """Set when the connection closes, so calls waiting for an answer fail at once instead of at the timeout.
    Also notes the permissions violations the server reports, which nats-py passes only to the error callback."""

    def __init__(self) -> None:
        self._event = asyncio.Event()
        self._refused = False

    async def note_error(self, exc: Exception) -> None:
        """nats-py's error callback (it would log every background error by default; failures reach callers as
        RelayError instead)."""
        if is_permissions_violation(exc):
            self._refused = True

    def take_refusal(self) -> bool:
        """Whether a permissions violation was reported since the last call; forgets it."""
        refused, self._refused = self._refused, False
        return refused

    async def set_async(self) -> None:
        self._event.set()

    def watch(self, reader: asyncio.Task[None] | None) -> None:
        """Also set when nats-py's read loop dies: on a reset socket it can fail before calling `closed_cb`."""
        if reader is not None:
            reader.add_done_callback(self._reader_done)

    def _reader_done(self, reader: asyncio.Task[None]) -> None:
        if not reader.cancelled() and reader.exception() is not None:  # retrieving it keeps asyncio quiet
            self._event.set()

    async def race(self, awaitable: Awaitable[T], timeout: float) -> T:
        """The awaitable's result; ConnectionClosedError if the connection closes first, TimeoutError on timeout."""
        work = asyncio.ensure_future(awaitable)
        closed = asyncio.ensure_future(self._event.wait())
        try:
            done, _ = await asyncio.wait({work, closed}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            closed.cancel()
        if work in done:
            return work.result()
        work.cancel()
        work.add_done_callback(_retrieve)  # asyncio would log the cancelled gather's never-read outcome
        if closed in done:
            raise nats.errors.ConnectionClosedError
        raise TimeoutError


def _retrieve(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()


async def _unsubscribe(sub: JetStreamContext.PushSubscription) -> None:
    with contextlib.suppress(nats.errors.Error):  # the connection is gone; the ephemeral consumer expires
        await sub.unsubscribe()


async def _abandon(nc: Client) -> None:
    # nats-py 2.16 leaves the socket of a refused connection open, and close() waits forever on it.
    await abandon_transport(nc)
