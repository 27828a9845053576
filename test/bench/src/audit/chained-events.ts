import { EncryptingEventStore, PersonalDataCipher, type EventToAppend } from '@hpc-access/eventsourcing';
import { PostgresEventStore, PostgresPersonalDataKeys } from '@hpc-access/eventstore-postgres';
import type { Database } from '@hpc-access/sql';
import { applicationDrafted, BENCH_POLICY } from '../realistic-events';

/**
 * `count` realistic events through the store itself (encrypted contact, hashes chained by the
 * store): the bench's bulk load writes placeholder hashes, which a verifier would reject at the
 * first event of every stream and then skip. 1,000 streams, appended in batches of 100.
 */
export async function appendChainedEvents(db: Database, schema: string, count: number, onProgress: (loaded: number) => void): Promise<void> {
  const inner = await PostgresEventStore.open(db, { schema });
  const store = new EncryptingEventStore(inner, new PersonalDataCipher(new PostgresPersonalDataKeys(db, { schema }), BENCH_POLICY));
  const streams = 1000;
  const batch = 100;
  const now = new Date();
  for (let loaded = 0; loaded < count; ) {
    const stream = (loaded / batch) % streams;
    const events: EventToAppend[] = [];
    for (let i = 0; i < batch && loaded + i < count; i++) events.push(applicationDrafted(`application-${stream}`, `person-${stream}`, now));
    await store.appendToStream(`application-${stream}`, events);
    loaded += events.length;
    if (loaded % 50_000 === 0) onProgress(loaded);
  }
  await db.query(`VACUUM ANALYZE ${schema}.events`);
}
