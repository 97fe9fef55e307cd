"""Translatable names for the store's plan sections and check-in questions.

The store keeps English names for its enums; the app shows these instead so Qt Linguist can translate
them (lupdate finds the literal strings here). A test keeps the English text in step with the store.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from store import PlanSection, Question

# lupdate finds strings only in literal translate("context", "text") calls, so every label is spelled out.
translate = QCoreApplication.translate


def section_title(section: PlanSection) -> str:
    return {
        PlanSection.TOOLBOX: translate("labels", "Wellness toolbox"),
        PlanSection.DAILY_PLAN: translate("labels", "Daily plan"),
        PlanSection.TRIGGERS: translate("labels", "Triggers"),
        PlanSection.WARNING_SIGNS: translate("labels", "Early warning signs"),
        PlanSection.BREAKING_DOWN: translate("labels", "When things are breaking down"),
        PlanSection.CRISIS_CONTACTS: translate("labels", "Crisis plan: who to contact"),
        PlanSection.CRISIS_HELPS: translate("labels", "Crisis plan: what helps"),
        PlanSection.CRISIS_AVOID: translate("labels", "Crisis plan: what does not help"),
        PlanSection.CRISIS_WELL: translate("labels", "Crisis plan: how I am when I am well"),
        PlanSection.CRISIS_SIGNS: translate("labels", "Crisis plan: when others should take over"),
        PlanSection.CRISIS_DECIDERS: translate("labels", "Crisis plan: who may decide"),
        PlanSection.CRISIS_NOT_DECIDERS: translate("labels", "Crisis plan: who may not decide"),
        PlanSection.CRISIS_MEDICATIONS: translate("labels", "Crisis plan: medications and treatments"),
        PlanSection.CRISIS_MEDICATIONS_AVOID: translate(
            "labels", "Crisis plan: medications and treatments to avoid"
        ),
        PlanSection.CRISIS_CARE: translate("labels", "Crisis plan: where I would like to be cared for"),
        PlanSection.CRISIS_CARE_AVOID: translate(
            "labels", "Crisis plan: where I would not want to be cared for"
        ),
        PlanSection.CRISIS_DAY_TO_DAY: translate("labels", "Crisis plan: help day to day"),
        PlanSection.CRISIS_INACTIVE: translate("labels", "Crisis plan: when it no longer applies"),
        PlanSection.AFTER_CRISIS: translate("labels", "After a crisis"),
    }[section]


def section_short_title(section: PlanSection) -> str:
    """The title under the "Crisis plan" heading, where repeating "Crisis plan:" would be noise."""
    return {
        PlanSection.CRISIS_CONTACTS: translate("labels", "Who to contact"),
        PlanSection.CRISIS_HELPS: translate("labels", "What helps"),
        PlanSection.CRISIS_AVOID: translate("labels", "What does not help"),
        PlanSection.CRISIS_WELL: translate("labels", "How I am when I am well"),
        PlanSection.CRISIS_SIGNS: translate("labels", "When others should take over"),
        PlanSection.CRISIS_DECIDERS: translate("labels", "Who may decide"),
        PlanSection.CRISIS_NOT_DECIDERS: translate("labels", "Who may not decide"),
        PlanSection.CRISIS_MEDICATIONS: translate("labels", "Medications and treatments"),
        PlanSection.CRISIS_MEDICATIONS_AVOID: translate("labels", "Medications and treatments to avoid"),
        PlanSection.CRISIS_CARE: translate("labels", "Where to care for me"),
        PlanSection.CRISIS_CARE_AVOID: translate("labels", "Where not to care for me"),
        PlanSection.CRISIS_DAY_TO_DAY: translate("labels", "Help day to day"),
        PlanSection.CRISIS_INACTIVE: translate("labels", "When it no longer applies"),
    }.get(section) or section_title(section)


def section_prompt(section: PlanSection) -> str:
    return {
        PlanSection.TOOLBOX: translate("labels", "Things that help me stay well or feel better."),
        PlanSection.DAILY_PLAN: translate("labels", "What I'm like when I'm well, and what I do every day."),
        PlanSection.TRIGGERS: translate("labels", "Things that may upset me, and what I can do."),
        PlanSection.WARNING_SIGNS: translate(
            "labels", "Signs that I'm starting to feel worse, and what I can do."
        ),
        PlanSection.BREAKING_DOWN: translate(
            "labels", "Signs that things are getting much worse, and what to do."
        ),
        PlanSection.CRISIS_CONTACTS: translate("labels", "People to contact in a crisis."),
        PlanSection.CRISIS_HELPS: translate("labels", "What helps me in a crisis."),
        PlanSection.CRISIS_AVOID: translate("labels", "What others should avoid doing."),
        PlanSection.CRISIS_WELL: translate(
            "labels", "What I am like when I am well, so others can tell when I am not."
        ),
        PlanSection.CRISIS_SIGNS: translate(
            "labels", "Signs that mean others should take over and follow this plan."
        ),
        PlanSection.CRISIS_DECIDERS: translate(
            "labels", "People who may make decisions for me in a crisis, and which ones."
        ),
        PlanSection.CRISIS_NOT_DECIDERS: translate(
            "labels", "People who should not make decisions for me or be involved."
        ),
        PlanSection.CRISIS_MEDICATIONS: translate(
            "labels", "Medications and treatments I take or that help me."
        ),
        PlanSection.CRISIS_MEDICATIONS_AVOID: translate(
            "labels", "Medications and treatments I must not be given."
        ),
        PlanSection.CRISIS_CARE: translate(
            "labels", "Places I would like to be cared for: at home, respite, a named hospital or clinic."
        ),
        PlanSection.CRISIS_CARE_AVOID: translate("labels", "Places I would not want to be cared for."),
        PlanSection.CRISIS_DAY_TO_DAY: translate(
            "labels", "What others can do to help day to day: meals, children, pets, bills, appointments."
        ),
        PlanSection.CRISIS_INACTIVE: translate(
            "labels", "The signs that mean my supporters no longer need to follow this plan."
        ),
        PlanSection.AFTER_CRISIS: translate("labels", "What helps me recover afterwards."),
    }[section]


def section_response_label(section: PlanSection) -> str | None:
    if section.response_label is None:
        return None
    return {
        "What I can do": translate("labels", "What I can do"),
        "What to do": translate("labels", "What to do"),
        "How to reach them": translate("labels", "How to reach them"),
        "What they may decide": translate("labels", "What they may decide"),
        "What they may not decide, or why": translate("labels", "What they may not decide, or why"),
        "Dose, when, and what it is for": translate("labels", "Dose, when, and what it is for"),
        "Why": translate("labels", "Why"),
        "Why, or how to arrange it": translate("labels", "Why, or how to arrange it"),
        "Who could do it": translate("labels", "Who could do it"),
    }.get(section.response_label, section.response_label)


def crisis_plan_heading() -> str:
    return translate("labels", "Crisis plan")


def question_text(question: Question) -> str:
    return {
        Question.SLEEP: translate("labels", "I slept well"),
        Question.ENERGY: translate("labels", "I had energy"),
        Question.STRESS: translate("labels", "I felt stressed"),
        Question.CONNECTION: translate("labels", "I felt connected to people"),
    }[question]


def answer_scale() -> list[str]:
    """Names of the answers 0 to 4."""
    return [
        translate("labels", "0 · Not at all"),
        translate("labels", "1 · A little"),
        translate("labels", "2 · Somewhat"),
        translate("labels", "3 · Quite a lot"),
        translate("labels", "4 · Very much"),
    ]


def long_date(day: dt.date) -> str:
    """E.g. "Monday, 24 November 2025", in the person's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def short_date(day: dt.date) -> str:
    """E.g. "Mon 24 Nov 2025"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def plain_date(day: dt.date) -> str:
    """E.g. "24 Nov 2025"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def day_month(day: dt.date) -> str:
    """E.g. "24 Nov"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def clock(moment: dt.datetime | dt.time) -> str:
    """E.g. "18:00" (24-hour, as before), in the language's digits."""
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def duration(minutes: int) -> str:
    """E.g. "2 h 30 min", "3 h", "45 min", with the units in the person's language."""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return translate("labels", "{h} h {m} min").format(h=hours, m=rest)
    if hours:
        return translate("labels", "{h} h").format(h=hours)
    return translate("labels", "{m} min").format(m=rest)


def decimal(value: float, places: int = 1) -> str:
    """E.g. "3.5" in English, "3,5" in Spanish, "٣٫٥" in Arabic."""
    return QLocale().toString(value, "f", places)


def money(amount_minor: int, currency: str) -> str:
    """E.g. "1,234.50 EUR" in the language's number format; the store keeps a currency code, not a symbol."""
    locale = QLocale()
    major, minor = divmod(abs(amount_minor), 100)
    sign = locale.negativeSign() if amount_minor < 0 else ""
    cents = locale.toString(minor).rjust(2, locale.zeroDigit())
    return f"{sign}{locale.toString(major)}{locale.decimalPoint()}{cents} {currency}"


def strength_label(score: int) -> str:
    return [
        translate("labels", "Very weak"),
        translate("labels", "Weak"),
        translate("labels", "Fair"),
        translate("labels", "Strong"),
        translate("labels", "Very strong"),
    ][max(0, min(score, 4))]
