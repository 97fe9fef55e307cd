"""The Check-in screen: record today's check-in, edit it, delete it with undo; the chart follows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from store import ProfileManager, Question
from tests.desktop.helpers import WAIT_MS, seed_profile, unlock_via_ui
from tests.support import PASSPHRASE


def open_checkins(qtbot, make_app, manager: ProfileManager):
    seed_profile(manager, "Sam")
    controller = make_app()
    view = controller.window.workspace_view.screen_named("checkin")
    with qtbot.waitSignal(view.sig_history_loaded, timeout=WAIT_MS):
        unlock_via_ui(qtbot, controller)
    qtbot.keyClick(
        controller.window.workspace_view.sidebar, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier
    )
    assert controller.window.workspace_view.pages.currentWidget() is view
    return controller, view


def test_record_edit_delete_and_undo(qtbot, make_app, manager: ProfileManager) -> None:
    controller, view = open_checkins(qtbot, make_app, manager)
    form = view.form
    assert form.day == dt.date.today()
    assert view.model.rowCount() == 0

    form.mood_slider.setFocus()
    qtbot.keyClick(form.mood_slider, Qt.Key.Key_Right)
    qtbot.keyClick(form.mood_slider, Qt.Key.Key_Right)  # 5 → 7
    form.question_boxes[Question.SLEEP].setCurrentIndex(4)  # "3 · Quite a lot"
    form.question_boxes[Question.STRESS].setCurrentIndex(2)  # "1 · A little"
    qtbot.keyClicks(form.note_edit, "Walked to the library.")
    qtbot.keyClicks(form.tags_edit, "walk, Family")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT_MS)

    [saved] = view.model.checkins
    assert (saved.day, saved.mood, saved.note) == (dt.date.today(), 7, "Walked to the library.")
    assert saved.answers == {Question.SLEEP: 3, Question.STRESS: 1}
    assert saved.tags == ("family", "walk")
    assert "mood 7/10" in view.model.index(0).data()
    assert view.chart.points == 1
    assert form.status_label.text() == "Saved."

    # Edit: saving again for the same day replaces the check-in (still one row).
    form.mood_slider.setValue(3)
    form.question_boxes[Question.SLEEP].setCurrentIndex(0)  # back to "not answered"
    form.tags_edit.clear()
    form.tags_edit.setFocus()
    qtbot.keyClick(form.tags_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.model.checkins[0].mood == 3, timeout=WAIT_MS)
    assert view.model.rowCount() == 1
    assert view.model.checkins[0].answers == {Question.STRESS: 1}
    assert view.model.checkins[0].tags == ()

    view.history.setCurrentIndex(view.model.index(0))
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=WAIT_MS)
    assert view.chart.points == 0
    assert form.note_edit.toPlainText() == ""  # the deleted day's form is emptied
    assert view.undo_bar.isVisible()

    qtbot.mouseClick(view.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT_MS)
    restored = view.model.checkins[0]
    assert (restored.mood, restored.note, restored.answers) == (
        3,
        "Walked to the library.",
        {Question.STRESS: 1},
    )

    controller.shutdown()
    with manager.unlock(manager.list_profiles()[0].profile_id, PASSPHRASE) as session:
        stored = session.checkins.on(dt.date.today())
        assert stored is not None
        assert stored.mood == 3


def test_choosing_an_earlier_day_loads_it_for_editing(qtbot, make_app, manager: ProfileManager) -> None:
    yesterday = dt.date.today() - dt.timedelta(days=1)
    profile_id = seed_profile(manager, "Sam")
    with manager.unlock(profile_id, PASSPHRASE) as session:
        session.checkins.record(yesterday, 4, "Rainy.", {Question.ENERGY: 1}, ("rain",))
    controller = make_app()
    view = controller.window.workspace_view.screen_named("checkin")
    with qtbot.waitSignal(view.sig_history_loaded, timeout=WAIT_MS):
        unlock_via_ui(qtbot, controller)
    controller.window.workspace_view.open_screen("checkin")

    assert view.form.day == dt.date.today()  # no check-in today yet: an empty form for today
    view.select_day(yesterday)
    assert view.form.day == yesterday
    assert view.form.note_edit.toPlainText() == "Rainy."
    assert view.form.question_boxes[Question.ENERGY].currentData() == 1
    assert view.form.today_button.isVisibleTo(view)

    view.form.note_edit.setPlainText("Rainy, but a good film.")
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.checkins[0].note == "Rainy, but a good film.", timeout=WAIT_MS)
    assert view.model.rowCount() == 1
    assert view.model.checkins[0].day == yesterday

    qtbot.mouseClick(view.form.today_button, Qt.MouseButton.LeftButton)
    assert view.form.day == dt.date.today()
    assert view.form.note_edit.toPlainText() == ""


def test_a_missed_day_is_filled_in_by_choosing_it(qtbot, make_app, manager: ProfileManager) -> None:
    """The day field: a day without a check-in gives an empty form for it; a day with one (even one outside the
    period shown) loads it, so saving never replaces a check-in the person cannot see."""
    today = dt.date.today()
    long_ago = today - dt.timedelta(days=60)
    profile_id = seed_profile(manager, "Sam")
    with manager.unlock(profile_id, PASSPHRASE) as session:
        session.checkins.record(long_ago, 2, "The flood.", {}, ())
    controller = make_app()
    view = controller.window.workspace_view.screen_named("checkin")
    with qtbot.waitSignal(view.sig_history_loaded, timeout=WAIT_MS):
        unlock_via_ui(qtbot, controller)
    controller.window.workspace_view.open_screen("checkin")
    form = view.form
    assert form.day_edit.date().toPython() == today
    assert form.day_edit.maximumDate().toPython() == today  # no check-ins for tomorrow

    for days_ago, mood in ((3, 4), (2, 6), (1, 8)):  # the days Sam forgot
        form.day_edit.setFocus()
        form.day_edit.setDate(today - dt.timedelta(days=days_ago))
        assert form.day == today - dt.timedelta(days=days_ago)
        assert form.title_label.text().startswith("Checking in for")
        form.mood_slider.setValue(mood)
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda d=days_ago: view.model.row_of_day(today - dt.timedelta(days=d)) >= 0, timeout=WAIT_MS
        )
        assert form.title_label.text().startswith("Editing")
    assert [(c.day, c.mood) for c in view.model.checkins][:3] == [
        (today - dt.timedelta(days=1), 8),
        (today - dt.timedelta(days=2), 6),
        (today - dt.timedelta(days=3), 4),
    ]
    assert view.chart.points == 3  # the four weeks shown; the flood is older

    form.day_edit.setDate(long_ago)
    assert form.note_edit.toPlainText() == "The flood."
    assert form.mood_slider.value() == 2


def test_invalid_tag_is_reported_in_the_form(qtbot, make_app, manager: ProfileManager) -> None:
    _, view = open_checkins(qtbot, make_app, manager)
    qtbot.keyClicks(view.form.tags_edit, "ok, not/ok")
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(view.form.status_label.text()), timeout=WAIT_MS)
    assert "Tags" in view.form.status_label.text()
    assert view.model.rowCount() == 0


def test_the_period_and_a_tag_choose_what_the_list_and_chart_show(
    qtbot, make_app, manager: ProfileManager
) -> None:
    today = dt.date.today()
    profile_id = seed_profile(manager, "Sam")
    with manager.unlock(profile_id, PASSPHRASE) as session:
        for days_ago, mood, tags in (
            (2, 6, ("walk",)),
            (40, 4, ()),
            (200, 8, ("walk",)),
            (500, 3, ("rain",)),
        ):
            session.checkins.record(today - dt.timedelta(days=days_ago), mood, "", {}, tags)
    controller = make_app()
    view = controller.window.workspace_view.screen_named("checkin")
    with qtbot.waitSignal(view.sig_history_loaded, timeout=WAIT_MS):
        unlock_via_ui(qtbot, controller)
    controller.window.workspace_view.open_screen("checkin")
    shown = []
    for period in range(view.period_box.count()):  # 4 weeks, 3 months, 12 months, all time
        view.period_box.setCurrentIndex(period)
        shown.append((view.model.rowCount(), view.chart.points))
    assert shown == [(1, 1), (2, 2), (3, 3), (4, 4)]
    assert view.chart.days == 501  # all time: from the first check-in
    assert [view.tag_box.itemText(i) for i in range(view.tag_box.count())][1:] == ["rain", "walk"]
    view.tag_box.setCurrentIndex(view.tag_box.findData("walk"))
    assert [c.mood for c in view.model.checkins] == [6, 8]
    view.period_box.setCurrentIndex(0)
    assert [c.mood for c in view.model.checkins] == [6]
    controller.lock()
    assert view.tag_box.count() == 1  # the tags were personal too


def test_over_a_long_period_the_chart_draws_weekly_averages() -> None:
    from commons_desktop.features.checkin.mood_chart import MoodChart, _weekly

    monday = dt.date(2026, 11, 2)
    series = [(monday, 4), (monday + dt.timedelta(days=2), 8), (monday + dt.timedelta(days=7), 5)]
    assert _weekly(series) == [(monday + dt.timedelta(days=3), 6.0), (monday + dt.timedelta(days=10), 5.0)]
    chart = MoodChart()
    chart.set_series(series, today=monday + dt.timedelta(days=8), days=365)
    assert chart.points == 3  # the check-ins themselves are all counted
    chart.set_series(series, today=monday + dt.timedelta(days=8), days=28)
    assert chart.points == 3
