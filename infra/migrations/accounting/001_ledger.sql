-- The usage ledger: each job record once, keyed by (system, job_id). Written in the transaction
-- that appends the charge, so the dedupe and the charge commit together or not at all.
CREATE TABLE IF NOT EXISTS ${schema}.job_records (
  system text NOT NULL,
  job_id text NOT NULL,
  account text NOT NULL,
  partition text NOT NULL,
  started_at timestamptz,
  ended_at timestamptz NOT NULL,
  elapsed_seconds bigint NOT NULL,
  state text NOT NULL,
  alloc_tres text NOT NULL,
  energy_joules double precision NOT NULL,
  gpus integer NOT NULL,
  gpu_hours double precision NOT NULL,
  energy_kwh double precision NOT NULL,
  estimated_flop double precision NOT NULL,
  -- charged: counted in its allocation's balance; flagged: kept, visible, not charged (reason says why).
  status text NOT NULL CHECK (status IN ('charged', 'flagged')),
  reason text,
  allocation_id text,
  import_id uuid NOT NULL,
  fingerprint text NOT NULL,
  received_at timestamptz NOT NULL,
  PRIMARY KEY (system, job_id)
);
CREATE INDEX IF NOT EXISTS job_records_by_allocation ON ${schema}.job_records (allocation_id, ended_at, job_id);
CREATE INDEX IF NOT EXISTS job_records_flagged ON ${schema}.job_records (received_at, system, job_id) WHERE status = 'flagged';

-- A record re-sent with other figures than the one kept: never charged, kept for an officer to look at.
CREATE TABLE IF NOT EXISTS ${schema}.job_record_conflicts (
  system text NOT NULL,
  job_id text NOT NULL,
  fingerprint text NOT NULL,
  record jsonb NOT NULL,
  import_id uuid NOT NULL,
  received_at timestamptz NOT NULL,
  PRIMARY KEY (system, job_id, fingerprint)
);

-- One row per import: what the site sent and what became of it.
CREATE TABLE IF NOT EXISTS ${schema}.usage_imports (
  import_id uuid PRIMARY KEY,
  source text NOT NULL CHECK (source IN ('json', 'sacct')),
  system text,
  submitted_by text NOT NULL,
  received_at timestamptz NOT NULL,
  accepted integer NOT NULL,
  duplicates integer NOT NULL,
  flagged integer NOT NULL,
  rejected integer NOT NULL,
  steps_ignored integer NOT NULL,
  report jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS usage_imports_by_time ON ${schema}.usage_imports (received_at DESC, import_id);

-- Slurm account (project id) -> allocation, written with the allocation's opening so usage
-- arriving right after the activation already finds it.
CREATE TABLE IF NOT EXISTS ${schema}.project_accounts (
  project_id text PRIMARY KEY,
  allocation_id text NOT NULL UNIQUE,
  system text NOT NULL
);
