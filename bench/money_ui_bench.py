"""Benchmark of the money screens on a big community: the real window, its real sync service, and a second
device's real service over loopback TLS, each figure with a baseline measured in the same run.

Run with `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/money_ui_bench.py` (or `make bench`); `--quick` for
a community a fifth of the size.

Ben's device (a headless `SyncServiceProcess`) holds the community of ui_bench.py (10,000 assets, 2,000
members, 5,000 events) with 50,000 signed ledger entries by 60 members (`sync.community.money_generator`:
deposits, proposals with votes and receipts and their withdrawals, projects with stakes, confirmations and
repayments, lending circles, confirmed time-credit transfers), written in his first change. The 60 members'
devices are carded in the space's membership log, so Ana's service checks every signature and rule for real.
Ana's window joins with Ben's invite over 127.0.0.1 and waits until every entry is in its state.

1. Opening a money screen: from the click in the sidebar until the screen shows the service's answer and a
   paint has run (a screen keeps its last answer and asks again when the ledger changes) — the Common purse
   (`PurseOverview`), a project page (the Projects screen with a project chosen: `ProjectAccounts`, then its
   own `ProjectHistory`) and Time credits (`ListTimeCredits`) — the first time in the session and then (median
   of the rounds) again; against the floor, the same commands' round trips through the `ServiceClient` alone.
   Goal: ≤ 300 ms.
2. A new ledger entry from a peer: Ben deposits into the purse (Ana on the purse screen) and gives one of
   the 60 time credits (Ana on the credits screen, where it waits for its receiver); from the window hearing
   of the peer's change (`DocumentChanged` from the peer) until the entry's row is on the screen and painted,
   against the time from Ben's command to the row (LAN sync included). Goal: ≤ 250 ms.
3. The Qt loop: the longest gap beyond 5 ms between ticks of a 5 ms `QTimer` in the window's process from the
   join through every measure above, against the same while the window idles as long. Goal: ≤ 50 ms.

Not a test: the only checks are sanity checks (the join succeeds, every entry arrives, the rows appear).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple, TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from commons_desktop.app import build, create_application
from commons_desktop.features.credits.credits_view import CreditsView
from commons_desktop.features.projects.projects_view import ProjectsView
from commons_desktop.features.purse.purse_view import PurseView
from commons_desktop.service import protocol
from commons_desktop.service.process import SyncServiceProcess
from commons_desktop.service_client import ServiceClient
from commons_desktop.widgets.keyed_rows import KeyedTable
from store import ProfileManager
from sync.community import EntryKind
from sync.community.generator import START, generate_view
from sync.community.money_generator import Participant, with_money
from sync.engine import DocumentChanged, SyncEngine
from sync.identity import DeviceKeys
from sync.membership import ActorClaim, member_id_of
from sync.membership import Role as LogRole
from sync.ports import device_keys_from

# The window's timing helpers, as ui_bench.py has them (this folder is on the path when run).
from ui_bench import KDF, PASSPHRASE, WAIT, GcMeter, StallMeter, pump_until

R = TypeVar("R")

FULL = {"assets": 10_000, "members": 2_000, "events": 5_000, "entries": 50_000}
QUICK = {"assets": 2_000, "members": 400, "events": 1_000, "entries": 10_000}
PEOPLE = 60  # members who sign money entries, each carded in the membership log


class Made(NamedTuple):
    profile: str  # Ben's
    space: str
    projects: list[str]  # their ids
    neighbour: str  # one of the signing members
    entries: int  # in the ledger


def ben_with_a_community(manager: ProfileManager, size: dict[str, int]) -> Made:
    """Ben's profile holding the community (his service loads it when it starts), the 60 signing members'
    devices carded in its log."""
    session = manager.create("Ben", PASSPHRASE)
    engine = SyncEngine(
        device_keys_from(session.identity),
        session.spaces,
        session.documents,
        actor_id=session.identity.get().actor_id,
        relay=session.relay,
    )
    started = time.perf_counter()
    keys = [DeviceKeys.generate(hybrid=False) for _ in range(PEOPLE)]
    people = [Participant(member_id_of(k.device_id), k.signer) for k in keys]
    until = engine.now() - dt.timedelta(days=7)
    view = with_money(
        generate_view(assets=size["assets"], members=size["members"], events=size["events"], seed=7),
        people,
        size["entries"],
        start=START,
        until=until,
    )
    print(f"{len(view.ledger):,} entries signed in {time.perf_counter() - started:.1f} s")
    space = engine.create_community("Big", view)
    for n, k in enumerate(keys):
        space.add(k.card, LogRole.MEMBER, now=engine.now())
        space.write_card(
            member_id_of(k.device_id),
            (ActorClaim(bytes([n + 1]) * 16),),
            now=engine.now(),
            device=k.device_id,
        )
    engine.membership_changed(space.id)
    print(f"Ben's community written in {time.perf_counter() - started:.1f} s")
    profile_id = session.profile_id
    session.lock()
    return Made(profile_id, space.id.hex(), sorted(view.projects), people[0].member_id, len(view.ledger))


def painted(widget: QWidget) -> None:
    widget.repaint()  # a synchronous paint of what the screen now holds


def has_key(table: KeyedTable, key: str) -> bool:
    """Whether the first or last row of *table* is keyed *key* (a new entry is the newest, so at one end):
    looking at every row on each turn of the loop would itself stall it."""
    ends = {0, table.row_count() - 1}
    return any(table.rows_model.key_at(r) == key for r in ends)


def round_trip(client: ServiceClient, ask: Callable[..., None], space: str) -> float:
    """ms from asking the service to its answer in the window, no screen involved (the floor)."""
    got: list[float] = []
    started = time.perf_counter()
    ask(space, on_done=lambda _answer: got.append(time.perf_counter()), on_failed=sys.exit)
    pump_until(lambda: bool(got), "the service's answer")
    return (got[0] - started) * 1000


def project_floor(client: ServiceClient, project: str) -> Callable[..., None]:
    """The two commands a project's page waits for, one after the other: the books, then its history."""

    def ask(space: str, on_done: Callable[[object], None], on_failed: Callable[[str], None]) -> None:
        client.project_accounts(
            space,
            on_done=lambda _books: client.project_history(
                space, project, on_done=on_done, on_failed=on_failed
            ),
            on_failed=on_failed,
        )

    return ask


