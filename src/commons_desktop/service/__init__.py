"""The sync service: one headless process per unlocked profile that owns the CRDT documents and syncs them.

It imports no Qt: the app starts it (`process.SyncServiceProcess`) and talks to it through `protocol` (the
window through `commons_desktop.service_client`).
"""
