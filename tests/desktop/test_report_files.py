"""A funder report's files: what the person left out or kept to a total is absent from the PDF's text and the
CSV bytes (checked with canary member names), those who voted no are never named, charts print into the PDF,
and a folder that cannot be written to gets the reason and nothing written."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from commons_desktop.features.reports.report_charts import (
    chart_image,
    money_chart,
    progress_chart,
    update_money,
    update_progress,
)
from commons_desktop.features.reports.report_choices import Choices, Disclosure, default_choices
from commons_desktop.features.reports.report_files import (
    Chart,
    ReportHeading,
    write_csv_folder,
    write_pdf,
)
from commons_desktop.features.reports.report_tables import report_tables
from sync.community.funder_period import PeriodReport, period_report
from sync.community.ledger import check_ledger
from tests.desktop.test_crisis_pdf import poppler, run
from tests.sync.community.factories import DAY0, Community
from tests.sync.community.test_funder_period import NOW, YEAR, town  # noqa: F401 (a fixture)

CANARIES = {"ana": "Anacanary", "ben": "Bencanary", "cy": "Cycanary", "dee": "Deecanary"}


@pytest.fixture
def com() -> Community:
    return Community()


@pytest.fixture
def report(town: Community) -> PeriodReport:  # noqa: F811
    for member_id, name in CANARIES.items():
        town.members[member_id] = dataclasses.replace(town.members[member_id], name=name)
    view = town.view()
    return period_report(
        view, check_ledger(view, town.verifier), town.verifier, YEAR, now=NOW, with_payments=True
    )


def heading() -> ReportHeading:
    return ReportHeading("Elm Street", "Whole community", *YEAR, prepared_on=DAY0)


def written(qtbot, report: PeriodReport, choices: Choices, folder: Path) -> tuple[str, bytes]:
    """The PDF's text and every CSV file's bytes, for the report with *choices*."""
    tables = report_tables(report, choices)
    money, progress = money_chart(), progress_chart()
    qtbot.addWidget(money)
    qtbot.addWidget(progress)
    update_money(money, report)
    update_progress(progress, report)
    charts = [
        Chart("money", "Money", chart_image(money)),
        Chart("progress", "Progress", chart_image(progress)),
    ]
    pdf = folder / "report.pdf"
    write_pdf(pdf, heading(), tables, charts)
    text = run(poppler("pdftotext"), "-layout", pdf, "-")
    made = write_csv_folder(folder, heading(), tables)
    return text, b"".join(p.read_bytes() for p in sorted(made.iterdir()))


def test_by_default_no_member_is_named_in_either_file(qtbot, report: PeriodReport, tmp_path: Path) -> None:
    text, csv_bytes = written(qtbot, report, default_choices(), tmp_path)
    for name in CANARIES.values():
        assert name not in text
        assert name.encode() not in csv_bytes
    # What is public is there: the totals, the fridge's line, its confirmation.
    assert "Community fridge" in text
    assert b"Community fridge" in csv_bytes
    assert "150.00 EUR" in text  # the purse deposits, in the person's number format
    assert b"150.00 EUR" in csv_bytes
    assert "Wellbeing pulse" not in text  # left out by default
    assert sorted(p.name for p in (tmp_path / "Elm Street report 2025-03-01 to 2026-02-28").iterdir()) == [
        "circles.csv",
        "decisions.csv",
        "hours.csv",
        "hours_members.csv",
        "money.csv",
        "payments.csv",
        "progress.csv",
        "projects.csv",
        "stakeholders.csv",
    ]


def test_itemised_fields_name_members_but_never_those_who_voted_no(
    qtbot, report: PeriodReport, tmp_path: Path
) -> None:
    everything = {key: Disclosure.PUBLIC for key in default_choices()} | {"hours": Disclosure.TOTAL}
    text, csv_bytes = written(qtbot, report, everything, tmp_path)
    for name in CANARIES.values():
        assert name.encode() in csv_bytes  # each paid something: named in "who paid what"
    decisions = (tmp_path / "Elm Street report 2025-03-01 to 2026-02-28" / "decisions.csv").read_text(
        "utf-8-sig"
    )
    assert "Anacanary, Bencanary" in decisions  # voted yes
    assert "Cycanary" not in decisions  # voted no: counted, never named
    progress = (tmp_path / "Elm Street report 2025-03-01 to 2026-02-28" / "progress.csv").read_text(
        "utf-8-sig"
    )
    assert "Bencanary, Cycanary" in progress  # the verifiers who confirmed, now itemised
    assert "Bencanary" in text


def test_a_section_left_out_is_absent_and_its_names_with_it(
    qtbot, report: PeriodReport, tmp_path: Path
) -> None:
    choices = default_choices() | {
        "money": Disclosure.LEFT_OUT,
        "payments": Disclosure.PUBLIC,  # follows its section: left out too
        "progress": Disclosure.LEFT_OUT,
    }
    text, csv_bytes = written(qtbot, report, choices, tmp_path)
    assert "Money in and out" not in text.split("Money")[0]  # no money table title
    assert "Anacanary" not in text
    assert b"Anacanary" not in csv_bytes
    folder = tmp_path / "Elm Street report 2025-03-01 to 2026-02-28"
    assert not (folder / "payments.csv").exists()
    assert not (folder / "progress.csv").exists()


def test_the_charts_are_printed_into_the_pdf(qtbot, report: PeriodReport, tmp_path: Path) -> None:
    written(qtbot, report, default_choices(), tmp_path)
    images = run(poppler("pdfimages"), "-list", tmp_path / "report.pdf")
    assert len(images.strip().splitlines()) - 2 >= 2  # two header lines, then one line per image


def test_an_unwritable_place_gets_an_error_and_nothing_is_written(
    qtbot, report: PeriodReport, tmp_path: Path
) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x")
    tables = report_tables(report, default_choices())
    with pytest.raises(NotADirectoryError):
        write_pdf(blocker / "report.pdf", heading(), tables, [])
    with pytest.raises(NotADirectoryError):
        write_csv_folder(blocker, heading(), tables)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a file, not a folder"]
    assert dt.date.today()  # nothing else to clean up
