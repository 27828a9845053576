import { CompactRange, describeKeyRing, eventLeafHash, openCheckpointWithRing, parseVerifierKeyRing, sameHash, type Hash, type VerifierKeyRing } from '@hpc-access/ledger';
import { assertSchemaName, type Sql } from '@hpc-access/sql';

export interface LedgerCheckOptions {
  /**
   * The ledger's published verifier key (`GET /api/audit/ledger/public-key`), signed-note form; after
   * a rotation of the signing key, every key of the ledger's life (`verifierKeys` of that route):
   * comma-separated, a retired one as `<verifier key>@<the last tree size it signed>`.
   */
  verifierKey: string;
  /** The audit service's schema (default `audit`). */
  schema?: string;
}

export interface LedgerCheck {
  checked: string;
  problems: string[];
}

interface SignedSize {
  size: number;
  root: Hash;
  signedAt: string;
}

/** A verifier key that does not parse: the command line is wrong, not the ledger. */
export class VerifierKeyError extends Error {}

export function verifierOf(text: string): VerifierKeyRing {
  try {
    return parseVerifierKeyRing(text);
  } catch (error) {
    throw new VerifierKeyError(`--verifier-key: ${(error as Error).message}`);
  }
}

/**
 * The ledger's checks, in the snapshot the chains were read in (ADR 28, 30). Trusts nothing the
 * database says about itself: every checkpoint's signature against the auditor's key, then every
 * root recomputed from the store's events (service, stream, position, id and chain hash: the
 * leaf data of libs/ledger) in the order of the ledger's leaves. Equal roots at every signed size
 * prove each event up to the newest checkpoint included and each checkpoint a prefix of the next
 * (consistency, by construction). What the chains cannot see shows here: the last events of a
 * stream or a whole stream deleted (a leaf's event gone), an edit with its stream re-hashed (the
 * leaf from the event is not the one signed), the ledger's own rows rewritten (a root differs).
 */
export async function checkLedger(tx: Sql, eventSchemas: readonly string[], options: LedgerCheckOptions): Promise<LedgerCheck> {
  const verifier = verifierOf(options.verifierKey);
  const schema = assertSchemaName(options.schema ?? 'audit');
  const problems: string[] = [];
  const signed: SignedSize[] = [];
  const { rows: notes } = await tx.query<{ size: string; note: string }>(`SELECT tree_size::text AS size, note FROM ${schema}.ledger_checkpoints ORDER BY tree_size`);
  for (const { size, note } of notes) {
    const opened = openCheckpointWithRing(note, verifier);
    if (!opened.ok) problems.push(`checkpoint at size ${size}: ${opened.reason}`);
    else if (opened.checkpoint.size !== Number(size)) problems.push(`checkpoint at size ${size}: its signed note says size ${opened.checkpoint.size}`);
    else signed.push({ size: opened.checkpoint.size, root: opened.checkpoint.rootHash, signedAt: opened.checkpoint.extensions.find((line) => line.startsWith('timestamp '))?.slice(10) ?? '' });
  }
  const newest = signed.at(-1)?.size ?? 0;
  const leaves = await foldLeaves(tx, schema, eventSchemas, newest, signed, problems);
  const key = describeKeyRing(verifier);
  return {
    checked:
      `the ledger's ${notes.length} signed checkpoint(s) against ${key}: each signature, and each root recomputed from the store's events in leaf order ` +
      `(${leaves} leaves): every event up to the newest checkpoint included, every checkpoint consistent with the one before`,
    problems,
  };
}

async function foldLeaves(tx: Sql, schema: string, eventSchemas: readonly string[], newest: number, signed: SignedSize[], problems: string[]): Promise<number> {
  if (newest === 0) return 0;
  const events = eventSchemas.map((s) => `SELECT '${assertSchemaName(s)}'::text AS service, event_id, stream_id, stream_position, hash FROM ${s}.events`).join(' UNION ALL ');
  // The leaf's own columns are the ledger's word; what is folded comes from the events.
  await tx.query(
    `DECLARE hpc_audit_leaves NO SCROLL CURSOR FOR
     SELECT l.leaf_index::text AS "leafIndex", l.service, l.event_id::text AS "eventId", l.leaf_hash AS "leafHash",
            e.stream_id AS "streamId", e.stream_position AS "streamPosition", e.hash
       FROM ${schema}.ledger_leaves l LEFT JOIN (${events || 'SELECT NULL::text AS service, NULL::uuid AS event_id, NULL::text AS stream_id, NULL::int AS stream_position, NULL::text AS hash'}) e
         ON e.service = l.service AND e.event_id = l.event_id
      WHERE l.leaf_index < ${newest} ORDER BY l.leaf_index`,
  );
  const range = new CompactRange();
  let next = 0;
  let firstNamed = false;
  for (;;) {
    const { rows } = await tx.query<{ leafIndex: string; service: string; eventId: string; leafHash: Uint8Array; streamId: string | null; streamPosition: number | null; hash: string | null }>(
      'FETCH 5000 FROM hpc_audit_leaves',
    );
    if (rows.length === 0) break;
    for (const row of rows) {
      const index = Number(row.leafIndex);
      if (index !== range.size) {
        problems.push(`the ledger has no leaf ${range.size} (the next is ${index}): its own rows were deleted`);
        return range.size;
      }
      if (row.hash === null || row.streamId === null || row.streamPosition === null) {
        if (!firstNamed) problems.push(`leaf ${index}: event ${row.eventId} of ${row.service} is gone from the store (deleted after it was sequenced)`);
        firstNamed = true;
        // Folded as the ledger has it, so the roots still say whether the rest matches.
        range.append(Buffer.from(row.leafHash));
      } else {
        const leaf = eventLeafHash({ service: row.service, streamId: row.streamId, streamPosition: row.streamPosition, eventId: row.eventId, hash: row.hash });
        if (!firstNamed && !sameHash(leaf, row.leafHash)) {
          problems.push(`leaf ${index}: ${row.service} stream ${row.streamId} position ${row.streamPosition} (event ${row.eventId}) is not the event that was sequenced: its hash or place changed since (an edit with its stream re-hashed, or a move)`);
          firstNamed = true;
        }
        range.append(leaf);
      }
      while (next < signed.length && signed[next].size === range.size) {
        const checkpoint = signed[next++];
        if (!sameHash(range.root(), checkpoint.root)) {
          problems.push(`checkpoint at size ${checkpoint.size} (signed ${checkpoint.signedAt}): the root recomputed from the store's events is not the signed root: the history it covers was rewritten`);
        }
      }
    }
  }
  await tx.query('CLOSE hpc_audit_leaves');
  if (range.size < newest) problems.push(`the newest checkpoint covers ${newest} leaves, the ledger holds ${range.size}: its own rows were deleted`);
  return range.size;
}
