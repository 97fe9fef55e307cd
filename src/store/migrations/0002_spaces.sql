-- The spaces this device belongs to (sync.ports.SpaceStore): membership logs, envelope sequence reservations
-- and the invites this device issued. All of it is sensitive: logs name devices and carry sealed epoch keys,
-- invites hold one-time secrets. Space ids are 16 bytes, entry hashes 32.

-- position is the rowid: a new row always gets max(rowid) + 1, so it orders rows as they were stored, even
-- after a forgotten space's rows are deleted. A rowid table, not WITHOUT ROWID: entries can be large.
CREATE TABLE space_log_entries (
    position    INTEGER PRIMARY KEY,
    space_id    BLOB NOT NULL CHECK (length(space_id) = 16),
    entry_hash  BLOB NOT NULL CHECK (length(entry_hash) = 32),
    entry       BLOB NOT NULL CHECK (length(entry) BETWEEN 1 AND 16777216),
    UNIQUE (space_id, entry_hash)
) STRICT;
CREATE INDEX space_log_entries_by_space ON space_log_entries (space_id, position);

-- The next envelope sequence number this device will use per (space, epoch); epochs are u32 on the wire.
CREATE TABLE space_sequences (
    space_id       BLOB NOT NULL CHECK (length(space_id) = 16),
    epoch          INTEGER NOT NULL CHECK (epoch BETWEEN 0 AND 4294967295),
    next_sequence  INTEGER NOT NULL CHECK (next_sequence >= 1),
    PRIMARY KEY (space_id, epoch)
) STRICT, WITHOUT ROWID;

-- Invites this device issued. A used invite is kept (used_at set) so it can never be accepted again.
CREATE TABLE space_invites (
    secret      BLOB PRIMARY KEY CHECK (length(secret) BETWEEN 10 AND 64),
    space_id    BLOB NOT NULL CHECK (length(space_id) = 16),
    invite      BLOB NOT NULL CHECK (length(invite) BETWEEN 1 AND 65536),
    created_at  TEXT NOT NULL,
    used_at     TEXT
) STRICT;
CREATE INDEX space_invites_by_space ON space_invites (space_id);
