import {
  chainHash,
  ConcurrencyError,
  hashedParts,
  START,
  type AppendResult,
  type Checkpoint,
  type EventStore,
  type TransactionalEventStore,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  type HashedParts,
  withCanonicalEventIds,
} from '@hpc-access/eventsourcing';
import { parseAppended } from './appended';
import { runPrepared, type Database, type PreparedParam, type PreparedStatement, type Sql } from '@hpc-access/sql';
import { appendAfterStatement, eventQueries, type EventQueries } from './event-queries';
import { migrateEventStore } from './event-store-migrations';
import { expectedRevisionCode } from './expected-revision';
import type { MigrationReport } from '@hpc-access/sql';
import { PollingSubscription, type HorizonBatch } from './polling-subscription';
import { assertSchemaName } from '@hpc-access/sql';
import { StreamHeads } from './stream-heads';
import { SharedBatchReads } from './shared-batch-reads';

/**
 * The stores of this process by schema: a commit through one instance wakes the subscriptions of
 * every instance on that schema (a second instance, e.g. a tool's, would otherwise wait for its
 * poll). Only stores with live subscriptions are held. A store of another database with the same
 * schema is woken for nothing and reads once: harmless.
 */
const storesBySchema = new Map<string, Set<PostgresEventStore>>();

export interface PostgresEventStoreOptions {
  /** The service's schema; the store's tables live there (see infra/migrations/eventstore). */
  schema: string;
  /**
   * How often an idle subscription looks for events committed by other processes (ms; default
   * 1000). Commits in this process wake subscriptions at once (notifyCommitted), so this is only
   * the safety net; events held back by an older transaction are looked for again sooner.
   */
  pollIntervalMs?: number;
  /** Default batch size of subscriptions. */
  batchSize?: number;
}

export interface AppendOptions {
  expectedRevision?: ExpectedRevision;
}

const MAX_REVISION = 2_147_483_647;
/** Separates the events' canonical JSON texts in the one text append_events() takes. */
const RECORD_SEPARATOR = '\u001e';
/**
 * Appends of up to this many events take the prepared INSERT (one statement per size and
 * connection); larger ones go through append_events().
 */
const MAX_CHAINED_BATCH = 16;

/**
 * The EventStore port on PostgreSQL and PGlite, same SQL on both. An append is one statement
 * (append_events); readers see only what lies below the oldest running transaction, ordered
 * by (transaction id, global position). See docs/adr/0003-postgres-event-store.md.
 */
export class PostgresEventStore implements TransactionalEventStore<Sql> {
  readonly schema: string;
  private readonly sql: EventQueries;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly subscriptions = new Set<PollingSubscription>();
  private readonly heads = new StreamHeads();
  private readonly appendAfter: PreparedStatement[] = [];
  private readonly sharedReads = new SharedBatchReads();
  private lastLag = 0;

  constructor(
    private readonly db: Database,
    options: PostgresEventStoreOptions,
  ) {
    this.schema = assertSchemaName(options.schema);
    this.sql = eventQueries(this.schema);
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.batchSize = options.batchSize ?? 500;
  }

  /** A store whose schema has been migrated to the current version. */
  static async open(db: Database, options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const store = new PostgresEventStore(db, options);
    await store.migrate();
    return store;
  }

  migrate(): Promise<MigrationReport> {
    return migrateEventStore(this.db, this.schema);
  }

