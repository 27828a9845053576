-- Allocation's read models; rebuilt from the events at will (ARCHITECTURE.md section 5).
CREATE TABLE IF NOT EXISTS ${schema}.application_summaries (
  application_id text PRIMARY KEY,
  organisation_id text NOT NULL,
  mode text,
  system text,
  partition text,
  gpu_hours bigint,
  duration_months integer,
  status text NOT NULL,
  submitted_at timestamptz,
  registered_at timestamptz,
  technical_outcome text,
  ethics_outcome text,
  weighted_score numeric,
  hold_id text,
  hold_expires_at timestamptz,
  queued_at timestamptz,
  queue_position bigint,
  allocation_id text,
  project_id text,
  awarded_gpu_hours bigint,
  not_funded_reason text,
  clock_started_at timestamptz,
  awarded_at timestamptz,
  working_days_to_award integer,
  activated_at timestamptz,
  working_days_to_access integer,
  target_working_days integer,
  updated_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS alloc_application_summaries_by_status ON ${schema}.application_summaries (status, application_id);
CREATE INDEX IF NOT EXISTS alloc_application_summaries_by_partition ON ${schema}.application_summaries (system, partition, queue_position);

CREATE TABLE IF NOT EXISTS ${schema}.allocation_summaries (
  allocation_id text PRIMARY KEY,
  application_id text NOT NULL,
  organisation_id text NOT NULL,
  project_id text NOT NULL,
  mode text NOT NULL,
  system text NOT NULL,
  partition text NOT NULL,
  gpu_hours bigint NOT NULL,
  monthly_quota_gpu_hours bigint NOT NULL,
  start_date date NOT NULL,
  end_date date NOT NULL,
  partial boolean NOT NULL,
  status text NOT NULL,
  suspended_by text,
  awarded_at timestamptz NOT NULL,
  activated_at timestamptz,
  closed_at timestamptz,
  final_report_due date,
  final_report_submitted_at timestamptz,
  final_report_overdue boolean NOT NULL DEFAULT false,
  revision integer NOT NULL
);
CREATE INDEX IF NOT EXISTS alloc_allocation_summaries_by_organisation ON ${schema}.allocation_summaries (organisation_id, allocation_id);

CREATE TABLE IF NOT EXISTS ${schema}.holds (
  hold_id text PRIMARY KEY,
  application_id text NOT NULL,
  organisation_id text NOT NULL,
  system text NOT NULL,
  partition text NOT NULL,
  gpu_hours bigint NOT NULL,
  pool text NOT NULL,
  months jsonb NOT NULL,
  placed_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  status text NOT NULL,
  reason text,
  ended_at timestamptz
);

CREATE TABLE IF NOT EXISTS ${schema}.capacity_reservations (
  system text NOT NULL,
  partition text NOT NULL,
  pool text NOT NULL,
  month text NOT NULL,
  held numeric NOT NULL DEFAULT 0,
  awarded numeric NOT NULL DEFAULT 0,
  PRIMARY KEY (system, partition, pool, month)
);

CREATE TABLE IF NOT EXISTS ${schema}.calls (
  call_id text PRIMARY KEY,
  mode text NOT NULL,
  cut_offs jsonb NOT NULL,
  passed integer NOT NULL DEFAULT 0,
  opened_at timestamptz NOT NULL,
  revision integer NOT NULL
);
