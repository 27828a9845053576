-- Intake's read models; rebuilt from the events at will (ARCHITECTURE.md section 5).
CREATE TABLE IF NOT EXISTS ${schema}.application_summaries (
  application_id uuid PRIMARY KEY,
  organisation_id text NOT NULL,
  status text NOT NULL,
  mode text,
  title text,
  system text,
  partition text,
  gpu_hours bigint,
  submitted_at timestamptz,
  updated_at timestamptz NOT NULL,
  revision integer NOT NULL
);
CREATE INDEX IF NOT EXISTS application_summaries_by_status ON ${schema}.application_summaries (status, application_id);
CREATE INDEX IF NOT EXISTS application_summaries_by_organisation ON ${schema}.application_summaries (organisation_id, application_id);

-- No personal data here: contact persons are read from the (encrypted) events only.
CREATE TABLE IF NOT EXISTS ${schema}.organisation_summaries (
  organisation_id text PRIMARY KEY,
  legal_name text NOT NULL,
  country text NOT NULL,
  pledge_version text,
  registered_at timestamptz NOT NULL,
  revision integer NOT NULL
);
