"""Hypothesis profiles for the sync tests: fast by default, thorough with HYPOTHESIS_PROFILE=props.

Property tests here take their example counts from the loaded profile, so they must not pass max_examples
themselves. `make test` uses "sync-fast"; `HYPOTHESIS_PROFILE=props pytest tests/sync` runs ≥ 10,000 examples.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "sync-fast")

# No deadline: real Ed25519 signing and verification make example times vary with the machine's load.
for _name, _examples in (("sync-fast", 50), ("props", 10_000)):
    settings.register_profile(
        _name, max_examples=_examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
settings.load_profile(PROFILE)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under "props" a property test runs for minutes: lift pytest-timeout's per-test limit for those here."""
    if PROFILE != "props":
        return
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here) and getattr(
            getattr(item, "obj", None), "is_hypothesis_test", False
        ):
            item.add_marker(pytest.mark.timeout(0))
