"""Labels in the app's text styles, and the heading–intro–body layout every workspace screen shares."""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

TextStyle = Literal["heading", "subheading", "muted"]


def styled_label(text: str, style: TextStyle, *, wrap: bool = False) -> QLabel:
    """A label the style sheet renders as *style* (see theme.py)."""
    label = QLabel(text)
    label.setObjectName(style)
    label.setWordWrap(wrap)
    return label


def lay_out_screen(page: QWidget, title: str, intro: str, body: QLayout) -> None:
    """Give *page* its heading, a one-line introduction under it, and *body* filling the rest."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 20, 24, 16)
    layout.addWidget(styled_label(title, "heading"))
    layout.addWidget(styled_label(intro, "muted", wrap=True))
    layout.addSpacing(8)
    layout.addLayout(body, 1)


def named(widget: QWidget, name: str, tip: str) -> None:
    """Give a control the name a screen reader says and the tooltip a pointer shows (every control has both)."""
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
