"""The sync service's side of the relay: keep every space that has one in step with it, on the engine's loop.

For each relay (spaces sharing an address share one connection) a task connects over pinned TLS, then goes
round: for each space, fetch what was stored after its cursor and hand it to the engine in stream order, then
publish what the engine has for it. It goes round again when this device changes a document (after
`publish_delay`), when the relay announces a new envelope on a space's subject (after `settle`, so a LAN
peer's HELLO can say we already hold it), and every `poll` seconds.

A relay that cannot be reached is reported (`RelayStatus`, "relay unreachable — changes are kept and will be
sent") and tried again with growing pauses. Envelopes that were sealed but not acknowledged are kept and sent
again byte for byte, so the relay's de-duplication stores each once.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import logging
from dataclasses import dataclass, field

from sync.engine import DocumentChanged, EngineEvent, RelayActivity, RelayStatus, SyncEngine
from sync.engine.relayed import Outgoing, RelayedSpace
from sync.errors import SyncError
from sync.identity import DeviceId
from sync.invites import Invite, InviteExpired, InviteRejected, prove
from sync.join import JoinAccepted, JoinError, JoinRefused, JoinRequest, decode_reply
from sync.mailbox import MailKind, is_mail, mailbox_challenge, open_mail, seal_mail
from sync.relay._base import PROVISION_USER, RelayError, RelayRefused, RelayUnreachable
from sync.relay.address import RelayAddress, fetch_certificate
from sync.relay.client import NO_PROVISIONING, RelayClient
from sync.relay.provision import space_claim
from sync.spaces import relay_tag

__all__ = ["RelayLink"]

log = logging.getLogger(__name__)

BACKOFF_S = (1.0, 2.0, 5.0, 10.0, 30.0, 60.0)
JOIN_TIMEOUT = 60.0  # seconds a join through the relay waits for the inviter's answer


@dataclass
class _Connection:
    address_text: str
    spaces: frozenset[bytes]
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task[None] | None = None
    unsent: dict[bytes, Outgoing] = field(default_factory=dict)  # sealed, not yet acknowledged
    closed: bool = False  # set before the task is cancelled, in case a cancellation gets lost

    def close(self) -> None:
        self.closed = True
        self.wake.set()  # a round that lost its cancellation (see `_serve`) stops waiting and sees `closed`
        if self.task is not None:
            self.task.cancel()


@dataclass
class _JoinAttempt:
    """A join through the relay, across reconnections: the request is posted once, and reading goes on after
    the last message read."""

    invite: Invite
    address: RelayAddress
    certificate: bytes
    challenge: bytes
    request: bytes
    posted: int | None = None  # the request's stream sequence, once the relay stored it
    after: int = 0


class RelayLink:
    """Drives the engine's relay side (`SyncEngine.relay_*`). Start it on the engine's loop."""

    def __init__(
        self,
        engine: SyncEngine,
        *,
        poll: float = 30.0,
        publish_delay: float = 0.2,
        settle: float = 0.5,
        timeout: float = 5.0,
        backoff: tuple[float, ...] = BACKOFF_S,
    ) -> None:
        self.engine = engine
        self.poll = poll
        self.publish_delay = publish_delay
        self.settle = settle
        self.timeout = timeout
        self.backoff = backoff
        self._connections: dict[str, _Connection] = {}
        # The tasks of connections closed because their relay changed, still closing their client.
        self._retiring: set[asyncio.Task[None]] = set()
        self._pending_wake: asyncio.TimerHandle | None = None
        self._stopped = False
        self.connected: dict[bytes, bool] = {}  # space -> whether its relay answered last time
        self.problems: dict[bytes, str] = {}  # space -> why its relay cannot be used, in words

    # -- life --

    def start(self) -> None:
        self.engine.listeners.append(self._engine_event)
        self.engine.on_relay_changed = self._relay_changed
        self.reconfigure()

    def _relay_changed(self) -> None:
        """The engine has something for the relay now (a relay was set, the log changed, a joiner's answer)."""
        self.reconfigure()
        self.go_round()

    async def stop(self) -> None:
        self._stopped = True
        if self._engine_event in self.engine.listeners:
            self.engine.listeners.remove(self._engine_event)
        self.engine.on_relay_changed = None
        if self._pending_wake is not None:
            self._pending_wake.cancel()
        tasks = [c.task for c in self._connections.values() if c.task is not None]
        for connection in self._connections.values():
            connection.close()
        self._connections.clear()
        await asyncio.gather(*tasks, *self._retiring, return_exceptions=True)

    def reconfigure(self) -> None:
        """Match the connections to the spaces' relay addresses (after one was set or removed)."""
        if self._stopped:
            return
        groups: dict[str, set[bytes]] = {}
        for space_id in self.engine.space_ids():
            text = self.engine.relay_address(space_id)
            space = self.engine.space(space_id)
            if text is not None and space is not None and space.is_member:
                groups.setdefault(text, set()).add(space_id)
        for text, connection in list(self._connections.items()):
            if frozenset(groups.get(text, ())) != connection.spaces:
                connection.close()
                del self._connections[text]
                if connection.task is not None and not connection.task.done():
                    self._retiring.add(connection.task)  # awaited by stop(): its client closes on the way out
                    connection.task.add_done_callback(self._retiring.discard)
        for text, spaces in groups.items():
            if text not in self._connections:
                connection = _Connection(text, frozenset(spaces))
                connection.task = asyncio.get_running_loop().create_task(self._run(connection))
                self._connections[text] = connection
        for space_id in list(self.connected):
            if not any(space_id in c.spaces for c in self._connections.values()):
                self.connected.pop(space_id, None)
                self.problems.pop(space_id, None)

    async def join(self, invite: Invite, *, timeout: float = JOIN_TIMEOUT) -> bytes:
        """Join the invite's space through the relay it names (`sync.mailbox`): post the join request on the
        space's subject and wait for the inviter's answer, which may come whenever the inviter's service next
        goes round. Returns the space id; raises `InviteError` subclasses (with what to do) or `RelayError`."""
        if not invite.relay:
            raise InviteRejected("This invite names no relay; join on the same network as the inviter.")
        known = self.engine.space(invite.space_id)
        if known is not None and known.is_member:
            return invite.space_id  # already in (a second tap on the same invite)
        if self.engine.now() >= invite.expires_at:
            raise InviteExpired("This invite has expired; ask for a new one.")
        address = RelayAddress.from_text(invite.relay)
        certificate = await fetch_certificate(address, timeout=self.timeout)
        me = self.engine.me
        challenge = mailbox_challenge(invite.secret)
        proof = prove(invite.secret, invite.inviter, me.device_id.raw, challenge)
        request = JoinRequest.make(me, proof, challenge, DeviceId(invite.inviter))
        attempt = _JoinAttempt(invite, address, certificate, challenge, request.to_bytes())
        problem: RelayUnreachable | None = None
        try:
            async with asyncio.timeout(timeout):
                while True:
                    try:
                        return await self._try_join(attempt)
                    except RelayUnreachable as exc:
                        # One request timing out on a busy relay (or one that is just loading a new space's
                        # account) does not end the join: connect again and go on where it stopped.
                        problem = exc
                        log.info("a join through the relay met a problem; trying again")
                        await asyncio.sleep(self.backoff[0])
        except TimeoutError:
            if attempt.posted is None and problem is not None:
                raise problem from None  # the request never reached the relay: say why
            raise InviteRejected(
                "The inviting device has not answered through the relay yet. It answers when its Commons is"
                " running; try joining again later with the same invite."
            ) from None

    async def _try_join(self, attempt: _JoinAttempt) -> bytes:
        """One connection's worth of a join: post the request (once for the whole join), then read the space's
        mail until the inviter's answer for this device arrives. RelayError if the relay fails on the way."""
        invite, address = attempt.invite, attempt.address
        tag = relay_tag(invite.space_id)
        client = await RelayClient.connect(
            address.urls, address.user, address.password, attempt.certificate, timeout=self.timeout
        )
        try:
            arrived = asyncio.Event()
            unwatch = await client.watch(tag, arrived.set)
            try:
                if attempt.posted is None:
                    [attempt.posted] = await client.publish(
                        tag, [seal_mail(invite.secret, MailKind.REQUEST, attempt.request)]
                    )
                    attempt.after = attempt.posted
                while True:
                    arrived.clear()
                    async for sequence, message in client.fetch(tag, after=attempt.after):
                        attempt.after = sequence
                        space_id = self._joined_by(attempt, message)
                        if space_id is not None:
                            return space_id
                    with contextlib.suppress(TimeoutError):
                        async with asyncio.timeout(self.poll):
                            await arrived.wait()
            finally:
                with contextlib.suppress(Exception):
                    await unwatch()
        finally:
            await client.close()

    def _joined_by(self, attempt: _JoinAttempt, message: bytes) -> bytes | None:
        """The space joined if *message* is the inviter's answer to this device's request, else None."""
        invite = attempt.invite
        reply = _reply_in(invite.secret, message)
        if isinstance(reply, JoinRefused):
            raise reply.reason.error()
        if reply is None:
            return None
        try:
            space = self.engine.join_space(
                reply,
                secret=invite.secret,
                inviter=DeviceId(invite.inviter),
                challenge=attempt.challenge,
                expected_space=invite.space_id,
            )
        except SyncError:
            return None  # the answer to another device that holds the same invite
        assert attempt.posted is not None
        self._joined_through(space.id, attempt.address, attempt.certificate, attempt.posted)
        return space.id

    def _joined_through(
        self, space_id: bytes, address: RelayAddress, certificate: bytes, posted: int
    ) -> None:
        """Keep the relay for the new space, starting after our request: what came before was sealed for
        others, and the inviter sends the whole history again for us."""
        store = self.engine.relay_store
        assert store is not None
        self.engine.set_relay(space_id, address.to_text())
        store.set_relay_certificate(space_id, certificate)
        store.save_relay_progress(space_id, posted, [])

    def go_round(self) -> None:
        """Fetch and publish now (e.g. a test, or the app's "sync now")."""
        for connection in self._connections.values():
            connection.wake.set()

    def _engine_event(self, event: EngineEvent) -> None:
        if isinstance(event, DocumentChanged) and event.from_peer is None and self._pending_wake is None:
            # A change made here: publish soon, gathering what follows it into the same envelopes.
            self._pending_wake = asyncio.get_running_loop().call_later(self.publish_delay, self._woken)

    def _woken(self) -> None:
        self._pending_wake = None
        self.go_round()

    # -- one relay --

    async def _run(self, connection: _Connection) -> None:
        failures = 0
        while not connection.closed:
            try:
                address = RelayAddress.from_text(connection.address_text)
            except RelayError as exc:
                self._status(connection, False, f"the relay address is not usable: {exc}")
                return  # until the address is changed
            try:
                if address.is_shared_login and await self._use_own_logins(connection, address):
                    return  # each space has its own login now: the connections for those take over
                client = await self._connect(connection, address)
            except RelayError as exc:
                self._status(connection, False, str(exc))
                await asyncio.sleep(self.backoff[min(failures, len(self.backoff) - 1)])
                failures += 1
                continue
            failures = 0
            self._status(connection, True)
            try:
                await self._serve(connection, address, client)
            except RelayError as exc:
                self._status(connection, False, str(exc))
                await asyncio.sleep(self.backoff[0])
            except Exception as exc:  # a bug here must not end relay sync for good: report, pause, go again
                log.error("a relay round failed unexpectedly (%s)", _where(exc))
                self._status(connection, False, "relay sync hit an unexpected problem; it will try again")
                await asyncio.sleep(self.backoff[-1])
            finally:
                with contextlib.suppress(Exception):
                    await client.close()

    async def _connect(self, connection: _Connection, address: RelayAddress) -> RelayClient:
        store = self.engine.relay_store
        assert store is not None
        certificate = next(
            (
                state.certificate
                for space_id in connection.spaces
                if (state := store.relay_state(space_id)) is not None and state.certificate is not None
            ),
            None,
        )
        if certificate is None:
            certificate = await fetch_certificate(address, timeout=self.timeout)
            for space_id in connection.spaces:
                store.set_relay_certificate(space_id, certificate)
        return await RelayClient.connect(
            address.urls, address.user, address.password, certificate, timeout=self.timeout
        )

    async def _use_own_logins(self, connection: _Connection, address: RelayAddress) -> bool:
        """Ask the relay for each space's own login (`sync.relay.provision`) and use it instead of a shared one
        (the provisioning login admins are given, or an operator's login from before provisioning). False if
        an operator's login meets a relay that provisions nothing: it is then used as it is."""
        own = await self._ask_own_logins(connection.spaces, address, connection)
        if own is None:
            return False
        self._use(own, address)
        return True

    async def own_login(self, space_id: bytes) -> str | None:
        """The space's relay address with the space's own login, asked for now if it still holds a shared one
        (an invite carries no other); None if it has no relay, or one that provisions nothing. RelayError if
        the relay cannot be reached or refuses."""
        text = self.engine.relay_address(space_id)
        if text is None:
            return None
        address = RelayAddress.from_text(text)
        if not address.is_shared_login:
            return text
        try:
            own = await self._ask_own_logins(frozenset({space_id}), address)
        except RelayRefused:
            raise
        except RelayError:  # a connection lost on a busy relay (its TLS handshake is bounded): once more
            own = await self._ask_own_logins(frozenset({space_id}), address)
        if own is None:
            return None
        self._use(own, address)
        return own[space_id].to_text()

    async def _ask_own_logins(
        self, spaces: frozenset[bytes], address: RelayAddress, connection: _Connection | None = None
    ) -> dict[bytes, RelayAddress] | None:
        client = await self._connect(connection or _Connection(address.to_text(), spaces), address)
        own: dict[bytes, RelayAddress] = {}
        try:
            for space_id in sorted(spaces):
                try:
                    credential = await client.provision(relay_tag(space_id), space_claim(space_id))
                except RelayRefused as exc:
                    if str(exc) == NO_PROVISIONING and address.user != PROVISION_USER:
                        log.warning("a space uses its relay's operator login; the relay cannot issue its own")
                        return None
                    raise
                own[space_id] = dataclasses.replace(
                    address, user=credential.user, password=credential.password
                )
        finally:
            await client.close()
        return own

    def _use(self, own: dict[bytes, RelayAddress], shared: RelayAddress) -> None:
        for space_id, address_of_space in own.items():  # no await between: one reconfiguration
            if self.engine.relay_address(space_id) == shared.to_text():  # not changed meanwhile
                self.engine.set_relay(space_id, address_of_space.to_text())
        log.info("the relay gave %d space(s) their own login", len(own))

    async def _serve(self, connection: _Connection, address: RelayAddress, client: RelayClient) -> None:
        watches = []
        for space_id in connection.spaces:
            tag = self.engine.relayed(space_id, address.relay_id).tag
            watches.append(await client.watch(tag, functools.partial(self._announced, connection)))
        try:
            while not connection.closed:
                connection.wake.clear()
                for space_id in sorted(connection.spaces):
                    await self._fetch(client, space_id, address.relay_id)
                    await self._publish(connection, client, space_id)
                with contextlib.suppress(TimeoutError):
                    # asyncio.timeout, not wait_for: on Python 3.11 wait_for can swallow a cancellation that
                    # arrives as the wait ends, and this loop would then run on after `stop`.
                    async with asyncio.timeout(self.poll):
                        await connection.wake.wait()
        finally:
            for unwatch in watches:
                with contextlib.suppress(Exception):
                    await unwatch()

    def _announced(self, connection: _Connection) -> None:
        # Another device published: fetch after a moment, so a LAN peer can tell us first that we hold it.
        asyncio.get_running_loop().call_later(self.settle, connection.wake.set)

    async def _fetch(self, client: RelayClient, space_id: bytes, relay_id: bytes) -> None:
        relayed = self.engine.relayed(space_id, relay_id)
        before = _counts(relayed)
        last = await client.last_sequence(relayed.tag)
        if last < relayed.position:
            # The relay no longer has what we read: restored from an older backup, a new stream, or it all
            # expired. Read what it has, and give it everything again (its heads are not ours to trust now).
            log.info("the relay holds less of a space than this device read; starting over with it")
            relayed.start_over()
        self.engine.relay_fetching(space_id, last)  # how much there is: a first copy's progress
        async for sequence, envelope in client.fetch(relayed.tag, after=relayed.position, last=last):
            self.engine.relay_receive(space_id, sequence, envelope)
        self.engine.relay_round_done(space_id)
        self._activity(space_id, relayed, before)

    async def _publish(self, connection: _Connection, client: RelayClient, space_id: bytes) -> None:
        relayed = self.engine.relayed_space(space_id)
        if relayed is None:
            return
        before = _counts(relayed)
        # What was sealed but not acknowledged goes again byte for byte (the relay stores it once).
        outgoing = connection.unsent.pop(space_id, None) or self.engine.relay_outgoing(
            space_id, client.max_envelope
        )
        if not outgoing:
            return
        try:
            sequences = await client.publish(relayed.tag, outgoing.envelopes)
        except BaseException:
            connection.unsent[space_id] = outgoing
            raise
        self.engine.relay_published(space_id, outgoing, sequences)
        self._activity(space_id, relayed, before)

    def _activity(self, space_id: bytes, relayed: RelayedSpace, before: tuple[int, ...]) -> None:
        after = _counts(relayed)
        if after != before:
            delta = [a - b for a, b in zip(after, before, strict=True)]
            self.engine.emit(RelayActivity(space_id, *delta))

    def _status(self, connection: _Connection, connected: bool, reason: str = "") -> None:
        if connection.closed:
            return  # a round that ended after its relay was changed or removed: it no longer speaks for them
        for space_id in sorted(connection.spaces):
            changed = self.connected.get(space_id) != connected or self.problems.get(space_id, "") != reason
            self.connected[space_id] = connected
            if reason:
                self.problems[space_id] = reason
            else:
                self.problems.pop(space_id, None)
            if changed:
                self.engine.emit(RelayStatus(space_id, connected, reason))


def _where(exc: BaseException) -> str:
    """The exception's type and the innermost place it was raised: enough to find a bug, no contents."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    place = (
        f" at {tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}" if tb is not None else ""
    )
    return type(exc).__name__ + place


def _reply_in(secret: bytes, message: bytes) -> JoinAccepted | JoinRefused | None:
    """The inviter's answer, if *message* is one for this invite; None for anything else on the subject."""
    if not is_mail(message):
        return None
    try:
        kind, body = open_mail(secret, message)
        return decode_reply(body) if kind is MailKind.REPLY else None
    except JoinError:
        return None


def _counts(relayed: RelayedSpace) -> tuple[int, int, int, int, int]:
    c = relayed.counters
    return (c.fetched, c.applied, c.held, c.refused + c.replayed, c.published)
