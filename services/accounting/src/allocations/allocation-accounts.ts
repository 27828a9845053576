import { Inject, Injectable } from '@nestjs/common';
import { fold, handleCommand, notFound, type EventStore, type RecordedEvent } from '@hpc-access/eventsourcing';
import { ACCOUNTING_STORE } from '../accounting.tokens';
import { allocationAccountStreamId, type AllocationAccountEvent, type OpenAccount } from './domain/allocation-account';
import { allocationAccountDecider, type AllocationAccountCommand } from './domain/allocation-account.decide';

export interface LoadedAccount {
  state: OpenAccount;
  revision: number;
  events: RecordedEvent[];
}

/**
 * Reads and runs commands on allocation accounts. A stream holds one event per import that
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

  /** Runs a command through `store` (a transaction's view when it must commit with something else). */
  async execute(store: EventStore, allocationId: string, command: AllocationAccountCommand, trace: { correlationId: string; causationId?: string | null }): Promise<void> {
    await handleCommand(store, allocationAccountDecider, allocationAccountStreamId(allocationId), command, {
      now: command.context.now,
      actor: { id: command.context.actor.id, role: command.context.actor.role },
      correlationId: trace.correlationId,
      causationId: trace.causationId ?? null,
    }, { maxRetries: 0 });
  }
}
