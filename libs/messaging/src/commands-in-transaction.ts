import {
  ConcurrencyError,
  StaleRevisionError,
  handleCommand,
  type CommandContext,
  type CommandResult,
  type Decider,
  type DomainEvent,
  type EventStore,
  type RecordedEvent,
  type TransactionalEventStore,
} from '@hpc-access/eventsourcing';

/**
 * Why a command runs and on whose behalf: its time, its actor, and the trace it continues. Taken
 * from the integration event being consumed (causedByEvent) or the deadline that fell due
 * (causedByDeadline); a route gives the caller's own.
 */
export interface Cause {
  now: Date;
  /** The command's actor as deciders see it; the events record its id and role. */
  actor: CommandContext['actor'];
  correlationId: string;
  causationId: string | null;
}

/** What of an integration event makes a cause: structural, so a test event or any contract fits. */
export interface CausingEvent {
  id: string;
  time: string;
  source: string;
  correlationId: string;
}

/** The event's source context acts, as system, at the event's time; the command continues its trace. */
export const causedByEvent = (event: CausingEvent): Cause => ({
  now: new Date(event.time),
  actor: { id: event.source, role: 'system' },
  correlationId: event.correlationId,
  causationId: event.id,
});

/**
 * A service's own stored event that a reaction of that service follows (a process manager run as
 * a projection): `actorId` acts as system at the time the event was recorded, continuing its trace.
 * Like causedByEvent, never the clock: a reaction replayed or run late decides as it would have at
 * once (ADR 27).
 */
export const causedByRecordedEvent = (recorded: Pick<RecordedEvent, 'eventId' | 'recordedAt' | 'metadata'>, actorId: string): Cause => ({
  now: recorded.recordedAt,
  actor: { id: actorId, role: 'system' },
  correlationId: recorded.metadata.correlationId,
  causationId: recorded.eventId,
});

/**
 * A fired deadline: `actorId` (the service's scheduler) acts as system at the firing time; the
 * deadline's key is the correlation, so every firing of one deadline is found together.
 */
export const causedByDeadline = (deadline: { key: string }, now: Date, actorId: string): Cause => ({
  now,
  actor: { id: actorId, role: 'system' },
  correlationId: deadline.key,
  causationId: null,
});

/** A route's caller acts at `now`, continuing the request's trace. */
export const causedByCaller = (caller: { actor: CommandContext['actor']; correlationId: string }, now: Date): Cause => ({
  now,
  actor: caller.actor,
  correlationId: caller.correlationId,
  causationId: null,
});

/** A command of a decider as a reaction writes it: the helper adds the context from the cause. */
export type WithoutContext<C> = C extends unknown ? Omit<C, 'context'> : never;

/** What opens a transaction (libs/sql's Database): commits when `work` resolves, rolls back when it throws. */
export interface TransactionRunner<Tx> {
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

export interface CommandsInTransactionOptions<Tx> {
  store: TransactionalEventStore<Tx>;
  /** Wraps the transaction's view of the store, e.g. in an EncryptingEventStore whose keys are read through `tx`. */
  wrap?: (store: EventStore, tx: Tx) => EventStore;
  /** Runs in `tx` after a command appended events (a service schedules the deadlines they start). */
  afterAppend?: (events: RecordedEvent[], tx: Tx, cause: Cause) => Promise<void>;
}

/**
 * The one way to run a command inside a transaction someone else owns: the inbox's (a consumed
 * integration event, see subscribeToIntegrationEvents) or the scheduler's (a fired deadline).
 * The command's events commit with that transaction's other writes (the inbox row, the
 * deadline's "fired" mark) or not at all. A lost race is never retried here: the transaction is
 * aborted, so the owner rolls back and the whole delivery or firing is tried again. Nothing is
 * woken before the commit: pass `committed` to the owner, which calls it afterwards.
 */
export class CommandsInTransaction<Tx> {
  constructor(private readonly options: CommandsInTransactionOptions<Tx>) {}

  /** The store as `tx` sees it (wrapped as configured): for what a reaction reads before deciding. */
  storeIn(tx: Tx): EventStore {
    const view = this.options.store.withTransaction(tx);
    return this.options.wrap ? this.options.wrap(view, tx) : view;
  }

  /**
   * Reads, decides and appends `command` in `tx`, acting and tracing as `cause` says.
   * `expectedRevision` (a route's If-Match) makes a moved stream a StaleRevisionError.
   */
  async run<C extends { context: CommandContext }, S, E extends DomainEvent>(
    tx: Tx,
    cause: Cause,
    decider: Decider<C, S, E>,
    streamId: string,
    command: WithoutContext<C>,
    options: { expectedRevision?: number } = {},
  ): Promise<CommandResult<S>> {
    const withContext = { ...command, context: { now: cause.now, actor: cause.actor } } as unknown as C;
    const result = await handleCommand(this.storeIn(tx), decider, streamId, withContext, {
      now: cause.now,
      actor: { id: cause.actor.id, role: cause.actor.role },
      correlationId: cause.correlationId,
      causationId: cause.causationId,
    }, { maxRetries: 0, expectedRevision: options.expectedRevision });
    if (result.events.length > 0 && this.options.afterAppend) await this.options.afterAppend(result.events, tx, cause);
    return result;
  }

  /**
   * A transaction of the caller's own (a route's, an import's): `work` runs commands through
   * `run` with it. A lost race has aborted the transaction, so the whole of `work` runs again on
   * fresh state, up to `attempts` times in all; a stale If-Match (StaleRevisionError) never does.
   * The store is woken after the commit.
   */
  async inOwnTransaction<T>(db: TransactionRunner<Tx>, work: (tx: Tx) => Promise<T>, options: { attempts?: number } = {}): Promise<T> {
    const attempts = options.attempts ?? 3;
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await db.transaction(work);
        this.committed();
        return result;
      } catch (error) {
        const lostRace = error instanceof ConcurrencyError && !(error instanceof StaleRevisionError);
        if (!lostRace || attempt >= attempts) throw error;
      }
    }
  }

  /** Wakes the store's projections and relay once the owner committed: hand it to the consumer or the scheduler. */
  readonly committed = (): void => this.options.store.notifyCommitted();
}
