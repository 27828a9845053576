-- The event log of one service (one schema per service). global_position alone is not a safe
-- reading order under concurrent writers: readers order by (transaction_id, global_position) and
-- only read below the oldest running transaction (ADR 0003).
CREATE TABLE ${schema}.events (
  global_position bigserial PRIMARY KEY,
  transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
  stream_id       text        NOT NULL,
  stream_position integer     NOT NULL,
  event_id        uuid        NOT NULL UNIQUE,
  type            text        NOT NULL,
  data            jsonb       NOT NULL,
  metadata        jsonb       NOT NULL,
  recorded_at     timestamptz NOT NULL,
  hash            text        NOT NULL,
  prev_hash       text,
  UNIQUE (stream_id, stream_position)
);

CREATE INDEX events_transaction_order ON ${schema}.events (transaction_id, global_position);
