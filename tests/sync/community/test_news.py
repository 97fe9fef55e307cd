"""What is new for a member, read from the document's history (never from record dates), and what is coming up."""

from __future__ import annotations

import datetime as dt

import pytest

from sync.community.document import CommunityDocument
from sync.community.errors import InvalidValueError, NotFoundError
from sync.community.model import Event, Frequency, ProjectStatus, Recurrence, Side
from sync.community.news import SOON, Seen, news

from .document_support import T, at, event, member, need, project, proposal, vote


def _doc() -> CommunityDocument:
    doc = CommunityDocument.create("Mill Road", actor_id=b"\x01" * 16)
    doc.add_member(member("alice"))
    doc.add_need_or_offer(need("old-need"))
    return doc


def test_records_added_since_the_seen_heads_are_new_whatever_their_own_dates_say() -> None:
    doc = _doc()
    seen = doc.heads()
    # A peer backdates its need by a year: it is still new to me, because I had not seen the change.
    doc.add_need_or_offer(need("backdated", created_at=T - dt.timedelta(days=365)))
    doc.add_need_or_offer(need("offer", side=Side.OFFER))
    doc.add_member(member("bob"))
    report = news(Seen.of(doc.as_of(seen).view()), doc.view(), me="alice", at=T)
    assert not report.first_look
    assert report.needs == ("backdated",)
    assert report.offers == ("offer",)
    assert report.members == ("bob",)
    assert report.new_count == 3


def test_a_record_already_seen_is_not_new_even_when_it_claims_to_be_recent() -> None:
    doc = _doc()
    doc.add_need_or_offer(need("future", created_at=T + dt.timedelta(days=30)))
    seen = doc.heads()
    report = news(Seen.of(doc.as_of(seen).view()), doc.view(), me="alice", at=T)
    assert report.new_count == 0


def test_needs_met_and_project_status_changes_since_are_reported() -> None:
    doc = _doc()
    doc.add_project(project("kitchen"))
    seen = doc.heads()
    doc.set_open("old-need", False)
    doc.set_project_status("kitchen", ProjectStatus.ACTIVE)
    report = news(Seen.of(doc.as_of(seen).view()), doc.view(), me="alice", at=T)
    assert report.met == ("old-need",)
    assert report.projects == ("kitchen",)


def test_a_first_look_calls_nothing_new_but_shows_what_is_coming_up() -> None:
    doc = _doc()
    doc.add_event(event("soon", starts_at=at(60), ends_at=at(120), recurrence=None))
    report = news(None, doc.view(), me="alice", at=T)
    assert report.first_look
    assert report.new_count == 0
    assert report.events_this_week == (("soon", at(60)),)


def test_proposals_closing_this_week_are_those_i_have_not_voted_on() -> None:
    doc = _doc()
    doc.add_proposal(proposal("soon", deadline=at(60 * 24 * 3)))
    doc.add_proposal(proposal("later", deadline=T + SOON + dt.timedelta(hours=1)))
    doc.add_proposal(
        proposal("closed", deadline=T - dt.timedelta(hours=1), created_at=T - dt.timedelta(days=2))
    )
    report = news(None, doc.view(), me="alice", at=T)
    assert report.proposals_closing == ("soon",)


def test_needs_my_vote_lists_every_open_proposal_i_may_vote_on_and_have_not_soonest_first() -> None:
    doc = _doc()
    doc.add_member(member("bob"))
    doc.add_proposal(proposal("later", deadline=T + SOON + dt.timedelta(days=20)))
    doc.add_proposal(proposal("soon", deadline=at(60 * 24 * 3)))
    doc.add_proposal(proposal("not-mine", voters=("bob",), quorum=1))  # alice was not a member when it opened
    doc.add_proposal(
        proposal("closed", deadline=T - dt.timedelta(hours=1), created_at=T - dt.timedelta(days=2))
    )
    assert news(None, doc.view(), me="alice", at=T).needs_my_vote == ("soon", "later")
    assert news(None, doc.view(), me="alice", at=T).proposals_closing == ("soon",)  # "not-mine" is not hers
    assert news(None, doc.view(), me="bob", at=T).proposals_closing == ("soon", "not-mine")
    doc.cast_vote(vote("v1", proposal_id="soon", member_id="alice"))
    assert news(None, doc.view(), me="alice", at=T).needs_my_vote == ("later",)
    assert news(None, doc.view(), me="bob", at=T).needs_my_vote == ("soon", "not-mine", "later")


