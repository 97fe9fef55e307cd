"""Community: starting or joining one, who is in it, and inviting neighbours."""
