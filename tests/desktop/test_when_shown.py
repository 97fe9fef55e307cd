"""Work for a screen coalesced to one run per turn of the loop, and held back while the screen is hidden."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from commons_desktop.widgets.when_shown import WhenShown


def test_many_requests_in_a_turn_run_once(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    runs: list[int] = []
    work = WhenShown(widget, lambda: runs.append(1))
    for _ in range(20):  # a join's frames, each a change
        work.request()
    assert runs == []  # not inside the caller's turn
    qtbot.waitUntil(lambda: runs == [1], timeout=2000)
    QApplication.processEvents()
    assert runs == [1]


def test_a_request_while_hidden_runs_when_the_widget_shows(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    runs: list[int] = []
    work = WhenShown(widget, lambda: runs.append(1))
    work.request()
    work.request()
    qtbot.wait(30)
    assert runs == []
    assert work.pending
    widget.show()
    qtbot.waitUntil(lambda: runs == [1], timeout=2000)
    widget.hide()
    widget.show()  # shown again with nothing asked meanwhile: nothing to do
    qtbot.wait(30)
    assert runs == [1]
    assert not work.pending


def test_now_runs_pending_work_at_once_only_if_shown(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    runs: list[int] = []
    work = WhenShown(widget, lambda: runs.append(1))
    work.request()
    work.now()
    assert runs == []  # hidden: still waiting for the screen
    widget.show()
    work.now()
    assert runs == [1]
    qtbot.wait(30)
    assert runs == [1]
