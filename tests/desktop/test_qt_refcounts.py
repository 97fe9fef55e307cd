"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 under Python 3.11 dropped a reference to None
on every call of a method that returns nothing, and a process that made enough calls aborted ("none_dealloc")
— the test suite at exit, the app in the middle of a long session. pyproject.toml keeps that version out; this
test fails if a version with the bug comes back."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel

CALLS = 2000


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None, True and False are immortal from Python 3.12")
def test_calls_into_qt_keep_the_counts_of_none_true_and_false(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    singletons = (None, True, False)
    before = [sys.getrefcount(s) for s in singletons]
    for n in range(CALLS):
        label.hide()  # returns nothing
        label.setText("x")
        label.setVisible(n % 2 == 0)  # takes a bool
        label.isVisible()  # returns one
    after = [sys.getrefcount(s) for s in singletons]
    drift = [a - b for a, b in zip(after, before, strict=True)]
    assert all(abs(d) < CALLS // 10 for d in drift), f"reference counts of None, True, False moved by {drift}"
