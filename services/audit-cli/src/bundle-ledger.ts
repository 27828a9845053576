import { CompactRange, describeKeyRing, eventLeafHash, HASH_SIZE, openCheckpointWithRing, sameHash, verifyInclusion, type Hash } from '@hpc-access/ledger';
import { verifierOf } from './ledger-checkpoints';
import type { BundleHeader, StoredEvent } from '@hpc-access/audit-bundle';
import type { VerificationStep } from './verification-step';

/**
 * The ledger's checks on a bundle exported with it: each checkpoint record's signature against
 * the auditor's key, then every root recomputed from the bundle's events placed at their leaf
 * indexes. A leaf below the newest checkpoint that no event of the bundle fills is an event
 * removed (from the store before the export, or from the file after); an event in the wrong
 * place or changed and re-hashed gives another root. Without a key it only says what it left.
 */
export class BundleLedgerStep implements VerificationStep {
  private readonly verifier: ReturnType<typeof verifierOf> | undefined;
  private readonly signed: { size: number; root: Hash; note: number }[] = [];
  private readonly problems: string[] = [];
  private checkpoints = 0;
  private leaves = Buffer.alloc(0);
  private filled = new Uint8Array(0);
  /** A time-range bundle: each event is checked by its inclusion proof, not by recomputed roots. */
  private ranged = false;
  private proved = 0;

  constructor(
    verifierKey: string | undefined,
    private readonly withoutLedger: string,
  ) {
    this.verifier = verifierKey === undefined ? undefined : verifierOf(verifierKey);
  }

  onHeader(header: BundleHeader): void {
    this.ranged = header.range !== undefined;
  }

  onRecord(record: { record: string } & Record<string, unknown>, lineNumber: number): boolean {
    if (record.record !== 'checkpoint') return false;
    this.checkpoints++;
    if (!this.verifier) return true;
    const opened = typeof record.note === 'string' ? openCheckpointWithRing(record.note, this.verifier) : { ok: false as const, reason: 'no signed note in it' };
    if (!opened.ok) this.problems.push(`checkpoint on line ${lineNumber} (size ${String(record.tree_size)}): ${opened.reason}`);
    else if (opened.checkpoint.size !== record.tree_size) this.problems.push(`checkpoint on line ${lineNumber}: its signed note says size ${opened.checkpoint.size}, the record ${String(record.tree_size)}`);
    else this.signed.push({ size: opened.checkpoint.size, root: opened.checkpoint.rootHash, note: lineNumber });
    return true;
  }

  onEvent(event: StoredEvent): void {
    if (!this.verifier || event.leafIndex === undefined || event.leafIndex === null) return;
    const index = event.leafIndex;
    if (this.ranged) return this.checkInclusion(event, index);
    this.grow(index + 1);
    if (this.filled[index]) {
      this.problems.push(`leaf ${index}: two events of the bundle claim it (the second: ${event.service} stream ${event.streamId} position ${event.streamPosition}, event ${event.eventId})`);
      return;
    }
    this.filled[index] = 1;
    eventLeafHash({ service: event.service, streamId: event.streamId, streamPosition: event.streamPosition, eventId: event.eventId, hash: event.hash }).copy(this.leaves, index * HASH_SIZE);
  }

  /** A time-range bundle's event: its leaf, recomputed from it, up its inclusion path to the newest signed root. */
  private checkInclusion(event: StoredEvent, index: number): void {
    const newest = this.signed.at(-1);
    if (!newest || index >= newest.size) return;
    const where = `${event.service} stream ${event.streamId} position ${event.streamPosition} (event ${event.eventId}, leaf ${index})`;
    if (!event.inclusionProof) {
      this.problems.push(`${where}: no inclusion proof, though the checkpoint of size ${newest.size} covers it`);
      return;
    }
    const leaf = eventLeafHash({ service: event.service, streamId: event.streamId, streamPosition: event.streamPosition, eventId: event.eventId, hash: event.hash });
    const check = verifyInclusion(index, newest.size, leaf, event.inclusionProof.map((hash) => Buffer.from(hash, 'hex')), newest.root);
    if (check.ok) this.proved++;
    else this.problems.push(`${where}: its inclusion proof does not lead to the signed root of size ${newest.size}: ${check.reason}: the event is not the one that was sequenced`);
  }

  finish(): string[] {
    if (!this.verifier) return [];
    if (this.checkpoints === 0) return ['--verifier-key: this bundle carries no checkpoints of the ledger (exported from a database without it)'];
    if (this.ranged) return this.problems;
    const sizes = [...this.signed].sort((a, b) => a.size - b.size);
    const newest = sizes.at(-1)?.size ?? 0;
    this.grow(newest);
    const range = new CompactRange();
    let next = 0;
    for (let index = 0; index < newest; index++) {
      if (!this.filled[index]) {
        this.problems.push(`leaf ${index}: no event of the bundle is this leaf: an event sequenced before the newest checkpoint is missing (deleted)`);
        break;
      }
      range.append(this.leaves.subarray(index * HASH_SIZE, (index + 1) * HASH_SIZE));
      while (next < sizes.length && sizes[next].size === range.size) {
        const checkpoint = sizes[next++];
        if (!sameHash(range.root(), checkpoint.root)) {
          this.problems.push(`checkpoint at size ${checkpoint.size} (line ${checkpoint.note}): the root recomputed from the bundle's events is not the signed root: the history it covers was rewritten`);
        }
      }
    }
    return this.problems;
  }

  checked(): string[] {
    if (!this.verifier || this.checkpoints === 0) return [];
    if (this.ranged) return [`the time-range bundle's signed checkpoint against ${describeKeyRing(this.verifier)}, and ${this.proved} event(s) proved included in it by their inclusion proofs`];
    return [
      `the bundle's ${this.checkpoints} signed checkpoint(s) against ${describeKeyRing(this.verifier)}: each signature, and each root recomputed from the bundle's events at their leaf indexes`,
    ];
  }

  notChecked(): string[] {
    if (this.verifier && this.checkpoints > 0) return [];
    if (this.checkpoints > 0) return [`${this.withoutLedger} (this bundle carries ${this.checkpoints} checkpoint(s): give --verifier-key to check them)`];
    return [this.withoutLedger];
  }

  /** Room for `size` leaves, doubling, so that a million events cost 32 MB and no object each. */
  private grow(size: number): void {
    if (size <= this.filled.length) return;
    const capacity = Math.max(size, this.filled.length * 2, 1024);
    const leaves = Buffer.alloc(capacity * HASH_SIZE);
    this.leaves.copy(leaves);
    const filled = new Uint8Array(capacity);
    filled.set(this.filled);
    this.leaves = leaves;
    this.filled = filled;
  }
}
