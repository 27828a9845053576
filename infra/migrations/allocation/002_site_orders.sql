-- Orders for the hosting sites (ADR 17), one row per order; rebuilt from the events at will.
-- `members` holds the event's sealed form only (user names under each member's key, ADR 6):
-- an erased member reads as erased here too.
CREATE TABLE IF NOT EXISTS ${schema}.site_orders (
  order_id uuid PRIMARY KEY,
  -- The order in which the orders were issued (events are applied in global order).
  issue_order bigint GENERATED ALWAYS AS IDENTITY,
  allocation_id text NOT NULL,
  seq integer NOT NULL,
  organisation_id text NOT NULL,
  site_id text NOT NULL,
  system text NOT NULL,
  partition text NOT NULL,
  kind text NOT NULL,
  project_id text NOT NULL,
  members jsonb NOT NULL,
  gpu_minutes bigint,
  status text NOT NULL,
  attempt integer NOT NULL,
  last_error text,
  issued_at timestamptz NOT NULL,
  acknowledged_at timestamptz,
  revision integer NOT NULL,
  UNIQUE (allocation_id, seq)
);
CREATE INDEX IF NOT EXISTS alloc_site_orders_by_system ON ${schema}.site_orders (system, status, issue_order);
CREATE INDEX IF NOT EXISTS alloc_site_orders_by_status ON ${schema}.site_orders (status, issue_order);
