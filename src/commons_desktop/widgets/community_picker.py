"""Which of this device's communities a screen shows: a list that keeps the one chosen while communities come
and go, hides itself when there is only one, and follows a community's name as it arrives or changes. The demo
town is labelled as such wherever its name appears (`community_label`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from commons_desktop.community_state import CommunityState
from commons_desktop.service.values import CommunitySummary
from commons_desktop.service_client import ServiceClient
from commons_desktop.widgets.screen_layout import named

__all__ = [
    "CommunityPicker",
    "community_label",
    "not_showing",
]


def not_showing(sync: ServiceClient | None, state: CommunityState | None) -> str:
    """Why a community screen has no community's records to show ("" when it has): the same words on every
    screen that reads a community."""
    translate = QCoreApplication.translate
    if sync is None or not sync.running:
        return translate("CommunityPicker", "Community screens need the sync service, which is not running.")
    if state is None:
        return translate("CommunityPicker", "You are not part of a community on this computer yet.")
    if not state.loaded:
        return translate("CommunityPicker", "Loading the community…")
    return ""


def community_label(name: str, summary: CommunitySummary | None) -> str:
    """A community's name as every screen shows it: the demo town says it is one, a community this device
    was removed from says so."""
    if summary is not None and summary.demo:
        return QCoreApplication.translate(
            "CommunityPicker", "{name} (Demo town — not shared with anyone)"
        ).format(name=name)
    if summary is not None and summary.removed:
        return QCoreApplication.translate("CommunityPicker", "{name} (you were removed)").format(name=name)
    return name


class CommunityPicker(QComboBox):
    sig_chosen = Signal(
        object
    )  # the chosen community's CommunityState, or None: after every reload or choice

    def __init__(self, sync: ServiceClient | None, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, self.tr("Community"), tip)
        self._sync = sync
        self._state: CommunityState | None = None
        self.currentIndexChanged.connect(self._chosen)
        if sync is not None:
            sync.sig_communities_changed.connect(self.reload)

    @property
    def state(self) -> CommunityState | None:
        return self._state

    @property
    def space(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None

    def reload(self) -> None:
        """List the communities this device is in, keeping the one chosen before (else the first)."""
        chosen = self.currentData()
        communities = self._sync.communities if self._sync is not None else ()
        self.blockSignals(True)
        self.clear()
        for community in communities:
            name = community.name or self.tr("(arriving…)")
            self.addItem(community_label(name, community), community.space)
        self.setCurrentIndex(max(self.findData(chosen), 0))
        self.blockSignals(False)
        # One community: its name is shown anyway, except the demo's label, which must always show.
        self.setVisible(len(communities) > 1 or any(c.demo for c in communities))
        self._chosen()

    def choose(self, space: str) -> bool:
        """Show *space*, if it is listed."""
        index = self.findData(space)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0

    def forget(self) -> None:
        """Nothing listed, nothing chosen (on lock)."""
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self._chosen()

    def _chosen(self) -> None:
        space, sync = self.space, self._sync
        state = sync.community(space) if sync is not None and space is not None else None
        if state is not self._state:
            if self._state is not None:
                self._state.sig_loaded.disconnect(self._show_name)
                self._state.sig_name_changed.disconnect(self._show_name)
            self._state = state
            if state is not None:
                state.sig_loaded.connect(self._show_name)
                state.sig_name_changed.connect(self._show_name)
        self.sig_chosen.emit(state)

    def _show_name(self) -> None:
        index = self.currentIndex()
        if self._state is not None and self._state.name and index >= 0:
            self.setItemText(index, community_label(self._state.name, self.summary))

    @property
    def summary(self) -> CommunitySummary | None:
        """The chosen community as the service listed it."""
        space = self.space
        communities = self._sync.communities if self._sync is not None else ()
        return next((c for c in communities if c.space == space), None)
