"""Support: supporters, what each sees, invitations, relays, and the plans shared with me."""
