"""`make demo-network`: the whole-neighbourhood scenario of tests/e2e, narrated on the terminal step by step.

Three computers (real sync services, each with its own encrypted profile) and `commons relay` in network
namespaces created for the run and deleted after it; after every step each computer's view is shown as its
service reports it. Needs root (network namespaces, packet captures) and tcpdump. Windows are not opened: the
services run headless, as the test runs them; the terminal is the window.

COMMONS_DEMO_PAUSE (seconds, default 1.5) is the pause after each step, to read it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO)]

from tests.e2e.computers import Neighbour  # noqa: E402
from tests.e2e.scenario import Town, neighbourhood, run_scenario  # noqa: E402
from tests.e2e.test_neighbourhood_netns import unavailable  # noqa: E402

from commons_desktop.service import protocol  # noqa: E402
from commons_desktop.service.process import ServiceError  # noqa: E402

_START = time.monotonic()


def say(text: str) -> None:
    print(f"[{time.monotonic() - _START:5.1f} s] {text}", flush=True)


def show(town: Town) -> None:
    """What each running computer shows now: people, skills, ledger, review list, peers and the relay."""
    for person in town.everyone:
        if person.service is None:
            print(f"          {person.name:7} (service stopped)")
            continue
        print(f"          {person.name:7} {_summary(person, town.space)}")
    time.sleep(float(os.environ.get("COMMONS_DEMO_PAUSE", "1.5")))


def _summary(person: Neighbour, space: str) -> str:
    if not space:
        return "no community yet"
    try:
        view = person.view(space)
    except ServiceError:  # no copy of the document yet
        return "no copy of the community yet"
    status = person.ask(protocol.Status())
    relay = status.relays.get(space)
    review = sum(len(r.refused) for r in person.ask(protocol.ListReviews()) if r.space == space)
    lan = "up" if _lan_up(person) else "down"
    return (
        f"{len(view.members)} people, {len(view.assets)} skills/assets, {len(view.ledger)} ledger entries,"
        f" {review} to review | home network {lan}, {len(status.connected)} connected,"
        f" relay {'connected' if relay is not None and relay.connected else 'not connected'}"
    )


def _lan_up(person: Neighbour) -> bool:
    from tests.sync.lan.netns import NetLab

    shown = NetLab.ip("-n", person.net.namespace, "-o", "link", "show", person.net.lan_device).stdout
    return ",UP" in shown


def main() -> int:
    reason = unavailable()
    if reason is not None:
        print(f"demo-network: cannot run here: {reason}.", file=sys.stderr)
        print("Run it as root on Linux, e.g. `sudo make demo-network`.", file=sys.stderr)
        return 1
    if not os.environ.get("DISPLAY"):
        say("No X display ($DISPLAY is unset): narrating on the terminal.")
    else:
        say("Narrating on the terminal (the services run headless; no windows are opened).")
    with tempfile.TemporaryDirectory(prefix="commons-demo-network-") as root:
        say("Building the town's network: a home network (bridge) for three computers, a relay across town")
        with neighbourhood(Path(root), say) as town:
            town.after_step = show
            found = run_scenario(town)
    leaks = sum(found.values())
    say(f"Done: {leaks} plaintext canaries in {len(found)} data folders, relay store and packet captures.")
    return 0 if leaks == 0 else 2


if __name__ == "__main__":
    sys.exit(main())
