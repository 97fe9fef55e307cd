"""The reliability record: tallies written as JSON lines are summed into one table, which replaces only the part
of docs/reliability.md between its markers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability import RESULTS_ENV, ROWS, tally
from tests.support import REPO, load_script

table = load_script(REPO / "scripts" / "reliability_table.py")


def test_tallies_from_several_tests_sum_per_row_and_a_failure_is_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(RESULTS_ENV, str(tmp_path))
    for _ in range(3):
        with tally("partitions") as counted:
            counted.run()
    with pytest.raises(AssertionError), tally("partitions"):
        raise AssertionError("a schedule that did not converge")
    with tally("removed-envelopes") as counted:
        counted.run(leaked=2)
        counted.run(lost=1)
    summed = table.totals(tmp_path)
    assert summed["partitions"] == {"runs": 4, "failures": 1, "lost": 0, "leaked": 0, "seconds": 0}
    assert summed["removed-envelopes"] == {"runs": 2, "failures": 2, "lost": 1, "leaked": 2, "seconds": 0}
    with pytest.raises(ValueError, match="unknown reliability row"), tally("no such row"):
        pass


def test_the_table_replaces_only_its_own_section(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    results = tmp_path / "results"
    results.mkdir()
    monkeypatch.setenv(RESULTS_ENV, str(results))
    for row in ROWS:
        with tally(row) as counted:
            for _ in range(1200):
                counted.run()
    doc = tmp_path / "reliability.md"
    assert table.main(["reliability_table.py", str(results), str(doc)]) == 0  # a missing file is created
    first = doc.read_text()
    assert first.startswith(table.TITLE + "\n\n" + table.HEADING)
    assert first.count("| 1,200 | 0 | 0 | 0 | 0 s |") == len(ROWS)
    doc.write_text(f"{first}\n## Fuzzing\n\nSomeone else's section.\n")
    with tally("service-kills") as counted:
        counted.run(lost=1)
    assert table.main(["reliability_table.py", str(results), str(doc)]) == 1  # something was lost
    again = doc.read_text()
    assert again.count(table.BEGIN) == again.count(table.END) == again.count(table.HEADING) == 1
    assert again.endswith("## Fuzzing\n\nSomeone else's section.\n")
    assert "| 1,201 | 1 | 1 | 0 | 0 s |" in again
    assert "not run" not in again


def test_a_row_without_results_says_so_and_fails(tmp_path: Path) -> None:
    doc = tmp_path / "reliability.md"
    assert table.main(["reliability_table.py", str(tmp_path), str(doc)]) == 1
    assert doc.read_text().count("not run") == len(ROWS)
