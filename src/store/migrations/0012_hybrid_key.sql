-- This device's hybrid post-quantum key (ML-KEM-768 seed ‖ X25519 private key, 96 bytes) for sealing epoch keys.
-- Empty until the device first starts syncing with this version: it is made then, and published in each space.
ALTER TABLE device_identity ADD COLUMN hybrid_key BLOB CHECK (hybrid_key IS NULL OR length(hybrid_key) = 96);
