-- The audit ledger (ADR 28): one gap-free sequence of leaves over every service's events, each
-- leaf the RFC 9162 leaf hash of the event's leaf data (libs/ledger README, "Leaf data").
CREATE TABLE ${schema}.ledger_leaves (
  leaf_index      bigint      PRIMARY KEY CHECK (leaf_index >= 0),
  service         text        NOT NULL,
  global_position bigint      NOT NULL,
  event_id        uuid        NOT NULL UNIQUE,
  stream_id       text        NOT NULL,
  stream_position integer     NOT NULL,
  event_hash      text        NOT NULL,
  leaf_hash       bytea       NOT NULL,
  sequenced_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX ledger_leaves_by_stream ON ${schema}.ledger_leaves (stream_id, leaf_index);

-- Where the sequencer stands in each service's events, in their safe reading order (ADR 3):
-- written in the transaction that adds the leaves, so a crash neither skips nor repeats an event.
CREATE TABLE ${schema}.ledger_sources (
  service         text           PRIMARY KEY,
  transaction_id  numeric(20, 0) NOT NULL,
  global_position numeric(20, 0) NOT NULL,
  updated_at      timestamptz    NOT NULL DEFAULT now()
);

-- Signed tree heads: the C2SP checkpoint note as signed, with its size and root apart for queries.
CREATE TABLE ${schema}.ledger_checkpoints (
  tree_size  bigint      PRIMARY KEY CHECK (tree_size >= 0),
  root_hash  bytea       NOT NULL,
  note       text        NOT NULL,
  key_name   text        NOT NULL,
  key_id     text        NOT NULL,
  signed_at  timestamptz NOT NULL
);

-- Embedded and development mode only: the signing key generated at first start, so that a
-- restart signs with the key that signed before. Production configures its key (AUDIT_SIGNER_KEY)
-- outside the database, beyond the reach of whoever administers it.
CREATE TABLE ${schema}.development_signing_key (
  id         integer     PRIMARY KEY CHECK (id = 1),
  signer_key text        NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
