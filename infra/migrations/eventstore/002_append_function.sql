-- Appends events to one stream in one call, so an append is one round trip on both engines and
-- the statements inside are planned once per connection (PL/pgSQL caches their plans; a plain
-- SQL statement of the same logic was planned on every call and ran at half the speed). ADR 0003.
--
-- The events table alone decides: the stream's revision and the hash to chain to come from its
-- last event (a backward scan of the unique (stream_id, stream_position) index), and that unique
-- index is the concurrency control. Optimistic and exact: read the last event, check the expected
-- revision, chain the hashes, insert. A racing writer that took the next position first makes the
-- first INSERT wait for it and then insert nothing (ON CONFLICT DO NOTHING); the loop reads the
-- stream again, so 'any' never fails on a race and an exact revision fails with the actual one.
--
-- p_expected: >= 0 exact revision, -1 no stream, -2 any, -3 stream exists.
-- p_contents: the canonical JSON of each event (exactly the text the hash covers; the caller
-- computes it with hashedContent), joined by the record separator U+001E, which JSON text never
-- holds unescaped; string_to_array() splits it without a query. The stored columns are parsed
-- from the same text, so storage and hash agree.
-- The events go in with at most two INSERTs: the first event alone (it may meet a racer, and a
-- racer may have written fewer events than this append: a multi-row insert would skip the
-- positions it took and fork the chain), then the rest together (INSERT ... SELECT FROM unnest,
-- a fixed shape whose plan is cached). Once the first position is ours no other writer can take
-- the next ones; if the rest ever did not all go in, 23505 undoes the whole append.
-- A wrong expected revision raises SQLSTATE HA409 with the actual revision (-1: none) in DETAIL.
-- Returns one text, because arrays or a record cost PGlite more to hand back than the append
-- itself: '<transaction id> <new revision> <hash before | -> (<global position> <hash>)...'.
CREATE FUNCTION ${schema}.append_events(p_stream_id text, p_expected integer, p_contents text)
RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  v_contents text[] := string_to_array(p_contents, E'\x1e');
  v_count    integer := coalesce(array_length(v_contents, 1), 0);
  v_revision integer;
  v_before   text;
  v_hash     text;
  v_hashes   text[];
  v_prevs    text[];
  v_inserted integer;
  v_tail     text;
  v_rest     text;
  v_event    jsonb;
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

    v_hash := v_before;
    FOR i IN 1..v_count LOOP
      v_prevs[i] := v_hash;
      v_hash := encode(sha256(convert_to(coalesce(v_hash, '') || '|' || (v_revision + i) || '|' || v_contents[i], 'UTF8')), 'hex');
      v_hashes[i] := v_hash;
    END LOOP;

    -- First the first event alone (it may meet a racer), with a plain VALUES insert.
    v_event := v_contents[1]::jsonb;
    INSERT INTO ${schema}.events (stream_id, stream_position, event_id, type, data, metadata, recorded_at, hash, prev_hash)
    VALUES (p_stream_id, v_revision + 1, (v_event ->> 'eventId')::uuid, v_event ->> 'type', v_event -> 'data',
            v_event -> 'metadata', (v_event ->> 'recordedAt')::timestamptz, v_hashes[1], v_before)
    ON CONFLICT (stream_id, stream_position) DO NOTHING
    RETURNING ' ' || global_position::text || ' ' || hash INTO v_tail;
    v_inserted := CASE WHEN FOUND THEN 1 ELSE 0 END;
    -- Then the rest together (they cannot meet one).
    IF v_inserted = 1 AND v_count > 1 THEN
      WITH ins AS (
        INSERT INTO ${schema}.events (stream_id, stream_position, event_id, type, data, metadata, recorded_at, hash, prev_hash)
        SELECT p_stream_id, v_revision + c.i, (c.ev ->> 'eventId')::uuid, c.ev ->> 'type', c.ev -> 'data', c.ev -> 'metadata',
               (c.ev ->> 'recordedAt')::timestamptz, v_hashes[c.i], v_prevs[c.i]
          -- OFFSET 0 keeps the subquery apart, so each content is parsed once, not once per column.
          FROM (SELECT u.i::integer AS i, u.content::jsonb AS ev
                  FROM unnest(v_contents) WITH ORDINALITY AS u(content, i) WHERE u.i > 1 OFFSET 0) c
         ORDER BY c.i
        ON CONFLICT (stream_id, stream_position) DO NOTHING
        RETURNING global_position, stream_position, hash)
      SELECT count(*), string_agg(' ' || ins.global_position::text || ' ' || ins.hash, '' ORDER BY ins.stream_position)
        INTO v_inserted, v_rest FROM ins;
      IF v_inserted <> v_count - 1 THEN
        RAISE EXCEPTION USING ERRCODE = 'unique_violation', MESSAGE = 'stream position taken mid-append';
      END IF;
      v_tail := v_tail || v_rest;
    END IF;
    IF v_inserted > 0 THEN
      RETURN pg_current_xact_id()::text || ' ' || (v_revision + v_count) || ' ' || coalesce(v_before, '-') || v_tail;
    END IF;
    IF attempt = 1000 THEN
      RAISE EXCEPTION USING ERRCODE = 'HA409', MESSAGE = 'stream too contended', DETAIL = v_revision::text;
    END IF;
  END LOOP;
END
$$;
