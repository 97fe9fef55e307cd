"""Labels in the app's text styles, the heading–intro–body layout every workspace screen shares, and the
small helpers every control goes through (an accessible name and tooltip; a passphrase field)."""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import QLabel, QLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from store import MAX_PASSPHRASE_LENGTH

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


def passphrase_edit(name: str, tip: str) -> QLineEdit:
    """A masked field for a passphrase, capped at the longest passphrase the store accepts."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(MAX_PASSPHRASE_LENGTH)
    named(edit, name, tip)
    return edit


def default_button(text: str, name: str, tip: str) -> QPushButton:
    """The one button of a form or dialog that Enter presses, drawn in the primary colour."""
    button = QPushButton(text)
    button.setDefault(True)
    button.setObjectName("primary")
    named(button, name, tip)
    return button
