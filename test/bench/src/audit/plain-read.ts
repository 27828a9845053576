import type { Database } from '@hpc-access/sql';

/**
 * The baseline: the same events read as plainly as a client can, in the same snapshot-and-cursor
 * way and page size as hpc-audit, every column in the driver's own types, nothing checked.
 */
export async function plainRead(db: Database, schema: string, pageSize: number): Promise<{ events: number; seconds: number }> {
  const started = performance.now();
  let events = 0;
  await db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    await tx.query(`DECLARE plain_read NO SCROLL CURSOR FOR SELECT * FROM ${schema}.events ORDER BY transaction_id, global_position`);
    for (;;) {
      const { rows } = await tx.query(`FETCH ${pageSize} FROM plain_read`);
      if (rows.length === 0) break;
      events += rows.length;
    }
  });
  return { events, seconds: (performance.now() - started) / 1000 };
}
