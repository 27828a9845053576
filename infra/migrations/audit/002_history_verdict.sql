-- What the newest start-up check found (ADR 28), for the other services' processes in
-- distributed mode: each reads it at start and on a poll, and appends no events while `altered`
-- is set. One row, rewritten by every check; no row means no check has run yet.
CREATE TABLE ${schema}.history_verdict (
  id         integer     PRIMARY KEY CHECK (id = 1),
  altered    text,
  checked_at timestamptz NOT NULL
);
