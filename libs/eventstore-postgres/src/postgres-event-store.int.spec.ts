import { eventStoreContract, randomSchemaName } from '@hpc-access/testing';
import { PostgresEventStore } from './postgres-event-store';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';

describe.each(TEST_ENGINES)('PostgresEventStore on %s', (engine) => {
  const database = useTestDatabase(engine);

  eventStoreContract(`PostgresEventStore (${engine})`, async () => {
    const schema = randomSchemaName();
    const { db } = database;
    const store = await PostgresEventStore.open(db, { schema, pollIntervalMs: 20 });
    return {
      store,
      // A hostile table owner: switches the append-only trigger (migration 005) off for the edit.
      async tamper(eventId, data) {
        await db.query(`ALTER TABLE ${schema}.events DISABLE TRIGGER events_append_only`);
        await db.query(`UPDATE ${schema}.events SET data = $2::jsonb WHERE event_id = $1`, [eventId, JSON.stringify(data)]);
        await db.query(`ALTER TABLE ${schema}.events ENABLE TRIGGER events_append_only`);
      },
    };
  });
});
