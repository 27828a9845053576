import { fold, type EventStore } from '@hpc-access/eventsourcing';
import { allocationAccountStreamId, type AllocationAccountEvent, type AllocationAccountState, type OpenAccount } from './domain/allocation-account';
import { allocationAccountDecider } from './domain/allocation-account.decide';

/** An allocation's account as folded up to `revision`, whose event there had `eventId`. */
export interface FoldedAccount {
  state: AllocationAccountState;
  revision: number;
  eventId: string | null;
}

/** Enough for every allocation of a programme; the oldest entry makes room beyond it. */
const KEPT = 2000;

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
    this.kept.delete(allocationId);
    this.kept.set(allocationId, folded);
    if (this.kept.size > KEPT) this.kept.delete(this.kept.keys().next().value as string);
  }
}

export const isOpen = (state: AllocationAccountState): state is OpenAccount => state.status !== 'none';
