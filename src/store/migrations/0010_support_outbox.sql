-- "I need support" on the person's device: each request kept until every supporter device it was for has
-- acknowledged it (`request` is then NULL: the words go, the delivery times stay for the window), with a row per
-- supporter device and when it acknowledged, and when the circle's relay stored it. See sync.support_outbox.

CREATE TABLE support_outbox (
    space_id          BLOB NOT NULL CHECK (length(space_id) = 16),
    at_ms             INTEGER NOT NULL CHECK (at_ms >= 0),
    request           BLOB CHECK (request IS NULL OR length(request) BETWEEN 1 AND 4096),
    left_at_relay_ms  INTEGER CHECK (left_at_relay_ms IS NULL OR left_at_relay_ms >= 0),
    PRIMARY KEY (space_id, at_ms)
) STRICT;

CREATE TABLE support_outbox_devices (
    space_id      BLOB NOT NULL,
    at_ms         INTEGER NOT NULL,
    device        BLOB NOT NULL CHECK (length(device) = 32),
    delivered_ms  INTEGER CHECK (delivered_ms IS NULL OR delivered_ms >= 0),
    PRIMARY KEY (space_id, at_ms, device),
    FOREIGN KEY (space_id, at_ms) REFERENCES support_outbox (space_id, at_ms) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- After a move or a restore (store.transfer), the keys of the device this profile was before, kept only until
-- the new device has joined the person's support circles with them (sync.rejoin): the supporters know that
-- device alone, so it is the one that can introduce the new device to them.
CREATE TABLE previous_identity (
    slot           INTEGER PRIMARY KEY CHECK (slot = 1),
    signing_key    BLOB NOT NULL CHECK (length(signing_key) = 32),
    agreement_key  BLOB NOT NULL CHECK (length(agreement_key) = 32)
) STRICT;
