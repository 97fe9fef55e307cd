"""The community JSON format: exact round trips, and strict imports that list every problem with its path."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import pytest

from sync.community.demo import demo_view
from sync.community.errors import InvalidValueError
from sync.community.formats import FORMAT, VERSION, ImportProblems, export_json, import_json
from sync.community.model import (
    Asset,
    AssetKind,
    Choice,
    EntryKind,
    Event,
    Frequency,
    LendingCircle,
    Location,
    Member,
    NeedOrOffer,
    Project,
    Proposal,
    PulseRound,
    Recurrence,
    Role,
    Side,
)
from sync.community.signed import CREDIT_UNIT, LedgerEntry, Vote
from sync.community.view import CommunityView, Problem
from sync.identity import DeviceSigner

TODAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def view() -> CommunityView:
    return demo_view(TODAY)


@pytest.fixture
def doc(view: CommunityView) -> dict[str, Any]:
    """A fresh, editable copy of the demo's export."""
    parsed: dict[str, Any] = json.loads(export_json(view))
    return parsed


def problems_of(text: str | bytes, **kwargs: Any) -> dict[str, str]:
    with pytest.raises(ImportProblems) as caught:
        import_json(text, **kwargs)
    return {p.path: p.message for p in caught.value.problems}


def problems_in(doc: dict[str, Any]) -> dict[str, str]:
    return problems_of(json.dumps(doc))


# --- round trips --------------------------------------------------------------------------------------------


def test_demo_round_trips_to_an_equal_view(view: CommunityView) -> None:
    text = export_json(view)
    again = import_json(text)
    assert again == view
    assert export_json(again) == text  # and the export is deterministic


def test_edge_values_round_trip() -> None:
    signer = DeviceSigner.generate()
    at = dt.datetime(2026, 3, 29, 0, 59, 59, 123456, tzinfo=dt.UTC)
    member = Member("m1", "Zoë “Zed” Ōtsuka 🌱", Role.ADMIN, (signer.device_id.hex,), at)
    other = Member("m2", "Bob", Role.MEMBER, (), at)
    credit = EntryKind.CREDIT_TRANSFER
    view = CommunityView(
        name="Ünïcode & <things>",
        members={"m1": member, "m2": other},
        assets={
            "a1": Asset("a1", AssetKind.NATURAL, "Pond", "m1", location=Location(-89.999999, 179.123456789)),
            "a2": Asset("a2", AssetKind.HUMAN, "Knows Welsh", "m2", description="Line one\nline two\ttab"),
        },
        needs_offers={
            "n1": NeedOrOffer("n1", Side.NEED, "Childcare", "North End", "Saturday mornings", "m1")
        },
        events={
            "e1": Event("e1", "Walk", at, at + dt.timedelta(hours=1), "Asia/Kolkata", "m1"),
            "e2": Event(
                "e2",
                "Yoga",
                at,
                at,
                "UTC",
                "m2",
                recurrence=Recurrence(Frequency.MONTHLY, interval=2, count=10),
            ),
            "e3": Event(
                "e3",
                "Choir",
                at,
                at,
                "UTC",
                "m2",
                recurrence=Recurrence(Frequency.DAILY, until=dt.date(2027, 1, 1)),
            ),
        },
        credit_limits={"m1": 0, "m2": 1_000_000},
        ledger=(
            LedgerEntry("l1", credit, "m1", signer.device_id.hex, 30, CREDIT_UNIT, at, counterparty="m2"),
            LedgerEntry(
                "l2", credit, "m1", signer.device_id.hex, 10**12, CREDIT_UNIT, at, counterparty="m2", memo="="
            ).signed_by(signer),
            # A forged copy reusing an id stays in the ledger (check_ledger lists it for review), so in the file.
            LedgerEntry("l1", credit, "m2", "1" * 64, 999, CREDIT_UNIT, at, counterparty="m1"),
        ),
        votes=(Vote("v1", "p-gone", "m2", "0" * 64, Choice.ABSTAIN, at),),
        problems=(Problem("ledger/x", "unreadable: a Counter value"),),
    )
    assert import_json(export_json(view)) == view


def test_empty_community_round_trips() -> None:
    view = CommunityView(name="Nobody yet")
    assert import_json(export_json(view)) == view
    assert import_json(export_json(view).encode()) == view  # bytes are read as UTF-8


