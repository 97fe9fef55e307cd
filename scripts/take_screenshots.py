"""Saves PNGs of the main screens into docs/screenshots/, using a throw-away demo profile.

Run through scripts/screenshots.sh (which starts Xvfb); it works offscreen too. Everything happens in a
temporary data directory that is deleted afterwards; the demo person and their plan are fictional.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from commons_desktop.app import build, create_application
from commons_desktop.shell.controller import Controller
from store import DEMO_COMMUNITY, MINUTES, ContributionKind, KdfParams, PlanSection, ProfileManager, Question
from sync.community import Member, Role, Side
from sync.community.demo import demo_view
from sync.engine import SyncEngine
from sync.ports import device_keys_from

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
# Screenshots need no real key stretching; the demo profile is deleted at the end.
DEMO_KDF = KdfParams(memory_cost_kib=1024, iterations=1, lanes=1)
DEMO_PASSPHRASE = "kettle orchard bicycle 58 lanterns"  # noqa: S105 (fictional demo, deleted afterwards)
WINDOW_SIZE = (1180, 760)

PLAN: dict[PlanSection, list[tuple[str, str]]] = {
    PlanSection.TOOLBOX: [
        ("Walk by the canal in the morning", ""),
        ("Call my sister Ana", ""),
        ("Cook something simple with the radio on", ""),
        ("Ten minutes of stretching", ""),
        ("The library on Saturdays", ""),
    ],
    PlanSection.DAILY_PLAN: [
        ("When I'm well I'm curious and chatty, and I sleep through the night", ""),
        ("Breakfast before I look at my phone", ""),
        ("Get outside at least once", ""),
    ],
    PlanSection.TRIGGERS: [
        ("Letters from the housing office", "Open them with Ana, never alone at night"),
        ("Arguments in the stairwell", "Headphones on and go for a walk"),
        ("Skipping meals", "Keep soup and crackers in the cupboard"),
    ],
    PlanSection.WARNING_SIGNS: [
        ("Staying in bed past ten", "Set an alarm and open the curtains straight away"),
        ("Not answering messages", "Send one short reply, even just a thumbs up"),
        ("Snapping at people", "Take a break and tell them it's not about them"),
        ("Cancelling plans I was looking forward to", "Go for half an hour instead of not at all"),
    ],
    PlanSection.BREAKING_DOWN: [
        ("Two nights without sleep", "Call the GP surgery and tell Ana"),
        ("Not eating for a day", "Ask Mo next door to bring a meal round"),
    ],
    PlanSection.CRISIS_WELL: [
        ("Curious and chatty. I cook, walk by the canal most mornings and answer messages the same day.", "")
    ],
    PlanSection.CRISIS_SIGNS: [
        ("Three nights with almost no sleep", ""),
        ("Not eating and not opening the door", ""),
    ],
    PlanSection.CRISIS_CONTACTS: [
        ("Ana (sister)", "07700 900123, any time"),
        ("Drop-in centre, Mill Road", "Mon–Fri 10–4, ask for Priya"),
        ("Mo (neighbour, flat 3)", "Knock, or text 07700 900456"),
    ],
    PlanSection.CRISIS_HELPS: [
        ("Someone sitting with me quietly", ""),
        ("Tea and a blanket", ""),
        ("Being reminded that it will pass", ""),
    ],
    PlanSection.CRISIS_DECIDERS: [("Ana", "Money, the flat and talking to my doctor")],
    PlanSection.CRISIS_NOT_DECIDERS: [("My uncle", "Nothing about my treatment")],
    PlanSection.CRISIS_MEDICATIONS: [("Sertraline", "100 mg every morning, for low mood")],
    PlanSection.CRISIS_MEDICATIONS_AVOID: [("Haloperidol", "A bad reaction in 2019")],
    PlanSection.CRISIS_CARE: [
        ("At home, with Ana staying over", "She has a spare key"),
        ("Mill Road respite house", "Ask Priya at the drop-in"),
    ],
    PlanSection.CRISIS_CARE_AVOID: [("Ward 4 at St Jude's", "Too loud to rest")],
    PlanSection.CRISIS_AVOID: [("Telling me to cheer up", ""), ("Lots of questions at once", "")],
    PlanSection.CRISIS_DAY_TO_DAY: [
        ("Feed the cat", "Mo next door"),
        ("Pay the rent on the 1st", "Ana"),
    ],
    PlanSection.CRISIS_INACTIVE: [
        ("When I have slept well for a week and I am cooking for myself again, I can take over.", "")
    ],
    PlanSection.AFTER_CRISIS: [("A slow week with no appointments", ""), ("Checking in with Priya", "")],
}
NOTES = [
    "Good chat with Ana.",
    "Rained all day, stayed in.",
    "Walked to the library.",
    "",
    "Letter from the housing office. Opened it with Ana.",
    "Slept badly.",
    "",
    "Cooked for Mo.",
]
GOALS = [
    (
        "Sleep before midnight on weeknights",
        "I cope with everything better after a proper night",
        [
            "Phone stays in the kitchen after ten",
            "Herbal tea instead of coffee after four",
            "Read for twenty minutes in bed",
        ],
        2,
    ),
    (
        "Help at the repair café once a month",
        "I like fixing things and seeing people",
        ["Ask Priya about the next date", "Bring my own screwdrivers"],
        1,
    ),
]
TAGS = [("walk",), ("family",), ("sleep",), (), ("housing", "family"), ("work",), (), ("cooking", "friends")]


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="commons-screens-") as tmp:
        manager = ProfileManager(Path(tmp), DEMO_KDF)
        controller = build(manager, idle_timeout_ms=0)
        window = controller.window
        window.resize(*WINDOW_SIZE)
        window.show()
        try:
            _shoot_all(app, controller, manager)
        finally:
            controller.shutdown()
            window.close()
    return 0


def _shoot_all(app: QApplication, controller: Controller, manager: ProfileManager) -> None:
    window = controller.window
    welcome = window.welcome_view
    _wait(lambda: window.current_page() is welcome)
    welcome.name_edit.setText("Robin")
    welcome.passphrase_edit.setText(DEMO_PASSPHRASE)
    welcome.repeat_edit.setText(DEMO_PASSPHRASE)
    welcome.name_edit.setFocus()
    _save(window, "welcome.png")

    _seed_demo_profile(manager)
    controller.show_profiles()
    unlock = window.unlock_view
    _wait(lambda: window.current_page() is unlock and unlock.profile_list.count() == 1)
    unlock.passphrase_edit.setText(DEMO_PASSPHRASE)
    _save(window, "unlock.png")

    unlock.unlock_button.click()
    workspace = window.workspace_view
    plan = workspace.screen_named("plan")
    _wait(lambda: bool(plan.items(PlanSection.TRIGGERS)))
    window.resize(*WINDOW_SIZE)  # the profile's saved geometry is empty; keep the documented size
    home = workspace.screen_named("home")
    _wait(lambda: "sections filled in" in home.plan_card.body.text())
    _wait(lambda: controller.sync.running and bool(controller.sync.communities), timeout=30.0)
    _save(window, "home.png")

    workspace.open_screen("plan")
    plan.select_section(PlanSection.WARNING_SIGNS)
    plan.panel.table.selectRow(1)
    _save(window, "plan.png")

    plan.select_section(PlanSection.CRISIS_CONTACTS)
    _save(window, "crisis-plan.png")

    plan.show_goals()
    goals = plan.goals_panel
    _wait(lambda: goals.model.rowCount() == len(GOALS))
    goals.goal_list.setCurrentIndex(goals.model.index(0, 0))
    _save(window, "goals.png")

    workspace.open_screen("checkin")
    checkins = workspace.screen_named("checkin")
    _wait(lambda: checkins.model.rowCount() > 10)
    _save(window, "checkin.png")
    checkins.period_box.setCurrentIndex(2)  # the last 12 months
    _save(window, "checkin-year.png")

    workspace.open_screen("contributions")
    contributions = workspace.screen_named("contributions")
    contributions.filters.period_combo.setCurrentIndex(
        contributions.filters.period_combo.findText("All time")
    )
    _wait(lambda: contributions.model.rowCount() >= 4)
    _save(window, "contributions.png")

    workspace.open_screen("support")
    support = workspace.screen_named("support")
    _wait(lambda: support.model.rowCount() == 1)
    support.list_view.setCurrentIndex(support.model.index(0, 0))
    _wait(lambda: "Walk by the canal" in support.preview.toPlainText())
    _save(window, "support.png")

    workspace.open_screen("community")
    community = workspace.screen_named("community")
    _wait(lambda: len(controller.sync.communities) == 2, timeout=30.0)
    demo = next(c.space for c in controller.sync.communities if c.demo)
    mill_road = next(c.space for c in controller.sync.communities if not c.demo)
    community.community_choice.choose(demo)
    _wait(lambda: community.people.count() > 3, timeout=30.0)
    _shoot_whats_new(window, controller, community)
    community.community_choice.choose(mill_road)
    community.tabs.setCurrentWidget(community.community_page)
    _wait(lambda: community.people.count() == 1, timeout=30.0)
    community.invite()
    _wait(lambda: community.invite_card.invite_text.text() != "")
    _save(window, "community.png")
    community.tabs.setCurrentWidget(community.start_page)
    _save(window, "community-start-or-join.png")
    community.community_choice.choose(demo)
    community.tabs.setCurrentWidget(community.news)

    workspace.open_screen("assets")
    assets = workspace.screen_named("assets")
    assets.community_choice.choose(demo)
    _wait(lambda: assets.model.rowCount() > 10, timeout=30.0)
    _save(window, "assets.png")
    assets.search.setText("repair")
    _wait(lambda: 0 < assets.model.rowCount() < 10)
    _save(window, "assets-search.png")

    assets.search.clear()
    assets.table.selectRow(0)
    _save(window, "assets-detail.png")

    workspace.open_screen("needs")
    needs = workspace.screen_named("needs")
    needs.community_choice.choose(demo)
    _wait(lambda: needs.model.rowCount() > 5, timeout=30.0)
    _save(window, "needs.png")
    needs.tabs.setCurrentWidget(needs.gaps_panel)
    _save(window, "needs-gaps.png")
    needs.tabs.setCurrentWidget(needs.opportunities)
    _save(window, "needs-opportunities.png")

    workspace.open_screen("events")
    events = workspace.screen_named("events")
    events.community_choice.choose(demo)
    _wait(lambda: events.model.rowCount() > 3, timeout=30.0)
    _save(window, "events.png")
    events.tabs.setCurrentWidget(events.week)
    _save(window, "events-week.png")

    workspace.open_screen("map")
    map_screen = workspace.screen_named("map")
    map_screen.community_choice.choose(demo)
    _wait(lambda: len(map_screen.canvas.located) > 10, timeout=30.0)
    _save(window, "map.png")
    map_screen.search.setText("food station")
    _save(window, "map-find.png")
    map_screen.search.clear()

    workspace.open_screen("pulse")
    pulse = workspace.screen_named("pulse")
    pulse.community_choice.choose(demo)
    _wait(lambda: "average" in pulse_text(pulse).casefold(), timeout=30.0)
    _save(window, "pulse.png")

    workspace.open_screen("review")
    review = workspace.screen_named("review")
    _wait(lambda: review.summary.text() != "", timeout=30.0)
    _save(window, "review.png")
    assets.search.clear()
    _shoot_credits(window, controller, demo)

    about = controller.open_about()
    _wait(about.isVisible)
    _save(about, "about.png")
    about.close()

    dialog = controller.open_settings()
    assert dialog is not None
    _wait(dialog.isVisible)
    dialog.current_edit.setText(DEMO_PASSPHRASE)
    dialog.new_edit.setText("seven stray herons at dusk")
    _save(dialog, "settings.png")
    dialog.close()

    send = controller.open_handoff()
    assert send is not None
    send.network_combo.setCurrentIndex(send.network_combo.findData("127.0.0.1"))  # stay on this machine
    send.start_button.click()
    _wait(lambda: send.code != "")
    code = send.code
    _save(send, "handoff-send.png")
    send.close()

    controller.lock()
    _wait(lambda: window.current_page() is unlock)
    receive = controller.open_receive()
    assert receive is not None
    _wait(receive.isVisible)
    receive.code_edit.setText(code)
    receive.passphrase_edit.setText("seven stray herons at dusk")
    _save(receive, "handoff-receive.png")
    receive.close()


def pulse_text(screen: QWidget) -> str:
    """Every label's text on the pulse screen (the rounds are cards of labels)."""
    return " ".join(label.text() for label in screen.findChildren(QLabel))


