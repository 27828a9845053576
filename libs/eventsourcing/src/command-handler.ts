import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { CommandMetadata, Decider } from './decider';
import type { DomainEvent, EventToAppend, RecordedEvent } from './envelope';
import { ConcurrencyError } from './errors';
import type { EventStore } from './event-store';

/** The caller pinned a revision (HTTP If-Match) and the stream has moved on: never retried. */
export class StaleRevisionError extends ConcurrencyError {
  override readonly name: string = 'StaleRevisionError';
}

export interface HandleCommandOptions {
  /** The revision the caller last saw; a mismatch throws StaleRevisionError without retrying. */
  expectedRevision?: number;
  /** How often a lost race is retried (re-read, re-decide) before ConcurrencyError reaches the caller. */
  maxRetries?: number;
  schemaVersion?: number;
}

export interface CommandResult<State> {
  state: State;
  events: RecordedEvent[];
  /** Stream revision after the command; -1 when the stream is still empty. */
  revision: number;
}

export const newEventId = (): string => uuidv7();
export const newCorrelationId = (): string => randomUUID();

/**
 * Read the stream, fold, decide, append with the revision that was read. On a concurrency
 * conflict the whole decision is taken again on fresh state, a bounded number of times.
 */
export async function handleCommand<Command, State, Event extends DomainEvent>(
  store: EventStore,
  decider: Decider<Command, State, Event>,
  streamId: string,
  command: Command,
  metadata: CommandMetadata,
  options: HandleCommandOptions = {},
): Promise<CommandResult<State>> {
  const maxRetries = options.expectedRevision === undefined ? (options.maxRetries ?? 3) : 0;
  for (let attempt = 0; ; attempt++) {
    const recorded = await store.readStream(streamId);
    const revision = recorded.length - 1;
    if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
      throw new StaleRevisionError(streamId, options.expectedRevision, revision < 0 ? null : revision);
    }
    let state = decider.initialState();
    for (const e of recorded) state = decider.evolve(state, { type: e.type, data: e.data } as Event);
    const decided = decider.decide(command, state);
    if (decided.length === 0) return { state, events: [], revision };
    const toAppend: EventToAppend[] = decided.map((event) => ({
      eventId: newEventId(),
      type: event.type,
      data: event.data,
      recordedAt: metadata.now,
      metadata: {
        correlationId: metadata.correlationId,
        causationId: metadata.causationId ?? null,
        actor: metadata.actor,
        schemaVersion: options.schemaVersion ?? 1,
      },
    }));
    try {
      const result = await store.appendToStream(streamId, toAppend, {
        expectedRevision: revision < 0 ? 'no_stream' : revision,
      });
      for (const event of decided) state = decider.evolve(state, event);
      return { state, events: result.events, revision: result.nextExpectedRevision };
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      if (options.expectedRevision !== undefined) {
        throw new StaleRevisionError(streamId, options.expectedRevision, error.actual);
      }
      if (attempt >= maxRetries) throw error;
    }
  }
}
