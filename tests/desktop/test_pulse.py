"""The Wellbeing pulse screen on the demo town (one click on a fresh install; a real sync service): last
month's result shows as averages, this week's round says how many answered, an admin opens a WHO-5 round for
five people who agreed, and answering it keeps the answers on this computer and shows only where it stands."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from commons_desktop.features.pulse.pulse_view import PulseView
from commons_desktop.shell.controller import Controller
from tests.desktop.helpers import WAIT_MS, wait_for_page
from tests.desktop.test_accessibility import unlabelled

SYNC_WAIT_MS = 30_000


def ask(qtbot, call: Any, *args: Any) -> Any:
    results: list[Any] = []
    failures: list[str] = []
    call(*args, on_done=results.append, on_failed=failures.append)
    qtbot.waitUntil(lambda: bool(results or failures), timeout=SYNC_WAIT_MS)
    assert not failures, failures
    return results[0]


def pulse_screen(qtbot, controller: Controller) -> PulseView:
    workspace = controller.window.workspace_view
    workspace.open_screen("pulse")
    screen = workspace.screen_named("pulse")
    assert isinstance(screen, PulseView)
    return screen


def card_texts(screen: PulseView) -> str:
    return "\n".join(
        label.text() for label in screen._rounds.findChildren(QLabel) if label.isVisibleTo(screen)
    )


def test_the_demo_town_s_pulse_answered_privately(qtbot, make_app) -> None:
    controller = make_app(sync_service=True)
    welcome = controller.window.welcome_view
    wait_for_page(qtbot, controller, welcome)
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    wait_for_page(qtbot, controller, controller.window.workspace_view)
    qtbot.waitUntil(lambda: len(controller.sync.communities) == 1, timeout=SYNC_WAIT_MS)
    (demo,) = controller.sync.communities
    ask(qtbot, controller.sync.set_my_name, demo.space, "Robin")
    screen = pulse_screen(qtbot, controller)
    qtbot.waitUntil(
        lambda: screen._state is not None and len(screen._state.pulse_rounds) == 2, timeout=WAIT_MS
    )

    # Last month: everyone answered, so the four averages show; this week: five of eight so far.
    qtbot.waitUntil(lambda: "All 8 people answered" in card_texts(screen), timeout=WAIT_MS)
    texts = card_texts(screen)
    assert texts.count(" out of 10 · ") == 4
    assert "5 of 8 people's masked answers are in." in texts
    assert not any(what == "answer" for _round, what in screen.round_buttons)  # Robin is on neither roster

    assert demo.admin, demo
    qtbot.waitUntil(
        lambda: screen._state is not None and demo.member_id in screen._state.members, timeout=WAIT_MS
    )
    assert screen.new_round_button.isVisibleTo(screen)
    # Robin, an admin of the demo, opens a WHO-5 round for himself and four residents who agreed.
    qtbot.mouseClick(screen.new_round_button, Qt.MouseButton.LeftButton)
    form = screen.open_form
    assert form.isVisibleTo(screen)
    assert not form.open_button.isEnabled()  # nobody ticked yet
    me = demo.member_id
    ticked = 0
    for i in range(form.people.count()):
        item = form.people.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == me or ticked < 4:
            ticked += item.data(Qt.ItemDataRole.UserRole) != me
            item.setCheckState(Qt.CheckState.Checked)
    assert len(form.chosen()) == 5
    assert form.open_button.isEnabled()
    form.instrument.setCurrentIndex(form.instrument.findText("Well-being index (WHO-5)"))
    qtbot.mouseClick(form.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(what == "answer" for _r, what in screen.round_buttons), timeout=SYNC_WAIT_MS)
    # The card is filled in its own turn of the loop, after the buttons (it failed once when checked at once).
    qtbot.waitUntil(lambda: "0 of 5 people have answered so far" in card_texts(screen), timeout=SYNC_WAIT_MS)

    # Answering: five sliders 0–5; the answers stay here, the card says only where the round stands.
    (round_id,) = [r for r, what in screen.round_buttons if what == "answer"]
    qtbot.mouseClick(screen.round_buttons[(round_id, "answer")], Qt.MouseButton.LeftButton)
    answer = screen.answer_form
    qtbot.waitUntil(lambda: answer.isVisibleTo(screen), timeout=WAIT_MS)
    assert [s.maximum() for s in answer.sliders] == [5] * 5
    assert unlabelled(screen) == []
    for slider, value in zip(answer.sliders, (5, 4, 3, 2, 1), strict=True):
        slider.setValue(value)
    qtbot.mouseClick(answer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not answer.isVisibleTo(screen), timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: "You answered." in card_texts(screen), timeout=SYNC_WAIT_MS)
    assert "1 of 5 people have answered so far" in card_texts(screen)
    assert ask(qtbot, controller.sync.my_pulse_answers, demo.space, round_id) == (5, 4, 3, 2, 1)
    record = screen._state.pulse_rounds[round_id] if screen._state is not None else None
    assert record is not None
    assert me in record.keys
    assert record.submissions == {}  # nothing goes out until everyone's key is in

    # Opening one for almost the same people with last month's questions is refused with a reason.
    qtbot.mouseClick(screen.new_round_button, Qt.MouseButton.LeftButton)
    screen._open_round(screen.open_form.instrument.itemData(0), tuple(demo_residents(screen)), _in_a_week())
    qtbot.waitUntil(lambda: "single someone out" in screen.status.text(), timeout=SYNC_WAIT_MS)


def demo_residents(screen: PulseView) -> list[str]:
    """Last month's roster (everyone answered) plus one more: a round that could single that one out."""
    assert screen._state is not None
    shown = max(screen._state.pulse_rounds.values(), key=lambda r: len(r.submissions))
    extra = next(m for m in screen._state.members if m not in shown.roster)
    return [*shown.roster, extra]


def _in_a_week() -> dt.datetime:
    return dt.datetime.now(dt.UTC) + dt.timedelta(days=7)
