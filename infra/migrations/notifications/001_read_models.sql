-- Notifications' read models, written in the transaction that appends the events they follow
-- (notifications-read-models.ts), so the inbox, the fan-out and the dispatcher never read behind
-- the log. No personal data: subscribers' addresses stay sealed in their streams.
CREATE TABLE IF NOT EXISTS ${schema}.notifications (
  notification_id text PRIMARY KEY,
  kind text NOT NULL,
  audience_role text NOT NULL,
  audience_organisation text,
  audience_site text,
  audience_user text,
  content jsonb NOT NULL,
  occurred_at timestamptz NOT NULL,
  -- The dispatcher's fan-out sets it in the transaction that schedules the deliveries.
  fanned_out boolean NOT NULL DEFAULT false
);
CREATE INDEX IF NOT EXISTS notifications_by_audience ON ${schema}.notifications (audience_role, occurred_at DESC);
CREATE INDEX IF NOT EXISTS notifications_to_fan_out ON ${schema}.notifications (occurred_at) WHERE NOT fanned_out;

CREATE TABLE IF NOT EXISTS ${schema}.notification_reads (
  notification_id text NOT NULL,
  user_id text NOT NULL,
  read_at timestamptz NOT NULL,
  PRIMARY KEY (notification_id, user_id)
);

CREATE TABLE IF NOT EXISTS ${schema}.subscribers (
  user_id text PRIMARY KEY,
  roles text[] NOT NULL,
  organisation_id text,
  site_id text,
  language text NOT NULL,
  channels jsonb NOT NULL,
  has_address boolean NOT NULL,
  erased boolean NOT NULL DEFAULT false
);

CREATE TABLE IF NOT EXISTS ${schema}.deliveries (
  delivery_id text PRIMARY KEY,
  notification_id text NOT NULL,
  channel text NOT NULL,
  target text NOT NULL,
  status text NOT NULL,
  attempts integer NOT NULL,
  next_attempt_at timestamptz,
  attempt_log jsonb NOT NULL,
  failure_reason text,
  updated_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS deliveries_due ON ${schema}.deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX IF NOT EXISTS deliveries_by_status ON ${schema}.deliveries (status, updated_at DESC);

-- Facts the rules need from allocation: which site hosts which system, and each allocation's system.
CREATE TABLE IF NOT EXISTS ${schema}.hosting_sites (
  system text PRIMARY KEY,
  site_id text NOT NULL
);
CREATE TABLE IF NOT EXISTS ${schema}.allocation_systems (
  allocation_id text PRIMARY KEY,
  system text NOT NULL
);
