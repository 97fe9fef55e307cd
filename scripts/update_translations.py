"""Bring each commons_<language>.ts up to date with the sources, keeping every plural form already written.

Run by `make translations` (and by tests/desktop/test_translations.py into copies). pyside6-lupdate marks
`self.tr(text, "", n)` as a plural message but not `QCoreApplication.translate(context, text, "", n)`, and on
every run it turns such a message back into a plain one, keeping only its first form. So this script
remembers the plural forms of every file, runs lupdate, makes each `%n` message lupdate left plain a plural
message again (with as many forms as the file's language has) and puts the remembered forms back. English
forms are then filled in from the source by english_plurals.py.

    python scripts/update_translations.py resources/translations/commons_es.ts [more .ts files]
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from english_plurals import fill as fill_english

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "commons_desktop"
TOOLS = Path(sys.executable).parent  # pyside6-lupdate sits next to the venv's python

CONTEXT = re.compile(r"<context>.*?</context>", re.S)
NAME = re.compile(r"<name>(.*?)</name>", re.S)
MESSAGE = re.compile(r"<message[^>]*>.*?</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
COMMENT = re.compile(r"<comment>(.*?)</comment>", re.S)
TRANSLATION = re.compile(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", re.S)
FORM = re.compile(r"<numerusform")

Key = tuple[str, str, str]  # context, source, disambiguation


def _messages(text: str) -> list[tuple[Key, re.Match[str]]]:
    found = []
    for context in CONTEXT.finditer(text):
        name = NAME.search(context.group(0))
        for message in MESSAGE.finditer(context.group(0)):
            block = message.group(0)
            source, comment = SOURCE.search(block), COMMENT.search(block)
            key = (
                name.group(1) if name else "",
                source.group(1) if source else "",
                comment.group(1) if comment else "",
            )
            found.append((key, message))
    return found


def remembered_plurals(text: str) -> dict[Key, str]:
    """The <translation> of every plural message in *text*, by message."""
    return {
        key: translation.group(0)
        for key, message in _messages(text)
        if message.group(0).startswith('<message numerus="yes"')
        and (translation := TRANSLATION.search(message.group(0)))
    }


def form_count(text: str) -> int:
    """How many plural forms the file's language has (lupdate writes that many into its own plurals)."""
    for _key, message in _messages(text):
        if message.group(0).startswith('<message numerus="yes"'):
            return len(FORM.findall(message.group(0)))
    return 2


def restore_plurals(text: str, remembered: dict[Key, str]) -> str:
    """Make every plain `%n` message a plural one again, with its remembered forms where there are some."""
    count = form_count(text)
    empty = (
        '<translation type="unfinished">\n'
        + "".join("            <numerusform></numerusform>\n" for _ in range(count))
        + "        </translation>"
    )
    out: list[str] = []
    for context in re.split(r"(?=<context>)", text):
        name = NAME.search(context)
        blocks = re.split(r"(?=<message)", context)
        for i, block in enumerate(blocks):
            source, comment = SOURCE.search(block), COMMENT.search(block)
            if not block.startswith("<message>") or source is None or "%n" not in source.group(1):
                continue
            key = (name.group(1) if name else "", source.group(1), comment.group(1) if comment else "")
            translation = remembered.get(key, empty)
            block = block.replace("<message>", '<message numerus="yes">', 1)
            blocks[i] = TRANSLATION.sub(lambda _m, t=translation: t, block, count=1)
        out.append("".join(blocks))
    return "".join(out)


def lupdate(files: list[Path]) -> None:
    sources = sorted(str(p) for p in SOURCES.rglob("*.py"))
    subprocess.run(  # noqa: S603 - our own lupdate, our own file names
        [
            str(TOOLS / "pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "relative",
            "-source-language",
            "en",
            *sources,
            "-ts",
            *(str(f) for f in files),
        ],
        check=True,
        capture_output=True,
    )


def update(files: list[Path]) -> None:
    remembered = {f: remembered_plurals(f.read_text(encoding="utf-8")) for f in files if f.exists()}
    lupdate(files)
    for file in files:
        text = restore_plurals(file.read_text(encoding="utf-8"), remembered.get(file, {}))
        if file.name.endswith("_en.ts"):
            text, _filled = fill_english(text)
        file.write_text(text, encoding="utf-8")


def main(paths: list[str]) -> int:
    update([Path(p) for p in paths])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
