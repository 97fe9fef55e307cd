"""After unlock: a sidebar to move between screens, and the screen itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.features.checkin.checkin_view import CheckInView
from commons_desktop.features.contributions.contributions_view import ContributionsView
from commons_desktop.features.home.home_view import HomeView
from commons_desktop.features.plan.plan_view import PlanView
from commons_desktop.features.support.support_view import SupportView
from commons_desktop.ops import StoreRunner
from commons_desktop.widgets.screen_layout import styled_label


class WorkspaceView(QWidget):
    sig_about_requested = Signal()
    sig_need_support = Signal()  # "I need support" was pressed (the controller asks the sync service)

    def __init__(
        self, runner: StoreRunner, session_actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.home_view = HomeView(runner)
        self.plan_view = PlanView(runner)
        self.checkin_view = CheckInView(runner)
        self.contributions_view = ContributionsView(runner)
        self.support_view = SupportView(runner)  # the controller gives it the sync service (set_sync)
        screens: list[tuple[str, str, QWidget]] = [
            ("home", self.tr("Home"), self.home_view),
            ("plan", self.tr("Plan"), self.plan_view),
            ("checkin", self.tr("Check-in"), self.checkin_view),
            ("contributions", self.tr("Contributions"), self.contributions_view),
            ("support", self.tr("Support"), self.support_view),
        ]
        self._rows = {name: row for row, (name, _, _) in enumerate(screens)}
        self.pages = QStackedWidget()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Screens"))
        self.sidebar.setToolTip(
            self.tr("Move between screens (Ctrl+1 to Ctrl+{last})").format(last=len(screens))
        )
        self.sidebar.setFixedWidth(190)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        for number, (_, title, page) in enumerate(screens, start=1):
            item = QListWidgetItem(title, self.sidebar)
            item.setToolTip(self.tr("{screen} (Ctrl+{n})").format(screen=title, n=number))
            self.pages.addWidget(page)
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda row=number - 1: self.show_page(row))

        self.profile_label = styled_label("", "muted", wrap=True)
        self.profile_label.setContentsMargins(18, 0, 12, 0)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 12)
        side.setSpacing(6)
        side.addWidget(self.sidebar, 1)
        side.addWidget(self.profile_label)
        self.session_buttons: list[QToolButton] = []
        for action in session_actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(150)
            button.setAccessibleName(action.text().replace("&", ""))
            side.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.session_buttons.append(button)
            # A tool button stays visible when its action is hidden; follow the action.
            action.changed.connect(lambda b=button, a=action: b.setVisible(a.isVisible()))
            button.setVisible(action.isVisible())
        side_panel = QWidget()
        side_panel.setObjectName("sidePanel")
        side_panel.setLayout(side)
        side_panel.setFixedWidth(190)
        side_panel.setAutoFillBackground(True)
        side_panel.setBackgroundRole(QPalette.ColorRole.AlternateBase)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side_panel)
        layout.addWidget(self.pages, 1)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.show_page(0)

        self.home_view.sig_open.connect(self.open_screen)
        for changed in (
            self.checkin_view.sig_checkin_saved,
            self.plan_view.sig_plan_changed,
            self.contributions_view.sig_contributions_changed,
            self.support_view.sig_supporters_changed,
        ):
            changed.connect(self.home_view.load)
        self.plan_view.sig_plan_changed.connect(self.support_view.plan_changed)  # previews and shares follow

    def show_page(self, row: int) -> None:
        self.sidebar.setCurrentRow(row)

    def open_screen(self, name: str) -> None:
        """Show a screen by name ("home", "plan", "checkin", "support", …); "about" asks the window for About."""
        if name == "about":
            self.sig_about_requested.emit()
        elif name == "need-support":
            self.sig_need_support.emit()
        elif name in self._rows:
            self.show_page(self._rows[name])
            page = self.pages.currentWidget()
            if page is not None:
                page.setFocus()

    def set_profile(self, label: str, guest: bool) -> None:
        if guest:
            self.profile_label.setText(self.tr("Guest session: everything is wiped when it ends."))
        else:
            self.profile_label.setText(self.tr("Profile: {name}").format(name=label or self.tr("unnamed")))

    def load(self) -> None:
        self.home_view.load()
        self.plan_view.load()
        self.checkin_view.load()
        self.contributions_view.load()
        self.support_view.load()

    def clear(self) -> None:
        """Drop everything personal from the widgets (on lock)."""
        self.home_view.clear()
        self.plan_view.clear()
        self.checkin_view.clear()
        self.contributions_view.clear()
        self.support_view.clear()
        self.profile_label.clear()
        self.show_page(0)
