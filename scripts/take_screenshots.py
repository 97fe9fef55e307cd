"""Saves PNGs of the main screens into docs/screenshots/, using a throw-away demo profile.

Run through scripts/screenshots.sh (which starts Xvfb); it works offscreen too. Everything happens in a
temporary data directory that is deleted afterwards; the demo person and their plan are fictional.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget
from screenshot_demo import DEMO_TEXTS, DemoTexts

from commons_desktop.app import build, create_application, install_translations
from commons_desktop.features.plan.crisis_pdf import write_crisis_plan
from commons_desktop.features.reports.report_files import write_pdf
from commons_desktop.features.reports.report_tables import report_tables
from commons_desktop.labels import crisis_plan_heading
from commons_desktop.shell.controller import Controller
from store import (
    DEMO_COMMUNITY,
    MINUTES,
    ContributionKind,
    KdfParams,
    MachineSettings,
    PlanItem,
    PlanSection,
    ProfileManager,
    ProfileSession,
    Question,
)
from sync.community import EntryKind, Member, Role, Side
from sync.community.demo import demo_view
from sync.community.signed import LedgerEntry
from sync.engine import SyncEngine
from sync.ports import device_keys_from

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
# Screenshots need no real key stretching; the demo profile is deleted at the end.
DEMO_KDF = KdfParams(memory_cost_kib=1024, iterations=1, lanes=1)
DEMO_PASSPHRASE = "kettle orchard bicycle 58 lanterns"  # noqa: S105 (fictional demo, deleted afterwards)
WINDOW_SIZE = (1180, 760)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--language",
        default="",
        choices=sorted(code for code in DEMO_TEXTS if code),
        help="take the translated set into docs/screenshots/<language>/ (default: English, docs/screenshots/)",
    )
    language = parser.parse_args(argv).language
    language = "" if language == "en" else language
    out = OUT / language if language else OUT
    out.mkdir(parents=True, exist_ok=True)
    app = create_application([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="commons-screens-") as tmp:
        if language:  # as chosen in Settings: the computer remembers it, and the window speaks it
            MachineSettings(Path(tmp)).language = language
            install_translations(app, language)
        manager = ProfileManager(Path(tmp), DEMO_KDF)
        controller = build(manager, idle_timeout_ms=0)
        window = controller.window
        window.resize(*WINDOW_SIZE)
        window.show()
        shots = Shots(out, DEMO_TEXTS[language], Path(tmp))
        try:
            if language:
                _shoot_translated(shots, controller, manager)
            else:
                _shoot_all(shots, controller, manager)
        finally:
            controller.shutdown()
            window.close()
    return 0


@dataclass(frozen=True)
class Shots:
    """Where the pictures go, and the demo person's words in the language they are taken in."""

    out: Path
    texts: DemoTexts
    scratch: Path  # the throw-away data directory (the crisis plan PDF is written there)

    def save(self, window: QWidget, name: str) -> None:
        _save(window, self.out / name)


def _shoot_start(shots: Shots, controller: Controller, manager: ProfileManager) -> None:
    """Welcome, unlock, Home, and the plan with the warning signs and the crisis contacts open."""
    window = controller.window
    welcome = window.welcome_view
    _wait(lambda: window.current_page() is welcome)
    welcome.name_edit.setText(shots.texts.name)
    welcome.passphrase_edit.setText(DEMO_PASSPHRASE)
    welcome.repeat_edit.setText(DEMO_PASSPHRASE)
    welcome.name_edit.setFocus()
    shots.save(window, "welcome.png")

    _seed_demo_profile(manager, shots.texts)
    controller.show_profiles()
    unlock = window.unlock_view
    _wait(lambda: window.current_page() is unlock and unlock.profile_list.count() == 1)
    unlock.passphrase_edit.setText(DEMO_PASSPHRASE)
    shots.save(window, "unlock.png")

    unlock.unlock_button.click()
    workspace = window.workspace_view
    plan = workspace.screen_named("plan")
    _wait(lambda: bool(plan.items(PlanSection.TRIGGERS)))
    window.resize(*WINDOW_SIZE)  # the profile's saved geometry is empty; keep the documented size
    home = workspace.screen_named("home")
    filled = QCoreApplication.translate("HomeView", "{count} of {total} sections filled in.").format(
        count=len(shots.texts.plan), total=len(PlanSection)
    )
    _wait(lambda: filled in home.plan_card.body.text())
    _wait(lambda: controller.sync.running and bool(controller.sync.communities), timeout=30.0)
    shots.save(window, "home.png")

    workspace.open_screen("plan")
    plan.select_section(PlanSection.WARNING_SIGNS)
    plan.panel.table.selectRow(1)
    shots.save(window, "plan.png")

    plan.select_section(PlanSection.CRISIS_CONTACTS)
    shots.save(window, "crisis-plan.png")