class Screens:
    """Opening each money screen from the sidebar until it shows the service's answer, painted."""

    def __init__(self, window: object, client: ServiceClient, space: str, project: str) -> None:
        self.workspace = window.workspace_view  # type: ignore[attr-defined]
        self.client, self.space, self.project = client, space, project
        self.purse = self.workspace.screen_named("purse")
        self.projects = self.workspace.screen_named("projects")
        self.credits = self.workspace.screen_named("credits")
        assert isinstance(self.purse, PurseView)
        assert isinstance(self.projects, ProjectsView)
        assert isinstance(self.credits, CreditsView)

    def click(self, label: str) -> None:
        sidebar = self.workspace.sidebar
        sidebar.setCurrentRow(next(i for i in range(sidebar.count()) if sidebar.item(i).text() == label))

    def away(self) -> None:
        self.workspace.sidebar.setCurrentRow(0)
        QApplication.processEvents()

    def open_purse(self) -> float:
        view = self.purse
        started = time.perf_counter()
        self.click("Common purse")
        pump_until(lambda: view.report is not None, "the purse")
        pump_until(lambda: view.history.row_count() > 0, "the purse's history")
        painted(view)
        return (time.perf_counter() - started) * 1000

    def open_project(self) -> float:
        view = self.projects
        started = time.perf_counter()
        self.click("Projects")
        pump_until(lambda: self.project in view.books, "the projects' books")
        view.select_project(self.project)
        pump_until(
            lambda: view.history is not None and view.history.project == self.project, "the project's history"
        )
        painted(view)
        return (time.perf_counter() - started) * 1000

    def open_credits(self) -> float:
        view = self.credits
        started = time.perf_counter()
        self.click("Time credits")
        pump_until(lambda: view.credits is not None, "the time credits")
        pump_until(lambda: view.history.row_count() > 0, "the credits history")
        painted(view)
        return (time.perf_counter() - started) * 1000


