"""The Needs review screen: conflicts to settle, what the rules set aside, refused changes, copies that did not load."""
