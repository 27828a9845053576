-- Appends events to one stream in one statement: lock the stream row, check the expected revision,
-- chain the hashes, insert, advance the stream. One round trip per append on both engines, and
-- the statements inside are planned once per connection (PL/pgSQL caches their plans), which a
-- client-side multi-statement append could not match on PGlite.
--
-- p_expected: >= 0 exact revision, -1 no stream, -2 any, -3 stream exists.
-- p_contents: canonical JSON of each event, exactly the text the hash covers (the caller computes
-- it with hashedContent); the stored columns are parsed from it, so storage and hash agree.
-- A wrong expected revision raises SQLSTATE HA409 with the actual revision (-1: none) in DETAIL.
-- Returns one row: the stream's new revision, the transaction id, the global position and hash of
-- each event in order, and the hash the first event chains to.
CREATE FUNCTION ${schema}.append_to_stream(
  p_stream_id text, p_expected integer, p_contents text[],
  OUT o_revision integer, OUT o_transaction_id text, OUT o_global_positions text[], OUT o_hashes text[], OUT o_prev_hash text)
LANGUAGE plpgsql AS $$
DECLARE
  v_count    integer := coalesce(array_length(p_contents, 1), 0);
  v_revision integer;
  v_hash     text;
  v_prev     text;
  v_position text;
  v_event    jsonb;
BEGIN
  LOOP
    SELECT s.revision, s.last_hash INTO v_revision, v_hash
      FROM ${schema}.streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
    EXIT WHEN FOUND;
    v_revision := -1;
    EXIT WHEN v_count = 0;
    -- A new stream: its row is ours and locked once inserted; if a racing creator got there
    -- first, wait for it (ON CONFLICT) and lock its row on the next turn.
    INSERT INTO ${schema}.streams (stream_id, revision, last_hash) VALUES (p_stream_id, -1, NULL)
      ON CONFLICT (stream_id) DO NOTHING;
    EXIT WHEN FOUND;
  END LOOP;

  IF NOT (p_expected = -2
          OR (p_expected = -1 AND v_revision = -1)
          OR (p_expected = -3 AND v_revision >= 0)
          OR (p_expected >= 0 AND v_revision = p_expected)) THEN
    RAISE EXCEPTION USING ERRCODE = 'HA409', MESSAGE = 'wrong expected revision', DETAIL = v_revision::text;
  END IF;
  o_revision := v_revision + v_count;
  IF v_count = 0 THEN
    RETURN;
  END IF;

  o_prev_hash := v_hash;
  FOR i IN 1..v_count LOOP
    v_prev := v_hash;
    v_hash := encode(sha256(convert_to(coalesce(v_prev, '') || '|' || (v_revision + i) || '|' || p_contents[i], 'UTF8')), 'hex');
    v_event := p_contents[i]::jsonb;
    -- One row per statement: the plan is cached, where a multi-row INSERT would be planned per size.
    INSERT INTO ${schema}.events (stream_id, stream_position, event_id, type, data, metadata, recorded_at, hash, prev_hash)
    VALUES (p_stream_id, v_revision + i, (v_event ->> 'eventId')::uuid, v_event ->> 'type', v_event -> 'data',
            v_event -> 'metadata', (v_event ->> 'recordedAt')::timestamptz, v_hash, v_prev)
    RETURNING global_position::text INTO v_position;
    o_global_positions[i] := v_position;
    o_hashes[i] := v_hash;
  END LOOP;

  UPDATE ${schema}.streams SET revision = o_revision, last_hash = v_hash WHERE stream_id = p_stream_id;
  o_transaction_id := pg_current_xact_id()::text;
END
$$;
