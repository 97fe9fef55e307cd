"""What the chosen supporter may see: a tick for each section of the plan, and a button to save the choice."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from commons_desktop.labels import crisis_plan_heading, section_short_title, section_title
from commons_desktop.widgets.screen_layout import styled_label
from store import PlanSection, Supporter


class SectionsChooser(QWidget):
    sig_save_requested = Signal()  # `checked()` holds the sections to store

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = styled_label("", "subheading")
        self.boxes: dict[PlanSection, QCheckBox] = {}
        # Two columns: the wellness plan's sections, then the crisis plan's under its own heading (with their
        # short titles, so the long "Crisis plan: …" names do not push the grid wider than the screen).
        grid = QGridLayout()
        row = 0
        for crisis in (False, True):
            sections = [s for s in PlanSection if s.is_crisis_plan == crisis]
            if crisis:
                heading = QLabel(crisis_plan_heading())
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                grid.addWidget(heading, row, 0, 1, 2)
                row += 1
            for n, section in enumerate(sections):
                box = QCheckBox(section_short_title(section))
                box.setAccessibleName(section_title(section))
                box.setToolTip(self.tr("Tick to let this supporter see this section"))
                self.boxes[section] = box
                grid.addWidget(box, row + n // 2, n % 2)
            row += (len(sections) + 1) // 2
        self.save_button = QPushButton(self.tr("&Save what they may see"))
        self.save_button.setAccessibleName(self.tr("Save what they may see"))
        self.save_button.setToolTip(self.tr("Store the ticked sections"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.save_button.clicked.connect(lambda: self.sig_save_requested.emit())
        self.show_supporter(None)

    def show_supporter(self, supporter: Supporter | None) -> None:
        """Tick what *supporter* may see now; with nobody chosen, nothing can be ticked or saved."""
        if supporter is None:
            self.title.setText(self.tr("What they may see"))
        else:
            self.title.setText(self.tr("What {name} may see").format(name=supporter.name))
        for section, box in self.boxes.items():
            box.setChecked(supporter is not None and section in supporter.sections)
            box.setEnabled(supporter is not None)
        self.save_button.setEnabled(supporter is not None)

    def checked(self) -> frozenset[PlanSection]:
        return frozenset(s for s, box in self.boxes.items() if box.isChecked())
