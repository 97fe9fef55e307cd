"""The store's public surface is exactly what `store.__all__` lists."""

from __future__ import annotations

import store


def test_all_names_exist_and_are_sorted_by_kind() -> None:
    for name in store.__all__:
        assert hasattr(store, name), name
    assert len(set(store.__all__)) == len(store.__all__)


def test_every_public_name_is_exported() -> None:
    public = {n for n in vars(store) if not n.startswith("_")}
    modules = {n for n, v in vars(store).items() if type(v).__name__ == "module"}
    assert public - modules == set(store.__all__)


def test_the_adapters_for_sync_are_public() -> None:
    """The app hands these to sync (sync.ports) and should need no private import to name them."""
    assert {"SpaceRepository", "DeviceIdentity", "DocumentRepository", "DocumentRecord"} <= set(store.__all__)
