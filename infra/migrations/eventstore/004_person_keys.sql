-- Per-person keys for crypto-shredding. Erasure nulls the key and keeps the row as a tombstone,
-- so a later write about the same person can never mint a fresh key.
CREATE TABLE ${schema}.person_keys (
  subject_id text PRIMARY KEY,
  key        bytea,
  created_at timestamptz NOT NULL DEFAULT now(),
  erased_at  timestamptz,
  CHECK ((key IS NULL) = (erased_at IS NOT NULL))
);
