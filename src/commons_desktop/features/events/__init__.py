"""The Events screen: a community's events as a list and a week, added, edited, exported and imported (.ics)."""
