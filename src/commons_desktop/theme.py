"""Look and feel: the Fusion style, a light and a dark palette (THEME setting), and the app icon."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

ICON_PATH = Path(__file__).resolve().parent / "icons" / "commons.svg"  # inside the package: wheels ship it

# A few widgets are styled by object name; palette() keeps them right in both themes.
STYLE_SHEET = """
QLabel#heading { font-size: 20pt; font-weight: 600; }
QLabel#subheading { font-size: 13pt; font-weight: 600; }
QLabel#muted { color: palette(placeholder-text); }
QLabel#error { color: #b3261e; }
QLabel#ok { color: #1b6e3a; }
QListWidget#sidebar { border: none; background: palette(alternate-base); font-size: 11pt; padding-top: 8px;
    outline: 0; }
QListWidget#sidebar::item { padding: 10px 18px; }
QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QListWidget#profiles::item, QListView#history::item { padding: 5px 6px; }
QTreeWidget#sections::item { padding: 4px 2px; }
QTableView#planItems::item { padding: 4px 6px; }
QPushButton#primary { background: palette(highlight); color: palette(highlighted-text); font-weight: 600;
    border: 2px solid palette(highlight); border-radius: 4px; padding: 4px 14px; }
QPushButton#primary:focus { border-color: palette(window-text); }
QPushButton#primary:pressed { background: palette(dark); }
QPushButton#primary:disabled { background: palette(mid); border-color: palette(mid); color: palette(window); }
QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
QFrame#undoBar { background: palette(tool-tip-base); border: 1px solid palette(mid); border-radius: 6px; }
QLabel#countdown { font-weight: 600; }
QLabel#cameraPicture { background: #262626; color: #f1f1f1; border-radius: 6px; padding: 16px; font-size: 11pt; }
"""

_DARK_COLORS = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#2a2b2e",
    QPalette.ColorRole.AlternateBase: "#25262a",
    QPalette.ColorRole.ToolTipBase: "#3c4043",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#303134",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#4f7fb8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.Mid: "#4a4d52",
    QPalette.ColorRole.Dark: "#151618",
}
_LIGHT_COLORS = {
    QPalette.ColorRole.Window: "#f4f3ef",
    QPalette.ColorRole.WindowText: "#1f1f1f",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#ebe9e3",
    QPalette.ColorRole.ToolTipBase: "#fff8e1",
    QPalette.ColorRole.ToolTipText: "#1f1f1f",
    QPalette.ColorRole.PlaceholderText: "#6b6b6b",
    QPalette.ColorRole.Text: "#1f1f1f",
    QPalette.ColorRole.Button: "#ecebe6",
    QPalette.ColorRole.ButtonText: "#1f1f1f",
    QPalette.ColorRole.Highlight: "#2f6b5e",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#1d5fa8",
    QPalette.ColorRole.Mid: "#cfccc4",
}


_APPLIED = "commonsTheme"  # the application property naming the palette in use ("light" or "dark")


def setup_style(app: QApplication) -> None:
    """Fusion everywhere, so screens look the same on every desktop, with the light palette. Once per
    application: setting a style or a style sheet again re-polishes every widget alive."""
    if app.property(_APPLIED):
        return
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setStyleSheet(STYLE_SHEET)
    apply_theme(app, "light")
    if ICON_PATH.exists():
        app.setWindowIcon(QIcon(str(ICON_PATH)))


def apply_theme(app: QApplication, name: str) -> None:
    """*name* is the THEME setting: "light", "dark", or "system" (follow the desktop's colour scheme). Nothing
    is done when that palette is already in use: re-polishing costs a pass over every widget alive, and the
    window asks for its theme at every unlock and lock."""
    if name == "system":
        dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
        name = "dark" if dark else "light"
    if app.property(_APPLIED) == name:
        return
    app.setProperty(_APPLIED, name)
    colors = _DARK_COLORS if name == "dark" else _LIGHT_COLORS
    palette = app.style().standardPalette()
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    disabled = QColor(colors[QPalette.ColorRole.PlaceholderText])
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    app.setPalette(palette)
    # Widgets polished under a style sheet keep their old palette; setting the sheet again re-polishes all.
    app.setStyleSheet(STYLE_SHEET)
