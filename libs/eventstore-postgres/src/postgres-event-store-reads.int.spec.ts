import type { RecordedEvent } from '@hpc-access/eventsourcing';
import { anEvent, randomSchemaName } from '@hpc-access/testing';
import { PostgresEventStore } from './postgres-event-store';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';

// The fields of RecordedEvent, in its declared order: reads hand out the driver's rows as they are.
const RECORDED_EVENT_FIELDS = ['eventId', 'type', 'streamId', 'streamPosition', 'globalPosition', 'transactionId', 'recordedAt', 'data', 'metadata', 'hash', 'prevHash'];

describe.each(TEST_ENGINES)('the rows the store reads on %s', (engine) => {
  const database = useTestDatabase(engine);
  let store: PostgresEventStore;

  beforeEach(async () => {
    store = await PostgresEventStore.open(database.db, { schema: randomSchemaName(), pollIntervalMs: 20 });
  });

  const collect = (count: number) =>
    new Promise<RecordedEvent[]>((resolve, reject) => {
      const seen: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({
        batchSize: 2,
        handle: async (events) => {
          seen.push(...events);
          if (seen.length >= count) void subscription.stop().then(() => resolve(seen), reject);
        },
      });
    });

  it('are RecordedEvents with exactly their fields and types, from readStream, readAll and a subscription', async () => {
    const appended = await store.appendToStream('s-1', [anEvent(), anEvent(), anEvent()], { expectedRevision: 'no_stream' });
    const subscribed = await collect(3);
    for (const events of [await store.readStream('s-1'), await store.readAll(), subscribed]) {
      expect(events).toHaveLength(3);
      for (const [i, event] of events.entries()) {
        expect(Object.keys(event)).toEqual(RECORDED_EVENT_FIELDS);
        expect(event).toEqual(appended.events[i]);
        expect(typeof event.streamPosition).toBe('number');
        expect(typeof event.globalPosition).toBe('string');
        expect(typeof event.transactionId).toBe('string');
        expect(event.recordedAt).toBeInstanceOf(Date);
      }
    }
  });

  it('hands a subscription polling an empty store no event until one is appended', async () => {
    const seen = collect(1);
    // Several polls of the empty store, each answered by the header row alone.
    await new Promise((resolve) => setTimeout(resolve, 120));
    const appended = await store.appendToStream('s-2', [anEvent()], { expectedRevision: 'no_stream' });
    expect(await seen).toEqual(appended.events);
    expect(store.subscriberLag).toBe(0);
  });
});
