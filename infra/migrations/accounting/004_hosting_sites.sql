-- Which site hosts which system, as allocation last published it (HostingSitesChanged): what a
-- site's token may charge and read here. Replaced whole on each change.
CREATE TABLE IF NOT EXISTS ${schema}.hosting_sites (
  system text PRIMARY KEY,
  site_id text NOT NULL,
  changed_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS hosting_sites_by_site ON ${schema}.hosting_sites (site_id);

-- The site an import was for, and whether an accounting officer uploaded it on that site's behalf.
-- Imports recorded before sites existed have none: no site sees them.
ALTER TABLE ${schema}.usage_imports ADD COLUMN IF NOT EXISTS site_id text;
ALTER TABLE ${schema}.usage_imports ADD COLUMN IF NOT EXISTS on_behalf_of_site boolean NOT NULL DEFAULT false;
CREATE INDEX IF NOT EXISTS usage_imports_by_site ON ${schema}.usage_imports (site_id, received_at DESC, import_id);
