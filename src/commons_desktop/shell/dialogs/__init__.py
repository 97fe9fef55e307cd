"""Dialogs about the profile itself: settings, about, export/import, handoff, recovery kit."""
