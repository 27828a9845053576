import type { Sql } from '@hpc-access/sql';

/** A signed tree head as stored: the note is the evidence, the rest is for queries. */
export interface StoredCheckpoint {
  treeSize: number;
  rootHash: Buffer;
  note: string;
  keyName: string;
  keyId: string;
  signedAt: Date;
}

interface Row {
  tree_size: string | number;
  root_hash: Uint8Array;
  note: string;
  key_name: string;
  key_id: string;
  signed_at: Date | string;
}

const COLUMNS = 'tree_size, root_hash, note, key_name, key_id, signed_at';

const fromRow = (row: Row): StoredCheckpoint => ({
  treeSize: Number(row.tree_size),
  rootHash: Buffer.from(row.root_hash),
  note: row.note,
  keyName: row.key_name,
  keyId: row.key_id,
  signedAt: new Date(row.signed_at),
});

/** The ledger's checkpoints table (infra/migrations/audit). */
export class CheckpointStore {
  constructor(private readonly schema: string) {}

  async latest(sql: Sql): Promise<StoredCheckpoint | null> {
    const { rows } = await sql.query<Row>(`SELECT ${COLUMNS} FROM ${this.schema}.ledger_checkpoints ORDER BY tree_size DESC LIMIT 1`);
    return rows[0] ? fromRow(rows[0]) : null;
  }

  async bySize(sql: Sql, treeSize: number): Promise<StoredCheckpoint | null> {
    const { rows } = await sql.query<Row>(`SELECT ${COLUMNS} FROM ${this.schema}.ledger_checkpoints WHERE tree_size = $1`, [treeSize]);
    return rows[0] ? fromRow(rows[0]) : null;
  }

  /** Records a checkpoint; a second signer of the same size (another instance) changes nothing. */
  async record(sql: Sql, checkpoint: StoredCheckpoint): Promise<void> {
    await sql.query(
      `INSERT INTO ${this.schema}.ledger_checkpoints (${COLUMNS}) VALUES ($1, decode($2, 'hex'), $3, $4, $5, $6) ON CONFLICT (tree_size) DO NOTHING`,
      [checkpoint.treeSize, checkpoint.rootHash.toString('hex'), checkpoint.note, checkpoint.keyName, checkpoint.keyId, checkpoint.signedAt.toISOString()],
    );
  }
}
