import { START, type Checkpoint } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import { assertSchemaName } from '@hpc-access/sql';

/** `<schema>.relay_checkpoints`: how far each relay has published its service's events. */
export class RelayCheckpoints {
  private readonly table: string;

  constructor(
    private readonly sql: Sql,
    schema: string,
  ) {
    this.table = `${assertSchemaName(schema)}.relay_checkpoints`;
  }

  /** The stored checkpoint, or START for a relay that never published. */
  async load(relay: string): Promise<Checkpoint> {
    const { rows } = await this.sql.query<{ transaction_id: string; global_position: string }>(
      `SELECT transaction_id::text AS transaction_id, global_position::text AS global_position FROM ${this.table} WHERE relay = $1`,
      [relay],
    );
    const row = rows[0];
    return row ? { transactionId: row.transaction_id, globalPosition: row.global_position } : START;
  }

  /** Moves the checkpoint forward; a stale writer (an older instance) cannot move it back. */
  async save(relay: string, checkpoint: Checkpoint): Promise<void> {
    await this.sql.query(
      `INSERT INTO ${this.table} AS c (relay, transaction_id, global_position, updated_at)
       VALUES ($1, $2, $3, now())
       ON CONFLICT (relay) DO UPDATE
         SET transaction_id = EXCLUDED.transaction_id, global_position = EXCLUDED.global_position, updated_at = now()
         WHERE (c.transaction_id, c.global_position) <= (EXCLUDED.transaction_id, EXCLUDED.global_position)`,
      [relay, checkpoint.transactionId, checkpoint.globalPosition],
    );
  }
}
