-- Allocations' balances, one row each; a projection of the allocation account events.
CREATE TABLE IF NOT EXISTS ${schema}.allocation_balances (
  allocation_id text PRIMARY KEY,
  organisation_id text NOT NULL,
  project_id text NOT NULL,
  mode text NOT NULL,
  system text NOT NULL,
  partition text NOT NULL,
  status text NOT NULL,
  awarded_gpu_hours double precision NOT NULL,
  charged_gpu_hours double precision NOT NULL DEFAULT 0,
  monthly_quota_gpu_hours double precision NOT NULL,
  energy_kwh double precision NOT NULL DEFAULT 0,
  estimated_flop double precision NOT NULL DEFAULT 0,
  jobs bigint NOT NULL DEFAULT 0,
  highest_threshold integer,
  overuse boolean NOT NULL DEFAULT false,
  underuse boolean NOT NULL DEFAULT false,
  starts_on text NOT NULL,
  ends_on text NOT NULL,
  updated_at timestamptz NOT NULL,
  revision integer NOT NULL
);
CREATE INDEX IF NOT EXISTS allocation_balances_by_organisation ON ${schema}.allocation_balances (organisation_id, allocation_id);
