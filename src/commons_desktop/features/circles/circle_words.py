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


def my_name(circle: CircleInfo, me: str) -> str | None:
    """How the circle names me (None when I am not in it)."""
    return circle.member_names[circle.members.index(me)] if me in circle.members else None


def _people(people: tuple[str, ...], mine: str | None) -> str:
    """*people* by name, with me as "you" (first)."""
    if mine is None or mine not in people:
        return names(people)
    return names([translate("CircleWords", "you"), *(p for p in people if p != mine)])


def _payments(people: tuple[str, ...], mine: str | None) -> str:
    if people == (mine,):
        return translate("CircleWords", "Waiting for your payment")
    if len(people) == 1:
        return translate("CircleWords", "Waiting for %1's payment").replace("%1", people[0])
    return translate("CircleWords", "Waiting for payments from %1").replace("%1", _people(people, mine))


def round_status(row: CircleRound, circle: CircleInfo, today: dt.date, me: str = "") -> str:
    """One round as the schedule shows it: when it is due, what it waits for, or who confirmed it."""
    mine = my_name(circle, me)
    for_me = row.recipient == me
    if row.paid_out:
        if for_me:
            return translate("CircleWords", "Received, confirmed by you")
        return translate("CircleWords", "Received, confirmed by %1").replace("%1", row.recipient_name)
    if not circle.formed:
        if row.date >= today:
            return translate("CircleWords", "Due on %1").replace("%1", plain_date(row.date))
        return translate("CircleWords", "Waiting for everyone to join")
    if row.date > today:
        return translate("CircleWords", "Due on %1").replace("%1", plain_date(row.date))
    if row.not_yet:
        return _payments(row.not_yet, mine)
    if for_me:
        return translate("CircleWords", "Waiting for you to confirm")
    return translate("CircleWords", "Waiting for %1 to confirm").replace("%1", row.recipient_name)


def waiting_lines(circle: CircleInfo, today: dt.date, me: str = "") -> list[str]:
    """For every round whose date has come and that is not complete, what it waits for, by name. A payment
    waiting for my own confirmation is left out: the screen asks me to confirm it just above."""
    if not circle.formed:
        return []
    mine = my_name(circle, me)
    lines = []
    for row in circle.rounds:
        if row.paid_out or row.date > today:
            continue
        which = (
            translate("CircleWords", "round %1, for you")
            if row.recipient == me
            else translate("CircleWords", "round %1, for %2").replace("%2", row.recipient_name)
        ).replace("%1", str(row.index + 1))
        if row.not_yet:
            lines.append(f"{_payments(row.not_yet, mine)} ({which}).")
        if row.unconfirmed and row.recipient != me:
            waits = translate("CircleWords", "Waiting for %1 to confirm the payment from %2")
            waits = waits.replace("%1", row.recipient_name).replace("%2", _people(row.unconfirmed, mine))
            lines.append(f"{waits} ({which}).")
    return lines


def summary(circle: CircleInfo, me: str = "") -> str:
    """Who is next and when, or who has yet to join, or that every round is done."""
    pot = format_amount(circle.pot_minor, circle.currency)
    if not circle.formed:
        return translate(
            "CircleWords", "Waiting for %1 to join. The circle starts once everyone has."
        ).replace("%1", _people(circle.not_joined, my_name(circle, me)))
    if circle.next_round is None:
        return translate("CircleWords", "Complete: every member received %1.").replace("%1", pot)
    nxt = circle.rounds[circle.next_round]
    text = (
        translate("CircleWords", "Next: round %1 on %2, you receive %4.")
        if nxt.recipient == me
        else translate("CircleWords", "Next: round %1 on %2, %3 receives %4.")
    )
    return (
        text.replace("%1", str(nxt.index + 1))
        .replace("%2", plain_date(nxt.date))
        .replace("%3", nxt.recipient_name)
        .replace("%4", pot)
    )
