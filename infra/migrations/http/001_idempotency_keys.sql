-- Answers to creating POSTs, kept so that a repeated Idempotency-Key gets the same answer.
CREATE TABLE IF NOT EXISTS ${schema}.idempotency_keys (
  scope text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  state text NOT NULL CHECK (state IN ('pending', 'completed')),
  status integer,
  headers jsonb,
  body jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);
