import { Inject, Injectable } from '@nestjs/common';
import { fold, notFound, type EventStore, type RecordedEvent } from '@hpc-access/eventsourcing';
import { ACCOUNTING_STORE } from '../accounting.tokens';
import { allocationAccountStreamId, type AllocationAccountEvent, type OpenAccount } from './domain/allocation-account';
import { allocationAccountDecider } from './domain/allocation-account.decide';

export interface LoadedAccount {
  state: OpenAccount;
  revision: number;
  events: RecordedEvent[];
}

/**
 * Reads allocation accounts (their commands run through CommandsInTransaction). A stream holds one event per import that
 * charged the allocation (not one per job), so folding it per command stays cheap.
 */
@Injectable()
export class AllocationAccounts {
  constructor(@Inject(ACCOUNTING_STORE) private readonly store: EventStore) {}

  async find(allocationId: string, store: EventStore = this.store): Promise<LoadedAccount | null> {
    const events = await store.readStream(allocationAccountStreamId(allocationId));
    const state = fold(allocationAccountDecider, events.map((e) => ({ type: e.type, data: e.data }) as AllocationAccountEvent));
    return state.status === 'none' ? null : { state, revision: events.length - 1, events };
  }

  async load(allocationId: string): Promise<LoadedAccount> {
    const found = await this.find(allocationId);
    if (!found) throw notFound('allocation-account-not-found', `accounting knows no allocation ${allocationId}`);
    return found;
  }
}
