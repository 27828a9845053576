-- The event log is evidence (ADR 0027): once written, an event is never changed or removed. A
-- correction is a new event. The store refuses UPDATE, DELETE and TRUNCATE of its events itself,
-- so neither a bug nor a hand-typed statement in a console can rewrite history by accident.
-- Statement-level: one check per statement, however many rows it would touch (zero included), and
-- nothing on the append path (INSERT ... ON CONFLICT DO NOTHING fires no UPDATE trigger).
-- This stops mistakes and anyone who is not the table's owner; an owner or superuser can still
-- disable it, which is what the signed checkpoints of the audit ledger and `hpc-audit verify` are
-- for. On a server the application's role is not the owner (infra/postgres/append-only-roles.sql).
CREATE FUNCTION ${schema}.refuse_event_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING
    ERRCODE = 'HA403',
    MESSAGE = format('events are append-only: %s on %I.%I refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME),
    HINT = 'The event history is evidence; record a correcting event instead.';
END
$$;

CREATE TRIGGER events_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON ${schema}.events
  FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.refuse_event_change();
