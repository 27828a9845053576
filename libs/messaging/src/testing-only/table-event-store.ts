import { ConcurrencyError, InMemoryEventStore, type AppendResult, type EventStore, type EventToAppend, type ExpectedRevision, type RecordedEvent, type TransactionalEventStore } from '@hpc-access/eventsourcing';
import type { Database, Sql } from '@hpc-access/sql';

/**
 * The smallest TransactionalEventStore whose appends really go through the caller's transaction:
 * events are rows of `<schema>.events`, so a rollback takes them back with the inbox row. Only
 * streams are kept (no global order, no hashes): libs/messaging may not use the real adapter.
 */
export class TableEventStore implements TransactionalEventStore<Sql> {
  notified = 0;
  private readonly outside = new InMemoryEventStore();

  constructor(private readonly db: Database, private readonly schema: string) {}

  static async create(db: Database, schema: string): Promise<TableEventStore> {
    await db.query(`CREATE TABLE IF NOT EXISTS ${schema}.events (stream_id text NOT NULL, position int NOT NULL, event jsonb NOT NULL, PRIMARY KEY (stream_id, position))`);
    return new TableEventStore(db, schema);
  }

  withTransaction(tx: Sql): EventStore {
    return {
      appendToStream: (streamId, events, options) => this.append(tx, streamId, events, options?.expectedRevision ?? 'any'),
      readStream: (streamId) => this.read(tx, streamId),
      readAll: () => Promise.reject(new Error('not kept by the table store')),
      subscribeToAll: (options) => this.outside.subscribeToAll(options),
    };
  }

  appendToStream(streamId: string, events: EventToAppend[], options?: { expectedRevision?: ExpectedRevision }): Promise<AppendResult> {
    return this.db.transaction((tx) => this.withTransaction(tx).appendToStream(streamId, events, options));
  }

  readStream(streamId: string): Promise<RecordedEvent[]> {
    return this.read(this.db, streamId);
  }

  readAll(): Promise<RecordedEvent[]> {
    return Promise.reject(new Error('not kept by the table store'));
  }

  subscribeToAll: EventStore['subscribeToAll'] = (options) => this.outside.subscribeToAll(options);

  notifyCommitted(): void {
    this.notified += 1;
  }

  async measureSubscriberLag(): Promise<number> {
    return 0;
  }

  private async read(sql: Sql, streamId: string): Promise<RecordedEvent[]> {
    const { rows } = await sql.query<{ event: RecordedEvent }>(`SELECT event FROM ${this.schema}.events WHERE stream_id = $1 ORDER BY position`, [streamId]);
    return rows.map(({ event }) => ({ ...event, recordedAt: new Date(event.recordedAt) }));
  }

  private async append(tx: Sql, streamId: string, events: EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    const current = (await this.read(tx, streamId)).length - 1;
    const wanted = expected === 'no_stream' ? -1 : expected;
    if (typeof wanted === 'number' && wanted !== current) throw new ConcurrencyError(streamId, wanted, current < 0 ? null : current);
    const recorded = events.map((event, i): RecordedEvent => ({
      ...event, streamId, streamPosition: current + 1 + i, globalPosition: '0', transactionId: '0', hash: '', prevHash: null,
    }));
    for (const event of recorded) {
      await tx.query(`INSERT INTO ${this.schema}.events (stream_id, position, event) VALUES ($1, $2, $3)`, [streamId, event.streamPosition, JSON.stringify(event)]);
    }
    return { nextExpectedRevision: current + events.length, events: recorded };
  }
}
