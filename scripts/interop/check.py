"""Interop with the official JavaScript Automerge, both ways (run by `make interop`; `npm install` first).

1. Python writes the demo community; JavaScript reads it (read_demo.mjs) and must see the same values.
2. JavaScript loads that document, adds an asset and renames another the natural JS way, with plain strings,
   which Automerge 3 stores as Text objects (write_demo.mjs); Python loads the result and its view must be the
   demo's plus exactly those two edits, with no problems and no conflicts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from sync.community import Asset, AssetKind, CommunityDocument, CommunityView, Location
from sync.community.demo import demo_view

HERE = Path(__file__).resolve().parent


def _node(script: str, *args: Path) -> Any:
    out = subprocess.run(  # noqa: S603 - our own script on files we just wrote
        ["node", str(HERE / script), *map(str, args)],  # noqa: S607 - node from PATH, like npm
        capture_output=True,
        text=True,
        check=True,
        cwd=HERE,
        timeout=120,
    )
    return json.loads(out.stdout)


def _js_version() -> str:
    package = HERE / "node_modules" / "@automerge" / "automerge" / "package.json"
    return str(json.loads(package.read_text(encoding="utf-8"))["version"])


def _report(direction: str, expected: dict[str, Any], seen: dict[str, Any]) -> None:
    print(f"{direction}: the two sides disagree:", file=sys.stderr)
    for key in sorted(expected.keys() | seen.keys()):
        want, got = expected.get(key), seen.get(key)
        if got == want:
            continue
        if isinstance(want, dict) and isinstance(got, dict):  # name the entries that differ
            differ = sorted(k for k in want.keys() | got.keys() if want.get(k) != got.get(k))
            want, got = {k: want.get(k) for k in differ}, {k: got.get(k) for k in differ}
        print(f"  {key}: expected {str(want)[:300]} / got {str(got)[:300]}", file=sys.stderr)


def python_to_js(view: CommunityView, path: Path, version: str) -> bool:
    seen = _node("read_demo.mjs", path)
    expected = {
        "schema": 1,
        "name": view.name,
        "assets": {a.id: a.title for a in view.assets.values()},
        "ledger": [[e.id, e.amount_minor, e.kind.value] for e in view.ledger],
        "votes": len(view.votes),
    }
    if seen != expected:
        _report("Python → JavaScript", expected, seen)
        return False
    print(
        f"interop: Python → JavaScript Automerge {version}: JavaScript read the same {len(view.assets)} assets, "
        f"{len(view.ledger)} ledger entries and {len(view.votes)} votes"
    )
    return True


def js_to_python(view: CommunityView, path: Path, out: Path, version: str) -> bool:
    wrote = _node("write_demo.mjs", path, out)
    added: dict[str, Any] = wrote["added"]
    edited_id, title = wrote["edited"]["id"], wrote["edited"]["title"]
    asset = Asset(
        **added
        | {
            "kind": AssetKind(added["kind"]),
            "location": Location(**added["location"]),
            "created_at": dt.datetime.fromisoformat(added["created_at"]),
        }
    )
    strings = {f"assets/{asset.id}/{k}" for k, v in added.items() if isinstance(v, str)}
    strings.add(f"assets/{edited_id}/title")
    as_scalars = sorted(strings - set(wrote["text_fields"]))
    if as_scalars:  # then this check no longer proves that Text objects are read
        print(
            f"JavaScript → Python: JavaScript stored {as_scalars} as scalar strings, not Text",
            file=sys.stderr,
        )
        return False
    assets = view.assets | {
        edited_id: dataclasses.replace(view.assets[edited_id], title=title),
        asset.id: asset,
    }
    expected = dataclasses.replace(view, assets=assets)
    doc = CommunityDocument.load(out.read_bytes())
    got, conflicts = doc.view(), doc.conflicts()
    if got != expected or conflicts:
        _report(
            "JavaScript → Python",
            {f.name: getattr(expected, f.name) for f in dataclasses.fields(expected)} | {"conflicts": []},
            {f.name: getattr(got, f.name) for f in dataclasses.fields(got)} | {"conflicts": conflicts},
        )
        return False
    print(
        f"interop: JavaScript Automerge {version} → Python: Python read the asset JavaScript added "
        f"({len(strings) - 1} fields as Text objects) and the title it changed, with no problems"
    )
    return True


def main() -> int:
    view = demo_view(dt.date(2026, 11, 24))
    version = _js_version()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.automerge"
        path.write_bytes(CommunityDocument.from_view(view).save())
        read = python_to_js(view, path, version)
        written = js_to_python(view, path, Path(tmp) / "from-js.automerge", version)
    return 0 if read and written else 1


if __name__ == "__main__":
    sys.exit(main())
