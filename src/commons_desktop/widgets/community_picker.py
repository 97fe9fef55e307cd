"""Which of this device's communities a screen shows: a list that keeps the one chosen while communities come
and go, hides itself when there is only one, and follows a community's name as it arrives or changes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from commons_desktop.community_state import CommunityState
from commons_desktop.service_client import ServiceClient
from commons_desktop.widgets.screen_layout import named

__all__ = ["CommunityPicker"]


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
            self.addItem(community.name or self.tr("(arriving…)"), community.space)
        self.setCurrentIndex(max(self.findData(chosen), 0))
        self.blockSignals(False)
        self.setVisible(len(communities) > 1)
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
            self.setItemText(index, self._state.name)
