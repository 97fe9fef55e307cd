"""What the pulse screen says: each instrument's questions and scale, and each round's standing in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from commons_desktop.labels import decimal
from sync.community import PulseInstrument
from sync.community.pulse_rounds import Outcome, PulseStatus

__all__ = ["instrument_title", "questions", "result_lines", "scale_ends", "standing"]


translate = QCoreApplication.translate  # lupdate reads only literal translate("PulseText", "…") calls


def instrument_title(instrument: PulseInstrument) -> str:
    if instrument is PulseInstrument.ONS4:
        return translate("PulseText", "Personal well-being (the four ONS questions)")
    return translate("PulseText", "Well-being index (WHO-5)")


def questions(instrument: PulseInstrument) -> tuple[str, ...]:
    if instrument is PulseInstrument.ONS4:
        return (
            translate("PulseText", "Overall, how satisfied are you with your life nowadays?"),
            translate(
                "PulseText",
                "Overall, to what extent do you feel the things you do in your life are worthwhile?",
            ),
            translate("PulseText", "Overall, how happy did you feel yesterday?"),
            translate("PulseText", "Overall, how anxious did you feel yesterday?"),
        )
    return (
        translate("PulseText", "Over the last two weeks, I have felt cheerful and in good spirits."),
        translate("PulseText", "Over the last two weeks, I have felt calm and relaxed."),
        translate("PulseText", "Over the last two weeks, I have felt active and vigorous."),
        translate("PulseText", "Over the last two weeks, I woke up feeling fresh and rested."),
        translate(
            "PulseText",
            "Over the last two weeks, my daily life has been filled with things that interest me.",
        ),
    )


def scale_ends(instrument: PulseInstrument, question: int) -> tuple[str, str]:
    """What the lowest and the highest answer mean."""
    if instrument is PulseInstrument.WHO5:
        return translate("PulseText", "At no time"), translate("PulseText", "All of the time")
    if question == 3:
        return translate("PulseText", "Not at all anxious"), translate("PulseText", "Completely anxious")
    return translate("PulseText", "Not at all"), translate("PulseText", "Completely")


def standing(status: PulseStatus, me_in_roster: bool) -> str:
    """One sentence on where a round stands."""
    # lupdate skips a plural call whose count is an attribute (status.posted): pass plain names
    n, joined, posted = len(status.round.roster), status.joined, status.posted
    outcome = status.outcome
    if outcome is Outcome.JOINING:
        return translate(
            "PulseText",
            "%n of {total} people have answered so far. Answers go out, masked, once everyone has.",
            "",
            joined,
        ).format(total=n)
    if outcome is Outcome.POSTING:
        return translate("PulseText", "%n of {total} people's masked answers are in.", "", posted).format(
            total=n
        )
    if outcome is Outcome.SHOWN:
        return translate(
            "PulseText",
            "All %n people answered. Only the averages below are known, nobody's own answers.",
            "",
            n,
        )
    if outcome is Outcome.INCOMPLETE:
        return translate(
            "PulseText",
            "Closed with %n of {total} answers in, so no result: it can be run again without those who did "
            "not answer.",
            "",
            posted,
        ).format(total=n)
    if outcome is Outcome.SUPERSEDED:
        return translate("PulseText", "Run again without those who did not answer (see the newer round).")
    if outcome is Outcome.WITHHELD:
        return translate(
            "PulseText",
            "Everyone answered, but the result is not shown: set beside an earlier result from almost the same "
            "people, it could give away someone's answers.",
        )
    return translate(
        "PulseText",
        "The masked answers did not add up (someone's app sent a broken one), so there is no result.",
    )


def result_lines(status: PulseStatus) -> list[str]:
    """The averages, one line a question (and the WHO-5 index out of 100)."""
    instrument = status.round.instrument
    top = instrument.max_score
    lines = [
        translate("PulseText", "{mean} out of {top} · {question}").format(
            question=q, mean=decimal(m), top=QLocale().toString(top)
        )
        for q, m in zip(questions(instrument), status.means, strict=True)
    ]
    if instrument is PulseInstrument.WHO5:
        lines.append(
            translate("PulseText", "Well-being index: {index} out of 100.").format(
                index=round(sum(status.means) * 4)
            )
        )
    return lines
