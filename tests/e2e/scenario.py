"""Issue 20's whole-neighbourhood scenario, step by step, on the network of town_network.py: Robin, Ana and Carmen
on three computers, `commons relay` on a fourth. Each step is a function that narrates what it does and checks
what it must; the test (test_neighbourhood_netns.py) and `make demo-network` (scripts/demo_network.py) run the
same steps.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from commons_desktop.service import protocol
from commons_desktop.service.process import ServiceError
from commons_desktop.service.values import CircleInfo, RelayState
from store import PlanSection
from sync.community import AssetKind, Choice, Role
from sync.community.view import CommunityView
from sync.invites import parse_qr
from tests.e2e.computers import Neighbour, RelayProcess, wait
from tests.e2e.forgeries import CHAINED, FIRST_REASON, UNPROVEN, forge, open_engine
from tests.e2e.town_network import CONTROL, TownNetwork, town_network
from tests.support import PASSPHRASE, files_containing

Narrate = Callable[[str], None]

# Canaries: personal plan text (never leaves Robin's computer), note text and member names (shared with the
# community, so in every member's document, never in the clear on a disk, the relay or the wire).
ROBIN = "Robin Canaryquince"
ANA = "Ana Canarythistle"
CARMEN = "Carmen Canarysorrel"
PLAN_CANARY = "PLAN-CANARY walk to the canal lock 5e1d"
NOTE_CANARY = "NOTE-CANARY bring the red toolbox 93b7"
PROGRESS_CANARY = "PROGRESS-CANARY fridge plugged in at the hall 2c40"
LATE_CANARY = "LATE-CANARY said after Carmen left 7a11"
CANARIES = (ROBIN, ANA, CARMEN, PLAN_CANARY, NOTE_CANARY, PROGRESS_CANARY, LATE_CANARY)


@dataclass
class Town:
    net: TownNetwork
    relay: RelayProcess
    robin: Neighbour
    ana: Neighbour
    carmen: Neighbour
    root: Path
    say: Narrate
    space: str = ""
    member_relay: str = ""  # the community's own relay login, as the admin's invite carries it
    ledger_before_attack: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    after_step: Callable[[Town], None] | None = None  # the demo shows each computer after every step

    @property
    def everyone(self) -> tuple[Neighbour, Neighbour, Neighbour]:
        return (self.robin, self.ana, self.carmen)

    @property
    def honest(self) -> tuple[Neighbour, Neighbour]:
        return (self.robin, self.ana)

    def views(self, *who: Neighbour) -> list[CommunityView]:
        return [n.view(self.space) for n in who]

    @contextmanager
    def step(self, title: str) -> Iterator[None]:
        self.say(title)
        began = time.monotonic()
        yield
        self.timings[title] = time.monotonic() - began
        if self.after_step is not None:
            self.after_step(self)


@contextmanager
def neighbourhood(root: Path, say: Narrate) -> Iterator[Town]:
    """The network, the relay and three computers with their profiles (Robin's with a personal plan), services
    running; everything stopped and deleted however the scenario ends."""
    with town_network(root / "captures") as net:
        net.start_captures()
        net.send_control()
        relay = RelayProcess(net.relay, root / "relay")
        people: list[Neighbour] = []
        try:
            for name, computer in zip(("Robin", "Ana", "Carmen"), net.computers, strict=True):
                people.append(Neighbour(name, computer, root / name.lower()))
            with people[0].manager.unlock(people[0].profile_id, PASSPHRASE) as session:
                session.plan.add(PlanSection.TOOLBOX, PLAN_CANARY)
            for person in people:
                person.start()
            yield Town(net, relay, *people, root=root, say=say)
        finally:
            for person in people:
                person.stop()
            relay.stop()


# -- the steps ---------------------------------------------------------------------------------------------------


def robin_starts_the_community(town: Town) -> None:
    with town.step("Robin starts Mill Road and gives it the relay across town"):
        robin = town.robin
        town.space = robin.ask(protocol.CreateCommunity("Mill Road", my_name=ROBIN))
        robin.ask(protocol.SetRelay(town.space, town.relay.provisioning_address()))
        wait(lambda: robin.ask(protocol.Status()).relays.get(town.space, _DOWN).connected, "Robin's relay")
        town.member_relay = parse_qr(robin.ask(protocol.Invite(town.space)).qr).relay
        assert town.member_relay, "the invite carries no relay login"
        robin.member = _member_named(robin.view(town.space), ROBIN)


def two_join_by_short_code(town: Town) -> None:
    for person, name in ((town.ana, ANA), (town.carmen, CARMEN)):
        with town.step(f"{person.name} joins by the short code alone, found on the home network"):
            code = town.robin.ask(protocol.Invite(town.space)).code
            assert person.ask(protocol.Join(code), timeout=40) == town.space
            wait(lambda p=person: _holds_the_document(p, town.space), f"{person.name} to hold the community")
            person.ask(protocol.SetMyName(town.space, name))
            person.ask(protocol.SetRelay(town.space, town.member_relay))  # the address the admin handed out
            wait(lambda n=name: _named(town.robin.view(town.space), n), f"Robin to see {name}")
            person.member = _member_named(town.robin.view(town.space), name)
    _all_agree(town, town.everyone, "the three computers to agree after joining")


def assets_stakes_and_a_vote(town: Town) -> tuple[str, str]:
    robin, ana, carmen, space = town.robin, town.ana, town.carmen, town.space
    with town.step("They add skills, Robin opens the fridge project, Ana and Carmen buy stakes"):
        robin.ask(protocol.AddAsset(space, AssetKind.HUMAN, "Bike repairs", description=NOTE_CANARY))
        ana.ask(protocol.AddAsset(space, AssetKind.HUMAN, "Sewing"))
        repay_by = (dt.datetime.now(dt.UTC) + dt.timedelta(days=365)).date()
        fridge = robin.ask(
            protocol.AddProject(
                space, "Community fridge", "A fridge in the hall", "fridges", "fridges", 1, 2500, "EUR", 12, 5,
                repay_by,
            )
        )  # fmt: skip
        for buyer in (ana, carmen):
            wait(lambda b=buyer: fridge in b.view(space).projects, f"{buyer.name} to see the project")
            buyer.ask(protocol.BuyStakes(space, fridge, 2))
        robin.ask(protocol.AddProgressReport(space, fridge, 1, note=PROGRESS_CANARY))
    with town.step("Robin proposes mending the bench; all three vote"):
        deadline = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
        bench = robin.ask(
            protocol.AddProposal(space, "Mend the bench", "New slats", 4000, "EUR", deadline, 2, 50)
        )
        for voter in town.everyone:
            wait(lambda v=voter: bench in v.view(space).proposals, f"{voter.name} to see the proposal")
            voter.ask(protocol.CastVote(space, bench, Choice.YES))
    _all_agree(town, town.everyone, "the money path to reach everyone")
    return fridge, bench


def a_circle_round(town: Town) -> None:
    robin, ana, carmen, space = town.robin, town.ana, town.carmen, town.space
    with town.step("A lending circle of the three: Ana and Carmen pay Robin round 1, he confirms both"):
        order = (robin.member, ana.member, carmen.member)
        today = dt.datetime.now(dt.UTC).date()
        circle = robin.ask(
            protocol.AddLendingCircle(space, "Mill Road circle", order, 2000, "EUR", 30, today)
        )
        for member in (ana, carmen):
            wait(lambda m=member: circle in m.view(space).circles, f"{member.name} to see the circle")
            member.ask(protocol.JoinCircle(space, circle))
        for payer in (ana, carmen):
            wait(lambda p=payer: _circle(p, space, circle).formed, f"{payer.name} to see the circle formed")
            payer.ask(protocol.RecordContribution(space, circle, 0))
        wait(lambda: len(_circle(robin, space, circle).to_confirm) == 2, "Robin to see both payments")
        for payment in _circle(robin, space, circle).to_confirm:
            robin.ask(protocol.ConfirmCircleReceived(space, payment.id))
        for member in town.everyone:
            paid_out = lambda m=member: _circle(m, space, circle).rounds[0].paid_out  # noqa: E731
            wait(paid_out, f"{member.name} to see round 1 paid out")


def ana_is_cut_off_and_comes_back_through_the_relay(town: Town) -> None:
    robin, ana, space, net = town.robin, town.ana, town.space, town.net
    with town.step("Ana's computer is cut off (no home network, no internet) and she keeps working"):
        net.set_lan(ana.net, up=False)
        net.set_wan(ana.net, up=False)
        offline = ana.ask(protocol.AddAsset(space, AssetKind.HUMAN, "Seed swap"))
        meanwhile = robin.ask(protocol.AddAsset(space, AssetKind.BUILT, "Ladder"))
        time.sleep(1.0)
        assert offline not in robin.view(space).assets
        assert meanwhile not in ana.view(space).assets
    with town.step("Ana comes back through the relay only: her home network stays down"):
        net.set_wan(ana.net, up=True)
        wait(lambda: offline in robin.view(space).assets, "Robin to get Ana's offline work by the relay", 45)
        wait(lambda: meanwhile in ana.view(space).assets, "Ana to get Robin's work by the relay", 45)
        assert not net.lan_is_up(ana.net), "the home network was up: this was not the relay's doing"
        net.set_lan(ana.net, up=True)


def carmen_turns_hostile(town: Town) -> None:
    carmen, space = town.carmen, town.space
    with town.step("Carmen turns hostile: her modified client forges issue 14's attacks into her copy"):
        town.ledger_before_attack = len(town.robin.view(space).ledger)
        carmen.stop()
        forge(carmen, space, victim=town.robin)
        carmen.start()
    with town.step("Every honest computer refuses them, lists them for review, and keeps working"):
        for person in town.honest:
            wait(
                lambda p=person: _refused_all(p, town),
                f"{person.name}'s review list to hold every forgery",
                45,
                seen=lambda p=person: (p.ask(protocol.ListReviews()), p.ask(protocol.Status()).review),
            )
        for person in town.honest:
            review = person.ask(protocol.Status()).review[space]
            town.say(
                f"  {person.name}'s review list: {len(review.refused)} of Carmen's changes refused"
                f" ({review.refused[0].split(': ', 1)[1]}; the rest build on it),"
                f" {len(review.waiting)} held without its author's proof"
            )
        after = town.ana.ask(protocol.AddAsset(space, AssetKind.HUMAN, "Plumbing"))
        wait(lambda: after in town.robin.view(space).assets, "honest work to flow after the attack")
        # Robin's own next change (the sequence number Carmen forged under his actor id) is taken everywhere.
        his = town.robin.ask(protocol.AddAsset(space, AssetKind.HUMAN, "Bread baking"))
        wait(lambda: his in town.ana.view(space).assets, "Robin's next change to reach Ana")
        _all_agree(town, town.honest, "the honest computers to agree after the attack")


def carmen_is_removed_and_the_key_rotates(town: Town) -> str:
    robin, ana, carmen, space = town.robin, town.ana, town.carmen, town.space
    with town.step("Robin removes Carmen: the community's key rotates; she sees nothing new"):
        assert robin.ask(protocol.RemoveFromCommunity(space, carmen.member)) >= 1
        late = robin.ask(protocol.AddAsset(space, AssetKind.HUMAN, "Choir", description=LATE_CANARY))
        wait(lambda: late in ana.view(space).assets, "Ana to get Robin's work after the removal")
        time.sleep(3.0)  # time enough for the LAN and the relay to deliver it, were she still let in
        assert late not in carmen.view(space).assets
    return late


def every_honest_computer_shows_the_same_community(town: Town) -> None:
    with town.step("Robin and Ana show the same community, with none of Carmen's forgeries applied"):
        _all_agree(town, town.honest, "the honest computers to agree at the end")
        view = town.robin.view(town.space)
        assert view.name == "Mill Road"
        assert view.members[town.robin.member].name == ROBIN
        assert view.members[town.robin.member].role is Role.ADMIN
        assert view.members[town.carmen.member].role is Role.MEMBER
        assert town.carmen.member not in view.credit_limits
        assert len(view.ledger) >= town.ledger_before_attack  # nothing signed was deleted


def stop_and_check_the_key_rotated(town: Town) -> None:
    for person in town.everyone:
        person.stop()
    epochs = {person.name: _epoch(person, town.space) for person in town.everyone}
    town.say(f"Key epochs (number, this computer holds its key): {epochs}")
    assert epochs["Robin"] == epochs["Ana"] == (epochs["Carmen"][0], True)
    assert epochs["Robin"][0] >= 2
    assert epochs["Carmen"][1] is False


def nothing_readable_anywhere(town: Town) -> dict[str, int]:
    """Every data folder, the relay's store and every namespace's capture, scanned for every canary."""
    town.relay.stop()
    captures = town.net.stop_captures()
    needles = [c.encode() for c in CANARIES]
    found: dict[str, int] = {}
    for place in (*(p.data_dir for p in town.everyone), town.relay.folder):
        found[str(place)] = len(files_containing(place, needles))
    for capture in captures:
        assert capture.stat().st_size > 0, capture
        found[capture.name] = len(files_containing_one(capture, needles))
        assert files_containing_one(capture, [CONTROL]), (
            f"{capture.name} did not capture the control datagram"
        )
    town.say(f"Scanned {len(found)} places for {len(needles)} canaries: {sum(found.values())} found")
    return found


def files_containing_one(path: Path, needles: list[bytes]) -> list[bytes]:
    data = path.read_bytes()
    return [n for n in needles if n in data or n.decode().encode("utf-16-le") in data]


def run_scenario(town: Town) -> dict[str, int]:
    """The whole story; returns where canaries were found (all zero when nothing leaked)."""
    robin_starts_the_community(town)
    two_join_by_short_code(town)
    assets_stakes_and_a_vote(town)
    a_circle_round(town)
    _canaries_are_in_the_inputs(town)
    ana_is_cut_off_and_comes_back_through_the_relay(town)
    carmen_turns_hostile(town)
    carmen_is_removed_and_the_key_rotates(town)
    every_honest_computer_shows_the_same_community(town)
    stop_and_check_the_key_rotated(town)
    return nothing_readable_anywhere(town)


# -- helpers -----------------------------------------------------------------------------------------------------

_DOWN = RelayState(connected=False, problem="")


def _member_named(view: CommunityView, name: str) -> str:
    [member] = [m for m, record in view.members.items() if record.name == name]
    return member


def _holds_the_document(person: Neighbour, space: str) -> bool:
    try:
        return person.view(space).name == "Mill Road"
    except ServiceError:  # no copy of the document yet
        return False


def _named(view: CommunityView, name: str) -> bool:
    return any(record.name == name for record in view.members.values())


def _circle(person: Neighbour, space: str, circle: str) -> CircleInfo:
    [info] = [c for c in person.ask(protocol.ListLendingCircles(space)) if c.id == circle]
    return info


def _all_agree(town: Town, who: tuple[Neighbour, ...], what: str) -> None:
    def same() -> bool:
        views = town.views(*who)
        return all(v == views[0] for v in views[1:])

    wait(same, what, 45)


def _refused_all(person: Neighbour, town: Town) -> bool:
    """Every forgery of Carmen's is listed, hers: the first for the rule it breaks, each later one (her client
    chains them) for building on a refused change."""
    reasons = [r.reason for r in person.refused(town.space) if r.member_id == town.carmen.member]
    chained = sum("which was refused" in why for why in reasons) >= CHAINED
    # The change forged under Robin's actor id carries no proof by his device: held, never applied.
    review = person.ask(protocol.Status()).review.get(town.space)
    held = review is not None and any(UNPROVEN in why for why in review.waiting)
    return FIRST_REASON in reasons and chained and held


def _canaries_are_in_the_inputs(town: Town) -> None:
    """The scan can fail: every shared canary is in what the services show (in the clear, to members), and the
    plan canary in Robin's own plan."""
    view = town.robin.view(town.space)
    shown = repr(view)
    for canary in (ROBIN, ANA, CARMEN, NOTE_CANARY, PROGRESS_CANARY):
        assert canary in shown, canary
    with town.robin.manager.unlock(town.robin.profile_id, PASSPHRASE) as session:
        assert any(item.text == PLAN_CANARY for item in session.plan.items())


def _epoch(person: Neighbour, space: str) -> tuple[int, bool]:
    """The community's current key epoch as this computer's store knows it, and whether it holds its key."""
    with open_engine(person) as engine:
        found = engine.space(bytes.fromhex(space))
        assert found is not None
        return int(found.state.epoch.number), found.state.epoch.key is not None
