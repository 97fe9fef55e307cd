"""The community package's public surface is exactly what `sync.community.__all__` lists."""

from __future__ import annotations

import types

import sync.community as community


def test_all_names_exist_once() -> None:
    for name in community.__all__:
        assert hasattr(community, name), name
    assert len(set(community.__all__)) == len(community.__all__)


def test_every_public_name_is_exported() -> None:
    public = {
        n for n, v in vars(community).items() if not n.startswith("_") and not isinstance(v, types.ModuleType)
    }
    assert public == set(community.__all__)