def test_as_of_refuses_heads_the_document_does_not_hold() -> None:
    doc = _doc()
    with pytest.raises(NotFoundError):
        doc.as_of([b"\x00" * 32])
    with pytest.raises(InvalidValueError):
        doc.as_of([])


def test_as_of_reads_the_past_and_leaves_the_document_as_it_is() -> None:
    doc = _doc()
    seen = doc.heads()
    doc.add_member(member("bob"))
    past = doc.as_of(seen)
    assert set(past.view().members) == {"alice"}
    assert set(doc.view().members) == {"alice", "bob"}
    assert doc.heads() != seen


# --- occurrences ----------------------------------------------------------------------------------------------


def _weekly(**kw: object) -> Event:
    # Thursdays 19:00 London time, from 2026-10-01 (summer time) across the clock change of 2026-10-25.
    start = dt.datetime(2026, 10, 1, 18, 0, tzinfo=dt.UTC)
    base: dict[str, object] = {
        "starts_at": start,
        "ends_at": start + dt.timedelta(hours=2),
        "recurrence": Recurrence(Frequency.WEEKLY),
    }
    return event("weekly", **(base | kw))


def test_a_weekly_event_keeps_its_wall_clock_time_across_a_clock_change() -> None:
    found = _weekly().occurrences(
        dt.datetime(2026, 10, 20, tzinfo=dt.UTC), dt.datetime(2026, 11, 3, tzinfo=dt.UTC)
    )
    assert found == [
        dt.datetime(2026, 10, 22, 18, 0, tzinfo=dt.UTC),  # 19:00 BST
        dt.datetime(2026, 10, 29, 19, 0, tzinfo=dt.UTC),  # 19:00 GMT
    ]


def test_occurrences_stop_at_the_count_and_the_end_date() -> None:
    window = (dt.datetime(2026, 9, 1, tzinfo=dt.UTC), dt.datetime(2027, 1, 1, tzinfo=dt.UTC))
    assert len(_weekly(recurrence=Recurrence(Frequency.WEEKLY, count=3)).occurrences(*window)) == 3
    until = Recurrence(Frequency.WEEKLY, until=dt.date(2026, 10, 15))
    assert [o.day for o in _weekly(recurrence=until).occurrences(*window)] == [1, 8, 15]


def test_an_occurrence_under_way_at_the_start_of_the_window_counts() -> None:
    single = _weekly(recurrence=None)
    assert single.occurrences(
        single.starts_at + dt.timedelta(hours=1), single.ends_at + dt.timedelta(days=1)
    ) == [single.starts_at]
    assert single.occurrences(single.ends_at, single.ends_at + dt.timedelta(days=1)) == []


def test_a_monthly_event_on_the_31st_skips_shorter_months() -> None:
    start = dt.datetime(2027, 1, 31, 10, 0, tzinfo=dt.UTC)
    monthly = event(
        "m",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=1),
        time_zone="UTC",
        recurrence=Recurrence(Frequency.MONTHLY),
    )
    found = monthly.occurrences(start, dt.datetime(2027, 6, 1, tzinfo=dt.UTC))
    assert [o.month for o in found] == [1, 3, 5]


def test_a_long_running_daily_series_is_not_walked_from_its_beginning() -> None:
    start = dt.datetime(2000, 1, 1, 8, 0, tzinfo=dt.UTC)
    daily = event(
        "d",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=1),
        time_zone="UTC",
        recurrence=Recurrence(Frequency.DAILY, interval=3),
    )
    found = daily.occurrences(
        dt.datetime(2026, 12, 7, tzinfo=dt.UTC), dt.datetime(2026, 12, 14, tzinfo=dt.UTC)
    )
    assert all((o - start).days % 3 == 0 for o in found)
    assert len(found) in (2, 3)
