"""Fill the English plural forms that lupdate leaves empty in resources/translations/commons_en.ts.

A `%n` string is written once in the source with its plural marked "(s)" ("%n new need(s)"); English needs
both forms spelled out in the .ts file, or Qt shows the marked source. lupdate marks `self.tr(text, "", n)` as
a plural but not `QCoreApplication.translate(context, text, "", n)` (module-level functions have no `self`):
such a message, whose source has "%n" and "(s)", is made a plural message here too; Qt looks translations up
by context and source, so at run time the count picks the form either way. The singular drops "(s)", the plural
keeps the "s"; "need(s)" as a verb ("… need(s) a person to decide") agrees the other way round. Forms already
filled are left as they are. Run by `make translations`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

UNMARKED = re.compile(r"<message>(\s*<location[^>]*/>)*\s*<source>[^<]*%n[^<]*\(s\)[^<]*</source>")
TRANSLATION = re.compile(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", re.S)
EMPTY = re.compile(
    r'<translation type="unfinished">\s*<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>'
)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
VERB = "need(s) a person"  # the one verb marked "(s)": "1 thing needs", "2 things need"


def forms(source: str) -> tuple[str, str]:
    if VERB in source:
        one = source.replace(VERB, "needs a person")
        many = source.replace(VERB, "need a person")
    else:
        one = many = source
    return re.sub(r"\((s|es)\)", "", one), re.sub(r"\((s|es)\)", r"\1", many)


def fill(text: str) -> tuple[str, int]:
    out, filled = [], 0
    for block in re.split(r"(?=<message)", text):
        if UNMARKED.match(block):  # lupdate's plain message (it keeps only our first form on each run)
            block = block.replace("<message>", '<message numerus="yes">', 1)
            block = TRANSLATION.sub(
                lambda _match: (
                    '<translation type="unfinished">\n            <numerusform></numerusform>\n'
                    "            <numerusform></numerusform>\n        </translation>"
                ),
                block,
                count=1,
            )
        found = SOURCE.search(block)
        if block.startswith('<message numerus="yes">') and found and EMPTY.search(block):
            one, many = forms(found.group(1))
            body = (
                "<translation>\n"
                f"            <numerusform>{one}</numerusform>\n"
                f"            <numerusform>{many}</numerusform>\n"
                "        </translation>"
            )
            block = EMPTY.sub(lambda _match, body=body: body, block, count=1)
            filled += 1
        out.append(block)
    return "".join(out), filled


def main(path: str) -> int:
    file = Path(path)
    text, filled = fill(file.read_text(encoding="utf-8"))
    file.write_text(text, encoding="utf-8")
    print(f"{file}: {filled} plural forms filled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "resources/translations/commons_en.ts"))
