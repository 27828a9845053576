import { chainHash } from '@hpc-access/eventsourcing';
import { eventLeafHash, MerkleTree, openCheckpointWithRing, sameHash, verifyInclusion, type Checkpoint, type RingKey } from '@hpc-access/ledger';
import { verifierOf } from './ledger-checkpoints';
import type { ProofMaterial } from './prove-sources';
import { storedHashedContent } from '@hpc-access/audit-bundle';

export interface ProveReport {
  ok: boolean;
  eventId: string;
  service?: string;
  streamId?: string;
  streamPosition?: number;
  leafIndex: number | null;
  treeSize?: number;
  /** Hex, as RFC 9162 writes hashes; the root also in base64, as the signed note has it. */
  leafHash?: string;
  proof: string[];
  root?: string;
  rootBase64?: string;
  /** The checkpoint's signer and time. */
  checkpoint?: string;
  problems: string[];
}

/** The event is in neither the store nor the bundle: nothing to prove (exit 2, not a finding). */
export class NoSuchEventError extends Error {}

/**
 * The inclusion proof of one event (RFC 9162 section 2.1.3) in a signed checkpoint, computed
 * from the leaves as the events give them (never from the ledger's own nodes), then checked with
 * libs/ledger's verifier against the root the key signed. The event's own hash is recomputed from
 * its stored content first: a leaf pins the hash, the hash pins the content.
 */
export async function proveInclusion(material: ProofMaterial, options: { eventId: string; verifierKey: string; treeSize?: number }): Promise<ProveReport> {
  const verifier = verifierOf(options.verifierKey);
  const { event, leafIndex } = material;
  const report: ProveReport = { ok: false, eventId: options.eventId, leafIndex, proof: [], problems: [] };
  if (!event && leafIndex === null) throw new NoSuchEventError(`no event ${options.eventId} in this source`);
  if (!event) {
    report.problems.push(`event ${options.eventId} was sequenced as leaf ${leafIndex} but is gone from the store (deleted after it was sequenced)`);
    return report;
  }
  Object.assign(report, { service: event.service, streamId: event.streamId, streamPosition: event.streamPosition });
  if (chainHash(event.prevHash ?? null, event.streamPosition, storedHashedContent(event)) !== event.hash) {
    report.problems.push(`hash mismatch: the event's stored content does not give its stored hash (edited after it was written)`);
  }
  if (leafIndex === null) {
    report.problems.push('not sequenced yet: the ledger has no leaf for this event, so no checkpoint includes it (try again after the next checkpoint)');
    return report;
  }
  const checkpoint = chooseCheckpoint(material, verifier, options.treeSize, report.problems);
  if (!checkpoint) return report;
  report.treeSize = checkpoint.size;
  report.root = checkpoint.rootHash.toString('hex');
  report.rootBase64 = checkpoint.rootHash.toString('base64');
  report.checkpoint = `${checkpoint.key.verifier.name} (key id ${checkpoint.key.verifier.keyId.toString('hex')}), ${checkpoint.extensions.find((l) => l.startsWith('timestamp ')) ?? 'no timestamp'}`;
  if (leafIndex >= checkpoint.size) {
    report.problems.push(`not in this checkpoint yet: the event is leaf ${leafIndex}, the checkpoint covers leaves 0 to ${checkpoint.size - 1} (try again after the next checkpoint)`);
    return report;
  }
  const leaves = await material.leaves(checkpoint.size);
  const missing = leaves.findIndex((leaf) => leaf === null);
  if (missing >= 0 || leaves.length < checkpoint.size) {
    report.problems.push(`leaf ${missing >= 0 ? missing : leaves.length}: no event of the source is this leaf, so the proof cannot be computed (an event sequenced before the checkpoint is missing)`);
    return report;
  }
  const tree = MerkleTree.of(leaves as Buffer[]);
  const leaf = eventLeafHash({ service: event.service, streamId: event.streamId, streamPosition: event.streamPosition, eventId: event.eventId, hash: event.hash });
  const proof = tree.inclusionProof(leafIndex, checkpoint.size);
  report.leafHash = leaf.toString('hex');
  report.proof = proof.map((hash) => hash.toString('hex'));
  const check = verifyInclusion(leafIndex, checkpoint.size, leaf, proof, checkpoint.rootHash);
  if (!check.ok) {
    const changed = material.sequencedLeaf && !sameHash(material.sequencedLeaf, leaf) ? ': the event is not the one that was sequenced (its hash or place changed since)' : '';
    report.problems.push(`the proof does not lead to the signed root: ${check.reason}${changed}`);
  }
  report.ok = report.problems.length === 0;
  return report;
}

/** The newest checkpoint the key signed, or the one of `treeSize`; a note the key did not sign is a problem, never used. */
function chooseCheckpoint(material: ProofMaterial, verifier: ReturnType<typeof verifierOf>, treeSize: number | undefined, problems: string[]): (Checkpoint & { key: RingKey }) | undefined {
  const candidates = material.checkpoints.filter((c) => treeSize === undefined || c.size === treeSize).sort((a, b) => b.size - a.size);
  if (candidates.length === 0) {
    problems.push(treeSize === undefined ? 'no checkpoint: the ledger has signed none yet' : `no checkpoint of tree size ${treeSize}`);
    return undefined;
  }
  const opened = openCheckpointWithRing(candidates[0].note, verifier);
  if (!opened.ok) {
    problems.push(`checkpoint at size ${candidates[0].size}: ${opened.reason}`);
    return undefined;
  }
  if (opened.checkpoint.size !== candidates[0].size) {
    problems.push(`checkpoint at size ${candidates[0].size}: its signed note says size ${opened.checkpoint.size}`);
    return undefined;
  }
  return { ...opened.checkpoint, key: opened.key };
}

export function proveReportText(source: string, report: ProveReport): string {
  const lines = [`hpc-audit prove: event ${report.eventId} in ${source}`];
  if (report.service) lines.push(`event: ${report.service} stream ${report.streamId} position ${report.streamPosition}`);
  if (report.leafIndex !== null) lines.push(`leaf index: ${report.leafIndex}`);
  if (report.treeSize !== undefined) lines.push(`tree size: ${report.treeSize} (checkpoint signed by ${report.checkpoint})`);
  if (report.leafHash) lines.push(`leaf hash: ${report.leafHash}`);
  if (report.proof.length > 0) lines.push(`proof (${report.proof.length} hashes, from the leaf's sibling up):`, ...report.proof.map((hash, i) => `  ${i}: ${hash}`));
  if (report.root) lines.push(`root: ${report.root} (base64 ${report.rootBase64}, as in the signed note)`);
  lines.push(report.ok ? 'PROVED: the proof leads from the event to the signed root.' : 'NOT PROVED:');
  for (const problem of report.problems) lines.push(`Problem: ${problem}`);
  return `${lines.join('\n')}\n`;
}
