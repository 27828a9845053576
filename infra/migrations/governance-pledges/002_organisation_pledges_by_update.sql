-- The organisations list read oldest or newest first (sort, ADR 36) is ordered by updated_at, when
-- the organisation's pledge last moved; the index serves both directions, the filters (overdue,
-- open breaches) are checked on the rows as the index returns them.
CREATE INDEX IF NOT EXISTS organisation_pledges_by_update ON ${schema}.organisation_pledges (updated_at, organisation_id);
