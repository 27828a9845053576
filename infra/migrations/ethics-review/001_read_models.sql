-- Ethics review's read models; rebuilt from the events at will (ARCHITECTURE.md section 5).
CREATE TABLE IF NOT EXISTS ${schema}.ethics_case_summaries (
  case_id text PRIMARY KEY,
  application_id text NOT NULL,
  organisation_id text NOT NULL,
  mode text NOT NULL,
  status text NOT NULL,
  outcome text,
  reviewers_required integer NOT NULL,
  reviews_in integer NOT NULL DEFAULT 0,
  opened_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  revision integer NOT NULL
);
CREATE INDEX IF NOT EXISTS ethics_case_summaries_by_status ON ${schema}.ethics_case_summaries (status, opened_at);
CREATE INDEX IF NOT EXISTS ethics_case_summaries_by_organisation ON ${schema}.ethics_case_summaries (organisation_id, opened_at);

-- Who is on which case, for "cases assigned to me".
CREATE TABLE IF NOT EXISTS ${schema}.ethics_case_reviewers (
  case_id text NOT NULL,
  reviewer_id text NOT NULL,
  state text NOT NULL,
  PRIMARY KEY (case_id, reviewer_id)
);
CREATE INDEX IF NOT EXISTS ethics_case_reviewers_by_reviewer ON ${schema}.ethics_case_reviewers (reviewer_id);

CREATE TABLE IF NOT EXISTS ${schema}.ethics_reviewers (
  reviewer_id text PRIMARY KEY,
  organisation_id text NOT NULL,
  expertise text[] NOT NULL,
  registered_at timestamptz NOT NULL
);
