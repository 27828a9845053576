import { START, type Checkpoint } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';

/** Reads and writes `<schema>.projection_checkpoints`; always inside the projection's transaction. */
export class ProjectionCheckpoints {
  constructor(private readonly schema: string) {}

  /** The stored checkpoint, row-locked until the transaction ends (a second runner waits here). */
  async lock(tx: Sql, name: string): Promise<Checkpoint> {
    const { rows } = await tx.query<{ transaction_id: string; global_position: string }>(
      `INSERT INTO ${this.schema}.projection_checkpoints (name, transaction_id, global_position) VALUES ($1, 0, 0)
       ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name
       RETURNING transaction_id::text AS transaction_id, global_position::text AS global_position`,
      [name],
    );
    return { transactionId: rows[0].transaction_id, globalPosition: rows[0].global_position };
  }

  async save(tx: Sql, name: string, checkpoint: Checkpoint): Promise<void> {
    await tx.query(
      `UPDATE ${this.schema}.projection_checkpoints
          SET transaction_id = $2, global_position = $3, updated_at = now() WHERE name = $1`,
      [name, checkpoint.transactionId, checkpoint.globalPosition],
    );
  }

  async read(sql: Sql, name: string): Promise<Checkpoint> {
    const { rows } = await sql.query<{ transaction_id: string; global_position: string }>(
      `SELECT transaction_id::text AS transaction_id, global_position::text AS global_position
         FROM ${this.schema}.projection_checkpoints WHERE name = $1`,
      [name],
    );
    return rows.length === 0 ? START : { transactionId: rows[0].transaction_id, globalPosition: rows[0].global_position };
  }

  async reset(tx: Sql, name: string): Promise<void> {
    await tx.query(`DELETE FROM ${this.schema}.projection_checkpoints WHERE name = $1`, [name]);
  }
}
