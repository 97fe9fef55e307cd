"""Shared community state and how it moves between devices. Knows nothing of Qt or the personal store."""
