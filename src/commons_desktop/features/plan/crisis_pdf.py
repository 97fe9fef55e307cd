"""The crisis plan as a printable A4 PDF: written by Qt (QPdfWriter), offered from the Plan screen."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from commons_desktop.labels import crisis_plan_heading, section_response_label, section_short_title
from commons_desktop.ops import StoreRunner, describe_error
from commons_desktop.widgets.printed import a4_writer, ask_pdf_path, draw_pages
from store import PlanItem, PlanSection, ProfileSession

DEFAULT_FILE_NAME = "crisis-plan.pdf"
CrisisSections = Mapping[PlanSection, Sequence[PlanItem]]
_MARGIN_MM = 18.0
_BODY_PT = 12

translate = QCoreApplication.translate


def write_crisis_plan(
    path: Path, sections: CrisisSections, *, title: str, printed_on: dt.date | None = None
) -> None:
    """Write the crisis sections of *sections* (in plan order, empty ones too) to an A4 PDF at *path*.

    Raises OSError if the file cannot be written.
    """
    writer = a4_writer(path, title, margin_mm=_MARGIN_MM)
    document = QTextDocument()
    body_font = QFont()
    body_font.setPointSize(_BODY_PT)
    document.setDefaultFont(body_font)
    document.setHtml(_html(sections, title))
    draw_pages(path, writer, document, body_font=body_font, printed_on=printed_on, page_numbers=True)


def export_crisis_plan(parent: QWidget, runner: StoreRunner) -> None:
    """Ask where to save, read the crisis plan through the runner, write the PDF, and say how it went."""
    caption = translate("crisis_pdf", "Print crisis plan (PDF)")
    path = ask_pdf_path(parent, caption, DEFAULT_FILE_NAME)
    if path is None:
        return

    def write(sections: CrisisSections) -> None:
        try:
            write_crisis_plan(path, sections, title=crisis_plan_heading())
        except OSError:
            QMessageBox.warning(
                parent,
                caption,
                translate(
                    "crisis_pdf", "Could not save the PDF to {path}. Choose another folder and try again."
                ).format(path=path),
            )
            return
        QMessageBox.information(
            parent,
            caption,
            translate(
                "crisis_pdf",
                "Saved your crisis plan to {path}. This file is not encrypted: "
                "print it, then keep it somewhere safe or delete it.",
            ).format(path=path),
        )

    def failed(error: BaseException) -> None:
        QMessageBox.warning(parent, caption, describe_error(error))

    runner.with_session(_crisis_sections, write, failed, owner=parent)


def print_crisis_plan_button(runner: StoreRunner, parent: QWidget | None = None) -> QPushButton:
    """A "Print crisis plan (PDF)…" button for the Plan screen."""
    button = QPushButton(translate("crisis_pdf", "&Print crisis plan (PDF)…"), parent)
    button.setAccessibleName(translate("crisis_pdf", "Print crisis plan"))
    button.setToolTip(translate("crisis_pdf", "Save your crisis plan as a PDF to print or hand to someone"))
    button.clicked.connect(lambda: export_crisis_plan(button.window(), runner))
    return button


def _crisis_sections(session: ProfileSession) -> dict[PlanSection, list[PlanItem]]:
    return {s: items for s, items in session.plan.by_section().items() if s.is_crisis_plan}


def _html(sections: CrisisSections, title: str) -> str:
    parts = [f"<h1>{_escape(title)}</h1>"]
    for section in PlanSection:
        if not section.is_crisis_plan:
            continue
        parts.append(f"<h2>{_escape(section_short_title(section))}</h2>")
        items = sections.get(section, ())
        if not items:
            # Translated outside the f-string: lupdate does not see a translate() call inside one.
            nothing = translate("crisis_pdf", "Nothing written here yet.")
            parts.append(f"<p><i>{_escape(nothing)}</i></p>")
            continue
        if section.is_free_text:
            parts.extend(f"<p>{_escape(item.text)}</p>" for item in items)
            continue
        parts.append("<ul>")
        response_label = section_response_label(section)
        for item in items:
            note = ""
            if item.response:
                label = f"{_escape(response_label)}: " if response_label else ""
                note = f"<br/>{label}{_escape(item.response)}"
            parts.append(f"<li><b>{_escape(item.text)}</b>{note}</li>")
        parts.append("</ul>")
    return "\n".join(parts)


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")
