-- The service's own schema; the messaging tables live beside its read models.
-- One statement per file: PGlite runs one statement per query.
CREATE SCHEMA IF NOT EXISTS ${schema};
