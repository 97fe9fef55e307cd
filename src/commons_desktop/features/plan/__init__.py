"""Plan: the wellness plan by section, goals, and the printed crisis plan."""
