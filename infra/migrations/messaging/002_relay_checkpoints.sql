-- Where each relay has got to in its service's event store. It moves only after the bus
-- acknowledged everything up to it (docs/adr/0005-messaging.md). Both parts are unsigned 64-bit
-- values from the store (transaction id, global position), kept exactly as numeric(20).
CREATE TABLE IF NOT EXISTS ${schema}.relay_checkpoints (
  relay           text PRIMARY KEY,
  transaction_id  numeric(20, 0) NOT NULL CHECK (transaction_id >= 0),
  global_position numeric(20, 0) NOT NULL CHECK (global_position >= 0),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
