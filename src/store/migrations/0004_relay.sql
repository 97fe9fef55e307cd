-- Each space's relay (sync.ports.RelayStateStore): its address (which holds the relay credential), its
-- certificate once checked against the pin, the stream sequence up to which this device applied the space's
-- envelopes, and the change hashes known to be on the relay. Plus the replay windows of every sender per
-- epoch tag, so an envelope replayed into the relay is still refused after a restart.

CREATE TABLE relay_spaces (
    space_id     BLOB PRIMARY KEY CHECK (length(space_id) = 16),
    address      TEXT NOT NULL CHECK (length(address) BETWEEN 1 AND 1024),
    certificate  BLOB CHECK (length(certificate) BETWEEN 1 AND 65536),
    cursor       INTEGER NOT NULL DEFAULT 0 CHECK (cursor >= 0),
    heads        BLOB NOT NULL DEFAULT x'' CHECK (length(heads) % 32 = 0 AND length(heads) <= 32768)
) STRICT, WITHOUT ROWID;

CREATE TABLE replay_windows (
    space_id   BLOB NOT NULL CHECK (length(space_id) = 16),
    space_tag  BLOB NOT NULL CHECK (length(space_tag) = 32),
    sender     BLOB NOT NULL CHECK (length(sender) = 32),
    highest    INTEGER NOT NULL CHECK (highest >= 0),
    seen       BLOB NOT NULL CHECK (length(seen) <= 128),
    PRIMARY KEY (space_id, space_tag, sender)
) STRICT, WITHOUT ROWID;
