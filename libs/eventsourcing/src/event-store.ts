import type { Checkpoint, EventToAppend, RecordedEvent } from './envelope';

/** `no_stream`: the stream must not exist; `stream_exists`: it must; a number: its exact last revision. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

export interface AppendResult {
  /** Revision of the last event written (stream length - 1). */
  nextExpectedRevision: number;
  /** The events as stored, with positions and hashes. */
  events: RecordedEvent[];
}

export interface ReadStreamOptions {
  fromRevision?: number;
  toRevision?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this checkpoint. */
  after?: Checkpoint;
  maxCount?: number;
}

export interface SubscribeOptions {
  /** Exclusive start; the subscription catches up from here, then follows live. */
  from?: Checkpoint;
  batchSize?: number;
  /** Called with events in global order; the subscription moves on only after it resolves. */
  handle(events: RecordedEvent[]): Promise<void>;
  /** Called when the handler throws; the subscription stops. */
  onError?(error: unknown): void;
}

export interface Subscription {
  /** Resolves once the subscription has seen everything committed before this call. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

/** The EventStore port: one contract suite runs against every adapter. */
export interface EventStore {
  appendToStream(
    streamId: string,
    events: EventToAppend[],
    options?: { expectedRevision?: ExpectedRevision },
  ): Promise<AppendResult>;
  /** Events of one stream in order; an empty array when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Committed events in global order, only those no running transaction can still precede. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options: SubscribeOptions): Subscription;
}
