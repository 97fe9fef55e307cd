"""Fixtures shared by the community tests."""

from __future__ import annotations

import pytest

from tests.sync.community.factories import Community


@pytest.fixture
def com() -> Community:
    """An empty community with a verifier; tests add people and records with its factories."""
    return Community()