def ask_ben(ben: SyncServiceProcess, command: protocol.Command[R]) -> R:
    """Ben's command answered, the window's loop running meanwhile: `ben.request` would block the Qt thread
    for Ben's whole round trip, a stall of the benchmark's own making that the meter would count."""
    replies: list[protocol.Reply] = []
    ben.send(command, replies.append)
    pump_until(lambda: bool(replies), "Ben's answer")
    if not replies[0].ok:
        sys.exit(f"Ben's {type(command).__name__} failed: {replies[0].error}")
    return replies[0].result  # type: ignore[no-any-return]


def peer_entry(
    ben: SyncServiceProcess,
    command: protocol.Command[object],
    shown: Callable[[str], bool],
    heard: list[float],
) -> tuple[float, float]:
    """Ben writes one entry: ms from the window hearing of it to its row painted, and from Ben's command."""
    heard.clear()
    sent = time.perf_counter()
    entry = ask_ben(ben, command)
    entry_id = getattr(entry, "id", "")
    pump_until(lambda: bool(heard) and shown(entry_id), "Ben's entry on Ana's screen")
    QApplication.processEvents()
    done = time.perf_counter()
    return (done - heard[0]) * 1000, (done - sent) * 1000


def run(args: argparse.Namespace) -> None:
    size = QUICK if args.quick else FULL
    scratch = Path(tempfile.mkdtemp(prefix="commons-money-bench-"))
    ben_manager = ProfileManager(scratch / "ben", KDF)
    made = ben_with_a_community(ben_manager, size)
    ben_profile, space, projects, neighbour = made.profile, made.space, made.projects, made.neighbour
    ben_key = ben_manager.unlock(ben_profile, PASSPHRASE)
    ben = SyncServiceProcess(ben_manager.data_dir, ben_profile, ben_key.database_key())
    ben_key.lock()
    ben.start(timeout=WAIT)
    ana_manager = ProfileManager(scratch / "ana", KDF)
    ana_profile = ana_manager.create("Ana", PASSPHRASE).profile_id
    create_application()
    controller = build(ana_manager)
    window = controller.window
    window.resize(1180, 760)
    window.show()
    try:
        pump_until(lambda: window.current_page() is window.unlock_view, "the unlock page")
        window.unlock_view.sig_unlock_requested.emit(ana_profile, PASSPHRASE)
        client = controller.sync
        pump_until(lambda: client.running and controller.unlocked, "unlock")
        ready: list[str] = []
        client.sig_ready.connect(ready.append)
        pump_until(lambda: bool(ready), "Ana's sync service")
        meter, collector = StallMeter(), GcMeter()

        # -- the join, and every entry into the window's state --
        invite = ben.request(protocol.Invite(space), timeout=WAIT)  # Ben judges his 50,000 entries at start
        started = time.perf_counter()
        meter.start()
        joined: list[str] = []
        client.join(invite.qr, "", joined.append, lambda reason: sys.exit(f"join failed: {reason}"))
        pump_until(lambda: bool(joined), "the join")
        pump_until(
            lambda: (s := client.community(space)) is not None and len(s.ledger) >= made.entries,
            "every ledger entry in Ana's window",
            WAIT * 5,
        )
        joined_s = time.perf_counter() - started
        stalls = {"join": meter.stop()}
        cpu = {"join": meter.worst_cpu}
        meter.start()
        heard: list[float] = []

        def on_event(event: object) -> None:
            if isinstance(event, DocumentChanged) and event.from_peer is not None:
                heard.append(time.perf_counter())

        client.sig_event.connect(on_event)
        ask_ben(ben, protocol.SetMyName(space, "Ben"))
        screens = Screens(window, client, space, projects[len(projects) // 2])

        # -- 1. opening the screens --
        opened: dict[str, list[float]] = {"purse": [], "project": [], "credits": []}
        floors: dict[str, list[float]] = {"purse": [], "project": [], "credits": []}
        asks = {
            "purse": (screens.open_purse, client.purse_overview),
            "project": (screens.open_project, project_floor(client, screens.project)),
            "credits": (screens.open_credits, client.list_time_credits),
        }
        for _ in range(args.rounds + 1):
            for name, (open_screen, ask) in asks.items():
                screens.away()
                opened[name].append(open_screen())
                floors[name].append(round_trip(client, ask, space))

        stalls["screens"] = meter.stop()
        cpu["screens"] = meter.worst_cpu
        meter.start()
        # -- 2. a peer's new entries --
        deposit_ms, deposit_from_ben, credit_ms, credit_from_ben = [], [], [], []
        for n in range(args.rounds):
            screens.away()
            screens.click("Common purse")
            a, b = peer_entry(
                ben,
                protocol.RecordEntry(space, EntryKind.PURSE_DEPOSIT, 100 + n, "EUR", memo="A gift"),
                lambda key: has_key(screens.purse.history, key),
                heard,
            )
            deposit_ms.append(a)
            deposit_from_ben.append(b)
            screens.click("Time credits")
            a, b = peer_entry(
                ben,
                protocol.GiveTimeCredits(space, neighbour, 15, "Thanks"),
                lambda key: has_key(screens.credits.waiting, key),
                heard,
            )
            credit_ms.append(a)
            credit_from_ben.append(b)
        busy_s = time.perf_counter() - started
        stalls["peers"] = meter.stop()
        cpu["peers"] = meter.worst_cpu
        busy_stall = max(stalls.values())

        # -- 3. idling as long, for the stall baseline --
        meter.start()
        idle_from = time.perf_counter()
        pump_until(lambda: time.perf_counter() - idle_from > busy_s, "idling", busy_s + WAIT)
        idle_stall = meter.stop()
        idle_cpu = meter.worst_cpu

        report(
            args, size, joined_s, opened, floors, (deposit_ms, deposit_from_ben, credit_ms, credit_from_ben)
        )
        print(f"{'3. longest Qt stall, join to the last measure vs idle (ms; ≤ 50)':<64} {busy_stall:>9} "
              f"{idle_stall:>9} {busy_stall / max(idle_stall, 1):>7.1f}")  # fmt: skip
        print(f"   (by part: {stalls})")
        own = "   the Qt thread's own CPU time between two ticks, at most (ms)"
        print(f"{own:<64} {max(cpu.values()):>9.0f} {idle_cpu:>9.0f}")
        print(f"   (by part: { ({part: round(ms) for part, ms in cpu.items()}) })")
        print(f"   (the longest garbage collection in the window's process took {collector.worst:.0f} ms)")
    finally:
        controller.shutdown()
        ben.stop()
        shutil.rmtree(scratch, ignore_errors=True)


def report(
    args: argparse.Namespace,
    size: dict[str, int],
    joined_s: float,
    opened: dict[str, list[float]],
    floors: dict[str, list[float]],
    peer: tuple[list[float], list[float], list[float], list[float]],
) -> None:
    med = statistics.median
    print()
    print(
        f"Python {platform.python_version()}, {size['assets']:,} assets, {size['entries']:,} ledger entries,"
        f" {args.rounds} rounds; medians (the join to the last entry in the window: {joined_s:.1f} s)"
    )
    print(f"{'':<64} {'ours':>9} {'baseline':>9} {'ratio':>7}")
    for name, label in (("purse", "the purse"), ("project", "a project page"), ("credits", "time credits")):
        again, floor = med(opened[name][1:]), med(floors[name])
        line = f"1. open {label}, click to painted vs the command alone (ms; ≤ 300)"
        print(f"{line:<64} {again:>9.1f} {floor:>9.1f} {again / floor:>7.2f}")
        print(f"   (the first time in the session: {opened[name][0]:.0f} ms)")
    deposit, deposit_ben, credit, credit_ben = peer
    for label, ours, base in (("a deposit", deposit, deposit_ben), ("a credit transfer", credit, credit_ben)):
        line = f"2. {label} from Ben, event to painted row vs from Ben (ms; ≤ 250)"
        print(f"{line:<64} {med(ours):>9.1f} {med(base):>9.1f} {med(ours) / med(base):>7.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a community a fifth of the size")
    parser.add_argument("--rounds", type=int, default=5)
    run(parser.parse_args())


if __name__ == "__main__":
    main()
