"""Translations: plurals read right on a real screen, the .ts and .qm are current, every language is translated
completely, and screens go through tr()."""

from __future__ import annotations

import ast
import datetime as dt
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTreeWidgetItem, QWidget

import commons_desktop.app
from commons_desktop.app import LANGUAGE_VARIABLE, TRANSLATIONS_DIR, install_translations
from commons_desktop.labels import long_date
from store import PlanSection, ProfileManager
from tests.desktop.helpers import WAIT_MS, seed_profile, unlock_via_ui

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "src" / "commons_desktop"
TS_FILE = ROOT / "resources" / "translations" / "commons_en.ts"
QM_FILE = TRANSLATIONS_DIR / "commons_en.qm"
TOOLS = Path(sys.executable).parent  # pyside6-lupdate and pyside6-lrelease sit next to the venv's python
RUN_MAKE = "run `make translations` (it fills in the English plural forms of any new %n string)"

Message = tuple[str, str, str, bool]  # context, source, disambiguation, has a %n


def messages(ts: Path) -> set[Message]:
    root = ET.parse(ts).getroot()
    return {
        (
            context.findtext("name") or "",
            m.findtext("source") or "",
            m.findtext("comment") or "",
            m.get("numerus") == "yes",
        )
        for context in root.iter("context")
        for m in context.iter("message")
    }


