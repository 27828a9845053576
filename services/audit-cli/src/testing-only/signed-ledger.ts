import { CompactRange, eventLeafHash, parseSignerKey, signCheckpoint, type NoteSigner } from '@hpc-access/ledger';
import { findRepoFile, loadSqlMigrations, runMigrations, type Database } from '@hpc-access/sql';

/**
 * A ledger as the audit service keeps it (its own migrations, infra/migrations/audit; leaves and
 * notes as libs/ledger defines them), written here without the service: every event of `sources`
 * in the store's order, a checkpoint signed every `every` leaves and at the end.
 */
export async function signedLedger(db: Database, schema: string, sources: readonly string[], signerKey: string, every = 7): Promise<{ signer: NoteSigner; leaves: number }> {
  await runMigrations(db, schema, loadSqlMigrations(findRepoFile('infra/migrations/audit', __dirname), 'audit'));
  const signer = parseSignerKey(signerKey);
  const range = new CompactRange();
  const sign = async () => {
    const note = signCheckpoint({ origin: signer.name, size: range.size, rootHash: range.root(), extensions: [`timestamp ${new Date().toISOString()}`] }, signer);
    await db.query(`INSERT INTO ${schema}.ledger_checkpoints (tree_size, root_hash, note, key_name, key_id, signed_at) VALUES ($1, $2, $3, $4, $5, now())`, [
      range.size,
      range.root(),
      note,
      signer.name,
      signer.keyId.toString('hex'),
    ]);
  };
  for (const service of sources) {
    const { rows } = await db.query<{ global_position: string; event_id: string; stream_id: string; stream_position: number; hash: string }>(
      `SELECT global_position::text, event_id::text, stream_id, stream_position, hash FROM ${service}.events ORDER BY transaction_id, global_position`,
    );
    for (const row of rows) {
      const leaf = eventLeafHash({ service, streamId: row.stream_id, streamPosition: row.stream_position, eventId: row.event_id, hash: row.hash });
      await db.query(
        `INSERT INTO ${schema}.ledger_leaves (leaf_index, service, global_position, event_id, stream_id, stream_position, event_hash, leaf_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [range.size, service, row.global_position, row.event_id, row.stream_id, row.stream_position, row.hash, leaf],
      );
      range.append(leaf);
      if (range.size % every === 0) await sign();
    }
  }
  if (range.size % every !== 0) await sign();
  return { signer, leaves: range.size };
}
