-- Governance's read models; rebuilt from the events at will (ARCHITECTURE.md section 5).
-- Each row keeps the folded state of its stream beside the columns lists filter on, so the
-- projection reuses the domain's evolve and a replay gives the same table.
CREATE TABLE IF NOT EXISTS ${schema}.organisation_pledges (
  organisation_id text PRIMARY KEY,
  legal_name text,
  status text NOT NULL,
  signed_version integer,
  next_attestation_due timestamptz,
  attestation_overdue boolean NOT NULL,
  open_breaches integer NOT NULL,
  open_obligations integer NOT NULL,
  overdue_obligations integer NOT NULL,
  suspended boolean NOT NULL,
  state jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  revision integer NOT NULL
);
CREATE INDEX IF NOT EXISTS organisation_pledges_by_status ON ${schema}.organisation_pledges (status, signed_version);

CREATE TABLE IF NOT EXISTS ${schema}.breach_reports (
  report_id text PRIMARY KEY,
  organisation_id text NOT NULL,
  status text NOT NULL,
  filed_by text NOT NULL,
  filed_role text NOT NULL,
  filed_at timestamptz NOT NULL,
  decided_at timestamptz,
  state jsonb NOT NULL,
  revision integer NOT NULL
);
CREATE INDEX IF NOT EXISTS breach_reports_by_status ON ${schema}.breach_reports (status, filed_at);

-- Accounting's latest running totals per allocation, kept to cross-check attestations. Not events:
-- accounting sends them after every usage batch; each attestation records the figures it was checked against.
CREATE TABLE IF NOT EXISTS ${schema}.usage_totals (
  allocation_id text PRIMARY KEY,
  organisation_id text NOT NULL,
  project_id text NOT NULL,
  charged_gpu_hours double precision NOT NULL,
  energy_kwh double precision NOT NULL,
  estimated_training_flop double precision NOT NULL,
  reported_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS usage_totals_by_organisation ON ${schema}.usage_totals (organisation_id);
