"""The screens after unlock, in sidebar order (Ctrl+1, Ctrl+2, …): adding a screen adds a line here.

The workspace builds its sidebar, shortcuts, open_screen(), load() and clear() from this list and names no
screen itself. How to add one: docs/architecture.md, "Add a screen".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from commons_desktop.features.assets.assets_view import AssetsView
from commons_desktop.features.checkin.checkin_view import CheckInView
from commons_desktop.features.circles.circles_view import CirclesView
from commons_desktop.features.community.community_view import CommunityView
from commons_desktop.features.contributions.contributions_view import ContributionsView
from commons_desktop.features.credits.credits_view import CreditsView
from commons_desktop.features.events.events_view import EventsView
from commons_desktop.features.home.home_view import HomeView
from commons_desktop.features.map.map_view import MapView
from commons_desktop.features.needs.needs_view import NeedsView
from commons_desktop.features.plan.plan_view import PlanView
from commons_desktop.features.projects.projects_view import ProjectsView
from commons_desktop.features.pulse.pulse_view import PulseView
from commons_desktop.features.purse.purse_view import PurseView
from commons_desktop.features.reports.reports_view import ReportsView
from commons_desktop.features.review.review_view import ReviewView
from commons_desktop.features.support.support_view import SupportView
from commons_desktop.screen import ScreenSpec

__all__ = ["SCREENS"]

SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("home", str(QT_TRANSLATE_NOOP("WorkspaceView", "Home")), HomeView),
    ScreenSpec("plan", str(QT_TRANSLATE_NOOP("WorkspaceView", "Plan")), PlanView),
    ScreenSpec("checkin", str(QT_TRANSLATE_NOOP("WorkspaceView", "Check-in")), CheckInView),
    ScreenSpec("contributions", str(QT_TRANSLATE_NOOP("WorkspaceView", "Contributions")), ContributionsView),
    ScreenSpec("support", str(QT_TRANSLATE_NOOP("WorkspaceView", "Support")), SupportView),
    ScreenSpec("community", str(QT_TRANSLATE_NOOP("WorkspaceView", "Community")), CommunityView),
    ScreenSpec("assets", str(QT_TRANSLATE_NOOP("WorkspaceView", "Assets")), AssetsView),
    ScreenSpec("needs", str(QT_TRANSLATE_NOOP("WorkspaceView", "Needs and offers")), NeedsView),
    ScreenSpec("events", str(QT_TRANSLATE_NOOP("WorkspaceView", "Events")), EventsView),
    ScreenSpec("map", str(QT_TRANSLATE_NOOP("WorkspaceView", "Map")), MapView),
    ScreenSpec("pulse", str(QT_TRANSLATE_NOOP("WorkspaceView", "Wellbeing pulse")), PulseView),
    ScreenSpec("review", str(QT_TRANSLATE_NOOP("WorkspaceView", "Needs review")), ReviewView),
    ScreenSpec("projects", str(QT_TRANSLATE_NOOP("WorkspaceView", "Projects")), ProjectsView),
    ScreenSpec("purse", str(QT_TRANSLATE_NOOP("WorkspaceView", "Common purse")), PurseView),
    ScreenSpec("credits", str(QT_TRANSLATE_NOOP("WorkspaceView", "Time credits")), CreditsView),
    ScreenSpec("circles", str(QT_TRANSLATE_NOOP("WorkspaceView", "Lending circles")), CirclesView),
    ScreenSpec("reports", str(QT_TRANSLATE_NOOP("WorkspaceView", "Reports")), ReportsView),
)
