-- Which ethics reviewers may read which application's dossier: assigned to its case, declared no
-- conflict, assignment not ended. Kept from ethics review's integration events, in the inbox's
-- transaction (intake cannot read ethics review's tables); a reviewer's user id, no personal data.
CREATE TABLE IF NOT EXISTS ${schema}.dossier_readers (
  application_id uuid NOT NULL,
  reviewer_id text NOT NULL,
  declared_at timestamptz NOT NULL,
  PRIMARY KEY (application_id, reviewer_id)
);
CREATE INDEX IF NOT EXISTS dossier_readers_by_reviewer ON ${schema}.dossier_readers (reviewer_id, application_id);
