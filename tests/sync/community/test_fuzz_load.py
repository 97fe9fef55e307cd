"""A bounded run of the load fuzzer (fuzz/fuzz_community_load.py; `make fuzz` runs ≥ 1,000,000 inputs).

Mutated saves — bit flips, truncations, splices, cross-overs, random bytes, and raw Automerge edits with odd
scalar kinds, forged counters and out-of-range timestamps — go into CommunityDocument.load and view():
only CommunityError may come out, and no exception at all from view().
"""

from __future__ import annotations

from tests.support import fuzz_driver


def test_two_thousand_mutated_documents_never_escape() -> None:
    outcomes, findings = fuzz_driver("fuzz_community_load").run_loop(2_000, seed=20261123, report=None)
    assert findings == []
    assert outcomes["refused"] > 1_000  # most mutants are not documents any more
    assert outcomes["problems"] > 20  # and many that load hold records the view reports as problems
