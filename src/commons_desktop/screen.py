"""What a screen is to the workspace, and what it is given: the types behind the registry in screens.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from commons_desktop.events import AppEvents
from commons_desktop.network_sync import NetworkSync
from commons_desktop.ops import StoreRunner
from commons_desktop.service_client import ServiceClient

__all__ = ["Screen", "ScreenContext", "ScreenFactory", "ScreenSpec"]


@runtime_checkable
class Screen(Protocol):
    """A page of the workspace (a QWidget) that shows the unlocked profile.

    load(): read what it shows through the store runner (on the worker thread), called after unlock.
    clear(): drop everything personal from its widgets at once, without the store, called on lock.
    """

    def load(self) -> None: ...

    def clear(self) -> None: ...


@dataclass(frozen=True)
class ScreenContext:
    """All a screen gets: the store (through the runner), the app's events, and the sync service if any."""

    runner: StoreRunner  # reads and writes run on the store's worker thread: runner.with_session(work, done)
    events: AppEvents  # emit after a change reached the store; subscribe to what others changed
    # the sync service of the unlocked profile (None: the app runs without one)
    sync: ServiceClient | None = None
    # sync on this network: on where the person trusts the network (None: without a sync service)
    network: NetworkSync | None = None


ScreenFactory = Callable[[ScreenContext], Screen]  # returns a QWidget; usually the screen's class itself


@dataclass(frozen=True)
class ScreenSpec:
    """One line of the registry: the sidebar shows *title* (translated in the WorkspaceView context)."""

    name: str  # what open_screen() and AppEvents.sig_screen_requested take: "home", "plan", …
    title: str  # English, marked with QT_TRANSLATE_NOOP("WorkspaceView", …) so that lupdate finds it
    factory: ScreenFactory
