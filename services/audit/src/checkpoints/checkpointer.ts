import { signCheckpoint } from '@hpc-access/ledger';
import type { Database } from '@hpc-access/sql';
import type { Clock } from '../audit.tokens';
import type { LedgerKeys } from '../ledger/signing-key';
import type { LedgerTree } from '../ledger/ledger-tree';
import { CheckpointStore, type StoredCheckpoint } from './checkpoint-store';

export interface Cadence {
  every: number;
  intervalMs: number;
}

/**
 * Signs a checkpoint of the ledger when it is due: `every` leaves since the last one, or
 * `intervalMs` since the last was signed if any leaf came since (called after each round of the
 * sequencer, which ends caught up). So a busy ledger is signed at least every `every` leaves and
 * at most once per `intervalMs` otherwise, and a quiet one goes quiet right after its last leaves. The note says the time it was signed
 * (the platform's clock, which is the demo's past while a demo is seeded).
 */
export class Checkpointer {
  // None yet in this process: the first round that finds unsigned leaves signs them.
  private lastSignedMs = 0;

  constructor(
    private readonly db: Database,
    private readonly tree: LedgerTree,
    private readonly store: CheckpointStore,
    private readonly keys: LedgerKeys,
    private readonly origin: string,
    private readonly clock: Clock,
  ) {}

  /** Signs one if due (or `force` and anything new); returns it, or null. */
  async checkpointIfDue(cadence: Cadence, force = false): Promise<StoredCheckpoint | null> {
    const tree = await this.tree.sync(this.db);
    const latest = await this.store.latest(this.db);
    const since = tree.size - (latest?.treeSize ?? 0);
    if (since <= 0) return null;
    const due = force || since >= cadence.every || Date.now() - this.lastSignedMs >= cadence.intervalMs;
    if (!due) return null;
    const signedAt = this.clock.now();
    const rootHash = tree.root(tree.size);
    const note = signCheckpoint({ origin: this.origin, size: tree.size, rootHash, extensions: [`timestamp ${signedAt.toISOString()}`] }, this.keys.signer);
    const checkpoint: StoredCheckpoint = { treeSize: tree.size, rootHash, note, keyName: this.keys.signer.name, keyId: this.keys.signer.keyId.toString('hex'), signedAt };
    await this.store.record(this.db, checkpoint);
    this.lastSignedMs = Date.now();
    return checkpoint;
  }
}
