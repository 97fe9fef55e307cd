"""The recovery kit: one A4 page to keep on paper (QPdfWriter). It never holds the passphrase."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QMessageBox, QWidget

from commons_desktop.labels import long_date
from commons_desktop.ops import StoreRunner, describe_error
from commons_desktop.widgets.printed import a4_writer, ask_pdf_path, draw_pages
from store import EXPORT_SUFFIX, ProfileManager, ProfileNotFoundError, ProfileSession

DEFAULT_FILE_NAME = "commons-recovery-kit.pdf"
_MARGIN_MM = 18.0
_BODY_PT = 11

translate = QCoreApplication.translate


@dataclass(frozen=True)
class KitFacts:
    """What the kit prints, read from the unlocked profile on the worker thread."""

    label: str
    created: dt.date
    data_dir: Path


def write_recovery_kit(
    path: Path, *, label: str, created: dt.date, data_dir: Path, printed_on: dt.date | None = None
) -> None:
    """Write the recovery kit of the profile *label* to an A4 PDF at *path*. Raises OSError on failure.

    Deliberately takes no passphrase: the page has a box to write it in by hand, or not at all.
    """
    title = translate("recovery_kit", "Commons recovery kit")
    writer = a4_writer(path, title, margin_mm=_MARGIN_MM)
    document = QTextDocument()
    body_font = QFont()
    body_font.setPointSize(_BODY_PT)
    document.setDefaultFont(body_font)
    document.setHtml(_html(title, label, created, data_dir))
    draw_pages(path, writer, document, body_font=body_font, printed_on=printed_on, page_numbers=False)


def print_recovery_kit(parent: QWidget, runner: StoreRunner) -> None:
    """Ask where to save, read the profile's facts through the runner, write the PDF, and say how it went."""
    caption = translate("recovery_kit", "Print a recovery kit (PDF)")
    path = ask_pdf_path(parent, caption, DEFAULT_FILE_NAME)
    if path is None:
        return
    manager = runner.manager

    def write(facts: KitFacts) -> None:
        try:
            write_recovery_kit(path, label=facts.label, created=facts.created, data_dir=facts.data_dir)
        except OSError:
            QMessageBox.warning(
                parent,
                caption,
                translate(
                    "recovery_kit", "Could not save the PDF to {path}. Choose another folder and try again."
                ).format(path=path),
            )
            return
        QMessageBox.information(
            parent,
            caption,
            translate(
                "recovery_kit",
                "Saved your recovery kit to {path}. Print it, write your passphrase in the box by hand if "
                "you wish, and keep the page with the same care as a key. Then delete the file.",
            ).format(path=path),
        )

    def failed(error: BaseException) -> None:
        QMessageBox.warning(parent, caption, describe_error(error))

    runner.with_session(lambda session: read_kit_facts(manager, session), write, failed, owner=parent)


def read_kit_facts(manager: ProfileManager, session: ProfileSession) -> KitFacts:
    """The profile's name, the day it was made and its folder (an op: runs on the worker thread)."""
    info = next((p for p in manager.list_profiles() if p.profile_id == session.profile_id), None)
    if info is None:
        raise ProfileNotFoundError(session.profile_id)
    try:
        created = dt.datetime.fromisoformat(info.created_at).astimezone().date()
    except ValueError:
        created = dt.date.today()  # a header without a readable date still gets a kit
    return KitFacts(session.label, created, session.directory)


def _html(title: str, label: str, created: dt.date, data_dir: Path) -> str:
    t = translate
    name = label or t("recovery_kit", "Unnamed profile")
    facts = [
        (t("recovery_kit", "Profile name"), name),
        (t("recovery_kit", "Made on"), long_date(created)),
        (t("recovery_kit", "Its data folder on this computer"), str(data_dir)),
    ]
    rows = "".join(
        f"<tr><td width='34%'><b>{_escape(key)}</b></td><td>{_escape(value)}</td></tr>"
        for key, value in facts
    )
    restore = [
        t("recovery_kit", "Install Commons on the computer (or open it on this one)."),
        t(
            "recovery_kit",
            "On the profile picker or the welcome screen, choose \u201cImport a profile\u2026\u201d.",
        ),
        t(
            "recovery_kit",
            "Choose your backup file (its name ends in {suffix}) and type the passphrase of that file.",
        ).format(suffix=EXPORT_SUFFIX),
        t(
            "recovery_kit",
            "The profile opens. That computer becomes a new device of yours; syncing treats it as a new one.",
        ),
    ]
    warning = t("recovery_kit", "Keep this page with the same care as a key.")
    why = t("recovery_kit", "With it and your passphrase, anyone could open your profile from a backup.")
    box = t("recovery_kit", "My passphrase (write it by hand)")
    no_reset = t(
        "recovery_kit",
        "Your profile is encrypted with your passphrase, and no copy of it exists anywhere else. Nobody \u2014 "
        "not Commons, not a community worker \u2014 can reset it or open your profile without it. If you "
        "forget it, your data cannot be recovered.",
    )
    backup = t(
        "recovery_kit",
        "In Commons, open Profile \u2192 Settings and choose \u201cBack up or move this profile\u2026\u201d. "
        "It saves your whole profile to one encrypted file. Keep that file somewhere other than this "
        "computer, such as a USB stick kept at home.",
    )
    return "\n".join(
        [
            f"<h1>{_escape(title)}</h1>",
            f"<p><b>{_escape(warning)}</b> {_escape(why)}</p>",
            f"<table cellpadding='4' cellspacing='0'>{rows}</table>",
            "<p></p><table border='1' cellpadding='10' cellspacing='0' width='100%' style='border-style: solid'>"
            f"<tr><td><b>{_escape(box)}</b>{'<br/>' * 5}</td></tr></table>",
            f"<h2>{_escape(t('recovery_kit', 'Nobody can reset your passphrase'))}</h2>",
            f"<p>{_escape(no_reset)}</p>",
            f"<h2>{_escape(t('recovery_kit', 'Make a backup'))}</h2>",
            f"<p>{_escape(backup)}</p>",
            f"<h2>{_escape(t('recovery_kit', 'Restore from a backup file'))}</h2>",
            "<ol>" + "".join(f"<li>{_escape(step)}</li>" for step in restore) + "</ol>",
        ]
    )


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")
