"""LAN sync: discovery (zeroconf) and authenticated TLS connections between devices."""
