"""What a funder report may show, field by field: itemised (public), only as a total, or left out.

The defaults keep people private: who paid, held, received or gave what is a total only; how members voted is
left out (and those who voted no are never named, whatever is chosen: the service does not even send their
names); the wellbeing pulse is left out. The files hold only what the person chose (`report_tables`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads only literal translate("ReportsView", "…") calls

__all__ = [
    "Choices",
    "Disclosure",
    "Field",
    "default_choices",
    "disclosure_label",
    "fields",
    "itemised_alone",
]


class Disclosure(enum.Enum):
    PUBLIC = "public"  # itemised, in the files as it is
    TOTAL = "total"  # only counted or summed: no line per person or per entry
    LEFT_OUT = "left_out"  # absent from the files


@dataclass(frozen=True)
class Field:
    key: str
    section: str  # the section's title, translated
    what: str  # what this choice covers, translated
    allowed: tuple[Disclosure, ...]
    default: Disclosure


Choices = dict[str, Disclosure]

_ALL = (Disclosure.PUBLIC, Disclosure.TOTAL, Disclosure.LEFT_OUT)
_NAMES = (Disclosure.PUBLIC, Disclosure.TOTAL)  # a list of people: named, or only counted
P, T, L = Disclosure.PUBLIC, Disclosure.TOTAL, Disclosure.LEFT_OUT


def _fields() -> tuple[Field, ...]:
    money = translate("ReportsView", "Money in and out")
    projects = translate("ReportsView", "Stakes and repayments")
    circles = translate("ReportsView", "Lending circle rounds")
    decisions = translate("ReportsView", "Purse decisions")
    hours = translate("ReportsView", "Hours (time credits)")
    progress = translate("ReportsView", "Progress toward each target")
    return (
        Field("money", money, translate("ReportsView", "Money in and out, by kind"), _ALL, P),
        Field("payments", money, translate("ReportsView", "Who paid what, entry by entry"), _ALL, T),
        Field(
            "projects", projects, translate("ReportsView", "Stakes sold, principal and bonus repaid"), _ALL, P
        ),
        Field(
            "stakeholders", projects, translate("ReportsView", "Who holds stakes and was repaid"), _NAMES, T
        ),
        Field("circles", circles, translate("ReportsView", "Each round: pot, paid in, complete"), _ALL, P),
        Field(
            "circle_members",
            circles,
            translate("ReportsView", "Who received each pot and paid in"),
            _NAMES,
            T,
        ),
        Field("decisions", decisions, translate("ReportsView", "Each proposal: votes and turnout"), _ALL, P),
        Field(
            "voters",
            decisions,
            translate("ReportsView", "Who voted yes or abstained (those who voted no are never named)"),
            (P, L),
            L,
        ),
        Field("hours", hours, translate("ReportsView", "Hours given and transfers"), (T, L), T),
        Field(
            "hours_members", hours, translate("ReportsView", "Hours each member gave and received"), _NAMES, T
        ),
        Field(
            "progress",
            progress,
            translate("ReportsView", "Progress, target and whether it is confirmed"),
            _ALL,
            P,
        ),
        Field("verifiers", progress, translate("ReportsView", "Which verifiers confirmed"), _NAMES, T),
        Field(
            "pulse",
            translate("ReportsView", "Wellbeing pulse"),
            translate("ReportsView", "Rounds held and shown"),
            (T, L),
            L,
        ),
    )


def fields() -> tuple[Field, ...]:
    """The choices in preview order, in the person's language."""
    return _fields()


def allowed(key: str) -> tuple[Disclosure, ...]:
    """The choices part *key* offers."""
    return next(f.allowed for f in _fields() if f.key == key)


def itemised_alone(key: str) -> bool:
    """Whether part *key* has no itemised form of its own (a total, or nothing): its list of names then follows
    it only into being left out."""
    return Disclosure.PUBLIC not in allowed(key)


def default_choices() -> Choices:
    return {f.key: f.default for f in _fields()}


def disclosure_label(disclosure: Disclosure) -> str:
    return {
        Disclosure.PUBLIC: translate("ReportsView", "Public, itemised"),
        Disclosure.TOTAL: translate("ReportsView", "Only as a total"),
        Disclosure.LEFT_OUT: translate("ReportsView", "Left out"),
    }[disclosure]
