"""The handoff tests take their Hypothesis examples from the sync tests' profile (fast by default, thorough
with HYPOTHESIS_PROFILE=props): importing that conftest registers and loads it when only this folder runs."""

from __future__ import annotations

import tests.sync.conftest  # noqa: F401
