import { Inject, Injectable } from '@nestjs/common';
import { fold, type CommandContext, type CommandResult, type Decider, type DomainEvent, type RecordedEvent, type TransactionalEventStore } from '@hpc-access/eventsourcing';
import { CommandsInTransaction, type WithoutContext } from '@hpc-access/messaging';
import type { Database, Sql } from '@hpc-access/sql';
import type { ScheduledCommands } from '@hpc-access/scheduler';
import { deadlinesOf } from './deadlines/deadlines';
import { GOVERNANCE_DB, GOVERNANCE_DEADLINES, GOVERNANCE_STORE } from './governance-pledges.tokens';

export interface CommandMeta {
  correlationId: string;
  causationId?: string | null;
  /** From If-Match: a stale revision is a 412, never retried. */
  expectedRevision?: number;
}

const MAX_ATTEMPTS = 3;

/**
 * Every command of governance runs through `commands`: read, fold, decide, append, and schedule
 * the deadlines the new events start, all in the transaction it is given (a route's own, the
 * inbox's, the scheduler's). `execute` gives a route its own transaction; a lost race is retried
 * on fresh state a few times, then reaches the caller as 409.
 */
@Injectable()
export class GovernanceStreams {
  readonly commands: CommandsInTransaction<Sql>;

  constructor(
    @Inject(GOVERNANCE_DB) private readonly db: Database,
    @Inject(GOVERNANCE_STORE) private readonly store: TransactionalEventStore<Sql>,
    @Inject(GOVERNANCE_DEADLINES) deadlines: ScheduledCommands,
  ) {
    this.commands = new CommandsInTransaction<Sql>({
      store,
      afterAppend: async (events, tx, cause) => {
        for (const event of events) {
          for (const deadline of deadlinesOf(event)) await deadlines.schedule(deadline, { tx, now: cause.now });
        }
      },
    });
  }

  /** Runs `work` in one transaction (rerun on a lost race unless `retry` is off), then wakes the projections. */
  transaction<T>(work: (tx: Sql) => Promise<T>, retry = true): Promise<T> {
    return this.commands.inOwnTransaction(this.db, work, { attempts: retry ? MAX_ATTEMPTS : 1 });
  }

  /** A route's command in a transaction of its own; its context is the caller's. */
  execute<C extends { context: CommandContext }, S, E extends DomainEvent>(decider: Decider<C, S, E>, streamId: string, command: C, meta: CommandMeta): Promise<CommandResult<S>> {
    const { context, ...withoutContext } = command;
    const cause = { ...context, correlationId: meta.correlationId, causationId: meta.causationId ?? null };
    return this.transaction(
      (tx) => this.commands.run(tx, cause, decider, streamId, withoutContext as WithoutContext<C>, { expectedRevision: meta.expectedRevision }),
      meta.expectedRevision === undefined,
    );
  }

  /** The stream as committed, or as `tx` sees it (inside a transaction, PGlite's one connection is taken). */
  async read<S, E extends DomainEvent>(decider: Pick<Decider<unknown, S, E>, 'initialState' | 'evolve'>, streamId: string, tx?: Sql): Promise<{ state: S; revision: number; events: RecordedEvent[] }> {
    const events = await (tx ? this.store.withTransaction(tx) : this.store).readStream(streamId);
    return { state: fold(decider, events.map((e) => ({ type: e.type, data: e.data }) as E)), revision: events.length - 1, events };
  }
}
