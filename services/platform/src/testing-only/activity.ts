import type { Sql } from '@hpc-access/sql';

export const SERVICE_SCHEMAS = ['intake', 'governance', 'ethics', 'allocation', 'accounting', 'notifications'] as const;

/**
 * What the services have written so far: events, inbox rows and relay checkpoints per schema.
 * When it stops changing, every command, relay and consumer has done its work.
 */
export async function activitySnapshot(db: Sql, schemas: readonly string[]): Promise<string> {
  const parts: unknown[] = [];
  for (const schema of schemas) {
    const { rows } = await db.query(
      `SELECT (SELECT count(*) FROM ${schema}.events)::int AS events,
              (SELECT count(*) FROM ${schema}.inbox)::int AS inbox,
              (SELECT coalesce(json_agg(r.global_position::text ORDER BY r.relay), '[]') FROM ${schema}.relay_checkpoints r) AS relays`,
    );
    parts.push(rows[0]);
  }
  return JSON.stringify(parts);
}

/** Polls `snapshot` until it is the same `stableRounds` times in a row. */
export async function untilQuiet(snapshot: () => Promise<string>, options: { pauseMs: number; stableRounds: number; timeoutMs: number; between?: () => Promise<void> }): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let last = await snapshot();
  let stable = 0;
  while (stable < options.stableRounds) {
    if (Date.now() > deadline) throw new Error(`the services did not settle within ${options.timeoutMs} ms`);
    await options.between?.();
    await new Promise((r) => setTimeout(r, options.pauseMs));
    const next = await snapshot();
    stable = next === last ? stable + 1 : 0;
    last = next;
  }
}