def test_export_writes_the_documented_forms(view: CommunityView, doc: dict[str, Any]) -> None:
    assert doc["format"] == FORMAT == "commons-community"
    assert doc["version"] == VERSION == 1
    entry = doc["ledger"][0]
    assert isinstance(entry["amount_minor"], int)
    assert entry["at"].endswith("Z")
    assert len(entry["at"]) == len("2026-11-24T18:30:00.000000Z")
    assert len(entry["signature"]) == 128
    assert entry["signature"] == entry["signature"].lower()
    assert doc["projects"][0]["repay_by"] == view.projects[doc["projects"][0]["id"]].repay_by.isoformat()
    for name, kind in (
        ("members", Member),
        ("assets", Asset),
        ("needs_offers", NeedOrOffer),
        ("events", Event),
        ("projects", Project),
        ("circles", LendingCircle),
        ("proposals", Proposal),
        ("pulse_rounds", PulseRound),
        ("ledger", LedgerEntry),
        ("votes", Vote),
    ):
        assert doc[name], name
        for obj in doc[name]:
            assert list(obj) == [f.name for f in dataclasses.fields(kind)], name  # every field, model order


# --- header, size and syntax ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"format": "something-else"}, "$.format"),
        ({"version": 2}, "$.version"),
        ({"version": "1"}, "$.version"),
        ({"version": True}, "$.version"),
        ({"version": 1.0}, "$.version"),
    ],
)
def test_foreign_or_newer_files_are_refused_up_front(
    doc: dict[str, Any], change: dict[str, Any], path: str
) -> None:
    doc.update(change)
    assert list(problems_in(doc)) == [path]


def test_the_size_cap_is_checked_before_parsing() -> None:
    not_even_json = "{" * 2000
    found = problems_of(not_even_json, max_bytes=1000)
    assert list(found) == ["$"]
    assert "larger than the limit" in found["$"]
    assert "larger than the limit" in problems_of(b"x" * 1001, max_bytes=1000)["$"]
    # Characters that take several bytes in UTF-8 count by their bytes.
    assert "larger than the limit" in problems_of('"' + "é" * 600 + '"', max_bytes=1000)["$"]


def test_the_default_cap_is_64_mib() -> None:
    from sync.community.formats import MAX_BYTES

    assert MAX_BYTES == 64 * 1024 * 1024


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "not valid JSON"),
        ('{"format": ', "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ("[]", "must be an object"),
        ("1" * 5000, "not valid JSON"),  # past Python's 4300-digit guard
    ],
)
def test_unparseable_text_is_one_problem_at_the_root(text: str, words: str) -> None:
    found = problems_of(text)
    assert list(found) == ["$"]
    assert words in found["$"]


def test_bytes_that_are_not_utf8_are_refused() -> None:
    assert "not UTF-8" in problems_of(b'{"name": "\xff"}')["$"]


# --- every problem, with its path ---------------------------------------------------------------------------


def test_a_file_with_many_problems_lists_every_one(doc: dict[str, Any]) -> None:
    member_id = doc["members"][0]["id"]
    doc["surprise"] = True
    doc["members"][0]["name"] = ""
    doc["members"][0]["role"] = "king"
    doc["members"][1]["nickname"] = "B"
    doc["members"].append(dict(doc["members"][3]))
    doc["assets"][1]["location"] = {"lat": 91, "lon": 500}
    doc["assets"][2]["title"] = "x" * 300
    doc["assets"][2]["category"] = "two\nlines"
    doc["assets"][3]["ratings"] = {"Not An Id": 3}
    doc["events"][0]["ends_at"] = "2000-01-01T00:00:00Z"
    doc["events"][1]["recurrence"] = {"frequency": "weekly", "interval": 0, "count": 3, "until": "2027-01-01"}
    doc["projects"][0]["reports"][1]["value"] = -1
    doc["projects"][0]["stakes_offered"] = 1.0
    doc["circles"][0]["member_ids"] = [member_id]
    del doc["proposals"][0]["quorum"]
    doc["pulse_rounds"][0]["roster"] = "everyone"
    doc["credit_limits"]["zz"] = -5
    doc["credit_limits"]["yy"] = 1_000_001  # the document's limit: 1,000,000 minutes
    doc["ledger"][0]["amount_minor"] = 2**60
    doc["ledger"][1]["signature"] = "ABC"
    doc["votes"][0]["cast_at"] = "2026-13-01T00:00:00Z"
    found = problems_in(doc)
    assert set(found) == {
        "$.surprise",
        "$.members[0].name",
        "$.members[0].role",
        "$.members[1].nickname",
        "$.members[12].id",
        "$.assets[1].location.lat",
        "$.assets[1].location.lon",
        "$.assets[2].title",
        "$.assets[2].category",
        '$.assets[3].ratings["Not An Id"]',
        "$.events[0].ends_at",
        "$.events[1].recurrence.interval",
        "$.events[1].recurrence",
        "$.projects[0].reports[1].value",
        "$.projects[0].stakes_offered",
        "$.circles[0].member_ids",
        "$.proposals[0].quorum",
        "$.pulse_rounds[0].roster",
        "$.credit_limits.zz",
        "$.credit_limits.yy",
        "$.ledger[0].amount_minor",
        "$.ledger[1].signature",
        "$.votes[0].cast_at",
    }
    assert found["$.surprise"] == "is not a field of this format (unknown field)"
    assert found["$.proposals[0].quorum"] == "is missing"
    assert "used twice" in found["$.members[12].id"]
    assert "300 characters" in found["$.assets[2].title"]


