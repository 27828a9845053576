-- Deadlines as data: a command to run at a time (hold expiry, cut-off, attestation due, final
-- report due). Written in the transaction of the effect that makes the deadline, so a deadline is
-- never lost, and kept after it fired as the record of when it did. The key names the deadline
-- (`hold-expiry:<holdId>`): scheduling it again moves it, cancelling it marks it.
CREATE TABLE IF NOT EXISTS ${schema}.scheduled_commands (
  key           text PRIMARY KEY,
  command_type  text NOT NULL,
  payload       jsonb NOT NULL,
  due_at        timestamptz NOT NULL,
  scheduled_at  timestamptz NOT NULL,
  fired_at      timestamptz,
  cancelled_at  timestamptz,
  attempts      integer NOT NULL DEFAULT 0,
  last_error    text
);
