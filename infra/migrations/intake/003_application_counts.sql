-- How many applications each organisation has per status and mode: the list's total is a sum over
-- these few rows, not a count over every application (issue 20; ADR 33). Kept by the
-- application_summaries projection in the same transaction as the rows it counts.
CREATE TABLE IF NOT EXISTS ${schema}.application_counts (
  organisation_id text NOT NULL,
  status text NOT NULL,
  mode text,
  applications integer NOT NULL
);
CREATE INDEX IF NOT EXISTS application_counts_by_organisation ON ${schema}.application_counts (organisation_id);
-- A database whose list was kept before this table: counted once from it.
INSERT INTO ${schema}.application_counts (organisation_id, status, mode, applications)
  SELECT organisation_id, status, mode, count(*) FROM ${schema}.application_summaries
  WHERE NOT EXISTS (SELECT 1 FROM ${schema}.application_counts)
  GROUP BY organisation_id, status, mode;
