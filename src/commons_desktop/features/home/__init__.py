"""Home: the day at a glance, each card leading to the screen it sums up."""