def _shoot_translated(shots: Shots, controller: Controller, manager: ProfileManager) -> None:
    """The screens a new resident meets first, the crisis plan PDF, the demo town and Settings."""
    _shoot_start(shots, controller, manager)
    window = controller.window
    workspace = window.workspace_view
    workspace.open_screen("checkin")
    checkins = workspace.screen_named("checkin")
    _wait(lambda: checkins.model.rowCount() > 10)
    shots.save(window, "checkin.png")

    _shoot_support(shots, controller)

    workspace.open_screen("community")
    community = workspace.screen_named("community")
    _wait(lambda: len(controller.sync.communities) == 2, timeout=30.0)
    demo = next(c.space for c in controller.sync.communities if c.demo)
    community.community_choice.choose(demo)
    _wait(lambda: community.people.count() > 3, timeout=30.0)
    community.tabs.setCurrentWidget(community.community_page)
    shots.save(window, "community.png")

    _shoot_settings(shots, controller)
    _shoot_crisis_pdf(shots, controller)


def _shoot_support(shots: Shots, controller: Controller) -> None:
    workspace = controller.window.workspace_view
    workspace.open_screen("support")
    support = workspace.screen_named("support")
    _wait(lambda: support.model.rowCount() == 1)
    support.list_view.setCurrentIndex(support.model.index(0, 0))
    first_tool = shots.texts.plan[PlanSection.TOOLBOX][0][0]
    _wait(lambda: first_tool in support.preview.toPlainText())
    shots.save(controller.window, "support.png")


def _shoot_settings(shots: Shots, controller: Controller) -> None:
    dialog = controller.open_settings()
    assert dialog is not None
    _wait(dialog.isVisible)
    dialog.current_edit.setText(DEMO_PASSPHRASE)
    dialog.new_edit.setText("seven stray herons at dusk")
    shots.save(dialog, "settings.png")
    dialog.close()


