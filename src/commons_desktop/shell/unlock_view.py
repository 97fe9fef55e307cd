"""Unlock: pick a profile, type its passphrase; or create another profile, or start a guest session."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QWidget,
)

from commons_desktop.labels import plain_date
from commons_desktop.widgets.centered_page import CenteredPage
from commons_desktop.widgets.screen_layout import default_button, named, styled_label
from store import ProfileInfo

_ID_ROLE = Qt.ItemDataRole.UserRole


class UnlockView(CenteredPage):
    sig_unlock_requested = Signal(str, str)  # profile id, passphrase
    sig_create_requested = Signal()
    sig_guest_requested = Signal()
    sig_import_requested = Signal()
    sig_receive_requested = Signal()
    sig_personal_import_requested = Signal()  # start from a personal-data export (JSON)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self._drop_in = False
        self.language_combo = self.add_language_choice()
        heading = styled_label(self.tr("Unlock your profile"), "heading", wrap=True)
        intro = styled_label(self.tr("Choose your profile and type its passphrase."), "muted")

        self.profile_list = QListWidget()
        self.profile_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.profile_list.setAccessibleName(self.tr("Profiles on this computer"))
        self.profile_list.setToolTip(self.tr("The profiles kept on this computer. Pick yours."))
        self.profile_list.setObjectName("profiles")
        profile_label = QLabel(self.tr("P&rofile"))
        profile_label.setBuddy(self.profile_list)

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_edit.setToolTip(
            self.tr("The passphrase you chose for this profile. Press Enter to unlock.")
        )
        passphrase_label = QLabel(self.tr("&Passphrase"))
        passphrase_label.setBuddy(self.passphrase_edit)
        self.unlock_button = default_button(
            self.tr("&Unlock"),
            self.tr("Unlock"),
            self.tr("Open the chosen profile with this passphrase (Enter)"),
        )
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.passphrase_edit, 1)
        entry_row.addWidget(self.unlock_button)

        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Unlock problem"))
        self.error_label.hide()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_label = QLabel(self.tr("Unlocking…"))
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_bar)
        busy_row.addWidget(self.busy_label)
        busy_row.addStretch(1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.create_button = QPushButton(self.tr("Create &another profile"))
        self.create_button.setAccessibleName(self.tr("Create another profile"))
        self.create_button.setToolTip(self.tr("Make a new encrypted profile on this computer"))
        self.import_button = QPushButton(self.tr("&Import a profile…"))
        self.import_button.setAccessibleName(self.tr("Import a profile"))
        self.import_button.setToolTip(
            self.tr("Open a profile saved to a file on this or another computer (a backup or a move)")
        )
        self.receive_button = QPushButton(self.tr("Recei&ve from another computer…"))
        named(
            self.receive_button,
            self.tr("Receive from another computer"),
            self.tr("Bring your profile from your other computer on this network, with the code it shows"),
        )
        self.personal_import_button = QPushButton(self.tr("S&tart from an export…"))
        named(
            self.personal_import_button,
            self.tr("Start from an export"),
            self.tr(
                "Make a new profile from a personal-data JSON file, checked in full before anything is kept"
            ),
        )
        self.guest_button = QPushButton(self.tr("Start a &guest session"))
        self.guest_button.setAccessibleName(self.tr("Start a guest session"))
        self.guest_button.setToolTip(
            self.tr(
                "Use Commons once without keeping anything: the guest profile is wiped when the session ends."
            )
        )
        self._other_row = QHBoxLayout()
        self._other_row.addWidget(self.create_button)
        self._other_row.addStretch(1)
        self._other_row.addWidget(self.guest_button)
        self._move_row = QHBoxLayout()  # bringing a profile from elsewhere
        self._move_row.addWidget(self.import_button)
        self._move_row.addWidget(self.receive_button)
        self._move_row.addStretch(1)
        # On a row of its own: three buttons did not fit the column in Spanish ("Empezar desde una exportación…").
        self._export_row = QHBoxLayout()
        self._export_row.addWidget(self.personal_import_button)
        self._export_row.addStretch(1)

        # In drop-in mode the guest session comes first, above the profiles.
        self.drop_in_box = QWidget()
        drop_in_text = styled_label(
            self.tr("Visiting? Start a guest session: no passphrase, and nothing is kept when you finish."),
            "muted",
            wrap=True,
        )
        self._guest_first_row = QHBoxLayout(self.drop_in_box)
        self._guest_first_row.setContentsMargins(0, 0, 0, 8)
        self._guest_first_row.addWidget(drop_in_text, 1)
        self.drop_in_box.hide()

        layout = self.content_layout
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.drop_in_box)
        layout.addWidget(profile_label)
        layout.addWidget(self.profile_list)
        layout.addWidget(passphrase_label)
        layout.addLayout(entry_row)
        layout.addWidget(self.error_label)
        layout.addLayout(busy_row)
        layout.addSpacing(12)
        layout.addWidget(line)
        layout.addLayout(self._other_row)
        layout.addLayout(self._move_row)
        layout.addLayout(self._export_row)

        self.passphrase_edit.returnPressed.connect(self._request_unlock)
        self.unlock_button.clicked.connect(self._request_unlock)
        self.profile_list.itemActivated.connect(lambda _item: self.passphrase_edit.setFocus())
        self.profile_list.currentItemChanged.connect(lambda *_: self._update())
        self.passphrase_edit.textChanged.connect(self._update)
        self.create_button.clicked.connect(self.sig_create_requested)
        self.guest_button.clicked.connect(self.sig_guest_requested)
        self.import_button.clicked.connect(self.sig_import_requested)
        self.receive_button.clicked.connect(self.sig_receive_requested)
        self.personal_import_button.clicked.connect(self.sig_personal_import_requested)
        self._order_tabs()
        self.set_busy(False)

    # -- what the controller calls --------------------------------------------------------------

    def _order_tabs(self) -> None:
        """Tab goes as the eye reads: top to bottom, left to right (in drop-in mode the guest button is on top)."""
        chain = [
            self.profile_list,
            self.passphrase_edit,
            self.unlock_button,
            self.create_button,
            self.guest_button,
            self.import_button,
            self.receive_button,
            self.personal_import_button,
        ]
        if self._drop_in:
            chain.remove(self.guest_button)
            chain.insert(0, self.guest_button)
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def set_drop_in(self, drop_in: bool) -> None:
        """Drop-in mode (a shared laptop): no profile is chosen for the visitor, and guests come first."""
        if drop_in == self._drop_in:
            return
        self._drop_in = drop_in
        if drop_in:
            self._other_row.removeWidget(self.guest_button)
            self._guest_first_row.addWidget(self.guest_button)
        else:
            self._guest_first_row.removeWidget(self.guest_button)
            self._other_row.addWidget(self.guest_button)
        self._order_tabs()
        self.drop_in_box.setVisible(drop_in)
        self.guest_button.setObjectName("primary" if drop_in else "")
        self.guest_button.style().unpolish(self.guest_button)
        self.guest_button.style().polish(self.guest_button)

    @property
    def drop_in(self) -> bool:
        return self._drop_in

    def set_profiles(self, profiles: list[ProfileInfo], select: str | None = None) -> None:
        """Fill the picker (guest profiles are never listed) and keep or make a selection.

        In drop-in mode nothing is selected: the last person's profile must not be offered to the next.
        """
        keep = select or self.selected_profile_id()
        self.profile_list.clear()
        for info in profiles:
            if info.guest:
                continue
            item = QListWidgetItem(self._describe(info))
            item.setData(_ID_ROLE, info.profile_id)
            if info.problem:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(info.problem)
            self.profile_list.addItem(item)
        self._fit_list_height()
        rows = [i for i in range(self.profile_list.count()) if self._selectable(i)]
        chosen = next(
            (i for i in rows if self.profile_list.item(i).data(_ID_ROLE) == keep), rows[0] if rows else -1
        )
        if self._drop_in:
            chosen = -1
        self.profile_list.setCurrentRow(chosen)
        if chosen < 0:
            self.profile_list.clearSelection()
        self._update()

    def selected_profile_id(self) -> str | None:
        item = self.profile_list.currentItem()
        return None if item is None else str(item.data(_ID_ROLE))

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error_label.setText(message)
        self.error_label.show()
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        for widget in (
            self.profile_list,
            self.passphrase_edit,
            self.create_button,
            self.import_button,
            self.receive_button,
            self.personal_import_button,
            self.guest_button,
        ):
            widget.setEnabled(not busy)
        self._update()

    def reset(self) -> None:
        """Forget the typed passphrase and any message."""
        self.passphrase_edit.clear()
        self.error_label.hide()
        self.set_busy(False)

    def focus_passphrase(self) -> None:
        self.passphrase_edit.setFocus()

    def focus_start(self) -> None:
        """Where the keyboard starts: the guest session in drop-in mode, otherwise the passphrase."""
        (self.guest_button if self._drop_in else self.passphrase_edit).setFocus()

    # -- inside ---------------------------------------------------------------------------------

    def _fit_list_height(self) -> None:
        """As tall as its profiles (up to five rows), so one profile is not lost in an empty box."""
        rows = max(1, min(self.profile_list.count(), 5))
        self.profile_list.ensurePolished()
        # The style sheet pads rows by 5 px; the hint does not always include it before the first show.
        row_height = max(self.profile_list.sizeHintForRow(0), self.fontMetrics().height() + 12)
        frame = 2 * self.profile_list.frameWidth()
        self.profile_list.setFixedHeight(rows * row_height + frame + 4)

    def _selectable(self, row: int) -> bool:
        return bool(self.profile_list.item(row).flags() & Qt.ItemFlag.ItemIsSelectable)

    def _describe(self, info: ProfileInfo) -> str:
        if info.problem:
            return self.tr("Damaged profile (cannot be opened)")
        name = info.label or self.tr("Unnamed profile")
        try:
            created_at = dt.datetime.fromisoformat(info.created_at).astimezone()
        except ValueError:
            return name
        created = plain_date(created_at.date())
        return self.tr("{name}   ·   created {date}").format(name=name, date=created)

    def _update(self) -> None:
        ready = self.selected_profile_id() is not None and bool(self.passphrase_edit.text())
        self.unlock_button.setEnabled(ready and not self._busy)

    def _request_unlock(self) -> None:
        profile_id = self.selected_profile_id()
        if not self.unlock_button.isEnabled() or profile_id is None:
            return
        self.error_label.hide()
        self.set_busy(True)
        self.sig_unlock_requested.emit(profile_id, self.passphrase_edit.text())
