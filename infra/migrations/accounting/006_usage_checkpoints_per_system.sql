-- A site agent reads each system's jobs with its own window, so its checkpoint is per system
-- (the sacct upload's system; '' for a JSON batch of several systems).
ALTER TABLE ${schema}.site_usage_checkpoints ADD COLUMN IF NOT EXISTS system text NOT NULL DEFAULT '';
ALTER TABLE ${schema}.site_usage_checkpoints DROP CONSTRAINT IF EXISTS site_usage_checkpoints_pkey;
ALTER TABLE ${schema}.site_usage_checkpoints ADD CONSTRAINT site_usage_checkpoints_pkey PRIMARY KEY (site_id, system);
