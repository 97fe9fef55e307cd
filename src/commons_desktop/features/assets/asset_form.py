"""Adding or editing an asset: a form checked by the model's own rules before anything leaves it.

A person's skill (a human asset) offers "area only" (no point at all) or "approximate location": the point
typed is snapped to its ~1 km grid cell here, in the form, so the precise point never reaches the service or
the document (docs/security.md says why a grid cell and not a random offset).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.features.assets.assets_model import kind_label
from commons_desktop.widgets.screen_layout import named
from sync.community import Asset, AssetKind, InvalidValueError, Location

__all__ = ["AssetForm", "AssetValues"]

_LINES = ("title", "category", "area", "steward")
_TEXTS = ("description", "support_offered", "how_used")


@dataclass(frozen=True)
class AssetValues:
    """What the form holds, checked: the arguments of `ServiceClient.add_asset` / `edit_asset`."""

    kind: AssetKind
    title: str
    category: str
    area: str
    steward: str
    description: str
    support_offered: str
    how_used: str
    location: Location | None


class FormError(ValueError):
    """A field's value is refused; *field* names it as the form shows it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")


class AssetForm(QDialog):
    """The fields of one asset; `sig_submitted` carries them, checked, when the person saves."""

    sig_submitted = Signal(object)  # AssetValues

    def __init__(self, asset: Asset | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit asset") if asset is not None else self.tr("Add an asset"))
        self.kind_choice = QComboBox()
        for kind in AssetKind:
            self.kind_choice.addItem(kind_label(kind), kind.value)
        named(self.kind_choice, self.tr("Kind"), self.tr("Nature, a person's skill, a building or equipment"))
        self.lines = {name: QLineEdit() for name in _LINES}
        self.texts = {name: QPlainTextEdit() for name in _TEXTS}
        for text in self.texts.values():
            text.setTabChangesFocus(True)
            text.setFixedHeight(64)
        self.latitude, self.longitude = QLineEdit(), QLineEdit()
        self.latitude.setPlaceholderText(self.tr("e.g. 52.2053"))
        self.longitude.setPlaceholderText(self.tr("e.g. 0.1218"))
        self.area_only = QRadioButton(self.tr("Area only: no point on any map"))
        self.approximate = QRadioButton(
            self.tr("Approximate location: rounded to about 1 km before it is saved")
        )
        group = QButtonGroup(self)
        group.addButton(self.area_only)
        group.addButton(self.approximate)
        self.area_only.setChecked(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._name_controls()
        self._lay_out()
        if asset is not None:
            self._fill(asset)
        self._kind_changed()
        self.kind_choice.currentIndexChanged.connect(self._kind_changed)
        self.area_only.toggled.connect(self._kind_changed)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def labels(self) -> dict[str, str]:
        """Each field's name as the form shows it, by the model's field name."""
        return {
            "kind": self.tr("Kind"),
            "title": self.tr("Name"),
            "category": self.tr("Category"),
            "area": self.tr("Area"),
            "steward": self.tr("Looked after by"),
            "description": self.tr("Description"),
            "support_offered": self.tr("Support offered"),
            "how_used": self.tr("How it is used"),
            "lat": self.tr("Latitude"),
            "lon": self.tr("Longitude"),
            "location": self.tr("Location"),
        }

    def _name_controls(self) -> None:
        labels = self.labels()
        tips = {
            "title": self.tr("What the asset is called"),
            "category": self.tr("What kind of help it is, e.g. food, repairs, translation"),
            "area": self.tr("The part of the neighbourhood it belongs to"),
            "steward": self.tr("Who owns or looks after it: a person, a group, the council"),
            "description": self.tr("What it is, in a few sentences"),
            "support_offered": self.tr("What it offers the community"),
            "how_used": self.tr("How people use it today"),
        }
        for name, widget in (*self.lines.items(), *self.texts.items()):
            named(widget, labels[name], tips[name])
        named(self.latitude, labels["lat"], self.tr("Degrees north (negative: south); leave empty for none"))
        named(self.longitude, labels["lon"], self.tr("Degrees east (negative: west); leave empty for none"))
        named(
            self.area_only, self.tr("Area only"), self.tr("Show the skill by its area, with no point at all")
        )
        named(
            self.approximate,
            self.tr("Approximate location"),
            self.tr("Show the skill near a point rounded to a 1 km square, never your home"),
        )
        named(self.error, self.tr("What to correct"), self.tr("Why the asset was not saved"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        named(save, self.tr("Save"), self.tr("Save the asset; every member sees it"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, self.tr("Cancel"), self.tr("Close without saving"))

    def _lay_out(self) -> None:
        labels = self.labels()
        form = QFormLayout()
        form.addRow(labels["kind"], self.kind_choice)
        for name in _LINES:
            form.addRow(labels[name], self.lines[name])
        for name in _TEXTS:
            form.addRow(labels[name], self.texts[name])
        place = QHBoxLayout()
        place.addWidget(self.latitude)
        place.addWidget(self.longitude)
        form.addRow(labels["location"], place)
        form.addRow("", self.area_only)
        form.addRow("", self.approximate)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

    def _fill(self, asset: Asset) -> None:
        self.kind_choice.setCurrentIndex(self.kind_choice.findData(asset.kind.value))
        for name, line in self.lines.items():
            line.setText(getattr(asset, name))
        for name, text in self.texts.items():
            text.setPlainText(getattr(asset, name))
        if asset.location is not None:
            self.latitude.setText(repr(asset.location.lat))
            self.longitude.setText(repr(asset.location.lon))
            self.approximate.setChecked(True)

    @property
    def kind(self) -> AssetKind:
        return AssetKind(self.kind_choice.currentData())

    def _kind_changed(self) -> None:
        human = self.kind is AssetKind.HUMAN
        self.area_only.setVisible(human)
        self.approximate.setVisible(human)
        typed = not human or self.approximate.isChecked()
        self.latitude.setEnabled(typed)
        self.longitude.setEnabled(typed)

    # -- checking --

    def values(self) -> AssetValues:
        """The form's values, checked by the model; FormError names the first field to correct."""
        line = {name: edit.text().strip() for name, edit in self.lines.items()}
        text = {name: edit.toPlainText().strip() for name, edit in self.texts.items()}
        values = AssetValues(
            self.kind,
            line["title"],
            line["category"],
            line["area"],
            line["steward"],
            text["description"],
            text["support_offered"],
            text["how_used"],
            self._location(),
        )
        try:
            Asset(
                "form",
                values.kind,
                values.title,
                "form",
                category=values.category,
                area=values.area,
                description=values.description,
                steward=values.steward,
                support_offered=values.support_offered,
                how_used=values.how_used,
                location=values.location,
            )
        except InvalidValueError as exc:
            field = exc.path.rsplit("/", 1)[-1]
            raise FormError(self.labels().get(field, field), exc.message) from None
        return values

    def _location(self) -> Location | None:
        if self.kind is AssetKind.HUMAN and self.area_only.isChecked():
            return None
        lat, lon = self._degrees("lat", self.latitude, 90), self._degrees("lon", self.longitude, 180)
        if lat is None and lon is None:
            return None
        if lat is None or lon is None:
            missing = "lat" if lat is None else "lon"
            raise FormError(self.labels()[missing], self.tr("give both latitude and longitude, or neither"))
        point = Location(lat, lon)
        # The precise point stops here: a person's skill leaves the form snapped to its ~1 km cell.
        return point.blurred() if self.kind is AssetKind.HUMAN else point

    def _degrees(self, field: str, edit: QLineEdit, limit: int) -> float | None:
        typed = edit.text().strip().replace(",", ".")
        if not typed:
            return None
        try:
            value = float(typed)
        except ValueError:
            value = float("nan")
        if not -limit <= value <= limit:  # NaN fails too
            raise FormError(
                self.labels()[field],
                self.tr("must be a number between -{limit} and {limit}").format(limit=limit),
            )
        return value

    def _submit(self) -> None:
        try:
            values = self.values()
        except FormError as exc:
            self.show_error(str(exc))
            return
        self.error.hide()
        self.sig_submitted.emit(values)

    def show_error(self, text: str) -> None:
        """Say what to correct (a field's problem, or the service's reason); the form stays open, unchanged."""
        self.error.setText(text)
        self.error.show()
