import { fold, type EventStore } from '@hpc-access/eventsourcing';
import { allocationAccountStreamId, type AllocationAccountEvent, type AllocationAccountState, type OpenAccount } from './domain/allocation-account';
import { allocationAccountDecider } from './domain/allocation-account.decide';

/** An allocation's account as folded up to `revision`, whose event there had `eventId`. */
export interface FoldedAccount {
  state: AllocationAccountState;
  revision: number;
  eventId: string | null;
}

/**
 * What is kept, at most: a state carries the id of every import that charged it (36 characters
 * each, about 70 bytes in memory), so the bound is on those ids in all kept states together
 * (about 14 MB), as well as on the number of allocations; the least recently kept makes room.
 */
const LIMITS = { allocations: 2000, importIds: 200_000 };

/**
 * The allocation accounts' states as last committed, so a batch of usage reads only the events
 * appended since (one more each batch) instead of the whole stream, which grows by one
 * UsageBatchCharged of up to 500 job ids per batch. Only states read or written by a transaction
 * that committed are kept (`keep` after the commit); a read always starts at the kept revision
 * itself and falls back to the whole stream when the event found there is not the one kept (a
 * store reset under a running process), so a state is never folded onto events it did not see.
 */
export class CommittedAccountStates {
  private readonly kept = new Map<string, FoldedAccount>();
  private importIds = 0;

  constructor(private readonly limits: { allocations: number; importIds: number } = LIMITS) {}

  /** The account as `store` (a transaction's view) sees it now: the kept state plus the events after it. */
  async read(allocationId: string, store: EventStore): Promise<FoldedAccount> {
    const streamId = allocationAccountStreamId(allocationId);
    const known = this.kept.get(allocationId);
    if (known && known.eventId !== null) {
      const events = await store.readStream(streamId, { fromRevision: known.revision });
      if (events[0]?.eventId === known.eventId) {
        const after = events.slice(1);
        const state = after.reduce((s, e) => allocationAccountDecider.evolve(s, { type: e.type, data: e.data } as AllocationAccountEvent), known.state);
        const last = after.at(-1);
        return last ? { state, revision: last.streamPosition, eventId: last.eventId } : known;
      }
    }
    const events = await store.readStream(streamId);
    const state = fold(allocationAccountDecider, events.map((e) => ({ type: e.type, data: e.data }) as AllocationAccountEvent));
    const last = events.at(-1);
    return { state, revision: last ? last.streamPosition : -1, eventId: last?.eventId ?? null };
  }

  /** After the transaction that read or wrote these states committed: the next batch starts from them. */
  keep(allocationId: string, folded: FoldedAccount): void {
    if (folded.eventId === null) return;
    const known = this.kept.get(allocationId);
    if (known && known.revision >= folded.revision) return;
    this.forget(allocationId);
    this.kept.set(allocationId, folded);
    this.importIds += weightOf(folded);
    while (this.kept.size > this.limits.allocations || (this.importIds > this.limits.importIds && this.kept.size > 1)) this.forget(this.kept.keys().next().value as string);
  }

  /** How many allocations are kept (for tests of the bounds). */
  get size(): number {
    return this.kept.size;
  }

  private forget(allocationId: string): void {
    const known = this.kept.get(allocationId);
    if (!known) return;
    this.importIds -= weightOf(known);
    this.kept.delete(allocationId);
  }
}

const weightOf = (folded: FoldedAccount): number => (isOpen(folded.state) ? folded.state.importIds.length : 0);

export const isOpen = (state: AllocationAccountState): state is OpenAccount => state.status !== 'none';
