"""One asset in full beside the list: what it offers, how it is used, how useful members find it, and the
person's own rating ("Rate it", 1–5 stars) and, for its author or an admin, "Edit"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.features.assets.assets_model import kind_label
from commons_desktop.labels import decimal
from commons_desktop.widgets.screen_layout import named, styled_label
from sync.community import Asset, AssetKind

__all__ = ["AssetDetail"]


class AssetDetail(QScrollArea):
    """The selected asset (or a hint to select one); emits what the person asks to do with it."""

    sig_rate = Signal(str, int)  # asset id, stars
    sig_edit = Signal(str)  # asset id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.asset: Asset | None = None
        self.title = styled_label("", "subheading", wrap=True)
        self.hint = styled_label(self.tr("Select an asset to see it in full."), "muted", wrap=True)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, label in self._labels().items():
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[name] = value
            form.addRow(label, value)
        self.stars = QComboBox()
        for n in range(1, 6):
            self.stars.addItem(self.tr("%n star(s)", "", n), n)
        named(self.stars, self.tr("Your rating"), self.tr("How well this asset serves the community, 1 to 5"))
        self.rate_button = QPushButton(self.tr("Rate it"))
        named(
            self.rate_button, self.tr("Rate it"), self.tr("Save your rating; every member sees the average")
        )
        self.rate_note = styled_label(
            self.tr("To rate, first add your name on the Community screen."), "muted", wrap=True
        )
        self.edit_button = QPushButton(self.tr("Edit…"))
        named(self.edit_button, self.tr("Edit asset"), self.tr("Change this asset (its author or an admin)"))
        rating = QHBoxLayout()
        rating.addWidget(self.stars)
        rating.addWidget(self.rate_button)
        rating.addStretch(1)
        rating.addWidget(self.edit_button)
        self.body = QWidget()
        inner = QVBoxLayout(self.body)
        inner.addWidget(self.title)
        inner.addLayout(form)
        inner.addLayout(rating)
        inner.addWidget(self.rate_note)
        inner.addStretch(1)
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.addWidget(self.hint)
        outer.addWidget(self.body)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the text wraps instead
        self.setMinimumWidth(280)
        named(self, self.tr("Asset in full"), self.tr("The selected asset's details and its rating"))
        self.rate_button.clicked.connect(self._rate)
        self.edit_button.clicked.connect(lambda: self.asset is not None and self.sig_edit.emit(self.asset.id))
        self.show_asset(None, "", admin=False, named=False)

    def _labels(self) -> dict[str, str]:
        return {
            "kind": self.tr("Kind"),
            "area": self.tr("Area"),
            "category": self.tr("Category"),
            "steward": self.tr("Looked after by"),
            "description": self.tr("About"),
            "support_offered": self.tr("Support offered"),
            "how_used": self.tr("How it is used"),
            "location": self.tr("Where"),
            "effectiveness": self.tr("Usefulness"),
        }

    def show_asset(self, asset: Asset | None, me: str, *, admin: bool, named: bool) -> None:
        """Show *asset* as member *me* sees it (None: the hint to select one); *named*: my member record is in
        the community (a rating names a member)."""
        self.asset = asset
        self.hint.setVisible(asset is None)
        self.body.setVisible(asset is not None)
        if asset is None:
            return
        self.title.setText(asset.title)
        for name in ("area", "category", "steward", "description", "support_offered", "how_used"):
            self.fields[name].setText(getattr(asset, name) or "—")
        self.fields["kind"].setText(kind_label(asset.kind))
        self.fields["location"].setText(self._where(asset))
        self.fields["effectiveness"].setText(self._effectiveness(asset))
        mine = asset.ratings.get(me)
        self.stars.setCurrentIndex((mine or 3) - 1)  # unrated: the middle of the scale, not its worst
        self.rate_button.setText(self.tr("Change my rating") if mine is not None else self.tr("Rate it"))
        self.rate_button.setEnabled(named)
        self.stars.setEnabled(named)
        self.rate_note.setVisible(not named)
        self.edit_button.setVisible(admin or asset.author == me)

    def _where(self, asset: Asset) -> str:
        location = asset.location
        if location is None:
            return self.tr("Area only") if asset.kind is AssetKind.HUMAN else self.tr("No point on the map")
        if asset.kind is AssetKind.HUMAN:
            point = f"{location.lat:.2f}, {location.lon:.2f}"
            return self.tr("Around {point} (within about 1 km)").format(point=point)
        return f"{location.lat:.5f}, {location.lon:.5f}"

    def _effectiveness(self, asset: Asset) -> str:
        average = asset.effectiveness
        if average is None:
            return self.tr("Not rated yet")
        return self.tr("%n rating(s), average {stars} of 5", "", len(asset.ratings)).format(
            stars=decimal(average)
        )

    def _rate(self) -> None:
        if self.asset is not None:
            self.sig_rate.emit(self.asset.id, int(self.stars.currentData()))
