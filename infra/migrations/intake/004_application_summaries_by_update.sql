-- The application list read oldest or newest first (sort, ADR 36) is ordered by updated_at: how
-- long an application has waited in its status. Every queue filters by status, so the index
-- leads with it; read forward for oldest first, backward for newest first.
CREATE INDEX IF NOT EXISTS application_summaries_by_status_and_update ON ${schema}.application_summaries (status, updated_at, application_id);
