-- Slurm keeps account names in lower case: a project id matches its Slurm account whatever the case.
CREATE INDEX IF NOT EXISTS project_accounts_by_lower_id ON ${schema}.project_accounts (lower(project_id));

-- Slurm accounts an accounting officer mapped to an allocation (SlurmAccountMapped), per system, the
-- account in lower case as Slurm keeps it. Written in the transaction that appends the event.
CREATE TABLE IF NOT EXISTS ${schema}.slurm_account_mappings (
  system text NOT NULL,
  account text NOT NULL,
  allocation_id text NOT NULL,
  mapped_by text NOT NULL,
  mapped_at timestamptz NOT NULL,
  revision integer NOT NULL,
  PRIMARY KEY (system, account)
);

-- The last checkpoint each site's agent sent with a batch (UsageBatchReceived), written in the
-- batch's transaction: an agent restarted after a crash resumes from what was committed.
CREATE TABLE IF NOT EXISTS ${schema}.site_usage_checkpoints (
  site_id text PRIMARY KEY,
  checkpoint text NOT NULL,
  import_id uuid NOT NULL,
  recorded_at timestamptz NOT NULL
);
