"""Supporters with shared sections, contributions with units and totals, settings, device identity."""

from __future__ import annotations

import datetime as dt

import pytest

from store import (
    AUTO_LOCK_MINUTES,
    MINUTES,
    THEME,
    Contribution,
    ContributionKind,
    NotFoundError,
    PlanSection,
    ProfileSession,
    ValidationError,
)


def test_supporters_and_what_they_see(session: ProfileSession) -> None:
    sup = session.supporters
    lee = sup.add("Lee", "lee@example.org", "sister", frozenset({PlanSection.CRISIS_CONTACTS}))
    sup.add("Kim")
    assert [s.name for s in sup.list()] == ["Kim", "Lee"]
    changed = sup.update(
        lee.__class__(
            lee.id,
            "Lee",
            "07700 900456",
            "sister",
            frozenset({PlanSection.TOOLBOX, PlanSection.WARNING_SIGNS}),
        )
    )
    assert sup.get(lee.id) == changed
    sup.remove(lee.id)
    with pytest.raises(NotFoundError):
        sup.get(lee.id)
    assert session.connection().execute("SELECT count(*) FROM supporter_sections").fetchone()[0] == 0


def test_a_removed_supporter_comes_back_with_their_id_and_sections(session: ProfileSession) -> None:
    lee = session.supporters.add("Lee", "lee@example.org", "sister", frozenset({PlanSection.TOOLBOX}))
    session.supporters.add("Ana")
    gone = session.supporters.remove(lee.id)
    assert gone == lee
    assert [s.name for s in session.supporters.list()] == ["Ana"]
    assert session.supporters.restore(gone) == lee
    assert session.supporters.get(lee.id) == lee


def test_supporter_validation(session: ProfileSession) -> None:
    with pytest.raises(ValidationError, match="Name"):
        session.supporters.add("")
    with pytest.raises(ValidationError, match="Shared sections"):
        session.supporters.add("Lee", sections=frozenset({"toolbox"}))  # type: ignore[arg-type]


def test_contributions_list_filter_totals(session: ProfileSession) -> None:
    c = session.contributions
    c.add(ContributionKind.HOURS, 90, MINUTES, dt.date(2026, 10, 3), "Food bank", "Sorting")
    c.add(ContributionKind.HOURS, 30, MINUTES, dt.date(2026, 11, 3), "Food bank")
    stake = c.add(
        ContributionKind.STAKE, 2500, "EUR", dt.date(2026, 11, 5), "Solar roof", ledger_ref="ledger:abc"
    )
    c.add(ContributionKind.MONEY, 1000, "GBP", dt.date(2026, 11, 6))
    assert [x.kind for x in c.list(dt.date(2026, 11, 1))] == [
        ContributionKind.MONEY,
        ContributionKind.STAKE,
        ContributionKind.HOURS,
    ]
    assert len(c.list(kind=ContributionKind.HOURS)) == 2
    assert c.totals() == {
        (ContributionKind.HOURS, MINUTES): 120,
        (ContributionKind.STAKE, "EUR"): 2500,
        (ContributionKind.MONEY, "GBP"): 1000,
    }
    assert c.list(kind=ContributionKind.STAKE)[0].ledger_ref == "ledger:abc"
    c.update(stake.__class__(stake.id, stake.kind, 5000, "EUR", stake.day, "Solar roof"))
    assert c.totals()[(ContributionKind.STAKE, "EUR")] == 5000
    c.remove(stake.id)
    with pytest.raises(NotFoundError):
        c.remove(stake.id)


@pytest.mark.parametrize(
    ("kind", "amount", "unit", "field"),
    [
        (ContributionKind.HOURS, 60, "EUR", "Unit"),
        (ContributionKind.MONEY, 100, "min", "Currency"),
        (ContributionKind.MONEY, 100, "eur", "Currency"),
        (ContributionKind.MONEY, 0, "EUR", "Amount"),
        (ContributionKind.MONEY, -5, "EUR", "Amount"),
        (ContributionKind.MONEY, 2**63, "EUR", "Amount"),
        (ContributionKind.MONEY, 1.5, "EUR", "Amount"),
        ("money", 100, "EUR", "Kind"),
    ],
)
def test_contribution_validation(
    session: ProfileSession, kind: object, amount: object, unit: str, field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        session.contributions.add(kind, amount, unit, dt.date(2026, 1, 1))  # type: ignore[arg-type]
    assert info.value.field == field


def test_settings_are_typed(session: ProfileSession) -> None:
    s = session.settings
    assert s.get(AUTO_LOCK_MINUTES) == 5
    s.set(AUTO_LOCK_MINUTES, 15)
    s.set(THEME, "dark")
    assert (s.get(AUTO_LOCK_MINUTES), s.get(THEME)) == (15, "dark")
    with pytest.raises(ValidationError):
        s.set(AUTO_LOCK_MINUTES, 10_000)
    with pytest.raises(ValidationError):
        s.set(THEME, "neon")
    session.connection().execute("UPDATE settings SET value = '\"garbage\"' WHERE key = 'auto_lock_minutes'")
    assert s.get(AUTO_LOCK_MINUTES) == 5  # an unreadable value falls back to the default


def test_identity_is_created_with_the_profile(session: ProfileSession) -> None:
    ident = session.identity.get()
    assert len(ident.device_id) == 32
    assert len(ident.actor_id) == 16
    assert "signing_key" not in repr(ident) or ident.signing_key.hex() not in repr(ident)


def test_add_many_is_all_or_nothing(session: ProfileSession) -> None:
    good = Contribution("", ContributionKind.MONEY, 500, "EUR", dt.date(2026, 5, 1), "Purse")
    kept_id = Contribution("imported-1", ContributionKind.HOURS, 45, MINUTES, dt.date(2026, 5, 2))
    bad = Contribution("", ContributionKind.MONEY, -1, "EUR", dt.date(2026, 5, 3))
    with pytest.raises(ValidationError, match="Amount"):
        session.contributions.add_many([good, bad])
    assert session.contributions.list() == []
    saved = session.contributions.add_many([good, kept_id])
    assert saved[0].id
    assert saved[1].id == "imported-1"
    assert {c.id for c in session.contributions.list()} == {saved[0].id, "imported-1"}
