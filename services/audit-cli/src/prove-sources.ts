import { eventLeafHash, type Hash } from '@hpc-access/ledger';
import { assertSchemaName, type Sql } from '@hpc-access/sql';
import { BundleFormatError, storedEventOf, type EventLine } from '@hpc-access/audit-bundle';
import { bundleRecords } from './bundle-source';
import { columns, eventSchemas } from '@hpc-access/audit-bundle';
import { recordedAtText, type StoredEvent } from '@hpc-access/audit-bundle';

/** What `prove` needs of a store or a bundle: the event, the signed notes, the leaves recomputed from the events. */
export interface ProofMaterial {
  /** The event as stored, undefined when the source does not hold it. */
  event?: StoredEvent;
  /** Its leaf index; null when it was not sequenced yet. */
  leafIndex: number | null;
  checkpoints: { size: number; note: string }[];
  /**
   * The leaf hashes of the first `size` leaves, each recomputed from its event; where the event
   * is gone, the ledger's own leaf hash (a database) or null (a bundle: nothing to take it from).
   */
  leaves(size: number): Promise<(Hash | null)[]>;
  /** The ledger's recorded hash of the event's leaf (a database only), to say what changed. */
  sequencedLeaf?: Hash;
}

const leafOf = (service: string, e: { streamId: string; streamPosition: number; eventId: string; hash: string }) =>
  eventLeafHash({ service, streamId: e.streamId, streamPosition: e.streamPosition, eventId: e.eventId, hash: e.hash });

/** From a database with the audit ledger (in `ledgerSchema`), in one read-only snapshot (`tx`). */
export async function databaseProofMaterial(tx: Sql, eventId: string, ledgerSchema = 'audit'): Promise<ProofMaterial> {
  const ledger = assertSchemaName(ledgerSchema);
  const schemas = await eventSchemas(tx);
  let event: StoredEvent | undefined;
  for (const schema of schemas) {
    const { rows } = await tx.query<StoredEvent>(`SELECT ${columns(schema, false)} FROM ${schema}.events ev WHERE ev.event_id::text = $1`, [eventId]);
    if (rows[0]) event = { ...rows[0], recordedAt: recordedAtText(rows[0].recordedAt) };
  }
  const { rows: sequenced } = await tx.query<{ leafIndex: number; leafHash: Uint8Array }>(
    `SELECT leaf_index::float8 AS "leafIndex", leaf_hash AS "leafHash" FROM ${ledger}.ledger_leaves WHERE event_id::text = $1`,
    [eventId],
  );
  const { rows: checkpoints } = await tx.query<{ size: number; note: string }>(`SELECT tree_size::float8 AS size, note FROM ${ledger}.ledger_checkpoints ORDER BY tree_size`);
  return {
    event,
    leafIndex: sequenced[0]?.leafIndex ?? null,
    sequencedLeaf: sequenced[0] ? Buffer.from(sequenced[0].leafHash) : undefined,
    checkpoints,
    async leaves(size) {
      const events = schemas.map((s) => `SELECT '${s}'::text AS service, event_id, stream_id, stream_position, hash FROM ${s}.events`).join(' UNION ALL ');
      const { rows } = await tx.query<{ service: string; eventId: string; leafHash: Uint8Array; streamId: string | null; streamPosition: number | null; hash: string | null }>(
        `SELECT l.service, l.event_id::text AS "eventId", l.leaf_hash AS "leafHash", e.stream_id AS "streamId", e.stream_position AS "streamPosition", e.hash
           FROM ${ledger}.ledger_leaves l LEFT JOIN (${events}) e ON e.service = l.service AND e.event_id = l.event_id
          WHERE l.leaf_index < $1 ORDER BY l.leaf_index`,
        [size],
      );
      // A leaf whose event is gone keeps the ledger's hash: the proof of another event does not depend on it being there.
      return rows.map((row) =>
        row.hash === null || row.streamId === null || row.streamPosition === null ? Buffer.from(row.leafHash) : leafOf(row.service, { ...row, streamId: row.streamId, streamPosition: row.streamPosition, hash: row.hash }),
      );
    },
  };
}

/**
 * From a bundle exported with the ledger, read once, streamed: its checkpoint records, the leaf
 * of every event at its leaf index, and the event asked for. The bundle's frame and chains are
 * `verify --bundle`'s business; this only needs the leaves.
 */
export async function bundleProofMaterial(path: string, eventId: string): Promise<ProofMaterial> {
  const checkpoints: { size: number; note: string }[] = [];
  const leaves: (Hash | null)[] = [];
  let event: StoredEvent | undefined;
  let lines = 0;
  for await (const { record, lineNumber } of bundleRecords(path)) {
    lines = lineNumber;
    if (record.record === 'checkpoint' && typeof record.note === 'string' && typeof record.tree_size === 'number') checkpoints.push({ size: record.tree_size, note: record.note });
    if (record.record !== 'event') continue;
    const stored = storedEventOf(record as unknown as EventLine, lineNumber);
    if (stored.eventId === eventId) event = stored;
    if (typeof stored.leafIndex === 'number') {
      while (leaves.length <= stored.leafIndex) leaves.push(null);
      leaves[stored.leafIndex] = leafOf(stored.service, stored);
    }
  }
  if (lines === 0) throw new BundleFormatError(`${path}: empty: not an audit bundle`);
  return {
    event,
    leafIndex: event?.leafIndex ?? null,
    checkpoints,
    leaves: async (size) => Array.from({ length: size }, (_, i) => leaves[i] ?? null),
  };
}
