"""A bounded sample of the scale benchmark (bench/scale_bench.py): its harness on 2 real sync services and a
real relay, a small community and a few changes, so `make bench`'s longest run cannot rot unnoticed; and its
figures drawn from results."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.support import REPO, load_script

scale = load_script(REPO / "bench" / "scale_bench.py")


def test_two_peers_sync_and_the_stopped_one_catches_up_through_the_relay_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scale, "CHANGE_ROUNDS", 1)  # the run's shape, not its statistics
    monkeypatch.setattr(scale, "SETTLE_SECONDS", 0.3)
    result = scale.run_config(2, 100, 10, 0, tmp_path)
    assert result.findings == []  # every copy holds every asset; the restarted one had no network session
    assert (result.writers, result.offline) == (1, 1)
    timed = ("joined_s", "first_sync_s", "hub_change_s", "leaf_change_s", "write_s", "catch_up_s")
    assert all(getattr(result, name) is not None for name in timed)
    assert result.catch_up_s < scale.bound(2, 100)
    assert 30 < result.peak_mib < 1000  # a real process's VmHWM was read


def test_the_figures_are_drawn_from_results(tmp_path: Path) -> None:
    draw = load_script(REPO / "bench" / "_scale_plot.py").draw
    rows = [
        scale.Result(peers, size, first_sync_s=0.1 * peers, catch_up_s=1.0, peak_mib=100.0 + peers)
        for peers, size in ((2, 10_000), (5, 10_000), (10, 10_000), (5, 1_000), (5, 20_000))
    ]
    path = tmp_path / "scale.png"
    draw(rows, path)
    image = QImage(str(path))
    assert image.width() == 1400
    assert image.height() > 500
