"""What the Lending circles screen says about a circle and its rounds, in the person's language.

A round that is not complete once its date has come says only what it waits for — someone's payment, or the
recipient's confirmation — in the same plain words and colour as everything else: never "late", "overdue" or
"missed", and never a total of what someone owes.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from commons_desktop.labels import plain_date
from commons_desktop.service.values import CircleInfo, CircleRound
from sync.community.ledger import format_amount

__all__ = ["names", "round_status", "summary", "waiting_lines"]


translate = QCoreApplication.translate


def names(people: tuple[str, ...] | list[str]) -> str:
    """ "Ben", "Ben and Cat", "Ben, Cat and Dee"."""
    if len(people) <= 1:
        return "".join(people)
    return (
        translate("CircleWords", "%1 and %2").replace("%1", ", ".join(people[:-1])).replace("%2", people[-1])
    )


def _possessive(people: tuple[str, ...]) -> str:
    if len(people) == 1:
        return translate("CircleWords", "Waiting for %1's payment").replace("%1", people[0])
    return translate("CircleWords", "Waiting for payments from %1").replace("%1", names(people))


def round_status(row: CircleRound, circle: CircleInfo, today: dt.date) -> str:
    """One round as the schedule shows it: when it is due, what it waits for, or who confirmed it."""
    if row.paid_out:
        return translate("CircleWords", "Received, confirmed by %1").replace("%1", row.recipient_name)
    if row.date > today or not circle.formed:
        return translate("CircleWords", "Due on %1").replace("%1", plain_date(row.date))
    if row.not_yet:
        return _possessive(row.not_yet)
    return translate("CircleWords", "Waiting for %1 to confirm").replace("%1", row.recipient_name)


def waiting_lines(circle: CircleInfo, today: dt.date) -> list[str]:
    """For every round whose date has come and that is not complete, what it waits for, by name."""
    if not circle.formed:
        return []
    lines = []
    for row in circle.rounds:
        if row.paid_out or row.date > today:
            continue
        if len(row.not_yet) == 1:
            lines.append(
                _line(
                    translate("CircleWords", "Round %1 for %2: waiting for %3's payment."), row, row.not_yet
                )
            )
        elif row.not_yet:
            lines.append(
                _line(
                    translate("CircleWords", "Round %1 for %2: waiting for payments from %3."),
                    row,
                    row.not_yet,
                )
            )
        if len(row.unconfirmed) == 1:
            lines.append(
                _line(
                    translate("CircleWords", "Round %1 for %2: waiting for %2 to confirm %3's payment."),
                    row,
                    row.unconfirmed,
                )
            )
        elif row.unconfirmed:
            text = translate(
                "CircleWords", "Round %1 for %2: waiting for %2 to confirm the payments from %3."
            )
            lines.append(_line(text, row, row.unconfirmed))
    return lines


def _line(text: str, row: CircleRound, people: tuple[str, ...]) -> str:
    return (
        text.replace("%1", str(row.index + 1)).replace("%2", row.recipient_name).replace("%3", names(people))
    )


def summary(circle: CircleInfo) -> str:
    """Who is next and when, or who has yet to join, or that every round is done."""
    pot = format_amount(circle.pot_minor, circle.currency)
    if not circle.formed:
        return translate(
            "CircleWords", "Waiting for %1 to join. The circle starts once everyone has."
        ).replace("%1", names(circle.not_joined))
    if circle.next_round is None:
        return translate("CircleWords", "Complete: every member received %1.").replace("%1", pot)
    nxt = circle.rounds[circle.next_round]
    return (
        translate("CircleWords", "Next: round %1 on %2, %3 receives %4.")
        .replace("%1", str(nxt.index + 1))
        .replace("%2", plain_date(nxt.date))
        .replace("%3", nxt.recipient_name)
        .replace("%4", pot)
    )
