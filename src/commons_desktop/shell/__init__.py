"""The frame around the screens: the window, the workspace, the controller, locking, and the profile dialogs."""
