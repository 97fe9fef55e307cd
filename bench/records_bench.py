"""Benchmark of reading the view after a peer's change to one asset: by record against a full read, in one run.

Run with `.venv/bin/python bench/records_bench.py` (or `make bench`); `--quick` for a smaller run.

The community of community_bench.py (`generate_view`: 10,000 assets, 2,000 members, 5,000 events; `--quick`:
its QUICK sizes) is written in one change by an admin device, carded in a signed membership log as in
authority_bench.py. A member's copy edits the title of one asset per round and proves it; the change goes, with
the proof, through `apply_changes` (the relay's path) into two copies of the community:

- ours: a guarded copy. The gate reads the change's ops, so the copy knows which record it touched
  (`take_changed`) and `view()` re-reads that record only (`Snapshot.refresh`);
- baseline: an unguarded copy of the same bytes, which cannot tell, so `view()` reads every record again, as
  every copy did after a peer's change before: each record is read from Automerge and fingerprinted, and a
  record stored exactly as before reuses its earlier entity (no validation, no new entity).

Timed: `view()` right after the change arrived (the apply is left out; both copies read their view once
before the first round and took one warm-up change, so the gate's index of objects is built). Interleaved
rounds (the order of the two sides alternates every round), reported as medians with the range of the
per-round ratios. Then, for reference, a full read from scratch (`CommunityDocument.load(saved).view()`,
without the load).

Not a test: the only checks are sanity checks (`take_changed` names the edited asset alone, both copies show
the same view, and it equals a full read of the saved bytes).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import statistics
import sys

from authority_bench import Space  # this folder is on the path when run
from community_bench import FULL, QUICK, after, timed
from sync.community import CommunityDocument, RecordChanges
from sync.community.generator import generate_view


def run(args: argparse.Namespace) -> None:
    size = QUICK if args.quick else FULL
    rounds = args.rounds or (7 if args.quick else 15)
    print(f"Records benchmark — {platform.python_implementation()} {platform.python_version()},")
    print(
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; automerge (Python) 1.0.0rc1;"
        f" {rounds} rounds"
    )
    space = Space.make(1)
    admin, member = space.devices["admin"], space.devices["member1"]
    ms, view = timed(lambda: generate_view(**size, seed=args.seed))
    base = CommunityDocument.from_view(view, actor_id=admin.actor)
    base.guard(space.space_id, space.writers)
    base.prove(admin.keys.signer)
    data, base_proofs = base.save(), base.proofs()
    print(
        f"{size['assets']:,} assets, {size['members']:,} members, {size['events']:,} events in one change"
        f" by the admin: {len(data):,} bytes (generated in {ms / 1000:.1f} s)"
    )
    writer = space.open(member, data)
    writer.apply_changes([], base_proofs)
    guarded = CommunityDocument.load(data)
    guarded.guard(space.space_id, space.writers)
    guarded.apply_changes([], base_proofs)
    plain = CommunityDocument.load(data)
    assets = sorted(view.assets.values(), key=lambda a: a.id)

    def edit(n: int) -> str:
        """The member edits one asset's title; both copies take the change (untimed)."""
        asset = assets[(n * 7919) % len(assets)]
        heads = writer.heads()
        writer.add_asset(dataclasses.replace(asset, title=f"{asset.title} (edited {n})"))
        writer.prove(member.keys.signer)
        changes, proofs = writer.changes_since(heads), writer.proofs()
        for doc in (guarded, plain):
            intake = doc.apply_changes(changes, proofs)
            if intake.accepted != 1:
                sys.exit(f"sanity check failed: the change was not taken ({intake})")
        return asset.id

    for doc in (guarded, plain):
        doc.view()
    edit(0)  # the gate builds its index of the document's objects on its first change
    for doc in (guarded, plain):
        doc.view()
        doc.take_changed()

    ours: list[float] = []
    base_ms: list[float] = []
    for r in range(1, rounds + 1):
        asset_id = edit(r)
        changed = guarded.take_changed()
        if changed != RecordChanges(frozenset({("assets", asset_id)})):
            sys.exit(f"sanity check failed: take_changed said {changed}")
        sides = [(ours, guarded), (base_ms, plain)]
        for samples, doc in sides if r % 2 else reversed(sides):
            samples.append(timed(doc.view)[0])
    if guarded.view() != plain.view() or guarded.view() != CommunityDocument.load(guarded.save()).view():
        sys.exit("sanity check failed: the copies' views differ, or differ from a full read")

    saved = guarded.save()
    scratch = [after(lambda: CommunityDocument.load(saved), lambda d: d.view())() for _ in range(3)]
    ratios = [a / b for a, b in zip(ours, base_ms, strict=True)]
    med_ours, med_base = statistics.median(ours), statistics.median(base_ms)
    print()
    print(f"{'view() after a peer changed one asset, medians':<50} {'ms':>9}")
    print(f"{'by record (guarded copy)':<50} {med_ours:9.2f}")
    print(f"{'full read reusing unchanged records (unguarded)':<50} {med_base:9.2f}")
    print(f"{'full read from scratch (reference)':<50} {statistics.median(scratch):9.2f}")
    print(
        f"ratio by record / full read: {med_ours / med_base:.4f}"
        f" ({min(ratios):.4f}–{max(ratios):.4f}); {med_base / med_ours:.0f}× faster"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a smaller community and fewer rounds")
    parser.add_argument("--rounds", type=int, default=0, help="rounds of the comparison")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated community")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