def test_the_error_is_an_invalid_value_error_that_names_each_path(doc: dict[str, Any]) -> None:
    doc["members"][0]["name"] = 7
    doc["assets"][0]["kind"] = "magic"
    with pytest.raises(InvalidValueError) as caught:
        import_json(json.dumps(doc))
    error = caught.value
    assert isinstance(error, ImportProblems)
    assert error.total == 2
    text = str(error)
    assert "2 problems" in text
    assert "$.members[0].name: must be text, not a number" in text
    assert "$.assets[0].kind: must be one of natural, human, built, industrial" in text


def test_unknown_fields_are_rejected_at_every_level(doc: dict[str, Any]) -> None:
    doc["assets"][0]["location"] = {"lat": 1, "lon": 2, "alt": 3}
    doc["events"][0]["recurrence"] = {
        "frequency": "daily",
        "interval": 1,
        "count": None,
        "until": None,
        "x": 1,
    }
    doc["projects"][0]["reports"][0]["weird key"] = 1
    doc["ledger"][0]["extra"] = None
    assert set(problems_in(doc)) == {
        "$.assets[0].location.alt",
        "$.events[0].recurrence.x",
        '$.projects[0].reports[0]["weird key"]',
        "$.ledger[0].extra",
    }


def test_duplicate_keys_are_reported(view: CommunityView) -> None:
    text = export_json(view).replace('"name": "Ada Okafor",', '"name": "Ada Okafor", "name": "Eve",', 1)
    assert problems_of(text) == {"$.members[0].name": "appears twice in the same object"}


@pytest.mark.parametrize(
    ("collection", "field", "value", "words"),
    [
        ("members", "name", None, "must be text, not null"),
        ("members", "device_ids", "abc", "must be a list, not text"),
        ("members", "joined_at", 1700000000, "must be a UTC date and time"),
        ("members", "joined_at", "2026-11-24T10:00:00+00:00", "must be a UTC date and time"),
        ("members", "joined_at", "2026-11-24 10:00:00Z", "must be a UTC date and time"),
        ("assets", "ratings", [], "must be an object, not a list"),
        ("assets", "location", [1, 2], "must be an object, not a list"),
        ("needs_offers", "open", 1, "must be true or false, not a number"),
        ("needs_offers", "asset_ids", "a1", "must be a list, not text"),
        ("projects", "target_value", True, "must be a whole number, not true or false"),
        ("projects", "target_value", "100", "must be a whole number, not text"),
        ("projects", "repay_by", "2026-2-1", "must be a date written YYYY-MM-DD"),
        ("projects", "repay_by", "2026-02-30", "is not a real date"),
        ("projects", "reports", {}, "must be a list, not an object"),
        ("ledger", "round", "1", "must be a whole number, not text"),
        ("votes", "choice", "maybe", "must be one of yes, no, abstain"),
    ],
)
def test_wrong_types_are_reported_with_their_path(
    doc: dict[str, Any], collection: str, field: str, value: object, words: str
) -> None:
    doc[collection][0][field] = value
    path = f"$.{collection}[0].{field}"
    found = problems_in(doc)
    assert path in found, found
    assert words in found[path]


def test_bad_items_in_lists_are_reported_each_with_its_index(doc: dict[str, Any]) -> None:
    doc["needs_offers"][0]["asset_ids"] = ["ok", 1, None]
    doc["members"][0]["device_ids"] = [7]
    found = problems_in(doc)
    assert found == {
        "$.needs_offers[0].asset_ids[1]": "must be text, not a number",
        "$.needs_offers[0].asset_ids[2]": "must be text, not null",
        "$.members[0].device_ids[0]": "must be text, not a number",
    }
    doc = {**doc, "needs_offers": [], "members": [{**doc["members"][1], "device_ids": ["ab"]}]}
    assert problems_in(doc) == {"$.members[0].device_ids[0]": "must be 64 lowercase hex digits (a device id)"}


def test_whole_collections_of_the_wrong_type(doc: dict[str, Any]) -> None:
    doc["members"] = {}
    doc["ledger"] = "none"
    doc["credit_limits"] = []
    doc["events"] = [1]
    found = problems_in(doc)
    assert found["$.members"] == "must be a list, not an object"
    assert found["$.ledger"] == "must be a list, not text"
    assert found["$.credit_limits"] == "must be an object, not a list"
    assert found["$.events[0]"] == "must be an object, not a number"


