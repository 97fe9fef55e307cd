"""What one part of the app tells the others: a screen emits after a change reached the store, others listen.

One `AppEvents` lives for the whole app (made in `app.build`) and reaches every screen through its
`ScreenContext`. A screen that changes something emits here; a screen that shows it subscribes itself (Home
reloads on each change); subscriptions between features that are not about showing (the Support screen
publishing shares when the plan changes) are made in `app.py`, the one wiring place. Names: sig_<noun>_<event>.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

__all__ = ["AppEvents"]


class AppEvents(QObject):
    sig_plan_changed = Signal()  # a plan item or goal was added, edited, removed or put back
    sig_checkin_saved = Signal()  # a check-in (today's or an earlier day's) was saved
    sig_contributions_changed = Signal()  # a contribution was added, edited, deleted or put back
    sig_supporters_changed = Signal()  # a supporter was added, changed, removed or put back
    sig_sync_status_changed = Signal(str)  # what to say about syncing (the sync service's news, in words)
    sig_screen_requested = Signal(str)  # show the screen of this name (a name in commons_desktop.screens)
    sig_community_requested = Signal(str)  # show this community (its space) on the Community screen
    sig_screen_count_changed = Signal(str, int)  # a screen's count for its sidebar entry (0: none shown)
    sig_event_requested = Signal(str, str)  # show this event (space, event id) on the Events screen
    sig_review_requested = Signal(str)  # show what needs review in this community (a space id)
    sig_asset_requested = Signal(str, str)  # show this asset (space id, asset id) on the Assets screen
    sig_about_requested = Signal()  # show About (versions, where the data lives, what leaves the computer)
    sig_need_support_requested = Signal()  # "I need support" was pressed (the sync service tells supporters)
