"""The sync engine: this device's spaces and their documents, and a session per connected peer.

The engine is single-threaded and does no I/O of its own: drivers (the asyncio `serve_channel` in serve.py, the
test harness's simulated network) feed frames to sessions and send what lands in their outboxes. Storage goes
through the `sync.ports` protocols, which the encrypted store satisfies.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from sync.community import CommunityDocument, CommunityError, CommunityView
from sync.envelope import ReplayWindow
from sync.identity import DeviceCard, DeviceId, DeviceKeys
from sync.invites import Invite, InviteError, invite_tag
from sync.join import JoinAccepted, JoinError, JoinRefused, JoinRequest, RefusalReason
from sync.mailbox import MailKind, mail_header, mailbox_challenge, mailbox_id, open_mail, seal_mail
from sync.membership import ActorClaim, Role, SpaceKind, member_id_of
from sync.ports import DocumentStore, RelayStateStore, SpaceStore
from sync.spaces import Space, SpaceError, SpaceKeyring, writers_of
from sync.support_circle import SupportRequest, SupportShare
from sync.support_outbox import AlertOutbox, InMemoryAlertOutbox

from .alerts import AlertDelivery, AlertStatus, SupportAlerts
from .events import (
    ChangesRefused,
    DocumentChanged,
    EngineEvent,
    InSync,
    MembershipChanged,
    PeerConnected,
    PeerDisconnected,
    RelayRefused,
    RelayStatus,
    SessionFailed,
    Syncing,
)
from .relayed import Outcome, Outgoing, Received, RelayedSpace
from .replica import Replica
from .session import PeerSession
from .status import FailureKind, StatusBook, SyncReport, facts_of
from .support_circles import SupportShareCopy
from .wire import RelayNote

__all__ = ["AlertDelivery", "SyncEngine"]

log = logging.getLogger(__name__)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SyncEngine:
    def __init__(
        self,
        me: DeviceKeys,
        spaces: SpaceStore,
        documents: DocumentStore,
        *,
        actor_id: bytes,
        relay: RelayStateStore | None = None,
        outbox: AlertOutbox | None = None,
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self.me = me
        self.keyring = SpaceKeyring()
        self._space_store = spaces
        self._documents = documents
        self._actor = actor_id
        self._clock = clock
        self._spaces: dict[bytes, Space] = {}
        self._replicas: dict[bytes, Replica] = {}
        self._support_circles: dict[
            bytes, SupportShareCopy
        ] = {}  # support circles: a share each, no document
        # "I need support": my requests in a durable outbox until acknowledged; requests I received
        self.alerts = SupportAlerts(
            outbox if outbox is not None else InMemoryAlertOutbox(),
            lambda: list(self._spaces.values()),
            self.now,
            self.emit,
        )
        self.sessions: set[PeerSession] = set()
        self.listeners: list[Callable[[EngineEvent], None]] = []
        # Spaces left unopened because what is stored for them could not be read (their log, or their document
        # with every fallback), and why; kept in the store untouched. Also a card this device could not write.
        self.unreadable: list[tuple[bytes, str]] = []
        self.relay_store = relay
        self._relayed: dict[bytes, RelayedSpace] = {}
        self._card_unpublished: set[bytes] = set()  # spaces whose log gained this device's card, no relay yet
        self._lan_in_sync: dict[bytes, set[DeviceId]] = {}  # space -> LAN peers holding what we hold
        self._local: set[bytes] = set()  # spaces kept on this device only (the demo town): never announced
        self.on_relay_changed: Callable[[], None] | None = None  # the relay driver's wake-up
        # Told when a community's changes held for their date (or set aside as too far ahead) changed: the
        # driver calls `release_held` at `held_until` (nothing else may arrive to trigger it)
        self.on_held: Callable[[bytes], None] | None = None
        # A moved profile's circles: the log sealed by the old device (`sync.rejoin`), until a relay took it
        self._introductions: dict[bytes, bytes] = {}
        self.on_introduced: Callable[[bytes], None] | None = None  # told once the relay took one
        self.status = StatusBook(self.now)  # per community: peers, routes, what waits (`sync_report`)
        for space_id in spaces.spaces():
            try:
                self._adopt(Space.load(space_id, me, spaces, self.keyring))
            except SpaceError as exc:  # kept in the store untouched; the others still sync
                self.unreadable.append((space_id, str(exc)))
                continue
            except CommunityError as exc:  # no stored copy of its document loads: never taken as empty
                self.unreadable.append((space_id, f"the stored community document did not load ({exc})"))
                continue
            if relay is not None:
                for row in relay.replay_windows(space_id):
                    window = ReplayWindow.from_state(row.highest, row.seen)
                    self.keyring.restore_window(row.space_tag, DeviceId(row.sender), window)

    def _adopt(self, space: Space) -> Space:
        """Hold *space* and its document; raises CommunityError (holding nothing) when no stored copy of the
        document loads."""
        if space.kind is SpaceKind.CIRCLE:
            self._spaces[space.id] = space
            self._support_circles[space.id] = SupportShareCopy(space.id, self._documents)
        else:
            replica = Replica(space.id, self._documents, self._actor, self.me.signer, self.now)
            self._spaces[space.id] = space
            self._replicas[space.id] = replica
            if space.kind is SpaceKind.COMMUNITY:
                self.status.track(space.id, replica.heads())
            self._card(space)
            replica.guard(writers_of(space.log))
        self._upgrade_sealing(space)
        return space

    def _card(self, space: Space) -> None:
        """Make sure the space's log binds this device to its member and its actor id (first time in a
        community, or a community from before cards): without it, peers hold this device's changes."""
        state = space.state
        if space.kind is not SpaceKind.COMMUNITY or state.role_of(self.me.device_id) not in (
            Role.ADMIN,
            Role.MEMBER,
        ):
            return
        bound = state.actors.get(self._actor)
        if bound is not None and bound.device == self.me.device_id:
            return
        try:
            space.write_card(self.member_id(space.id), (ActorClaim(self._actor),), now=self.now())
        except SpaceError as exc:
            self.unreadable.append((space.id, f"this device could not register its writer card: {exc}"))
            return
        self._own_entries_written(space)

    def _own_entries_written(self, space: Space) -> None:
        """This device wrote membership entries without anyone asking (its card, its hybrid key, a rekey):
        they go to the relay now, or with the log when a relay is set for the space."""
        relayed = self._relayed.get(space.id)
        if relayed is not None:
            relayed.log_due = True
            self._wake_relay()
        else:
            self._card_unpublished.add(space.id)

    def _upgrade_sealing(self, space: Space) -> bool:
        """Publish this device's hybrid key, and rekey with hybrid sealing when due (`Space.upgrade_sealing`).
        Returns whether entries were written; the caller passes them on to peers."""
        try:
            written = space.upgrade_sealing(now=self.now())
        except SpaceError as exc:  # tried again at the next membership change or start
            log.warning("this device could not move a space to hybrid keys: %s", exc)
            return False
        if written:
            self._own_entries_written(space)
        return bool(written)

    def remove_device(self, space_id: bytes, device: DeviceId) -> None:
        """Remove a device from a space (a new epoch key for the others) and, in a community, close each of its
        actors at the last change this device holds from it: every peer then counts what it wrote before and
        refuses what it writes after, whatever order they hear of it in. Raises SpaceError."""
        space = self._spaces[space_id]
        space.remove(device, now=self.now())
        replica = self._replicas.get(space_id)
        doc = replica.doc if replica is not None else None
        bound = [b for b in space.state.actors.values() if b.device == device]
        if doc is not None and bound:
            claims = []
            for binding in bound:
                latest = doc.latest_seq(binding.actor)
                if latest:
                    claims.append(ActorClaim(binding.actor, latest))
            if claims:
                space.write_card(bound[0].member_id, tuple(claims), now=self.now(), device=device)
        self.membership_changed(space_id)

    def member_id(self, space_id: bytes) -> str:
        """The member this device speaks for in a community (its card's, or the one it will take)."""
        return self._spaces[space_id].state.member_of.get(self.me.device_id, member_id_of(self.me.device_id))

    def changes_refused(self, space_id: bytes, source: PeerSession | None) -> None:
        """Report what the gate quarantined since the last report (a peer's or the relay's changes)."""
        replica = self._replicas.get(space_id)
        refused = replica.take_refused() if replica is not None else []
        if replica is not None and replica.ahead_changed() and self.on_held is not None:
            self.on_held(space_id)
        if refused:
            self.emit(
                ChangesRefused(
                    space_id,
                    source.peer.device_id if source is not None else None,
                    tuple((q.member_id, q.reason) for q in refused),
                )
            )

    # -- changes dated ahead of this device's clock (sync.community._ahead) --

    def held_until(self) -> dt.datetime | None:
        """The earliest moment a change held for its date, in any community, may be judged."""
        return min((t for r in self._replicas.values() if (t := r.held_until()) is not None), default=None)

    def release_held(self) -> None:
        """Judge the held changes whose date has come, without anything else arriving; peers hear of what
        was applied, and what was refused is reported."""
        now = self.now()
        for space_id, replica in list(self._replicas.items()):
            due = replica.held_until()
            if due is None or due > now:
                continue
            if replica.release_held():
                self.document_changed(space_id, None)
            self.changes_refused(space_id, None)

    # -- spaces --

    def create_community(self, name: str, view: CommunityView | None = None, *, local: bool = False) -> Space:
        """A new community with this device as its admin; *view* is what it starts with (default: nothing).
        A *local* one stays on this device (`keep_local`)."""
        space = self._adopt(
            Space.create(SpaceKind.COMMUNITY, self.me, self._space_store, self.keyring, now=self.now())
        )
        if local:
            self.keep_local(space.id)
        self._replicas[space.id].create(name, view)
        return space

    def keep_local(self, space_id: bytes) -> None:
        """Never let the space leave this device: it is not announced, offers no invites and takes no relay.
        (Not stored here: the caller remembers which spaces are local and says so after each start.)"""
        if space_id not in self._spaces:
            raise ValueError("this device is not in that space")
        if self.relay_address(space_id) is not None:
            raise ValueError("this space already uses a relay, so it cannot be kept on this device only")
        self._local.add(space_id)

    def is_local(self, space_id: bytes) -> bool:
        return space_id in self._local

    def forget_space(self, space_id: bytes) -> None:
        """Leave a space on this device alone: stop syncing it, tell nobody, and delete its log (with its
        keys), invites, sequence numbers, document, proofs and relay state. Other members keep their copies
        and still list this device until an admin removes it."""
        if space_id not in self._spaces:
            raise ValueError("this device is not in that space")
        del self._spaces[space_id]
        self._replicas.pop(space_id, None)
        if self._support_circles.pop(space_id, None) is not None:
            self.alerts.forget(space_id)
        self._relayed.pop(space_id, None)
        self._card_unpublished.discard(space_id)
        self._lan_in_sync.pop(space_id, None)
        self._local.discard(space_id)
        self.status.forget(space_id)
        self.unreadable = [(s, why) for s, why in self.unreadable if s != space_id]
        self.keyring.forget(space_id)
        self._documents.forget_document(space_id)
        if self.relay_store is not None:
            self.relay_store.forget_relay(space_id)
        self._space_store.forget_space(space_id)
        for session in list(self.sessions):
            session.forget(space_id)
            if not self.shared_spaces(session.peer):
                session.end()  # nothing left to sync with this peer, and nothing to tell it
        self._wake_relay()

    def create_support_circle(self) -> Space:
        """A support circle for one supporter (sync.support_circle): this device is its admin; the supporter's devices
        join it as readers with an invite."""
        return self._adopt(
            Space.create(SpaceKind.CIRCLE, self.me, self._space_store, self.keyring, now=self.now())
        )

    def add_space(self, space: Space) -> Space:
        """A space this device just joined (`Space.join`): its document comes from the first peer met."""
        if space.me.device_id != self.me.device_id or space.keyring is not self.keyring:
            raise ValueError("join the space with this engine's keys and keyring")
        self._adopt(space)
        for session in self.sessions:
            if space in self.shared_spaces(session.peer):
                session.start()
        return space

    @property
    def actor_id(self) -> bytes:
        """This device's Automerge actor id (from its identity; never shared with another device)."""
        return self._actor

    def space_ids(self) -> list[bytes]:
        return list(self._spaces)

    def space(self, space_id: bytes) -> Space | None:
        return self._spaces.get(space_id)

    def replica(self, space_id: bytes) -> Replica:
        return self._replicas[space_id]

    def document(self, space_id: bytes) -> CommunityDocument | None:
        replica = self._replicas.get(space_id)
        return replica.doc if replica is not None else None

    def support_circle(self, space_id: bytes) -> SupportShareCopy:
        return self._support_circles[space_id]

    def share(self, space_id: bytes) -> SupportShare | None:
        """A support circle's share: the one this device publishes (the person's), or the latest it received."""
        copy = self._support_circles.get(space_id)
        return copy.share if copy is not None else None

    def publish_share(self, space_id: bytes, share: SupportShare) -> None:
        """The person's device: make *share* the circle's (it must be newer) and send it to the supporter's
        devices in session now, and through the relay."""
        space = self._spaces[space_id]
        if space.kind is not SpaceKind.CIRCLE or space.state.role_of(self.me.device_id) is not Role.ADMIN:
            raise ValueError("only the person's devices publish a circle's share")
        if self._support_circles[space_id].take(share):
            self.document_changed(space_id, None)

    def request_support(self, message: str = "") -> list[AlertDelivery]:
        """ "I need support": kept in the outbox (`alerts.SupportAlerts`) for every circle of mine that has a
        supporter, then sent to each supporter device in session and through each circle's relay. Returns how
        it went for each circle at that moment; `alert_statuses` follows it until each device acknowledged it.
        Raises ValueError (nothing sent) when the outbox is full."""
        went = self.alerts.ask(message, list(self.sessions), self._relayed)
        self._wake_relay()
        return went

    def introduce(self, introductions: dict[bytes, bytes]) -> None:
        """A moved or restored profile: publish each circle's log sealed by the old device (`sync.rejoin`)
        before anything else on its relay; `on_introduced` says when the relay took it."""
        self._introductions.update(introductions)
        for space_id, envelope in introductions.items():
            relayed = self._relayed.get(space_id)
            if relayed is not None:
                relayed.mail.insert(0, envelope)
        self._wake_relay()

    def introductions_waiting(self) -> list[bytes]:
        return list(self._introductions)

    def alert_statuses(self) -> list[AlertStatus]:
        """Where my latest request stands in each circle that has one."""
        return self.alerts.statuses()

    def alert_received(self, space_id: bytes, request: SupportRequest, source: PeerSession | None) -> None:
        """A supporter's device: the person asked for support (each request is reported once)."""
        self.alerts.received(space_id, request)

    def alert_receipt(self, space_id: bytes, at_ms: int, source: PeerSession) -> None:
        """The person's device: a supporter's device acknowledged my requests in the circle up to *at_ms*."""
        self.alerts.receipt(space_id, at_ms, source.peer.device_id)

    def support_share_received(
        self, space_id: bytes, share: SupportShare, source: PeerSession | None
    ) -> None:
        if self._support_circles[space_id].take(share):
            self.emit(DocumentChanged(space_id, source.peer.device_id if source is not None else None))
            for session in self.sessions:  # another of the person's devices may pass it on
                if session is not source:
                    session.local_change(space_id)

    def shared_spaces(self, peer: DeviceCard) -> list[Space]:
        """Community spaces where both this device and *peer* are writing members, and support circles where
        one of the two is the person's device (an admin) and the other a member too."""
        writers = (Role.ADMIN, Role.MEMBER)
        shared = []
        for space in self._spaces.values():
            if not space.is_member:
                continue
            theirs = space.state.role_of(peer.device_id)
            community = space.kind is SpaceKind.COMMUNITY and theirs in writers
            support_circle = (
                space.kind is SpaceKind.CIRCLE
                and theirs is not None
                and Role.ADMIN in (theirs, space.state.role_of(self.me.device_id))
            )
            if community or support_circle:
                shared.append(space)
        return shared

    def open_invites(self, *, include_used: bool = False) -> dict[bytes, tuple[Space, Invite]]:
        """Invites this device issued that are unexpired (and unused, unless *include_used*), by their tag
        (`sync.invites.invite_tag`)."""
        now = self.now()
        found: dict[bytes, tuple[Space, Invite]] = {}
        for space in self._spaces.values():
            if space.id in self._local:
                continue
            for encoded, used in self._space_store.invites(space.id):
                if used and not include_used:
                    continue
                invite = Invite.from_bytes(encoded)
                if invite.expires_at > now:
                    found[invite_tag(invite.secret)] = (space, invite)
        return found

    def join_space(
        self,
        accepted: JoinAccepted,
        *,
        secret: bytes,
        inviter: DeviceId,
        challenge: bytes,
        expected_space: bytes | None = None,
    ) -> Space:
        """The joiner's last step: check the inviter's answer (`Space.join`) and keep the space."""
        space = Space.join(
            accepted,
            self.me,
            self._space_store,
            self.keyring,
            secret=secret,
            inviter=inviter,
            challenge=challenge,
            expected_space=expected_space,
        )
        return self.add_space(space)

    def space_tags(self) -> frozenset[bytes]:
        """The current tags of the community spaces this device syncs, and of its open invites: what discovery
        announces and the TLS handshake offers (support circles and one's own devices are not announced)."""
        communities = frozenset(
            t
            for s in self._spaces.values()
            if s.kind is SpaceKind.COMMUNITY
            and s.is_member
            and s.id not in self._local
            and (t := s.space_tag) is not None
        )
        return communities | frozenset(self.open_invites())

    def announce_secrets(self) -> dict[bytes, bytes]:
        """What discovery announces, by the tag the TLS handshake then offers for it: the current epoch key
        of each community in `space_tags`, and the secret of each open invite. Discovery announces them
        blinded (`sync.lan.records`), so only those who hold one recognise it."""
        found = {
            t: key
            for s in self._spaces.values()
            if s.kind is SpaceKind.COMMUNITY
            and s.is_member
            and s.id not in self._local
            and (key := s.state.epoch.key) is not None
            and (t := s.space_tag) is not None
        }
        found.update((tag, invite.secret) for tag, (_space, invite) in self.open_invites().items())
        return found

    def now(self) -> dt.datetime:
        return self._clock()

    # -- changes --

    def change(self, space_id: bytes, edit: Callable[[CommunityDocument], None]) -> None:
        """Edit a space's document here; peers in session hear of it at once."""
        if self._replicas[space_id].change(edit):
            self.document_changed(space_id, None)

    def emit(self, event: EngineEvent) -> None:
        self._note(event)
        for listener in list(self.listeners):
            listener(event)

    def _note(self, event: EngineEvent) -> None:
        """What the status book learns from an event (sessions and the relay driver tell it the rest)."""
        status = self.status
        if isinstance(event, SessionFailed):
            status.session_failed(event.peer, event.reason)
        elif isinstance(event, RelayStatus):
            status.relay_status(event.space_id, event.connected, event.reason)
        elif isinstance(event, RelayRefused):
            status.failed(event.space_id, FailureKind.RELAY_REFUSED, None, event.reason)
        elif isinstance(event, ChangesRefused):
            reason = event.refused[-1][1] if event.refused else ""
            status.failed(event.space_id, FailureKind.CHANGES_REFUSED, event.peer, reason, len(event.refused))
        elif isinstance(event, DocumentChanged):
            status.touched(event.space_id)  # what waits to be sent, what is still missing

    def sync_report(self, space_id: bytes) -> SyncReport:
        """A community's sync status on this device (`sync.engine.status`). Raises KeyError for another space."""
        space, replica = self._spaces[space_id], self._replicas[space_id]
        facts = facts_of(
            space, replica, self._relayed.get(space_id), uses_relay=self.relay_address(space_id) is not None
        )
        return self.status.report(space_id, facts)

    def announced(
        self, space_id: bytes, source: PeerSession, heads: tuple[bytes, ...], has_document: bool
    ) -> None:
        """A peer named its heads for a space (a HELLO, or a sync message applied here)."""
        replica = self._replicas.get(space_id)
        if replica is not None:
            self.status.announced(space_id, source.peer.device_id, heads, has_document, replica.heads())

    def document_changed(self, space_id: bytes, source: PeerSession | None) -> None:
        self.emit(DocumentChanged(space_id, source.peer.device_id if source is not None else None))
        in_sync = self._lan_in_sync.get(space_id, set())
        for session in self.sessions:
            if session is not source:
                # It lacks this change until it says it holds it (its answer marks it in sync again): a link
                # gone silent with its session still open must not keep the change from the relay.
                in_sync.discard(session.peer.device_id)
                session.local_change(space_id)

    def syncing(self, space_id: bytes, source: PeerSession) -> None:
        self._lan_in_sync.get(space_id, set()).discard(source.peer.device_id)
        self.emit(Syncing(source.peer.device_id, space_id))

    def in_sync(self, space_id: bytes, source: PeerSession) -> None:
        self._lan_in_sync.setdefault(space_id, set()).add(source.peer.device_id)
        self.status.in_sync(space_id, source.peer.device_id)
        self.emit(InSync(source.peer.device_id, space_id))

    def membership_changed(
        self, space_id: bytes, *, from_relay: bool = False, told: PeerSession | None = None
    ) -> None:
        """New membership entries (made here or received): pass the log on to every peer of the space at once
        (a new epoch is readable only once it arrives), then greet again; disconnect peers that share nothing.
        Entries that did not come from the relay go there too. *told*: the session whose peer sent a log that
        holds all of ours; it is not sent ours back (with every admission at a hub, each member echoed the
        whole log to it)."""
        space = self._spaces[space_id]
        heads = space.state.heads
        self._upgrade_sealing(space)
        self.emit(MembershipChanged(space_id))
        replica = self._replicas.get(space_id)
        if replica is not None:
            self._card(space)
            replica.guard(writers_of(space.log))  # new writers, removed devices; waiting changes retried
            self.changes_refused(space_id, None)
        copy = self._support_circles.get(space_id)
        if copy is not None and copy.share is not None and not space.is_member:
            copy.forget()  # removed from a support circle: the person stopped sharing with us
            self.emit(DocumentChanged(space_id, None))
        relayed = self._relayed.get(space_id)
        if relayed is not None and not from_relay:
            relayed.log_due = True
            self._wake_relay()
        if space.state.heads != heads:
            told = None  # this device wrote entries of its own just now: every peer needs them
        for session in list(self.sessions):
            shared = self.shared_spaces(session.peer)
            if not shared:
                session.end(space)  # removed (or we were): devices that share no space are not kept connected
            elif space in shared or session.peer.device_id in space.state.cards:
                if session is not told:
                    session.share_log(space)
                if space in shared:
                    session.start()

    # -- sessions --

    def open_session(self, peer: DeviceCard) -> PeerSession:
        session = PeerSession(self, peer)
        self.sessions.add(session)
        self.status.connected(peer.device_id, [s.id for s in self.shared_spaces(peer)])
        self.emit(PeerConnected(peer.device_id))
        session.start()
        self.alerts.connected(session, self.shared_spaces(peer))
        return session

    def close_session(self, session: PeerSession) -> None:
        if session in self.sessions:
            self.sessions.discard(session)
            for peers in self._lan_in_sync.values():
                peers.discard(session.peer.device_id)
            self.status.disconnected(session.peer.device_id)
            self.emit(PeerDisconnected(session.peer.device_id))

    # -- the relay (driven by sync.relay.link) --

    def relay_address(self, space_id: bytes) -> str | None:
        """The address text of the space's relay, if it has one."""
        if self.relay_store is None:
            return None
        state = self.relay_store.relay_state(space_id)
        return state.address if state is not None else None

    def set_relay(self, space_id: bytes, address: str | None) -> None:
        """Use the relay at *address* (`sync.relay.address.RelayAddress` text) for the space, or none."""
        if self.relay_store is None:
            raise ValueError("this engine keeps no relay state")
        if space_id not in self._spaces:
            raise ValueError("this device is not in that space")
        if space_id in self._local and address:
            raise ValueError("This community is kept on this computer only; it cannot use a relay.")
        self.relay_store.set_relay_address(space_id, address)
        self._relayed.pop(space_id, None)
        self._wake_relay()

    def relayed(self, space_id: bytes, relay_id: bytes) -> RelayedSpace:
        """The space's relay state for the relay named *relay_id* (made on first use)."""
        if self.relay_store is None:
            raise ValueError("this engine keeps no relay state")
        current = self._relayed.get(space_id)
        if current is None or current.relay_id != relay_id:
            current = RelayedSpace(
                self._spaces[space_id],
                self._replicas.get(space_id),
                self._support_circles.get(space_id),
                self.relay_store,
                relay_id,
                self.now,
            )
            self._relayed[space_id] = current
            if space_id in self._introductions:  # first, so the supporters can read what follows
                current.mail.insert(0, self._introductions[space_id])
            self.alerts.for_relay(current)
            if space_id in self._card_unpublished:
                self._card_unpublished.discard(space_id)
                current.log_due = True
        return current

    def relayed_space(self, space_id: bytes) -> RelayedSpace | None:
        return self._relayed.get(space_id)

    def relay_receive(self, space_id: bytes, sequence: int, envelope: bytes) -> Received:
        """One envelope fetched from the space's relay subject, in stream order."""
        relayed = self._relayed[space_id]
        received = relayed.receive(sequence, envelope)
        self._relay_outcome(space_id, received)
        while received.membership_changed and relayed.held:  # a new key may open what waited
            results = relayed.retry_held()
            for result in results:
                self._relay_outcome(space_id, result)
            if not any(r.membership_changed for r in results):
                break
        return received

    def _relay_outcome(self, space_id: bytes, received: Received) -> None:
        if received.outcome is Outcome.MAIL:
            self._answer_mail(space_id, received.mail)
            return
        if received.outcome is Outcome.APPLIED and received.sender is not None:
            self.status.heard_via_relay(space_id, received.sender)
        if received.outcome is Outcome.REFUSED and received.reason:
            self.emit(RelayRefused(space_id, received.reason))
        if received.share is not None:
            self.support_share_received(space_id, received.share, None)
        if received.alert is not None:
            self.alert_received(space_id, received.alert, None)
        self.changes_refused(space_id, None)
        if received.document_changed:
            self.emit(DocumentChanged(space_id, received.sender))
            for session in self.sessions:
                session.local_change(space_id)
        if received.membership_changed:
            self.membership_changed(space_id, from_relay=True)

    def _answer_mail(self, space_id: bytes, mail: bytes) -> None:
        """A join request through the relay (`sync.mailbox`): answered if it is for one of our open invites
        to this space; anything else on the subject is someone else's mail."""
        try:
            kind, box = mail_header(mail)
        except JoinError as exc:
            self.emit(RelayRefused(space_id, f"unreadable relay mail: {exc}"))
            return
        if kind is not MailKind.REQUEST:
            return
        found = [
            (space, invite)
            for space, invite in self.open_invites(include_used=True).values()
            if space.id == space_id and mailbox_id(invite.secret) == box
        ]
        if not found:
            return  # another admin's invite, or an expired one
        space, invite = found[0]
        try:
            _, body = open_mail(invite.secret, mail)
            request = JoinRequest.from_bytes(body)
            accepted = space.admit(request, mailbox_challenge(invite.secret), now=self.now())
        except (InviteError, JoinError) as exc:
            reply = JoinRefused(RefusalReason.of(exc)).to_bytes()
        else:
            reply = accepted.to_bytes()
            relayed = self._relayed[space_id]
            relayed.heads = []  # the new member builds its copy from the whole history, sent again
            self.membership_changed(space_id)
        self._relayed[space_id].mail.append(seal_mail(invite.secret, MailKind.REPLY, reply))
        self._wake_relay()

    def lan_covers(self, space_id: bytes) -> bool:
        """Every other device that writes in the space is connected here and holds what we hold: the relay
        is not needed for our changes now (they go later, if a device is missing then)."""
        space = self._spaces[space_id]
        writers = {
            device
            for device, member in space.state.members.items()
            if member.role in (Role.ADMIN, Role.MEMBER) and device != self.me.device_id
        }
        return bool(writers) and writers <= self._lan_in_sync.get(space_id, set())

    def relay_outgoing(self, space_id: bytes, max_envelope: int) -> Outgoing:
        """What to publish to the space's relay now."""
        return self._relayed[space_id].outgoing(max_envelope, changes=not self.lan_covers(space_id))

    def relay_published(self, space_id: bytes, outgoing: Outgoing, sequences: list[int]) -> None:
        self._relayed[space_id].published(outgoing, sequences)
        if outgoing.mail and self._introductions.pop(space_id, None) is not None and self.on_introduced:
            self.on_introduced(space_id)
        self.alerts.left_at_relay(space_id, outgoing.alerts)
        self.status.relay_exchanged(space_id)
        self._greet_in_sync(space_id)

    def frame_arriving(self, peer: DeviceId, received: int, expected: int) -> None:
        """A large frame from *peer* is *received* bytes of *expected* in: for each space shared with it that has
        no document yet, that is its first copy arriving (the status shows how far)."""
        session = next((s for s in self.sessions if s.peer.device_id == peer), None)
        if session is None:
            return
        for space in self.shared_spaces(session.peer):
            if not self.replica(space.id).has_document:
                self.status.copy_arriving(space.id, received, expected)

    def relay_fetching(self, space_id: bytes, last: int) -> None:
        """A fetch from the space's relay starts; the relay holds envelopes up to *last* (for the status)."""
        relayed = self._relayed[space_id]
        replica = self._replicas.get(space_id)
        first_copy = relayed.position == 0 or (replica is not None and not replica.has_document)
        self.status.relay_fetching(space_id, relayed.position, last, first_copy=first_copy)

    def relay_round_done(self, space_id: bytes) -> None:
        """A fetch from the relay finished: store the progress and tell LAN peers how far we got."""
        relayed = self._relayed[space_id]
        before = relayed.cursor
        relayed.progress()
        self.status.relay_exchanged(space_id)
        if relayed.cursor != before:
            self._greet_in_sync(space_id)

    def relay_note(self, space_id: bytes) -> RelayNote | None:
        relayed = self._relayed.get(space_id)
        return relayed.note() if relayed is not None else None

    def take_relay_note(self, space_id: bytes, note: RelayNote) -> None:
        relayed = self._relayed.get(space_id)
        if relayed is not None:
            relayed.take_note(note)

    def _greet_in_sync(self, space_id: bytes) -> None:
        space = self._spaces[space_id]
        for session in self.sessions:
            if session.peer.device_id in self._lan_in_sync.get(space_id, set()):
                session.greet(space)

    def _wake_relay(self) -> None:
        if self.on_relay_changed is not None:
            self.on_relay_changed()
