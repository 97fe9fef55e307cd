"""Widgets shared by more than one screen or dialog: layout helpers, the undo bar, the strength meter, printing."""
