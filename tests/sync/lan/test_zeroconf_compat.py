"""python-zeroconf internals LAN discovery reaches (sync.lan._zeroconf_compat): checked on one version, and this
test fails when zeroconf's version moves, so whoever upgrades it checks them again."""

from __future__ import annotations

import importlib.metadata
import inspect
from types import SimpleNamespace

import zeroconf._engine

from sync.lan import _zeroconf_compat


def test_zeroconf_is_the_version_the_workaround_was_checked_on() -> None:
    assert importlib.metadata.version("zeroconf") == _zeroconf_compat.TESTED_VERSION, (
        "zeroconf moved: check that its engine still keeps _listen_socket and _respond_sockets, then update "
        "_zeroconf_compat.TESTED_VERSION and the pin in pyproject.toml"
    )


def test_the_engine_still_keeps_its_sockets_where_we_read_them() -> None:
    source = inspect.getsource(zeroconf._engine)
    assert "self._listen_socket" in source
    assert "self._respond_sockets" in source


def test_an_engine_without_them_is_reported_not_crashed() -> None:
    azc = SimpleNamespace(zeroconf=SimpleNamespace(engine=SimpleNamespace()))
    assert _zeroconf_compat.engine_sockets(azc) is None
