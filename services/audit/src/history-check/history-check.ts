import { MerkleTree, openCheckpointWithRing, type VerifierKeyRing } from '@hpc-access/ledger';
import type { Sql } from '@hpc-access/sql';
import type { CheckpointStore } from '../checkpoints/checkpoint-store';
import { judgeLeaf, type StoredLeaf } from './leaf-findings';
import { existingSources } from '../ledger/source-events';
import { storedEvents } from './stored-events';

export interface HistoryVerdict {
  ok: boolean;
  /** The newest checkpoint's size, or null when none was signed yet. */
  checkpointSize: number | null;
  leavesChecked: number;
  /** What does not match, first found first (at most MAX_FINDINGS). */
  findings: string[];
  /** The tree re-derived from the events (when ok: the ledger's tree, to serve proofs from). */
  tree: MerkleTree;
}

const BATCH = 2000;
const MAX_FINDINGS = 20;

/**
 * The start-up check (ADR 28): the newest checkpoint must carry this ledger's signature (the
 * current key's, or a retired key's up to its last size: a rotation, ADR 28), and the
 * tree re-derived from the events as the services' tables hold them now must have its root at
 * its size. Every leaf is re-derived from its stored event (gone, edited, re-hashed, moved, out
 * of chain: each named), so a shrunk or rewritten history is found even where the attacker
 * also rewrote the ledger's own table: the signed root does not follow.
 */
export async function checkHistory(sql: Sql, options: { schema: string; sources: readonly string[]; keys: VerifierKeyRing; checkpoints: CheckpointStore }): Promise<HistoryVerdict> {
  const findings: string[] = [];
  const note = (finding: string) => findings.length < MAX_FINDINGS && findings.push(finding);
  const latest = await options.checkpoints.latest(sql);
  if (latest) {
    const opened = openCheckpointWithRing(latest.note, options.keys);
    if (!opened.ok) note(`the newest checkpoint (size ${latest.treeSize}): ${opened.reason}`);
    else if (opened.checkpoint.size !== latest.treeSize || !opened.checkpoint.rootHash.equals(latest.rootHash)) note(`the newest checkpoint (size ${latest.treeSize}): its row does not match its signed note`);
  }
  const known = new Set(options.sources);
  // A source table that is gone altogether makes each of its events gone, not the check fail.
  const present = new Set(await existingSources(sql, options.sources));
  const tree = new MerkleTree();
  const streams = new Map<string, { position: number; hash: string }>();
  let next = 0;
  for (;;) {
    const { rows } = await sql.query<{ leaf_index: string | number; service: string; event_id: string; stream_id: string; stream_position: number; event_hash: string; leaf_hash: Uint8Array }>(
      `SELECT leaf_index, service, event_id::text, stream_id, stream_position, event_hash, leaf_hash FROM ${options.schema}.ledger_leaves
        WHERE leaf_index >= $1 ORDER BY leaf_index LIMIT ${BATCH}`,
      [next],
    );
    if (rows.length === 0) break;
    const leaves: StoredLeaf[] = rows.map((r) => ({ leafIndex: Number(r.leaf_index), service: r.service, eventId: r.event_id, streamId: r.stream_id, streamPosition: r.stream_position, eventHash: r.event_hash, leafHash: Buffer.from(r.leaf_hash) }));
    const events = new Map<string, Awaited<ReturnType<typeof storedEvents>>>();
    for (const service of new Set(leaves.map((l) => l.service))) {
      if (!known.has(service)) continue;
      events.set(service, present.has(service) ? await storedEvents(sql, service, leaves.filter((l) => l.service === service).map((l) => l.eventId)) : new Map());
    }
    for (const leaf of leaves) {
      if (leaf.leafIndex !== next) {
        note(`ledger leaf ${next} is missing (the next stored is ${leaf.leafIndex}): the ledger's own table was cut`);
        return verdict(false);
      }
      if (!known.has(leaf.service)) {
        note(`ledger leaf ${leaf.leafIndex} names the unknown service "${leaf.service}"`);
        return verdict(false);
      }
      const judged = judgeLeaf(leaf, events.get(leaf.service)!.get(leaf.eventId), streams);
      judged.findings.forEach(note);
      // A gone event keeps its place with the hash it had: the root then still tells whether the ledger's row was true.
      tree.append(judged.derived ?? leaf.leafHash);
      next++;
    }
  }
  if (latest) {
    if (tree.size < latest.treeSize) note(`the ledger holds ${tree.size} leaves, fewer than the newest checkpoint's ${latest.treeSize}: the history shrank`);
    else if (!tree.root(latest.treeSize).equals(latest.rootHash)) note(`the tree re-derived from the events differs from the signed checkpoint of size ${latest.treeSize}: the history was rewritten`);
  }
  return verdict(findings.length === 0);

  function verdict(ok: boolean): HistoryVerdict {
    return { ok, checkpointSize: latest?.treeSize ?? null, leavesChecked: tree.size, findings, tree };
  }
}
