-- Appends events to one stream in one statement, so an append is one round trip on both engines
-- and the statements inside are planned once per connection (PL/pgSQL caches their plans).
--
-- Optimistic, exact: read the stream row, check the expected revision, chain the hashes, then
-- move the stream row only if it still holds the revision read (compare-and-set; a racing writer
-- that got there first makes it match nothing, and the loop reads again). Appends to one stream
-- therefore serialise on its streams row, and the chain never forks.
--
-- p_expected: >= 0 exact revision, -1 no stream, -2 any, -3 stream exists.
-- p_contents_json: a JSON array of strings, the canonical JSON of each event: exactly the text the hash
-- covers (the caller computes it with hashedContent); the stored columns are parsed from it, so
-- storage and hash agree. (A JSON string rather than text[]: cheaper for the drivers to send.)
-- A wrong expected revision raises SQLSTATE HA409 with the actual revision (-1: none) in DETAIL.
--
-- Returns one text, because arrays or a record cost PGlite more to hand back than the append
-- itself: '<transaction id> <new revision> <hash before | -> <global position> <hash> ...'.
CREATE FUNCTION ${schema}.append_to_stream(p_stream_id text, p_expected integer, p_contents_json text)
RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  v_contents text[] := ARRAY(SELECT json_array_elements_text(p_contents_json::json));
  v_count    integer := coalesce(array_length(v_contents, 1), 0);
  v_revision integer;
  v_before   text;
  v_hash     text;
  v_hashes   text[];
  v_prev     text;
  v_position text;
  v_event    jsonb;
  v_out      text;
BEGIN
  FOR attempt IN 1..1000 LOOP
    SELECT s.revision, s.last_hash INTO v_revision, v_before FROM ${schema}.streams s WHERE s.stream_id = p_stream_id;
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

    v_hash := v_before;
    FOR i IN 1..v_count LOOP
      v_hash := encode(sha256(convert_to(coalesce(v_hash, '') || '|' || (v_revision + i) || '|' || v_contents[i], 'UTF8')), 'hex');
      v_hashes[i] := v_hash;
    END LOOP;

    IF v_revision < 0 THEN
      INSERT INTO ${schema}.streams (stream_id, revision, last_hash) VALUES (p_stream_id, v_count - 1, v_hash)
        ON CONFLICT (stream_id) DO NOTHING;
    ELSE
      UPDATE ${schema}.streams SET revision = v_revision + v_count, last_hash = v_hash
       WHERE stream_id = p_stream_id AND revision = v_revision;
    END IF;
    EXIT WHEN FOUND;
    IF attempt = 1000 THEN
      RAISE EXCEPTION USING ERRCODE = 'HA409', MESSAGE = 'stream too contended', DETAIL = v_revision::text;
    END IF;
  END LOOP;

  v_out := pg_current_xact_id()::text || ' ' || (v_revision + v_count) || ' ' || coalesce(v_before, '-');
  v_prev := v_before;
  FOR i IN 1..v_count LOOP
    v_event := v_contents[i]::jsonb;
    -- One row per statement: this plan is cached, where a multi-row INSERT is planned per size.
    INSERT INTO ${schema}.events (stream_id, stream_position, event_id, type, data, metadata, recorded_at, hash, prev_hash)
    VALUES (p_stream_id, v_revision + i, (v_event ->> 'eventId')::uuid, v_event ->> 'type', v_event -> 'data',
            v_event -> 'metadata', (v_event ->> 'recordedAt')::timestamptz, v_hashes[i], v_prev)
    RETURNING global_position::text INTO v_position;
    v_prev := v_hashes[i];
    v_out := v_out || ' ' || v_position || ' ' || v_prev;
  END LOOP;
  RETURN v_out;
END
$$;
