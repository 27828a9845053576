import { performance } from 'node:perf_hooks';
import { AsyncLocalStorage } from 'node:async_hooks';
import { IntakeEvents } from '@hpc-access/contracts';
import { openPostgres, type Database, type Sql } from '@hpc-access/sql';
import { Inbox, KafkaBus, subscribeToIntegrationEvents } from '@hpc-access/messaging';
import { benchBusOptions, rawKafka } from './bench-kafka';

/**
 * The consuming service of the latency bench, in a process of its own as in distributed mode:
 * `service` consumes as the services do (subscribeToIntegrationEvents on the KafkaBus: contract
 * validation, inbox row and read model row in one transaction, a batch at a time where it can);
 * `raw` is a bare kafkajs consumer. It reports (event id, absolute time) pairs to its parent.
 */
const [mode, topic, group, brokers, databaseUrl, schema] = process.argv.slice(2);
const now = () => performance.timeOrigin + performance.now();
let pending: Array<[string, number]> = [];
/** The events handled in the transaction being run, reported once it committed. */
const inTransaction = new AsyncLocalStorage<string[]>();
setInterval(() => {
  if (pending.length === 0) return;
  process.send?.({ done: pending });
  pending = [];
}, 50).unref();

async function main(): Promise<void> {
  const mock = { brokers: brokers.split(',') };
  if (mode === 'raw') {
    const consumer = rawKafka(mock).consumer({ groupId: group, maxWaitTimeInMs: 10 });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void pending.push([message.headers?.ce_id?.toString() ?? '', now()]) });
  } else {
    const pool = openPostgres({ connectionString: databaseUrl, max: 4 });
    // A commit is when the read model shows the events handled in its transaction.
    const db: Database = Object.assign(Object.create(pool) as Database, {
      transaction: async <T>(work: (tx: Sql) => Promise<T>): Promise<T> => {
        const handled: string[] = [];
        const result = await pool.transaction((tx) => inTransaction.run(handled, () => work(tx)));
        const at = now();
        for (const id of handled) pending.push([id, at]);
        return result;
      },
    });
    const bus = new KafkaBus(benchBusOptions(mock));
    // The consumer of a service: validated against the contracts, inbox row and read model row in one transaction.
    await subscribeToIntegrationEvents({
      bus,
      db,
      inbox: new Inbox(schema),
      topic,
      group,
      handlers: {
        [IntakeEvents.ApplicationWithdrawn.type]: async (event, tx) => {
          await tx.query(`INSERT INTO ${schema}.withdrawals (application_id, event_id) VALUES ($1, $2) ON CONFLICT (application_id) DO UPDATE SET event_id = EXCLUDED.event_id`, [event.data.applicationId, event.id]);
          inTransaction.getStore()?.push(event.id);
        },
      },
    });
  }
  process.send?.({ ready: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
