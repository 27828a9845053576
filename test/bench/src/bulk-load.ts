import type { Database } from '@hpc-access/sql';

const CHUNK = 50_000;

/**
 * Fills `<schema>.events` with `count` realistic stored events (contact fields already in their
 * encrypted form, one ciphertext per person) straight in SQL: appending a million events one by
 * one would take the whole time budget of the benchmark. One transaction per chunk, so
 * transaction ids vary as in life.
 */
export async function bulkLoadEvents(db: Database, schema: string, count: number, onChunk: (loaded: number) => void): Promise<void> {
  for (let from = 0; from < count; from += CHUNK) {
    const to = Math.min(count, from + CHUNK) - 1;
    await db.query(
      `INSERT INTO ${schema}.events (stream_id, stream_position, event_id, type, data, metadata, recorded_at, hash, prev_hash)
       SELECT 'application-' || (g % 1000), (g / 1000)::int, gen_random_uuid(),
              CASE WHEN g % 5 = 0 THEN 'ApplicationSubmitted' ELSE 'ApplicationDrafted' END,
              jsonb_build_object(
                'applicationId', 'application-' || (g % 1000), 'organisationId', 'org-fold-labs',
                'title', 'Protein folding at scale', 'system', 'LUMI', 'partition', 'lumi-g', 'gpuHours', 12500 + g % 100,
                'summary', repeat('Fine-tuning a protein-structure model on 512 GPUs. ', 4),
                'contact', jsonb_build_object(
                  'personId', 'person-' || (g % 1000),
                  '$pii', jsonb_build_object('s', 'person-' || (g % 1000), 'f', jsonb_build_array('name', 'email'),
                    'v', encode(sha256(('n' || g)::bytea), 'base64') || encode(sha256(('e' || g)::bytea), 'base64') || encode(sha256(('f' || g)::bytea), 'base64'),
                    'a', 'xchacha20-poly1305'))),
              jsonb_build_object('correlationId', gen_random_uuid(), 'causationId', NULL,
                'actor', jsonb_build_object('id', 'user-ada', 'role', 'applicant'), 'schemaVersion', 1),
              now(), encode(sha256(g::text::bytea), 'hex'), encode(sha256((g - 1)::text::bytea), 'hex')
         FROM generate_series($1::bigint, $2::bigint) AS g`,
      [from, to],
    );
    onChunk(to + 1);
  }
  // Set hint bits and statistics now, so that the first measured reader does not pay for them.
  await db.query(`VACUUM ANALYZE ${schema}.events`);
}
