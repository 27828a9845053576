-- Server (PostgreSQL) mode: the application's database role may read and append events, never
-- change or remove them (ADR 0027). The trigger of migration 005 refuses UPDATE, DELETE and
-- TRUNCATE, but a table's owner can switch a trigger off; so the events table, the trigger's
-- function and the schema move to an owner role the application cannot become, and the
-- application keeps SELECT and INSERT on events and everything on its own tables (read models,
-- inbox, outbox, checkpoints, person keys: erasure rewrites person_keys with VACUUM FULL, which
-- needs their owner).
--
-- As a superuser, before the services' first start (their migrations create their schemas, and
-- a rebuild its shadow schema `<schema>_rebuild`: both need CREATE on the database, which a new
-- role does not have):
--   psql "$ADMIN_URL" -c "CREATE ROLE hpc_app LOGIN PASSWORD '...'"      -- if the app has no role yet
--   psql "$ADMIN_URL" -f infra/postgres/append-only-roles.sql
--   psql "$ADMIN_URL" -c "CALL hpc_prepare_app_role('hpc_app')"
-- then once the services ran their migrations (their first start):
--   psql "$ADMIN_URL" -c "CALL hpc_make_events_append_only('hpc_app', 'hpc_event_owner')"
--   psql "$ADMIN_URL" -c "CALL hpc_grant_event_reader('hpc_auditor')"   -- optional: hpc-audit verify
-- then run the platform as hpc_app. Again after a migration that adds a service schema. A
-- migration that alters the events table itself must be applied by a superuser (start the
-- service once with the superuser's URL), then CALL again. Idempotent.

-- The application's role must exist and must not be a superuser (one check for both procedures).
CREATE OR REPLACE PROCEDURE public.hpc_check_app_role(app_role name)
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = app_role) THEN
    RAISE EXCEPTION 'role % does not exist: create it first (CREATE ROLE % LOGIN PASSWORD ...)', app_role, app_role;
  END IF;
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = app_role AND (rolsuper OR rolbypassrls)) THEN
    RAISE EXCEPTION 'role % is a superuser: it could change events whatever is granted', app_role;
  END IF;
END
$$;

-- What the application needs before its first start: CREATE on the database (CREATE SCHEMA IF
-- NOT EXISTS checks it even when the schema exists; the rebuild's shadow schemas). Refuses a
-- superuser, as hpc_make_events_append_only does.
CREATE OR REPLACE PROCEDURE public.hpc_prepare_app_role(app_role name)
LANGUAGE plpgsql AS $$
BEGIN
  CALL public.hpc_check_app_role(app_role);
  EXECUTE format('GRANT CREATE ON DATABASE %I TO %I', current_database(), app_role);
END
$$;

CREATE OR REPLACE PROCEDURE public.hpc_make_events_append_only(app_role name, owner_role name)
LANGUAGE plpgsql AS $$
DECLARE
  s name;
  t name;
BEGIN
  CALL public.hpc_check_app_role(app_role);
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = owner_role) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', owner_role);
  END IF;
  IF pg_has_role(app_role, owner_role, 'MEMBER') THEN
    RAISE EXCEPTION 'role % is a member of % and could act as the owner of the events', app_role, owner_role;
  END IF;
  -- Each start runs CREATE SCHEMA IF NOT EXISTS, which checks this privilege before it sees the schema exists.
  CALL public.hpc_prepare_app_role(app_role);
  FOR s IN SELECT c.table_schema FROM information_schema.columns c
            WHERE c.table_name = 'events' AND c.column_name = 'prev_hash' ORDER BY 1 LOOP
    -- The schema's owner may drop any table in it: the application must not be that owner.
    EXECUTE format('ALTER SCHEMA %I OWNER TO %I', s, owner_role);
    EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO %I', s, app_role);
    -- The application's own tables stay (or become) its own.
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = s AND tablename <> 'events' LOOP
      EXECUTE format('ALTER TABLE %I.%I OWNER TO %I', s, t, app_role);
    END LOOP;
    -- The events table's sequence moves with it.
    EXECUTE format('ALTER TABLE %I.events OWNER TO %I', s, owner_role);
    EXECUTE format('ALTER FUNCTION %I.refuse_event_change() OWNER TO %I', s, owner_role);
    EXECUTE format('REVOKE ALL ON %I.events FROM PUBLIC, %I', s, app_role);
    EXECUTE format('GRANT SELECT, INSERT ON %I.events TO %I', s, app_role);
    EXECUTE format('GRANT USAGE ON SEQUENCE %s TO %I', pg_get_serial_sequence(format('%I.events', s), 'global_position'), app_role);
  END LOOP;
END
$$;

-- Read-only access to every service's events (and the audit ledger), for an auditor's `hpc-audit verify --database`.
CREATE OR REPLACE PROCEDURE public.hpc_grant_event_reader(reader_role name)
LANGUAGE plpgsql AS $$
DECLARE
  s name;
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = reader_role) THEN
    EXECUTE format('CREATE ROLE %I LOGIN', reader_role);
  END IF;
  FOR s IN SELECT c.table_schema FROM information_schema.columns c
            WHERE c.table_name = 'events' AND c.column_name = 'prev_hash' ORDER BY 1 LOOP
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, reader_role);
    EXECUTE format('GRANT SELECT ON %I.events TO %I', s, reader_role);
  END LOOP;
  -- The audit ledger's leaves and signed checkpoints, for hpc-audit verify --verifier-key.
  IF to_regclass('audit.ledger_checkpoints') IS NOT NULL THEN
    EXECUTE format('GRANT USAGE ON SCHEMA audit TO %I', reader_role);
    EXECUTE format('GRANT SELECT ON audit.ledger_leaves, audit.ledger_checkpoints TO %I', reader_role);
  END IF;
END
$$;
