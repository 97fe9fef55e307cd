"""The python-zeroconf internals LAN discovery reaches, in one place, for the version they were checked on.

To keep mDNS on the one interface a person chose (never every interface of the machine), discovery binds
zeroconf's sockets to that device (SO_BINDTODEVICE). zeroconf offers no public way to reach its sockets, so
they are read from its engine here; `tests/sync/lan/test_zeroconf_compat.py` fails when zeroconf's version
moves, so the next upgrade re-checks them (pyproject pins the version for that reason).
"""

from __future__ import annotations

import socket
from typing import Any

TESTED_VERSION = "0.154.0"


def engine_sockets(azc: Any) -> tuple[socket.socket, list[socket.socket]] | None:
    """The listening socket and the responding sockets of an AsyncZeroconf's engine, or None if zeroconf
    keeps them elsewhere now."""
    engine = azc.zeroconf.engine
    listen = getattr(engine, "_listen_socket", None)
    respond = list(getattr(engine, "_respond_sockets", None) or ())
    if not isinstance(listen, socket.socket) or not respond:
        return None
    return listen, respond