def test_huge_strings_are_reported_not_stored(doc: dict[str, Any]) -> None:
    doc["assets"][0]["description"] = "a" * 1_000_000
    doc["name"] = "n" * 500
    found = problems_in(doc)
    assert found["$.assets[0].description"] == "is 1000000 characters long; the limit is 4000"
    assert "limit is 120" in found["$.name"]


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_numbers_are_refused(view: CommunityView, literal: str) -> None:
    doc = json.loads(export_json(view))
    first = next(i for i, a in enumerate(doc["assets"]) if a["location"] is not None)
    doc["assets"][first]["location"]["lat"] = "@"
    text = json.dumps(doc).replace('"lat": "@"', f'"lat": {literal}')
    found = problems_of(text)
    assert found == {f"$.assets[{first}].location.lat": f"must be a finite number, not {literal}"}


@pytest.mark.parametrize("value", [2**53, -(2**53), 10**18, 2**63, 2**64 + 1])
def test_integers_beyond_2_to_the_53_are_refused(doc: dict[str, Any], value: int) -> None:
    doc["ledger"][0]["amount_minor"] = value
    doc["credit_limits"]["zz"] = value
    found = problems_in(doc)
    assert "2^53" in found["$.ledger[0].amount_minor"]
    assert "2^53" in found["$.credit_limits.zz"]


def test_largest_safe_values_pass_the_json_checks_and_then_the_model_range(doc: dict[str, Any]) -> None:
    doc["ledger"][0]["amount_minor"] = 2**53 - 1
    assert problems_in(doc) == {"$.ledger[0].amount_minor": "must be between 1 and 1000000000000"}


def test_a_listing_of_thousands_of_problems_is_capped_but_counted(view: CommunityView) -> None:
    doc = {"format": FORMAT, "version": VERSION, "name": "Big", "members": [{"id": 1}] * 2000}
    with pytest.raises(ImportProblems) as caught:
        import_json(json.dumps(doc))
    error = caught.value
    assert error.total > 2000 * 4
    assert len(error.problems) == 1000
    assert f"and {error.total - 1000} more" in str(error)


# --- the documented signing vectors ----------------------------------------------------------------------


def test_the_signing_vectors_in_the_docs_match_signed_py() -> None:
    from pathlib import Path

    docs = (Path(__file__).parents[3] / "docs" / "community-format.md").read_text(encoding="utf-8")
    signer = DeviceSigner.from_private_bytes(bytes(range(32)))
    entry = LedgerEntry(
        "e1", EntryKind.CREDIT_TRANSFER, "ada", signer.device_id.hex, 90, CREDIT_UNIT,
        dt.datetime(2026, 11, 24, 18, 30, tzinfo=dt.UTC), counterparty="bartek",
        memo="Translating a letter — thanks!",
    ).signed_by(signer)  # fmt: skip
    vote = Vote(
        "v1",
        "p1",
        "ada",
        signer.device_id.hex,
        Choice.YES,
        dt.datetime(2026, 11, 24, 18, 31, 5, 250000, tzinfo=dt.UTC),
    ).signed_by(signer)
    for text in (signer.public_key.hex(), signer.device_id.hex, entry.signature.hex(), vote.signature.hex()):
        assert text in docs
    for record in (entry, vote):
        assert "```text\n" + record.signing_bytes().decode("utf-8") + "\n```" in docs


def test_a_huge_unknown_key_is_shortened_in_its_path(doc: dict[str, Any]) -> None:
    doc["members"][0]["k" * 100_000] = 1
    (path,) = problems_in(doc)
    assert path == '$.members[0]["' + "k" * 79 + '…"]'


def test_lone_surrogates_are_not_text(view: CommunityView) -> None:
    text = export_json(view).replace('"name": "Ada Okafor"', '"name": "Ada \\ud800"', 1)
    assert problems_of(text) == {
        "$.members[0].name": "contains half of a UTF-16 surrogate pair, which is not text"
    }


def test_a_members_choice_to_show_their_circles_round_trips_and_older_files_mean_no(
    view: CommunityView,
) -> None:
    member = next(iter(view.members.values()))
    shown = dataclasses.replace(
        view, members={**view.members, member.id: dataclasses.replace(member, shows_circles=True)}
    )
    assert import_json(export_json(shown)).members[member.id].shows_circles
    doc = json.loads(export_json(shown))
    for record in doc["members"]:
        record.pop("shows_circles")  # a file written before the choice existed
    assert not any(m.shows_circles for m in import_json(json.dumps(doc)).members.values())
    doc["members"][0]["shows_circles"] = "yes"
    assert any("shows_circles" in path for path in problems_in(doc))
