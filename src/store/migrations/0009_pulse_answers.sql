-- This person's own answers to wellbeing pulse rounds, and the X25519 private key they masked them with. They
-- never leave this store: the community document gets only the public key and the masked post. Kept so that the
-- masked post can be made once everyone's key is in, and so the person can see what they answered.
CREATE TABLE pulse_answers (
    space_id     BLOB NOT NULL CHECK (length(space_id) = 16),
    round_id     TEXT NOT NULL CHECK (length(round_id) BETWEEN 1 AND 64),
    private_key  BLOB NOT NULL CHECK (length(private_key) = 32),
    answers      TEXT NOT NULL CHECK (length(answers) BETWEEN 2 AND 200),
    PRIMARY KEY (space_id, round_id)
) STRICT;
