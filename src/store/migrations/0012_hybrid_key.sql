-- This device's hybrid post-quantum key (ML-KEM-768 seed ‖ X25519 private key, 96 bytes) for sealing epoch keys.
-- Empty until the device first starts syncing with this version: it is made then, and published in each space.
ALTER TABLE device_identity ADD COLUMN hybrid_key BLOB CHECK (hybrid_key IS NULL OR length(hybrid_key) = 96);

-- After a move or a restore, the old device's hybrid key too: epoch keys sealed to it with hybrid HPKE open only
-- with it, and the old device must open the circle's current key to introduce the new one (sync.rejoin).
ALTER TABLE previous_identity ADD COLUMN hybrid_key BLOB CHECK (hybrid_key IS NULL OR length(hybrid_key) = 96);
