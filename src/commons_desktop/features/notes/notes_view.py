"""Notes: how many plan items there are (a scratch screen, to prove "Add a screen")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from commons_desktop.screen import ScreenContext
from commons_desktop.widgets.screen_layout import lay_out_screen, styled_label
from store import ProfileSession


def _count(session: ProfileSession) -> int:
    return sum(len(items) for items in session.plan.by_section().values())


class NotesView(QWidget):
    sig_loaded = Signal()

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = context.runner
        self.count_label = styled_label("", "muted")
        body = QVBoxLayout()
        body.addWidget(self.count_label)
        body.addStretch(1)
        lay_out_screen(self, self.tr("Notes"), self.tr("A scratch screen."), body)
        context.events.sig_plan_changed.connect(self.load)

    def load(self) -> None:
        self._runner.with_session(_count, self._show, owner=self)

    def clear(self) -> None:
        self.count_label.clear()

    def _show(self, count: int) -> None:
        self.count_label.setText(self.tr("%n plan item(s)", "", count))
        self.sig_loaded.emit()
