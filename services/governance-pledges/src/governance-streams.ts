import { Inject, Injectable } from '@nestjs/common';
import { ConcurrencyError, StaleRevisionError, fold, handleCommand, type CommandContext, type CommandResult, type Decider, type DomainEvent, type RecordedEvent, type TransactionalEventStore } from '@hpc-access/eventsourcing';
import type { Database, Sql } from '@hpc-access/sql';
import type { ScheduledCommands } from '@hpc-access/scheduler';
import { deadlineOf } from './deadlines/deadlines';
import { GOVERNANCE_DB, GOVERNANCE_DEADLINES, GOVERNANCE_STORE } from './governance-pledges.tokens';

export interface CommandMeta {
  correlationId: string;
  causationId?: string | null;
  /** From If-Match: a stale revision is a 412, never retried. */
  expectedRevision?: number;
}

const MAX_ATTEMPTS = 3;

/**
 * Every command of governance runs here: read, fold, decide, append, and schedule the deadlines
 * the new events start, all in one transaction. A lost race is retried on fresh state a few
 * times, then reaches the caller as 409.
 */
@Injectable()
export class GovernanceStreams {
  constructor(
    @Inject(GOVERNANCE_DB) private readonly db: Database,
    @Inject(GOVERNANCE_STORE) private readonly store: TransactionalEventStore<Sql>,
    @Inject(GOVERNANCE_DEADLINES) private readonly deadlines: ScheduledCommands,
  ) {}

  /** Runs `work` in one transaction (retried on a lost race), then wakes the projections. */
  async transaction<T>(work: (tx: Sql) => Promise<T>, retry = true): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.db.transaction(work);
        this.store.notifyCommitted();
        return result;
      } catch (error) {
        const lostRace = error instanceof ConcurrencyError && !(error instanceof StaleRevisionError);
        if (!lostRace || !retry || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /** One command inside the caller's transaction (an inbox row, another stream's append). */
  async executeIn<C extends { context: CommandContext }, S, E extends DomainEvent>(
    tx: Sql, decider: Decider<C, S, E>, streamId: string, command: C, meta: CommandMeta,
  ): Promise<CommandResult<S>> {
    const result = await handleCommand(this.store.withTransaction(tx), decider, streamId, command, {
      now: command.context.now,
      actor: { id: command.context.actor.id, role: command.context.actor.role },
      correlationId: meta.correlationId,
      causationId: meta.causationId ?? null,
    }, { expectedRevision: meta.expectedRevision, maxRetries: 0 });
    for (const event of result.events) {
      const deadline = deadlineOf(event);
      if (deadline) await this.deadlines.schedule(deadline, { tx, now: command.context.now });
    }
    return result;
  }

  execute<C extends { context: CommandContext }, S, E extends DomainEvent>(decider: Decider<C, S, E>, streamId: string, command: C, meta: CommandMeta): Promise<CommandResult<S>> {
    return this.transaction((tx) => this.executeIn(tx, decider, streamId, command, meta), meta.expectedRevision === undefined);
  }

  /** Wakes the projections after a transaction someone else committed (the scheduler's). */
  committed(): void {
    this.store.notifyCommitted();
  }

  /** The stream as committed, or as `tx` sees it (inside a transaction, PGlite's one connection is taken). */
  async read<S, E extends DomainEvent>(decider: Pick<Decider<unknown, S, E>, 'initialState' | 'evolve'>, streamId: string, tx?: Sql): Promise<{ state: S; revision: number; events: RecordedEvent[] }> {
    const events = await (tx ? this.store.withTransaction(tx) : this.store).readStream(streamId);
    return { state: fold(decider, events.map((e) => ({ type: e.type, data: e.data }) as E)), revision: events.length - 1, events };
  }
}
