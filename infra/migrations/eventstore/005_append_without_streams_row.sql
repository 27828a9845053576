-- Appends without the per-stream row (ADR 0003). The events table alone decides: the stream's
-- revision and the hash to chain to come from its last event (a backward scan of the unique
-- (stream_id, stream_position) index), and that unique index is the concurrency control. An
-- append writes its events and nothing else: no streams row to update, no second WAL record.
--
-- Optimistic, exact, as before: read the last event, check the expected revision, chain the
-- hashes, insert. A racing writer that took the next position first makes the first INSERT wait
-- for it and then insert nothing (ON CONFLICT DO NOTHING, no subtransaction); the loop reads the
-- stream again, so 'any' still never fails on a race and an exact revision fails with the actual one.
-- Every writer starts at the position after the last committed event, so only the first insert
-- of an append can meet a racer; a conflict further on would be a bug and raises 23505.
--
-- Same signature and result as 002_append_function.sql.
CREATE OR REPLACE FUNCTION ${schema}.append_to_stream(p_stream_id text, p_expected integer, p_contents_json text)
RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  v_contents text[] := ARRAY(SELECT json_array_elements_text(p_contents_json::json));
  v_count    integer := coalesce(array_length(v_contents, 1), 0);
  v_revision integer;
  v_before   text;
  v_hash     text;
  v_prev     text;
  v_position text;
  v_event    jsonb;
  v_out      text;
  v_raced    boolean;
BEGIN
  FOR attempt IN 1..1000 LOOP
    SELECT e.stream_position, e.hash INTO v_revision, v_before
      FROM ${schema}.events e WHERE e.stream_id = p_stream_id
     ORDER BY e.stream_position DESC LIMIT 1;
    IF NOT FOUND THEN
      v_revision := -1;
      v_before := NULL;
    END IF;
    IF NOT (p_expected = -2
            OR (p_expected = -1 AND v_revision = -1)
            OR (p_expected = -3 AND v_revision >= 0)
            OR (p_expected >= 0 AND v_revision = p_expected)) THEN
      RAISE EXCEPTION USING ERRCODE = 'HA409', MESSAGE = 'wrong expected revision', DETAIL = v_revision::text;
    END IF;
    IF v_count = 0 THEN
      -- Nothing to write: no transaction id is taken for it.
      RETURN '0 ' || v_revision || ' ' || coalesce(v_before, '-');
    END IF;

    v_out := '';
    v_raced := false;
    v_prev := v_before;
    FOR i IN 1..v_count LOOP
      v_hash := encode(sha256(convert_to(coalesce(v_prev, '') || '|' || (v_revision + i) || '|' || v_contents[i], 'UTF8')), 'hex');
      v_event := v_contents[i]::jsonb;
      -- One row per statement: this plan is cached, where a multi-row INSERT is planned per size.
      INSERT INTO ${schema}.events (stream_id, stream_position, event_id, type, data, metadata, recorded_at, hash, prev_hash)
      VALUES (p_stream_id, v_revision + i, (v_event ->> 'eventId')::uuid, v_event ->> 'type', v_event -> 'data',
              v_event -> 'metadata', (v_event ->> 'recordedAt')::timestamptz, v_hash, v_prev)
      ON CONFLICT (stream_id, stream_position) DO NOTHING
      RETURNING global_position::text INTO v_position;
      IF NOT FOUND THEN
        IF i > 1 THEN
          RAISE EXCEPTION USING ERRCODE = 'unique_violation', MESSAGE = 'stream position taken mid-append';
        END IF;
        v_raced := true;
        EXIT;
      END IF;
      v_prev := v_hash;
      v_out := v_out || ' ' || v_position || ' ' || v_hash;
    END LOOP;
    IF NOT v_raced THEN
      RETURN pg_current_xact_id()::text || ' ' || (v_revision + v_count) || ' ' || coalesce(v_before, '-') || v_out;
    END IF;
    IF attempt = 1000 THEN
      RAISE EXCEPTION USING ERRCODE = 'HA409', MESSAGE = 'stream too contended', DETAIL = v_revision::text;
    END IF;
  END LOOP;
END
$$;

-- The stream rows are no longer read or written.
DROP TABLE ${schema}.streams;
