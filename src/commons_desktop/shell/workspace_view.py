"""After unlock: a sidebar to move between screens, and the screen itself."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.screen import Screen, ScreenContext, ScreenSpec
from commons_desktop.widgets.screen_layout import styled_label

NUMBERED = 9  # screens reached with Ctrl+digit; every screen with Ctrl+Page Down / Page Up


class WorkspaceView(QWidget):
    """The screens of commons_desktop.screens, built from that list: the workspace names none of them."""

    def __init__(
        self,
        context: ScreenContext,
        screens: Sequence[ScreenSpec],
        session_actions: list[QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._screens: dict[str, Screen] = {}  # by name, in sidebar order
        self._rows: dict[str, int] = {}
        self._titles: dict[str, str] = {}  # translated, without a count
        self.pages = QStackedWidget()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Screens"))
        self.sidebar.setToolTip(
            self.tr(
                "Move between screens (Ctrl+1 to Ctrl+{last}; Ctrl+Page Down and Ctrl+Page Up for the next and "
                "the previous)"
            ).format(last=min(len(screens), NUMBERED))
        )
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        for number, spec in enumerate(screens, start=1):
            page = spec.factory(context)
            if not isinstance(page, QWidget):
                raise TypeError(f"the {spec.name!r} screen is not a QWidget")
            self._screens[spec.name] = page
            self._rows[spec.name] = number - 1
            title = self.tr(spec.title)  # marked for lupdate in screens.py, in this class's context
            self._titles[spec.name] = title
            item = QListWidgetItem(title, self.sidebar)
            self.pages.addWidget(page)
            if number <= NUMBERED:  # Ctrl+1 … Ctrl+9: a digit key each
                item.setToolTip(self.tr("{screen} (Ctrl+{n})").format(screen=title, n=number))
                QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda row=number - 1: self.show_page(row))
        count = len(screens)
        QShortcut(
            QKeySequence("Ctrl+PgDown"), self, lambda: self.show_page((self.pages.currentIndex() + 1) % count)
        )
        QShortcut(
            QKeySequence("Ctrl+PgUp"), self, lambda: self.show_page((self.pages.currentIndex() - 1) % count)
        )

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
        side_panel.setFixedWidth(self._sidebar_width())
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_panel.setAutoFillBackground(True)
        side_panel.setBackgroundRole(QPalette.ColorRole.AlternateBase)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side_panel)
        layout.addWidget(self.pages, 1)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.show_page(0)

        context.events.sig_screen_requested.connect(self.open_screen)
        context.events.sig_screen_count_changed.connect(self.set_count)

    def _sidebar_width(self) -> int:
        """190 px, or wider when a screen's name with a count ("Needs review (12)") needs it in this language."""
        font = QFont(self.sidebar.font())
        font.setPointSize(11)  # the style sheet's size for the sidebar (theme.py)
        metrics = QFontMetrics(font)
        longest = max(
            (metrics.horizontalAdvance(f"{title} (99)") for title in self._titles.values()), default=0
        )
        return max(190, longest + 2 * 18 + 8)  # the items' padding (theme.py), and a little air

    def show_page(self, row: int) -> None:
        self.sidebar.setCurrentRow(row)

    def open_screen(self, name: str) -> None:
        """Show a screen by its name in the registry ("home", "plan", …); other names are ignored."""
        if name in self._rows:
            self.show_page(self._rows[name])
            page = self.pages.currentWidget()
            if page is not None:
                page.setFocus()

    def set_count(self, name: str, count: int) -> None:
        """Show *count* beside a screen's sidebar entry ("Needs review (3)"); none when it is 0."""
        item = self.sidebar.item(self._rows[name]) if name in self._rows else None
        if item is None:
            return
        title = self._titles[name]
        text = self.tr("{screen} ({count})").format(screen=title, count=count) if count > 0 else title
        item.setText(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def screen_named(self, name: str) -> Screen:
        """The screen of this name (KeyError if the registry has none)."""
        return self._screens[name]

    def set_profile(self, label: str, guest: bool) -> None:
        if guest:
            self.profile_label.setText(self.tr("Guest session: everything is wiped when it ends."))
        else:
            self.profile_label.setText(self.tr("Profile: {name}").format(name=label or self.tr("unnamed")))

    def load(self) -> None:
        for screen in self._screens.values():
            screen.load()

    def clear(self) -> None:
        """Drop everything personal from the widgets (on lock)."""
        for screen in self._screens.values():
            screen.clear()
        self.profile_label.clear()
        self.show_page(0)
