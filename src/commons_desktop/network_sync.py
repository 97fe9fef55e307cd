"""Sync on this network: on for the networks the person marked as trusted (remembered by network), off on
every other one. When on, the sync service listens on this computer's address on that network, announces its
communities' tags there and looks for neighbours (mDNS); invites then carry that address, and a short code
works between two computers on the network."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from commons_desktop.networks import Network, current_networks
from commons_desktop.ops import StoreRunner
from commons_desktop.service_client import ServiceClient
from store import TRUSTED_NETWORKS, ProfileSession

__all__ = ["NetworkSync"]


class NetworkSync(QObject):
    sig_changed = Signal()  # the network, whether it is trusted, or what the service does on it changed
    sig_failed = Signal(str)

    def __init__(
        self,
        runner: StoreRunner,
        sync: ServiceClient,
        networks: Callable[[], list[Network]] | None = None,  # default: the networks this computer is on
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._sync = sync
        self._networks = networks or (lambda: current_networks())
        self._trusted: set[str] = set()
        self._network: Network | None = None
        self._applied: tuple[str, ...] = ()  # the interfaces the service was last told to use
        sync.sig_ready.connect(lambda _device: self.refresh())
        sync.sig_stopped.connect(self.clear)

    @property
    def network(self) -> Network | None:
        """The network this computer is on (the first, if several), or None."""
        return self._network

    @property
    def on(self) -> bool:
        """Whether the service syncs on the current network now."""
        return self._network is not None and self._applied == (self._network.address,)

    def refresh(self) -> None:
        """Look at the network again and at what the profile trusts; tell the service (after each unlock)."""
        self._network = next(iter(self._networks()), None)
        self._applied = ()  # a service that just started listens on no network

        def read(session: ProfileSession) -> str:
            return session.settings.get(TRUSTED_NETWORKS)

        self._runner.with_session(read, self._read, owner=self)

    def _read(self, stored: str) -> None:
        self._trusted = set(stored.split())
        self._apply()

    def set_on(self, on: bool) -> None:
        """Trust the current network (sync on it, now and whenever this computer is on it again), or stop."""
        network = self._network
        if network is None:
            return
        trusted = self._trusted | {network.key} if on else self._trusted - {network.key}
        text = " ".join(sorted(trusted))

        def write(session: ProfileSession) -> None:
            session.settings.set(TRUSTED_NETWORKS, text)

        def written(_: None) -> None:
            self._trusted = trusted
            self._apply()

        self._runner.with_session(write, written, lambda exc: self.sig_failed.emit(str(exc)), owner=self)

    def _apply(self) -> None:
        network = self._network
        wanted = (network.address,) if network is not None and network.key in self._trusted else ()
        if wanted == self._applied or not self._sync.running:
            self.sig_changed.emit()
            return

        def applied(_: None) -> None:
            self._applied = wanted
            self.sig_changed.emit()

        self._sync.set_discovery(wanted, applied, self.sig_failed.emit, owner=self)

    def clear(self) -> None:
        """Forget (on lock): the next profile trusts networks of its own."""
        self._trusted.clear()
        self._applied = ()
        self.sig_changed.emit()
