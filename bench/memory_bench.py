"""Memory of a sync service holding a big community and taking a peer's changes.

Run with `.venv/bin/python bench/memory_bench.py` (10,000 assets, 2,000 members, 5,000 events; 100 changes
each way), `--quick` for 2,000 assets and 40 changes. Two real sync service processes (each with its own
encrypted profile) on 127.0.0.1: the creator holds the generated community; the other joins by invite (its
first copy is the creator's sealed snapshot). Then the joiner adds assets one after another, which the creator
takes as a peer's changes, and the creator adds as many, which the joiner takes. At each stage both services'
VmRSS (resident now) and VmHWM (the highest so far) from /proc/<pid>/status, in MiB.

Also the floor: the document alone, loaded by `automerge.core` in a fresh interpreter (no service), so the
figures can be read as "the binding's document" + "the service around it".

What the figures mean is in docs/benchmarks.md ("# Scale: 20 peers", "Memory").
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from commons_desktop.service import protocol
from store import ProfileManager
from sync.community import AssetKind, CommunityDocument
from sync.community.generator import generate_view

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale_bench as scale

FULL_SIZE, FULL_CHANGES = 10_000, 100
QUICK_SIZE, QUICK_CHANGES = 2_000, 40
_FLOOR = """
import sys, automerge.core as core
from pathlib import Path
def mib(key):
    line = next(l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith(key + ":"))
    return int(line.split()[1]) / 1024
before = mib("VmRSS")
doc = core.Document.load(Path(sys.argv[1]).read_bytes())
print(before, mib("VmRSS"), mib("VmHWM"))
"""


@dataclass(frozen=True)
class Memory:
    rss_mib: float  # resident now
    peak_mib: float  # the highest so far (VmHWM)


def memory_of(pid: int) -> Memory:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return Memory(fields["VmRSS"], fields["VmHWM"])


@dataclass
class Stage:
    name: str
    creator: Memory
    joiner: Memory


@dataclass
class Run:
    size: int
    changes: int
    stages: list[Stage] = field(default_factory=list)

    def stage(self, name: str) -> Stage:
        return next(s for s in self.stages if s.name == name)


def floor(size: int, scratch: Path) -> tuple[float, float, float]:
    """The document alone in a fresh interpreter: (RSS before the load, RSS after it, peak), MiB."""
    view = generate_view(assets=size, members=size // 5, events=size // 2, seed=0)
    path = scratch / "document.automerge"
    path.write_bytes(CommunityDocument.from_view(view, actor_id=bytes(16)).save())
    out = subprocess.run(
        [sys.executable, "-I", "-c", _FLOOR, str(path)], capture_output=True, text=True, check=True
    ).stdout
    before, after, peak = map(float, out.split())
    return before, after, peak


def take_changes(writer: scale.Peer, taker: scale.Peer, space: str, count: int, label: str) -> None:
    """*writer* adds *count* assets one after another; returns once *taker* holds the writer's heads."""
    for n in range(count):
        writer.process.request(protocol.AddAsset(space, AssetKind.HUMAN, f"{label} {n}"), 120)
    target = writer.heads(space)
    deadline = time.monotonic() + 120
    while taker.heads(space) != target:
        if time.monotonic() > deadline:
            raise scale.TooLongError(f"{taker.name} did not take {writer.name}'s changes within 120 s")
        time.sleep(scale.POLL_SECONDS)


def joined_pair(manager: ProfileManager, size: int) -> tuple[scale.Peer, scale.Peer, str]:
    """A creator holding the generated community and a joiner in sync with it, both running."""
    creator, space = scale.creator_profile(manager, size, seed=0)
    joiner = scale.joiner_profile(manager, 1)
    scale.start_all([creator, joiner], 120)
    invite = creator.process.request(protocol.Invite(space), 60).qr
    target = creator.heads(space)
    assert target is not None
    started = time.perf_counter()
    joiner.process.request(protocol.Join(invite), 120)
    joiner.wait_synced(space, creator.device, target, started, 120)
    return creator, joiner, space


def measure(size: int, changes: int, scratch: Path) -> Run:
    run = Run(size, changes)
    creator, joiner, space = joined_pair(ProfileManager(scratch / "data", scale.KDF), size)
    peers = [creator, joiner]

    def note(name: str) -> None:
        run.stages.append(Stage(name, memory_of(creator.process.pid), memory_of(joiner.process.pid)))

    try:
        note("joined")
        take_changes(joiner, creator, space, changes, "from the joiner")
        note("creator took")
        take_changes(creator, joiner, space, changes, "from the creator")
        note("joiner took")
    finally:
        for peer in peers:
            peer.stop()
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help=f"{QUICK_SIZE:,} assets, {QUICK_CHANGES} changes"
    )
    parser.add_argument("--size", type=int, help="assets in the community")
    parser.add_argument("--changes", type=int, help="changes each way")
    args = parser.parse_args()
    size = args.size or (QUICK_SIZE if args.quick else FULL_SIZE)
    changes = args.changes or (QUICK_CHANGES if args.quick else FULL_CHANGES)
    with tempfile.TemporaryDirectory(prefix="commons-memory-") as folder:
        before, after, peak = floor(size, Path(folder))
        print(
            f"{size:,} assets: the document alone in a fresh interpreter: {after - before:.0f} MiB resident"
        )
        print(
            f"  (interpreter + binding {before:.0f} MiB, after the load {after:.0f} MiB, peak {peak:.0f} MiB)"
        )
        run = measure(size, changes, Path(folder))
    print(f"{'stage':<40} {'creator RSS / peak':>20} {'joiner RSS / peak':>20}   MiB")
    for stage in run.stages:
        c, j = stage.creator, stage.joiner
        name = stage.name + (f" {changes} peer changes" if "took" in stage.name else "")
        print(f"{name:<40} {c.rss_mib:>11.0f} / {c.peak_mib:<6.0f} {j.rss_mib:>11.0f} / {j.peak_mib:<6.0f}")


if __name__ == "__main__":
    main()