def _shoot_crisis_pdf(shots: Shots, controller: Controller) -> None:
    """The crisis plan PDF as the Plan screen's button writes it, its first page rendered by pdftoppm."""
    pdf = shots.scratch / "crisis-plan.pdf"
    written: list[bool] = []

    def crisis_sections(session: ProfileSession) -> dict[PlanSection, list[PlanItem]]:
        return {s: items for s, items in session.plan.by_section().items() if s.is_crisis_plan}

    def write(sections: dict[PlanSection, list[PlanItem]]) -> None:
        write_crisis_plan(pdf, sections, title=crisis_plan_heading())
        written.append(True)

    controller.runner.with_session(crisis_sections, write)
    _wait(lambda: bool(written))
    target = shots.out / "crisis-plan-pdf"  # pdftoppm adds ".png"
    subprocess.run(  # noqa: S603 (a fixed program on a file this script wrote)
        ["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(target)],  # noqa: S607
        check=True,
    )
    print(f"saved {target}.png")


def _shoot_all(shots: Shots, controller: Controller, manager: ProfileManager) -> None:
    _shoot_start(shots, controller, manager)
    window = controller.window
    workspace = window.workspace_view
    plan = workspace.screen_named("plan")
    plan.show_goals()
    goals = plan.goals_panel
    _wait(lambda: goals.model.rowCount() == len(shots.texts.goals))
    goals.goal_list.setCurrentIndex(goals.model.index(0, 0))
    shots.save(window, "goals.png")

    workspace.open_screen("checkin")
    checkins = workspace.screen_named("checkin")
    _wait(lambda: checkins.model.rowCount() > 10)
    shots.save(window, "checkin.png")
    checkins.period_box.setCurrentIndex(2)  # the last 12 months
    shots.save(window, "checkin-year.png")

    workspace.open_screen("contributions")
    contributions = workspace.screen_named("contributions")
    contributions.filters.period_combo.setCurrentIndex(
        contributions.filters.period_combo.findText("All time")
    )
    _wait(lambda: contributions.model.rowCount() >= 5)  # Robin's four, and the signed deposit
    shots.save(window, "contributions.png")

    _shoot_support(shots, controller)

    workspace.open_screen("community")
    community = workspace.screen_named("community")
    _wait(lambda: len(controller.sync.communities) == 2, timeout=30.0)
    demo = next(c.space for c in controller.sync.communities if c.demo)
    mill_road = next(c.space for c in controller.sync.communities if not c.demo)
    community.community_choice.choose(demo)
    _wait(lambda: community.people.count() > 3, timeout=30.0)
    _shoot_whats_new(shots, window, controller, community)
    community.community_choice.choose(mill_road)
    community.tabs.setCurrentWidget(community.community_page)
    _wait(lambda: community.people.count() == 1, timeout=30.0)
    community.invite()
    _wait(lambda: community.invite_card.invite_text.text() != "")
    shots.save(window, "community.png")
    community.tabs.setCurrentWidget(community.start_page)
    shots.save(window, "community-start-or-join.png")
    community.community_choice.choose(demo)
    community.tabs.setCurrentWidget(community.news)

    workspace.open_screen("assets")
    assets = workspace.screen_named("assets")
    assets.community_choice.choose(demo)
    _wait(lambda: assets.model.rowCount() > 10, timeout=30.0)
    shots.save(window, "assets.png")
    assets.search.setText("repair")
    _wait(lambda: 0 < assets.model.rowCount() < 10)
    shots.save(window, "assets-search.png")

    assets.search.clear()
    assets.table.selectRow(0)
    shots.save(window, "assets-detail.png")

    workspace.open_screen("needs")
    needs = workspace.screen_named("needs")
    needs.community_choice.choose(demo)
    _wait(lambda: needs.model.rowCount() > 5, timeout=30.0)
    shots.save(window, "needs.png")
    needs.tabs.setCurrentWidget(needs.gaps_panel)
    shots.save(window, "needs-gaps.png")
    needs.tabs.setCurrentWidget(needs.opportunities)
    shots.save(window, "needs-opportunities.png")

    workspace.open_screen("events")
    events = workspace.screen_named("events")
    events.community_choice.choose(demo)
    _wait(lambda: events.model.rowCount() > 3, timeout=30.0)
    shots.save(window, "events.png")
    events.tabs.setCurrentWidget(events.week)
    shots.save(window, "events-week.png")

    workspace.open_screen("map")
    map_screen = workspace.screen_named("map")
    map_screen.community_choice.choose(demo)
    _wait(lambda: len(map_screen.canvas.located) > 10, timeout=30.0)
    shots.save(window, "map.png")
    map_screen.search.setText("food station")
    shots.save(window, "map-find.png")
    map_screen.search.clear()

    workspace.open_screen("pulse")
    pulse = workspace.screen_named("pulse")
    pulse.community_choice.choose(demo)
    _wait(lambda: "average" in pulse_text(pulse).casefold(), timeout=30.0)
    shots.save(window, "pulse.png")

    workspace.open_screen("projects")
    projects = workspace.screen_named("projects")
    projects.community_choice.choose(demo)
    _wait(lambda: projects.table.rowCount() > 1 and bool(projects.books), timeout=30.0)
    projects.select_project(max(projects.books.values(), key=lambda b: b.stakes_sold).project)
    shots.save(window, "projects.png")

    _shoot_purse(window, demo, shots)

    workspace.open_screen("review")
    review = workspace.screen_named("review")
    _wait(lambda: review.summary.text() != "", timeout=30.0)
    shots.save(window, "review.png")
    assets.search.clear()
    _shoot_credits(window, controller, demo, shots)
    _shoot_reports(window, demo, shots)

    about = controller.open_about()
    _wait(about.isVisible)
    shots.save(about, "about.png")
    about.close()

    _shoot_settings(shots, controller)

    send = controller.open_handoff()
    assert send is not None
    send.network_combo.setCurrentIndex(send.network_combo.findData("127.0.0.1"))  # stay on this machine
    send.start_button.click()
    _wait(lambda: send.code != "")
    code = send.code
    shots.save(send, "handoff-send.png")
    send.close()

    controller.lock()
    _wait(lambda: window.current_page() is window.unlock_view)
    receive = controller.open_receive()
    assert receive is not None
    _wait(receive.isVisible)
    receive.code_edit.setText(code)
    receive.passphrase_edit.setText("seven stray herons at dusk")
    shots.save(receive, "handoff-receive.png")
    receive.close()


def pulse_text(screen: QWidget) -> str:
    """Every label's text on the pulse screen (the rounds are cards of labels)."""
    return " ".join(label.text() for label in screen.findChildren(QLabel))


def _shoot_whats_new(shots: Shots, window: QWidget, controller: Controller, community: Any) -> None:
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
    shots.save(window, "community-whats-new.png")


def _shoot_purse(window: QWidget, demo: str, shots: Shots) -> None:
    """The demo town's common purse: its balance, the proposals with their tallies (the first one chosen, so
    its detail shows) and the deposits and withdrawals."""
    workspace = window.workspace_view
    workspace.open_screen("purse")
    purse = workspace.screen_named("purse")
    purse.community_choice.choose(demo)
    _wait(lambda: purse.report is not None and purse.table.rowCount() > 0, timeout=30.0)
    purse.table.selectRow(0)
    shots.save(window, "purse.png")


def _shoot_credits(window: QWidget, controller: Controller, demo: str, shots: Shots) -> None:
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
    _wait(lambda: credits.waiting.row_count() == 2, timeout=30.0)
    shots.save(window, "credits.png")

    workspace.open_screen("circles")
    circles = workspace.screen_named("circles")
    circles.community_choice.choose(demo)
    _wait(lambda: bool(circles.circles), timeout=30.0)
    shots.save(window, "circles.png")


def _shoot_reports(window: QWidget, demo: str, shots: Shots) -> None:
    """The demo town's report for the last year with its charts and the privacy choices, and the first page of
    the PDF the screen exports with those (default) choices."""
    workspace = window.workspace_view
    workspace.open_screen("reports")
    reports = workspace.screen_named("reports")
    reports.community_choice.choose(demo)
    _wait(lambda: reports.data is not None, timeout=30.0)
    shots.save(window, "reports.png")
    heading = reports.heading()
    pdf = shots.scratch / "report.pdf"
    write_pdf(pdf, heading, report_tables(reports.data.report, reports.choices), reports.printed_charts())
    target = shots.out / "reports-pdf"  # pdftoppm adds ".png"
    subprocess.run(  # noqa: S603 (a fixed program on a file this script wrote)
        ["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(target)],  # noqa: S607
        check=True,
    )
    print(f"saved {target}.png")


def _seed_demo_profile(manager: ProfileManager, texts: DemoTexts) -> None:
    rng = random.Random(7)
    today = dt.date.today()
    with manager.create(texts.name, DEMO_PASSPHRASE) as session:
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
        mill_road = engine.create_community(texts.street).id
        me = Member(engine.member_id(mill_road), texts.name, Role.ADMIN, joined_at=dt.datetime.now(dt.UTC))
        engine.change(mill_road, lambda document: document.add_member(me))
        # Robin's signed deposit into Mill Road's purse: the sync service copies it into Contributions as a
        # signed line by itself.
        signer = engine.me.signer
        deposit = LedgerEntry(
            "welcome-deposit", EntryKind.PURSE_DEPOSIT, me.id, signer.device_id.hex, 15_00, "EUR",
            dt.datetime.now(dt.UTC) - dt.timedelta(days=3),
        ).signed_by(signer)  # fmt: skip
        engine.change(mill_road, lambda document: document.append_entry(deposit))
        for section, items in texts.plan.items():
            for text, response in items:
                if section.is_free_text:
                    session.plan.write_text(section, text)
                else:
                    session.plan.add(section, text, response)
        for title, why, actions, done in texts.goals:
            goal = session.goals.add(title, why, today + dt.timedelta(days=60))
            for n, text in enumerate(actions):
                action = session.goals.add_action(goal.id, text)
                if n < done:
                    session.goals.set_action_done(action.id, True)
        session.supporters.add(
            texts.supporter[0],
            relationship=texts.supporter[1],
            sections=frozenset({PlanSection.TOOLBOX, PlanSection.CRISIS_CONTACTS}),
        )
        for days_ago, minutes, where in (
            (2, 150, texts.places[0]),
            (9, 90, texts.places[1]),
            (16, 120, texts.places[0]),
        ):
            session.contributions.add(
                ContributionKind.HOURS, minutes, MINUTES, today - dt.timedelta(days=days_ago), where
            )
        session.contributions.add(
            ContributionKind.CIRCLE_PAYMENT, 2000, "EUR", today - dt.timedelta(days=5), texts.places[2]
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
            pick = rng.randrange(len(texts.notes))
            session.checkins.record(
                today - dt.timedelta(days=back), mood, texts.notes[pick], answers, texts.tags[pick]
            )


def _wait(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not appear in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _save(window: QWidget, path: Path) -> None:
    # Let layouts settle and the busy indicator disappear before grabbing.
    for _ in range(30):
        QCoreApplication.processEvents()
        time.sleep(0.01)
    pixmap = window.grab()
    if not pixmap.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    print(f"saved {path} ({pixmap.width()}×{pixmap.height()})")


if __name__ == "__main__":
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    sys.exit(main(sys.argv[1:]))
