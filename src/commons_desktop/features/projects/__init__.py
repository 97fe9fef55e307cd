"""Projects and stakes: the list, a project's page, and its forms."""
