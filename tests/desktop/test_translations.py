"""Translations: plurals read right on a real screen, the .ts and .qm are current, and screens go through tr()."""

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
    seed_profile(manager, "Sam", ("Walk by the canal",))
    controller = make_app()  # installs the pseudo translation before any screen is built
    window = controller.window
    qtbot.waitUntil(lambda: window.current_page() is window.unlock_view, timeout=WAIT_MS)
    untranslated = {f"unlock: {text}" for text in _plain_texts(window.unlock_view)}
    with qtbot.waitSignal(window.workspace_view.screen_named("home").sig_loaded, timeout=WAIT_MS):
        unlock_via_ui(qtbot, controller)
    for screen in SCREENS:
        window.workspace_view.open_screen(screen)
        qtbot.waitUntil(lambda: not controller.runner.busy, timeout=WAIT_MS)
        page = window.workspace_view.pages.currentWidget()
        assert page is not None
        untranslated |= {f"{screen}: {text}" for text in _plain_texts(page)}
    assert not untranslated, "texts that do not go through tr():\n" + "\n".join(sorted(untranslated))


def _plain_texts(page: QWidget) -> set[str]:
    """The label and button texts shown on *page* that did not come through the pseudo translation."""
    shown = (
        w.text()
        for w in page.findChildren(QWidget)
        if isinstance(w, (QLabel, QAbstractButton)) and w.isVisibleTo(page)
    )
    return {
        text
        for text in shown
        if re.search(r"[^\W\d_]", text)  # words, not numbers
        and "⟦" not in text
        and text not in {*USER_DATA, long_date(dt.date.today())}  # QLocale writes dates
    }


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
