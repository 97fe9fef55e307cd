"""Notes: a scratch screen that proves the registry (reverted)."""
