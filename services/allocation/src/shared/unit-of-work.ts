import { Inject, Injectable } from '@nestjs/common';
import {
  ConcurrencyError,
  StaleRevisionError,
  fold,
  handleCommand,
  type CommandContext,
  type CommandResult,
  type Decider,
  type DomainEvent,
  type EventStore,
  type RecordedEvent,
  type PersonalDataKeysIn,
  type TransactionalEventStore,
} from '@hpc-access/eventsourcing';
import { CommandsInTransaction, type Cause } from '@hpc-access/messaging';
import type { Database, Sql } from '@hpc-access/sql';
import type { ScheduledCommands } from '@hpc-access/scheduler';
import { encryptingAllocationStore } from '../allocation-personal-data';
import { ALLOCATION_DB, ALLOCATION_DEADLINES, ALLOCATION_KEYS, ALLOCATION_STORE } from '../allocation.tokens';

export interface Trace {
  correlationId: string;
  causationId?: string | null;
}

/**
 * One transaction of allocation: every stream it appends to (ledger, application, allocation,
 * organisation) and every deadline it schedules commit together or not at all. That is how a
 * hold turns into an award in one atomic step.
 */
export class Work {
  constructor(
    readonly tx: Sql,
    readonly store: EventStore,
    readonly deadlines: ScheduledCommands,
    private readonly trace: Trace,
  ) {}

  exec<C extends { context: CommandContext }, S, E extends DomainEvent>(
    decider: Decider<C, S, E>,
    streamId: string,
    command: C,
    expectedRevision?: number,
  ): Promise<CommandResult<S>> {
    const { now, actor } = command.context;
    return handleCommand(this.store, decider, streamId, command, { now, actor: { id: actor.id, role: actor.role }, correlationId: this.trace.correlationId, causationId: this.trace.causationId ?? null }, { maxRetries: 0, expectedRevision });
  }

  async load<S, E extends DomainEvent>(decider: Pick<Decider<unknown, S, E>, 'initialState' | 'evolve'>, streamId: string): Promise<{ state: S; revision: number; events: RecordedEvent[] }> {
    const events = await this.store.readStream(streamId);
    return { state: fold(decider, events.map((e) => ({ type: e.type, data: e.data }) as E)), revision: events.length - 1, events };
  }

  schedule(key: string, type: string, dueAt: Date, payload: Record<string, unknown>, now: Date): Promise<void> {
    return this.deadlines.schedule({ key, type, dueAt, payload }, { tx: this.tx, now });
  }

  cancel(key: string, now: Date): Promise<void> {
    return this.deadlines.cancel(key, { tx: this.tx, now });
  }
}

/**
 * Allocation's units of work. A reaction or a deadline runs in the transaction of the inbox or the
 * scheduler through libs/messaging's CommandsInTransaction (the one way to do that; it also seals
 * members' user names on the way in, ADR 17); a route runs in a transaction of its own. Either way
 * a step gets a Work: several streams, a revision pinned, deadlines scheduled and cancelled, all
 * in that one transaction, which the helper's single-command `run` does not give.
 */
@Injectable()
export class UnitOfWork {
  readonly inTransactions: CommandsInTransaction<Sql>;

  constructor(
    @Inject(ALLOCATION_DB) private readonly db: Database,
    @Inject(ALLOCATION_STORE) private readonly store: TransactionalEventStore<Sql>,
    @Inject(ALLOCATION_DEADLINES) private readonly deadlines: ScheduledCommands,
    @Inject(ALLOCATION_KEYS) keys: PersonalDataKeysIn<Sql>,
  ) {
    this.inTransactions = new CommandsInTransaction<Sql>({ store, wrap: (view, tx) => encryptingAllocationStore(view, keys(tx)) });
  }

  /** Work inside a transaction someone else owns (the inbox's, the scheduler's), acting as the cause says. */
  caused(tx: Sql, cause: Cause): { w: Work; context: CommandContext } {
    return { w: new Work(tx, this.inTransactions.storeIn(tx), this.deadlines, cause), context: { now: cause.now, actor: cause.actor } };
  }

  /** A transaction of its own; a lost race (not a stale If-Match) reruns the whole unit on fresh state. */
  async run<T>(trace: Trace, fn: (work: Work) => Promise<T>, attempts = 3): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.db.transaction((tx) => fn(new Work(tx, this.inTransactions.storeIn(tx), this.deadlines, trace)));
        this.store.notifyCommitted();
        return result;
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || error instanceof StaleRevisionError || attempt >= attempts) throw error;
      }
    }
  }
}