def _shoot_whats_new(window: QWidget, controller: Controller, community: Any) -> None:
    """Robin looked at Millbrook once; since then two neighbours' posts arrived (written here as Robin's)."""
    news = community.news
    community.tabs.setCurrentWidget(news)
    _wait(lambda: "first look" in news.text.toPlainText(), timeout=30.0)
    news.mark_seen()
    _wait(lambda: "Nothing new" in news.text.toPlainText())
    space = community.community_choice.space
    controller.sync.add_need_or_offer(
        space, Side.NEED, "transport", "Mill Road", "Lifts to the eye clinic on Tuesday mornings"
    )
    controller.sync.add_need_or_offer(
        space, Side.OFFER, "repairs", "Canal Street", "I can fix bikes on Saturday afternoons"
    )
    _wait(lambda: "fix bikes" in news.text.toPlainText(), timeout=30.0)
    _save(window, "community-whats-new.png")


def _shoot_credits(window: QWidget, controller: Controller, demo: str) -> None:
    """Time credits in the demo town, once Robin has a name there and gave Ada an hour (waiting for her), and
    the town's lending circle."""
    workspace = window.workspace_view
    controller.sync.set_my_name(demo, "Robin")
    workspace.open_screen("credits")
    credits = workspace.screen_named("credits")
    credits.community_choice.choose(demo)
    _wait(lambda: credits.credits is not None and credits.give_button.isEnabled(), timeout=30.0)
    ada = next(b.member_id for b in credits.credits.balances if b.name.startswith("Ada"))
    credits.give(ada, 60, "Helped me fill in a form")
    _wait(lambda: credits.waiting.rowCount() == 2, timeout=30.0)
    _save(window, "credits.png")

    workspace.open_screen("circles")
    circles = workspace.screen_named("circles")
    circles.community_choice.choose(demo)
    _wait(lambda: bool(circles.circles), timeout=30.0)
    _save(window, "circles.png")