def lupdate(ts: Path) -> None:
    """What `make translations` runs, into *ts*."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py"), str(ts)], check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([TOOLS / "pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)


# -- the files are current ----------------------------------------------------------------------------------


def test_the_ts_file_has_every_string_of_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / TS_FILE.name
    fresh.write_bytes(TS_FILE.read_bytes())
    lupdate(fresh)
    committed, current = messages(TS_FILE), messages(fresh)
    new = sorted(f"{c}: {s!r}" for c, s, _, _ in current - committed)
    gone = sorted(f"{c}: {s!r}" for c, s, _, _ in committed - current)
    out_of_date = f"{TS_FILE.name} is out of date: {RUN_MAKE}."
    assert new == [], f"{out_of_date} Not in it yet (the first ten): {new[:10]}"
    assert gone == [], f"{out_of_date} No longer in the sources (the first ten): {gone[:10]}"


def test_lupdate_sees_every_tr_call(tmp_path: Path) -> None:
    """lupdate skips a call it cannot parse (inside an f-string, through an alias named tr) without a word:
    every literal tr()/translate() in the sources must reach a .ts, or no translator ever sees it."""
    fresh = tmp_path / TS_FILE.name
    lupdate(fresh)
    known = {(c, s) for c, s, _, _ in messages(fresh)}
    missed = [
        f"{path.relative_to(ROOT)}:{line}: {context}: {source!r}"
        for path in sorted(SOURCES.rglob("*.py"))
        for line, context, source in _tr_calls(path)
        if (context, source) not in known
    ]
    assert missed == [], f"lupdate cannot read these calls (move each out of its f-string): {missed}"


def test_no_function_hands_its_own_argument_to_tr() -> None:
    """A wrapper such as `def _tr(text): return translate("Ctx", text)` hides every `_tr("…")` from lupdate
    (it reads only literal tr()/translate() calls), so those strings show in English in every language."""
    wrappers = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted(SOURCES.rglob("*.py"))
        for line in _wrapper_calls(path)
    ]
    assert wrappers == [], (
        f"These functions pass their own argument to tr()/translate(), which lupdate cannot follow: write "
        f'translate("Context", "…") with literal text at each call instead: {wrappers}'
    )


def test_every_plural_has_its_english_forms() -> None:
    root = ET.parse(TS_FILE).getroot()
    missing = [
        f"{context.findtext('name')}: {m.findtext('source')!r}"
        for context in root.iter("context")
        for m in context.iter("message")
        if m.get("numerus") == "yes"
        and not all(f.text and "(s)" not in f.text for f in m.iter("numerusform"))
    ]
    assert missing == [], (
        f"English plural forms missing in {TS_FILE.name} (pyside6-linguist, or edit the <numerusform>s; "
        f"then `make translations`): {missing}"
    )


def test_the_qm_file_is_compiled_from_the_ts_file(tmp_path: Path) -> None:
    compiled = tmp_path / QM_FILE.name
    lrelease(TS_FILE, compiled)
    assert QM_FILE.read_bytes() == compiled.read_bytes(), (
        f"{QM_FILE.name} is older than {TS_FILE.name}: {RUN_MAKE}"
    )


# -- every language is translated completely ---------------------------------------------------------------

TRANSLATED = ("es", "ar")  # every language but English, whose file holds only the plural forms
PLURAL_FORMS = {"es": 2, "ar": 6}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d")  # {name}, {seconds:02d}, %1 — %n is checked on its own
ACCELERATOR = re.compile(r"&(?!&)")  # "&Save"; "&&" is a literal ampersand


def translation_problems(ts: Path) -> list[str]:
    """Each message of *ts* that is unfinished, or whose translation loses or adds a placeholder, an
    accelerator, a tag or the %n of a plural."""
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        for m in context.iter("message"):
            source = m.findtext("source") or ""
            where = f"{context.findtext('name')}: {source!r}"
            translation = m.find("translation")
            assert translation is not None
            plural = m.get("numerus") == "yes"
            forms = (
                [f.text or "" for f in translation.iter("numerusform")]
                if plural
                else [translation.text or ""]
            )
            if translation.get("type") == "unfinished" or not all(forms):
                problems.append(f"{where}: not translated")
                continue
            problems += [
                f"{where}: {issue} in {form!r}" for form in forms for issue in _differences(source, form)
            ]
            if (
                "%n" in source and "%n" not in forms[-1]
            ):  # the singular may say "one" in words; the rest count
                problems.append(f"{where}: the plural forms lose %n")
    return problems


def _differences(source: str, translated: str) -> list[str]:
    found = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translated)):
        found.append("other placeholders")
    if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(translated)):
        found.append("another number of & shortcuts")
    if sorted(re.findall(r"</?\w+", source)) != sorted(re.findall(r"</?\w+", translated)):
        found.append("other tags")
    if source[:1].isspace() != translated[:1].isspace() or source[-1:].isspace() != translated[-1:].isspace():
        found.append("other spaces at an end")
    return found


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated(language: str) -> None:
    ts = TS_FILE.with_name(f"commons_{language}.ts")
    problems = translation_problems(ts)
    assert problems == [], (
        f"{ts.name}: {len(problems)} messages to finish (pyside6-linguist, then `make translations`); "
        "the first twenty:\n" + "\n".join(problems[:20])
    )


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_language_has_every_string_and_its_plural_forms(tmp_path: Path, language: str) -> None:
    """Each language's file is current, and its plural messages have as many forms as the language needs
    (Spanish 2, Arabic 6), including the `translate(…, n)` ones lupdate on its own would make plain again."""
    ts = TS_FILE.with_name(f"commons_{language}.ts")
    fresh = tmp_path / ts.name
    fresh.write_bytes(ts.read_bytes())
    lupdate(fresh)
    assert _translations(fresh) == _translations(ts), f"{ts.name} is out of date: {RUN_MAKE}"
    assert {(c, s, d) for c, s, d, _ in messages(ts)} == {(c, s, d) for c, s, d, _ in messages(TS_FILE)}
    counts = {
        len(list(m.iter("numerusform")))
        for m in ET.parse(ts).getroot().iter("message")
        if m.get("numerus") == "yes"
    }
    assert counts == {PLURAL_FORMS[language]}
    assert {m for m in messages(ts) if m[3]} == {m for m in messages(TS_FILE) if m[3]}


def _translations(ts: Path) -> dict[tuple[str, str, str], tuple[str | None, ...]]:
    """Each message's translation (its forms, for a plural), by context, source and disambiguation."""
    return {
        (context.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or ""): tuple(
            f.text for f in m.iter("numerusform")
        )
        or (m.findtext("translation"),)
        for context in ET.parse(ts).getroot().iter("context")
        for m in context.iter("message")
    }


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_qm_file_is_compiled_from_its_ts_file(tmp_path: Path, language: str) -> None:
    compiled = tmp_path / f"commons_{language}.qm"
    lrelease(TS_FILE.with_name(f"commons_{language}.ts"), compiled)
    assert (TRANSLATIONS_DIR / compiled.name).read_bytes() == compiled.read_bytes(), RUN_MAKE


