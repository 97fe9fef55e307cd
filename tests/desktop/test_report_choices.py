"""What a funder report's files may hold: private defaults, and a list of names never more open than its part."""

from __future__ import annotations

import pytest

from commons_desktop.features.reports.report_choices import Disclosure, default_choices, fields
from commons_desktop.features.reports.report_tables import PARENT, effective, free

P, T, L = Disclosure.PUBLIC, Disclosure.TOTAL, Disclosure.LEFT_OUT


def test_the_defaults_name_nobody_and_leave_the_pulse_and_the_votes_out() -> None:
    chosen = default_choices()
    for names in ("payments", "stakeholders", "circle_members", "hours_members", "verifiers"):
        assert effective(chosen, names) is T, names
    assert (effective(chosen, "voters"), effective(chosen, "pulse")) == (L, L)
    assert all(f.default in f.allowed for f in fields())
    assert set(PARENT) <= set(chosen)


@pytest.mark.parametrize(
    ("section", "names", "section_choice", "names_choice", "result", "may_choose"),
    [
        ("money", "payments", P, P, P, True),
        ("money", "payments", T, P, T, False),  # totals only: nobody named under them
        ("money", "payments", L, P, L, False),  # the section left out takes its names with it
        ("decisions", "voters", T, P, L, False),  # voters are named or left out, never a total
        (
            "hours",
            "hours_members",
            T,
            P,
            P,
            True,
        ),  # the hours are only ever a total: names may still be listed
        ("hours", "hours_members", L, P, L, False),
    ],
)
def test_a_list_of_names_follows_its_section(
    section: str,
    names: str,
    section_choice: Disclosure,
    names_choice: Disclosure,
    result: Disclosure,
    may_choose: bool,
) -> None:
    chosen = default_choices() | {section: section_choice, names: names_choice}
    assert effective(chosen, names) is result
    assert free(chosen, names) is may_choose
