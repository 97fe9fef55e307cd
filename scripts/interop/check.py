"""Write the demo community with Python, read it with JavaScript Automerge, compare (run by `make interop`)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from sync.community import CommunityDocument
from sync.community.demo import demo_view

HERE = Path(__file__).resolve().parent


def main() -> int:
    view = demo_view(dt.date(2026, 11, 24))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.automerge"
        path.write_bytes(CommunityDocument.from_view(view).save())
        out = subprocess.run(  # noqa: S603 - our own script on a file we just wrote
            ["node", str(HERE / "read_demo.mjs"), str(path)],  # noqa: S607 - node from PATH, like npm
            capture_output=True,
            text=True,
            check=True,
            cwd=HERE,
            timeout=120,
        )
    seen = json.loads(out.stdout)
    expected = {
        "schema": 1,
        "name": view.name,
        "assets": {a.id: a.title for a in view.assets.values()},
        "ledger": [[e.id, e.amount_minor, e.kind.value] for e in view.ledger],
        "votes": len(view.votes),
    }
    if seen != expected:
        print("JavaScript Automerge read different values:", file=sys.stderr)
        for key in expected:
            if seen.get(key) != expected[key]:
                print(
                    f"  {key}: python {str(expected[key])[:200]} / js {str(seen.get(key))[:200]}",
                    file=sys.stderr,
                )
        return 1
    print(
        f"interop: JavaScript Automerge read the same {len(view.assets)} assets, {len(view.ledger)} ledger entries "
        f"and {len(view.votes)} votes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
