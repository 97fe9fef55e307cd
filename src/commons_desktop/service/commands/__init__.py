"""The sync service's command handlers, one module per feature; each registers its handlers with `handles`.

A handler takes the running `Service` and one command and returns the command's result (or an awaitable of
it); it raises `SyncError`, `StoreError`, `ValueError`, `LookupError`, `OSError` or `TimeoutError` with a
sentence a person can act on when it cannot do what was asked. `HANDLERS` maps each command class to its
handler: the runner only looks the command up and calls it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from commons_desktop.service.protocol import Command

if TYPE_CHECKING:
    from commons_desktop.service.core import Service

__all__ = ["HANDLERS", "Handler", "handles"]

C = TypeVar("C", bound=Command[Any])
Handler = Callable[["Service", Any], Any | Awaitable[Any]]
HANDLERS: dict[type[Command[Any]], Handler] = {}


def handles(command: type[C]) -> Callable[[Callable[[Service, C], Any]], Callable[[Service, C], Any]]:
    """Register the decorated function as the handler of *command* (one handler per command)."""

    def register(handler: Callable[[Service, C], Any]) -> Callable[[Service, C], Any]:
        if command in HANDLERS:
            raise TypeError(f"{command.__name__} already has a handler")
        HANDLERS[command] = handler
        return handler

    return register


def load_all() -> None:
    """Import every feature's handlers (they register themselves)."""
    from . import (  # noqa: F401
        assets,
        circles,
        community,
        credits,
        events,
        map,
        needs,
        network,
        news,
        people,
        projects,
        pulse,
        purse,
        relay,
        reports,
        review,
        status,
        support,
        votes,
    )