def test_a_translation_that_loses_a_placeholder_is_caught(tmp_path: Path) -> None:
    """The check above can fail: a translation that drops {file}, an & or the %n of a plural is reported."""
    ts = tmp_path / "commons_es.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="es"><context><name>V</name>
<message><source>Saved to {file}.</source><translation>Guardado.</translation></message>
<message><source>&amp;Save</source><translation>Guardar</translation></message>
<message><source>Close</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n item(s)</source><translation>
<numerusform>un elemento</numerusform><numerusform>elementos</numerusform></translation></message>
<message><source>Fine {n}</source><translation>Bien {n}</translation></message>
</context></TS>""",
        "utf-8",
    )
    assert translation_problems(ts) == [
        "V: 'Saved to {file}.': other placeholders in 'Guardado.'",
        "V: '&Save': another number of & shortcuts in 'Guardar'",
        "V: 'Close': not translated",
        "V: '%n item(s)': the plural forms lose %n",
    ]


# -- plurals on a screen ------------------------------------------------------------------------------------


@pytest.fixture
def restore_translations(qapp: QApplication):
    yield
    install_translations(qapp)  # the next test starts from the usual translators


def test_without_the_english_translation_a_plural_reads_as_its_source(
    qapp: QApplication, tmp_path: Path, monkeypatch, restore_translations
) -> None:
    """What the English translation is for: Qt alone fills in %n but keeps "(s)"."""
    monkeypatch.setattr(commons_desktop.app, "TRANSLATIONS_DIR", tmp_path)
    install_translations(qapp, "en")
    assert QCoreApplication.translate("PlanView", "%n item(s)", "", 2) == "2 item(s)"


@pytest.mark.parametrize("language", ["en", "eo"])  # no Commons Esperanto: English underneath
def test_the_plan_counts_items_in_words(
    qtbot, make_app, manager: ProfileManager, monkeypatch, language: str
) -> None:
    monkeypatch.setenv(LANGUAGE_VARIABLE, language)
    seed_profile(manager, "Sam", ("Walk by the canal",))
    controller = make_app()
    plan_view = controller.window.workspace_view.screen_named("plan")
    with qtbot.waitSignal(plan_view.sig_plan_loaded, timeout=WAIT_MS):
        unlock_via_ui(qtbot, controller)
    controller.window.workspace_view.open_screen("plan")
    toolbox = _section_item(plan_view.tree, PlanSection.TOOLBOX)
    triggers = _section_item(plan_view.tree, PlanSection.TRIGGERS)

    def said(item: QTreeWidgetItem) -> str:
        return str(item.data(0, Qt.ItemDataRole.AccessibleDescriptionRole))

    assert (said(toolbox), said(triggers)) == ("1 item", "0 items")
    plan_view.select_section(PlanSection.TOOLBOX)
    panel = plan_view.panel
    qtbot.keyClicks(panel.new_text_edit, "Call Ana")
    qtbot.keyClick(panel.new_text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: said(toolbox) == "2 items", timeout=WAIT_MS)


# -- every text on screen went through tr() -----------------------------------------------------------------

PSEUDO = "eo"  # a language Commons has no translation for: its .qm here wraps every text in ⟦…⟧
SCREENS = ("home", "plan", "checkin", "contributions", "support")
USER_DATA = {"Sam", "Walk by the canal"}


def test_every_text_on_every_screen_is_translated(
    qtbot, make_app, manager: ProfileManager, tmp_path: Path, monkeypatch
) -> None:
    pseudo = tmp_path / f"commons_{PSEUDO}.ts"
    lupdate(pseudo)  # from the sources, so a stale commons_en.ts fails only the test above
    _wrap_every_text(pseudo)
    lrelease(pseudo, tmp_path / f"commons_{PSEUDO}.qm")
    (tmp_path / QM_FILE.name).write_bytes(QM_FILE.read_bytes())
    monkeypatch.setattr(commons_desktop.app, "TRANSLATIONS_DIR", tmp_path)
    monkeypatch.setenv(LANGUAGE_VARIABLE, PSEUDO)
    shown = _texts_on_every_screen(qtbot, make_app, manager)
    untranslated = {f"{screen}: {text}" for screen, text in shown if _plain(text)}
    assert not untranslated, "texts that do not go through tr():\n" + "\n".join(sorted(untranslated))


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_screen_shows_english_in_another_language(
    qtbot, make_app, manager: ProfileManager, monkeypatch, language: str
) -> None:
    """With the real translation loaded, no screen shows an English text that has a translation."""
    monkeypatch.setenv(LANGUAGE_VARIABLE, language)
    translated = {
        source
        for (_context, source, _d), forms in _translations(
            TS_FILE.with_name(f"commons_{language}.ts")
        ).items()
        if forms and all(form and form != source for form in forms)
    }
    if not translated:
        pytest.xfail(f"commons_{language}.ts has no translations yet")
    shown = _texts_on_every_screen(qtbot, make_app, manager)
    english = sorted(f"{screen}: {text}" for screen, text in shown if text in translated)
    assert english == [], "English on a screen:\n" + "\n".join(english)


def _texts_on_every_screen(qtbot, make_app, manager: ProfileManager) -> set[tuple[str, str]]:
    """(screen, text) of the labels and buttons shown on the unlock page and on each of SCREENS."""
    seed_profile(manager, "Sam", ("Walk by the canal",))
    controller = make_app()  # installs the translation before any screen is built
    window = controller.window
    qtbot.waitUntil(lambda: window.current_page() is window.unlock_view, timeout=WAIT_MS)
    shown = {("unlock", text) for text in _shown_texts(window.unlock_view)}
    with qtbot.waitSignal(window.workspace_view.screen_named("home").sig_loaded, timeout=WAIT_MS):
        unlock_via_ui(qtbot, controller)
    for screen in SCREENS:
        window.workspace_view.open_screen(screen)
        qtbot.waitUntil(lambda: not controller.runner.busy, timeout=WAIT_MS)
        page = window.workspace_view.pages.currentWidget()
        assert page is not None
        shown |= {(screen, text) for text in _shown_texts(page)}
    return shown


def _shown_texts(page: QWidget) -> set[str]:
    """The label and button texts shown on *page*."""
    return {
        w.text()
        for w in page.findChildren(QWidget)
        if isinstance(w, (QLabel, QAbstractButton)) and w.isVisibleTo(page)
    }


def _plain(text: str) -> bool:
    """Words that did not come through the pseudo translation (not numbers, the person's own words or a date)."""
    return bool(
        re.search(r"[^\W\d_]", text)
        and "⟦" not in text
        and text not in {*USER_DATA, long_date(dt.date.today())}  # QLocale writes dates
    )


def _wrap_every_text(path: Path) -> None:
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", PSEUDO)
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        wrapped = f"⟦{message.findtext('source')}⟧"
        if message.get("numerus") == "yes":
            for form in translation.iter("numerusform"):
                form.text = wrapped
        else:
            translation.text = wrapped
    tree.write(path, encoding="utf-8", xml_declaration=True)


def _section_item(tree, section: PlanSection) -> QTreeWidgetItem:
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    items += [item.child(i) for item in list(items) for i in range(item.childCount())]
    return next(item for item in items if item.data(0, Qt.ItemDataRole.UserRole) == section)


def _tr_calls(path: Path) -> list[tuple[int, str, str]]:
    """(line, context, source) of every tr("…") in a class and translate("context", "…") in *path*."""
    found: list[tuple[int, str, str]] = []

    def visit(node: ast.AST, cls: str) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call):
            texts = [
                a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                for a in node.args
            ]
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name == "tr" and isinstance(node.func, ast.Attribute) and texts and texts[0] is not None:
                found.append((node.lineno, cls, texts[0]))
            elif name == "translate" and len(texts) >= 2 and texts[0] is not None and texts[1] is not None:
                found.append((node.lineno, texts[0], texts[1]))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def _wrapper_calls(path: Path) -> list[int]:
    """Lines in *path* where a function passes one of its own parameters as the text of tr()/translate()."""
    found: list[int] = []
    for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        arguments = function.args
        params = {a.arg for a in arguments.posonlyargs + arguments.args + arguments.kwonlyargs}
        for node in ast.walk(function):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            text_at = {"tr": 0, "translate": 1}.get(name)
            if text_at is None or len(node.args) <= text_at:
                continue
            text = node.args[text_at]
            if isinstance(text, ast.Name) and text.id in params:
                found.append(node.lineno)
    return found
