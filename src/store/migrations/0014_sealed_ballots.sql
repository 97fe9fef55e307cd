-- This person's own sealed votes: the choice, the reason and the random nonce behind each sealed vote's
-- commitment in a community document (results hidden until a proposal's deadline). They never leave this
-- store before the deadline; after it the sync service writes the reveal from them.
CREATE TABLE sealed_ballots (
    space_id     BLOB NOT NULL CHECK (length(space_id) = 16),
    vote_id      TEXT NOT NULL CHECK (length(vote_id) BETWEEN 1 AND 64),
    proposal_id  TEXT NOT NULL CHECK (length(proposal_id) BETWEEN 1 AND 64),
    choice       TEXT NOT NULL CHECK (choice IN ('yes', 'no', 'abstain')),
    reason       TEXT NOT NULL CHECK (length(reason) <= 500),
    nonce        BLOB NOT NULL CHECK (length(nonce) = 32),
    PRIMARY KEY (space_id, vote_id)
) STRICT;
