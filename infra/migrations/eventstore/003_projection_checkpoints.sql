-- Where each projection of this schema stands; written in the same transaction as its read model.
CREATE TABLE ${schema}.projection_checkpoints (
  name            text PRIMARY KEY,
  transaction_id  numeric(20, 0) NOT NULL,
  global_position numeric(20, 0) NOT NULL,
  updated_at      timestamptz    NOT NULL DEFAULT now()
);
