-- Signed lines: a copy of each of this person's entries in a community's signed ledger, kept so the record
-- survives leaving the community and a statement can re-check it offline. A line is signed when it has a
-- signature; its ledger_ref is then "<space id hex>:<entry id>", unique among signed lines (the service upserts
-- by it). signed_bytes are the entry's exact signing bytes (docs/protocol.md), signer_key the signing device's
-- raw Ed25519 public key. Hand-typed lines keep every new column empty and may still carry any ledger_ref.
ALTER TABLE contributions ADD COLUMN direction TEXT NOT NULL DEFAULT 'given'
    CHECK (direction IN ('given', 'received'));
ALTER TABLE contributions ADD COLUMN community TEXT NOT NULL DEFAULT '' CHECK (length(community) <= 200);
ALTER TABLE contributions ADD COLUMN signed_bytes BLOB
    CHECK (signed_bytes IS NULL OR length(signed_bytes) BETWEEN 1 AND 8192);
ALTER TABLE contributions ADD COLUMN signature BLOB CHECK (signature IS NULL OR length(signature) = 64);
ALTER TABLE contributions ADD COLUMN signer_key BLOB CHECK (signer_key IS NULL OR length(signer_key) = 32);
-- Why the community's ledger set the entry aside (its review list); empty while it counts.
ALTER TABLE contributions ADD COLUMN set_aside TEXT NOT NULL DEFAULT '' CHECK (length(set_aside) <= 1000);
-- A signed line cannot be deleted, only hidden from the list, the totals and the statement.
ALTER TABLE contributions ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));

-- All of a receipt or none of it, with a ledger reference: a trigger, since ALTER TABLE cannot add a table CHECK.
CREATE TRIGGER contributions_signed_whole_insert BEFORE INSERT ON contributions
WHEN (NEW.signature IS NULL) != (NEW.signed_bytes IS NULL) OR (NEW.signature IS NULL) != (NEW.signer_key IS NULL)
    OR (NEW.signature IS NOT NULL AND NEW.ledger_ref IS NULL)
BEGIN SELECT RAISE(ABORT, 'a signed contribution needs its ledger reference, signed bytes, signature and key'); END;
CREATE TRIGGER contributions_signed_whole_update BEFORE UPDATE ON contributions
WHEN (NEW.signature IS NULL) != (NEW.signed_bytes IS NULL) OR (NEW.signature IS NULL) != (NEW.signer_key IS NULL)
    OR (NEW.signature IS NOT NULL AND NEW.ledger_ref IS NULL)
BEGIN SELECT RAISE(ABORT, 'a signed contribution needs its ledger reference, signed bytes, signature and key'); END;

CREATE UNIQUE INDEX contributions_by_ledger_ref ON contributions (ledger_ref) WHERE signature IS NOT NULL;
