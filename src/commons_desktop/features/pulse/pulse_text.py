"""What the pulse screen says: each instrument's questions and scale, and each round's standing in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from commons_desktop.labels import decimal
from sync.community import PulseInstrument
from sync.community.pulse_rounds import Outcome, PulseStatus

__all__ = ["instrument_title", "questions", "result_lines", "scale_ends", "standing"]


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("PulseText", text, disambiguation, n)


def instrument_title(instrument: PulseInstrument) -> str:
    if instrument is PulseInstrument.ONS4:
        return _tr("Personal well-being (the four ONS questions)")
    return _tr("Well-being index (WHO-5)")


def questions(instrument: PulseInstrument) -> tuple[str, ...]:
    if instrument is PulseInstrument.ONS4:
        return (
            _tr("Overall, how satisfied are you with your life nowadays?"),
            _tr("Overall, to what extent do you feel the things you do in your life are worthwhile?"),
            _tr("Overall, how happy did you feel yesterday?"),
            _tr("Overall, how anxious did you feel yesterday?"),
        )
    return (
        _tr("Over the last two weeks, I have felt cheerful and in good spirits."),
        _tr("Over the last two weeks, I have felt calm and relaxed."),
        _tr("Over the last two weeks, I have felt active and vigorous."),
        _tr("Over the last two weeks, I woke up feeling fresh and rested."),
        _tr("Over the last two weeks, my daily life has been filled with things that interest me."),
    )


def scale_ends(instrument: PulseInstrument, question: int) -> tuple[str, str]:
    """What the lowest and the highest answer mean."""
    if instrument is PulseInstrument.WHO5:
        return _tr("At no time"), _tr("All of the time")
    if question == 3:
        return _tr("Not at all anxious"), _tr("Completely anxious")
    return _tr("Not at all"), _tr("Completely")


def standing(status: PulseStatus, me_in_roster: bool) -> str:
    """One sentence on where a round stands."""
    n = len(status.round.roster)
    outcome = status.outcome
    if outcome is Outcome.JOINING:
        return _tr(
            "%n of {total} people have answered so far. Answers go out, masked, once everyone has.",
            "",
            status.joined,
        ).format(total=n)
    if outcome is Outcome.POSTING:
        return _tr("%n of {total} people's masked answers are in.", "", status.posted).format(total=n)
    if outcome is Outcome.SHOWN:
        return _tr("All %n people answered. Only the averages below are known, nobody's own answers.", "", n)
    if outcome is Outcome.INCOMPLETE:
        return _tr(
            "Closed with %n of {total} answers in, so no result: it can be run again without those who did "
            "not answer.",
            "",
            status.posted,
        ).format(total=n)
    if outcome is Outcome.SUPERSEDED:
        return _tr("Run again without those who did not answer (see the newer round).")
    if outcome is Outcome.WITHHELD:
        return _tr(
            "Everyone answered, but the result is not shown: set beside an earlier result from almost the same "
            "people, it could give away someone's answers."
        )
    return _tr("The masked answers did not add up (someone's app sent a broken one), so there is no result.")


def result_lines(status: PulseStatus) -> list[str]:
    """The averages, one line a question (and the WHO-5 index out of 100)."""
    instrument = status.round.instrument
    top = instrument.max_score
    lines = [
        _tr("{mean} out of {top} · {question}").format(
            question=q, mean=decimal(m), top=QLocale().toString(top)
        )
        for q, m in zip(questions(instrument), status.means, strict=True)
    ]
    if instrument is PulseInstrument.WHO5:
        lines.append(_tr("Well-being index: {index} out of 100.").format(index=round(sum(status.means) * 4)))
    return lines
