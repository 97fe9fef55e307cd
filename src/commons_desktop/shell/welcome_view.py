"""First run (and "create another profile"): name, passphrase twice with a strength meter, an import, a guest,
or a look around the demo town (in a guest session: nothing is kept)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.widgets.centered_page import CenteredPage
from commons_desktop.widgets.screen_layout import default_button, named, passphrase_edit, styled_label
from commons_desktop.widgets.strength_meter import StrengthMeter
from store import assess


class WelcomeView(CenteredPage):
    sig_create_requested = Signal(str, str)  # label, passphrase
    sig_guest_requested = Signal()
    sig_demo_requested = Signal()  # explore the demo town, in a guest session
    sig_back_requested = Signal()
    sig_import_requested = Signal()
    sig_receive_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self.language_combo = self.add_language_choice()
        heading = styled_label(self.tr("Welcome to Commons"), "heading", wrap=True)  # long in some languages
        intro = QLabel(
            self.tr(
                "Your plan and check-ins stay on this computer, encrypted with a passphrase only you know. "
                "There is no account and no copy anywhere else, so nobody can reset a forgotten passphrase."
            )
        )
        intro.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(60)
        self.name_edit.setPlaceholderText(self.tr("Optional, e.g. a nickname"))
        named(
            self.name_edit,
            self.tr("Name for the profile picker"),
            self.tr(
                "Shown on this computer before unlocking. Leave it empty or use a nickname if others use it too."
            ),
        )
        self.passphrase_edit = passphrase_edit(
            self.tr("Passphrase"),
            self.tr("At least 10 characters. A few unrelated words are easy to remember and hard to guess."),
        )
        self.repeat_edit = passphrase_edit(
            self.tr("Repeat passphrase"),
            self.tr("Type the passphrase again, to be sure it is the one you meant."),
        )
        self.show_check = QCheckBox(self.tr("Show passphrase"))
        named(
            self.show_check,
            self.tr("Show passphrase"),
            self.tr("Show the passphrase as you type it. Check nobody is looking first."),
        )
        self.meter = StrengthMeter()
        self.match_label = QLabel()
        self.match_label.setObjectName("error")
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        name_hint = styled_label(
            self.tr("Shown before unlocking, so a nickname is fine."), "muted", wrap=True
        )
        name_box = QVBoxLayout()
        name_box.setSpacing(3)
        name_box.addWidget(self.name_edit)
        name_box.addWidget(name_hint)
        name_label = QLabel(self.tr("&Name (optional)"))
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, name_box)
        form.addRow(self.tr("&Passphrase"), self.passphrase_edit)
        form.addRow(self.tr("&Repeat"), self.repeat_edit)
        form.addRow("", self.show_check)
        form.addRow(self.tr("Strength"), self.meter)
        form.addRow("", self.match_label)

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_label = QLabel(self.tr("Creating your encrypted profile…"))
        self.back_button = QPushButton(self.tr("&Back"))
        named(self.back_button, self.tr("Back"), self.tr("Back to unlocking an existing profile"))
        self.create_button = default_button(
            self.tr("&Create profile"),
            self.tr("Create profile"),
            self.tr(
                "Create an encrypted profile on this computer. Enabled once the passphrase is strong and repeated."
            ),
        )
        actions = QHBoxLayout()
        actions.addWidget(self.busy_bar)
        actions.addWidget(self.busy_label)
        actions.addStretch(1)
        actions.addWidget(self.back_button)
        actions.addWidget(self.create_button)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        guest_title = styled_label(self.tr("Just visiting?"), "subheading")
        guest_text = QLabel(
            self.tr(
                "A guest session needs no passphrase. Everything in it is wiped when you end the session."
            )
        )
        guest_text.setWordWrap(True)
        guest_text.setObjectName("muted")
        self.guest_button = QPushButton(self.tr("Start a &guest session"))
        named(
            self.guest_button,
            self.tr("Start a guest session"),
            self.tr(
                "Use Commons once without keeping anything: the guest profile is wiped when the session ends."
            ),
        )
        import_text = styled_label(
            self.tr("Already have a profile on another computer, or a backup file?"), "muted", wrap=True
        )
        self.import_button = QPushButton(self.tr("&Import a profile…"))
        named(
            self.import_button,
            self.tr("Import a profile"),
            self.tr("Open a profile saved to a file on this or another computer (a backup or a move)"),
        )
        self.receive_button = QPushButton(self.tr("Recei&ve from another computer…"))
        named(
            self.receive_button,
            self.tr("Receive from another computer"),
            self.tr("Bring your profile from your other computer on this network, with the code it shows"),
        )
        import_row = QHBoxLayout()
        import_row.addWidget(import_text, 1)
        import_row.addWidget(self.import_button)
        import_row.addWidget(self.receive_button)
        guest_row = QHBoxLayout()
        guest_row.addWidget(guest_text, 1)
        guest_row.addWidget(self.guest_button)
        demo_text = styled_label(
            self.tr(
                "Millbrook, a made-up town, shows what a neighbourhood does with Commons: its people, assets, "
                "events and shared purse. It opens in a guest session, is not shared with anyone, and is wiped "
                "when you end the session."
            ),
            "muted",
            wrap=True,
        )
        self.demo_button = default_button(
            self.tr("&Explore a demo town"),
            self.tr("Explore a demo town"),
            self.tr("Open Millbrook, a made-up community, in a guest session; nothing is kept or shared"),
        )
        self.demo_button.setDefault(False)
        self.demo_button.setAutoDefault(False)
        demo_row = QHBoxLayout()
        demo_row.addWidget(demo_text, 1)
        demo_row.addWidget(self.demo_button)

        layout = self.content_layout
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)
        layout.addLayout(import_row)
        layout.addSpacing(16)
        layout.addWidget(line)
        layout.addWidget(guest_title)
        layout.addLayout(guest_row)
        layout.addLayout(demo_row)

        for edit in (self.name_edit, self.passphrase_edit, self.repeat_edit):
            edit.textChanged.connect(self._update)
            edit.returnPressed.connect(self._request_create)
        self.show_check.toggled.connect(self._toggle_echo)
        self.create_button.clicked.connect(self._request_create)
        self.back_button.clicked.connect(self.sig_back_requested)
        self.guest_button.clicked.connect(self.sig_guest_requested)
        self.demo_button.clicked.connect(self.sig_demo_requested)
        self.import_button.clicked.connect(self.sig_import_requested)
        self.receive_button.clicked.connect(self.sig_receive_requested)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape)
        self.setTabOrder(self.name_edit, self.passphrase_edit)
        self.setTabOrder(self.passphrase_edit, self.repeat_edit)
        self.setTabOrder(self.repeat_edit, self.show_check)
        self.setTabOrder(self.show_check, self.create_button)
        self.setTabOrder(self.create_button, self.back_button)
        self.setTabOrder(self.back_button, self.import_button)
        self.setTabOrder(self.import_button, self.receive_button)
        self.setTabOrder(self.receive_button, self.guest_button)
        self.setTabOrder(self.guest_button, self.demo_button)
        self.set_can_go_back(False)
        self.reset()

    # -- what the controller calls --------------------------------------------------------------

    def set_can_go_back(self, can: bool) -> None:
        self.back_button.setVisible(can)

    def reset(self) -> None:
        """Empty every field (the passphrase must not linger in a hidden widget)."""
        for edit in (self.name_edit, self.passphrase_edit, self.repeat_edit):
            edit.clear()
        self.show_check.setChecked(False)
        self.error_label.hide()
        self.set_busy(False)
        self._update()

    def set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        if message:
            self.busy_label.setText(message)
        for widget in (
            self.name_edit,
            self.passphrase_edit,
            self.repeat_edit,
            self.guest_button,
            self.demo_button,
            self.import_button,
            self.receive_button,
            self.back_button,
            self.show_check,
        ):
            widget.setEnabled(not busy)
        self._update()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error_label.setText(message)
        self.error_label.show()
        self.passphrase_edit.setFocus()

    def focus_first_field(self) -> None:
        self.name_edit.setFocus()

    # -- inside ---------------------------------------------------------------------------------

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)

    def _acceptable(self) -> bool:
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.meter.show_strength(None)
            return False
        strength = assess(passphrase, (self.name_edit.text().strip(),))
        self.meter.show_strength(strength)
        return strength.acceptable

    def _update(self) -> None:
        strong = self._acceptable()
        repeat = self.repeat_edit.text()
        matching = repeat == self.passphrase_edit.text()
        if not repeat or matching:
            self.match_label.setText("")
        else:
            self.match_label.setText(self.tr("The two passphrases do not match yet."))
        self.match_label.setVisible(bool(self.match_label.text()))
        self.create_button.setEnabled(strong and matching and not self._busy)

    def _request_create(self) -> None:
        if not self.create_button.isEnabled():
            return
        self.error_label.hide()
        self.set_busy(True, self.tr("Creating your encrypted profile…"))
        self.sig_create_requested.emit(self.name_edit.text().strip(), self.passphrase_edit.text())

    def _escape(self) -> None:
        if self.back_button.isVisible() and self.back_button.isEnabled():
            self.sig_back_requested.emit()
