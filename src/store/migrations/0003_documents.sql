-- Each space's Automerge document (sync.ports.DocumentStore): the latest save() bytes, the snapshot before it
-- (the last good state to fall back on) and the changes appended since the latest. It is the community's
-- shared data, so it lives here, encrypted. Space ids are 16 bytes; snapshots at most 64 MiB (the largest
-- document sync loads), changes at most 16 MiB (a sync frame).

-- One row per document. A rowid table, not WITHOUT ROWID: snapshots are large.
CREATE TABLE document_snapshots (
    space_id    BLOB PRIMARY KEY CHECK (length(space_id) = 16),
    snapshot    BLOB NOT NULL CHECK (length(snapshot) BETWEEN 1 AND 67108864),
    previous    BLOB CHECK (length(previous) BETWEEN 1 AND 67108864),
    generation  INTEGER NOT NULL CHECK (generation >= 0),
    CHECK ((generation = 0) = (previous IS NULL))
) STRICT;

-- position is the rowid: a new row always gets max(rowid) + 1, so within a space it orders changes as they
-- were appended, whatever was deleted before. A change needs its document (appending to a forgotten one fails).
CREATE TABLE document_changes (
    position  INTEGER PRIMARY KEY,
    space_id  BLOB NOT NULL REFERENCES document_snapshots (space_id) ON DELETE CASCADE,
    change    BLOB NOT NULL CHECK (length(change) BETWEEN 1 AND 16777216)
) STRICT;
CREATE INDEX document_changes_by_space ON document_changes (space_id, position);
