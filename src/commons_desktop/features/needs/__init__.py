"""The Needs and offers screen: what neighbours need and offer, the gaps and overlaps, and opportunities."""
