import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { MerkleTree, openCheckpoint, parseVerifierKey, type NoteSigner } from '@hpc-access/ledger';
import { assertSchemaName, type Database, type Sql } from '@hpc-access/sql';
import { BUNDLE_FORMAT, BUNDLE_VERSION, eventLine, type BundleEnd, type BundleHeader } from './bundle-format';
import { signManifest, type BundleManifest } from './bundle-manifest';
import { readSnapshot, type TimeRange } from './database-source';

/** What the writer tells as it goes: the total first (from the snapshot's counts), then each page. */
export interface BundleProgress {
  setTotal(total: number): void;
  add(events: number): void;
}

export interface WriteBundleOptions {
  pageSize?: number;
  now?: () => Date;
  /** The audit ledger's schema: its checkpoints and each event's leaf index go in. */
  ledgerSchema?: string;
  /** Only the events recorded in [from, to); the bundle then carries each event's inclusion proof. */
  range?: TimeRange;
  /** The ledger's signing key: with it, a signed manifest goes in before the end record. */
  signer?: NoteSigner;
}

export interface ExportReport {
  file?: string;
  events: number;
  services: Record<string, number>;
  sha256: string;
  /** The manifest as signed, when a signer was given. */
  manifest?: BundleManifest;
}

/**
 * Writes a bundle (bundle-format.ts) of `schemas` from one snapshot to `out`, a page at a time,
 * waiting for `out` when it falls behind, so memory stays flat whether `out` is a file or an HTTP
 * response. The one writer of bundles: `hpc-audit export` and `GET /api/audit/export` both call it.
 *
 * A time-range bundle holds only its events; the leaves between them are not there to recompute
 * a root from, so it carries the newest checkpoint only and, on each sequenced event, its
 * inclusion path to that checkpoint (computed from the ledger's leaves; the verifier checks it
 * against the signed root, which the ledger's rows cannot fake).
 */
export async function writeBundle(db: Database, schemas: readonly string[], out: Writable, progress: BundleProgress, options: WriteBundleOptions = {}): Promise<ExportReport> {
  const failed = once(out, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => undefined);
  const digest = createHash('sha256');
  const write = async (text: string) => {
    digest.update(text, 'utf8');
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  const ranged = options.range !== undefined;
  let events = 0;
  let services: Record<string, number> = {};
  let checkpoints: { size: number; note: string }[] = [];
  let tree: MerkleTree | undefined;
  const exportedAt = (options.now?.() ?? new Date()).toISOString();
  await readSnapshot(
    db,
    schemas,
    options.pageSize ?? 2000,
    {
      async onTotals(totals, tx) {
        services = Object.fromEntries(totals);
        progress.setTotal([...totals.values()].reduce((a, b) => a + b, 0));
        const header: BundleHeader = { record: 'bundle', format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exported_at: exportedAt, services };
        if (ranged) header.range = { from: options.range?.from ?? null, to: options.range?.to ?? null };
        let text = `${JSON.stringify(header)}\n`;
        // The ledger's signed checkpoints before the events, so a verifier knows the tree's size first.
        if (options.ledgerSchema !== undefined) {
          checkpoints = await ledgerCheckpoints(tx, options.ledgerSchema);
          if (ranged) {
            checkpoints = checkpoints.slice(-1);
            if (checkpoints.length > 0) tree = await ledgerTree(tx, options.ledgerSchema, checkpoints[0].size);
          }
          for (const row of checkpoints) text += `${JSON.stringify({ record: 'checkpoint', tree_size: row.size, note: row.note })}\n`;
        }
        await write(text);
      },
      async onPage({ events: page }) {
        let text = '';
        for (const event of page) {
          if (tree && typeof event.leafIndex === 'number' && event.leafIndex < tree.size) event.inclusionProof = tree.inclusionProof(event.leafIndex).map((hash) => hash.toString('hex'));
          text += `${eventLine(event)}\n`;
        }
        events += page.length;
        progress.add(page.length);
        await write(text);
      },
    },
    { ledgerSchema: options.ledgerSchema, range: options.range },
  );
  let manifest: BundleManifest | undefined;
  if (options.signer) {
    const newest = checkpoints.at(-1);
    const opened = newest ? openCheckpoint(newest.note, parseVerifierKey(options.signer.verifierKey)) : undefined;
    manifest = {
      exportedAt,
      from: options.range?.from ?? null,
      to: options.range?.to ?? null,
      events,
      checkpoints: checkpoints.length,
      sha256: digest.copy().digest('hex'),
      verifierKey: options.signer.verifierKey,
      checkpoint: opened?.ok ? { size: opened.checkpoint.size, root: opened.checkpoint.rootHash.toString('base64') } : null,
    };
    await write(`${JSON.stringify({ record: 'manifest', note: signManifest(manifest, options.signer) })}\n`);
  }
  const sha256 = digest.copy().digest('hex');
  const end: BundleEnd = { record: 'end', events, sha256 };
  out.end(`${JSON.stringify(end)}\n`);
  await Promise.race([once(out, 'finish'), failed]);
  return { events, services, sha256, manifest };
}

/** writeBundle to a file. */
export async function exportBundle(db: Database, schemas: readonly string[], file: string, progress: BundleProgress, options: WriteBundleOptions = {}): Promise<ExportReport> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  try {
    return { file, ...(await writeBundle(db, schemas, out, progress, options)) };
  } finally {
    if (!out.writableFinished) out.destroy();
  }
}

async function ledgerCheckpoints(tx: Sql, schema: string): Promise<{ size: number; note: string }[]> {
  const { rows } = await tx.query<{ size: number; note: string }>(`SELECT tree_size::float8 AS size, note FROM ${assertSchemaName(schema)}.ledger_checkpoints ORDER BY tree_size`);
  return rows;
}

/** The ledger's tree up to `size`, from its stored leaf hashes (32 bytes a leaf). */
async function ledgerTree(tx: Sql, schema: string, size: number): Promise<MerkleTree> {
  const { rows } = await tx.query<{ leaf_hash: Uint8Array }>(`SELECT leaf_hash FROM ${assertSchemaName(schema)}.ledger_leaves WHERE leaf_index < $1 ORDER BY leaf_index`, [size]);
  return MerkleTree.of(rows.map((row) => row.leaf_hash));
}
