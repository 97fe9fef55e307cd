"""Wellness plan items and goals: typed values, validation with usable messages, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store import GoalStatus, NotFoundError, PlanSection, ProfileSession, ValidationError
from store import goals as goals_module


def test_every_section_has_a_title_and_prompt() -> None:
    assert len(PlanSection) == 19
    for section in PlanSection:
        assert section.title
        assert section.prompt
    crisis = [s for s in PlanSection if s.is_crisis_plan]
    assert len(crisis) == 13
    # The crisis plan reads in one run, from "how I am when I am well" to "when it no longer applies".
    order = list(PlanSection)
    assert order[order.index(crisis[0]) : order.index(crisis[-1]) + 1] == crisis
    assert crisis[0] is PlanSection.CRISIS_WELL
    assert crisis[-1] is PlanSection.CRISIS_INACTIVE
    assert {s for s in PlanSection if s.is_free_text} == {
        PlanSection.CRISIS_WELL,
        PlanSection.CRISIS_INACTIVE,
    }
    assert all(s.response_label is None for s in PlanSection if s.is_free_text)


def test_a_free_text_section_holds_one_text(session: ProfileSession) -> None:
    plan = session.plan
    assert plan.write_text(PlanSection.CRISIS_WELL, "  ") is None
    first = plan.write_text(PlanSection.CRISIS_WELL, "Chatty, up early,\nwalking the dog.")
    assert first is not None
    second = plan.write_text(PlanSection.CRISIS_WELL, "Chatty and up early.")
    assert second is not None
    assert second.id == first.id
    assert [i.text for i in plan.items(PlanSection.CRISIS_WELL)] == ["Chatty and up early."]
    with pytest.raises(ValidationError, match="one text"):
        plan.add(PlanSection.CRISIS_WELL, "A second text")
    with pytest.raises(ValidationError, match="one text"):
        plan.write_text(PlanSection.CRISIS_CONTACTS, "Ana")
    with pytest.raises(ValidationError, match="2000"):
        plan.write_text(PlanSection.CRISIS_INACTIVE, "x" * 2001)
    assert [i.text for i in plan.items(PlanSection.CRISIS_WELL)] == ["Chatty and up early."]
    assert plan.write_text(PlanSection.CRISIS_WELL, "") is None
    assert plan.items(PlanSection.CRISIS_WELL) == []


def test_every_new_crisis_section_keeps_its_items(session: ProfileSession) -> None:
    plan = session.plan
    for section in PlanSection:
        if section.is_crisis_plan and not section.is_free_text:
            plan.add(section, f"{section.value} item", "detail" if section.response_label else "")
    for section, items in plan.by_section().items():
        if section.is_crisis_plan and not section.is_free_text:
            assert [(i.text, i.response) for i in items] == [
                (f"{section.value} item", "detail" if section.response_label else "")
            ]


def test_add_update_remove_restore(session: ProfileSession) -> None:
    plan = session.plan
    a = plan.add(PlanSection.TRIGGERS, "  Loud crowds ", "Find a quiet corner")
    b = plan.add(PlanSection.TRIGGERS, "Missing meals")
    assert (a.text, a.position, b.position) == ("Loud crowds", 0, 1)
    plan.update(b.id, "Skipping meals", "Keep a snack in my bag")
    removed = plan.remove(a.id)
    assert [i.text for i in plan.items(PlanSection.TRIGGERS)] == ["Skipping meals"]
    plan.restore(removed)
    assert [(i.text, i.response) for i in plan.items(PlanSection.TRIGGERS)] == [
        ("Loud crowds", "Find a quiet corner"),
        ("Skipping meals", "Keep a snack in my bag"),
    ]
    by_section = plan.by_section()
    assert set(by_section) == set(PlanSection)
    assert len(by_section[PlanSection.TRIGGERS]) == 2


@pytest.mark.parametrize(
    ("section", "text", "response", "field"),
    [
        (PlanSection.TOOLBOX, "   ", "", "Item"),
        (PlanSection.TOOLBOX, "x" * 2001, "", "Item"),
        (PlanSection.TOOLBOX, "Walk", "a response where none is asked", "Response"),
        (PlanSection.TOOLBOX, "nul\x00byte", "", "Item"),
        ("toolbox", "Walk", "", "section"),
    ],
)
def test_plan_validation(
    session: ProfileSession, section: object, text: str, response: str, field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        session.plan.add(section, text, response)  # type: ignore[arg-type]
    assert info.value.field == field
    assert session.plan.items() == []


def test_missing_items(session: ProfileSession) -> None:
    with pytest.raises(NotFoundError):
        session.plan.update("nope", "text")
    with pytest.raises(NotFoundError):
        session.plan.remove("nope")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    ops=st.lists(
        st.tuples(st.sampled_from(["add", "remove", "move", "undo"]), st.integers(0, 20)), max_size=25
    )
)
def test_plan_order_matches_a_list_model(session: ProfileSession, ops: list[tuple[str, int]]) -> None:
    """Adds, removes, moves and undos keep positions dense and in the order a list would."""
    plan = session.plan
    for item in plan.items():
        plan.remove(item.id)
    model: list[str] = []
    undo: list[tuple[int, object]] = []
    for n, (op, arg) in enumerate(ops):
        if op == "add":
            model.append(plan.add(PlanSection.TOOLBOX, f"item {n}").text)
        elif op == "remove" and model:
            i = arg % len(model)
            item = plan.items(PlanSection.TOOLBOX)[i]
            undo.append((i, plan.remove(item.id)))
            model.pop(i)
        elif op == "undo" and undo:
            i, removed = undo.pop()
            plan.restore(removed)  # type: ignore[arg-type]
            model.insert(min(i, len(model)), removed.text)  # type: ignore[attr-defined]
            undo.clear()  # only the latest deletion is undoable, as in the app
        elif op == "move" and model:
            items = plan.items(PlanSection.TOOLBOX)
            i, j = arg % len(model), (arg * 7) % len(model)
            plan.move(items[i].id, j)
            model.insert(j, model.pop(i))
            undo.clear()
        items = plan.items(PlanSection.TOOLBOX)
        assert [i.text for i in items] == model
        assert [i.position for i in items] == list(range(len(model)))  # dense: position is the place


def test_goals_with_actions(session: ProfileSession) -> None:
    goals = session.goals
    g = goals.add("Walk 3 times a week", "Clears my head", dt.date(2027, 1, 31))
    a1 = goals.add_action(g.id, "Find a walking buddy")
    goals.add_action(g.id, "Buy shoes", dt.date(2026, 12, 5))
    goals.set_action_done(a1.id, True)
    got = goals.get(g.id)
    assert got.progress == 0.5
    assert [a.text for a in got.actions] == ["Find a walking buddy", "Buy shoes"]
    assert got.actions[1].due == dt.date(2026, 12, 5)
    done = goals.update(g.id, title=got.title, why=got.why, status=GoalStatus.DONE, target=None)
    assert (done.status, done.target, done.progress) == (GoalStatus.DONE, None, 1.0)
    goals.remove_action(a1.id)
    assert len(goals.get(g.id).actions) == 1
    goals.remove(g.id)
    assert goals.list() == []
    assert session.connection().execute("SELECT count(*) FROM goal_actions").fetchone()[0] == 0


def test_goal_validation(session: ProfileSession) -> None:
    with pytest.raises(ValidationError, match="one line"):
        session.goals.add("two\nlines")
    with pytest.raises(ValidationError, match="calendar date"):
        session.goals.add("Goal", target="tomorrow")  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        session.goals.add_action("missing", "Do it")
    g = session.goals.add("Goal")
    with pytest.raises(ValidationError, match="Status"):
        session.goals.update(g.id, title="Goal", why="", status="done", target=None)  # type: ignore[arg-type]


def test_removed_goals_and_actions_come_back_as_they_were(session: ProfileSession) -> None:
    first = session.goals.add("Walk to work", "Fresh air", dt.date(2027, 3, 1))
    middle = session.goals.add("Call Mum on Sundays")
    session.goals.add("Learn to bake bread")
    for text in ("Buy shoes", "Try the canal path", "Three times a week"):
        session.goals.add_action(first.id, text)
    session.goals.update(
        first.id, title=first.title, why=first.why, status=GoalStatus.PAUSED, target=first.target
    )
    [_, tick, _] = session.goals.get(first.id).actions
    session.goals.set_action_done(tick.id, True)
    before = session.goals.list()
    assert [g.id for g in before] == [first.id, middle.id, before[2].id]  # in the order they were added

    gone = session.goals.remove(first.id)
    session.goals.remove(middle.id)
    session.goals.restore(gone)
    assert session.goals.list()[0] == before[0]  # same id, place, status, target and actions (ticked)
    assert session.goals.list()[0].status is GoalStatus.PAUSED

    action = session.goals.remove_action(tick.id)
    session.goals.add_action(first.id, "Added meanwhile")
    session.goals.restore_action(action)
    assert [a.text for a in session.goals.get(first.id).actions] == [
        "Buy shoes",
        "Try the canal path",
        "Three times a week",
        "Added meanwhile",
    ]
    assert session.goals.get(first.id).actions[1] == before[0].actions[1]
    session.goals.remove(first.id)
    with pytest.raises(NotFoundError):
        session.goals.restore_action(action)  # its goal is gone


def test_goals_added_within_one_millisecond_keep_their_order_when_one_comes_back(
    session: ProfileSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fast computer adds several goals in one millisecond: restoring the first must put it back first."""
    monkeypatch.setattr(goals_module, "utc_now", lambda: "2026-12-07T10:00:00.000+00:00")
    made = [session.goals.add(title) for title in ("Walk", "Call Mum", "Bake bread")]
    assert [g.id for g in session.goals.list()] == [g.id for g in made]
    session.goals.restore(session.goals.remove(made[0].id))
    assert [g.id for g in session.goals.list()] == [g.id for g in made]
