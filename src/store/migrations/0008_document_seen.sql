-- What this profile's person last saw of each community: the document's heads (32-byte change hashes, joined)
-- when they last looked at its "What's new". Only "new since" is computed from it, by reading the document as
-- of those heads; it goes with the document.
CREATE TABLE document_seen (
    space_id  BLOB PRIMARY KEY CHECK (length(space_id) = 16)
              REFERENCES document_snapshots (space_id) ON DELETE CASCADE,
    heads     BLOB NOT NULL CHECK (length(heads) BETWEEN 32 AND 32768 AND length(heads) % 32 = 0)
) STRICT;
