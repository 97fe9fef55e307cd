"""The Reports screen: a report for funders over a date range, for the whole community or one project — charts,
a preview of what the files will hold, the person's choice per field (public, only a total, left out), and
Export PDF… / Export CSV….

The counts come from the sync service (`ServiceClient.build_report`), judged by the rules every peer runs;
what leaves the computer is decided here, before anything is written (`report_choices`, `report_tables`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.community_state import CommunityState
from commons_desktop.features.reports.choice_table import ChoiceTable
from commons_desktop.features.reports.report_charts import (
    chart_image,
    money_caption,
    money_chart,
    progress_caption,
    progress_chart,
    update_money,
    update_progress,
)
from commons_desktop.features.reports.report_choices import Choices, Disclosure
from commons_desktop.features.reports.report_files import (
    Chart,
    ReportHeading,
    report_html,
    write_csv_folder,
    write_pdf,
)
from commons_desktop.features.reports.report_tables import effective, report_tables
from commons_desktop.labels import money
from commons_desktop.screen import ScreenContext
from commons_desktop.service.values import FunderReportData
from commons_desktop.widgets.community_picker import CommunityPicker, not_showing
from commons_desktop.widgets.printed import ask_pdf_path
from commons_desktop.widgets.screen_layout import lay_out_screen, named, styled_label
from commons_desktop.widgets.when_shown import WhenShown
from sync.engine import DocumentChanged

__all__ = ["SCREEN", "ReportsView"]

SCREEN = "reports"


class ReportsView(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = context.sync
        self._state: CommunityState | None = None
        self.data: FunderReportData | None = None
        self._asked: tuple[str, dt.date, dt.date, str, bool] | None = None
        self._data_payments = False  # whether self.data lists each money entry (asked only when itemised)
        self._build_controls()
        self._build_charts()
        self.choice_table = ChoiceTable()
        self.choice_table.sig_choices_changed.connect(self._chosen)
        self.preview = QTextBrowser()
        named(self.preview, self.tr("What the files will hold"), self.tr("The report as it will be exported"))
        self.summary = styled_label("", "subheading", wrap=True)
        self.status = styled_label("", "muted", wrap=True)
        named(self.status, self.tr("Result"), self.tr("What happened to what you last did"))
        # A busy sync changes the document often: count once it settles, and only while the screen shows (the
        # report, its charts and its preview cost the Qt thread a redraw each).
        self._refresher = WhenShown(self, self.refresh, delay_ms=400)
        lay_out_screen(
            self,
            self.tr("Reports for funders"),
            self.tr(
                "What the community raised, spent, repaid and achieved over a period, from its signed ledger."
                " Choose what goes into the files before you export them: nobody is named unless you say so."
            ),
            self._body(),
        )
        self.community_choice.sig_chosen.connect(self.show_community)
        if self._service is not None:
            self._service.sig_event.connect(self._sync_event)

    # --- building -------------------------------------------------------------------------------------------

    def _build_controls(self) -> None:
        self.community_choice = CommunityPicker(self._service, self.tr("Which community to report on"))
        self.scope = QComboBox()
        named(self.scope, self.tr("Scope"), self.tr("The whole community, or one project"))
        today = QDate.currentDate()
        self.start_edit = _date_edit(today.addYears(-1).addDays(1))
        named(self.start_edit, self.tr("From"), self.tr("The first day the report covers"))
        self.end_edit = _date_edit(today)
        named(self.end_edit, self.tr("To"), self.tr("The last day the report covers"))
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(self._schedule)
        self.scope.currentIndexChanged.connect(self._schedule)
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        named(self.pdf_button, self.tr("Export PDF"), self.tr("Save the report, with its charts, as a PDF"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        named(
            self.csv_button,
            self.tr("Export CSV"),
            self.tr("Save the report's tables as CSV files, one per table, in a new folder"),
        )
        self.pdf_button.clicked.connect(self.export_pdf)
        self.csv_button.clicked.connect(self.export_csv)

    def _build_charts(self) -> None:
        self.money_plot = money_chart()
        named(self.money_plot, self.tr("Money per month"), self.tr("Money in and out per month"))
        self.progress_plot = progress_chart()
        named(self.progress_plot, self.tr("Progress"), self.tr("Progress toward each project's target"))

    def _body(self) -> QVBoxLayout:
        top = QHBoxLayout()
        top.addWidget(self.community_choice)
        for label, widget in (
            (self.tr("Scope:"), self.scope),
            (self.tr("From:"), self.start_edit),
            (self.tr("To:"), self.end_edit),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            top.addWidget(caption)
            top.addWidget(widget)
        top.addStretch(1)
        charts = QWidget()
        chart_column = QVBoxLayout(charts)
        chart_column.setContentsMargins(0, 0, 0, 0)
        chart_column.addWidget(self.money_plot, 1)
        chart_column.addWidget(styled_label(money_caption(), "muted", wrap=True))
        chart_column.addWidget(self.progress_plot, 1)
        chart_column.addWidget(styled_label(progress_caption(), "muted", wrap=True))
        side = QWidget()
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.addWidget(styled_label(self.tr("What goes into the files"), "subheading"))
        side_column.addWidget(self.choice_table, 3)
        side_column.addWidget(styled_label(self.tr("Preview"), "subheading"))
        side_column.addWidget(self.preview, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(charts)
        split.addWidget(side)
        split.setSizes([520, 480])
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.csv_button)
        body = QVBoxLayout()
        body.addLayout(top)
        body.addWidget(self.summary)
        body.addWidget(split, 1)
        body.addLayout(buttons)
        return body

    # --- screen -----------------------------------------------------------------------------------------------

    def load(self) -> None:
        self.community_choice.reload()

    def clear(self) -> None:
        self.community_choice.forget()
        self.data = None
        self._data_payments = False
        self.status.clear()
        self._show()

    def show_community(self, state: CommunityState | None) -> None:
        if state is not self._state:
            self.data = None
            if self._state is not None:
                self._state.sig_loaded.disconnect(self._list_projects)
                self._state.sig_projects_changed.disconnect(self._list_projects)
            self._state = state
            if state is not None:
                state.sig_loaded.connect(self._list_projects)
                state.sig_projects_changed.connect(self._list_projects)
        self._list_projects()
        self._show()

    def _list_projects(self) -> None:
        chosen = self.scope.currentData()
        projects = (
            sorted(self._state.projects.values(), key=lambda p: (p.title.casefold(), p.id))
            if self._state
            else []
        )
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("Whole community"), "")
        for project in projects:
            self.scope.addItem(project.title, project.id)
        found = self.scope.findData(chosen)
        self.scope.setCurrentIndex(max(0, found))
        self.scope.blockSignals(False)
        self._schedule()

    def _sync_event(self, event: object) -> None:
        space = self.community_choice.space
        if isinstance(event, DocumentChanged) and space is not None and event.space_id.hex() == space:
            self._schedule()

    def _schedule(self) -> None:
        self._refresher.request()

    def period(self) -> tuple[dt.date, dt.date]:
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()  # type: ignore[return-value]

    def refresh(self) -> None:
        """Ask the service for the report of the chosen community, range and scope."""
        space = self.community_choice.space
        start, end = self.period()
        if end < start:
            self.data = None
            self.status.setText(
                self.tr("The range ends before it starts: choose an end on or after the start.")
            )
            self._show()
            return
        if self._service is None or space is None or not self._service.running:
            return
        project = str(self.scope.currentData() or "")
        payments = self._needs_payments()
        self._asked = (space, start, end, project, payments)
        self._service.build_report(
            space,
            start,
            end,
            project,
            on_done=lambda data: self._take(data, payments),
            on_failed=self.status.setText,
            payments=payments,
            owner=self,
        )

    def _needs_payments(self) -> bool:
        """Who paid what crosses from the service only when the person chose to itemise it."""
        return effective(self.choices, "payments") is Disclosure.PUBLIC

    def _take(self, data: FunderReportData, payments: bool) -> None:
        report = data.report
        if (data.space, report.start, report.end, report.project_id, payments) != self._asked:
            return  # an answer to an earlier question
        self.data = data
        self._data_payments = payments
        if self.status.text().startswith(self.tr("The range ends")):
            self.status.clear()
        self._show()

    # --- showing ----------------------------------------------------------------------------------------------

    def _show(self) -> None:
        data = self.data
        report = data.report if data is not None else None
        update_money(self.money_plot, report)
        update_progress(self.progress_plot, report)
        absent = not_showing(self._service, self._state)
        if data is None:
            self.summary.setText(absent or self.tr("Choose a range to see the report."))
            self.preview.clear()
        else:
            self.summary.setText(self._summary_text(data))
            self._show_preview()
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(data is not None and not data.report.empty)

    def _summary_text(self, data: FunderReportData) -> str:
        report = data.report
        if report.empty:
            return self.tr("Nothing happened in this range: choose another one to export a report.")
        money_in: dict[str, int] = {}
        money_out: dict[str, int] = {}
        for flow in report.money:
            side = money_in if flow.money_in else money_out
            side[flow.currency] = side.get(flow.currency, 0) + flow.amount_minor
        if not money_in and not money_out:
            return self.tr("No money moved in this range.")
        return self.tr("Money in: {money_in}. Money out: {money_out}.").format(
            money_in=_amounts(money_in) or "—", money_out=_amounts(money_out) or "—"
        )

    def heading(self) -> ReportHeading | None:
        data = self.data
        if data is None:
            return None
        report = data.report
        scope = self.tr("Whole community")
        if report.project_id and self._state is not None and report.project_id in self._state.projects:
            scope = self._state.projects[report.project_id].title
        return ReportHeading(
            report.community, scope, report.start, report.end, data.prepared_at.astimezone().date()
        )

    def _show_preview(self) -> None:
        heading = self.heading()
        if heading is None or self.data is None:
            return
        tables = report_tables(self.data.report, self.choices)
        self.preview.setHtml(report_html(heading, tables))

    @property
    def choices(self) -> Choices:
        return self.choice_table.choices

    def set_choice(self, key: str, disclosure: Disclosure) -> None:
        """Choose *disclosure* for *key*, as the person would in the table."""
        self.choice_table.set_choice(key, disclosure)

    def _chosen(self) -> None:
        if self._needs_payments() and not self._data_payments:
            self._schedule()  # ask again, this time with each money entry
        self._show_preview()

    def ready_to_export(self) -> bool:
        """The report is in, has something in it, and holds every line the choices itemise."""
        data = self.data
        return (
            data is not None and not data.report.empty and (self._data_payments or not self._needs_payments())
        )

    def export_pdf(self) -> Path | None:
        heading, data = self.heading(), self.data
        if heading is None or data is None or not self._may_export():
            return None
        name = self.tr("{community} report.pdf").format(community=heading.community)
        path = ask_pdf_path(self, self.tr("Export the report as a PDF"), name)
        if path is None:
            return None
        try:
            write_pdf(path, heading, report_tables(data.report, self.choices), self.printed_charts())
        except OSError as error:
            self.status.setText(
                self.tr(
                    "Could not save the PDF to {path} ({reason}). Nothing was written: choose another folder."
                ).format(path=path, reason=error.strerror or error)
            )
            return None
        self.status.setText(
            self.tr(
                "Saved the report to {path}. The file is not encrypted: share it only as you chose."
            ).format(path=path)
        )
        return path

    def _may_export(self) -> bool:
        """True when the export may go ahead; otherwise say why not."""
        if self.ready_to_export():
            return True
        if self.data is not None and self.data.report.empty:
            self.status.setText(self.tr("Nothing happened in this range, so there is nothing to export."))
        else:
            self.status.setText(self.tr("Still gathering who paid what: export again in a moment."))
        return False

    def printed_charts(self) -> list[Chart]:
        """The charts of the sections that go into the files, drawn offscreen for the page."""
        report = self.data.report if self.data is not None else None
        charts = []
        for key, title, make, update, caption in (
            ("money", self.tr("Money in and out per month"), money_chart, update_money, money_caption()),
            (
                "progress",
                self.tr("Progress toward each target"),
                progress_chart,
                update_progress,
                progress_caption(),
            ),
        ):
            if effective(self.choices, key) is Disclosure.LEFT_OUT:
                continue
            plot = make()
            update(plot, report)
            rows = len(report.progress) if report is not None and key == "progress" else 4
            charts.append(Chart(key, title, chart_image(plot, height=min(900, 300 + 120 * rows)), caption))
            plot.deleteLater()
        return charts

    def export_csv(self) -> Path | None:
        heading, data = self.heading(), self.data
        if heading is None or data is None or not self._may_export():
            return None
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the report's CSV files"), start or str(Path.home())
        )
        if not chosen:
            return None
        tables = report_tables(data.report, self.choices)
        try:
            made = write_csv_folder(Path(chosen), heading, tables)
        except OSError as error:
            self.status.setText(
                self.tr(
                    "Could not save the CSV files in {path} ({reason}). Nothing was written: choose another folder."
                ).format(path=chosen, reason=error.strerror or error)
            )
            return None
        self.status.setText(
            self.tr(
                "Saved %n CSV file(s) in {path}. They are not encrypted: share them only as you chose.",
                "",
                len(tables),
            ).format(path=made)
        )
        return made


def _date_edit(day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")  # as plain_date shows days, month names in the person's language
    return edit


def _amounts(amounts: dict[str, int]) -> str:
    return ", ".join(money(amount, currency) for currency, amount in sorted(amounts.items()))
