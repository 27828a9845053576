-- Integration events a consumer has handled, written in the transaction of the effect, so a
-- redelivery finds its row and changes nothing. handled_at lets old rows be pruned once they are
-- older than any redelivery can be.
CREATE TABLE IF NOT EXISTS ${schema}.inbox (
  consumer   text NOT NULL,
  event_id   text NOT NULL,
  handled_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);
