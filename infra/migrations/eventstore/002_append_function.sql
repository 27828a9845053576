-- Appends events to one stream in one statement: lock the stream row, check the expected revision,
-- chain the hashes, insert, advance the stream. One round trip per append, on both engines.
--
-- p_expected: >= 0 exact revision, -1 no stream, -2 any, -3 stream exists.
-- p_contents: canonical JSON of each event, exactly the text the hash covers (computed by the
-- caller with hashedContent); the stored columns are taken from it, so storage and hash agree.
-- A wrong expected revision raises SQLSTATE HA409 with the actual revision in DETAIL.
CREATE OR REPLACE FUNCTION ${schema}.append_to_stream(p_stream_id text, p_expected integer, p_contents text[])
RETURNS TABLE (o_global_position text, o_transaction_id text, o_stream_position integer, o_hash text, o_prev_hash text)
LANGUAGE plpgsql AS $$
DECLARE
  v_count    integer := coalesce(array_length(p_contents, 1), 0);
  v_revision integer;
  v_hash     text;
  v_hashes   text[] := '{}';
  v_prevs    text[] := '{}';
BEGIN
  LOOP
    SELECT s.revision, s.last_hash INTO v_revision, v_hash
      FROM ${schema}.streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
    EXIT WHEN FOUND OR v_count = 0;
    -- A new stream: create its row (or wait for a racing creator's), then lock it on the next turn.
    INSERT INTO ${schema}.streams (stream_id, revision, last_hash) VALUES (p_stream_id, -1, NULL)
      ON CONFLICT (stream_id) DO NOTHING;
  END LOOP;
  v_revision := coalesce(v_revision, -1);

  IF NOT (p_expected = -2
          OR (p_expected = -1 AND v_revision = -1)
          OR (p_expected = -3 AND v_revision >= 0)
          OR (p_expected >= 0 AND v_revision = p_expected)) THEN
    RAISE EXCEPTION USING ERRCODE = 'HA409', MESSAGE = 'wrong expected revision', DETAIL = v_revision::text;
  END IF;
  IF v_count = 0 THEN
    RETURN;
  END IF;

  FOR i IN 1..v_count LOOP
    v_prevs[i] := v_hash;
    v_hash := encode(sha256(convert_to(coalesce(v_hash, '') || '|' || (v_revision + i) || '|' || p_contents[i], 'UTF8')), 'hex');
    v_hashes[i] := v_hash;
  END LOOP;

  RETURN QUERY
  INSERT INTO ${schema}.events AS e
    (stream_id, stream_position, event_id, type, data, metadata, recorded_at, hash, prev_hash)
  SELECT p_stream_id, v_revision + u.n::integer, (u.c ->> 'eventId')::uuid, u.c ->> 'type', u.c -> 'data',
         u.c -> 'metadata', (u.c ->> 'recordedAt')::timestamptz, u.h, u.p
    FROM unnest(p_contents::jsonb[], v_hashes, v_prevs) WITH ORDINALITY AS u (c, h, p, n)
  RETURNING e.global_position::text, e.transaction_id::text, e.stream_position, e.hash, e.prev_hash;

  UPDATE ${schema}.streams SET revision = v_revision + v_count, last_hash = v_hash
   WHERE stream_id = p_stream_id;
END
$$;
