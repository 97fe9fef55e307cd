"""The adapters every conformance test runs against: the in-memory fakes of sync.ports and the personal store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

import pytest

from store import ProfileManager, ProfileSession
from sync.ports import (
    DocumentStore,
    IdentitySource,
    InMemoryDocumentStore,
    InMemoryIdentitySource,
    InMemoryRelayStateStore,
    InMemorySpaceStore,
    RelayStateStore,
    SpaceStore,
)
from sync.support_outbox import AlertOutbox, InMemoryAlertOutbox
from tests.support import FAST_KDF, PASSPHRASE


class Adapters(Protocol):
    @property
    def identity(self) -> IdentitySource: ...

    @property
    def spaces(self) -> SpaceStore: ...

    @property
    def documents(self) -> DocumentStore: ...

    @property
    def relay(self) -> RelayStateStore: ...

    @property
    def outbox(self) -> AlertOutbox: ...

    def reopen(self) -> None: ...


class MemoryAdapters:
    def __init__(self) -> None:
        self.identity = InMemoryIdentitySource()
        self.spaces = InMemorySpaceStore()
        self.documents = InMemoryDocumentStore()
        self.relay = InMemoryRelayStateStore()
        self.outbox = InMemoryAlertOutbox()

    def reopen(self) -> None:
        pass


class StoreAdapters:
    def __init__(self, manager: ProfileManager) -> None:
        self._manager = manager
        self.session: ProfileSession = manager.create("Ana", PASSPHRASE)

    @property
    def identity(self) -> IdentitySource:
        return self.session.identity

    @property
    def spaces(self) -> SpaceStore:
        return self.session.spaces

    @property
    def documents(self) -> DocumentStore:
        return self.session.documents

    @property
    def relay(self) -> RelayStateStore:
        return self.session.relay

    @property
    def outbox(self) -> AlertOutbox:
        return self.session.support_outbox

    def reopen(self) -> None:
        self.session.lock()
        self.session = self._manager.unlock(self.session.profile_id, PASSPHRASE)


@pytest.fixture(params=["memory", "store"])
def make_adapters(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], Adapters]]:
    """Makes one device's adapters per call (each store in a profile of its own), all of one kind."""
    made: list[StoreAdapters] = []

    def make() -> Adapters:
        if request.param == "memory":
            return MemoryAdapters()
        store = StoreAdapters(ProfileManager(tmp_path / f"data-{len(made)}", kdf=FAST_KDF))
        made.append(store)
        return store

    yield make
    for store in made:
        store.session.lock()


@pytest.fixture
def adapters(make_adapters: Callable[[], Adapters]) -> Adapters:
    return make_adapters()
