-- Issue 12: answers are stored without personal data in clear (sealed under the person's key),
-- keys expire, and a pending key is held by a lease its process renews, so a key left pending by a
-- crashed process is taken over (ADR 16). TRUNCATE, not DELETE: rows written before this may hold
-- personal data in clear, and TRUNCATE gives the table a new file instead of leaving the rows
-- behind in the old one.
TRUNCATE ${schema}.idempotency_keys;
ALTER TABLE ${schema}.idempotency_keys ADD COLUMN owner text;
ALTER TABLE ${schema}.idempotency_keys ADD COLUMN lease_until timestamptz;
CREATE INDEX IF NOT EXISTS idempotency_keys_by_age ON ${schema}.idempotency_keys (created_at);