  async appendToStream(streamId: string, events: EventToAppend[], options: AppendOptions = {}): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    try {
      const result = await this.append(this.db, streamId, events, expected);
      this.notifyCommitted();
      return result;
    } catch (error) {
      throw await this.translate(error, streamId, expected, this.db);
    }
  }

  /**
   * Appends within the caller's transaction (an inbox row and the append commit together). A
   * ConcurrencyError here has aborted that transaction: roll it back and retry the whole unit.
   * Call notifyCommitted() after the commit to wake this process's subscriptions at once.
   */
  async appendInTransaction(tx: Sql, streamId: string, events: EventToAppend[], options: AppendOptions = {}): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    try {
      return await this.append(tx, streamId, events, expected);
    } catch (error) {
      // The transaction is aborted: the current revision cannot be read through it.
      throw await this.translate(error, streamId, expected, null);
    }
  }

  /**
   * The store seen through the caller's transaction: reads and appends join it, so a command
   * handled for an integration event commits together with its inbox row. No subscriptions.
   */
  withTransaction(tx: Sql): EventStore {
    return {
      appendToStream: (streamId, events, options) => this.appendInTransaction(tx, streamId, events, options),
      readStream: (streamId, options) => this.readStreamWith(tx, streamId, options),
      readAll: (options) => this.readAllWith(tx, options),
      subscribeToAll: () => {
        throw new Error('subscribe on the store itself, not on a transaction view of it');
      },
    };
  }

  /** Wakes the live subscriptions of every store of this schema in this process: something was committed. */
  notifyCommitted(): void {
    for (const store of storesBySchema.get(this.schema) ?? [this]) store.wakeSubscriptions();
  }

  private wakeSubscriptions(): void {
    for (const subscription of this.subscriptions) subscription.wake();
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.readStreamWith(this.db, streamId, options);
  }

  readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.readAllWith(this.db, options);
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    const subscription: PollingSubscription = new PollingSubscription(
      {
        readBatch: (after, maxCount, since) => this.sharedReads.read(after, maxCount, since, () => this.readBatch(after, maxCount)),
        mark: () => this.sharedReads.mark(),
        nextTransactionId: () => this.nextTransactionId(),
      },
      { ...options, batchSize: options.batchSize ?? this.batchSize, pollIntervalMs: this.pollIntervalMs },
      () => this.unsubscribed(subscription),
    );
    this.subscriptions.add(subscription);
    const stores = storesBySchema.get(this.schema) ?? storesBySchema.set(this.schema, new Set()).get(this.schema);
    stores?.add(this);
    return subscription;
  }

  private unsubscribed(subscription: PollingSubscription): void {
    this.subscriptions.delete(subscription);
    if (this.subscriptions.size > 0) return;
    const stores = storesBySchema.get(this.schema);
    stores?.delete(this);
    if (stores?.size === 0) storesBySchema.delete(this.schema);
  }

  /**
   * Committed events that readers cannot see yet because an older transaction (anywhere in the
   * cluster) is still open, as last measured by a subscription poll or measureSubscriberLag().
   */
  get subscriberLag(): number {
    return this.lastLag;
  }

  async measureSubscriberLag(): Promise<number> {
    const { rows } = await this.db.query<{ lag: number }>(this.sql.heldBack);
    this.lastLag = rows[0].lag;
    return this.lastLag;
  }

  /**
   * Where this process knows the stream's last event (its own last append or read), the hashes
   * are chained here and the events go in with one prepared INSERT that checks that last event
   * (appendChained); otherwise, or when that check fails, append_events() reads the stream and
   * chains in the database. Both compute the same hash from the same canonical text.
   */
  private async append(sql: Sql, streamId: string, toAppend: EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    // Hashed, stored and handed back with the id the uuid column reads back.
    const events = withCanonicalEventIds(toAppend);
    const code = expectedRevisionCode(expected);
    // The canonical text is what the hash covers; the columns are written from its very parts.
    const parts = events.map((event) => hashedParts(streamId, event));
    try {
      if (events.length > 0 && events.length <= MAX_CHAINED_BATCH && code >= -1) {
        const head = code === -1 ? { revision: -1, hash: null } : this.heads.at(streamId, code);
        if (head) {
          const result = await this.appendChained(sql, streamId, events, parts, head.revision, head.hash);
          if (result) return result;
          // The stream's last event is not the one assumed: append_events() tells how it stands.
          this.heads.forget(streamId);
        }
      }
      return await this.appendInDatabase(sql, streamId, events, parts, code);
    } catch (error) {
      this.heads.forget(streamId);
      throw error;
    }
  }

  private async appendChained(
    sql: Sql,
    streamId: string,
    events: EventToAppend[],
    parts: HashedParts[],
    revision: number,
    hashBefore: string | null,
  ): Promise<AppendResult | null> {
    const params: PreparedParam[] = [streamId, revision + 1, hashBefore === null ? null : `${revision}|${hashBefore}`, hashBefore];
    const hashes: string[] = [];
    let prev = hashBefore;
    for (let i = 0; i < events.length; i++) {
      const event = events[i];
      const hash = chainHash(prev, revision + 1 + i, parts[i].content);
      params.push(event.eventId, event.type, parts[i].data, parts[i].metadata, parts[i].recordedAt, hash);
      hashes.push(hash);
      prev = hash;
    }
    const rows = await runPrepared(sql, this.appendAfterStatement(events.length), params);
    if (rows.length === 0) return null;
    if (rows.length !== events.length) throw new Error(`append to ${streamId}: ${rows.length} of ${events.length} events written`);
    const globalPositions: string[] = new Array<string>(events.length);
    for (const [globalPosition, streamPosition] of rows) globalPositions[Number(streamPosition) - revision - 1] = globalPosition as string;
    const last = revision + events.length;
    this.heads.remember(streamId, last, hashes[hashes.length - 1]);
    return this.recorded(streamId, events, revision + 1, rows[0][2] as string, globalPositions, hashBefore, hashes);
  }

  private async appendInDatabase(sql: Sql, streamId: string, events: EventToAppend[], parts: HashedParts[], code: number): Promise<AppendResult> {
    const texts = parts.map((part) => part.content);
    // JSON text escapes control characters, so only a broken canonical form could hold one.
    if (texts.some((text) => text.includes(RECORD_SEPARATOR))) throw new Error('canonical event JSON must not contain U+001E');
    const contents = texts.join(RECORD_SEPARATOR);
    const [[text]] = await runPrepared(sql, this.sql.append, [streamId, code, contents]);
    const appended = parseAppended(text as string);
    const first = appended.revision - events.length + 1;
    if (events.length > 0) this.heads.remember(streamId, appended.revision, appended.hashes[appended.hashes.length - 1]);
    return this.recorded(streamId, events, first, appended.transactionId, appended.globalPositions, appended.hashBefore, appended.hashes);
  }

  private recorded(
    streamId: string,
    events: EventToAppend[],
    first: number,
    transactionId: string,
    globalPositions: string[],
    hashBefore: string | null,
    hashes: string[],
  ): AppendResult {
    const recorded = events.map(
      (event, i): RecordedEvent => ({
        eventId: event.eventId,
        type: event.type,
        streamId,
        streamPosition: first + i,
        globalPosition: globalPositions[i],
        transactionId,
        recordedAt: event.recordedAt,
        data: event.data,
        metadata: event.metadata,
        hash: hashes[i],
        prevHash: i === 0 ? hashBefore : hashes[i - 1],
      }),
    );
    return { nextExpectedRevision: first + events.length - 1, events: recorded };
  }

  private appendAfterStatement(count: number): PreparedStatement {
    return (this.appendAfter[count] ??= appendAfterStatement(this.schema, count));
  }

  /** Wrong revision (HA409) or a racing writer's trace in the database become ConcurrencyError. */
  private async translate(error: unknown, streamId: string, expected: ExpectedRevision, sql: Sql | null): Promise<unknown> {
    const { code, detail } = (error ?? {}) as { code?: string; detail?: string };
    if (code === 'HA409') {
      const actual = Number(detail);
      return new ConcurrencyError(streamId, expected, actual < 0 ? null : actual);
    }
    // A unique violation (a racing writer) or, under a caller's REPEATABLE READ, a serialization failure.
    if (code === '23505' || code === '40001') {
      const actual = sql ? await this.currentRevision(sql, streamId).catch(() => -1) : -1;
      return new ConcurrencyError(streamId, expected, actual < 0 ? null : actual);
    }
    return error;
  }

  private async currentRevision(sql: Sql, streamId: string): Promise<number> {
    const { rows } = await sql.query<{ revision: number }>(this.sql.currentRevision, [streamId]);
    return rows.length === 0 ? -1 : rows[0].revision;
  }

  private async readStreamWith(sql: Sql, streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const to = Math.min(options.toRevision ?? MAX_REVISION, MAX_REVISION);
    const { rows } = await sql.query<RecordedEvent>(this.sql.readStream, [streamId, options.fromRevision ?? 0, to]);
    // What a command handler reads is what it appends after: the next append can chain here.
    if (rows.length > 0) this.heads.remember(streamId, rows[rows.length - 1].streamPosition, rows[rows.length - 1].hash);
    return rows;
  }

  private async readAllWith(sql: Sql, options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? START;
    const { rows } = await sql.query<RecordedEvent>(this.sql.readAll, [after.transactionId, after.globalPosition, options.maxCount ?? null]);
    return rows;
  }

  private async readBatch(after: Checkpoint, maxCount: number): Promise<HorizonBatch> {
    const { rows } = await this.db.query<RecordedEvent>(this.sql.readBatch, [after.transactionId, after.globalPosition, maxCount]);
    // The header row (readBatch in event-queries.ts): the horizon and the lag, then the events.
    const header = rows[0];
    this.lastLag = header.streamPosition;
    rows.shift();
    return { events: rows, horizon: BigInt(header.globalPosition), heldBack: header.streamPosition };
  }

  private async nextTransactionId(): Promise<bigint> {
    const { rows } = await this.db.query<{ xmax: string }>(this.sql.nextTransactionId);
    return BigInt(rows[0].xmax);
  }
}

