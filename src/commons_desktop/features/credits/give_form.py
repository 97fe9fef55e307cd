"""The "Give time credits" dialog: to whom, how many minutes, what for — with a warning before the giver's
limit and nothing sent beyond it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.widgets.screen_layout import named

__all__ = ["WARN_WITHIN", "GiveForm"]

WARN_WITHIN = 30  # minutes: closer than this to the limit, the screen and the form say so


class GiveForm(QDialog):
    """*people* are (member id, name) pairs to choose from; *can_give* the most the giver may give now."""

    def __init__(self, people: list[tuple[str, str]], can_give: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Give time credits"))
        self._can_give = can_give
        self.to = QComboBox()
        for member_id, name in people:
            self.to.addItem(name, member_id)
        named(self.to, self.tr("To"), self.tr("Who gave you their time"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, max(1, can_give))
        self.minutes.setSingleStep(15)
        self.minutes.setValue(min(60, max(1, can_give)))
        self.minutes.setSuffix(self.tr(" min"))
        named(self.minutes, self.tr("Minutes"), self.tr("How much time they gave, in minutes"))
        self.memo = QLineEdit()
        self.memo.setMaxLength(500)
        self.memo.setPlaceholderText(self.tr("For example: fixed my bike"))
        named(
            self.memo,
            self.tr("What for"),
            self.tr("A few words on what they did (everyone in the community sees it)"),
        )
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        named(self.warning, self.tr("Limit"), self.tr("How close this takes you to your limit"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Give"))
        named(ok, self.tr("Give"), self.tr("Send the time credits; they count once the receiver confirms"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, self.tr("Cancel"), self.tr("Close without giving anything"))
        form = QFormLayout()
        form.addRow(self.tr("To"), self.to)
        form.addRow(self.tr("Minutes"), self.minutes)
        form.addRow(self.tr("What for"), self.memo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.minutes.valueChanged.connect(self._warn)
        ok.setEnabled(can_give > 0 and bool(people))
        self._warn()

    def _warn(self) -> None:
        if self._can_give <= 0:
            self.warning.setText(
                self.tr("You have reached your limit: you can give again once someone gives you their time.")
            )
            return
        left = self._can_give - self.minutes.value()
        if left < WARN_WITHIN:
            self.warning.setText(
                self.tr(
                    "After this you can give %n more minute(s) until someone gives you their time.", "", left
                )
            )
        else:
            self.warning.setText(self.tr("The receiver confirms, and then it counts."))

    def choice(self) -> tuple[str, int, str]:
        """(member id, minutes, what for) as chosen."""
        return str(self.to.currentData()), self.minutes.value(), self.memo.text().strip()
