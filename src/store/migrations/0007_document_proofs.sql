-- Each space's change proofs (sync.ports.DocumentStore.save_proofs): the signatures by each writer's device over
-- its latest change, kept as one opaque blob of at most 4 MiB next to the document. They are what lets this
-- device forward other members' changes to a peer that checks authorship, so they must survive a restart.

-- One row per document. A rowid table, not WITHOUT ROWID: the blob can be large. Proofs need their document
-- (saving them for a forgotten space fails) and go with it.
CREATE TABLE document_proofs (
    space_id  BLOB PRIMARY KEY CHECK (length(space_id) = 16)
              REFERENCES document_snapshots (space_id) ON DELETE CASCADE,
    proofs    BLOB NOT NULL CHECK (length(proofs) BETWEEN 1 AND 4194304)
) STRICT;