def _seed_demo_profile(manager: ProfileManager) -> None:
    rng = random.Random(7)
    today = dt.date.today()
    with manager.create("Robin", DEMO_PASSPHRASE) as session:
        # The Millbrook demo town, as "Explore a demo town" makes it: local, and remembered as the demo (its
        # made-up residents signed its payments and votes; the sync service knows them for the demo only).
        engine = SyncEngine(
            device_keys_from(session.identity),
            session.spaces,
            session.documents,
            actor_id=session.identity.get().actor_id,
            relay=session.relay,
        )
        view = demo_view(today)
        demo = engine.create_community(view.name, view, local=True)
        session.settings.set(DEMO_COMMUNITY, demo.id.hex())
        # And Mill Road, the community Robin started for the street (where Robin invites neighbours).
        mill_road = engine.create_community("Mill Road").id
        me = Member(engine.member_id(mill_road), "Robin", Role.ADMIN, joined_at=dt.datetime.now(dt.UTC))
        engine.change(mill_road, lambda document: document.add_member(me))
        for section, items in PLAN.items():
            for text, response in items:
                if section.is_free_text:
                    session.plan.write_text(section, text)
                else:
                    session.plan.add(section, text, response)
        for title, why, actions, done in GOALS:
            goal = session.goals.add(title, why, today + dt.timedelta(days=60))
            for n, text in enumerate(actions):
                action = session.goals.add_action(goal.id, text)
                if n < done:
                    session.goals.set_action_done(action.id, True)
        session.supporters.add(
            "Ana",
            relationship="sister",
            sections=frozenset({PlanSection.TOOLBOX, PlanSection.CRISIS_CONTACTS}),
        )
        for days_ago, minutes, where in (
            (2, 150, "Repair café"),
            (9, 90, "Community garden"),
            (16, 120, "Repair café"),
        ):
            session.contributions.add(
                ContributionKind.HOURS, minutes, MINUTES, today - dt.timedelta(days=days_ago), where
            )
        session.contributions.add(
            ContributionKind.CIRCLE_PAYMENT, 2000, "EUR", today - dt.timedelta(days=5), "Mill Road circle"
        )
        for back in range(300, 27, -1):  # months before the last four weeks: a check-in every few days
            if rng.random() < 0.35:
                mood = max(1, min(10, round(6.0 + rng.uniform(-2.2, 2.2))))
                session.checkins.record(today - dt.timedelta(days=back), mood, "", {}, ())
        for back in range(26, -1, -1):
            if back not in (0, 1, 2) and rng.random() < 0.15:
                continue  # a few missed days, as in real life
            # A rough patch about two weeks ago (the housing letter), then recovery.
            dip = 3.2 if 10 <= back <= 15 else 1.6 if back in (9, 16) else 0.0
            mood = max(1, min(10, round(6.6 - dip + rng.uniform(-1.3, 1.3))))
            answers = {q: max(0, min(4, rng.randint(mood // 3, mood // 2))) for q in Question}
            answers[Question.STRESS] = max(0, min(4, 5 - mood // 2))
            pick = rng.randrange(len(NOTES))
            session.checkins.record(today - dt.timedelta(days=back), mood, NOTES[pick], answers, TAGS[pick])


def _wait(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not appear in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _save(window: QWidget, name: str) -> None:
    # Let layouts settle and the busy indicator disappear before grabbing.
    for _ in range(30):
        QCoreApplication.processEvents()
        time.sleep(0.01)
    pixmap = window.grab()
    if not pixmap.save(str(OUT / name), "PNG"):
        raise OSError(f"could not write {OUT / name}")
    print(f"saved {OUT / name} ({pixmap.width()}×{pixmap.height()})")


if __name__ == "__main__":
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    sys.exit(main())
